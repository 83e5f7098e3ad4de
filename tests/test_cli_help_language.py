"""`mpdesk --help` in a French console (tester7 #10): argparse's own words ('positional arguments',
'options', 'show this help message and exit', its errors) were English around French help texts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ENGLISH = ("positional arguments", "show this help message and exit", "usage:", "the following arguments")


def run(*args: str, lang: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "MPDESK_LANG"))}
    env.update(LANG=lang, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "mpdesk", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)


@pytest.mark.parametrize("args", [("--help",), ("import", "--help"), ("export", "--help"), ("new", "--help")])
def test_help_is_french_in_a_french_console(args) -> None:
    result = run(*args, lang="fr_FR.UTF-8")
    assert result.returncode == 0, result.stderr
    assert "afficher cette aide et quitter" in result.stdout and "utilisation : mpdesk" in result.stdout
    assert not [w for w in ENGLISH if w in result.stdout], result.stdout


def test_a_usage_error_is_french_too() -> None:
    result = run("import", lang="fr_FR.UTF-8")
    assert result.returncode == 2
    assert "erreur : ces arguments sont obligatoires : file" in result.stderr, result.stderr


def test_help_stays_english_in_an_english_console() -> None:
    result = run("import", "--help", lang="en_US.UTF-8")
    assert "show this help message and exit" in result.stdout and "positional arguments" in result.stdout
