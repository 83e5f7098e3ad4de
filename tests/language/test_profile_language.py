"""The profile's language: only complete languages offered; an older Portuguese or Russian
profile still opens and exports (in English, with a notice); the proposed title follows it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from mpdesk.guide.text import LANGUAGES
from mpdesk.models.entities import Profile
from mpdesk.services import EditError, Workspace
from mpdesk.services.profile import NewProfile, create_profile, language_notice, update_profile


def _make(path: Path, language: str, iso3: str = "SEN") -> Workspace:
    return create_profile(path, NewProfile(country_iso3=iso3, edition_year=2024, language=language))


def test_only_complete_languages_are_offered(tmp_path: Path) -> None:
    assert list(LANGUAGES) == ["en", "fr", "es"]
    with pytest.raises(EditError):
        _make(tmp_path / "pt.mpdesk", "pt")
    ws = _make(tmp_path / "fr.mpdesk", "fr")
    try:
        with pytest.raises(EditError):
            update_profile(ws, language="ru")
        update_profile(ws, language="es")
        assert ws.profile().language == "es"
    finally:
        ws.close()


def test_a_portuguese_profile_from_before_still_opens_and_exports_in_english(tmp_path: Path) -> None:
    from mpdesk.export.options import ExportOptions
    from mpdesk.export.report_data import load_report_data

    path = tmp_path / "old.mpdesk"
    ws = _make(path, "en", "BRA")
    with ws.edit("old file") as session:   # what a file written by an earlier mpdesk holds
        session.scalars(select(Profile)).one().language = "pt"
    ws.close()
    ws = Workspace.open(path)
    try:
        assert "English" in language_notice(ws.profile().language)
        data = load_report_data(ws, ExportOptions(export_date=date(2026, 12, 1)))
        assert data.language == "en"
        assert data.profile.country_name == "Brazil"
        assert data.profile.title == "Migration Profile of Brazil 2024"
    finally:
        ws.close()
    assert language_notice("fr") == ""


def test_the_proposed_title_follows_the_profile_language(tmp_path: Path) -> None:
    from mpdesk.export.options import ExportOptions
    from mpdesk.export.report_data import load_report_data

    ws = _make(tmp_path / "sen.mpdesk", "en")
    try:
        assert ws.profile().title == "Migration Profile of Senegal 2024"
        update_profile(ws, language="fr")
        data = load_report_data(ws, ExportOptions(export_date=date(2026, 12, 1)))
        assert data.profile.title == "Profil migratoire : Sénégal, 2024"   # the proposed title, in French
        assert data.profile.country_name == "Sénégal"
        update_profile(ws, title="Migration au Sénégal : profil national 2024", language="es")
        data = load_report_data(ws, ExportOptions(export_date=date(2026, 12, 1)))
        assert data.profile.title == "Migration au Sénégal : profil national 2024"   # a typed title is kept
        assert data.profile.country_name == "Senegal"
    finally:
        ws.close()


def test_the_draft_package_is_named_in_the_profile_language(tmp_path: Path) -> None:
    from mpdesk.export.draft import draft_base_name

    ws = _make(tmp_path / "mex.mpdesk", "es", "MEX")
    try:
        assert draft_base_name(ws, date(2026, 12, 1)) == "México PM 2024 - borrador 2026-12-01"
    finally:
        ws.close()
