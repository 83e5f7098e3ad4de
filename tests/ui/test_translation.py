"""The French translation: the shipped .qm loads, and both the window and the file errors speak French."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from mpdesk.models import open_profile_file
from mpdesk.models.errors import ProfileFileError
from mpdesk.paths import resources_dir

TRANSLATIONS = resources_dir() / "translations"


@pytest.fixture
def french(app):
    """The French translator installed on the application for one test, then removed again."""
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "mpdesk_fr.qm"))
    assert app.installTranslator(translator)
    yield translator
    app.removeTranslator(translator)


def test_main_window_menus_are_french(french, qtbot) -> None:
    from mpdesk.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:2] == ["&Fichier", "&Édition"]
    assert window.menus.undo.text() == "&Annuler"


def test_profile_file_error_is_french(french, tmp_path: Path) -> None:
    fake = tmp_path / "notes.mpdesk"
    fake.write_text("Compte rendu de la réunion du GTT\n" * 20, encoding="utf-8")
    with pytest.raises(ProfileFileError) as caught:
        open_profile_file(fake)
    assert str(caught.value) == ("notes.mpdesk n'est pas un profil mpdesk : c'est un fichier texte auquel on a "
                                 "donné l'extension .mpdesk. Ouvrez le profil lui-même (mpdesk l'enregistre comme "
                                 "un fichier de base de données), ou créez-en un nouveau.")


def test_english_again_once_the_translator_is_removed(app, tmp_path: Path) -> None:
    fake = tmp_path / "notes.mpdesk"
    fake.write_text("x" * 200, encoding="utf-8")
    with pytest.raises(ProfileFileError, match="is not an mpdesk profile"):
        open_profile_file(fake)


def test_every_text_is_translated_with_its_placeholders() -> None:
    root = ET.parse(TRANSLATIONS / "mpdesk_fr.ts").getroot()
    problems = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation.get("type") == "vanished":
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            if translation.get("type") == "unfinished" or not text:
                problems.append(f"not translated: {source!r}")
            elif sorted(re.findall(r"\{[^}]*\}|%n", text)) != sorted(re.findall(r"\{[^}]*\}|%n", source)):
                problems.append(f"placeholders differ: {source!r} -> {text!r}")
    assert problems == []
