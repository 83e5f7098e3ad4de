"""Every command and every argument says what it is for (tester #3: `mpdesk --help` named `sample` and
`new` without a word, and `mpdesk sample --help` left FILE unexplained), in the console's language;
French help headings put a (no-break) space before their colon ('arguments positionnels :'), as
French typography does, where argparse wrote 'arguments positionnels:'. Real processes run
`python -m mpdesk ... --help` with LANG set; the expected sentences are the parser's own, read in the
same language through mpdesk.i18n."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from mpdesk import i18n
from mpdesk.cli import SUBCOMMANDS, _command_parser, _commands

ROOT = Path(__file__).resolve().parents[1]
LOCALES = {"en": "en_US.UTF-8", "fr": "fr_FR.UTF-8", "es": "es_ES.UTF-8"}
HEADINGS = {"en": ("positional arguments:", "options:", "commands:"),
            "fr": ("arguments positionnels\u00a0:", "options\u00a0:", "commandes\u00a0:"),
            "es": ("argumentos posicionales:", "opciones:", "comandos:")}


def run(*args: str, language: str, tmp_path: Path) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "MPDESK_LANG", "LANGUAGE"))}
    env.update(LANG=LOCALES[language], PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
               MPDESK_SETTINGS_DIR=str(tmp_path / "settings"))
    result = subprocess.run([sys.executable, "-m", "mpdesk", *args], capture_output=True, text=True, env=env,
                            cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def flat(text: str) -> str:
    return " ".join(text.split())


def parsers_in(language: str) -> dict[str, argparse.ArgumentParser]:
    """The console commands' parsers built in ``language`` (their help sentences translated)."""
    from mpdesk.cli_argparse import translate_argparse

    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    try:
        with i18n.using_backend(i18n.console_backend(language)):
            translate_argparse()   # '-h' says 'afficher cette aide et quitter', as the console does
            return _commands(_command_parser())
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_mpdesk_help_lists_every_command_with_its_sentence(language, tmp_path):
    text = run("--help", language=language, tmp_path=tmp_path)
    commands = parsers_in(language)
    assert list(commands) == list(SUBCOMMANDS)
    listing = text[text.index(HEADINGS[language][2]):]
    for name, parser in commands.items():
        assert parser.description, name
        assert re.search(rf"^  {name} +{re.escape(parser.description.split()[0])}", listing, re.M), (name, listing)
        assert flat(parser.description) in flat(listing), name
    for heading in HEADINGS[language]:
        assert re.search(rf"^{heading}$", text, re.M), (heading, text)


@pytest.mark.parametrize("language", ["fr", "es"])
@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_argument_of_a_command_has_its_sentence(command, language, tmp_path):
    parser = parsers_in(language)[command]
    text = flat(run(command, "--help", language=language, tmp_path=tmp_path))
    assert flat(parser.description or "") in text
    for action in parser._actions:
        assert action.help and action.help is not argparse.SUPPRESS, (command, action.dest)
        assert flat(action.help) in text, (command, action.dest, text)
    english = parsers_in("en")[command]
    translated = [a.help for a in parser._actions if a.help not in (None, "file")]
    assert translated != [a.help for a in english._actions if a.help not in (None, "file")]


def test_french_headings_have_a_space_before_the_colon(tmp_path):
    for args in (("--help",), ("sample", "--help"), ("import", "--help")):
        text = run(*args, language="fr", tmp_path=tmp_path)
        assert text.startswith("utilisation : mpdesk"), text
        headings = [line for line in text.splitlines() if line and not line.startswith(" ") and line.endswith(":")]
        assert headings and all(line.endswith("\u00a0:") for line in headings), headings
        assert "arguments positionnels\u00a0:" in text and "options\u00a0:" in text
        assert "arguments positionnels:" not in text and "options:" not in text
    assert "show program's version number" not in run("--help", language="fr", tmp_path=tmp_path)
