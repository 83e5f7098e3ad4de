"""The narrative's light markup, parsed into blocks of inline runs (no reportlab, no Qt).

Recognised: ``## Heading``, ``### Subheading``, ``- bullet`` / ``* bullet``, ``1. numbered``,
blank lines between paragraphs, ``**bold**`` and ``*italic*``. Everything else is literal:
``<b>&</b> "x" < y`` typed by a user is shown exactly like that, never as markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

BLOCK_KINDS = ("heading", "subheading", "paragraph", "bullet", "numbered")

_HEADING = re.compile(r"^(#{1,3})\s+(.*)$")
_BULLET = re.compile(r"^[-*•]\s+(.*)$")
_NUMBERED = re.compile(r"^(\d{1,3})[.)]\s+(.*)$")
_STARS = re.compile(r"\*{1,3}")
_SENTENCE_END = re.compile(r"(?<=[.!?…。;:])\s+")
_SPACE = re.compile(r"\s+")
_SENTENCE_TAIL = re.compile(r"[.!?…。;:]\s+$")
_SPACE_TAIL = re.compile(r"\s$")
PIECE_CHARS = 2000  # longest paragraph piece handed to the PDF layout in one flowable (see split_long)


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Block:
    kind: str                 # one of BLOCK_KINDS
    runs: tuple[Run, ...]
    number: int = 0           # the item's number in a numbered list

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


def parse(text: str) -> list[Block]:
    """Blocks in reading order; list items are one block each (consecutive items form a list)."""
    blocks: list[Block] = []
    pending: list[str] = []   # lines of the paragraph or list item being read
    kind, number = "", 0

    def flush() -> None:
        if pending:
            blocks.append(Block(kind, parse_inline(" ".join(pending)), number))
            pending.clear()

    for raw in (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if not line:
            flush()
            continue
        heading, bullet, numbered = _HEADING.match(line), _BULLET.match(line), _NUMBERED.match(line)
        if heading:
            flush()
            level = "heading" if len(heading.group(1)) <= 2 else "subheading"
            blocks.append(Block(level, parse_inline(heading.group(2).strip())))
        elif bullet and not _is_emphasis_start(line):
            flush()
            kind, number = "bullet", 0
            pending.append(bullet.group(1))
        elif numbered:
            flush()
            kind, number = "numbered", int(numbered.group(1))
            pending.append(numbered.group(2))
        else:
            if not pending:
                kind, number = "paragraph", 0
            pending.append(line)
    flush()
    return blocks


def _is_emphasis_start(line: str) -> bool:
    """'*italic* text' starts with a star but is a paragraph, not a bullet."""
    return line.startswith("*") and not line.startswith("* ")


def parse_inline(text: str) -> tuple[Run, ...]:
    """``**bold**`` and ``*italic*``, nested either way; a star without its partner stays as typed.

    A star run opens emphasis when a non-space follows it and closes it when a non-space
    precedes it, so ``2 * 3`` and ``a*`` remain literal text.
    """
    pieces = _delimiters(text)
    pairs = _pair_delimiters(pieces)
    runs: list[Run] = []
    bold = italic = False
    position = 0
    for index, (stars, start, end, _, _) in enumerate(pieces):
        if index not in pairs:
            continue
        runs.append(Run(text[position:start], bold, italic))
        if stars == "**":
            bold = not bold
        else:
            italic = not italic
        position = end
    runs.append(Run(text[position:], bold, italic))
    return tuple(_merge(runs))


Delimiter = tuple[str, int, int, bool, bool]  # stars, start, end, can open, can close


def _delimiters(text: str) -> list[Delimiter]:
    """Star runs with whether they may open or close; '***' is bold and italic together."""
    found: list[Delimiter] = []
    for match in _STARS.finditer(text):
        start, end = match.span()
        can_open = end < len(text) and not text[end].isspace()
        can_close = start > 0 and not text[start - 1].isspace()
        if end - start < 3:
            found.append((match.group(), start, end, can_open, can_close))
        elif can_close:
            found += [("*", start, start + 1, False, True), ("**", start + 1, end, False, True)]
        else:
            found += [("**", start, start + 2, can_open, False), ("*", start + 2, end, can_open, False)]
    return found


def _pair_delimiters(pieces: list[Delimiter]) -> set[int]:
    """Indexes of the star runs that open or close emphasis (matched like brackets)."""
    stack: list[tuple[str, int]] = []
    paired: set[int] = set()
    for index, (stars, _, _, can_open, can_close) in enumerate(pieces):
        opener = next((i for i in range(len(stack) - 1, -1, -1) if stack[i][0] == stars), None)
        if can_close and opener is not None:
            paired.update({stack[opener][1], index})
            del stack[opener:]
        elif can_open:
            stack.append((stars, index))
    return paired


def _merge(runs: list[Run]) -> list[Run]:
    merged: list[Run] = []
    for run in runs:
        if merged and (merged[-1].bold, merged[-1].italic) == (run.bold, run.italic):
            merged[-1] = Run(merged[-1].text + run.text, run.bold, run.italic)
        elif run.text:
            merged.append(run)
    return merged


def split_long(runs: tuple[Run, ...], limit: int = PIECE_CHARS) -> list[tuple[Run, ...]]:
    """A paragraph's runs cut into pieces of about ``limit`` characters, at sentence ends (at a
    space when no sentence ends in time, anywhere in a longer 'word'), emphasis kept; a short
    paragraph is one piece.

    reportlab re-breaks all the remaining lines of a paragraph each time it splits it across a page,
    so one 100 KB paragraph costs time quadratic in its length; pieces keep the layout linear."""
    if sum(len(r.text) for r in runs) <= limit:
        return [runs]
    pieces: list[list[Run]] = [[]]
    for run in runs:
        for chunk in _chunks(run.text, limit):
            piece = pieces[-1]
            if piece and sum(len(r.text) for r in piece) + len(chunk) > limit:
                cut = _best_cut(piece)
                pieces[-1], rest = piece[:cut], piece[cut:]
                pieces.append(rest)
            pieces[-1].append(Run(chunk, run.bold, run.italic))
    return [tuple(_merge(_trimmed(p))) for p in pieces if "".join(r.text for r in p).strip()]


def _best_cut(piece: list[Run]) -> int:
    """Where to end a full piece: after its last sentence end, else its last space, else here."""
    for pattern in (_SENTENCE_TAIL, _SPACE_TAIL):
        for index in range(len(piece), 0, -1):
            if pattern.search(piece[index - 1].text):
                return index
    return len(piece)


def _chunks(text: str, limit: int) -> list[str]:
    """``text`` cut after each sentence end (a sentence longer than ``limit`` after spaces, and a
    'word' longer than that anywhere); the separators stay at the end of each chunk."""
    chunks: list[str] = []
    for sentence in _cut_after(_SENTENCE_END, text):
        if len(sentence) <= limit:
            chunks.append(sentence)
            continue
        for word in _cut_after(_SPACE, sentence):
            chunks += [word[i:i + limit] for i in range(0, len(word), limit)]
    return chunks


def _cut_after(separator: re.Pattern[str], text: str) -> list[str]:
    cuts = [m.end() for m in separator.finditer(text)]
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)]) if a < b]


def _trimmed(runs: list[Run]) -> list[Run]:
    """The piece without the spaces at its ends (each piece starts a new line)."""
    if runs:
        runs[0] = Run(runs[0].text.lstrip(), runs[0].bold, runs[0].italic)
        runs[-1] = Run(runs[-1].text.rstrip(), runs[-1].bold, runs[-1].italic)
    return runs


def escape_text(text: str) -> str:
    """Plain text made safe for reportlab's Paragraph mini-language (shown literally).

    A narrow no-break space (French thousands: '1 000') becomes a no-break space: reportlab
    wraps lines at U+202F, so '18 077 573' could otherwise break across lines."""
    return escape(text or "").replace("\u202f", "\u00a0")


def to_paragraph_markup(runs: tuple[Run, ...] | list[Run]) -> str:
    """Runs as reportlab Paragraph markup: the user's text escaped, emphasis as <b>/<i>."""
    parts = []
    for run in runs:
        piece = escape_text(run.text)
        if run.italic:
            piece = f"<i>{piece}</i>"
        if run.bold:
            piece = f"<b>{piece}</b>"
        parts.append(piece)
    return "".join(parts)


def plain_text(text: str) -> str:
    """The narrative without markup characters (for previews, search and word counts)."""
    return "\n\n".join(block.text for block in parse(text))
