"""argparse's own words ('usage:', 'positional arguments', 'options', its errors) in the console's
language: argparse asks gettext, which has no catalogue for them in a frozen app or a plain install,
so they stayed English in a French console (tester7 #10). They go through ``mpdesk.i18n`` instead,
with the rest of the console's text."""

from __future__ import annotations

import argparse

from mpdesk.i18n import tr


def _messages() -> dict[str, str]:
    """argparse's messages (Python 3.11-3.13) that a user of mpdesk can see, by their English text."""
    texts = [
        tr("Cli", "usage: "), tr("Cli", "positional arguments"), tr("Cli", "options"),
        tr("Cli", "show this help message and exit"), tr("Cli", "show program's version number and exit"),
        tr("Cli", "the following arguments are required: %s"), tr("Cli", "unrecognized arguments: %s"),
        tr("Cli", "invalid choice: %(value)r (choose from %(choices)s)"),
        tr("Cli", "argument %(argument_name)s: %(message)s"), tr("Cli", "%(prog)s: error: %(message)s\n"),
        tr("Cli", "invalid %(type)s value: %(value)r"), tr("Cli", "expected one argument"),
        tr("Cli", "expected at most one argument"), tr("Cli", "expected at least one argument"),
        tr("Cli", "ambiguous option: %(option)s could match %(matches)s"),
        tr("Cli", "not allowed with argument %s"), tr("Cli", "one of the arguments %s is required"),
    ]
    english = ["usage: ", "positional arguments", "options", "show this help message and exit",
               "show program's version number and exit", "the following arguments are required: %s",
               "unrecognized arguments: %s", "invalid choice: %(value)r (choose from %(choices)s)",
               "argument %(argument_name)s: %(message)s", "%(prog)s: error: %(message)s\n",
               "invalid %(type)s value: %(value)r", "expected one argument", "expected at most one argument",
               "expected at least one argument", "ambiguous option: %(option)s could match %(matches)s",
               "not allowed with argument %s", "one of the arguments %s is required"]
    return dict(zip(english, texts))


def translate_argparse() -> None:
    """Make argparse ask ``mpdesk.i18n`` (in the language installed now) for its own messages; call it
    before the parsers are built, as their groups' titles are translated then."""
    table = _messages()
    argparse._ = lambda text: table.get(text, text)  # type: ignore[attr-defined]
    argparse.ngettext = lambda one, many, n: table.get(one if n == 1 else many, one if n == 1 else many)  # type: ignore[attr-defined]


__all__ = ["translate_argparse"]
