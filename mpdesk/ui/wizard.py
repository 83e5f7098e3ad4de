"""New profile: country and language, edition and scope, report modules, then where to save it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListView, QRadioButton, QSpinBox, QStyle,
    QTreeView, QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from mpdesk.guide import default_catalogue
from mpdesk.guide.text import LANGUAGES
from mpdesk.models import ProfileFileError
from mpdesk.services import EditError, Workspace
from mpdesk.services.profile import NewProfile, create_profile, default_modules
from mpdesk.ui import dialogs
from mpdesk.ui.language_settings import running_language
from mpdesk.ui.country_model import ISO3_ROLE, CountryFilterProxy, CountryListModel
from mpdesk.ui.pages.module_menu import COL_REASON, COL_TITLE, ModuleMenuModel
from mpdesk.ui.widgets import MessageBar, hint


class CountryPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Country and language"))
        self.setSubTitle(self.tr("Whose migration profile is this, and in which language will it be written?"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(running_language())))  # the screen's, by default
        self.language.setAccessibleName(self.tr("Language of the profile"))
        form.addRow(self.tr("&Language:"), self.language)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type to search, e.g. Kenya or KEN"))
        self.search.setAccessibleName(self.tr("Search countries"))
        self.search.setClearButtonEnabled(True)
        form.addRow(self.tr("&Country:"), self.search)
        layout.addLayout(form)
        self.countries = CountryListModel(self.language_code(), self)
        self.proxy = CountryFilterProxy(self)
        self.proxy.setSourceModel(self.countries)
        self.list = QListView()
        self.list.setAccessibleName(self.tr("Countries"))
        self.list.setModel(self.proxy)
        layout.addWidget(self.list, 1)
        self.search.textChanged.connect(self._search)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.list.selectionModel().currentChanged.connect(lambda *_: self.completeChanged.emit())

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        if self.proxy.rowCount() == 1 or (text and self.proxy.rowCount() and not self.list.currentIndex().isValid()):
            self.list.setCurrentIndex(self.proxy.index(0, 0))
        self.completeChanged.emit()

    def _language_changed(self) -> None:
        chosen = self.iso3()
        self.countries.set_language(self.language_code())
        if chosen:
            self.select_country(chosen)

    def language_code(self) -> str:
        return self.language.currentData()

    def select_country(self, iso3: str) -> None:
        row = self.countries.row_of(iso3)
        index = self.proxy.mapFromSource(self.countries.index(row, 0))
        self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list.scrollTo(index)

    def iso3(self) -> str:
        index = self.list.currentIndex()
        return index.data(ISO3_ROLE) if index.isValid() else ""

    def country_name(self) -> str:
        index = self.list.currentIndex()
        return index.data() if index.isValid() else ""

    def isComplete(self) -> bool:
        return bool(self.iso3())


class ScopePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Edition and scope"))
        self.setSubTitle(self.tr("Which edition this is, the years it covers, and how wide the profile will be."))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        this_year = date.today().year
        self.year = self._spin(this_year, self.tr("Edition year"))
        form.addRow(self.tr("&Edition year:"), self.year)
        self.start, self.end = self._spin(this_year - 10, self.tr("First year")), self._spin(this_year, self.tr("Last year"))
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel("–"))
        period.addWidget(self.end)
        period.addStretch(1)
        caption = QLabel(self.tr("&Reference period:"))
        caption.setBuddy(self.start)   # a label with a buddy shows its mnemonic, not a literal '&'
        form.addRow(caption, period)
        self.period_message = QLabel()
        self.period_message.setObjectName("ErrorText")
        self.period_message.setStyleSheet("color: #A4262C;")
        self.period_message.setWordWrap(True)
        self.period_message.hide()
        form.addRow("", self.period_message)
        kinds = QVBoxLayout()
        self.basic = self._kind(kinds, self.tr("Basic profile"), self.tr("The core statistical modules."))
        self.extended = self._kind(kinds, self.tr("Extended profile"), self.tr(
            "Adds social development, health, environment and capacity building."))
        self.basic.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.basic)
        group.addButton(self.extended)
        form.addRow(self.tr("Kind:"), kinds)
        self.year.valueChanged.connect(self._year_changed)
        for spin in (self.start, self.end):
            spin.valueChanged.connect(self._check_period)

    def _kind(self, column: QVBoxLayout, name: str, description: str) -> QRadioButton:
        """A kind's radio button, its description wrapped under its name (a radio button's own text
        never wraps: the long Spanish one was cut at the wizard's edge)."""
        button = QRadioButton(name)
        button.setAccessibleDescription(description)
        text = QLabel(description)
        text.setWordWrap(True)
        indent = self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) + \
            self.style().pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing)
        text.setContentsMargins(indent, 0, 0, 4)
        column.addWidget(button)
        column.addWidget(text)
        return button

    def _spin(self, value: int, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(1990, 2100)
        spin.setValue(value)
        spin.setAccessibleName(name)
        return spin

    def _year_changed(self, year: int) -> None:
        if self.end.value() == year - 1 or self.end.value() > year:
            self.end.setValue(year)

    def kind(self) -> str:
        return "extended" if self.extended.isChecked() else "basic"

    def _check_period(self) -> None:
        wrong = self.start.value() > self.end.value()
        self.period_message.setText(self.tr("The first year ({start}) is after the last year ({end}): change one "
                                            "of them to go on.").format(start=self.start.value(), end=self.end.value()))
        self.period_message.setVisible(wrong)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.start.value() <= self.end.value()

    def validatePage(self) -> bool:
        return self.isComplete()


class ModulesPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Report modules"))
        self.setSubTitle(self.tr("The template menu: untick what this profile will not cover, tick optional "
                                 "modules you want. You can change this later in step 1.4."))
        layout = QVBoxLayout(self)
        self.model = ModuleMenuModel(default_catalogue(), "en", self)
        self.view = QTreeView()
        self.view.setAccessibleName(self.tr("Report modules"))
        self.view.setModel(self.model)
        self.view.setColumnHidden(COL_REASON, True)
        layout.addWidget(self.view, 1)
        self.message = MessageBar(self)
        layout.addWidget(self.message)
        self._kind = ""

    def initializePage(self) -> None:
        wizard: NewProfileWizard = self.wizard()  # type: ignore[assignment]
        kind, language = wizard.scope.kind(), wizard.country.language_code()
        if kind != self._kind or language != self.model.language:
            self.model.language = language
            self.model.set_state(set(default_modules(default_catalogue(), kind)))
            self._kind = kind
        self.view.expandAll()
        self.view.resizeColumnToContents(COL_TITLE)


class NewProfileWizard(QWizard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Migration Profile"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.country, self.scope, self.modules = CountryPage(), ScopePage(), ModulesPage()
        for page in (self.country, self.scope, self.modules):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create and save…"))
        self.workspace: Workspace | None = None
        # One width for every page (it used to jump as pages changed); the height may grow.
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 60)
        self.resize(self.width(), self.fontMetrics().lineSpacing() * 32)

    def spec(self) -> NewProfile:
        return NewProfile(
            country_iso3=self.country.iso3(), edition_year=self.scope.year.value(),
            language=self.country.language_code(), kind=self.scope.kind(),
            period_start=self.scope.start.value(), period_end=self.scope.end.value(),
            modules=sorted(self.modules.model.checked))

    def accept(self) -> None:
        spec = self.spec()
        suggested = f"{self.country.country_name()} {spec.edition_year}.mpdesk"
        path = dialogs.ask_save_path(self, self.tr("Save the new profile as"), suggested)
        if not path:
            return
        try:
            self.workspace = create_profile(path, spec)
        except (EditError, ProfileFileError) as exc:
            self.modules.message.show_message(str(getattr(exc, "message", exc)), "error")
            return
        super().accept()


__all__ = ["NewProfileWizard", "hint"]
