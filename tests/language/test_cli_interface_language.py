"""The console commands speak the interface language, by the window's rule: MPDESK_LANG, else the
language saved in the window's settings, else the system's locale (LC_ALL, LC_MESSAGES, LANG), else
English. Real processes with a French or Spanish locale: a refused file, ``mpdesk check`` and
``mpdesk info`` (whose section titles stay in the profile's language)."""

from __future__ import annotations

import os
import re
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
    assert any(line.startswith("remarque\u00a0: ") for line in lines) and not any(line.startswith("note") for line in lines)
    assert "figure dans le rapport" in check.stdout and "findings," not in check.stdout  # the checks' own sentences
    info = run(tmp_path, "info", profile, LANG="fr_FR.UTF-8")
    assert "Pays\u00a0: " in info.stdout and "Modules du rapport :" in info.stdout, info.stdout
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


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from mpdesk.services.sample import write_sample

    ws = write_sample(tmp_path_factory.mktemp("sample") / "Kenya 2020.mpdesk")
    path = ws.path
    ws.close()
    return path


def test_info_labels_language_and_percent_in_french(tmp_path: Path, sample: Path) -> None:
    """'Organisme chef de file\u00a0: State…', not 'Organisme chef de file:State…'; the profile's language
    named in French; percentages as French writes them."""
    info = run(tmp_path, "info", sample, LANG="fr_FR.UTF-8")
    assert info.returncode == 0, info.stderr
    lines = info.stdout.splitlines()
    agency = next(line for line in lines if line.strip().startswith("Organisme chef de file"))
    assert re.fullmatch(r"  Organisme chef de file\u00a0: +State Department.*", agency), agency
    assert re.search(r"^  Format de fichier\u00a0: +\d+ \(", info.stdout, re.M), info.stdout
    assert re.search(r"^  Langue\u00a0: +anglais$", info.stdout, re.M), info.stdout
    assert re.search(r"^Avancement : \d+[\u00a0\u202f]% au total$", info.stdout, re.M), info.stdout
    assert re.search(r"^  Phase I .*\u00a0: \d+[\u00a0\u202f]%$", info.stdout, re.M), info.stdout
    assert not re.search(r"\S:\S", "\n".join(line for line in lines if "http" not in line))


def test_info_in_english_and_spanish_has_a_space_after_each_colon(tmp_path: Path, sample: Path) -> None:
    english = run(tmp_path, "info", sample, LANG="en_GB.UTF-8").stdout
    assert re.search(r"^  Language: +English$", english, re.M) and re.search(r"^Progress: \d+% overall$", english, re.M)
    spanish = run(tmp_path, "info", sample, LANG="es_ES.UTF-8").stdout
    assert re.search(r"^  Idioma: +inglés$", spanish, re.M), spanish
    assert re.search(r"^  Institución rectora: +State", spanish, re.M), spanish


def test_check_figures_follow_the_language_of_the_sentence(tmp_path: Path, sample: Path) -> None:
    """The sample's remittance outflows jump from 16.2 to 171.0 US$ million in 2014 (+955%): in French
    the figures read 171,0 and +955 %, in Spanish 171,0."""
    english = run(tmp_path, "check", sample, LANG="en_US.UTF-8").stdout
    assert "171.0" in english and "+955%" in english, english
    french = run(tmp_path, "check", sample, LANG="fr_FR.UTF-8").stdout
    assert "171,0" in french and "171.0" not in french, french
    assert re.search(r"\+955[\u202f\u00a0]%", french) and not re.search(r"\d,\d{3}\b", french)
    spanish = run(tmp_path, "check", sample, LANG="es_ES.UTF-8").stdout
    assert "171,0" in spanish and "171.0" not in spanish, spanish


@pytest.mark.parametrize("locale, expected", [
    ("en_GB.UTF-8", "notes.mpdesk is not an mpdesk profile: it is a text file"),
    ("fr_FR.UTF-8", "notes.mpdesk n'est pas un profil mpdesk : c'est un fichier texte"),
    ("es_ES.UTF-8", "notes.mpdesk no es un perfil de mpdesk: es un archivo de texto"),
])
def test_a_text_file_named_mpdesk_is_called_a_text_file(tmp_path: Path, locale: str, expected: str) -> None:
    fake = tmp_path / "notes.mpdesk"
    fake.write_text("Minutes of the TWG meeting\n" * 20, encoding="utf-8")
    result = run(tmp_path, "info", fake, LANG=locale)
    assert result.returncode == 1 and result.stderr.startswith(expected), result.stderr
    assert "Choose a file with" not in result.stderr and "Choisissez un fichier portant" not in result.stderr
