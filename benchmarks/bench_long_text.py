"""A 100 KB narrative paragraph in the PDF, against the floor of the same text in ordinary paragraphs.

    python benchmarks/bench_long_text.py [--runs N] [--kb K]

Measured: mpdesk's narrative flowables (its fonts, styles and markup) for one paragraph of K KB with
no blank line, laid out on A4 pages. Floor: the same text split at its blank lines into ~1 KB plain
reportlab Paragraphs in the stock sample style sheet. One huge reportlab Paragraph is re-broken
at every page it spans (time grows with the square of its length); the ratio shows whether mpdesk
keeps that paragraph as cheap as ordinary text.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import best_of  # noqa: E402

TARGET_RATIO = 2.0
SENTENCES = ("Net migration turned positive after the census year, driven by students and returning "
             "workers. ", "Remittances grew faster than exports. ", "Data on emigration remain scarce. ")


def texts(kb: int) -> tuple[str, str]:
    """(one paragraph, the same sentences with a blank line after every ~1 KB)."""
    sentences: list[str] = []
    while sum(map(len, sentences)) < kb * 1000:
        sentences.append(SENTENCES[len(sentences) % len(SENTENCES)])
    paragraphs = ["".join(sentences[i:i + 10]).strip() for i in range(0, len(sentences), 10)]
    return " ".join(paragraphs), "\n\n".join(paragraphs)


def measure(runs: int = 3, kb: int = 100) -> dict[str, float]:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate
    from xml.sax.saxutils import escape

    from mpdesk.export.pdf.sections import narrative

    one, split = texts(kb)
    body = getSampleStyleSheet()["BodyText"]
    with tempfile.TemporaryDirectory() as name:
        out = Path(name) / "out.pdf"

        def mpdesk_build() -> None:
            SimpleDocTemplate(str(out), pagesize=A4).build(narrative(one))

        def floor_build() -> None:
            SimpleDocTemplate(str(out), pagesize=A4).build([Paragraph(escape(p), body) for p in split.split("\n\n")])

        mpdesk_build()  # fonts and imports once, outside the timing
        floor_build()
        return {"mpdesk": best_of(mpdesk_build, runs), "floor": best_of(floor_build, runs)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--kb", type=int, default=100)
    args = parser.parse_args(argv)
    m = measure(args.runs, args.kb)
    ratio = m["mpdesk"] / m["floor"]
    print(f"one {args.kb} KB paragraph   {m['mpdesk']:.2f} s")
    print(f"floor (1 KB paragraphs) {m['floor']:.2f} s")
    print(f"ratio                   {ratio:.2f}  (target <= {TARGET_RATIO:g}: {'ok' if ratio <= TARGET_RATIO else 'OVER'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
