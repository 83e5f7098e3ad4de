"""Numbered schema upgrade steps. ``STEPS[n]`` upgrades a file from version n to n + 1.

Each step uses Alembic operations in batch mode (SQLite cannot alter most columns in place)
and spells out its columns, never importing the ORM: the ORM always describes the newest
schema, while a step must keep describing the schema of its own day.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:  # alembic is imported only when a file is actually upgraded
    from alembic.operations import Operations

from mpdesk.models.migrations import step_0001_to_0002, step_0002_to_0003

STEPS: dict[int, Callable[[Operations], None]] = {
    1: step_0001_to_0002.upgrade,
    2: step_0002_to_0003.upgrade,
}
LATEST_VERSION = max(STEPS) + 1
