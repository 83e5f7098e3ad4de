"""Edits through the services: undo/redo across different kinds of entry, refused edits save nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from mpdesk.services import registers, steps, values
from mpdesk.services.figures import stored_figures
from mpdesk.services.changes import ChangeSet
from mpdesk.services.profile import NewProfile, create_profile, narratives, set_narrative
from mpdesk.services.keys import CellKey
from mpdesk.services.keys import EditError
from mpdesk.services.workspace import Workspace


@pytest.fixture
def ws(tmp_path: Path):
    workspace = create_profile(tmp_path / "Kenya.mpdesk", NewProfile(country_iso3="KEN", edition_year=2020))
    yield workspace
    workspace.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_profile_has_nothing_to_undo(ws: Workspace) -> None:
    assert not ws.can_undo() and not ws.can_redo()


def test_undo_and_redo_across_different_entities(ws: Workspace) -> None:
    registers.add_item(ws, "member", name="Grace Kamau")
    values.set_value(ws, CellKey("immigrant_stock", 2020), 1050147)
    set_narrative(ws, "A.2", "Immigrants rose.")
    steps.set_step_status(ws, "1.1", "done")

    assert "1.1" in ws.undo_label()
    ws.undo()
    assert "1.1" not in steps.step_states(ws) or steps.step_states(ws)["1.1"].status != "done"
    ws.undo()
    assert "A.2" not in narratives(ws)
    ws.undo()
    assert list(stored_figures(ws)) == []
    assert [m.name for m in registers.list_items(ws, "member")] == ["Grace Kamau"]
    ws.redo()
    assert list(stored_figures(ws))[0].value == 1050147
    ws.redo()
    assert narratives(ws)["A.2"] == "Immigrants rose."
    ws.undo()
    ws.undo()
    ws.undo()
    assert registers.list_items(ws, "member") == []
    assert not ws.can_undo()


def test_an_undone_edit_is_gone_from_the_file(tmp_path: Path) -> None:
    """Undo changes the file itself, not just what the window shows."""
    path = tmp_path / "Ghana.mpdesk"
    ws = create_profile(path, NewProfile(country_iso3="GHA", edition_year=2019))
    registers.add_item(ws, "law", title="Ghana Immigration Act, 2000")
    ws.undo()
    ws.close()
    reopened = Workspace.open(path)
    try:
        assert registers.list_items(reopened, "law") == []
        assert not reopened.can_undo()
    finally:
        reopened.close()


def test_a_new_edit_clears_redo(ws: Workspace) -> None:
    registers.add_item(ws, "source", name="Census 2019")
    ws.undo()
    assert ws.can_redo()
    registers.add_item(ws, "source", name="LFS 2019")
    assert not ws.can_redo()


def test_listeners_hear_edits_undo_and_redo(ws: Workspace) -> None:
    heard: list[ChangeSet] = []
    ws.subscribe(heard.append)
    values.set_value(ws, CellKey("refugees_hosted", 2020), 452916)
    ws.undo()
    ws.redo()
    assert [c.indicator_keys() for c in heard] == [{"refugees_hosted"}] * 3


@pytest.mark.parametrize("bad_edit", [
    lambda w: values.set_value(w, CellKey("immigrant_stock", 2020), -5),
    lambda w: values.set_value(w, CellKey("no_such_indicator", 2020), 5),
    lambda w: registers.add_item(w, "activity", title="X", start_date="2020-05-01", end_date="2020-04-01"),
    lambda w: registers.add_item(w, "activity", title="X", start_date="31/12/2020"),
    lambda w: registers.add_item(w, "member", salary=5),
    lambda w: steps.set_step_status(w, "9.9", "done"),
    lambda w: steps.set_checklist_item(w, "1.1", "no_such_item", True),
    lambda w: set_narrative(w, "Z.9", "text"),
], ids=["negative count", "unknown indicator", "end before start", "bad date", "unknown field",
        "unknown step", "unknown checklist item", "unknown section"])
def test_refused_edit_leaves_the_file_unchanged(ws: Workspace, bad_edit) -> None:
    registers.add_item(ws, "member", name="Grace Kamau")
    before = sha256(ws.path)
    label = ws.undo_label()
    with pytest.raises(EditError) as info:
        bad_edit(ws)
    assert str(info.value).strip() and "Traceback" not in str(info.value)
    assert sha256(ws.path) == before
    assert ws.undo_label() == label


def test_importing_only_unknown_indicators_is_refused(ws: Workspace) -> None:
    from mpdesk.imports.records import ValueRecord

    before = sha256(ws.path)
    with pytest.raises(EditError, match="None of the figures"):
        values.import_records(ws, [ValueRecord("not_ours", 2020, 1.0)], "x.csv", "0" * 64, "tidy_csv")
    assert sha256(ws.path) == before


def test_a_register_counted_gives_as_many_as_it_lists_after_reopening(tmp_path: Path) -> None:
    """count_items (the progress measure's count, in SQL) and list_items agree, filtered or not."""
    path = tmp_path / "count.mpdesk"
    ws = create_profile(path, NewProfile(country_iso3="KEN", edition_year=2020))
    for title, kind in (("Kick-off", "workplan"), ("Drafting", "workplan"), ("Yearly update", "update")):
        registers.add_item(ws, "activity", title=title, kind=kind)
    registers.add_item(ws, "member", name="Grace Kamau")
    ws.close()
    reopened = Workspace.open(path)
    try:
        for register, where in (("activity", {}), ("activity", {"kind": "workplan"}), ("activity", {"kind": "update"}),
                                ("member", {}), ("gap", {})):
            assert registers.count_items(reopened, register, **where) == len(
                registers.list_items(reopened, register, **where)), (register, where)
        assert registers.count_items(reopened, "activity", kind="workplan") == 2
    finally:
        reopened.close()
