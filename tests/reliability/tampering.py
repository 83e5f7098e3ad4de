"""A small profile with a row in every table, and the plausible wrong values a hand edit leaves.

Each case is (table, column, SQL literal): text in a number column, a number where a date
belongs, binary data in a text column, a JSON column that does not parse, a year as text; the
"semantic" ones are well-typed but wrong (an unknown indicator, section or step key, a status
outside its set, a country no one has) and must be read without a traceback.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Boolean, Date, DateTime, Float, Integer

from mpdesk.models.base import Base
from mpdesk.services import custom_charts, registers, snapshots, steps, tailoring, values
from mpdesk.services.profile import NewProfile, create_profile, set_module_included, set_narrative


def full_profile(path: Path) -> Path:
    """A Ghana 2019 profile with at least one row in every table (so every column can be tampered)."""
    from mpdesk.imports.records import ValueRecord

    ws = create_profile(path, NewProfile(country_iso3="GHA", edition_year=2019, title="Ghana 2019"))
    try:
        values.set_value(ws, values.CellKey("immigrant_stock", 2015), 399471)
        values.import_records(ws, [ValueRecord("immigrant_stock", 2010, 337000, sex="female", source="UN DESA",
                                               partner="NGA", note="mid-year")], "stock.csv", "0" * 64, "tidy_csv")
        registers.add_item(ws, "member", name="Akosua Mensah", institution="Ghana Statistical Service")
        registers.add_item(ws, "activity", title="Collect data", owner="GSS", start_date="2019-01-10",
                           end_date="2019-03-01")
        registers.add_item(ws, "source", name="Census 2010", institution="GSS", modules="A.2")
        registers.add_item(ws, "gap", description="No emigration data", section_key="A.2", priority="high")
        registers.add_item(ws, "request", institution="GIS", indicators="immigrant_stock", sent_on="2019-02-01")
        registers.add_item(ws, "comment", section_key="A.2", author="TWG", text="Check the census figure")
        registers.add_item(ws, "recommendation", text="Run a survey", action="act", owner="GSS", section_key="D.1",
                           due_date="2020-01-01")
        registers.add_item(ws, "law", title="Immigration Act", kind="law", year=2000, notes="amended 2012")
        set_narrative(ws, "A.2", "Immigration grew.\n\n- from Nigeria\n- from Togo")
        set_module_included(ws, "B.2", False, "no data")
        steps.set_step_status(ws, "1.1", "in_progress")
        steps.set_checklist_item(ws, "1.1", "request_letter", True, "signed")
        steps.set_deliverable(ws, "1.1", "lead_agency", "GSS")
        tailoring.add_custom_section(ws, "local_notes", "Local notes", "A")
        tailoring.add_custom_indicator(ws, "local_arrivals", "Arrivals at Kotoka", "A.2")
        custom_charts.add_custom_chart(ws, "A.2", "line", "Stock", ["immigrant_stock"], "")
        snapshots.take_snapshot(ws, "Round 1")
    finally:
        ws.close()
    return path


def _wrong_literals(column) -> list[str]:
    kind = column.type
    if isinstance(kind, Boolean):
        return ["'yes'", "7"]
    if isinstance(kind, Integer):
        return ["'twenty'", "''", "2019.5"]
    if isinstance(kind, Float):
        return ["'n/a'", "'1,234'", "1e999"]
    if isinstance(kind, (Date, DateTime)):
        return ["'soon'", "'2020-13-45'", "'2021-02-30'", "20200101"]
    return ["x'00ff'"] + (["'{not json'"] if column.name == "payload" else [])


SKIP_COLUMNS = {"id"}  # a primary key that is not a UUID is still a key; ids are never parsed
SKIP_TABLES = {"file_meta"}  # read by the opening checks themselves (tests/reliability/test_opening.py)


def type_cases() -> list[tuple[str, str, str]]:
    return [(table.name, column.name, literal) for table in Base.metadata.sorted_tables if table.name not in SKIP_TABLES
            for column in table.columns if column.name not in SKIP_COLUMNS for literal in _wrong_literals(column)]


# Well-typed values that no mpdesk wrote: the file opens, and each is skipped or shown as it is.
SEMANTIC_CASES = [
    ("indicator_value", "indicator_key", "'no_such_indicator'"),
    ("indicator_value", "status", "'bogus'"),
    ("indicator_value", "provenance", "'bogus'"),
    ("indicator_value", "sex", "'other'"),
    ("indicator_value", "partner", "'ZZZ'"),
    ("indicator_value", "year", "-5"),
    ("indicator_value", "value", "-1e300"),
    ("profile", "country_iso3", "'XXX'"),
    ("profile", "language", "'xx'"),
    ("profile", "kind", "'bogus'"),
    ("profile", "period_start", "2030"),
    ("step_progress", "status", "'bogus'"),
    ("step_progress", "step_key", "'9.9'"),
    ("checklist_state", "item_key", "'no_such_item'"),
    ("deliverable_value", "field_key", "'no_such_field'"),
    ("activity", "status", "'bogus'"),
    ("activity", "step_key", "'9.9'"),
    ("recommendation", "status", "'bogus'"),
    ("recommendation", "section_key", "'Z.9'"),
    ("data_gap", "priority", "'urgent'"),
    ("data_gap", "section_key", "'Z.9'"),
    ("member", "membership", "'boss'"),
    ("legal_instrument", "kind", "'decree'"),
    ("narrative", "section_key", "'Z.9'"),
    ("module_selection", "section_key", "'Z.9'"),
    ("custom_section", "parent_key", "'Z'"),
    ("custom_indicator", "section_key", "'Z.9'"),
    ("custom_indicator", "disaggregations", "'colour'"),
    ("custom_chart", "kind", "'pie3d'"),
    ("custom_chart", "indicators", "'no_such_indicator'"),
    ("custom_chart", "section_key", "'Z.9'"),
    ("snapshot", "payload", "'[1, 2]'"),
    ("import_log", "importer", "'no_such_importer'"),
]


# Unknown keys in the tailoring are refused by the catalogue with a sentence; the others all open.
REFUSED_SEMANTIC = [("custom_section", "parent_key", "'Z'"), ("custom_indicator", "section_key", "'Z.9'")]


def _round_robin(cases: list[tuple[str, str, str]]) -> list[list[tuple[str, str, str]]]:
    """Files of several unknown values, never two in one table (one could hide another: a figure of an
    unknown indicator is never formatted, whatever its value)."""
    groups: list[list[tuple[str, str, str]]] = []
    for case in cases:
        free = next((g for g in groups if all(other[0] != case[0] for other in g)), None)
        if free is None:
            groups.append(free := [])
        free.append(case)
    return groups


OPENING_GROUPS = _round_robin([case for case in SEMANTIC_CASES if case not in REFUSED_SEMANTIC])
SEMANTIC_GROUPS = OPENING_GROUPS + [[case] for case in REFUSED_SEMANTIC]


def tamper(path: Path, table: str, column: str, literal: str) -> None:
    """Set ``column`` of the last row of ``table`` to ``literal``, with plain sqlite3 as another tool would."""
    tamper_all(path, [(table, column, literal)])


def tamper_all(path: Path, cases: list[tuple[str, str, str]]) -> None:
    conn = sqlite3.connect(path)
    try:
        for table, column, literal in cases:
            changed = conn.execute(f'UPDATE "{table}" SET "{column}" = {literal} '
                                   f'WHERE rowid = (SELECT max(rowid) FROM "{table}")').rowcount
            assert changed == 1, f"{table} has no row to tamper"
        conn.commit()
    finally:
        conn.close()
