"""The tidy CSV read column by column: the quick way to what ``tidy_csv`` finds row by row.

A tidy CSV repeats a few texts on thousands of rows. pandas parses the file (its C parser keeps one
string per distinct text of a column), each column's distinct texts are read once, by the functions
the row-by-row reader uses, each indicator's values are checked once as a column
(``validation.values_pass``), duplicates are found by pandas, and the records are made in C.

Only a file without quotes is read so: pandas pads a short row where the csv module does not, and
without quotes, counting the commas proves every row whole. At the first doubt of any kind (a
problem the row-by-row reader would report, a blank line, a quote) ``read_columns`` returns False,
having kept nothing, and ``tidy_csv`` reads the file row by row, which words each problem with its line.
"""

from __future__ import annotations

import io
import math
from itertools import repeat
from typing import TYPE_CHECKING, Any, Callable, Iterable, Sequence

import numpy as np
import pandas as pd  # type: ignore[import-untyped]

from mpdesk.imports.records import csv_places, records_of
from mpdesk.services.validation import extremes_decide, values_pass
from mpdesk.imports.tidy_csv import (
    COLUMNS, _read_indicator, _read_partner, _read_sex, _read_year, _Refused, unguard_text,
)

if TYPE_CHECKING:
    from mpdesk.imports.tidy_csv import _TidyRows

COLUMN = {name: i for i, name in enumerate(COLUMNS)}


class _Doubt(Exception):
    """Something ``read_columns`` leaves to the row-by-row reader."""


def read_columns(text: str, rows: "_TidyRows") -> bool:
    """Fill ``rows`` (records, unknown and derived lines) as ``rows.read`` would; False when it cannot vouch.

    It knows the ten columns and the country column: a file with any other (optional) column is left
    to the row-by-row reader, which reads it; a new optional column group is read here in ``_Columns``.
    """
    if rows.width != len(COLUMNS) + (rows.country_at is not None):
        return False
    try:
        columns = _parsed(text, rows.width, COLUMN["value"] + (rows.country_at == 0))
        if rows.country_at is not None:
            _check_countries(columns.pop(rows.country_at), rows)
        if len(columns[0]) > 1:  # the header's row and more
            _Columns(columns, rows).read()
    except _Doubt:
        rows.records.clear()
        rows.unknown.clear()
        rows.derived.clear()
        return False
    return True


def _parsed(text: str, width: int, value_at: int) -> list[Any]:
    """The columns, as pandas categoricals (each distinct text kept once, and a code a row) but for the
    value's, whose texts mostly differ. The header's row is kept: its names keep pandas from taking a
    column of numbers for numbers ('1.0' and '1' stay two texts). _Doubt unless every row has ``width``
    cells."""
    if '"' in text or "\0" in text:
        raise _Doubt
    try:
        # low_memory=False: one pass, not chunks whose categories pandas then unites (a fifth of the parse's
        # time) for about the file's size more memory while it parses
        frame = pd.read_csv(io.BytesIO(text.encode("utf-8")), header=None, keep_default_na=False, na_filter=False,
                            skip_blank_lines=False, engine="c", low_memory=False,
                            dtype={i: "category" for i in range(width)} | {value_at: object})
    except ValueError as exc:  # pandas' ParserError (a row longer than the header) and EmptyDataError
        raise _Doubt from exc
    if frame.shape[1] != width or text.count(",") != len(frame) * (width - 1):
        raise _Doubt  # a short or blank row (pandas pads it)
    return [frame[i] for i in frame.columns]


def _distinct(cells: Any, read: Callable[[str], Any]) -> tuple[np.ndarray, list[Any]]:
    """(each body row's index among the distinct texts, what each text of the body reads as, the header's
    None); _Doubt if one is refused."""
    codes = cells.cat.codes.to_numpy()[1:]
    used = np.zeros(len(cells.cat.categories), dtype=bool)
    used[codes] = True
    try:
        return codes, [read(text) if use else None for text, use in zip(cells.cat.categories, used.tolist())]
    except _Refused as exc:
        raise _Doubt from exc


def _check_countries(cells: Any, rows: "_TidyRows") -> None:
    _distinct(cells, rows._check_country)


def _ids(codes: np.ndarray, values: list[Any]) -> np.ndarray:
    """Each row's id of the value it reads as (two texts reading alike, ' f' and 'female', share one)."""
    ids: dict[Any, int] = {}
    return np.array([ids.setdefault(v, len(ids)) for v in values], dtype=np.int64)[codes]


def _of(codes: np.ndarray, values: Sequence[Any]) -> np.ndarray:
    """Each row's value, from its code."""
    table = np.empty(len(values), dtype=object)
    table[:] = values
    return table[codes]


def _listed(codes: np.ndarray, values: Sequence[Any]) -> Iterable[Any]:
    """Each row's value, from its code: a list, or a repeat when every row has the same (an empty
    column of a file, a single source), which the records take without a list of 100,000 to make."""
    if len(codes) and not (codes != codes[0]).any():
        return repeat(values[int(codes[0])], len(codes))
    return _of(codes, values).tolist()


def _groups(codes: np.ndarray) -> list[tuple[int, np.ndarray]]:
    """(code, its positions in ascending order) for each code, in the order codes first appear."""
    order = np.argsort(codes, kind="stable")
    ranked = codes[order]
    starts = np.flatnonzero(np.r_[True, ranked[1:] != ranked[:-1]])
    groups = zip(ranked[starts].tolist(), np.split(order, starts[1:]))
    return sorted(groups, key=lambda group: group[1][0])


class _Columns:
    """The body's ten columns and what their distinct texts read as."""
    def __init__(self, columns: list[Any], rows: "_TidyRows") -> None:
        self.columns, self.rows = columns, rows
        indicators, keys = _distinct(columns[COLUMN["indicator"]], _read_indicator)
        self.key_ids = _ids(indicators, keys)
        self.keys = list(dict.fromkeys(keys))                   # by key id
        self.kinds = [rows._kind(key) for key in self.keys]
        year_codes, years = _distinct(columns[COLUMN["year"]], _read_year)
        self.years, self.year_ids = _of(year_codes, years), _ids(year_codes, years)
        try:  # read by Python's float, as the row-by-row reader does (numpy's cast of str objects calls it)
            self.values = columns[COLUMN["value"]].to_numpy()[1:].astype(float)
        except ValueError as exc:
            raise _Doubt from exc
        if not np.isfinite(self.values).all():
            raise _Doubt
        self.labels = [_distinct(columns[COLUMN[name]], read) for name, read in (
            ("sex", _read_sex), ("age_group", _stripped), ("partner", _read_partner), ("category", _stripped))]

    def read(self) -> None:
        listed = np.array([kind.__class__ is str for kind in self.kinds])[self.key_ids]
        if listed.any():
            self._list(np.flatnonzero(listed))
        if not listed.any():
            self._store(np.arange(len(listed)), slice(None))  # every row (a slice: views, no copies)
        elif not listed.all():
            stored = np.flatnonzero(~listed)
            self._store(stored, stored)

    def _list(self, at: np.ndarray) -> None:
        """Rows of indicators the catalogue does not know, or computes: their lines listed."""
        for key_id, positions in _groups(self.key_ids[at]):
            found = self.rows.unknown if self.kinds[key_id] == "unknown" else self.rows.derived
            found[self.keys[key_id]] = (at[positions] + 2).tolist()

    def _store(self, at: np.ndarray, pick: Any) -> None:
        """The catalogue's figures, the rows ``at`` (``pick`` selects them: ``at`` or a slice of all):
        converted to the catalogue's unit, checked, made records."""
        key_ids = self.key_ids[pick]
        values = self._converted(pick, key_ids)
        self._check_ranges(key_ids, values)
        (source_codes, sources), (note_codes, notes) = (_distinct(self.columns[COLUMN[name]], unguard_text)
                                                        for name in ("source", "note"))
        source_codes, note_codes = source_codes[pick], note_codes[pick]
        if _repeats([key_ids, self.year_ids[pick], _ids(source_codes, sources),
                     *(_ids(codes[pick], read_as) for codes, read_as in self.labels)]):
            raise _Doubt
        labels = [_listed(codes[pick], read_as) for codes, read_as in self.labels]
        units = _listed(key_ids, [getattr(kind, "unit", "") for kind in self.kinds])
        self.rows.records.extend(records_of([
            _listed(key_ids, self.keys), self.years[pick].tolist(), values.tolist(), *labels, units,
            _listed(source_codes, sources), _listed(note_codes, notes),
            repeat("", len(at)), csv_places((at + 2).tolist(), "value"), repeat(None, len(at))]))   # no origin columns

    def _check_ranges(self, key_ids: np.ndarray, values: np.ndarray) -> None:
        """Each indicator's values checked as a column: its least and greatest, or each value where
        those do not decide (``validation.extremes_decide``)."""
        order = np.argsort(key_ids, kind="stable")
        ranked, ordered = key_ids[order], values[order]
        starts = np.flatnonzero(np.r_[True, ranked[1:] != ranked[:-1]])
        ends = [*starts[1:].tolist(), len(ranked)]
        least, greatest = np.minimum.reduceat(ordered, starts).tolist(), np.maximum.reduceat(ordered, starts).tolist()
        for key_id, start, end, lo, hi in zip(ranked[starts].tolist(), starts.tolist(), ends, least, greatest):
            kind = self.kinds[key_id]
            if not values_pass(kind, (lo, hi) if extremes_decide(kind) else ordered[start:end].tolist()):
                raise _Doubt

    def _converted(self, pick: Any, key_ids: np.ndarray) -> np.ndarray:
        """The values in the catalogue's unit: each distinct (indicator, unit) pair's factor found once."""
        codes, units = _distinct(self.columns[COLUMN["unit"]], str)
        pairs, inverse = np.unique(key_ids * len(units) + codes[pick], return_inverse=True)
        try:
            factors = [self.rows._unit((self.keys[pair // len(units)], units[pair % len(units)]))
                       for pair in pairs.tolist()]
        except _Refused as exc:
            raise _Doubt from exc
        values = self.values[pick]
        factor = np.array(factors)[inverse.reshape(-1)]
        changed = np.flatnonzero(factor != 1.0)
        if len(changed):  # as the row-by-row reader converts: persons rounded to whole people
            converted = values.tolist()
            for i in changed.tolist():
                kind = self.kinds[key_ids[i]]
                number = converted[i] * float(factor[i])
                converted[i] = float(round(number)) if kind.unit == "persons" else number
            values = np.array(converted)
        return values


def _repeats(ids: list[np.ndarray]) -> bool:
    """Whether two rows have the same ids in every column: each row's ids made one number (in mixed
    radix, when it fits in 63 bits, else pandas compares the columns), and any number found twice."""
    sizes = [int(column.max()) + 1 for column in ids]
    if math.prod(sizes) >= 2 ** 63:
        return bool(pd.DataFrame(dict(enumerate(ids))).duplicated().any())
    number = np.zeros(len(ids[0]), dtype=np.int64)
    for column, size in zip(ids, sizes):
        number = number * size + column
    return len(pd.unique(number)) != len(number)


def _stripped(text: str) -> str:
    return unguard_text(text).strip()

