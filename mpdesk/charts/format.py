"""Moved to ``mpdesk.formats``: services format figures too, and charts sit above services, so
the formats live below both (one-way imports). This name only re-exports it, so that branches
written before the move still import; new code imports ``mpdesk.formats``."""

from mpdesk.formats import *  # noqa: F401,F403
