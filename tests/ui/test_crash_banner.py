"""After a kill, the window's banner says what was lost: an import cut short is named, with the fact
that none of its figures were saved; a kill while its record was being saved (undone at the opening)
says that an import just started did not run; after a crash that interrupted nothing, 'nothing was lost'.

Real processes: ``mpdesk import`` (the GUI's own ``apply_preview``) of the UN DESA 2020 workbook,
SIGKILLed by strace at chosen writes to the profile; the file is then opened in the real window.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import sqlite3
import subprocess
import tempfile
from pathlib import Path

import pytest

from mpdesk.services import Workspace
from mpdesk.services.figures import stored_figures
from tests.reliability import harness
from tests.reliability.conftest import make_profile
from tests.reliability.test_kills import real_file

UNDESA = "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx"
_CALL = re.compile(r"^\d+\s+(pwrite64|unlink)\((?:\d+<)?\"?([^>\",]*)")


def profile_commits(command: list[str], profile: Path) -> list[list[int]]:
    """The numbers (1-based, among every pwrite64 of the run) of the calls that write ``profile`` or its
    journal after the import's preview was made (the preview writes a scratch copy elsewhere), one list
    per transaction: SQLite commits by deleting the journal, so each unlink of it ends one."""
    tool = harness.need_strace()
    with tempfile.NamedTemporaryFile("r", suffix=".strace") as log:
        result = harness.run([tool, "-f", "-qq", "-y", "-o", log.name, "-e", "trace=pwrite64,unlink", *command])
        assert result.returncode == 0, result.stderr
        calls = [(m.group(1), m.group(2)) for line in Path(log.name).read_text().splitlines()
                 if (m := _CALL.match(line))]
    real = os.path.realpath(profile)
    previewed = max(i for i, (_, target) in enumerate(calls) if "mpdesk-preview" in target)
    commits: list[list[int]] = [[]]
    number = 0
    for i, (call, target) in enumerate(calls):
        number += call == "pwrite64"
        if i <= previewed or not target.startswith(real):
            continue
        if call == "unlink":
            commits.append([])
        else:
            commits[-1].append(number)
    return [c for c in commits if c]


def integrity(path: Path) -> str:
    with sqlite3.connect(path) as db:  # rolls a hot journal back first, as mpdesk's opening does
        return db.execute("PRAGMA integrity_check").fetchone()[0]


def figure_count(path: Path) -> int:
    ws = Workspace.open(path)
    try:
        return len(list(stored_figures(ws)))
    finally:
        ws.close()


def copy_with_journal(source: Path, target: Path) -> Path:
    """A killed profile and its hot journal, copied together (the copy then rolls back like the original)."""
    shutil.copyfile(source, target)
    journal = Path(f"{source}-journal")
    if journal.exists():
        shutil.copyfile(journal, f"{target}-journal")
    return target


def banner_text(qtbot, path: Path, language: str) -> str:
    """Open ``path`` in the real main window, the interface in ``language``; the banner's text."""
    from PySide6.QtWidgets import QApplication

    from mpdesk.app import install_translators
    from mpdesk.ui.main_window import MainWindow

    app = QApplication.instance()
    installed = install_translators(app, language)
    app.setProperty("mpdesk_language", language)
    window = MainWindow()
    qtbot.addWidget(window)
    try:
        window.show()
        assert window.open_path(path)
        assert window.view is not None
        return window.view.info.text() if window.view.info.isVisible() else ""
    finally:
        window.close_profile()
        for translator in installed:
            app.removeTranslator(translator)
        app.setProperty("mpdesk_language", "en")


@pytest.fixture(scope="module")
def killed_imports(tmp_path_factory) -> dict:
    """Kills spread over the import's writes to the profile; for each, the file left and what a reopening reads."""
    data = real_file(UNDESA)
    folder = tmp_path_factory.mktemp("killed-imports")
    base = make_profile(folder / "base.mpdesk")
    reference = folder / "reference.mpdesk"
    shutil.copyfile(base, reference)
    commits = profile_commits(harness.mpdesk_command("import", reference, data), reference)
    writes = [n for commit in commits for n in commit]
    before, full = figure_count(base), figure_count(reference)
    assert full > before
    runs = []
    for when in sorted({writes[round(i * (len(writes) - 1) / 5)] for i in range(6)}):
        path = folder / f"killed-{when}.mpdesk"
        shutil.copyfile(base, path)
        result = harness.killed_at(harness.mpdesk_command("import", path, data), "pwrite64", when)
        assert "Traceback" not in result.stderr, result.stderr
        runs.append({"when": when, "path": path, "killed": harness.was_killed(result)})
    return {"before": before, "full": full, "runs": runs, "folder": folder, "data": data, "base": base,
            "record": commits[0]}  # the first commit is the import's record (models.operations.start)


def test_a_kill_while_the_import_is_being_recorded_says_it_did_not_run(killed_imports, qtbot) -> None:
    """Killed at the record's first write (an empty journal is left), inside it (the journal half written)
    and at its last (the profile half rewritten): the opening undoes the save, so no record names the
    import; the banner must still say an import just started did not run, not that nothing was lost."""
    record = killed_imports["record"]
    assert len(record) >= 3
    for when in (record[0], record[len(record) // 2], record[-1]):
        path = killed_imports["folder"] / f"record-{when}.mpdesk"
        shutil.copyfile(killed_imports["base"], path)
        result = harness.killed_at(harness.mpdesk_command("import", path, killed_imports["data"]), "pwrite64", when)
        assert harness.was_killed(result), f"the kill at write {when} did not stop the import"
        assert Path(f"{path}-journal").exists(), "a save cut short leaves its journal"
        languages = {lang: copy_with_journal(path, path.with_name(f"record-{lang}-{when}.mpdesk"))
                     for lang in ("es", "fr")}
        text = banner_text(qtbot, copy_with_journal(path, path.with_name(f"record-en-{when}.mpdesk")), "en")
        assert text.startswith("mpdesk was not closed normally last time: it stopped while saving, and that last "
                               "save was undone. Every edit up to "), text
        assert "If you had just started an import or an export, it did not run: start it again." in text
        assert "Nothing was lost" not in text
        assert not Path(f"{path.with_name(f'record-en-{when}.mpdesk')}-journal").exists()
        assert figure_count(path) == killed_imports["before"], "the import did not run, and no figure of it is there"
    es = banner_text(qtbot, languages["es"], "es")  # the last kill point's copies, journal and all
    assert "se detuvo mientras guardaba" in es and "no se realizó: iníciela de nuevo." in es, es
    assert "No se perdió nada" not in es and not re.search(r"\d{4}-\d{2}-\d{2}", es), es
    fr = banner_text(qtbot, languages["fr"], "fr")
    assert "il s'est arrêté pendant un enregistrement" in fr and "elle n'a pas eu lieu : relancez-la." in fr, fr
    assert "Rien n'a été perdu" not in fr and not re.search(r"\d{4}-\d{2}-\d{2}", fr), fr


def test_a_reopening_after_the_undone_save_says_nothing_more(killed_imports, qtbot) -> None:
    when = killed_imports["record"][-1]
    path = killed_imports["folder"] / "record-twice.mpdesk"
    shutil.copyfile(killed_imports["base"], path)
    harness.killed_at(harness.mpdesk_command("import", path, killed_imports["data"]), "pwrite64", when)
    assert "it did not run" in banner_text(qtbot, path, "en")
    assert banner_text(qtbot, path, "en") == ""


def test_an_import_killed_before_its_commit_is_named_and_nothing_of_it_is_saved(killed_imports, qtbot) -> None:
    told = 0
    for run in killed_imports["runs"]:
        path = run["path"]
        assert run["killed"], f"the kill at write {run['when']} did not stop the import"
        probe = copy_with_journal(path, path.with_name(f"probe-{run['when']}.mpdesk"))
        assert integrity(probe) == "ok"
        count = figure_count(probe)
        assert count in (killed_imports["before"], killed_imports["full"]), "an import is all or nothing"
        text = banner_text(qtbot, copy_with_journal(path, path.with_name(f"en-{run['when']}.mpdesk")), "en")
        assert text.startswith("mpdesk was not closed normally last time"), text
        if f"The import of {UNDESA}" in text:
            told += 1
            assert count == killed_imports["before"], "the banner says nothing was saved, yet figures were"
            assert "was interrupted when mpdesk stopped; none of its figures were saved. Import the file again." in text
            assert "Nothing was lost" not in text
            assert "Every other edit up to" in text
        elif run["when"] in killed_imports["record"]:  # the import's record was being committed: undone
            assert count == killed_imports["before"]
            assert "If you had just started an import or an export, it did not run: start it again." in text
            assert "Nothing was lost" not in text
        else:
            assert count == killed_imports["full"], (
                f"figures of the import are missing after the kill at write {run['when']}, and the banner says "
                f"nothing of it: {text}")
    assert told >= 3, "most kill points fall inside the import's transaction, and each must be told"


def test_the_interrupted_import_is_told_in_spanish_and_french_with_local_dates(killed_imports, qtbot) -> None:
    run = next(r for r in killed_imports["runs"][1:-1])
    path = run["path"]
    es = banner_text(qtbot, copy_with_journal(path, path.with_name("es.mpdesk")), "es")
    assert es.startswith("mpdesk no se cerró normalmente la última vez."), es
    assert f"La importación de {UNDESA} (iniciada el " in es
    assert "no se guardó ninguna de sus cifras. Vuelva a importar el archivo." in es
    assert "No se perdió nada" not in es
    assert not re.search(r"\d{4}-\d{2}-\d{2}", es), f"an ISO date in a Spanish sentence: {es}"
    assert re.search(r"\d{1,2} (ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)\.? \d{4}, \d{1,2}:\d{2}", es), es
    fr = banner_text(qtbot, copy_with_journal(path, path.with_name("fr.mpdesk")), "fr")
    assert f"L'importation de {UNDESA} (commencée le " in fr, fr
    assert "aucune de ses données n'a été enregistrée" in fr
    assert not re.search(r"\d{4}-\d{2}-\d{2}", fr), fr


def test_the_interruption_is_told_once(killed_imports, qtbot) -> None:
    run = killed_imports["runs"][2]
    path = copy_with_journal(run["path"], run["path"].with_name("twice.mpdesk"))
    assert "The import of" in banner_text(qtbot, path, "en")
    assert banner_text(qtbot, path, "en") == ""  # closed normally since, and nothing more was interrupted


def test_a_crash_after_a_finished_import_claims_no_interrupted_import(tmp_path: Path, qtbot) -> None:
    data = real_file(UNDESA)
    path = make_profile(tmp_path / "Ghana 2019.mpdesk")
    done = harness.mpdesk("import", path, data)
    assert done.returncode == 0, done.stderr
    full = figure_count(path)
    crash = harness.run([harness.sys.executable, "-c",  # opens the profile, then is killed
                         "import os, signal, sys; from mpdesk.services import Workspace; "
                         "Workspace.open(sys.argv[1]); os.kill(os.getpid(), signal.SIGKILL)", str(path)])
    assert crash.returncode == -signal.SIGKILL
    text = banner_text(qtbot, path, "en")
    assert text.startswith("mpdesk was not closed normally last time. Nothing was lost"), text
    assert "import" not in text.lower()
    assert figure_count(path) == full


EXPORT_DRIVER = Path(__file__).with_name("export_driver.py")


@pytest.mark.parametrize("renames_done", [0, 1])
def test_an_export_killed_before_its_files_stand_is_named(tmp_path: Path, qtbot, renames_done: int) -> None:
    """Each file is written beside its target and renamed over it last (``mpdesk.atomic``): a kill at the
    first rename leaves both targets as they were, at the second the PDF is new and the workbook not."""
    path = make_profile(tmp_path / "Ghana 2019.mpdesk")
    pdf, xlsx = tmp_path / "report.pdf", tmp_path / "report.xlsx"
    pdf.write_bytes(b"an earlier report")
    os.utime(pdf, (1_700_000_000, 1_700_000_000))
    command = [harness.sys.executable, str(EXPORT_DRIVER), str(path), str(pdf), str(xlsx)]
    result = harness.killed_at(command, "rename", renames_done + 1)
    assert harness.was_killed(result), result.stderr
    assert not xlsx.exists()
    text = banner_text(qtbot, path, "en")
    assert text.startswith("mpdesk was not closed normally last time"), text
    assert "Nothing was lost" not in text
    if renames_done == 0:
        assert pdf.read_bytes() == b"an earlier report"
        assert "these files were not written: report.pdf; report.xlsx." in text, text
    else:
        assert pdf.read_bytes().startswith(b"%PDF")
        assert ("The export of report.xlsx (started " in text and "report.xlsx was not written, and an earlier "
                "file of that name, if any, is unchanged. Export again." in text), text
        assert "report.pdf" not in text


def test_a_finished_export_then_a_crash_claims_no_interrupted_export(tmp_path: Path, qtbot) -> None:
    path = make_profile(tmp_path / "Ghana 2019.mpdesk")
    command = [harness.sys.executable, str(EXPORT_DRIVER), str(path), str(tmp_path / "r.pdf"), str(tmp_path / "r.xlsx")]
    done = harness.run(command)
    assert done.returncode == 0 and "exported" in done.stdout, done.stderr
    crash = harness.run([harness.sys.executable, "-c", "import os, signal, sys; from mpdesk.services import "
                         "Workspace; Workspace.open(sys.argv[1]); os.kill(os.getpid(), signal.SIGKILL)", str(path)])
    assert crash.returncode == -signal.SIGKILL
    text = banner_text(qtbot, path, "en")
    assert text.startswith("mpdesk was not closed normally last time. Nothing was lost"), text
    assert "export" not in text.lower()
