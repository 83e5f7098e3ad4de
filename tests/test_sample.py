"""The bundled Kenya 2020 training sample: built from the shipped files, complete enough to teach with."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from mpdesk.services import registers, snapshots, steps
from mpdesk.services.completeness import compute_completeness
from mpdesk.services.profile import default_modules, module_selection, narratives
from mpdesk.services.sample import find_figure, sample_dir, write_sample
from mpdesk.services.figures import stored_figures
from mpdesk.services.workspace import Workspace

VALUES_CSV = sample_dir() / "kenya_values.csv"


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory):
    ws = write_sample(tmp_path_factory.mktemp("sample") / "Kenya 2020 (sample).mpdesk")
    yield ws
    ws.close()


def csv_figure(indicator: str, year: int, source_contains: str = "", **dims: str) -> float:
    with VALUES_CSV.open(encoding="utf-8-sig") as handle:
        for row in csv.DictReader(handle):
            if (row["indicator"], int(row["year"])) == (indicator, year) and source_contains in row["source"] \
                    and all(row[d] == dims.get(d, "") for d in ("sex", "age_group", "partner", "category")):
                return float(row["value"])
    raise LookupError(f"{indicator} {year} {dims} is not in {VALUES_CSV.name}")


def test_identity(sample: Workspace) -> None:
    profile = sample.profile()
    assert (profile.title, profile.country_iso3, profile.kind, profile.edition_year) == (
        "Migration Profile of Kenya 2020", "KEN", "extended", 2020)
    assert (profile.period_start, profile.period_end) == (2010, 2020)
    assert "Immigration" in profile.lead_agency


def test_every_figure_of_the_csv_is_in_the_profile_with_its_own_source(sample: Workspace) -> None:
    with VALUES_CSV.open(encoding="utf-8-sig") as handle:
        expected = {(r["indicator"], int(r["year"]), r["sex"], r["partner"], float(r["value"]), r["source"])
                    for r in csv.DictReader(handle)}
    found = {(v.indicator, v.year, v.sex, v.partner, v.value, v.source) for v in stored_figures(sample)}
    assert found == expected
    assert all(v.provenance == "imported" and v.import_id for v in stored_figures(sample))


def test_key_figure_immigrant_stock_2020(sample: Workspace) -> None:
    expected = csv_figure("immigrant_stock", 2020, "UN DESA")
    # KNOMAD's matrix gives the same mid-2020 total; the series is UN DESA's, the catalogue's first source.
    [value] = [v for v in stored_figures(sample, ["immigrant_stock"]) if v.year == 2020 and not v.sex and not v.partner
               and v.preferred]
    assert value.value == expected and "UN DESA" in value.source
    assert f"{expected:,.0f}" in narratives(sample)["A.2"]


def test_narratives_quote_the_figures_and_use_markup(sample: Workspace) -> None:
    texts = narratives(sample)
    for key in ("summary", "intro", "A.1", "A.2", "A.3", "B.1", "B.2", "C.1", "D.1", "D.4"):
        assert len(texts.get(key, "").split("\n\n")) >= 2, f"{key} needs 2-4 paragraphs"
    modules = [k for k in texts if re.match(r"^[A-D]\.\d$", k)]
    assert len(modules) >= 4
    joined = "\n".join(texts.values())
    assert "{{" not in joined and "}}" not in joined
    assert "## " in joined and "\n- " in joined and "**" in joined
    refugees = csv_figure("refugees_hosted", 2020)
    assert f"{refugees:,.0f}" in texts["A.2"]
    population = csv_figure("population_total", 2020, "World Bank")
    share = csv_figure("immigrant_stock", 2020, "UN DESA") / population * 100
    assert f"{share:.1f}%" in texts["summary"] and f"{population:,.0f}" in texts["summary"]


def test_registers_are_filled(sample: Workspace) -> None:
    members = registers.list_items(sample, "member")
    assert 10 <= len(members) <= 12
    assert any(m.focal_point for m in members) and {"member", "observer"} <= {m.membership for m in members}
    assert any("Bureau of Statistics" in m.institution for m in members)
    activities = registers.list_items(sample, "activity")
    assert len(activities) == 8 and all(a.start_date and a.end_date for a in activities)
    assert any(a.end_date.year == 2020 and a.status != "done" for a in activities), "some work should be overdue"
    assert len(registers.list_items(sample, "source")) == 8
    gaps = registers.list_items(sample, "gap")
    assert len(gaps) == 6 and all(sample.catalogue.has_section(g.section_key) for g in gaps)
    requests = registers.list_items(sample, "request")
    assert len(requests) == 5 and 0 < sum(1 for r in requests if r.received_on) < 5
    recommendations = registers.list_items(sample, "recommendation")
    assert len(recommendations) == 6 and all(r.owner and r.due_date for r in recommendations)
    assert len(registers.list_items(sample, "comment")) == 4
    assert any("Refugees Act" in law.title for law in registers.list_items(sample, "law"))


def test_walk_through_progress(sample: Workspace) -> None:
    states = steps.step_states(sample)
    for key in ("1.1", "1.2", "1.3", "1.4", "1.5", "1.6"):
        assert states[key].status in ("done", "in_progress")
        assert any(c.done for c in steps.checklist_states(sample, key).values())
        assert steps.deliverable_values(sample, key)
    assert compute_completeness(sample).stages["I"] > 0.5


def test_module_selection_is_the_extended_default(sample: Workspace) -> None:
    chosen = {k for k, row in module_selection(sample).items() if row.included}
    assert chosen == set(default_modules(sample.catalogue, "extended"))


def test_one_snapshot_and_nothing_to_undo(sample: Workspace) -> None:
    assert len(snapshots.list_snapshots(sample)) == 1
    assert not sample.can_undo() and not sample.can_redo()


def test_an_unknown_figure_in_the_text_is_reported(sample: Workspace) -> None:
    with pytest.raises(LookupError, match="immigrant_stock 1850"):
        find_figure("immigrant_stock 1850", list(stored_figures(sample)))


def test_sample_refuses_to_overwrite(tmp_path: Path) -> None:
    from mpdesk.models import ProfileFileError

    existing = tmp_path / "mine.mpdesk"
    existing.write_text("my own work", encoding="utf-8")
    with pytest.raises(ProfileFileError):
        write_sample(existing)
    assert existing.read_text(encoding="utf-8") == "my own work"


def test_an_interrupted_first_start_never_leaves_a_half_built_sample(tmp_path: Path, monkeypatch) -> None:
    """Ctrl+C or a killed process while the sample is written must not leave a file a later start opens."""
    from mpdesk.services import sample as sample_module

    target = tmp_path / "Documents" / "mpdesk" / sample_module.SAMPLE_FILE_NAME

    def interrupted(ws, texts):
        raise KeyboardInterrupt

    monkeypatch.setattr(sample_module, "_fill_narratives", interrupted)
    with pytest.raises(KeyboardInterrupt):
        sample_module.ensure_sample(target)
    assert [p for p in target.parent.iterdir() if not p.name.endswith(".lock")] == []  # the lock file stays
    monkeypatch.undo()

    partial = target.with_name(f".building-{target.name}")  # what a killed process leaves behind
    partial.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    partial.with_name(partial.name + "-journal").write_bytes(b"\x00" * 64)
    assert sample_module.ensure_sample(target) == target
    ws = Workspace.open(target)
    try:
        assert steps.step_states(ws)["1.5"].status == "done"
        assert "A.2" in narratives(ws)
    finally:
        ws.close()
    assert [p.name for p in target.parent.iterdir() if not p.name.endswith(".lock")] == [target.name]


def test_sample_facts_follow_the_series_rules(sample: Workspace) -> None:
    """No false 2021 stock point, projections marked, no 2021 act in a 2020 text, the 2015-2020 fall stated."""
    from mpdesk.services.value_table import ValueTable
    from mpdesk.services.keys import CellKey

    table = ValueTable.from_workspace(sample)
    stock_years = [k.year for k in table.cells("immigrant_stock") if not any(k.dims())]
    assert max(stock_years) == 2020 and 2021 not in stock_years
    assert not [k for k in table.cells("emigrant_stock") if k.year == 2021]
    projected = {r.key.year: r.status for r in table.records("net_migration") if r.key.year >= 2022}
    assert projected and set(projected.values()) == {"projection"}
    texts = narratives(sample)
    assert "second edition" not in texts["intro"]
    assert "Act 2021" not in texts["C.1"] and not [law for law in registers.list_items(sample, "law") if law.year
                                                   and law.year > 2020]
    stock_2015 = csv_figure("immigrant_stock", 2015, "UN DESA")
    stock_2020 = csv_figure("immigrant_stock", 2020, "UN DESA")
    fall = round((stock_2015 - stock_2020) / stock_2015 * 100, 1)
    assert f"fell by {fall}%" in texts["A.2"]
    for indicator in ("asylum_seekers_hosted", "stateless_persons"):
        assert table.value(CellKey(indicator, 2020)) == csv_figure(indicator, 2020, "UNHCR")


def test_the_samples_imports_have_their_journals_and_can_be_removed_as_a_whole(tmp_path: Path) -> None:
    from mpdesk.services.import_log import list_imports, undo_import

    ws = write_sample(tmp_path / "Kenya 2020 (sample).mpdesk")
    try:
        entries = list_imports(ws)   # one per published file the figures were read from
        assert len(entries) >= 9 and all(e.removable and e.skipped == 0 and e.figures > 0 for e in entries)
        assert sum(e.figures for e in entries) == len(list(stored_figures(ws))) > 0
        for entry in entries:
            outcome = undo_import(ws, entry.id)   # not "made by an earlier version of mpdesk…"
            assert outcome.removed == entry.figures and outcome.kept == 0
        assert list(stored_figures(ws)) == [] and list_imports(ws) == []
    finally:
        ws.close()


def test_the_import_log_names_the_publishers_and_datasets_of_the_samples_figures(tmp_path: Path) -> None:
    """Not "Tidy CSV file" with no publisher: each published file's publisher and dataset, as the CSV's
    provenance columns (read here with csv) name them."""
    from mpdesk.services.import_log import list_imports

    with VALUES_CSV.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    ws = write_sample(tmp_path / "Kenya 2020 (sample).mpdesk")
    try:
        entries = list_imports(ws)
    finally:
        ws.close()
    assert {e.file_name for e in entries} == {r["source_file"] for r in rows}
    for entry in entries:
        mine = [r for r in rows if r["source_file"] == entry.file_name]
        assert {entry.publisher} == {r["publisher"] for r in mine} and entry.publisher
        assert entry.dataset.startswith(mine[0]["dataset"]) and "Tidy CSV" not in entry.dataset
        assert entry.figures == len(mine)
    assert {e.publisher for e in entries} == {"KNOMAD", "UN DESA", "UNHCR", "World Bank"}


def test_the_immigrant_share_divides_by_the_printed_population_every_year(sample: Workspace) -> None:
    """UN DESA's stock over the population series the report prints (the World Bank's, one series
    rule: services.series), so a reader dividing the printed figures gets the printed share; it is
    not UN DESA's own Table 3 share (on UN DESA's population), read here with openpyxl."""
    import sys

    from mpdesk.services.derived import compute_derived
    from mpdesk.services.keys import CellKey
    from mpdesk.services.value_table import ValueTable

    sys.path.insert(0, str(Path(__file__).resolve().parent / "imports"))
    from realdata import desa_table3_kenya

    derived, table = compute_derived(sample), ValueTable.from_workspace(sample)
    for year in range(1990, 2021, 5):
        share = derived.get(CellKey("immigrant_share_population", year))
        stock, population = table.get(CellKey("immigrant_stock", year)), table.get(CellKey("population_total", year))
        assert share is not None and share.value == stock.value / population.value * 100, year
        assert [(i.indicator, i.source) for i in share.inputs] == [
            ("immigrant_stock", "UN DESA, International Migrant Stock 2020"),
            ("population_total", "World Bank WDI SP.POP.TOTL (2024-12-16)")]
        assert abs(share.value - desa_table3_kenya(year)) > 0.01, year   # UN DESA's population is another
    assert "World Bank" in derived.get(CellKey("emigrant_share_population", 2020)).inputs[1].source


def test_un_desas_population_rows_trace_to_their_cells_of_the_real_file() -> None:
    """The CSV's UN DESA population rows name the real workbook (its sha256) and the Table 2 cell each
    was read from; that cell, read here with openpyxl, holds the figure (in thousands)."""
    import hashlib
    import sys

    import openpyxl

    sys.path.insert(0, str(Path(__file__).resolve().parent / "imports"))
    from realdata import REAL, real_file

    path = real_file(REAL, "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx")
    with VALUES_CSV.open(encoding="utf-8-sig") as handle:
        rows = [r for r in csv.DictReader(handle) if r["indicator"] == "population_total" and "UN DESA" in r["source"]]
    assert sorted(int(r["year"]) for r in rows) == list(range(1990, 2021, 5)) and not any(r["sex"] for r in rows)
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        for row in rows:
            assert row["source_file"] == path.name
            assert row["source_sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
            sheet, cell = row["source_place"].split("!")
            assert abs(float(book[sheet][cell].value) * 1000 - float(row["value"])) < 0.5, row
    finally:
        book.close()
