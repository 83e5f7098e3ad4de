"""The sample's figures trace to the public files they were read from, not to the sample's own CSV.

The sample is written as the app writes it (``ensure_sample``) and opened in the real window. A
cell is selected with a mouse click in the grid and the cell panel's text is read; the same origin
is read through the service (``import_log.origin_of``). Then the file, sheet and cell (or line and
column) the panel names are opened in ../shared/data/real with openpyxl or the csv module, not
mpdesk's readers: the value there is the figure, and hashlib's sha256 of the file is the one shown.
"""

from __future__ import annotations

import csv
import hashlib
import html
import os
import re
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from mpdesk.services.figures import cell_figures
from mpdesk.services.import_log import list_imports, origin_of
from mpdesk.services.keys import CellKey

REPO = Path(__file__).resolve().parents[2]
REAL = Path(os.environ.get("MPDESK_REAL_DATA") or REPO.parent / "shared" / "data" / "real")
SAMPLE_SOURCES = REPO / "tools" / "sample_sources"
PANEL = re.compile(r"Imported from (?P<file>[^,]+?)(?:, sheet (?P<sheet>.+?), cell (?P<cell>[A-Z]+\d+)"
                   r"|, line (?P<line>\d+), column '(?P<column>.+?)'| on [^:]+: the sum of column '(?P<sum_column>.+?)' "
                   r"on lines (?P<lines>[\d, -]+))[,.]")


@pytest.fixture(scope="module")
def sample_path(tmp_path_factory) -> Path:
    """Written once for the module, as ``mpdesk --sample`` writes it; the tests only read it."""
    from mpdesk.services.sample import ensure_sample

    if not REAL.is_dir():
        pytest.skip(f"{REAL} is absent")
    return ensure_sample(tmp_path_factory.mktemp("sample") / "Kenya 2020 (sample).mpdesk")


@pytest.fixture
def sample_window(app, qtbot, sample_path):
    from mpdesk.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.open_path(sample_path)
    yield window
    window.close_profile()


def _click_cell(window, qtbot, section: str, key: CellKey) -> str:
    """Open the section's grid, click the cell, and return the cell panel's origin text (plain)."""
    return html.unescape(re.sub(r"<[^>]+>", " ", panel_html(window, qtbot, section, key)))


def panel_html(window, qtbot, section: str, key: CellKey) -> str:
    """Open the section's grid, click the cell with the mouse, and return the cell panel's origin
    text as shown (rich text, without the break points long names may wrap at)."""
    window.ctx.navigate(f"section:{section}")
    page = window.view.current_page()
    view = page.grid.view
    index = page.grid.proxy.mapFromSource(page.grid.model.index_of(key))
    assert index.isValid(), key
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert page.grid.current_key() == key
    return page.details.provenance.text().replace("\u200b", "")


def _sha(text: str) -> str:
    return re.search(r"sha256 of the file: ([0-9a-f]{64})", text).group(1)


def _lines(text: str) -> list[int]:
    return [n for part in text.split(", ") for n in range(int(part.split("-")[0]), int(part.split("-")[-1]) + 1)]


def _rows(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def _check_service(window, key: CellKey, file_name: str, place: str) -> None:
    """The service gives the same origin the panel shows."""
    ws = window.ctx.ws
    [figure] = [f for f in cell_figures(ws, key) if f.preferred]
    origin = origin_of(ws, figure.id, figure.import_id)
    assert origin is not None and origin.file_name == file_name
    assert place in (f"{origin.sheet}!{origin.cell}", origin.lines)
    assert origin.sha256 == hashlib.sha256((REAL / file_name).read_bytes()).hexdigest()


def test_a_unhcr_figure_names_its_line_of_population_csv(sample_window, qtbot):
    key = CellKey("refugees_hosted", 2018, partner="SOM")   # 2018: only the 2017-2022 export has it
    text = _click_cell(sample_window, qtbot, "A.2", key)
    found = PANEL.search(text)
    assert found and found["file"] == "population.csv" and found["line"], text
    path = REAL / "population.csv"
    assert _sha(text) == hashlib.sha256(path.read_bytes()).hexdigest()
    assert "Publisher: UNHCR." in text
    rows = _rows(path)
    header, row = rows[0], rows[int(found["line"]) - 1]
    assert row[header.index("Year")] == "2018"
    assert (row[header.index("Country of asylum (ISO)")], row[header.index("Country of origin (ISO)")]) == ("KEN", "SOM")
    shown = sample_window.view.current_page().details.value_label.text()
    assert int(row[header.index(found["column"])]) == int(re.sub(r"\D", "", shown.split()[0]))
    _check_service(sample_window, key, "population.csv", found["line"])


def test_a_unhcr_total_names_the_lines_of_population_csv_it_adds_up(sample_window, qtbot):
    key = CellKey("refugees_hosted", 2018)
    text = _click_cell(sample_window, qtbot, "A.2", key)
    found = PANEL.search(text)
    assert found and found["file"] == "population.csv" and found["lines"], text
    rows = _rows(REAL / "population.csv")
    header = rows[0]
    column = header.index(found["sum_column"])
    numbers = _lines(found["lines"].strip())
    assert all(rows[n - 1][0] == "2018" and rows[n - 1][header.index("Country of asylum (ISO)")] == "KEN"
               for n in numbers)
    [figure] = [f for f in cell_figures(sample_window.ctx.ws, key) if f.preferred]
    assert sum(int(rows[n - 1][column] or 0) for n in numbers) == figure.value
    _check_service(sample_window, key, "population.csv", found["lines"].strip().replace(", ", ","))


def test_a_wdi_figure_names_its_line_and_year_column(sample_window, qtbot):
    key = CellKey("population_total", 2020)
    text = _click_cell(sample_window, qtbot, "A.1", key)
    found = PANEL.search(text)
    name = "API_SP.POP.TOTL_DS2_en_csv_v2_900.csv"
    assert found and found["file"] == name and found["line"], text
    assert "Publisher: World Bank." in text and "2024-12-16" in text   # the release the file states
    rows = _rows(REAL / name)
    header = next(r for r in rows if r[:2] == ["Country Name", "Country Code"])
    row = rows[int(found["line"]) - 1]
    assert row[1] == "KEN" and found["column"] == "2020"
    [figure] = [f for f in cell_figures(sample_window.ctx.ws, key) if f.preferred]
    assert float(row[header.index("2020")]) == figure.value
    assert _sha(text) == hashlib.sha256((REAL / name).read_bytes()).hexdigest()
    _check_service(sample_window, key, name, found["line"])


def test_a_un_desa_figure_names_its_sheet_and_cell(sample_window, qtbot):
    key = CellKey("immigrant_stock", 2020)
    text = _click_cell(sample_window, qtbot, "A.2", key)
    found = PANEL.search(text)
    name = "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx"
    assert found and found["file"] == name and found["cell"], text
    sheet = openpyxl.load_workbook(REAL / name, read_only=True, data_only=True)[found["sheet"]]
    row = int(re.sub(r"\D", "", found["cell"]))
    assert sheet[found["cell"]].value == 1050147   # Kenya, mid-2020, both sexes
    assert sheet[f"D{row}"].value == 404            # the row is Kenya's (M49 404)
    assert _sha(text) == hashlib.sha256((REAL / name).read_bytes()).hexdigest()
    _check_service(sample_window, key, name, f"{found['sheet']}!{found['cell']}")


def test_a_knomad_figure_names_its_sheet_and_cell(sample_window, qtbot):
    key = CellKey("immigrant_stock", 2020, partner="UGA")
    text = _click_cell(sample_window, qtbot, "A.2", key)
    found = PANEL.search(text)
    name = "bilateral_migration_matrix_2021_latest.xlsx"
    assert found and found["file"] == name and found["cell"], text
    assert "Publisher: KNOMAD." in text
    [figure] = [f for f in cell_figures(sample_window.ctx.ws, key) if f.preferred]
    sheet = openpyxl.load_workbook(REAL / name, read_only=True, data_only=True)[found["sheet"]]
    assert sheet[found["cell"]].value == figure.value
    assert _sha(text) == hashlib.sha256((REAL / name).read_bytes()).hexdigest()
    _check_service(sample_window, key, name, f"{found['sheet']}!{found['cell']}")


def test_the_import_log_lists_each_public_file_with_its_sha256_and_figures(sample_window, qtbot):
    entries = {e.file_name: e for e in list_imports(sample_window.ctx.ws)}
    expected = ["population.csv", "persons_of_concern.csv", "API_SP.POP.TOTL_DS2_en_csv_v2_900.csv",
                "API_SM.POP.NETM_DS2_en_csv_v2_3401672.csv", "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_38454.csv",
                "API_BM.TRF.PWKR.CD.DT_DS2_en_csv_v2_3012027.csv",
                "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx",
                "bilateral_migration_matrix_2021_latest.xlsx", "bilateral_remittance_matrix_2021_0.xlsx"]
    gdp = "API_NY.GDP.MKTP.CD_DS2_en_csv_v2_6011335.KEN.csv"
    assert sorted(entries) == sorted(expected + [gdp])   # not kenya_values.csv
    for name in expected:
        assert entries[name].sha256 == hashlib.sha256((REAL / name).read_bytes()).hexdigest(), name
        assert entries[name].figures > 0
    assert sum(e.figures for e in entries.values()) == len(_rows(REPO / "resources" / "sample" / "kenya_values.csv")) - 1
    # the GDP row says what it is: the extract kept in tools/sample_sources, and where that copy came from
    assert entries[gdp].sha256 == hashlib.sha256((SAMPLE_SOURCES / gdp).read_bytes()).hexdigest()
    assert "cadasa/cadasa.github.io" in entries[gdp].dataset and "extract" in entries[gdp].dataset
    # the page shows them: select population.csv's row and read its details
    sample_window.ctx.navigate("imports")
    page = sample_window.view.current_page()
    row = next(r for r in range(page.log.rowCount()) if page.log.item(r, 1).text() == "population.csv")
    qtbot.mouseClick(page.log.viewport(), Qt.MouseButton.LeftButton, pos=page.log.visualItemRect(page.log.item(row, 1)).center())
    assert entries["population.csv"].sha256 in page.about.text()
    assert page.figures.rowCount() == entries["population.csv"].figures


def test_the_origin_is_not_cut_off_on_a_small_screen(sample_window, qtbot):
    """At 1024x700 the panel sits under the grid in a splitter, which asks for no height for the
    wrapped text: the panel makes itself tall enough, so the digest and the link are on screen."""
    sample_window.resize(1024, 700)
    text = _click_cell(sample_window, qtbot, "A.2", CellKey("refugees_hosted", 2018, partner="SOM"))
    label = sample_window.view.current_page().details.provenance
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    assert _sha(text) and "Open its import" in text
