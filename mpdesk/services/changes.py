"""What an operation changed, row by row; the UI refreshes from this and undo replays it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator


@dataclass(frozen=True)
class RowChange:
    table: str
    row_id: str
    before: dict[str, Any] | None  # None: the row was added
    after: dict[str, Any] | None   # None: the row was deleted

    @property
    def kind(self) -> str:
        if self.before is None:
            return "added"
        return "deleted" if self.after is None else "updated"

    def inverse(self) -> "RowChange":
        return RowChange(self.table, self.row_id, self.after, self.before)

    def field(self, name: str) -> Any:
        row = self.after if self.after is not None else self.before
        return (row or {}).get(name)


@dataclass
class ChangeSet:
    label: str = ""
    rows: list[RowChange] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.rows)

    def __iter__(self) -> Iterator[RowChange]:
        return iter(self.rows)

    def tables(self) -> set[str]:
        return {r.table for r in self.rows}

    def touches(self, *tables: str) -> bool:
        return any(r.table in tables for r in self.rows)

    def values_of(self, table: str, field_name: str) -> set[Any]:
        """e.g. ``values_of("indicator_value", "indicator_key")``: which indicators changed."""
        found: set[Any] = set()
        for change in self.rows:
            if change.table != table:
                continue
            for row in (change.before, change.after):
                if row is not None and field_name in row:
                    found.add(row[field_name])
        return found

    def indicator_keys(self) -> set[str]:
        return self.values_of("indicator_value", "indicator_key")

    def inverse(self, label: str | None = None) -> "ChangeSet":
        return ChangeSet(label if label is not None else self.label, [r.inverse() for r in reversed(self.rows)])

    def merged(self, other: "ChangeSet") -> "ChangeSet":
        return ChangeSet(self.label or other.label, self.rows + other.rows)
