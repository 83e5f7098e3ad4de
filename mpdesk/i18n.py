"""Translation for code that must not import Qt.

The GUI installs Qt's translator as the backend at start-up (see ``mpdesk.app``), so the same
``tr(context, text)`` call serves the CLI (English) and the GUI (the user's language), and Qt
Linguist's ``pyside6-lupdate`` finds every string by the ``tr(`` call pattern.
"""

from __future__ import annotations

from typing import Callable

_backend: Callable[[str, str], str] | None = None


def install_backend(backend: Callable[[str, str], str] | None) -> None:
    global _backend
    _backend = backend


def tr(context: str, text: str) -> str:
    if _backend is None:
        return text
    return _backend(context, text)
