"""Everything a team records survives closing and reopening the file (edit, close, reopen, compare)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Callable

import pytest

from mpdesk.services import registers, snapshots, steps, tailoring, values
from mpdesk.services.completeness import step_completeness
from mpdesk.services.figures import stored_figures
from mpdesk.services.profile import (
    NewProfile, create_profile, module_selection, narratives, set_module_included, set_narrative, update_profile,
)
from mpdesk.services.keys import CellKey
from mpdesk.services.workspace import Workspace


class Reopening:
    """Holds the open profile and closes/reopens it after every edit."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.ws = create_profile(path, NewProfile(country_iso3="KEN", edition_year=2020, kind="extended"))

    def after(self, edit: Callable[[Workspace], Any]) -> Workspace:
        edit(self.ws)
        self.ws.close()
        self.ws = Workspace.open(self.path)
        return self.ws


@pytest.fixture
def profile(tmp_path: Path):
    holder = Reopening(tmp_path / "Kenya 2020.mpdesk")
    yield holder
    holder.ws.close()


def plain(row: Any) -> dict[str, Any]:
    return {k: v for k, v in row.as_dict().items() if k not in ("created_at", "updated_at")}


REGISTER_ROWS: dict[str, dict[str, Any]] = {
    "member": dict(name="Grace Kamau", institution="State Department for Immigration", role="Chair",
                   contact="g.kamau@example.org", membership="member", focal_point=True,
                   mandate="Immigration", data_held="Permits"),
    "activity": dict(kind="workplan", title="Kick-off", owner="Secretariat", step_key="1.3",
                     start_date=date(2019, 12, 5), end_date=date(2019, 12, 6), status="done", notes="Naivasha"),
    "source": dict(name="Census 2019", institution="KNBS", source_type="census", coverage="All residents",
                   periodicity="10 years", quality="good", access="on request", modules="A.2, B.1", notes="n"),
    "gap": dict(description="No flow data", section_key="A.2", indicator_key="immigrant_stock",
                priority="high", action="Tabulate permits", resolved=True),
    "request": dict(institution="CBK", indicators="remittance_inflows", description="Monthly remittances",
                    sent_on=date(2020, 4, 6), due_on=date(2020, 5, 8), received_on=date(2020, 4, 30), notes="ok"),
    "comment": dict(section_key="B.2", author="P. Langat", text="Cite CBK", review_round=2, resolved=True,
                    response="Done"),
    "recommendation": dict(section_key="D.4", text="Census questions", action="Propose", owner="KNBS",
                           due_date=date(2027, 12, 31), status="in_progress"),
    "law": dict(title="Refugees Act, 2021", kind="law", year=2021, status="In force", notes="Inclusion"),
}


@pytest.mark.parametrize("register", sorted(REGISTER_ROWS))
def test_register_rows_round_trip(profile: Reopening, register: str) -> None:
    fields = REGISTER_ROWS[register]
    ws = profile.after(lambda w: registers.add_item(w, register, **fields))
    [row] = registers.list_items(ws, register)
    stored = plain(row)
    assert {k: stored[k] for k in fields} == fields
    ws = profile.after(lambda w: registers.update_item(w, register, row.id, **{_text_field(register): "Changed"}))
    assert getattr(registers.list_items(ws, register)[0], _text_field(register)) == "Changed"
    ws = profile.after(lambda w: registers.delete_item(w, register, row.id))
    assert registers.list_items(ws, register) == []


def _text_field(register: str) -> str:
    return {"member": "name", "activity": "title", "source": "name", "gap": "description",
            "request": "description", "comment": "text", "recommendation": "text", "law": "title"}[register]


def test_walk_through_state_round_trips(profile: Reopening) -> None:
    ws = profile.after(lambda w: steps.set_step_status(w, "1.4", "done"))
    ws = profile.after(lambda w: steps.set_step_notes(w, "1.4", "Concept note approved by PS."))
    ws = profile.after(lambda w: steps.set_checklist_item(w, "1.3", "tor_adopted", True, note="Adopted 5 Dec"))
    ws = profile.after(lambda w: steps.set_deliverable(w, "1.1", "request_date", "2019-09-16"))
    assert steps.step_states(ws)["1.4"].status == "done"
    assert steps.step_states(ws)["1.4"].notes == "Concept note approved by PS."
    state = steps.checklist_states(ws, "1.3")["tor_adopted"]
    assert (state.done, state.note) == (True, "Adopted 5 Dec")
    assert step_completeness(ws)["1.3"].status == "in_progress"   # a tick is work in the step
    assert steps.deliverable_values(ws, "1.1") == {"request_date": "2019-09-16"}


def test_module_selection_and_narrative_round_trip(profile: Reopening) -> None:
    ws = profile.after(lambda w: set_module_included(w, "A.8", True, reason="Tourism matters"))
    ws = profile.after(lambda w: set_module_included(w, "B.5", False, reason="No data"))
    selection = module_selection(ws)
    assert (selection["A.8"].included, selection["A.8"].reason) == (True, "Tourism matters")
    assert (selection["B.5"].included, selection["B.5"].reason) == (False, "No data")
    text = "## Refugees\nKenya hosted **452,916** refugees.\n\n- *Dadaab*\n- Kakuma ✓ é"
    ws = profile.after(lambda w: set_narrative(w, "A.2", text))
    assert narratives(ws)["A.2"] == text


def test_values_with_every_dimension_round_trip(profile: Reopening) -> None:
    keys = [CellKey("immigrant_stock", 2020), CellKey("immigrant_stock", 2020, sex="female"),
            CellKey("immigrant_stock", 2020, partner="SOM"),
            CellKey("immigrant_stock", 2019, sex="male", age_group="15-64", partner="UGA", category="x")]
    for number, key in enumerate(keys, start=1):
        ws = profile.after(lambda w, k=key, n=number: values.set_value(w, k, 1000.5 * n, source=f"S{n}", note=f"N{n}"))
    ws = profile.after(lambda w: values.annotate(w, keys[0], status="validated"))
    stored = {CellKey(v.indicator, v.year, v.sex, v.age_group, v.partner, v.category): v
              for v in stored_figures(ws)}
    assert set(stored) == set(keys)
    for number, key in enumerate(keys, start=1):
        assert (stored[key].value, stored[key].source, stored[key].note) == (1000.5 * number, f"S{number}", f"N{number}")
    assert stored[keys[0]].status == "validated"


def test_import_log_and_competing_sources_round_trip(profile: Reopening) -> None:
    from mpdesk.imports.records import ValueRecord

    one = [ValueRecord("refugees_hosted", 2020, 452916, source="UNHCR")]
    two = [ValueRecord("refugees_hosted", 2020, 450000, source="RAS")]
    ws = profile.after(lambda w: values.import_records(w, one, "unhcr.csv", "a" * 64, "unhcr"))
    ws = profile.after(lambda w: values.import_records(w, two, "ras.csv", "b" * 64, "tidy_csv"))
    rows = {v.source: v for v in stored_figures(ws)}
    assert rows["UNHCR"].preferred and not rows["RAS"].preferred
    ws = profile.after(lambda w: values.choose_preferred(w, rows["RAS"].id))
    rows = {v.source: v for v in stored_figures(ws)}
    assert rows["RAS"].preferred and not rows["UNHCR"].preferred
    from mpdesk.models.entities import ImportRecord
    with ws.session() as session:
        logs = {r.file_name: (r.sha256, r.values_added) for r in session.query(ImportRecord)}
    assert logs == {"unhcr.csv": ("a" * 64, 1), "ras.csv": ("b" * 64, 1)}


def test_tailoring_round_trips(profile: Reopening) -> None:
    ws = profile.after(lambda w: tailoring.add_custom_section(w, "A.9", "Maritime mobility", "A", "Seafarers"))
    ws = profile.after(lambda w: tailoring.add_custom_indicator(
        w, "seafarers_abroad", "Kenyan seafarers abroad", "A.9", unit="persons", disaggregations=("sex",)))
    ws = profile.after(lambda w: tailoring.add_custom_indicator(
        w, "seafarer_share", "Seafarers per emigrant", "A.9", unit="percent", decimals=1,
        formula="seafarers_abroad / emigrant_stock * 100"))
    catalogue = ws.catalogue
    assert str(catalogue.section("A.9").title) == "Maritime mobility"
    assert catalogue.indicator("seafarers_abroad").disaggregations == ("sex",)
    assert catalogue.indicator("seafarer_share").formula.text == "seafarers_abroad / emigrant_stock * 100"
    ws = profile.after(lambda w: values.set_value(w, CellKey("seafarers_abroad", 2020), 1200))
    assert list(stored_figures(ws, ["seafarers_abroad"]))[0].value == 1200


def test_custom_chart_round_trips(profile: Reopening) -> None:
    from mpdesk.models.entities import CustomChart

    def add_chart(ws: Workspace) -> None:
        with ws.edit("Add chart") as session:
            session.add(CustomChart(section_key="A.2", kind="bar", title="Refugees by origin",
                                    indicators="refugees_hosted", by="partner"))

    ws = profile.after(add_chart)
    with ws.session() as session:
        [chart] = session.query(CustomChart).all()
        assert (chart.kind, chart.title, chart.indicators, chart.by) == ("bar", "Refugees by origin",
                                                                          "refugees_hosted", "partner")


def test_snapshot_round_trips(profile: Reopening) -> None:
    profile.after(lambda w: registers.add_item(w, "member", name="Daniel Ouma"))
    ws = profile.after(lambda w: snapshots.take_snapshot(w, "Draft for TWG review 1"))
    [snap] = snapshots.list_snapshots(ws)
    assert snap.name == "Draft for TWG review 1"
    assert [m["name"] for m in snapshots.snapshot_content(ws, snap.id)["member"]] == ["Daniel Ouma"]


def test_profile_fields_round_trip(profile: Reopening) -> None:
    ws = profile.after(lambda w: update_profile(
        w, title="Kenya MP 2020", period_start=2012, period_end=2020, language="fr", kind="basic",
        lead_agency="SDICS", population_series="World Bank WDI"))
    stored = ws.profile()
    assert (stored.title, stored.period_start, stored.period_end, stored.language, stored.kind,
            stored.lead_agency, stored.population_series) == (
        "Kenya MP 2020", 2012, 2020, "fr", "basic", "SDICS", "World Bank WDI")
    assert (stored.country_iso3, stored.country_name, stored.edition_year) == ("KEN", "Kenya", 2020)
