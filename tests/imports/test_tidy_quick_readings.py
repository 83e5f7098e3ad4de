"""Property: the tidy CSV's two quick readings find exactly what the row-by-row reading finds.

``read_tidy_csv`` reads a large file column by column (``tidy_columns.read_columns``), a smaller one,
or one the columns cannot vouch for, with ``_TidyRows.read_fast``; either gives up on any row the
row-by-row ``_TidyRows.read`` would refuse, which then reads the file and words the problems. So on
any file: a quick reading that vouches finds the same records (every field, where each was read, as
Python ints and floats), the same unknown and computed indicators with the same lines, and the
row-by-row reading found no problem; and a quick reading gives up on no file that has none (the
column reading only on files without quotes, blank or short rows).
"""

from __future__ import annotations

import math
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mpdesk.guide import default_catalogue
from mpdesk.imports.records import ImportFormatError
from mpdesk.imports.tidy_columns import read_columns
from mpdesk.imports.tidy_csv import COLUMNS, COLUMNS_FROM, _body, _TidyRows, read_tidy_csv, write_tidy_csv
from mpdesk.services.validation import ValueRejected, check_value, values_pass

CATALOGUE = default_catalogue()
GOOD = {
    "indicator": ["immigrant_stock", " immigrant_stock", "unemployment_rate", "remittance_inflows", "net_migration",
                  "migrant_wellbeing", "immigrant_share_population"],   # unknown and computed ones listed
    "year": ["2019", "2020", " 2021"],
    "sex": ["", "female", "M", "both", "f"],
    "age_group": ["", "0-4", "'-5", " 0-4"],
    "partner": ["", "uga", "UGA", "USA"],
    "category": ["", "Somali"],
    "value": ["12", "1.5e3", " 7 ", "0", "1_000", "2.5", "1", "1.0"],
    "unit": [""] * 12 + ["persons", "thousands", "usd", "us$ million", "Persons", "percent"],
    "source": ["UN DESA", "'=HYPERLINK(1)", "Census {2019}"],
    "note": ["", "estimate", "'+1"],
}
BAD = {
    "indicator": [""], "year": ["1750", "20x0", ""], "sex": ["other"], "partner": ["ZZZ"],
    "value": ["-5", "140", "n/a", "nan", "inf", "280 000", "51.202.827", ""], "unit": ["furlongs"],
}
CELL = {c: st.sampled_from(good * 12 + BAD.get(c, [])) for c, good in GOOD.items()}
ROW = st.fixed_dictionaries(CELL).map(lambda d: [d[c] for c in COLUMNS])


@st.composite
def tidy_files(draw) -> tuple[str, list[str], str]:
    """(text, header columns, the profile's country): rows, some repeated with a cell or two changed (or
    none: a duplicate), perhaps blank or short rows, a country column, a quoted cell, CR or CRLF lines."""
    rows = [draw(ROW)]
    for _ in range(draw(st.integers(0, 12))):
        row = list(rows[draw(st.integers(0, len(rows) - 1))])
        for column in draw(st.lists(st.sampled_from(COLUMNS), max_size=3)):
            row[COLUMNS.index(column)] = draw(CELL[column])
        rows.append(row)
    columns = list(COLUMNS)
    country = draw(st.sampled_from([None, 0, len(COLUMNS)]))
    if country is not None:
        columns.insert(country, "country")
        for row in rows:
            row.insert(country, draw(st.sampled_from(["KEN"] * 30 + ["", "ken", "UGA"])))
    if draw(st.integers(0, 3)) == 0:
        for _ in range(draw(st.integers(1, 2))):
            rows.insert(draw(st.integers(0, len(rows))), draw(st.sampled_from([[], [""], [""] * len(columns),
                                                                               ["immigrant_stock", "2020"]])))
    lines = [",".join(columns)] + [",".join(row) for row in rows]
    if draw(st.integers(0, 3)) == 0:  # a quoted cell somewhere (a source naming its place, "Nairobi, Kenya")
        at = draw(st.integers(1, len(lines) - 1))
        lines[at] = lines[at].replace("UN DESA", '"UN DESA, Nairobi"')
    end = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    return end.join(lines) + draw(st.sampled_from(["", end])), columns, "KEN"


def found(rows: _TidyRows) -> tuple:
    assert all(type(r.year) is int and type(r.value) is float for r in rows.records)
    return ([(tuple(r), r.where) for r in rows.records], list(rows.unknown.items()), list(rows.derived.items()))


@settings(max_examples=300, deadline=None)
@given(tidy_files())
def test_quick_readings_find_what_the_row_by_row_reading_finds(file: tuple[str, list[str], str]) -> None:
    text, columns, country = file
    reference = _TidyRows(columns, country, CATALOGUE)
    reference.read(_body(text))
    quoted_or_ragged = '"' in text or any(len(row) != len(columns) or not "".join(row).strip()
                                          for row in _body(text))
    for name, quick in (("columns", lambda rows: read_columns(text, rows)),
                        ("rows", lambda rows: rows.read_fast(_body(text)))):
        rows = _TidyRows(columns, country, CATALOGUE)
        vouched = quick(rows)
        if vouched:
            assert not reference.errors, (name, reference.errors)
            assert found(rows) == found(reference), name
        elif not reference.errors:
            assert name == "columns" and quoted_or_ragged, f"{name} gave up on a file without problems"


def test_a_large_file_is_read_by_columns_with_every_row_checked(tmp_path: Path) -> None:
    """Through read_tidy_csv: the same records as written, and a damaged cell refused with its line."""
    from benchmarks.run import catalogue_records

    records = catalogue_records(30_000)
    path = tmp_path / "large.csv"
    write_tidy_csv(path, records)
    assert path.stat().st_size >= COLUMNS_FROM
    assert read_tidy_csv(path).records == records
    lines = path.read_text(encoding="utf-8").splitlines()
    cells = lines[20_000].split(",")
    cells[6] = "280 000"
    lines[20_000] = ",".join(cells)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ImportFormatError, match=r"has 1 row\(s\) .* Row 20001: '280 000' is not a number in "
                                                 r"column value\.$"):
        read_tidy_csv(path)


INDICATORS = [i for i in CATALOGUE.indicators if not i.derived]
NUMBERS = st.one_of(st.floats(allow_nan=False, allow_infinity=False),
                    st.sampled_from([0.0, -0.0, 1.0, 0.5, 100.0, 100.5, -1.0, -1000.0, 1000.0, 1800.0, 2100.0, 2015.5]))


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(INDICATORS), st.lists(NUMBERS, max_size=6))
def test_a_column_passes_when_each_of_its_values_does(indicator, values: list[float]) -> None:
    def passes(value: float) -> bool:
        try:
            check_value(indicator, value)
        except ValueRejected:
            return False
        return True

    assert all(math.isfinite(v) for v in values)
    assert values_pass(indicator, values) == all(passes(v) for v in values)


def test_a_file_with_no_rows() -> None:
    folder = Path(tempfile.mkdtemp())
    (folder / "empty.csv").write_text(",".join(COLUMNS) + "\n", encoding="utf-8")
    assert read_tidy_csv(folder / "empty.csv").records == []
