"""A team's own tidy CSV with provenance columns: the cell panel names, for each figure, its source,
its line in the team's file with the day it was imported, and the published file, place, publisher,
dataset and release its row names, dates in the interface's language.

The CSV is imported into a copy of the sample with the console (``mpdesk import``, a real process);
the copy is opened in the real window and each cell is selected with a mouse click in the grid.
The lines the panel names are read back from the team's file with the csv module.
"""

from __future__ import annotations

import csv
import hashlib
import html
import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.dates import format_date as babel_date

from mpdesk.formats import local_moment
from mpdesk.imports.tidy_csv import COLUMNS
from mpdesk.services.import_log import list_imports
from mpdesk.services.keys import CellKey
from test_sample_origins import panel_html

HEADER = COLUMNS + ["source_file", "source_place", "publisher", "dataset", "release", "source_sha256"]
CENSUS = "2019_census_volume_iv.xlsx"
CENSUS_SHA = hashlib.sha256(b"the team's copy of the census tables").hexdigest()
KNBS = "KNBS, 2019 Kenya Population and Housing Census"
ROWS = [  # line 2: a workbook cell; line 3: a total of lines of a CSV; line 4: no provenance at all
    ["immigrant_stock", "2019", "", "", "UGA", "", "120000", "persons", KNBS, "Census night, 24/25 August 2019",
     CENSUS, "Table 2.7!D16", "Kenya National Bureau of Statistics", "2019 Kenya Population and Housing Census",
     "2020-02-21", CENSUS_SHA],
    ["immigrant_stock", "2019", "", "", "TZA", "", "95000", "persons", "Department of Immigration returns", "",
     "arrivals_2019.csv", "csv:12-14,20|Tanzania", "Department of Immigration", "", "", ""],
    ["immigrant_stock", "2019", "", "", "SSD", "", "80000", "persons", "Team estimate", "Rounded", "", "", "", "",
     "", ""],
]


@pytest.fixture(scope="module")
def team_profile(tmp_path_factory) -> tuple[Path, Path]:
    from mpdesk.services.sample import write_sample

    folder = tmp_path_factory.mktemp("team")
    profile = folder / "Kenya 2020 (copy).mpdesk"
    write_sample(profile).close()
    data = folder / "kenya_team_figures.csv"
    with open(data, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([HEADER, *ROWS])
    done = subprocess.run([sys.executable, "-m", "mpdesk", "import", str(profile), str(data)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and "3 values added" in done.stdout, done.stdout + done.stderr
    return profile, data


@pytest.fixture
def open_window(app, qtbot):
    from mpdesk.app import install_translators
    from mpdesk.ui.main_window import MainWindow

    opened = []

    def open_in(path: Path, language: str):
        installed = install_translators(app, language)
        app.setProperty("mpdesk_language", language)
        window = MainWindow()
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        assert window.open_path(path)
        opened.append((window, installed))
        return window

    yield open_in
    for window, installed in opened:
        window.close_profile()
        for translator in installed:
            app.removeTranslator(translator)
    app.setProperty("mpdesk_language", "en")


def _click(window, qtbot, key: CellKey) -> str:
    text = panel_html(window, qtbot, "A.2", key)
    text = html.unescape(re.sub(r"<br>", "\n", re.sub(r"<(?!br>)[^>]+>", "", text)))
    if not _in_series(window, key):   # the panel first says the report's series takes another source
        text = text.split("\n", 1)[1]
    return text


def _in_series(window, key: CellKey) -> bool:
    from mpdesk.services.figures import cell_figures

    return any(f.preferred for f in cell_figures(window.ctx.ws, key))


def _imported_on(path: Path, language: str) -> str:
    [entry] = [e for e in _entries(path) if e.file_name == "kenya_team_figures.csv"]
    return babel_date((local_moment(entry.imported_at) or entry.imported_at).date(), "long", locale=language)


def _entries(path: Path):
    from mpdesk.services.workspace import Workspace

    ws = Workspace.open(path, read_only=True)
    try:
        return list_imports(ws)
    finally:
        ws.close()


def _line(data: Path, number: int) -> list[str]:
    with open(data, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))[number - 1]


def test_each_figure_shows_its_line_and_the_published_file_its_row_names(team_profile, open_window, qtbot):
    path, data = team_profile
    window = open_window(path, "en")
    when = _imported_on(path, "en")

    text = _click(window, qtbot, CellKey("immigrant_stock", 2019, partner="UGA"))
    page = window.view.current_page()
    assert page.details.source_edit.text() == KNBS
    assert page.details.note_edit.toPlainText() == "Census night, 24/25 August 2019"
    lines = text.split("\n")
    assert lines[0] == f"Imported from kenya_team_figures.csv, line 2, column 'value', on {when}.", text
    assert _line(data, 2)[COLUMNS.index("value")] == "120000" and _line(data, 2)[4] == "UGA"
    assert lines[1] == (f"Read first from {CENSUS}, sheet Table 2.7, cell D16. Publisher: Kenya National Bureau of "
                        "Statistics. Dataset: 2019 Kenya Population and Housing Census. Released on February 21, "
                        f"2020. sha256 of the file: {CENSUS_SHA}."), text
    assert lines[2].endswith("Open its import")

    text = _click(window, qtbot, CellKey("immigrant_stock", 2019, partner="TZA"))
    assert text.split("\n")[1] == ("Read first from arrivals_2019.csv: the sum of column 'Tanzania' on lines "
                                   "12-14, 20. Publisher: Department of Immigration."), text

    text = _click(window, qtbot, CellKey("immigrant_stock", 2019, partner="SSD"))
    assert text.startswith(f"Imported from kenya_team_figures.csv, line 4, column 'value', on {when}.\n"), text
    assert "Read first" not in text   # its row names no published file: nothing is made up

    text = _click(window, qtbot, CellKey("immigrant_stock", 2020, partner="UGA"))   # the sample's KNOMAD figure
    assert text.startswith("Imported from bilateral_migration_matrix_2021_latest.xlsx, sheet ") and \
        "Read first" not in text, text


def test_the_panel_speaks_the_interface_language_with_its_dates(team_profile, open_window, qtbot):
    path, _ = team_profile
    window = open_window(path, "fr")   # the sample is an English profile; the interface is French
    text = _click(window, qtbot, CellKey("immigrant_stock", 2019, partner="UGA"))
    when = _imported_on(path, "fr")
    assert text.startswith(f"Importé de kenya_team_figures.csv, ligne 2, colonne « value », le {when}.\n"), text
    assert f"Lu d'abord dans {CENSUS}, feuille Table 2.7, cellule D16. Éditeur : Kenya National Bureau of " \
           "Statistics." in text, text
    assert "Publié le 21 février 2020." in text and not re.search(r"[A-Z][a-z]+ \d{1,2}, \d{4}", text), text
    window.close_profile()
    window = open_window(path, "es")
    text = _click(window, qtbot, CellKey("immigrant_stock", 2019, partner="UGA"))
    assert f"Leído primero en {CENSUS}, hoja Table 2.7, celda D16." in text, text
    assert "Publicado el 21 de febrero de 2020." in text and f", el {_imported_on(path, 'es')}." in text, text


def test_a_release_in_words_is_shown_as_written(app) -> None:
    """A team may write 'May 2021': it is no ISO date, and the panel repeats it rather than guess."""
    from mpdesk.services.import_log import Published
    from mpdesk.ui.pages.import_log_page import _published_sentence

    text = _published_sentence(Published("survey.xlsx", release="May 2021"), "en")
    assert text == "Read first from survey.xlsx. Released on May 2021."
