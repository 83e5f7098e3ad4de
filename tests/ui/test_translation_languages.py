"""French and Spanish interfaces: every string translated, placeholders kept, menus usable by keyboard."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QMenu

from mpdesk.paths import resources_dir

TRANSLATIONS = resources_dir() / "translations"
PLACEHOLDERS = r"\{[^}]*\}|%n|%\d|<[^>]+>"


@pytest.fixture(params=["fr", "es"])
def translated(request, app):
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"mpdesk_{request.param}.qm"))
    assert app.installTranslator(translator)
    yield request.param
    app.removeTranslator(translator)


@pytest.mark.parametrize("language", ["fr", "es"])
def test_every_text_is_translated_keeping_placeholders_accelerators_and_ellipses(language: str) -> None:
    root = ET.parse(TRANSLATIONS / f"mpdesk_{language}.ts").getroot()
    problems, count = [], 0
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation.get("type") == "vanished":
            continue
        count += 1
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            if translation.get("type") == "unfinished" or not text:
                problems.append(f"not translated: {source!r}")
            elif sorted(re.findall(PLACEHOLDERS, text)) != sorted(re.findall(PLACEHOLDERS, source)):
                problems.append(f"placeholders differ: {source!r} -> {text!r}")
            elif ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
                problems.append(f"accelerator lost or added: {source!r} -> {text!r}")
            elif source.endswith("…") != text.endswith("…"):
                problems.append(f"'…' (opens a dialog) lost or added: {source!r} -> {text!r}")
    assert count > 700
    assert problems == []


def test_both_languages_translate_the_same_texts() -> None:
    def texts(language: str) -> set[tuple[str, str]]:
        root = ET.parse(TRANSLATIONS / f"mpdesk_{language}.ts").getroot()
        return {(ctx.findtext("name"), m.findtext("source")) for ctx in root.iter("context")
                for m in ctx.iter("message") if m.find("translation").get("type") != "vanished"}

    assert texts("fr") == texts("es")


def _mnemonic(text: str) -> str:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else ""


def test_menus_are_translated_and_each_menu_has_distinct_access_keys(translated, qtbot) -> None:
    from mpdesk.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    menus = [window.menuBar()] + [a.menu() for a in window.menuBar().actions() if a.menu()]
    expected = {"fr": ["&Fichier", "&Édition"], "es": ["&Archivo", "&Edición"]}[translated]
    assert [a.text() for a in window.menuBar().actions()][:2] == expected
    for menu in menus:
        actions = [a for a in menu.actions() if a.text() and not a.isSeparator()]
        keys = [_mnemonic(a.text()) for a in actions if _mnemonic(a.text())]
        title = menu.title() if isinstance(menu, QMenu) else "menu bar"
        assert len(keys) == len(set(keys)), f"{title}: {[a.text() for a in actions]}"
