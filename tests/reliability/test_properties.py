"""Property-based tests: whatever bytes or text arrive, a sentence or a correct file, never a traceback.

Hangs are ruled out by construction (no read ever blocks); no test sets a time limit.
"""

from __future__ import annotations

import functools
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mpdesk.cli import main as mpdesk_main
from mpdesk.models import ProfileFileError
from mpdesk.models.inspect_file import APPLICATION_ID, SQLITE_MAGIC
from mpdesk.services import registers, values
from mpdesk.services.workspace import Workspace
from tests.reliability.conftest import make_profile

QUICK = settings(deadline=None, max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
SLOW = settings(deadline=None, max_examples=4, suppress_health_check=[HealthCheck.function_scoped_fixture])


@functools.cache
def good_profile_bytes() -> bytes:
    """A real profile's bytes (a plain function, not a fixture, so failures do not print it)."""
    with tempfile.TemporaryDirectory() as folder:
        return make_profile(Path(folder) / "good.mpdesk").read_bytes()


def check_opens_or_says_why(path: Path) -> None:
    """Open must give a sentence or an open profile (what it holds is read by the CLI checks)."""
    try:
        ws = Workspace.open(path)
    except ProfileFileError as exc:
        assert exc.message and "Traceback" not in exc.message
        return
    ws.close()


def cli_says_a_sentence_or_works(path: Path, capsys) -> None:
    code = mpdesk_main(["info", str(path)])
    err = capsys.readouterr().err
    assert code in (0, 1) and "Traceback" not in err
    if code == 1:
        assert err.strip().endswith(".")


@QUICK
@given(data=st.binary(max_size=4096), sqlite_header=st.booleans())
def test_random_bytes(tmp_path: Path, data: bytes, sqlite_header: bool) -> None:
    path = tmp_path / "random.mpdesk"
    path.write_bytes((SQLITE_MAGIC if sqlite_header else b"") + data)
    check_opens_or_says_why(path)


@QUICK
@given(fraction=st.floats(min_value=0, max_value=1))
def test_truncations(tmp_path: Path, fraction: float, capsys) -> None:
    good_bytes = good_profile_bytes()
    path = tmp_path / "cut.mpdesk"
    path.write_bytes(good_bytes[: int(len(good_bytes) * fraction)])
    check_opens_or_says_why(path)
    cli_says_a_sentence_or_works(path, capsys)


@QUICK
@given(changes=st.lists(st.tuples(st.floats(min_value=0, max_value=0.9999), st.integers(0, 255)), min_size=1,
                        max_size=8))
def test_tampered_bytes(tmp_path: Path, changes: list[tuple[float, int]], capsys) -> None:
    data = bytearray(good_profile_bytes())
    for where, value in changes:
        data[int(where * len(data))] = value
    path = tmp_path / "tampered.mpdesk"
    path.write_bytes(bytes(data))
    check_opens_or_says_why(path)
    cli_says_a_sentence_or_works(path, capsys)


@QUICK
@given(tables=st.lists(st.sampled_from(["file_meta", "profile", "member", "notes", "indicator_value"]),
                       min_size=1, max_size=4, unique=True),
       ours=st.booleans(), version=st.one_of(st.text(max_size=4), st.integers(-5, 5).map(str)))
def test_foreign_sqlite_files(tmp_path: Path, tables: list[str], ours: bool, version: str, capsys) -> None:
    path = tmp_path / "foreign.mpdesk"
    path.unlink(missing_ok=True)
    with sqlite3.connect(path) as conn:
        if ours:
            conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        for table in tables:
            conn.execute(f"CREATE TABLE {table} (key TEXT, value TEXT)")
        if "file_meta" in tables:
            conn.execute("INSERT INTO file_meta VALUES ('schema_version', ?)", (version,))
    conn.close()
    check_opens_or_says_why(path)
    cli_says_a_sentence_or_works(path, capsys)


TEXT = st.one_of(
    st.text(max_size=300),
    st.sampled_from(["</para>", '<img src="/etc/passwd"/>', "<b>x", "&amp;", "مهاجرت و توسعه", "🇬🇭👩🏾‍🌾", "a\x00b",
                     "=HYPERLINK(\"x\")", "\r", "**", "# heading", "- item"]),
)


@SLOW
@given(texts=st.lists(TEXT, min_size=3, max_size=3), long=st.sampled_from(["", "x ", "Word " * 1200]))
def test_any_text_is_saved_exported_and_read_back(tmp_path: Path, texts: list[str], long: str) -> None:
    from mpdesk.export.csv_export import write_values_csv
    from mpdesk.export.excel import export_xlsx
    from mpdesk.export.options import ExportError, ExportOptions
    from mpdesk.export.pdf import export_pdf
    from mpdesk.imports.records import ValueRecord
    from mpdesk.imports.tidy_csv import read_tidy_csv
    from mpdesk.services import tailoring
    from mpdesk.services.profile import narratives, set_narrative

    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    path = make_profile(folder / "text.mpdesk")
    name, note, narrative = texts
    ws = Workspace.open(path)
    try:
        registers.add_item(ws, "member", name=name or "x", institution=long + note)
        registers.add_item(ws, "law", title=name or "x", kind="law", notes=long + note)
        tailoring.add_custom_section(ws, "local", name or "x", "A")
        set_narrative(ws, "local", narrative + long)
        values.import_records(ws, [ValueRecord("immigrant_stock", 2001, 5, unit="persons", source=name, note=note)],
                              "t.csv", "0" * 64, "tidy_csv")
        for kind, writer in (("pdf", export_pdf), ("xlsx", export_xlsx)):
            try:
                writer(ws, ExportOptions(draft=True), folder / f"out.{kind}")
            except ExportError as exc:
                assert str(exc).strip().endswith("."), exc
        write_values_csv(ws, folder / "out.csv")
    finally:
        ws.close()
    ws = Workspace.open(path)
    try:
        assert narratives(ws)["local"] == narrative + long
        assert {m.name for m in registers.list_items(ws, "member")} >= {name or "x"}
    finally:
        ws.close()
    back = {r.year: r for r in read_tidy_csv(folder / "out.csv").records}
    assert (back[2001].source, back[2001].note) == (name, note)
