"""The publication details of a profile's report: publisher, date, copyright, ISBN, disclaimer.

They are deliverable fields of step 2.6 (Finalisation and endorsement), so they live in the
profile file with the other step fields and are edited on that step's page; this module gives
the report one place to read them, with the standard texts when a field is left empty.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from mpdesk.i18n import tr
from mpdesk.services.changes import ChangeSet
from mpdesk.services.keys import EditError

if TYPE_CHECKING:
    from mpdesk.services.workspace import Workspace

PUBLICATION_STEP = "2.6"
FIELDS = ("publisher", "publication_date", "copyright", "isbn", "disclaimer", "acknowledgements")


@dataclass(frozen=True)
class Publication:
    """What the imprint page prints (plain values, safe to hand to a worker thread); an empty
    ``copyright`` means '© <year of publication> <publisher>'."""

    publisher: str
    publication_date: date | None
    copyright: str
    isbn: str
    disclaimer: str
    acknowledgements: str


def standard_disclaimer() -> str:
    """The UN/IOM-style disclaimer, in the report's language."""
    return tr("Report",
              "The opinions expressed in this report are those of the authors and do not necessarily reflect "
              "the views of the organizations that supported it. The designations employed and the presentation "
              "of material throughout the report do not imply the expression of any opinion whatsoever concerning "
              "the legal status of any country, territory, city or area, or of its authorities, or concerning its "
              "frontiers or boundaries.")


def publication_details(ws: "Workspace") -> Publication:
    """The profile's publication details; an empty publisher is the lead agency, an empty disclaimer
    the standard one."""
    from mpdesk.services.steps import deliverable_values

    values = {k: v.strip() for k, v in deliverable_values(ws, PUBLICATION_STEP).items() if v}
    profile = ws.profile()
    publisher = values.get("publisher") or (profile.lead_agency or "")
    return Publication(publisher=publisher, publication_date=_date(values.get("publication_date", "")),
                       copyright=values.get("copyright", ""), isbn=values.get("isbn", ""),
                       disclaimer=values.get("disclaimer") or standard_disclaimer(),
                       acknowledgements=values.get("acknowledgements", ""))


def set_publication_detail(ws: "Workspace", field: str, value: str) -> ChangeSet:
    """Change one publication detail (one undoable edit)."""
    from mpdesk.services.steps import set_deliverable

    if field not in FIELDS:
        raise EditError(tr("Profile", "'{field}' is not a publication detail.").format(field=field))
    return set_deliverable(ws, PUBLICATION_STEP, field, value)


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None
