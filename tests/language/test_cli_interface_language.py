"""The console commands speak the interface language, by the window's rule: MPDESK_LANG, else the
language saved in the window's settings, else the system's locale (LC_ALL, LC_MESSAGES, LANG), else
English. Real processes with a French or Spanish locale: a refused file, ``mpdesk check`` and
``mpdesk info`` (whose section titles stay in the profile's language)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mpdesk.guide import default_catalogue
from mpdesk.services.profile import NewProfile, create_profile

REPO = Path(__file__).resolve().parents[2]


def run(tmp_path: Path, *args: object, **locale: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("MPDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG",
                                                              "LANGUAGE")}
    env.update(PYTHONPATH=str(REPO), MPDESK_SETTINGS_DIR=str(tmp_path / "settings"), PYTHONDONTWRITEBYTECODE="1")
    env.update(locale)
    return subprocess.run([sys.executable, "-m", "mpdesk", *map(str, args)], capture_output=True, text=True,
                          env=env, cwd=REPO, timeout=300)


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    ws = create_profile(tmp_path / "Ghana 2019.mpdesk", NewProfile(country_iso3="GHA", edition_year=2019, language="en"))
    path = ws.path
    ws.close()
    return path


def test_a_refused_file_is_explained_in_french(tmp_path: Path, profile: Path) -> None:
    conn = sqlite3.connect(profile)
    conn.execute("UPDATE profile SET edition_year = 'deux mille dix-neuf'")
    conn.commit()
    conn.close()
    result = run(tmp_path, "info", profile, LANG="fr_FR.UTF-8")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "ne peut pas être ouvert" in result.stderr and "« edition_year »" in result.stderr, result.stderr
    assert "un nombre entier" in result.stderr


def test_a_missing_file_is_explained_in_spanish(tmp_path: Path) -> None:
    result = run(tmp_path, "check", tmp_path / "nowhere.mpdesk", LC_ALL="es_ES.UTF-8", LANG="fr_FR.UTF-8")
    assert result.returncode == 1 and "no existe" in result.stderr, result.stderr


def test_check_and_info_speak_french_and_keep_the_report_in_the_profiles_language(tmp_path: Path,
                                                                                 profile: Path) -> None:
    check = run(tmp_path, "check", profile, LANG="fr_FR.UTF-8")
    assert "constats" in check.stdout and "erreurs." in check.stdout, check.stdout
    lines = check.stdout.splitlines()
    assert any(line.startswith("remarque: ") for line in lines) and not any(line.startswith("note:") for line in lines)
    assert "figure dans le rapport" in check.stdout and "findings," not in check.stdout  # the checks' own sentences
    info = run(tmp_path, "info", profile, LANG="fr_FR.UTF-8")
    assert "Pays:" in info.stdout and "Modules du rapport :" in info.stdout, info.stdout
    english_title = default_catalogue().section("A.3").title.get_for("en")  # the profile is in English
    assert english_title in info.stdout and default_catalogue().section("A.3").title.get_for("fr") not in info.stdout


def test_english_locale_a_saved_choice_and_mpdesk_lang(tmp_path: Path, profile: Path) -> None:
    assert "findings" in run(tmp_path, "check", profile, LANG="en_GB.UTF-8").stdout
    assert "findings" in run(tmp_path, "check", profile, LANG="de_DE.UTF-8").stdout  # no German: English
    settings = tmp_path / "settings"
    settings.mkdir()
    (settings / "mpdesk.ini").write_text("[General]\ninterface_language=es\n", encoding="utf-8")
    assert "observaciones" in run(tmp_path, "check", profile, LANG="fr_FR.UTF-8").stdout  # the window's choice wins
    assert "constats" in run(tmp_path, "check", profile, LANG="en_US.UTF-8", MPDESK_LANG="fr").stdout
