"""A light first look at a profile file with sqlite3 alone (no SQLAlchemy): enough for the
window's first paint (title, language, step statuses) while the full open loads behind it.

Read-only and forgiving: anything unexpected gives None, and the full open (models.profile_file)
then explains what is wrong with the file. Nothing here decides anything about the file.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class ProfilePeek:
    title: str
    language: str
    step_status: dict[str, str] = field(default_factory=dict)


def _connect(path: Path) -> sqlite3.Connection | None:
    if not path.is_file():
        return None
    try:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2)
    except (sqlite3.Error, OSError):
        return None


def peek_profile(path: str | Path) -> ProfilePeek | None:
    connection = _connect(Path(path))
    if connection is None:
        return None
    try:
        row = connection.execute("SELECT title, language FROM profile LIMIT 1").fetchone()
        if row is None:
            return None
        statuses = dict(connection.execute("SELECT step_key, status FROM step_progress").fetchall())
        return ProfilePeek(title=str(row[0]), language=str(row[1]), step_status=statuses)
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def peek_edition(path: str | Path) -> tuple[str, int] | None:
    """(country name, edition year) for the recent-profiles list; None when the file cannot be read."""
    connection = _connect(Path(path))
    if connection is None:
        return None
    try:
        row = connection.execute("SELECT country_name, edition_year FROM profile LIMIT 1").fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return (str(row[0] or ""), int(row[1])) if row else None


def peek_country_code(path: str | Path) -> str:
    """The profile's ISO3 country code ('' when unreadable): the recent list names the country in
    the interface language, not in the profile's ("Filipinas, édition 2024" mixed two)."""
    connection = _connect(Path(path))
    if connection is None:
        return ""
    try:
        row = connection.execute("SELECT country_iso3 FROM profile LIMIT 1").fetchone()
    except sqlite3.Error:
        return ""
    finally:
        connection.close()
    return str(row[0] or "") if row else ""
