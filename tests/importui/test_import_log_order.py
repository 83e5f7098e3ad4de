"""The import log's figures: within an indicator and year, the countries in alphabetical order of
their shown name, accents ignored (UNHCR's file is in ISO code order: CIV before CMR)."""

from __future__ import annotations

import os
import unicodedata

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402

import pytest  # noqa: E402

from importui_helpers import REAL  # noqa: E402
from test_import_dialog import open_dialog, wait_preview  # noqa: E402


def _plain(text: str) -> str:
    """Written out here, not the app's helper: letters without their accents, lower case."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn").lower()


def test_countries_are_listed_by_name_accents_ignored(window, qtbot):
    data = REAL / "population.csv"
    if not data.is_file():
        pytest.skip(f"{data} is absent")
    dialog = open_dialog(window, qtbot, data)
    wait_preview(qtbot, dialog)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    page = window.view.current_page()
    qtbot.waitUntil(lambda: page.figures.rowCount() > 0)
    headers = [page.figures.horizontalHeaderItem(c).text() for c in range(page.figures.columnCount())]
    column = {name: headers.index(name) for name in ("Indicator", "Year", "Disaggregation")}
    rows = [tuple(page.figures.item(r, c).text() for c in column.values()) for r in range(page.figures.rowCount())]
    groups: dict[tuple[str, str], list[str]] = {}
    for indicator, year, partner in rows:
        groups.setdefault((indicator, year), []).append(partner)
    hosted = groups[("Asylum seekers hosted", "2021")]
    assert hosted[0] == ""   # the total first
    assert "Cameroon" in hosted and "Côte d'Ivoire" in hosted
    assert hosted.index("Cameroon") < hosted.index("Côte d'Ivoire")
    for partners in groups.values():
        named = [p for p in partners if p]
        assert named == sorted(named, key=_plain)
