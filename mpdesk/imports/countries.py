"""Moved to ``mpdesk.countries`` (the country table is not an importer). This name only
re-exports it, so that branches written before the move still import; new code imports
``mpdesk.countries``."""

from mpdesk.countries import *  # noqa: F401,F403
