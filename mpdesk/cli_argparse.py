"""argparse's own words ('usage:', 'positional arguments', 'options', its errors) in the console's
language: argparse asks gettext, which has no catalogue for them in a frozen app or a plain install,
so they stayed English in a French console (tester7 #10). They go through ``mpdesk.i18n`` instead,
with the rest of the console's text.

``Parser`` is mpdesk's parser: its headings put the colon as the language does ('arguments
positionnels :' in French, where argparse writes 'heading:' itself), and the window's parser lists
the commands, each with its sentence (``add_command`` gives a command its help and description)."""

from __future__ import annotations

import argparse
from typing import Any

from mpdesk.i18n import tr


def heading_with_colon(heading: str) -> str:
    """'options:' in English and Spanish, 'options\u00a0:' in French (French typography puts a
    no-break space before the colon): a help heading in the console's language."""
    return tr("Cli", "{heading}:").format(heading=heading)


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help layout with the language's colon after each section heading."""

    class _Section(argparse.HelpFormatter._Section):
        def format_help(self) -> str:
            text = super().format_help()
            heading = self.heading
            if not heading or heading is argparse.SUPPRESS:
                return text
            # argparse writes 'heading:' itself (Python 3.11-3.13): the first such line is the heading
            return text.replace(f"{heading}:\n", heading_with_colon(heading) + "\n", 1)


class Parser(argparse.ArgumentParser):
    """An argparse parser with mpdesk's help layout; ``commands`` ((name, sentence), ...) are listed
    after the options in its --help (the window's parser lists the console commands so)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)
        self.commands: list[tuple[str, str]] = []

    def format_help(self) -> str:
        text = super().format_help()
        if not self.commands:
            return text
        formatter = self._get_formatter()
        formatter.start_section(tr("Cli", "commands"))
        for name, sentence in self.commands:
            formatter.add_argument(argparse.Action(option_strings=[], dest=name, help=sentence))
        formatter.end_section()
        return text + "\n" + formatter.format_help()


def add_command(sub: Any, name: str, sentence: str) -> Parser:
    """A console command's parser: ``sentence`` is its line in ``mpdesk --help`` and the description
    its own --help starts with."""
    parser: Parser = sub.add_parser(name, help=sentence, description=sentence)
    return parser


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
