"""Which printed figures the team typed: the report marks each one (its own footnote), so a
figure typed over a publisher's is never printed under that publisher's name.

Read from the figures the report already holds (the table of preferred figures, the one read
path), not from a query of its own.
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING, Sequence

from mpdesk.formats import capitalised
from mpdesk.i18n import current_report_language, note_in, tr
from mpdesk.services.keys import CellKey

if TYPE_CHECKING:
    from mpdesk.services.keys import Figure
    from mpdesk.services.value_table import ValueTable

_PROVENANCE = attrgetter("provenance")


TYPED = "typed"   # a figure's provenance when the team typed it


def typed_cells(table: "ValueTable") -> dict[CellKey, str]:
    """Each cell whose preferred figure the team typed -> the source the team gave ('' if none)."""
    # indicator by indicator: the same preferred figures as iterating the table, without merging
    # every indicator's cells back into one insertion order (0.5 s on the enlarged profile)
    return {f.key: f.source for indicator in table.indicators() for f in table.preferred_rows(indicator)
            if f.provenance == TYPED}


def typed_years(years: Sequence[int], figures: Sequence["Figure"]) -> dict[int, str]:
    """A row's preferred figures (``figures[i]`` of ``years[i]``) the team typed: year -> the source
    the team gave ('' if none); the same rule as ``typed_cells``, for a reader that holds a row's
    figures already (the report's tables: no dict of every typed cell of the profile is made)."""
    provenances = tuple(map(_PROVENANCE, figures))
    if TYPED not in provenances:   # most rows of an imported profile: nothing to look at twice
        return {}
    return {year: f.source for year, f, provenance in zip(years, figures, provenances) if provenance == TYPED}


MARKED_STATUSES = ("estimate", "projection", "provisional")   # a printed figure of these is marked


def status_sentence(status: str, note: str) -> str:
    """What a marked figure is, as the table's footnote and the chart's note both say it: 'UN WPP
    2022 projection.' when the figure's note says it already, else 'Projection: <note>.' or
    'Projection.' (the table said 'projection', the chart under it 'estimates', for the same years)."""
    word = {"estimate": tr("Report", "Estimate"), "projection": tr("Report", "Projection"),
            "provisional": tr("Report", "Provisional figure")}.get(status, status)
    language = current_report_language()
    if language is not None:   # an importer's note prints in the report's language, as the tables' notes do
        note = note_in(language, note)
    note = note.strip().rstrip(".")
    if not note:
        return f"{word}."
    if word.lower() in note.lower():   # 'Model estimate', 'UN WPP 2022 projection' say it already
        return f"{capitalised(note)}."
    return tr("Report", "{status}: {note}.").format(status=word, note=note)
