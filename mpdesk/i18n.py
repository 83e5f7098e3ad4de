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

The console commands have no Qt: ``console_backend()`` reads the same compiled ``.qm`` translation
the window loads (``read_qm``) for the interface language chosen by ``console_language()``.
"""

from __future__ import annotations

import configparser
import os
import re
import string
import struct
import tomllib
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator, Mapping

REPORT_LANGUAGES = ("en", "fr", "es")  # languages the report strings are written in
_backend: Callable[[str, str], str] | None = None
_report_language: ContextVar[str | None] = ContextVar("mpdesk_report_language", default=None)


def install_backend(backend: Callable[[str, str], str] | None) -> None:
    global _backend
    _backend = backend


@contextmanager
def using_backend(backend: Callable[[str, str], str] | None) -> Iterator[None]:
    """``backend`` for the block, the previous one restored after (a command run in-process)."""
    previous = _backend
    install_backend(backend)
    try:
        yield
    finally:
        install_backend(previous)


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


# Notes that mpdesk's importers write on figures ('Model estimate', 'UN WPP 2022 projection'):
# report text kept in the [Notes] table. They are stored in the profile's language at import, and
# put in the report's language again when printed (``note_in``), so a profile whose language is
# changed later, or a file imported before a note had its translation, prints no foreign note.
NOTES = "Notes"


def note_in(language: str, text: str) -> str:
    """An importer's note (in any report language, placeholders filled) in ``language``; any other
    text (a note the team wrote, a publisher's own) as it is."""
    return _note_in(language or "en", text) if text else text


@lru_cache(maxsize=4096)
def _note_in(language: str, text: str) -> str:
    for english, pattern in _note_patterns():
        found = pattern.fullmatch(text.strip())
        if found is not None:
            # a filled-in value may itself be a note or a ', ' list of them ('foreign-born, imputed')
            parts = {name: ", ".join(_note_in(language, p) for p in value.split(", "))
                     for name, value in found.groupdict().items()}
            return tr_for(language, NOTES, english).format(**parts)
    return text


@lru_cache(maxsize=1)
def _note_patterns() -> "list[tuple[str, re.Pattern[str]]]":
    """(English note, a pattern matching it in one report language), for each; a placeholder matches any text."""
    found = []
    for (context, english), languages in _table().items():
        if context != NOTES:
            continue
        for text in dict.fromkeys([english, *languages.values()]):
            found.append((english, re.compile(_template_pattern(text))))
    return found


def _template_pattern(template: str) -> str:
    """'UN WPP {revision} projection' -> 'UN\\ WPP\\ (?P<revision>.+?)\\ projection' (a name once a pattern)."""
    pattern, seen = "", set()
    for literal, name, _, _ in string.Formatter().parse(template):
        pattern += re.escape(literal)
        if name is not None:
            pattern += f"(?P={name})" if name in seen else f"(?P<{name}>.+?)"
            seen.add(name)
    return pattern


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


# -- the console's interface language -------------------------------------------------------------
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")  # POSIX order: the first one set decides


def console_language(environ: Mapping[str, str] | None = None) -> str:
    """The interface language of the console commands, by the window's rule (ui.settings.interface_language):
    MPDESK_LANG, else the language chosen in the window's settings, else the system's (the POSIX locale
    variables), when mpdesk is translated into it; else English."""
    env = os.environ if environ is None else environ
    for code in (env.get("MPDESK_LANG", ""), _saved_language(env), _locale_language(env)):
        code = code.split("_")[0].split(".")[0].lower()
        if code == "en" or (code and _qm_path(code).is_file()):
            return code
    return "en"


def _locale_language(env: Mapping[str, str]) -> str:
    value = next((env[name] for name in _LOCALE_VARIABLES if env.get(name)), "")
    return "" if value in ("C", "POSIX") or value.startswith("C.") else value


def _saved_language(env: Mapping[str, str]) -> str:
    """The window's saved choice, where its settings are an INI file (MPDESK_SETTINGS_DIR, or Qt's
    place for them on Linux and other Unix systems; the Windows registry and macOS plists are not read)."""
    folder = env.get("MPDESK_SETTINGS_DIR")
    config = Path(env.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    path = Path(folder) / "mpdesk.ini" if folder else config / "mpdesk" / "mpdesk.conf"
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
    except (OSError, configparser.Error, UnicodeError):
        return ""
    return parser.get("General", "interface_language", fallback="")


def console_backend(language: str) -> Callable[[str, str], str] | None:
    """A ``tr`` backend from ``mpdesk_<language>.qm`` (None for English or a missing file)."""
    if language == "en":
        return None
    try:
        table = read_qm(_qm_path(language))
    except (OSError, ValueError):  # a damaged translation must not stop a command: English then
        return None
    return lambda context, text: table.get((context, text)) or text


def _qm_path(language: str) -> Path:
    from mpdesk.paths import resources_dir

    return resources_dir() / "translations" / f"mpdesk_{language}.qm"


_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_QM_MESSAGES = 0x69
_TAG_END, _TAG_TRANSLATION, _TAG_OBSOLETE1, _TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT = 1, 3, 5, 6, 7, 8


def read_qm(path: Path) -> dict[tuple[str, str], str]:
    """(context, source text) -> translation from a Qt ``.qm`` file (as pyside6-lrelease writes it:
    its messages section holds, for each message, the translation, source and context records)."""
    data = path.read_bytes()
    if not data.startswith(_QM_MAGIC):
        raise ValueError(f"{path.name} is not a Qt translation file")
    position, messages = len(_QM_MAGIC), b""
    while position + 5 <= len(data):
        tag, length = data[position], struct.unpack_from(">I", data, position + 1)[0]
        if tag == _QM_MESSAGES:
            messages = data[position + 5:position + 5 + length]
        position += 5 + length
    return _qm_messages(messages)


def _qm_messages(data: bytes) -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    fields: dict[int, bytes] = {}
    position = 0
    while position < len(data):
        tag = data[position]
        position += 1
        if tag == _TAG_END:
            if _TAG_SOURCE in fields and _TAG_TRANSLATION in fields:
                key = (fields.get(_TAG_CONTEXT, b"").decode("utf-8"), fields[_TAG_SOURCE].decode("utf-8"))
                table[key] = fields[_TAG_TRANSLATION].decode("utf-16-be")
            fields = {}
        elif tag == _TAG_OBSOLETE1:
            position += 4
        elif tag in (_TAG_TRANSLATION, _TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT):
            length = struct.unpack_from(">I", data, position)[0]
            position += 4
            length = 0 if length == 0xFFFFFFFF else length
            fields.setdefault(tag, data[position:position + length])  # numerus forms: the first
            position += length
        else:
            raise ValueError(f"unknown record {tag} in a Qt translation file")
    return table
