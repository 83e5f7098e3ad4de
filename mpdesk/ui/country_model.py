"""Countries as a list model, named in the chosen language, for the wizard's searchable list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from mpdesk.countries import Country, all_countries, normalise_name
from mpdesk.ui.proxy import refilter

Index = QModelIndex | QPersistentModelIndex
ISO3_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


class CountryListModel(QAbstractListModel):
    def __init__(self, language: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.countries: list[Country] = []
        self.language = language
        self.set_language(language)

    def set_language(self, language: str) -> None:
        self.beginResetModel()
        self.language = language
        self.countries = sorted(all_countries(), key=lambda c: normalise_name(c.name(language)))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.countries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        country = self.countries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return country.name(self.language)
        if role == ISO3_ROLE:
            return country.iso3
        if role == SEARCH_ROLE:
            return " ".join(normalise_name(n) for n in country.all_names()) + " " + country.iso3.lower()
        return None

    def row_of(self, iso3: str) -> int:
        return next((i for i, c in enumerate(self.countries) if c.iso3 == iso3), -1)


class CountryFilterProxy(QSortFilterProxyModel):
    """Matches any spelling of a country, ignoring accents and punctuation ('cote', 'Côte d'Ivoire')."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.needle = ""

    def set_search(self, text: str) -> None:
        refilter(self, lambda: setattr(self, "needle", normalise_name(text) if text.strip() else ""))

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self.needle:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return self.needle in index.data(SEARCH_ROLE)
