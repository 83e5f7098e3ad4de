"""The notes a reader writes on the figures it imports ('Basis: foreign-born ...') are report text:
they are stored in the profile's language, whatever the screen's, so a French report prints them in French."""

from __future__ import annotations

from pathlib import Path

import pytest

from mpdesk.imports.preview import read_for
from mpdesk.services.profile import NewProfile, create_profile

REAL = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "real"
UNDESA_2020 = REAL / "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx"


@pytest.mark.skipif(not UNDESA_2020.exists(), reason="the real data folder ../shared/data/real is absent")
@pytest.mark.parametrize("language, basis", [("fr", "Base : personnes nées à l’étranger"),
                                             ("es", "Base: personas nacidas en el extranjero")])
def test_un_desa_notes_are_in_the_profiles_language(tmp_path, language, basis):
    ws = create_profile(tmp_path / "p.mpdesk", NewProfile(country_iso3="SEN", edition_year=2024, language=language))
    try:
        notes = {r.note for r in read_for(ws, UNDESA_2020).records if r.indicator == "immigrant_stock"}
    finally:
        ws.close()
    assert any(note.startswith(basis) for note in notes), notes
    assert not any("foreign-born" in note for note in notes)
