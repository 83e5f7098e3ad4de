"""The profile file: SQLAlchemy ORM on SQLite, opening, creating and upgrading."""

from mpdesk.models.entities import *  # noqa: F401,F403
from mpdesk.models.entities import __all__ as _entities
from mpdesk.models.errors import ProfileFileError
from mpdesk.models.profile_file import (
    FILE_SUFFIX, OpenReport, ProfileFile, create_profile_file, latest_schema_version, open_profile_file,
)

__all__ = [*_entities, "FILE_SUFFIX", "OpenReport", "ProfileFile", "ProfileFileError",
           "create_profile_file", "latest_schema_version", "open_profile_file"]
