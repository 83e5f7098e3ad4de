"""The tables of the import preview: figures to add, that change, in conflict; what is skipped."""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

from mpdesk.formats import format_figure, format_value
from mpdesk.ui.fitted_table import NUMBER_ALIGN, FittedTable, header_text_width

__all__ = ["FigureTable", "SkippedTable", "header_text_width"]


def _number(value: float | None, indicator: str, language: str, other: float | None = None) -> str:
    """A figure as the grid and the report show it: its indicator's decimals (formats.format_value),
    so remittances read 3.3, 3.0, 51.0, 202.9, not 3.30, 3, 51, 202.92. ``other``: the figure it is
    set against (a conflict), when the two would read alike at those decimals: more of them, so a
    real difference is seen (221.07 against 221.10, not 221.1 against 221.1)."""
    from mpdesk.formats import indicator_decimals, telling_decimals
    from mpdesk.guide import default_catalogue   # read once per process; imports name catalogue indicators

    if value is None:
        return ""
    catalogue = default_catalogue()
    known = catalogue.has_indicator(indicator)
    if other is not None and known and catalogue.indicator(indicator).unit not in ("yes_no", "year"):
        return format_figure(value, telling_decimals(value, other, indicator_decimals(catalogue.indicator(indicator))),
                             language)
    if known:
        return format_value(value, catalogue.indicator(indicator), language)
    return format_figure(value, 0 if float(value).is_integer() else 2, language)


class FigureTable(FittedTable):
    """One tab of figures: 'added', 'changed' or 'conflicts'."""

    def __init__(self, kind: str, language: str, screen_language: str = "") -> None:
        # figures in the profile's formats; breakdowns named in the interface language
        self.kind, self.language, self.names_language = kind, language, screen_language or language
        super().__init__(self._headers())
        self.setObjectName(f"import_{kind}")

    def _headers(self) -> list[str]:
        where = [self.tr("Indicator"), self.tr("Year"), self.tr("Disaggregation")]
        if self.kind == "added":
            return where + [self.tr("Value"), self.tr("Source")]
        if self.kind == "changed":
            return where + [self.tr("Now"), self.tr("Now from"), self.tr("New"), self.tr("New from")]
        return where + [self.tr("The series uses"), self.tr("In the profile"), self.tr("From"),
                        self.tr("In this file"), self.tr("From")]

    def show_figures(self, figures: Sequence[Any], names: dict[str, str]) -> None:
        rows = []
        for f in figures:
            row = [(names.get(f.indicator, f.indicator), False), (str(f.year), True),
                   (f.disaggregation(self.names_language), False)]
            new = [(_number(f.value, f.indicator, self.language), True), (f.source, False)]
            old = [(_number(f.old_value, f.indicator, self.language), True),
                   (_from(f.old_source, f.old_release), False)]
            if self.kind == "added":
                row += new
            elif self.kind == "changed":
                row += old + new
            else:
                used = self.tr("the file's figure") if f.used == "new" else self.tr("the profile's figure")
                against = f.value is not None and f.old_value is not None
                old[0] = (_number(f.old_value, f.indicator, self.language, f.value if against else None), True)
                new[0] = (_number(f.value, f.indicator, self.language, f.old_value if against else None), True)
                row += [(used, False)] + old + new
            rows.append(row)
        self.fill(rows)


def _from(source: str, release: str) -> str:
    if not source:
        return release   # a figure the team typed without naming a source
    return f"{source} ({release})" if release and release != source else source


class SkippedTable(FittedTable):
    def __init__(self) -> None:
        super().__init__([self.tr("What is not imported, and why"), self.tr("Entries")])
        self.setObjectName("import_skipped")
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def show_entries(self, entries: Sequence[Any]) -> None:
        rows = [[(e.text, False), (str(e.count) if e.count else "", True)] for e in entries]
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, (text, numeric) in enumerate(row):
                item = QTableWidgetItem(text)
                if numeric:
                    item.setTextAlignment(NUMBER_ALIGN)
                self.setItem(r, c, item)
