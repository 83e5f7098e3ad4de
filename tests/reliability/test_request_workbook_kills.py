"""A real ``mpdesk request`` (the step 2.1 dialog's ``export.request_workbook``) killed at each of its
writes: a request is never marked sent for a workbook that is not there whole, and the next opening
says which of the two was done.

The order: the record of the work is committed, the workbook is written beside its target and renamed
over it (``mpdesk.atomic``), then the requests are marked sent in one transaction that removes the record.
Killed at the rename the workbook is not there (an earlier one is unchanged) and nothing is marked; killed
in the marking's commit the workbook is there and its requests are not marked; after it, both.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from mpdesk.export.request_workbook import ID_SHEET
from mpdesk.services.registers import add_item, list_items
from mpdesk.services.workspace import Workspace
from tests.reliability import harness
from tests.reliability.conftest import make_profile
from tests.reliability.test_import_journal_kills import profile_writes
from tests.ui.test_crash_banner import banner_text, copy_with_journal, integrity

MINISTRY = "Ministry of Interior"
NOT_WRITTEN = ("The data-request workbook for Ministry of Interior (started {}) was not written when mpdesk stopped: "
               "an earlier file request.xlsx, if any, is unchanged, and no request was marked as sent. Write it "
               "again on step 2.1.")
NOT_MARKED = ("was written, but mpdesk stopped before marking its requests as sent. When you send it, write the date "
              "in the Sent column of step 2.1 (the data-request log).")


def requested_profile(path: Path) -> Path:
    make_profile(path)
    ws = Workspace.open(path)
    try:
        add_item(ws, "request", institution=MINISTRY, indicators="immigrant_stock")
        add_item(ws, "request", institution="Central Bank", indicators="remittance_inflows")
    finally:
        ws.close()
    return path


def command(profile: Path, out: Path) -> list[str]:
    return harness.mpdesk_command("request", profile, "--institution", MINISTRY, "--out", out)


def sent_dates(path: Path) -> dict[str, date | None]:
    ws = Workspace.open(path)
    try:
        return {r.institution: r.sent_on for r in list_items(ws, "request")}
    finally:
        ws.close()


def whole_workbook(path: Path) -> bool:
    return path.exists() and ID_SHEET in openpyxl.load_workbook(path).sheetnames


@pytest.fixture(scope="module")
def traced(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("request-kills")
    base = requested_profile(folder / "base.mpdesk")
    reference = folder / "reference.mpdesk"
    shutil.copyfile(base, reference)
    commits = profile_writes(command(reference, folder / "reference.xlsx"), reference)
    # the opening, the record of the work, the marking (which removes the record), the closing
    assert len(commits) == 4, commits
    assert sent_dates(reference) == {MINISTRY: date.today(), "Central Bank": None}
    return {"folder": folder, "base": base, "commits": [[n for n, _ in c] for c in commits]}


def killed(traced: dict, syscall: str, when: int) -> tuple[Path, Path]:
    folder = traced["folder"] / f"{syscall}-{when}"
    folder.mkdir()
    profile, out = folder / "Ghana 2019.mpdesk", folder / "request.xlsx"
    shutil.copyfile(traced["base"], profile)
    result = harness.killed_at(command(profile, out), syscall, when)
    assert "Traceback" not in result.stderr, result.stderr
    assert harness.was_killed(result), f"the kill at {syscall} {when} did not stop the command"
    return profile, out


def test_killed_at_the_workbooks_rename_nothing_is_marked_and_the_banner_says_so(traced, qtbot) -> None:
    profile, out = killed(traced, "rename", 1)
    assert not out.exists()
    assert not [p.name for p in out.parent.iterdir() if p.name.endswith(".xlsx")], "no workbook, whole or not"
    assert sent_dates(copy_with_journal(profile, profile.with_name("probe.mpdesk")))[MINISTRY] is None
    text = banner_text(qtbot, copy_with_journal(profile, profile.with_name("en.mpdesk")), "en")
    assert text.startswith("mpdesk was not closed normally last time."), text
    assert "The data-request workbook for Ministry of Interior (started " in text, text
    assert "was not written when mpdesk stopped" in text and "no request was marked as sent" in text, text
    assert "Nothing was lost" not in text
    fr = banner_text(qtbot, copy_with_journal(profile, profile.with_name("fr.mpdesk")), "fr")
    assert "Ministry of Interior" in fr and "n'a pas été écrit" in fr and "Rien n'a été perdu" not in fr, fr
    es = banner_text(qtbot, copy_with_journal(profile, profile.with_name("es.mpdesk")), "es")
    assert "Ministry of Interior" in es and "no se escribió" in es and "No se perdió nada" not in es, es


def test_killed_at_any_write_a_request_is_marked_sent_only_with_its_workbook_whole(traced, qtbot) -> None:
    record, marking, closing = traced["commits"][1:]
    points = sorted({record[0], record[-1], *harness.spread_over(marking, 5), closing[0], closing[-1]})
    outcomes = {"nothing": 0, "workbook only": 0, "both": 0}
    for when in points:
        profile, out = killed(traced, "pwrite64", when)
        probe = copy_with_journal(profile, profile.with_name("probe.mpdesk"))
        assert integrity(probe) == "ok"
        sent = sent_dates(probe)
        assert sent["Central Bank"] is None
        text = banner_text(qtbot, copy_with_journal(profile, profile.with_name("en.mpdesk")), "en")
        assert "Nothing was lost" not in text, text
        if sent[MINISTRY] is not None:
            assert sent[MINISTRY] == date.today() and whole_workbook(out), f"kill at write {when}"
            outcomes["both"] += 1
        elif whole_workbook(out):
            assert f"The data-request workbook request.xlsx for {MINISTRY} (started " in text and NOT_MARKED in text, text
            fr = banner_text(qtbot, copy_with_journal(profile, profile.with_name("fr.mpdesk")), "fr")
            es = banner_text(qtbot, copy_with_journal(profile, profile.with_name("es.mpdesk")), "es")
            assert "request.xlsx" in fr and "colonne Envoyée" in fr, fr
            assert "request.xlsx" in es and "columna Enviada" in es, es
            outcomes["workbook only"] += 1
        else:
            assert not out.exists(), f"kill at write {when}: a workbook that is not whole"
            assert "it did not run" in text, text   # the record's own commit was undone
            outcomes["nothing"] += 1
    assert all(outcomes.values()), outcomes
