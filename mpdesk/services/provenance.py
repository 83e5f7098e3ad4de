"""Which printed figures the team typed: the report marks each one (its own footnote), so a
figure typed over a publisher's is never printed under that publisher's name.

Read from the figures the report already holds (the table of preferred figures, the one read
path), not from a query of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mpdesk.services.keys import CellKey

if TYPE_CHECKING:
    from mpdesk.services.value_table import ValueTable


def typed_cells(table: "ValueTable") -> dict[CellKey, str]:
    """Each cell whose preferred figure the team typed -> the source the team gave ('' if none)."""
    return {f.key: f.source for f in table if f.provenance == "typed"}
