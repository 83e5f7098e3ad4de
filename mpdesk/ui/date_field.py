"""A date typed as people type it: 2020-05-01, the interface locale's short form (01/05/2020 in
French and Spanish, 5/1/2020 in English) or digits only (20200501), with a calendar button.

A QDateEdit took typing section by section: after the year it jumped to the month, so "-" skipped
to the day and 2020-07-01 typed over 2020-06-01 became 2020-06-07, silently. Here the text is read
whole when the cell or field is left; what is not a date (2020-02-30) is refused with a sentence
and the old value kept. Formats come from QLocale (the default is the interface language, app.py).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QWidget


def _four_digit_year(fmt: str) -> str:
    """The locale's short format with the year in full ("M/d/yy" -> "M/d/yyyy")."""
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def _lenient(fmt: str) -> str:
    """Day and month in one or two digits (01/05/2020 and 1/5/2020 alike)."""
    return fmt.replace("dd", "d").replace("MM", "M")


def accepted_formats(locale: QLocale | None = None) -> list[str]:
    """ISO first, then the locale's short form with a four-digit year; Qt's own formats."""
    short = _four_digit_year((locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat))
    return ["yyyy-M-d", _lenient(short)]


def parse_date(text: str, locale: QLocale | None = None) -> date | None:
    """The date ``text`` stands for, or None when it is none (an impossible day included)."""
    locale = locale or QLocale()
    text = text.strip()
    candidates = accepted_formats(locale)
    if text.isdigit() and len(text) == 8:   # digits only: 20200501, else the locale's order
        order = "".join(ch for ch in _lenient(candidates[1]) if ch.isalpha())   # e.g. "dMyyyy"
        candidates = ["yyyyMMdd", order.replace("d", "dd").replace("M", "MM")]
    for fmt in candidates:
        found = locale.toDate(text, fmt)
        if found.isValid() and 1900 <= found.year() <= 2100:
            return date(found.year(), found.month(), found.day())
    return None


def example_text(locale: QLocale | None = None) -> str:
    """How the date of the example is typed in the locale's short form (01/05/2020)."""
    locale = locale or QLocale()
    return locale.toString(QDate(2020, 5, 1), _four_digit_year(locale.dateFormat(QLocale.FormatType.ShortFormat)))


class DateField(QLineEdit):
    """A line for a date or nothing ("not set" shows when empty), with a calendar button."""

    picked = Signal()   # a day was chosen in the calendar

    def __init__(self, not_set_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(not_set_text)
        self.setToolTip(self.tr("Type a date as 2020-05-01 or %1, or pick it in the calendar.")
                        .replace("%1", example_text()))
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        action = self.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        action.setToolTip(self.tr("Pick the date in a calendar"))
        action.triggered.connect(self.show_calendar)
        self.setMinimumWidth(self.width_for_date())

    def width_for_date(self) -> int:
        """Room for the longest date text, the calendar button and the frame."""
        metrics = self.fontMetrics()
        text = max(("2020-12-31", example_text(), self.placeholderText()), key=metrics.horizontalAdvance)
        return metrics.horizontalAdvance(text) + metrics.height() + 24

    def set_date(self, value: date | None) -> None:
        self.setText(value.isoformat() if value else "")
        self.setModified(False)

    def is_valid(self) -> bool:
        return not self.text().strip() or parse_date(self.text()) is not None

    def date_value(self) -> date | None:
        """The typed date; None when empty. Check is_valid() first: unreadable text is None too."""
        return parse_date(self.text()) if self.text().strip() else None

    def refusal(self) -> str:
        return self.tr("“%1” is not a date. Type it as 2020-05-01 or %2; the previous date is kept.") \
            .replace("%1", self.text().strip()).replace("%2", example_text())

    def show_calendar(self) -> None:
        # A child of the field, so an item view does not take the popup's focus for leaving the cell.
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        current = self.date_value() if self.is_valid() else None
        if current:
            calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        calendar.clicked.connect(lambda day: self._pick(calendar, day))
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.show()
        calendar.setFocus()

    def _pick(self, calendar: QCalendarWidget, day: QDate) -> None:
        self.setText(day.toString("yyyy-MM-dd"))
        self.setModified(True)
        calendar.close()
        self.setFocus()
        self.picked.emit()
