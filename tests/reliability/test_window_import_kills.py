"""The window's import killed after the user clicked Import: the next opening names the file and says
whether its figures were saved (all of them, with the journal that lets the import be withdrawn) or
none of them; never 'Nothing was lost'.

A real window (``import_window_driver.py``: the main window, Import data…, a mouse click on "Import the
ticked indicators" once the preview is shown, then Close) is SIGKILLed by strace at chosen writes after
the click: none yet (the kill comes as the import's transaction opens its journal), inside the import's
transaction, at its last write, and in the transaction that follows it as the dialog closes. Before the
fix the import's record was committed only after the click, so a kill in that commit or before it was
told as 'a save was undone' or 'Nothing was lost', without the file's name.
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from mpdesk.services import Workspace
from mpdesk.services.import_log import list_imports, load_journal
from tests.reliability import harness
from tests.reliability.conftest import figure_count, make_profile
from tests.reliability.test_kills import real_file
from tests.ui.test_crash_banner import banner_text, copy_with_journal, integrity

KNOMAD = "inward_remittance_flows_december_2023_1.xlsx"
DRIVER = Path(__file__).with_name("import_window_driver.py")
NONE_SAVED = "was interrupted when mpdesk stopped; none of its figures were saved. Import the file again."
COMPLETE = "was complete before mpdesk stopped: its figures are saved."


@dataclass(frozen=True)
class WindowTrace:
    """The profile's transactions after the click, as pwrite64 numbers among the calls on the profile and
    its journal (``harness.killed_at(paths=...)`` counts the same calls)."""

    before_click: list[list[int]]
    after_click: list[list[int]]

    @property
    def importing(self) -> list[int]:
        return self.after_click[0]

    @property
    def closing_dialog(self) -> list[int]:
        return self.after_click[1]


def watched(profile: Path) -> list[Path]:
    return [profile, Path(f"{profile}-journal")]


def command(profile: Path, data: Path) -> list[str]:
    return [sys.executable, str(DRIVER), str(profile), str(data), str(profile.with_suffix(".clicked"))]


def trace_window_import(profile: Path, data: Path) -> WindowTrace:
    """SQLite commits by deleting the journal: each unlink of it ends one transaction."""
    marker = profile.with_suffix(".clicked")
    with tempfile.NamedTemporaryFile("r", suffix=".strace") as log:
        only = [arg for path in [*watched(profile), marker] for arg in ("-P", str(path))]
        result = harness.run([harness.need_strace(), "-f", "-qq", "-o", log.name, *only,
                              "-e", "trace=pwrite64,unlink,openat", *command(profile, data)])
        assert result.returncode == 0 and "clicking" in result.stdout, result.stderr
        lines = Path(log.name).read_text().splitlines()
    parts: dict[bool, list[list[int]]] = {False: [[]], True: [[]]}
    clicked, count = False, 0
    for line in lines:
        if re.search(r"openat\(.*\.clicked", line):
            clicked = True
        elif "pwrite64(" in line:
            count += 1
            parts[clicked][-1].append(count)
        elif "unlink(" in line and "-journal" in line:
            parts[clicked].append([])
    return WindowTrace(*([c for c in parts[side] if c] for side in (False, True)))


@pytest.fixture(scope="module")
def window_import(tmp_path_factory) -> dict:
    data = real_file(KNOMAD)
    folder = tmp_path_factory.mktemp("window-import")
    base = make_profile(folder / "base.mpdesk")
    reference = folder / "reference.mpdesk"
    shutil.copyfile(base, reference)
    trace = trace_window_import(reference, data)
    # after the click: the import's transaction, the dialog's closing (its record goes), the profile's closing
    assert len(trace.after_click) == 3, trace
    before, full = figure_count(base), figure_count(reference)
    assert full > before + 10
    return {"trace": trace, "base": base, "data": data, "folder": folder, "before": before, "full": full}


def killed(window_import: dict, when: int) -> Path:
    path = window_import["folder"] / f"killed-{when}.mpdesk"
    Path(f"{path}-journal").unlink(missing_ok=True)
    shutil.copyfile(window_import["base"], path)
    result = harness.killed_at(command(path, window_import["data"]), "pwrite64", when, paths=watched(path))
    assert "Traceback" not in result.stderr, result.stderr
    assert harness.was_killed(result), f"the kill at write {when} did not stop the window"
    assert "clicking" in result.stdout, f"write {when} came before the click"
    return path


def banners(qtbot, path: Path) -> dict[str, str]:
    """The banner in each language, each from its own copy of the killed file (an opening tells once)."""
    return {lang: banner_text(qtbot, copy_with_journal(path, path.with_name(f"{path.stem}-{lang}.mpdesk")), lang)
            for lang in ("en", "fr", "es")}


def kill_points(trace: WindowTrace) -> list[int]:
    """The import's first write (its journal: nothing of it in the file yet), writes spread over it, its
    last (the profile half rewritten), and the first and last write of the dialog's closing."""
    writes = trace.importing
    spread = {writes[round(i * (len(writes) - 1) / 4)] for i in range(5)}
    return sorted(spread | {trace.closing_dialog[0], trace.closing_dialog[-1]})


def test_a_window_import_killed_after_the_click_is_named_with_what_was_saved(window_import, qtbot) -> None:
    trace = window_import["trace"]
    outcomes = {"none": 0, "whole": 0}
    for when in kill_points(trace):
        path = killed(window_import, when)
        probe = copy_with_journal(path, path.with_name(f"probe-{when}.mpdesk"))
        assert integrity(probe) == "ok"
        told = banners(qtbot, path)
        en, fr, es = told["en"], told["fr"], told["es"]
        assert en.startswith("mpdesk was not closed normally last time."), en
        assert f"The import of {KNOMAD} (started " in en, f"kill at write {when}: the file is not named: {en}"
        assert "Nothing was lost" not in en and "it did not run" not in en, en
        assert f"L'importation de {KNOMAD} (commencée le " in fr and "Rien n'a été perdu" not in fr, fr
        assert f"La importación de {KNOMAD} (iniciada el " in es and "No se perdió nada" not in es, es
        count = figure_count(probe)
        ws = Workspace.open(probe)
        try:
            imports = [e for e in list_imports(ws) if e.file_name == KNOMAD]
            journals = [load_journal(ws, e.id) for e in imports]
        finally:
            ws.close()
        if when in trace.importing:
            assert count == window_import["before"] and not imports, f"kill at write {when}: part of the import"
            assert NONE_SAVED in en, en
            assert "aucune de ses données n'a été enregistrée" in fr, fr
            assert "no se guardó ninguna de sus cifras" in es, es
            outcomes["none"] += 1
        else:
            assert count == window_import["full"], f"kill at write {when}: the saved import is not whole"
            assert len(imports) == 1 and journals[0] is not None, "the import can be withdrawn as a whole"
            assert COMPLETE in en and "Import the file again" not in en, en
            assert "était terminée avant l'arrêt de mpdesk" in fr, fr
            assert "había terminado antes de que mpdesk se detuviera" in es, es
            outcomes["whole"] += 1
    assert outcomes["none"] >= 3 and outcomes["whole"] == 2, outcomes


def test_a_window_import_that_ended_normally_leaves_nothing_to_tell(window_import, qtbot) -> None:
    """The record kept while the preview was shown is gone once the dialog closed: the next opening of a
    profile closed normally says nothing."""
    path = window_import["folder"] / "whole.mpdesk"
    shutil.copyfile(window_import["base"], path)
    result = harness.run(command(path, window_import["data"]))
    assert result.returncode == 0 and "imported: Imported" in result.stdout, result.stdout + result.stderr
    assert banner_text(qtbot, path, "en") == ""
    assert figure_count(path) == window_import["full"]
