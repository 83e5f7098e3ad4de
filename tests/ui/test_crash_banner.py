"""After a kill, the window's banner says what was lost, whenever the kill came during ``mpdesk import``:

- while the profile was being opened (the opening's save, which also records the import, is undone):
  an import just started did not run;
- while the data file was read or previewed, or while the import was being saved: the import is named,
  with the fact that none of its figures were saved;
- while the profile was being closed after the import: the import is named as complete;
- never 'nothing was lost' while an import was under way; after a crash that interrupted nothing, it is.

Real processes: ``mpdesk import`` (the GUI's own ``apply_preview``) of the UN DESA 2020 workbook,
SIGKILLed by strace at chosen system calls (the writes of each of its transactions on the profile, the
opening of the data file, the first write of the preview's scratch copy), found by tracing one import
that nothing stops; the file is then opened in the real window, in English, French and Spanish.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import sqlite3
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from mpdesk.services import Workspace
from mpdesk.services.figures import stored_figures
from mpdesk.services.import_log import list_imports
from tests.reliability import harness
from tests.reliability.conftest import figure_count, make_profile
from tests.reliability.test_kills import real_file

UNDESA = "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx"
_CALL = re.compile(r'^\d+\s+(pwrite64|unlink|openat)\((?:\d+<)?(?:AT_FDCWD<[^>]*>, )?"?([^>",]*)')
DID_NOT_RUN = "If you had just started an import or an export, it did not run: start it again."
NONE_SAVED = "was interrupted when mpdesk stopped; none of its figures were saved. Import the file again."
COMPLETE = "was complete before mpdesk stopped: its figures are saved."


@dataclass(frozen=True)
class ImportTrace:
    """Where one ``mpdesk import`` run makes its system calls (1-based numbers among all calls of that
    kind in the run, as ``strace -e inject=...:when=N`` counts them)."""

    commits: list[list[int]]   # the pwrite64 calls on the profile or its journal, one list per transaction
    data_opened: int           # the openat that first opens the data file
    preview_written: int       # the pwrite64 that first writes the preview's scratch copy

    @property
    def opening(self) -> list[int]:
        return self.commits[0]

    @property
    def closing(self) -> list[int]:
        return self.commits[-1]

    @property
    def saving(self) -> list[int]:
        return [n for commit in self.commits[1:-1] for n in commit]


def trace_import(command: list[str], profile: Path, data: Path) -> ImportTrace:
    """SQLite commits by deleting the journal, so each unlink of it ends one transaction."""
    tool = harness.need_strace()
    with tempfile.NamedTemporaryFile("r", suffix=".strace") as log:
        result = harness.run([tool, "-f", "-qq", "-y", "-o", log.name, "-e", "trace=pwrite64,unlink,openat",
                              *command])
        assert result.returncode == 0, result.stderr
        calls = [(m.group(1), m.group(2)) for line in Path(log.name).read_text().splitlines()
                 if (m := _CALL.match(line))]
    real, source = os.path.realpath(profile), os.path.realpath(data)
    commits: list[list[int]] = [[]]
    numbers = {"pwrite64": 0, "openat": 0, "unlink": 0}
    opened = written = 0
    for call, target in calls:
        numbers[call] += 1
        if call == "openat" and not opened and os.path.realpath(target) == source:
            opened = numbers["openat"]
        elif call == "pwrite64" and not written and "mpdesk-preview" in target:
            written = numbers["pwrite64"]
        elif target.startswith(real) and call == "unlink":
            commits.append([])
        elif target.startswith(real) and call == "pwrite64":
            commits[-1].append(numbers["pwrite64"])
    return ImportTrace([c for c in commits if c], opened, written)


def integrity(path: Path) -> str:
    with sqlite3.connect(path) as db:  # rolls a hot journal back first, as mpdesk's opening does
        return db.execute("PRAGMA integrity_check").fetchone()[0]


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
    """The import traced once; then kills spread over the writes of the transaction that saves it."""
    data = real_file(UNDESA)
    folder = tmp_path_factory.mktemp("killed-imports")
    base = make_profile(folder / "base.mpdesk")
    reference = folder / "reference.mpdesk"
    shutil.copyfile(base, reference)
    trace = trace_import(harness.mpdesk_command("import", reference, data), reference, Path(data))
    assert len(trace.commits) == 3, "opening (with the import's record), the import, closing"
    assert trace.opening[-1] < trace.preview_written < trace.saving[0]
    before, full = figure_count(base), figure_count(reference)
    assert full > before
    runs = []
    writes = trace.saving
    for when in sorted({writes[round(i * (len(writes) - 1) / 4)] for i in range(5)}):
        runs.append(kill(folder, base, data, "pwrite64", when))
    return {"before": before, "full": full, "runs": runs, "folder": folder, "data": data, "base": base,
            "trace": trace}


def kill(folder: Path, base: Path, data: str | Path, syscall: str, when: int) -> dict:
    """A copy of ``base`` whose import of ``data`` was SIGKILLed at the ``when``-th ``syscall``."""
    path = folder / f"killed-{syscall}-{when}.mpdesk"
    Path(f"{path}-journal").unlink(missing_ok=True)   # a journal left by an earlier kill of that name
    shutil.copyfile(base, path)
    result = harness.killed_at(harness.mpdesk_command("import", path, data), syscall, when)
    assert "Traceback" not in result.stderr, result.stderr
    assert harness.was_killed(result), f"the kill at {syscall} {when} did not stop the import"
    return {"when": when, "path": path}


def banners(qtbot, path: Path, languages: tuple[str, ...] = ("en", "fr", "es")) -> dict[str, str]:
    """The banner in each language, each read from its own copy of the killed file (an opening tells once)."""
    return {lang: banner_text(qtbot, copy_with_journal(path, path.with_name(f"{path.stem}-{lang}.mpdesk")), lang)
            for lang in languages}


def test_a_kill_while_the_profile_opens_for_the_import_says_it_did_not_run(killed_imports, qtbot) -> None:
    """Killed at the opening's first write (an empty journal is left), inside it and at its last (the
    profile half rewritten): the opening's save, which holds the import's record, is undone, so no record
    names the import; the banner must still say an import just started did not run."""
    opening = killed_imports["trace"].opening
    assert len(opening) >= 3
    for when in (opening[0], opening[len(opening) // 2], opening[-1]):
        path = kill(killed_imports["folder"], killed_imports["base"], killed_imports["data"], "pwrite64", when)["path"]
        assert Path(f"{path}-journal").exists(), "a save cut short leaves its journal"
        told = banners(qtbot, path, ("en",) if when != opening[-1] else ("en", "fr", "es"))
        text = told["en"]
        assert text.startswith("mpdesk was not closed normally last time: it stopped while saving, and that last "
                               "save was undone. Every edit up to "), text
        assert DID_NOT_RUN in text and "Nothing was lost" not in text, text
        assert figure_count(path) == killed_imports["before"], "the import did not run, and no figure of it is there"
    es, fr = told["es"], told["fr"]
    assert "se detuvo mientras guardaba" in es and "no se realizó: iníciela de nuevo." in es, es
    assert "No se perdió nada" not in es and not re.search(r"\d{4}-\d{2}-\d{2}", es), es
    assert "il s'est arrêté pendant un enregistrement" in fr and "elle n'a pas eu lieu : relancez-la." in fr, fr
    assert "Rien n'a été perdu" not in fr and not re.search(r"\d{4}-\d{2}-\d{2}", fr), fr


def test_a_reopening_after_the_undone_save_says_nothing_more(killed_imports, qtbot) -> None:
    when = killed_imports["trace"].opening[-1]
    path = kill(killed_imports["folder"], killed_imports["base"], killed_imports["data"], "pwrite64", when)["path"]
    assert "it did not run" in banner_text(qtbot, path, "en")
    assert banner_text(qtbot, path, "en") == ""


@pytest.mark.parametrize("moment", ["data_opened", "preview_written"])
def test_a_kill_while_the_data_file_is_read_is_told_and_nothing_of_it_is_saved(killed_imports, qtbot,
                                                                               moment: str) -> None:
    """Before the import writes anything: as it opens the data file, and as it writes the preview's scratch
    copy. The profile was opened (and the session marked open) before: without the record the opening
    wrote, the banner would say 'Nothing was lost' of an import that never happened."""
    trace = killed_imports["trace"]
    syscall = "openat" if moment == "data_opened" else "pwrite64"
    path = kill(killed_imports["folder"], killed_imports["base"], killed_imports["data"], syscall,
                getattr(trace, moment))["path"]
    assert not Path(f"{path}-journal").exists(), "killed between two saves, not during one"
    told = banners(qtbot, path)
    en = told["en"]
    assert en.startswith("mpdesk was not closed normally last time."), en
    assert f"The import of {UNDESA} (started " in en and NONE_SAVED in en, en
    assert "Nothing was lost" not in en and "Every other edit up to" in en, en
    assert f"La importación de {UNDESA} (iniciada el " in told["es"], told["es"]
    assert "no se guardó ninguna de sus cifras" in told["es"] and "No se perdió nada" not in told["es"]
    assert f"L'importation de {UNDESA} (commencée le " in told["fr"], told["fr"]
    assert "aucune de ses données n'a été enregistrée" in told["fr"] and "Rien n'a été perdu" not in told["fr"]
    assert figure_count(path) == killed_imports["before"]


def test_an_import_killed_before_its_commit_is_named_and_nothing_of_it_is_saved(killed_imports, qtbot) -> None:
    for run in killed_imports["runs"]:
        path = run["path"]
        probe = copy_with_journal(path, path.with_name(f"probe-{run['when']}.mpdesk"))
        assert integrity(probe) == "ok"
        assert figure_count(probe) == killed_imports["before"], "an import is all or nothing"
        text = banner_text(qtbot, copy_with_journal(path, path.with_name(f"en-{run['when']}.mpdesk")), "en")
        assert text.startswith("mpdesk was not closed normally last time."), text
        assert f"The import of {UNDESA}" in text and NONE_SAVED in text, text
        assert "Nothing was lost" not in text and "Every other edit up to" in text


def test_a_kill_while_the_profile_closes_after_the_import_says_it_is_complete(killed_imports, qtbot) -> None:
    """The import's transaction saved its figures and what they replaced together: after a kill while the
    profile closes, every figure is there, the import can still be removed as a whole, and the banner says
    the import was complete (not that it did not run, nor that it should be made again)."""
    closing = killed_imports["trace"].closing
    for when in sorted({closing[0], closing[-1]}):
        path = kill(killed_imports["folder"], killed_imports["base"], killed_imports["data"], "pwrite64", when)["path"]
        told = banners(qtbot, path, ("en",) if when != closing[-1] else ("en", "fr", "es"))
        en = told["en"]
        assert f"The import of {UNDESA} (started " in en and COMPLETE in en, en
        assert "did not run" not in en and "Import the file again" not in en and "Nothing was lost" not in en, en
        ws = Workspace.open(path)
        try:
            assert len(list(stored_figures(ws))) == killed_imports["full"]
            assert [e.removable for e in list_imports(ws) if e.file_name == UNDESA] == [True]
        finally:
            ws.close()
    assert "(iniciada el " in told["es"] and "había terminado antes de que mpdesk se detuviera" in told["es"]
    assert "(commencée le " in told["fr"] and "était terminée avant l'arrêt de mpdesk" in told["fr"]


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
