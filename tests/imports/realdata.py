"""Helpers for the importer tests (a uniquely named module, so no clash with other conftest.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
# MPDESK_REAL_DATA points elsewhere (a worktree beside the main checkout)
REAL = Path(os.environ.get("MPDESK_REAL_DATA") or REPO_ROOT / ".." / "shared" / "data" / "real")


def real_file(real_dir: Path, name: str) -> Path:
    path = real_dir / name
    if not path.is_file():
        pytest.skip(f"{name} is not in {real_dir}")
    return path


def figure(records, indicator: str, year: int, sex: str = "", partner: str = "") -> float:
    """The one value for this cell of the table; fails if absent or duplicated."""
    found = [r.value for r in records if (r.indicator, r.year, r.sex, r.partner)
             == (indicator, year, sex, partner)]
    assert len(found) == 1, f"{indicator} {year} {sex!r} {partner!r}: {found}"
    return found[0]


def desa_table3_kenya(year: int) -> float:
    """Kenya's immigrant share as UN DESA publishes it (Table 3 of the 2020 stock file, both sexes),
    read with openpyxl, independently of mpdesk's importer."""
    import openpyxl

    path = real_file(REAL, "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx")
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        rows = book["Table 3"].iter_rows(min_row=11, values_only=True)
        header = next(rows)
        kenya = next(r for r in rows if r[3] == 404)
        return float(kenya[header.index(year)])   # the first block: both sexes
    finally:
        book.close()
