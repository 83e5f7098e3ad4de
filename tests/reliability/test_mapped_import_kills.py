"""A real ``mpdesk import --map`` killed at each write of its transactions: the column mapping the user
typed is remembered exactly when the import is saved, never the one without the other.

The layout was once saved in a commit of its own after the import's: a kill in it kept the import and
lost the mapping (the next file of that layout asked for --map again), and the banner said the import
was complete as if nothing the user had given was lost.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from mpdesk.imports.mapped import ColumnMapping, layout_of
from mpdesk.imports.remembered_layouts import remembered_mappings
from mpdesk.services.workspace import Workspace
from tests.reliability import harness
from tests.reliability.conftest import figure_count, make_profile
from tests.reliability.test_import_journal_kills import imports_in, profile_writes

MAP = ["indicator=immigrant_stock", "year=Année", "value=Nombre", "sex=Sexe", "partner=Pays d'origine"]


def ministry_csv(path: Path) -> Path:
    path.write_text("Année;Sexe;Pays d'origine;Nombre\n2019;Femmes;Ouganda;1200\n2019;Hommes;UGA;1300\n"
                    "2019;Total;;2500\n", encoding="utf-8")
    return path


def remembered(path: Path) -> dict[str, ColumnMapping]:
    ws = Workspace.open(path)
    try:
        return remembered_mappings(ws)
    finally:
        ws.close()


def test_a_mapped_import_killed_at_any_write_keeps_the_mapping_with_the_import_or_neither(tmp_path: Path) -> None:
    data = ministry_csv(tmp_path / "stocks2019.csv")
    layout = layout_of(str(data))
    assert layout is not None
    base = make_profile(tmp_path / "base.mpdesk")
    before = figure_count(base)
    reference = tmp_path / "reference.mpdesk"
    shutil.copyfile(base, reference)
    commits = profile_writes(harness.mpdesk_command("import", reference, data, "--map", *MAP), reference)
    assert len(commits) == 3, "the opening (with the import's record), the import with its mapping, the closing"
    full = figure_count(reference)
    assert full == before + 3 and layout.signature in remembered(reference)
    importing, closing = [n for n, _journal in commits[1]], [n for n, _journal in commits[2]]
    points = sorted({*harness.spread_over(importing, 8), closing[0], closing[-1]})
    outcomes = {"none": 0, "both": 0}
    for when in points:
        path = tmp_path / f"mapped-{when}.mpdesk"
        shutil.copyfile(base, path)
        result = harness.killed_at(harness.mpdesk_command("import", path, data, "--map", *MAP), "pwrite64", when)
        assert "Traceback" not in result.stderr, result.stderr
        assert harness.was_killed(result), f"write {when} did not stop the import"
        mappings = remembered(path)
        if imports_in(path):
            assert figure_count(path) == full, f"kill at write {when}: part of the import"
            assert mappings[layout.signature] == ColumnMapping(indicator="immigrant_stock", year="Année",
                                                               value="Nombre", sex="Sexe", partner="Pays d'origine")
            outcomes["both"] += 1
        else:
            assert figure_count(path) == before and mappings == {}, f"kill at write {when}: a mapping alone"
            outcomes["none"] += 1
    assert outcomes["none"] and outcomes["both"], outcomes
    assert not list(tmp_path.glob("*-journal"))
