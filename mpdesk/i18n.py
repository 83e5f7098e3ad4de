"""Translation for code that must not import Qt: the screen's language and the report's.

Two languages are kept apart:

- the **interface language** (the screen): the GUI installs Qt's translator as the backend at
  start-up (see ``mpdesk.app``), so ``tr(context, text)`` follows the user's screen language,
  and Qt Linguist's ``pyside6-lupdate`` finds every string by the ``tr(`` call pattern;
- the **report language** (the profile's): everything that belongs to the report (PDF,
  workbook, generated captions and labels, draft names) is written in the profile's language,
  in the GUI and the CLI alike, whatever the screen's language. ``tr_for(lang, context, text)``
  translates a report string into an explicit language from ``resources/translations/report.toml``
  (no Qt involved). The exporters wrap their work in ``with report_language(profile.language):``
  so the report strings they pass to ``tr`` follow the profile (other strings, such as progress
  messages and errors, still follow the screen).

The set of report strings is the table's English keys: ``report_strings()`` lists them (the tests
check a French or Spanish report for any of them left in English).
"""

from __future__ import annotations

import tomllib
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Callable, Iterator

REPORT_LANGUAGES = ("en", "fr", "es")  # languages the report strings are written in
_backend: Callable[[str, str], str] | None = None
_report_language: ContextVar[str | None] = ContextVar("mpdesk_report_language", default=None)


def install_backend(backend: Callable[[str, str], str] | None) -> None:
    global _backend
    _backend = backend


def tr(context: str, text: str) -> str:
    """``text`` in the screen's language, or in the report's inside ``report_language``."""
    language = _report_language.get()
    if language is not None and (context, text) in _table():
        return tr_for(language, context, text)
    if _backend is None:
        return text
    return _backend(context, text)


def tr_for(language: str, context: str, text: str) -> str:
    """A report string in ``language`` (English when the language or the string has none)."""
    return _table().get((context, text), {}).get(language) or text


@contextmanager
def report_language(language: str) -> Iterator[None]:
    """Within the block (this thread or task), report strings passed to ``tr`` are in ``language``."""
    token = _report_language.set(language or "en")
    try:
        yield
    finally:
        _report_language.reset(token)


def current_report_language() -> str | None:
    """The language set by the innermost ``report_language`` block, or None outside one."""
    return _report_language.get()


def report_strings() -> list[tuple[str, str]]:
    """Every report string as (context, English text)."""
    return list(_table())


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, str], dict[str, str]]:
    """``report.toml``: ``[Context]`` tables of ``"English" = { fr = "...", es = "..." }``."""
    from mpdesk.paths import resources_dir

    path = resources_dir() / "translations" / "report.toml"
    with open(path, "rb") as handle:
        raw = tomllib.load(handle)
    return {(context, english): dict(languages) for context, strings in raw.items()
            for english, languages in strings.items()}
