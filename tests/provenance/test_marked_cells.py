"""Figures a reader must not take for the rest of their row: an estimate or projection is marked on
its cell with its own note (capitalised, one note per marker), and a total whose breakdown by sex
comes from another source is said to need not add up. The files' cells are read independently
(csv module on the World Bank's files); the PDF text with pypdf."""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from mpdesk.export.options import ExportOptions
from mpdesk.export.pdf import export_pdf
from mpdesk.imports.preview import apply_preview, preview_import, read_for
from mpdesk.services.profile import NewProfile, create_profile

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "imports"))
from realdata import REAL, real_file  # noqa: E402

NET_MIGRATION = "API_SM.POP.NETM_DS2_en_csv_v2_3401672.csv"
POPULATION = "API_SP.POP.TOTL_DS2_en_csv_v2_900.csv"
UNDESA_2020 = "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx"


def _wdi(name: str, iso3: str = "KEN") -> dict[int, float]:
    with open(real_file(REAL, name), newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    header = next(r for r in rows if r and r[0] == "Country Name")
    row = next(r for r in rows if len(r) > 1 and r[1] == iso3)
    return {int(y): float(v) for y, v in zip(header, row) if y.isdigit() and v.strip()}


def _profile(tmp_path, language: str, start: int, end: int, *files: str):
    if not REAL.is_dir():
        pytest.skip(f"the real public data folder {REAL} is absent")
    ws = create_profile(tmp_path / "ken.mpdesk", NewProfile(country_iso3="KEN", edition_year=end, language=language,
                                                            period_start=start, period_end=end))
    for name in files:
        apply_preview(ws, preview_import(ws, read_for(ws, real_file(REAL, name))))
    return ws


def _text(ws, tmp_path) -> str:
    path = export_pdf(ws, ExportOptions(), tmp_path / "r.pdf")
    return " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


def test_projected_figures_are_marked_on_their_cells_with_a_capitalised_note(tmp_path):
    net = _wdi(NET_MIGRATION)
    assert net[2022] == net[2023] == -10_000 and net[2021] == -52_549   # the file's WPP-based latest years
    ws = _profile(tmp_path, "fr", 2014, 2023, NET_MIGRATION)
    try:
        text = _text(ws, tmp_path)
    finally:
        ws.close()
    number = r"-\s?10\s?000"
    assert re.search(rf"-\s?52\s?549 {number}¹ {number}¹ Source", text)   # 2021 unmarked, 2022 and 2023 marked
    assert "¹ Projection des WPP 2022 des Nations Unies." in text   # its note, capitalised, under its marker
    assert "projection des WPP" not in text and "Notes : projection" not in text


def test_a_total_and_its_split_from_different_sources_are_said_not_to_add_up(tmp_path):
    from mpdesk.services.series import choose_series

    population = _wdi(POPULATION)
    ws = _profile(tmp_path, "en", 2010, 2020, UNDESA_2020, POPULATION)
    try:
        # The team takes the total from the World Bank (by default UN DESA's, which gives the split too).
        choose_series(ws, "population_total", "World Bank WDI SP.POP.TOTL")
        text = _text(ws, tmp_path)
    finally:
        ws.close()
    assert f"Total population (a) {population[2010]:,.0f}" in text   # the World Bank's total, its own marker
    assert "Total population — female (b)" in text   # UN DESA's split, the other marker
    assert ("Total population: the total (a) and its breakdown by sex (b) come from different sources, so they "
            "need not add up.") in text
