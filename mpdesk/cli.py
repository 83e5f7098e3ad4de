"""The ``mpdesk`` command: starts the window, or runs a console subcommand (no Qt imported).

``mpdesk`` and ``mpdesk FILE`` open the GUI; ``mpdesk new|info|catalog|sample|import|export|check``
work on a profile from a console. Exit codes: 0 ok, 1 findings or a user error (one sentence on
stderr, never a traceback), 2 usage.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Callable, Sequence

import mpdesk
from mpdesk import i18n
from mpdesk.i18n import tr

SUBCOMMANDS = ("new", "info", "catalog", "sample", "import", "imports", "request", "export", "check")
EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2


def _version(parser: argparse.ArgumentParser) -> None:
    # argparse's own --version help is fixed in English when argparse is imported: say it here
    parser.add_argument("--version", action="version", version=f"mpdesk {mpdesk.__version__}",
                        help=tr("Cli", "show program's version number and exit"))


def _gui_parser() -> argparse.ArgumentParser:
    from mpdesk.cli_argparse import Parser

    parser = Parser(
        prog="mpdesk",
        description=tr("Cli", "Prepare a national Migration Profile step by step. Without a command, the "
                       "mpdesk window opens; a command works on a profile in the console "
                       "(mpdesk COMMAND --help for details)."))
    parser.add_argument("file", nargs="?", help=tr("Cli", "a profile file (.mpdesk) to open"))
    parser.add_argument("--sample", action="store_true",
                        help=tr("Cli", "open the Kenya 2020 training sample (written to your Documents folder)"))
    parser.add_argument("--quit-after-show", action="store_true", help=argparse.SUPPRESS)
    _version(parser)
    parser.commands = [(name, command.description or "") for name, command in _commands(_command_parser()).items()]
    return parser


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The console commands of ``_command_parser()``, by name, in their order."""
    found = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(found.choices)


def _profile_file(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help=tr("Cli", "the profile file (.mpdesk)"))


def _json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=tr("Cli", "print the result as JSON instead of text"))


def _command_parser() -> argparse.ArgumentParser:
    from mpdesk.cli_argparse import Parser, add_command
    from mpdesk.cli_imports import add_import_parsers

    parser = Parser(prog="mpdesk")
    _version(parser)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND",
                                title=tr("Cli", "commands"))
    new = add_command(sub, "new", tr("Cli", "create a new profile file"))
    new.add_argument("file", help=tr("Cli", "the profile file to create (.mpdesk)"))
    new.add_argument("--country", required=True,
                     help=tr("Cli", "ISO 3166 alpha-3 code or country name, e.g. KEN or Kenya"))
    new.add_argument("--year", required=True, type=int, help=tr("Cli", "edition year, e.g. 2020"))
    new.add_argument("--lang", default="en", help=tr("Cli", "the report's language: en, fr or es (default en)"))
    new.add_argument("--kind", choices=("basic", "extended"), default="basic",
                     help=tr("Cli", "a basic or an extended Migration Profile (default basic)"))
    new.add_argument("--period", help=tr("Cli", "reference period, e.g. 2010-2020"))
    new.add_argument("--title", default="",
                     help=tr("Cli", "the report's title (default: Migration Profile of COUNTRY YEAR)"))
    info = add_command(sub, "info", tr("Cli", "describe a profile and its progress"))
    _profile_file(info)
    _json(info)
    catalog = add_command(sub, "catalog", tr("Cli", "list the guidance catalogue"))
    _json(catalog)
    catalog.add_argument("--lang", default="en",
                         help=tr("Cli", "the language of the names: en, fr or es (default en)"))
    sample = add_command(sub, "sample", tr("Cli", "write the Kenya 2020 training sample profile"))
    sample.add_argument("file", help=tr("Cli", "where to write the sample profile (.mpdesk)"))
    add_import_parsers(sub, _profile_file, _json)
    export = add_command(sub, "export", tr("Cli", "export a profile as CSV, PDF or Excel"))
    _profile_file(export)
    export.add_argument("--csv", metavar="OUT.csv", help=tr("Cli", "write the tidy CSV of values to this file"))
    export.add_argument("--pdf", metavar="OUT.pdf", help=tr("Cli", "write the PDF report to this file"))
    export.add_argument("--xlsx", metavar="OUT.xlsx", help=tr("Cli", "write the Excel workbook to this file"))
    export.add_argument("--draft", action="store_true", help=tr("Cli", "mark every page as a draft"))
    export.add_argument("--modules", nargs="+", metavar="KEY", help=tr("Cli", "report sections, e.g. A.2 B.2"))
    check = add_command(sub, "check", tr("Cli", "run the quality checks"))
    _profile_file(check)
    _json(check)
    return parser


def _user_errors() -> tuple[type[Exception], ...]:
    """Errors whose message is already a sentence for the user."""
    from mpdesk.export.options import ExportError
    from mpdesk.guide import CatalogueError
    from mpdesk.imports.records import ImportFormatError
    from mpdesk.models import ProfileFileError
    from mpdesk.services.keys import EditError

    return (ProfileFileError, EditError, ImportFormatError, ExportError, CatalogueError)


def _message(exc: Exception) -> str:
    return str(getattr(exc, "message", None) or exc)


def _run_command(args: argparse.Namespace) -> int:
    from mpdesk import cli_commands

    handler: Callable[[argparse.Namespace], int] = getattr(cli_commands, f"cmd_{args.command}")
    try:
        return handler(args)
    except _user_errors() as exc:
        print(_message(exc), file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:
        raise
    except _storage_errors() as exc:  # a failure no check foresaw still gets a sentence, never a traceback
        from mpdesk.models.errors import failure_sentence

        print(failure_sentence(exc), file=sys.stderr)
        return EXIT_USER_ERROR


def _storage_errors() -> tuple[type[BaseException], ...]:
    import sqlite3

    from sqlalchemy.exc import SQLAlchemyError

    # ValueError/TypeError: a stored value that passed the integrity check but is not what its column
    # holds (a date with a stray byte in a tampered file)
    return (SQLAlchemyError, sqlite3.Error, OSError, UnicodeError, MemoryError, ValueError, TypeError)


def _run_gui(args: argparse.Namespace) -> int:
    path = args.file
    # A missing .mpdesk file is explained by the window itself; anything else is a mistyped command.
    if path and not args.sample and not path.lower().endswith(".mpdesk") and not os.path.exists(path):
        print(tr("Cli", "'{name}' is neither an mpdesk command ({commands}) nor an existing profile file.")
              .format(name=path, commands=", ".join(SUBCOMMANDS)), file=sys.stderr)
        return EXIT_USER_ERROR
    try:
        if args.sample:
            from mpdesk.services.sample import ensure_sample

            path = str(ensure_sample())
        from mpdesk.app import run_gui
    except _user_errors() as exc:
        print(_message(exc), file=sys.stderr)
        return EXIT_USER_ERROR
    except ImportError as exc:
        print(tr("Cli", "The mpdesk window cannot start because part of the program is missing ({why}). "
                 "Reinstall mpdesk; the console commands still work.").format(why=exc), file=sys.stderr)
        return EXIT_USER_ERROR
    return run_gui(path, args.sample, args.quit_after_show)


def _attach_console() -> None:
    """On Windows ``mpdesk`` is a GUI script, started with no console: a subcommand typed in a
    terminal attaches to that terminal, so its output and error sentences are seen there."""
    if sys.platform != "win32" or sys.stdout is not None:
        return
    import ctypes

    if ctypes.windll.kernel32.AttachConsole(-1):  # -1: the parent process's console
        sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
        sys.stderr = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115


def main(argv: Sequence[str] | None = None) -> int:
    """The console in the interface language (the window installs Qt's translator itself)."""
    import multiprocessing

    multiprocessing.freeze_support()   # a frozen build's second process (the Excel export's) runs and exits here
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in SUBCOMMANDS and not any(a in ("--help", "-h") for a in argv):
        return _main(argv)  # the window: Qt translates
    with i18n.using_backend(i18n.console_backend(i18n.console_language())):
        return _main(argv)


def _main(argv: list[str]) -> int:
    is_command = bool(argv) and argv[0] in SUBCOMMANDS
    if is_command or any(a in ("--help", "-h", "--version") for a in argv):
        _attach_console()
    from mpdesk.cli_argparse import translate_argparse

    translate_argparse()   # argparse's own words ('options', 'usage:') in the console's language
    parser = _command_parser() if is_command else _gui_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version (0) and usage errors (2)
        return int(exc.code or 0)
    if not is_command:
        return _run_gui(args)
    try:
        return _run_command(args)
    except BrokenPipeError:  # output piped into e.g. `head`, which stopped reading: not an error
        sys.stdout = open(os.devnull, "w", encoding="utf-8")
        return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
