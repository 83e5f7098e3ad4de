"""The first screen: start a profile, open one, try the sample, or pick a recent file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QFrame, QHBoxLayout, QLabel, QListView, QPushButton, QStyledItemDelegate,
    QStyleOptionViewItem, QVBoxLayout, QWidget,
)

from mpdesk.peek import peek_country_code, peek_edition
from mpdesk.ui import settings
from mpdesk.ui.widgets import heading, hint

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
MISSING_ROLE = Qt.ItemDataRole.UserRole + 2


class _FitWidth(QStyledItemDelegate):
    """Recent items no wider than the list: the view then elides their text (in the middle)."""

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 (Qt name)
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        view = self.parent()
        room = view.viewport().width() if isinstance(view, QListView) else hint.width()
        return QSize(min(hint.width(), room), hint.height())


class WelcomePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    sample_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Welcome")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(48, 40, 48, 40)
        outer.addStretch(1)
        card = QFrame()
        card.setObjectName("WelcomeCard")
        row = QHBoxLayout(card)
        row.setContentsMargins(36, 32, 36, 32)
        row.setSpacing(40)
        row.addLayout(self._start_column(), 1)
        row.addLayout(self._recent_column(), 1)
        outer.addWidget(card, 6)
        outer.addStretch(1)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        """The keyboard starts on New profile (Enter, Space and Tab work before any click), at start-up
        and when a closed profile brings the welcome screen back; a focus already inside it stays."""
        super().showEvent(event)
        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            self.new_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _start_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(12)
        title = QLabel("mpdesk")
        title.setObjectName("AppTitle")
        column.addWidget(title)
        column.addWidget(hint(self.tr("Prepare your country's Migration Profile step by step, following the IOM "
                                      "guidance: plan the exercise, collect and check the data, draft each module, "
                                      "and export the report. Everything stays in one file on this computer.")))
        column.addSpacing(12)
        self.new_button = self._button(self.tr("New profile…"), self.tr("Start a new Migration Profile"), True)
        self.open_button = self._button(self.tr("Open a profile…"), self.tr("Open a profile file (.mpdesk)"))
        self.sample_button = self._button(self.tr("Open the sample profile"),
                                          self.tr("A complete training profile (Kenya 2020) to explore freely"))
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.sample_button.clicked.connect(self.sample_requested)
        for button in (self.new_button, self.open_button, self.sample_button):
            column.addWidget(button)
        column.addStretch(1)
        return column

    def _button(self, text: str, description: str, primary: bool = False) -> QPushButton:
        button = QPushButton(text)
        # Return/Enter presses the focused button, as Space does: QPushButton takes Enter only when
        # auto-default, which it is by default in dialogs alone (not on this page of the window)
        button.setAutoDefault(True)
        button.setObjectName("Primary" if primary else "Large")
        button.setAccessibleName(text)
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        return button

    def _recent_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(8)
        column.addWidget(heading(self.tr("Recent profiles"), 2))
        self.recent_model = QStandardItemModel(self)
        self.recent_view = QListView()
        self.recent_view.setObjectName("RecentList")
        self.recent_view.setAccessibleName(self.tr("Recent profiles"))
        self.recent_view.setModel(self.recent_model)
        # a long path is cut in its middle (the full one is the item's tooltip), never scrolled sideways
        self.recent_view.setWordWrap(False)
        self.recent_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.recent_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent_view.setResizeMode(QListView.ResizeMode.Adjust)   # items re-fit when the list resizes
        self.recent_view.setItemDelegate(_FitWidth(self.recent_view))
        self.recent_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recent_view.activated.connect(self._activated)
        self.recent_view.doubleClicked.connect(self._activated)
        column.addWidget(self.recent_view, 1)
        self.empty_hint = hint(self.tr("Profiles you open will be listed here."))
        column.addWidget(self.empty_hint)
        buttons = QHBoxLayout()
        self.open_recent_button = QPushButton(self.tr("Open"))
        self.open_recent_button.setAutoDefault(True)
        self.open_recent_button.setAccessibleName(self.tr("Open the selected recent profile"))
        self.open_recent_button.clicked.connect(lambda: self._activated(self.recent_view.currentIndex()))
        self.remove_button = QPushButton(self.tr("Remove from list"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected profile from the recent list"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addStretch(1)
        buttons.addWidget(self.open_recent_button)
        buttons.addWidget(self.remove_button)
        column.addLayout(buttons)
        return column

    def refresh(self) -> None:
        self.recent_model.clear()
        for text in settings.recent_files():
            self.recent_model.appendRow(self._recent_item(Path(text)))
        has_any = self.recent_model.rowCount() > 0
        self.empty_hint.setVisible(not has_any)
        self.open_recent_button.setEnabled(has_any)
        self.remove_button.setEnabled(has_any)
        if has_any:
            self.recent_view.setCurrentIndex(self.recent_model.index(0, 0))

    def _recent_item(self, path: Path) -> QStandardItem:
        missing = not path.is_file()
        detail = self.missing_reason() if missing else str(path.parent)
        edition = None if missing else peek_edition(path)
        if edition and edition[0]:
            country = shown_country_name(peek_country_code(path), edition[0])
            detail = self.tr("{country}, {year} edition — {folder}").format(country=country, year=edition[1],
                                                                            folder=path.parent)
        item = QStandardItem(f"{path.stem}\n{detail}")
        item.setData(str(path), PATH_ROLE)
        item.setData(missing, MISSING_ROLE)
        item.setToolTip(f"{path}\n{detail}" if missing else str(path))
        item.setAccessibleText(f"{path.stem}, {detail}")
        if missing:
            item.setForeground(QBrush(QColor("#8A8F98")))
        return item

    def missing_reason(self) -> str:
        return self.tr("File not found — it may have been moved or deleted")

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.recent_chosen.emit(index.data(PATH_ROLE))

    def remove_selected(self) -> None:
        index = self.recent_view.currentIndex()
        if index.isValid():
            settings.remove_recent_file(index.data(PATH_ROLE))
            self.refresh()


def shown_country_name(iso3: str, stored: str) -> str:
    """The country named in the interface language, as the rest of the line; the profile's own
    spelling when the code is unknown."""
    from mpdesk.countries import by_iso3
    from mpdesk.ui.language_settings import running_language

    country = by_iso3().get(iso3)
    return country.name(running_language().split("_")[0]) if country else stored
