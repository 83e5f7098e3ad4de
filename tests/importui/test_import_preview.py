"""The import preview (nothing written), applying all or some indicators, and removing an import later."""

from __future__ import annotations

from pathlib import Path

import pytest

from importui_helpers import REAL, figures, stored_at, tidy_csv
from mpdesk.imports.detect import import_file
from mpdesk.services.import_log import list_imports, undo_import
from mpdesk.imports.preview import apply_preview, preview_import
from mpdesk.services.keys import CellKey
from mpdesk.services.values import set_value
from mpdesk.services.keys import EditError
from mpdesk.services.workspace import Workspace


def preview_of(ws, path: Path):
    return preview_import(ws, import_file(path, "KEN"))


def test_preview_writes_nothing_and_lists_what_the_import_then_does(kenya, tmp_path):
    data = tidy_csv(tmp_path / "a.csv", [("immigrant_stock", 2019, "", 1000, "Census"),
                                        ("immigrant_stock", 2020, "female", 600, "Census"),
                                        ("emigrant_stock", 2020, "", 50, "Census"),
                                        ("no_such_indicator", 2020, "", 5, "Census")])
    before = kenya.path.read_bytes()
    preview = preview_of(kenya, data)
    assert kenya.path.read_bytes() == before and figures(kenya) == set()
    stock = preview.indicator("immigrant_stock")
    assert stock.years() == [2019, 2020] and [f.disaggregation() for f in stock.added] == ["", "female"]
    assert preview.totals()["added"] == 3
    assert any("no_such_indicator" in s.text and s.count == 1 for s in preview.skipped)
    applied = apply_preview(kenya, preview)
    assert applied.added == 3 and len(figures(kenya)) == 3
    assert kenya.undo_label() == "Import a.csv"
    kenya.undo()
    assert figures(kenya) == set()  # one undo step removes the whole import


def test_changes_and_conflicts_name_both_sources(kenya, tmp_path):
    apply_preview(kenya, preview_of(kenya, tidy_csv(tmp_path / "a.csv", [("immigrant_stock", 2020, "", 1000, "Census")])))
    again = tidy_csv(tmp_path / "b.csv", [("immigrant_stock", 2020, "", 1200, "Census"),
                                         ("immigrant_stock", 2020, "male", 5, "Survey")])
    apply_preview(kenya, preview_of(kenya, tidy_csv(tmp_path / "c.csv", [("immigrant_stock", 2020, "male", 7, "Census")])))
    preview = preview_of(kenya, again)
    stock = preview.indicator("immigrant_stock")
    [changed] = stock.changed
    assert (changed.old_value, changed.value, changed.old_source, changed.source) == (1000, 1200, "Census", "Census")
    assert "a.csv" in changed.old_release
    [conflict] = stock.conflicts
    assert (conflict.old_value, conflict.value, conflict.old_source, conflict.source) == (7, 5, "Census", "Survey")
    assert conflict.used in ("new", "old")


def test_a_subset_writes_only_the_chosen_indicators(kenya, tmp_path):
    data = tidy_csv(tmp_path / "a.csv", [("immigrant_stock", 2020, "", 1000, "Census"),
                                        ("emigrant_stock", 2020, "", 50, "Census")])
    preview = preview_of(kenya, data)
    apply_preview(kenya, preview, only=["emigrant_stock"])
    assert {f[0] for f in figures(kenya)} == {"emigrant_stock"}
    [entry] = list_imports(kenya)
    assert (entry.added, entry.skipped) == (1, 1)
    with pytest.raises(EditError, match="holds no figures for refugees_hosted"):
        apply_preview(kenya, preview, only=["refugees_hosted"])


def test_removing_an_import_after_reopening_restores_what_it_replaced(kenya, tmp_path):
    apply_preview(kenya, preview_of(kenya, tidy_csv(tmp_path / "a.csv", [("immigrant_stock", 2020, "", 1000, "Census"),
                                                                        ("immigrant_stock", 2019, "", 900, "Census")])))
    first = figures(kenya)
    later = apply_preview(kenya, preview_of(kenya, tidy_csv(
        tmp_path / "b.csv", [("immigrant_stock", 2020, "", 1200, "Census"), ("immigrant_stock", 2019, "", 950, "Census"),
                             ("emigrant_stock", 2020, "", 50, "Census")])))
    set_value(kenya, CellKey("immigrant_stock", 2019), 999)  # typed over after the import: kept
    path = kenya.path
    kenya.close()
    ws = Workspace.open(path)
    try:
        outcome = undo_import(ws, later.import_id)
        # typing made a typed figure beside the imported one: both imported rows go back to a.csv's
        assert (outcome.removed, outcome.restored, outcome.kept) == (1, 2, 0)
        assert [e.file_name for e in list_imports(ws)] == ["a.csv"]
    finally:
        ws.close()
    expected = ({f for f in first if f[1] != 2019} | {("immigrant_stock", 2019, "", 900.0, "Census", False),
                                                      ("immigrant_stock", 2019, "", 999.0, "", True)})  # typed wins
    assert stored_at(path) == expected


def test_removing_an_unknown_import_is_a_sentence(kenya):
    with pytest.raises(EditError, match="There is no import nope in this profile"):
        undo_import(kenya, "nope")


@pytest.mark.parametrize("name", ["undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx",
                                  "API_SP.POP.TOTL_DS2_en_csv_v2_900.csv", "population.csv",
                                  "bilateral_migration_matrix_2021_latest.xlsx"])
def test_real_files_preview_matches_the_import(kenya, name):
    path = REAL / name
    if not path.is_file():
        pytest.skip(f"{name} is absent")
    preview = preview_of(kenya, path)
    applied = apply_preview(kenya, preview)
    totals = preview.totals()
    assert applied.added == totals["added"] + totals["conflicts"] > 0
    assert {f[0] for f in figures(kenya)} == {i.key for i in preview.indicators}


def test_the_preview_of_the_same_bytes_again_says_when_and_what_would_change(kenya, tmp_path):
    data = tidy_csv(tmp_path / "a.csv", [("immigrant_stock", 2019, "", 1000, "Census"),
                                        ("emigrant_stock", 2019, "", 50, "Census")])
    first = preview_of(kenya, data)
    assert first.repeat_sentence() == "" and first.as_dict()["already_imported_on"] is None
    apply_preview(kenya, first)
    [entry] = list_imports(kenya)
    again = preview_of(kenya, data)
    assert again.earlier_import == entry.imported_at
    assert again.repeat_sentence().endswith("; importing it again changes nothing.")
    assert again.as_dict()["already_imported_on"] == entry.imported_at.isoformat(timespec="seconds")
    other = tidy_csv(tmp_path / "b.csv", [("immigrant_stock", 2019, "", 1500, "Census")])
    assert preview_of(kenya, other).repeat_sentence() == ""   # other bytes: not the same file
    apply_preview(kenya, preview_of(kenya, other))            # a revision came in since
    more = tidy_csv(tmp_path / "c.csv", [("immigrant_stock", 2019, "", 1600, "Census"),
                                         ("emigrant_stock", 2019, "", 60, "Census")])
    apply_preview(kenya, preview_of(kenya, more))
    assert preview_of(kenya, data).repeat_sentence().endswith("; importing it again changes 2 figures.")
    undo_import(kenya, list_imports(kenya)[0].id)
    assert preview_of(kenya, data).repeat_sentence().endswith("; importing it again changes one figure.")
