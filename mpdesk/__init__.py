"""mpdesk: a desktop companion for IOM Migration Profile exercises."""

__version__ = "0.1.0"


class MpdeskWarning(UserWarning):
    """mpdesk's own warnings; the test suite turns them into errors."""
