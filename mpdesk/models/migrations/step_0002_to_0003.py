"""Schema 3: the lead agency typed in step 1.1 reaches the profile in files saved before it did.

Until step 1.1's "Lead agency" also wrote ``profile.lead_agency`` in the same edit
(``services.steps.PROFILE_MIRRORS``), it was kept only as the step's deliverable value, while the report's cover
("Prepared under the leadership of…"), its copyright line, the workbook and ``mpdesk info`` read the
profile's field. A profile with no lead agency of its own takes the step's, trimmed; one that has its
own keeps it. No table changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:
    from alembic.operations import Operations

_WHITESPACE = "char(32, 9, 10, 13)"   # Python's str.strip(), as the step's edit trims the value
_TYPED = (f"SELECT trim(value, {_WHITESPACE}) FROM deliverable_value "
          "WHERE step_key = '1.1' AND field_key = 'lead_agency'")


def upgrade(op: Operations) -> None:
    op.execute(sa.text(
        f"UPDATE profile SET lead_agency = ({_TYPED}) "
        f"WHERE trim(coalesce(lead_agency, ''), {_WHITESPACE}) = '' AND coalesce(({_TYPED}), '') <> ''"))
