"""A profile saved before step 1.1's lead agency reached the profile: the upgrade to file format 3 copies
it, so the PDF's cover and copyright line name the agency (read back with pypdf).

The old file is made as mpdesk made it then: the agency typed in step 1.1 (the deliverable value), the
profile's own field empty, file format 2 (sqlite3 undoes what today's edit adds). The PDF is written by
``mpdesk export`` in a real process, as a user would.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pypdf import PdfReader

from mpdesk.services import steps
from mpdesk.services.profile import NewProfile, create_profile
from tests.reliability import harness

AGENCY = "Ministère de l'Intérieur"


def old_file(path: Path, typed: str, own: str = "") -> Path:
    ws = create_profile(path, NewProfile(country_iso3="SEN", edition_year=2026, language="fr"))
    steps.set_deliverable(ws, "1.1", "lead_agency", typed)
    ws.close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE profile SET lead_agency = ?", (own,))
        db.execute("UPDATE file_meta SET value = '2' WHERE key = 'schema_version'")
    db.close()
    return path


def pdf_text(path: Path, out: Path) -> list[str]:
    done = harness.mpdesk("export", path, "--pdf", out)
    assert done.returncode == 0, done.stderr
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(str(out)).pages]


def lead_agency(path: Path) -> str:
    with sqlite3.connect(path) as db:
        value = db.execute("SELECT lead_agency FROM profile").fetchone()[0]
    db.close()
    return value


def test_an_old_file_prints_the_agency_typed_in_step_1_1(tmp_path: Path) -> None:
    path = old_file(tmp_path / "Sénégal 2026.mpdesk", f"  {AGENCY} ")
    pages = pdf_text(path, tmp_path / "rapport.pdf")
    assert f"Élaboré sous la direction de : {AGENCY}" in pages[0], pages[0]
    assert any(f"© 2026 {AGENCY}" in page for page in pages[:3]), pages[:3]
    assert lead_agency(path) == AGENCY                       # trimmed, as the step's edit trims it
    backup = tmp_path / "Sénégal 2026.before-upgrade-v2.mpdesk"
    assert lead_agency(backup) == ""                         # the copy made before the upgrade is the old file
    info = harness.mpdesk("info", path)
    assert f"Lead agency: {AGENCY}" in info.stdout, info.stdout


def test_a_profile_s_own_agency_is_kept(tmp_path: Path) -> None:
    path = old_file(tmp_path / "Sénégal 2026.mpdesk", AGENCY, own="Agence nationale de la statistique")
    pages = pdf_text(path, tmp_path / "rapport.pdf")
    assert "Élaboré sous la direction de : Agence nationale de la statistique" in pages[0], pages[0]
    assert AGENCY not in pages[0]


def test_no_agency_typed_prints_no_leadership_line(tmp_path: Path) -> None:
    path = old_file(tmp_path / "Sénégal 2026.mpdesk", "   ")
    pages = pdf_text(path, tmp_path / "rapport.pdf")
    assert "Élaboré sous la direction de" not in pages[0], pages[0]
    assert lead_agency(path) == ""


def test_the_cover_names_any_agency_in_correct_french_and_spanish(tmp_path: Path) -> None:
    """Tester7 #7: 'Élaboré sous la direction de Ministère…' (French wants 'du Ministère'; the article
    depends on the name), so the name follows a colon, which is right for any agency."""
    for language, line in (("fr", f"Élaboré sous la direction de : {AGENCY}"),
                           ("es", f"Elaborado bajo la dirección de: {AGENCY}")):
        path = tmp_path / f"{language}.mpdesk"
        ws = create_profile(path, NewProfile(country_iso3="SEN", edition_year=2026, language=language))
        steps.set_deliverable(ws, "1.1", "lead_agency", AGENCY)
        ws.close()
        cover = pdf_text(path, tmp_path / f"{language}.pdf")[0]
        assert line in cover, cover
        assert f"de {AGENCY}" not in cover, cover
