"""The data grid's item model: rows = indicator x disaggregation, columns = Indicator, Unit, years.

``SectionFigures`` holds what the grid shows as plain data (figures re-read only for the
indicators a ChangeSet names, derived values from the DerivedEngine); ``DataGridModel`` is the
thin Qt adapter. Edits go through services.values via ctx.run_edit; acceptance is decided by
services.validation only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from mpdesk.formats import capitalised, disaggregation_text, format_number, format_value, indicator_decimals, unit_label
from mpdesk.guide import Indicator
from mpdesk.services import ChangeSet, Workspace
from mpdesk.services.derived import DerivedEngine, DerivedResult
from mpdesk.services.figures import sorted_dims, stored_figures
from mpdesk.services.validation import ValueRejected, check_value, parse_number, parse_yes_no
from mpdesk.services.value_table import ValueTable
from mpdesk.services.keys import CellKey, Figure
from mpdesk.services.values import CellEdit, set_values
from mpdesk.ui.context import AppContext

Dims = tuple[str, str, str, str]
TOTAL: Dims = ("", "", "", "")


@dataclass(frozen=True)
class GridRow:
    indicator: Indicator
    dims: Dims

    @property
    def is_total(self) -> bool:
        return self.dims == TOTAL

    def key(self, year: int) -> CellKey:
        return CellKey(self.indicator.key, year, *self.dims)


class SectionFigures:
    """Every figure of the profile, indexed; the section's rows and years on top of it."""

    def __init__(self, ws: Workspace, section_key: str, screen_language: str | None = None) -> None:
        self.ws = ws
        self.section_key = section_key
        self.language = ws.profile().language          # figures: the profile's number format
        self.screen = screen_language or self.language  # names and labels: the interface's (ctx.screen_language)
        self.cells: dict[str, dict[CellKey, list[Figure]]] = {}
        self.engine = DerivedEngine(ws.catalogue, self.language)
        self.derived = DerivedResult()
        self.extra_dims: dict[str, set[Dims]] = {}
        self.extra_years: set[int] = set()
        self.reload()

    # -- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        self.cells = {}
        self._read(None)
        self.derived = self.engine.full(self.table())

    def refresh(self, indicator_keys: Iterable[str]) -> None:
        keys = set(indicator_keys)
        for key in keys:
            self.cells.pop(key, None)
        self._read(keys)
        self.derived = self.engine.update(self.table(), keys)

    def _read(self, keys: set[str] | None) -> None:
        for figure in stored_figures(self.ws, keys):
            self.cells.setdefault(figure.indicator, {}).setdefault(figure.key, []).append(figure)

    def table(self) -> ValueTable:
        return ValueTable(figure for per in self.cells.values() for rows in per.values() for figure in rows)

    # -- look-ups -----------------------------------------------------------------------------
    def indicators(self) -> list[Indicator]:
        return self.ws.catalogue.indicators_shown_in(self.section_key)

    def preferred(self, key: CellKey) -> Figure | None:
        rows = self.cells.get(key.indicator, {}).get(key, [])
        return next((r for r in rows if r.preferred), rows[0] if rows else None)

    def outside_series(self, key: CellKey) -> bool:
        """True when the cell holds figures but none is in its series (the report prints '..')."""
        rows = self.cells.get(key.indicator, {}).get(key, [])
        return bool(rows) and not any(r.preferred for r in rows)

    def series_source(self, key: CellKey) -> str:
        """The source of the series' figures around this cell (the one its row prints), '' if none."""
        counts: dict[str, int] = {}
        for other, rows in self.cells.get(key.indicator, {}).items():
            if other.dims() == key.dims():
                for row in rows:
                    if row.preferred and row.source:
                        counts[row.source] = counts.get(row.source, 0) + 1
        return max(counts, key=lambda source: counts[source]) if counts else ""

    def sources(self, key: CellKey) -> list[Figure]:
        rows = self.cells.get(key.indicator, {}).get(key, [])
        return sorted(rows, key=lambda r: (not r.preferred, r.source))

    def _keys_of(self, indicator: Indicator) -> list[CellKey]:
        if indicator.derived:
            return [k for k in (*self.derived.values, *self.derived.missing) if k.indicator == indicator.key]
        return list(self.cells.get(indicator.key, {}))

    def rows(self) -> list[GridRow]:
        rows: list[GridRow] = []
        for indicator in self.indicators():
            dims: set[Dims] = {TOTAL} | self.extra_dims.get(indicator.key, set())
            if "sex" in indicator.disaggregations:
                dims |= {("female", "", "", ""), ("male", "", "", "")}
            dims |= {k.dims() for k in self._keys_of(indicator)}
            # The one row order of screen and report (total, women, men; age groups numeric;
            # partners by the name shown).
            rows.extend(GridRow(indicator, d) for d in sorted_dims(dims, self.screen))
        return rows

    def years(self) -> list[int]:
        profile = self.ws.profile()
        years = set(range(int(profile.period_start), int(profile.period_end) + 1)) | self.extra_years
        for indicator in self.indicators():
            years |= {k.year for k in self._keys_of(indicator)}
        return sorted(years)

    def row_label(self, row: GridRow) -> str:
        if row.is_total:
            return row.indicator.name.get_for(self.screen)
        text = disaggregation_text(row.dims, self.screen).lstrip(", ")
        return capitalised(text)


FIXED_COLUMNS = 2  # Indicator, Unit
CELL_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
HAS_NOTE_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3    # "label", "typed", "imported", "outside" (not in its series),
                                            # "derived", "missing", ""
YES_NO_ROLE = Qt.ItemDataRole.UserRole + 4  # True on cells of a yes/no indicator (they get a Yes/No editor)
ERROR_ROLE = Qt.ItemDataRole.UserRole + 5   # the reason a typed text was refused, '' if none
MAX_SHOWN_DECIMALS = 6


def all_decimals(value: float, indicator: Indicator) -> int:
    """The catalogue's decimals, or more when the stored figure has more (tooltip and copy keep them)."""
    fraction = f"{abs(value):.{MAX_SHOWN_DECIMALS}f}".rstrip("0").partition(".")[2]
    return max(indicator_decimals(indicator), len(fraction))


def full_text(value: float, indicator: Indicator, language: str) -> str:
    """Every stored decimal in the profile's number format: what Copy puts on the clipboard."""
    if indicator.unit in ("yes_no", "year"):
        return format_value(value, indicator, language)
    return format_number(value, all_decimals(value, indicator), language)


def plain_number(value: float, language: str) -> str:
    """A figure as it is typed back: every decimal, the language's decimal mark, no grouping."""
    text = f"{value:.{MAX_SHOWN_DECIMALS}f}".rstrip("0").rstrip(".")
    return text.replace(".", format_number(0.5, 1, language)[1])
DERIVED_BG = QColor("#EEF0F3")
IMPORTED_BG = QColor("#F2F7FC")
ERROR_BG = QColor("#FBE3E1")
MUTED = QColor("#5F6670")


class DataGridModel(QAbstractTableModel):
    """The section's figures; setData saves through services.values (one undo step per call)."""

    rejected = Signal(int, int, str)       # row, column, the sentence saying why
    errors_changed = Signal()              # a refused cell was corrected or cleared

    def __init__(self, ctx: AppContext, section_key: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.figures = SectionFigures(ctx.ws, section_key, ctx.screen_language)
        self._rows: list[GridRow] = self.figures.rows()
        self._years: list[int] = self.figures.years()
        self._errors: dict[tuple[int, int], tuple[str, str]] = {}  # (row, column) -> (typed text, reason)

    # -- shape --------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else FIXED_COLUMNS + len(self._years)

    @property
    def years(self) -> list[int]:
        return list(self._years)

    def grid_row(self, row: int) -> GridRow:
        return self._rows[row]

    def cell_key(self, row: int, column: int) -> CellKey | None:
        if not (0 <= row < len(self._rows)) or column < FIXED_COLUMNS or column >= self.columnCount():
            return None
        return self._rows[row].key(self._years[column - FIXED_COLUMNS])

    def index_of(self, key: CellKey) -> QModelIndex:
        for row, grid_row in enumerate(self._rows):
            if grid_row.indicator.key == key.indicator and grid_row.dims == key.dims() and key.year in self._years:
                return self.index(row, FIXED_COLUMNS + self._years.index(key.year))
        return QModelIndex()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Indicator")
            return self.tr("Unit") if section == 1 else str(self._years[section - FIXED_COLUMNS])
        if role == Qt.ItemDataRole.TextAlignmentRole and section >= FIXED_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() >= FIXED_COLUMNS and not self._rows[index.row()].indicator.derived:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    # -- reading ------------------------------------------------------------------------------
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if index.column() < FIXED_COLUMNS:
            return self._label_data(row, index.column(), role)
        key = row.key(self._years[index.column() - FIXED_COLUMNS])
        if role == CELL_KEY_ROLE:
            return key
        if role == YES_NO_ROLE:
            return row.indicator.unit == "yes_no"
        typed, error = self._errors.get((index.row(), index.column()), ("", ""))
        if role == ERROR_ROLE:
            return error
        if error:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return typed          # the refused text stays in the cell, to be corrected
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(ERROR_BG)
            if role == Qt.ItemDataRole.ToolTipRole:
                return error
        if row.indicator.derived:
            return self._derived_data(row.indicator, key, role)
        return self._stored_data(row.indicator, key, role)

    def _label_data(self, row: GridRow, column: int, role: int) -> Any:
        if role == KIND_ROLE:
            return "label"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 1:
                return unit_label(row.indicator.unit, self.figures.screen)
            label = self.figures.row_label(row)
            if role == Qt.ItemDataRole.ToolTipRole:   # the name in full (the column may cut it), then what it means
                definition = row.indicator.definition.get_for(self.figures.screen)
                return f"{label}\n{definition}" if definition and definition != label else label
            return label if row.is_total else "    " + label
        if role == Qt.ItemDataRole.FontRole and column == 0 and row.is_total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and (column == 1 or not row.is_total):
            return QBrush(MUTED)
        return None

    def _stored_data(self, indicator: Indicator, key: CellKey, role: int) -> Any:
        info = self.figures.preferred(key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if info is None:
            return "" if role == Qt.ItemDataRole.EditRole else None
        value = info
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(value.value, indicator)
        if role == Qt.ItemDataRole.EditRole:
            if indicator.unit == "yes_no":
                return "1" if value.value >= 0.5 else "0"
            return plain_number(value.value, self.figures.language)
        if role == HAS_NOTE_ROLE:
            return bool(value.note.strip())
        outside = self.figures.outside_series(key)
        if role == KIND_ROLE:
            return "outside" if outside else info.provenance
        if outside and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if outside and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(MUTED)
        if role == Qt.ItemDataRole.BackgroundRole and info.provenance == "imported" and not outside:
            return QBrush(IMPORTED_BG)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._outside_tooltip(key, value) if outside else self._stored_tooltip(key, value)
        return None

    def _outside_tooltip(self, key: CellKey, value: Figure) -> str:
        """Why the report prints '..' where the grid shows a figure (the series rule is services.series')."""
        series = self.figures.series_source(key)
        if series:
            text = self.tr("Not in the series: {source}'s figure; the report uses {series} and prints '..' "
                           "for this year.").format(source=value.source or self.tr("no source"), series=series)
        else:
            text = self.tr("Not in the series: {source}'s figure is an alternative; the report prints '..' "
                           "for this year.").format(source=value.source or self.tr("no source"))
        return text + "\n" + self._stored_tooltip(key, value)

    def _display(self, value: float, indicator: Indicator) -> str:
        """As the report prints it: the indicator's decimals in the profile's number format
        (the stored figure keeps every decimal: the editor and the tooltip show them)."""
        return format_value(value, indicator, self.figures.language)

    def _stored_tooltip(self, key: CellKey, value: Figure) -> str:
        lines = []
        indicator = self.ctx.ws.catalogue.indicator(key.indicator) if self.ctx.ws.catalogue.has_indicator(
            key.indicator) else None
        if indicator is not None and full_text(value.value, indicator, self.figures.language) != \
                self._display(value.value, indicator):
            lines.append(self.tr("Stored figure: {figure} (shown rounded, as the report prints it)").format(
                figure=full_text(value.value, indicator, self.figures.language)))
        lines.append(self.tr("Source: {source}").format(source=value.source or self.tr("none given")))
        if value.note.strip():
            lines.append(self.tr("Note: {note}").format(note=value.note.strip()))
        others = len(self.figures.sources(key)) - 1
        if others > 0:
            lines.append(self.tr("{n} other source(s) hold a figure for this cell.").format(n=others))
        return "\n".join(lines)

    def _derived_data(self, indicator: Indicator, key: CellKey, role: int) -> Any:
        found = self.figures.derived.get(key)
        missing = self.figures.derived.missing.get(key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(DERIVED_BG)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(MUTED)
        if role == KIND_ROLE:
            return "derived" if found else ("missing" if missing else "")
        if role == Qt.ItemDataRole.DisplayRole:
            return format_value(found.value, indicator, self.figures.language) if found else ("—" if missing else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._derived_tooltip(found) if found else (
                missing.reason if missing else self.tr("Computed from other figures; its inputs are empty."))
        return None

    def _derived_tooltip(self, found) -> str:
        catalogue, language = self.ctx.ws.catalogue, self.figures.language
        lines = [self.tr("Computed: {formula}").format(formula=found.formula)]
        for used in found.inputs:
            name = catalogue.indicator(used.indicator).name.get_for(self.figures.screen) \
                if catalogue.has_indicator(used.indicator) else used.indicator
            figure = format_value(used.value, catalogue.indicator(used.indicator)
                                  if catalogue.has_indicator(used.indicator) else None, language)
            where = disaggregation_text(used.key.dims(), self.figures.screen)
            source = f" ({used.source})" if used.source else ""
            lines.append(f"  {name}{where} {used.key.year}: {figure}{source}")
        return "\n".join(lines)

    # -- editing ------------------------------------------------------------------------------
    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        key = self.cell_key(index.row(), index.column())
        if key is None:
            return False
        if self._rows[index.row()].indicator.derived:
            self.rejected.emit(index.row(), index.column(), self.why_locked(index.row()))
            return False
        text = "" if value is None else str(value)
        cell = (index.row(), index.column())
        if not text.strip():
            self._clear_error(*cell)
            return self.clear_cells([cell])
        if cell not in self._errors and text == self.data(index, Qt.ItemDataRole.EditRole):
            return True               # opened and left unchanged: nothing to save (or to re-read)
        try:
            edit = self._edit_for(index.row(), key, text)
        except ValueRejected as exc:
            self.mark_error(index.row(), index.column(), text, str(exc))
            return False
        name = self._rows[index.row()].indicator.name.get_for(self.figures.screen)
        label = self.tr("Set {name} {year}").format(name=name, year=key.year)
        saved = self.ctx.run_edit(set_values, [edit], label) is not None
        if saved:
            self._clear_error(*cell)
        return saved

    def _edit_for(self, row: int, key: CellKey, text: str) -> CellEdit:
        """The edit for typed text, or ValueRejected saying why (services.validation decides)."""
        indicator = self._rows[row].indicator
        if indicator.unit == "yes_no":
            value = parse_yes_no(text)
        else:
            value = parse_number(text, self.figures.language, indicator_decimals(indicator))
        check_value(indicator, value)
        return CellEdit(key, value)

    def why_locked(self, row: int) -> str:
        """Why a cell cannot be typed into (the rule is services.validation's)."""
        indicator = self._rows[row].indicator
        try:
            check_value(indicator, 0.0)
        except ValueRejected as exc:
            return str(exc) + " " + self.tr("Type the figures it is computed from; its tooltip shows the formula.")
        return ""

    def paste_block(self, row: int, column: int, text: str) -> tuple[int, list[str]]:
        """Paste tab-separated rows at (row, column) as ONE edit; returns (saved, failure sentences)."""
        edits: list[CellEdit] = []
        failures: list[str] = []
        column = max(column, FIXED_COLUMNS)
        lines = text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n").split("\n")
        for i, line in enumerate(lines):
            for j, cell_text in enumerate(line.split("\t")):
                key = self.cell_key(row + i, column + j)
                if not cell_text.strip():
                    continue
                if key is None:
                    failures.append(self.tr("'{text}' falls outside the table").format(text=cell_text.strip()))
                    continue
                try:
                    edits.append(self._edit_for(row + i, key, cell_text))
                except ValueRejected as exc:
                    failures.append(self.where(row + i, key) + ": " + str(exc))
                    self.mark_error(row + i, column + j, cell_text.strip(), str(exc), announce=False)
        if edits:
            label = self.tr("Paste {n} values").format(n=len(edits))
            if self.ctx.run_edit(set_values, edits, label) is None:
                return 0, failures
        return len(edits), failures

    def where(self, row: int, key: CellKey) -> str:
        """'Immigrant stock, female 2020': which figure a message is about."""
        grid_row = self._rows[row]
        name = grid_row.indicator.name.get_for(self.figures.screen)
        return f"{name}{disaggregation_text(grid_row.dims, self.figures.screen)} {key.year}"

    def clear_cells(self, cells: Iterable[tuple[int, int]]) -> bool:
        """Delete the figures in these cells (one undo step); computed cells are left alone."""
        edits = []
        for row, column in cells:
            key = self.cell_key(row, column)
            self._clear_error(row, column)
            if key and not self._rows[row].indicator.derived and self.figures.preferred(key):
                edits.append(CellEdit(key, None))
        if not edits:
            return True
        label = self.tr("Clear {n} values").format(n=len(edits))
        return self.ctx.run_edit(set_values, edits, label) is not None

    def copy_text(self, cells: Sequence[tuple[int, int]]) -> str:
        """The selection's bounding rectangle as tab-separated text (what spreadsheets paste)."""
        if not cells:
            return ""
        rows = sorted({r for r, _ in cells})
        columns = sorted({c for _, c in cells})
        chosen = set(cells)
        lines = []
        for r in range(rows[0], rows[-1] + 1):
            texts = [self._copied(r, c) if (r, c) in chosen else "" for c in range(columns[0], columns[-1] + 1)]
            lines.append("\t".join(str(t).strip() for t in texts))
        return "\n".join(lines)

    def _copied(self, row: int, column: int) -> str:
        """A cell as copied: a stored figure with every decimal (a spreadsheet gets the figure, not
        its rounding); labels and computed cells as shown."""
        key = self.cell_key(row, column)
        indicator = self._rows[row].indicator
        info = self.figures.preferred(key) if key is not None and not indicator.derived else None
        if info is not None and (row, column) not in self._errors:
            return full_text(info.value, indicator, self.figures.language)
        return self.data(self.index(row, column)) or ""

    # -- inline errors ------------------------------------------------------------------------
    def mark_error(self, row: int, column: int, text: str, message: str, announce: bool = True) -> None:
        self._errors[(row, column)] = (text, message)
        self.dataChanged.emit(self.index(row, column), self.index(row, column))
        if announce:
            self.rejected.emit(row, column, message)

    def _clear_error(self, row: int, column: int) -> None:
        if self._errors.pop((row, column), None) is not None:
            self.dataChanged.emit(self.index(row, column), self.index(row, column))
            self.errors_changed.emit()

    def has_errors(self) -> bool:
        return bool(self._errors)

    def refused_texts(self) -> list[tuple[str, str]]:
        """(where, typed text) of every refused text still waiting in its cell, in grid order:
        what closing the profile would lose (ui.pending_text asks first)."""
        texts = []
        for (row, column), (text, _why) in sorted(self._errors.items()):
            key = self.cell_key(row, column)
            texts.append((self.where(row, key) if key else "", text))
        return texts

    def discard_refused(self) -> None:
        for row, column in list(self._errors):
            self._clear_error(row, column)

    def first_error(self) -> tuple[int, int, str] | None:
        if not self._errors:
            return None
        (row, column), (_text, message) = min(self._errors.items())
        return row, column, message

    # -- structure and refresh ----------------------------------------------------------------
    def add_year(self, year: int) -> None:
        self.figures.extra_years.add(int(year))
        self._restructure()

    def add_row(self, indicator_key: str, dims: Dims) -> None:
        self.figures.extra_dims.setdefault(indicator_key, set()).add(dims)
        self._restructure()

    def _restructure(self) -> None:
        rows, years = self.figures.rows(), self.figures.years()
        if rows == self._rows and years == self._years:
            return
        self._reset(rows, years)

    def _reset(self, rows: list[GridRow], years: list[int]) -> None:
        """New rows or years; a refused text stays in its cell (the message promises it), found
        again by its cell key. One whose cell is gone takes its message away (errors_changed)."""
        pending = {key: error for (row, column), error in self._errors.items()
                   if (key := self.cell_key(row, column)) is not None}
        self.beginResetModel()
        self._rows, self._years, self._errors = rows, years, {}
        for key, error in pending.items():
            index = self.index_of(key)
            if index.isValid():
                self._errors[(index.row(), index.column())] = error
        self.endResetModel()
        if len(self._errors) != len(pending):
            self.errors_changed.emit()

    def apply_changes(self, changes: ChangeSet) -> None:
        """Re-read only the indicators the ChangeSet names; reset only if rows or years moved."""
        if changes.touches("profile", "custom_indicator", "custom_section"):
            self.figures.reload()
            self._reset(self.figures.rows(), self.figures.years())
            return
        keys = changes.indicator_keys()
        if not keys:
            return
        self.figures.refresh(keys)
        before = (self._rows, self._years)
        self._restructure()
        if (self._rows, self._years) == before and self._rows:
            self.dataChanged.emit(self.index(0, FIXED_COLUMNS), self.index(len(self._rows) - 1, self.columnCount() - 1))
