"""The stored codes of the registers' choice columns as words of the report's language: the PDF's
tables and the workbook's sheets say 'Recensement' where the file keeps 'census' (the window shows
the same choices in the interface's language, ui/pages/register_specs.py)."""

from __future__ import annotations

from mpdesk.i18n import tr


def register_words() -> dict[str, dict[str, str]]:
    """Field -> stored code -> its word, in the language the report is being written in."""
    return {
        "source_type": {"census": tr("Report", "Census"), "survey": tr("Report", "Survey"),
                        "administrative": tr("Report", "Administrative"),
                        "international": tr("Report", "International")},
        "quality": {"good": tr("Report", "Good"), "fair": tr("Report", "Fair"), "poor": tr("Report", "Poor")},
        "access": {"public": tr("Report", "Public"), "on request": tr("Report", "On request"),
                   "restricted": tr("Report", "Restricted")},
        "priority": {"high": tr("Report", "High"), "medium": tr("Report", "Medium"), "low": tr("Report", "Low")},
    }


def register_value(words: dict[str, dict[str, str]], field: str, record: dict) -> str:
    """A register record's field as printed: a choice column's word, any other field as typed
    (a code this version does not know is printed as stored rather than dropped)."""
    value = record.get(field, "") or ""
    return words.get(field, {}).get(value, value)
