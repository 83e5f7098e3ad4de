"""The Data sheet: one row per series, years as columns, read back with openpyxl and compared
with the profile file read independently with sqlite3."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

import pytest

openpyxl = pytest.importorskip("openpyxl")

from hypothesis import given, strategies as st  # noqa: E402

from mpdesk.export.excel import export_xlsx  # noqa: E402
from mpdesk.export.excel.figures import widen  # noqa: E402
from mpdesk.export.options import ExportOptions  # noqa: E402

WORDS = 12   # key, name, sex, age group, partner, category, unit, source, note, status, provenance, preferred
# What the English sheet says for the stored codes (an imported figure with no status of its own is
# as its publisher published it)
STATUS = {"draft": "As published", "estimate": "Estimate", "projection": "Projection"}
SEX = {"": None, "female": "Female", "male": "Male"}


def _sheet_figures(path: Path) -> tuple[list[int], list[tuple[tuple, int, float]]]:
    """The Data sheet's year headers, and each value cell as (its row's words, year, value)."""
    book = openpyxl.load_workbook(path, read_only=True)
    rows = list(book["Data"].iter_rows(values_only=True))
    book.close()
    top = next(i for i, r in enumerate(rows) if r[0] == "Indicator key")
    years = list(rows[top][WORDS:])
    found = [(row[:WORDS], year, value) for row in rows[top + 1:]
             for year, value in zip(years, row[WORDS:]) if value is not None]
    return years, found


def _stored(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT indicator_key, year, ifnull(sex, ''), ifnull(age_group, ''), ifnull(partner, ''), "
                          "ifnull(category, ''), value, source, ifnull(status, 'draft'), preferred "
                          "FROM indicator_value").fetchall()


@pytest.fixture
def exported(sample_ws, tmp_path):
    path = tmp_path / "profile.xlsx"
    export_xlsx(sample_ws, ExportOptions(), path)
    return sample_ws.path, path


def test_every_stored_figure_is_once_at_its_series_row_and_year_column(exported):
    """Round trip: each stored figure of the sample is exactly one cell, in the row whose words are
    its own (source, status, preferred) and the column of its year; no other cell holds a figure
    but the derived ones (their own rows, provenance 'Derived')."""
    profile, workbook = exported
    years, cells = _sheet_figures(workbook)
    assert years == sorted(years) and all(isinstance(y, int) for y in years)   # year headers are numbers
    stored = {}
    for key, year, sex, age, partner, category, value, source, status, preferred in _stored(profile):
        stored[(key, SEX[sex], age or None, partner or None, category or None, source, STATUS[status],
                "Yes" if preferred else "No", int(year))] = float(value)
    shown = Counter((w[0], w[2], w[3], w[4], w[5], w[7], w[9], w[11], year)
                    for w, year, _ in cells if w[10] != "Derived")
    assert len(stored) > 300
    assert shown == Counter(stored.keys())   # each stored figure once, nothing else
    for w, year, value in cells:
        if w[10] != "Derived":   # the file format keeps 15 significant digits (GDP in US$)
            assert value == pytest.approx(stored[(w[0], w[2], w[3], w[4], w[5], w[7], w[9], w[11], year)], rel=1e-14)
    assert any(w[10] == "Derived" for w, _, _ in cells)


def test_a_series_whose_last_years_are_projections_is_two_rows_with_the_right_status(exported):
    """World Bank net migration: published years, then WPP projections: two rows of the same
    series, 'As published' and 'Projection', each holding only its own years."""
    profile, workbook = exported
    with sqlite3.connect(profile) as db:
        projected = {int(y) for (y,) in db.execute(
            "SELECT year FROM indicator_value WHERE indicator_key = 'net_migration' AND status = 'projection'")}
        source = db.execute("SELECT DISTINCT source FROM indicator_value WHERE indicator_key = 'net_migration' "
                            "AND status = 'projection'").fetchone()[0]
    assert projected
    _, cells = _sheet_figures(workbook)
    rows: dict[tuple, set[int]] = {}
    for words, year, _ in cells:
        if words[0] == "net_migration" and words[7] == source and words[2] is None:
            rows.setdefault(words, set()).add(year)
    assert [w[9] for w in rows] == ["As published", "Projection"]   # in the sheet's order: by status code
    for words, years in rows.items():
        assert (years == projected) == (words[9] == "Projection"), (words[9], sorted(years))
    assert max(y for w, ys in rows.items() if w[9] == "As published" for y in ys) < min(projected)


long_rows = st.lists(st.tuples(st.integers(0, 3), st.sampled_from(["a", "b", "c"]),
                               st.sampled_from([2000, 2001, 2005]), st.floats(allow_nan=False)), max_size=40)


@given(long_rows)
def test_widening_then_narrowing_gives_back_every_figure(figures):
    """Any figures -> one row per series (words), a value or None per year -> back: the same multiset,
    even with two figures of one series and year (they take two rows), and rows in ``order``."""
    years = [2000, 2001, 2005]
    long = [((order,), (order, words), year, value) for order, words, year, value in figures]
    wide = widen(long, years)
    back = [(words, year, value) for words, values in wide for year, value in zip(years, values) if value is not None]
    assert Counter(back) == Counter((w, y, v) for _, w, y, v in long)
    assert [w[0] for w, _ in wide] == sorted(w[0] for w, _ in wide)
    assert all(any(v is not None for v in values) for _, values in wide)
