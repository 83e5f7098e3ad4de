"""A sentence for every failure, never a traceback, in the command line and the window."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from mpdesk.models import ProfileFileError
from mpdesk.services import registers, values
from mpdesk.services.figures import stored_figures
from mpdesk.services.keys import EditError
from mpdesk.services.workspace import Workspace
from tests.reliability import harness
from tests.reliability.conftest import make_profile


def tamper(path: Path, *statements: str) -> Path:
    with sqlite3.connect(path) as conn:
        for statement in statements:
            conn.execute(statement)
    conn.close()
    return path


def check_refused_everywhere(path: Path, *words: str) -> None:
    """Workspace.open (the window's way in) and 'mpdesk info' both give the same kind of sentence."""
    with pytest.raises(ProfileFileError) as info:
        Workspace.open(path)
    for word in words:
        assert word in info.value.message, info.value.message
    text = harness.assert_sentence(harness.mpdesk("info", path))
    for word in words:
        assert word in text, text


def test_schema_version_that_is_not_ascii_digits(profile: Path) -> None:
    tamper(profile, "UPDATE file_meta SET value = '²' WHERE key = 'schema_version'")
    check_refused_everywhere(profile, "does not say which version")


@pytest.mark.parametrize("version", ["0", "00"])
def test_schema_version_that_no_mpdesk_wrote(profile: Path, version: str) -> None:
    tamper(profile, f"UPDATE file_meta SET value = '{version}' WHERE key = 'schema_version'")
    check_refused_everywhere(profile, "which no mpdesk ever wrote")


def test_missing_table(profile: Path) -> None:
    tamper(profile, "DROP TABLE activity")
    check_refused_everywhere(profile, "damaged", "activity")


def test_symlink_loop(tmp_path: Path) -> None:
    loop = tmp_path / "loop.mpdesk"
    os.symlink(loop, loop)
    check_refused_everywhere(loop, "points back to itself")


def test_fifo_and_device_are_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.mpdesk"
    os.mkfifo(fifo)
    check_refused_everywhere(fifo, "not an ordinary file")
    device = tmp_path / "zero.mpdesk"
    os.symlink("/dev/zero", device)
    check_refused_everywhere(device, "not an ordinary file")


def test_invalid_utf8_in_stored_text_is_shown_not_refused(profile: Path, tmp_path: Path) -> None:
    tamper(profile, "UPDATE member SET name = CAST(x'416b6f7375ff61' AS TEXT)")  # 'Akosu\xffa'
    ws = Workspace.open(profile)
    try:
        assert [m.name for m in registers.list_items(ws, "member")] == ["Akosu\ufffda"]
    finally:
        ws.close()
    for command in (("info", profile), ("check", profile),
                    ("export", profile, "--csv", tmp_path / "a.csv", "--pdf", tmp_path / "a.pdf", "--xlsx",
                     tmp_path / "a.xlsx")):
        result = harness.mpdesk(*command)
        assert "Traceback" not in result.stderr and result.returncode in (0, 1), result.stderr
    assert (tmp_path / "a.pdf").exists() and (tmp_path / "a.xlsx").exists()


def test_opening_on_a_full_disk_is_a_sentence(tmp_path: Path) -> None:
    with harness.small_disk("2m") as disk:
        path = make_profile(disk / "Ghana.mpdesk")
        before = path.read_bytes()
        filler = harness.fill(disk)
        with pytest.raises(ProfileFileError, match="disk is full"):
            Workspace.open(path)
        assert path.read_bytes() == before
        assert harness.mpdesk("info", path).returncode == 0  # reading needs no space
        filler.unlink()
        Workspace.open(path).close()


def test_edits_import_and_export_on_a_full_disk(tmp_path: Path) -> None:
    data = tmp_path / "figures.csv"
    rows = "".join(f"immigrant_stock,{1950 + i},,,,,{1000 + i},persons,GSS,{'note ' * 200}\n" for i in range(120))
    data.write_text("indicator,year,sex,age_group,partner,category,value,unit,source,note\n" + rows, encoding="utf-8")
    with harness.small_disk("2m") as disk:
        path = make_profile(disk / "Ghana.mpdesk")
        ws = Workspace.open(path)
        try:
            values.set_value(ws, values.CellKey("immigrant_stock", 2016), 400000)
            filler = harness.fill(disk)
            with pytest.raises(EditError, match="disk is full"):
                registers.add_item(ws, "member", name="Kwame " * 20000, institution="GSS")
            with pytest.raises(EditError, match="disk is full"):  # a failed Undo stays undoable
                ws.undo()
            assert ws.can_undo()
            imported = harness.mpdesk("import", path, data)
            assert "Traceback" not in imported.stderr and imported.returncode == 1, imported.stderr
            exported = harness.mpdesk("export", path, "--csv", disk / "out.csv", "--pdf", disk / "out.pdf")
            assert "Traceback" not in exported.stderr and exported.returncode == 1, exported.stderr
            assert not (disk / "out.csv").exists() and not (disk / "out.pdf").exists()
            assert sorted(p.name for p in disk.iterdir() if not p.name.endswith(".lock")) == [
                "Ghana.mpdesk", "filler.bin"], "a failed write left a temporary file"
            filler.unlink()
            ws.undo()
            assert not ws.can_undo()
        finally:
            ws.close()
        ws = Workspace.open(path)
        try:
            stored = {v.year: v.value for v in stored_figures(ws)}
            assert stored == {2015: 399471}, "the undone edit is gone and nothing else was lost"
            assert [m.name for m in registers.list_items(ws, "member")] == ["Akosua Mensah"]
        finally:
            ws.close()
        assert harness.mpdesk("import", path, data).returncode == 0  # once space is back


def test_window_shows_a_sentence_and_stays_open(qtbot, tmp_path: Path) -> None:
    from mpdesk.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    loop = tmp_path / "loop.mpdesk"
    os.symlink(loop, loop)
    fifo = tmp_path / "pipe.mpdesk"
    os.mkfifo(fifo)
    odd = tamper(make_profile(tmp_path / "odd.mpdesk"), "UPDATE file_meta SET value = '²' WHERE key = 'schema_version'")
    for path, words in ((loop, "points back"), (fifo, "not an ordinary file"), (odd, "which version")):
        assert not window.open_path(path)
        assert path.name in window.last_message.text() and words in window.last_message.text()
    good = make_profile(tmp_path / "good.mpdesk")
    assert window.open_path(good)
    window.close_profile()
