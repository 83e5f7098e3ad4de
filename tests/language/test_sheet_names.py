"""Excel sheet names: shortened at a word, unique, within Excel's 31 characters."""

from __future__ import annotations

from mpdesk.export.excel.sheets import SHEET_NAME_LIMIT, sheet_name


def test_a_long_french_module_title_is_cut_after_a_whole_word() -> None:
    name = sheet_name("A.6 Migration interne et déplacements", [])
    assert name == "A.6 Migration interne"          # not '... et déplac', nor ending on 'et'


def test_a_spanish_title_does_not_end_on_a_preposition() -> None:
    assert sheet_name("B.2 Migración y desarrollo económico del país", []) == "B.2 Migración y desarrollo"


def test_names_stay_unique_and_short() -> None:
    taken: list[str] = []
    for _ in range(12):
        taken.append(sheet_name("C.4 Coopération internationale et partenariats", taken))
    assert len({t.lower() for t in taken}) == 12
    assert all(len(t) <= SHEET_NAME_LIMIT for t in taken)
    assert taken[:2] == ["C.4 Coopération internationale", "C.4 Coopération (2)"]  # the suffix shortens at a word too


def test_a_single_very_long_word_is_still_cut_to_fit() -> None:
    assert len(sheet_name("Supercalifragilisticexpialidocious-and-more", [])) == SHEET_NAME_LIMIT
