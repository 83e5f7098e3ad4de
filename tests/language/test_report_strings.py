"""Report strings: every one has French and Spanish, and ``tr`` gives them in the report's
language inside ``report_language`` while other strings keep following the screen."""

from __future__ import annotations

import re

import pytest

from mpdesk import i18n

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


@pytest.mark.parametrize("language", ["fr", "es"])
def test_every_report_string_has_a_translation_with_the_same_placeholders(language: str) -> None:
    missing, broken = [], []
    for context, english in i18n.report_strings():
        translated = i18n.tr_for(language, context, english)
        if translated == english and re.search(r"[A-Za-z]{3}", PLACEHOLDER.sub("", english)) and \
                english not in ("Source", "Total", "total", "Notes", "Action", "Institution", "Type", "Module",
                                "Convention", "Section", "Modules", "Sources", "Responsible", "Note",
                                "Provenance", "No", "provisional", "projection", "Provisional", "Projection", "migration", "mpdesk {version}", "Police", "UNODC", "UNCTAD", "Administrative", "Public"):
            missing.append((context, english))
        if sorted(PLACEHOLDER.findall(translated)) != sorted(PLACEHOLDER.findall(english)):
            broken.append((context, english, translated))
    assert not missing
    assert not broken


def test_report_language_applies_to_report_strings_only() -> None:
    screen = {("Report", "Contents"): "SCREEN", ("Export", "Reading the profile"): "SCREEN"}
    previous = i18n._backend   # the Qt translator other tests installed: put back afterwards
    i18n.install_backend(lambda context, text: screen.get((context, text), text))
    try:
        assert i18n.tr("Report", "Contents") == "SCREEN"
        with i18n.report_language("es"):
            assert i18n.tr("Report", "Contents") == "Índice"
            assert i18n.tr("Report", "Page {page} of {total}").format(page=2, total=33) == "Página 2 de 33"
            assert i18n.tr("Export", "Reading the profile") == "SCREEN"   # progress follows the screen
            with i18n.report_language("en"):
                assert i18n.tr("Report", "Contents") == "Contents"        # English profile, French screen
            assert i18n.current_report_language() == "es"
        assert i18n.tr("Report", "Contents") == "SCREEN"
    finally:
        i18n.install_backend(previous)


def test_report_language_is_per_thread() -> None:
    import threading

    seen: list[str] = []
    with i18n.report_language("fr"):
        worker = threading.Thread(target=lambda: seen.append(i18n.tr("Report", "Contents")))
        worker.start()
        worker.join()
        assert i18n.tr("Report", "Contents") == "Table des matières"
    assert seen == ["Contents"]


def test_unknown_language_falls_back_to_english() -> None:
    assert i18n.tr_for("pt", "Report", "Contents") == "Contents"
    assert i18n.tr_for("fr", "Report", "A string that is not a report string") == \
        "A string that is not a report string"
