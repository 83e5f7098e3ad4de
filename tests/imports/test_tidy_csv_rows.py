"""Property: a row of a tidy CSV reads the same whatever the rows around it.

The reader checks each distinct cell text once and remembers the outcome (speed: files of 100,000
rows). Whatever it remembers, every row must get every check: the whole file must give exactly what
each of its rows gives when read alone, in a file of its own, plus the duplicate check across rows.
"""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mpdesk.imports.records import ImportFormatError
from mpdesk.imports.tidy_csv import COLUMNS, MAX_REPORTED_ERRORS, read_tidy_csv

# Cell texts a team's file may hold: good ones (drawn most often) and each kind of mistake the reader
# refuses or lists (an unknown indicator, a computed one), so that most files are read through.
GOOD = {
    "indicator": ["immigrant_stock", " immigrant_stock", "unemployment_rate", "remittance_inflows", "net_migration"],
    "year": ["2019", "2020", " 2021"],
    "sex": ["", "female", "M", "both"],
    "age_group": ["", "0-4", "'-5"],
    "partner": ["", "uga", "USA"],
    "category": ["", "Somali"],
    "value": ["12", "1.5e3", " 7 ", "0"],
    "unit": ["", "persons", "thousands", "usd", "us$ million"],
    "source": ["UN DESA", "'=HYPERLINK(1)", "Census {2019}"],
    "note": ["", "estimate"],
}
BAD = {
    "indicator": ["migrant_wellbeing", "immigrant_share_population", ""], "year": ["1750", "20x0"],
    "sex": ["other"], "partner": ["ZZZ"], "value": ["-5", "140", "n/a", "nan", "280 000"],
    "unit": ["percent", "furlongs"],
}
CELL = {c: st.sampled_from(good * 8 + BAD.get(c, [])) for c, good in GOOD.items()}
ROW = st.fixed_dictionaries(CELL).map(lambda d: [d[c] for c in COLUMNS])


@st.composite
def near_rows(draw) -> list[list[str]]:
    """Rows that differ from a first one in a cell or two: where a remembered outcome could wrongly carry
    over from one row to the next."""
    first = draw(ROW)
    rows = [first]
    for _ in range(draw(st.integers(0, 7))):
        row = list(rows[draw(st.integers(0, len(rows) - 1))])
        for column in draw(st.lists(st.sampled_from(COLUMNS), min_size=1, max_size=2)):
            row[COLUMNS.index(column)] = draw(CELL[column])
        rows.append(row)
    return rows


def write(folder: Path, name: str, rows: list[list[str]]) -> Path:
    text = io.StringIO()
    csv.writer(text, lineterminator="\n").writerows([COLUMNS, *rows])
    path = folder / name
    path.write_text(text.getvalue(), encoding="utf-8")
    return path


def alone(folder: Path, row: list[str], line: int) -> tuple[str, object]:
    """What the row gives in a file of its own, told as it would read at ``line`` of a longer file."""
    try:
        result = read_tidy_csv(write(folder, "alone.csv", [row]))
    except ImportFormatError as refused:
        sentence = str(refused).split(" again. ", 1)[1]            # after "Fix them and import the file again."
        assert sentence.startswith("Row 2: ")
        return "refused", f"Row {line}: " + sentence[len("Row 2: "):]
    if result.issues:
        [issue] = result.issues
        return issue.kind, issue.indicator
    [record] = result.records
    return "record", record


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(rows=st.one_of(st.lists(ROW, min_size=1, max_size=8), near_rows()))
def test_each_row_reads_as_it_does_alone(rows: list[list[str]]) -> None:
    folder = Path(tempfile.mkdtemp())
    singles = [alone(folder, row, line) for line, row in enumerate(rows, start=2)]
    problems, records, listed, seen = [], [], {}, {}
    for line, (kind, what) in enumerate(singles, start=2):
        if kind == "refused":
            problems.append(what)
        elif kind == "record":
            identity = (what.indicator, what.year, what.sex, what.age_group, what.partner, what.category, what.source)
            if identity in seen:
                problems.append(f"Rows {seen[identity]} and {line} give the same figure twice "
                                f"({what.indicator} {what.year}); keep one of them.")
                continue
            seen[identity] = line
            records.append((line, what))
        else:
            listed.setdefault((kind, what), []).append(line)
    try:
        whole = read_tidy_csv(write(folder, "whole.csv", rows))
    except ImportFormatError as refused:
        message = str(refused)
        assert problems, message
        assert f"has {len(problems)} row(s)" in message
        assert " ".join(problems[:MAX_REPORTED_ERRORS]) in message
        return
    assert not problems
    assert [(r, r.where) for r in whole.records] == [(r, f"csv:{line}|value") for line, r in records]  # every field
    assert {(i.kind, i.indicator): i.line for i in whole.issues} == {key: lines[0] for key, lines in listed.items()}
