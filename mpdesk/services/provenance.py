"""Which printed figures the team typed: the report marks each one (its own footnote), so a
figure typed over a publisher's is never printed under that publisher's name.

A small query of its own (the preferred typed figures only, usually a handful) rather than a
field threaded through every reader: the report asks it once per export.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from mpdesk.models.entities import IndicatorValue
from mpdesk.services.keys import CellKey

if TYPE_CHECKING:
    from mpdesk.services.workspace import Workspace


def typed_cells(ws: "Workspace") -> dict[CellKey, str]:
    """Each cell whose preferred figure the team typed -> the source the team gave ('' if none)."""
    v = IndicatorValue
    query = select(v.indicator_key, v.year, v.sex, v.age_group, v.partner, v.category, v.source).where(
        v.provenance == "typed", v.preferred.is_(True))
    with ws.session() as session:
        return {CellKey(ind, int(year), sex or "", age or "", partner or "", category or ""): source or ""
                for ind, year, sex, age, partner, category, source in session.execute(query)}
