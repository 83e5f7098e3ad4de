"""Fixtures for the import preview, import log and data-request tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from mpdesk.services.profile import NewProfile, create_profile  # noqa: E402


@pytest.fixture
def kenya(tmp_path: Path):
    ws = create_profile(tmp_path / "Kenya 2020.mpdesk", NewProfile(country_iso3="KEN", edition_year=2020))
    yield ws
    ws.close()


@pytest.fixture
def profile_path(tmp_path: Path) -> Path:
    ws = create_profile(tmp_path / "Kenya 2020.mpdesk", NewProfile(country_iso3="KEN", edition_year=2020))
    path = ws.path
    ws.close()
    return path


@pytest.fixture
def window(app, qtbot, profile_path):
    """The real main window with a fresh Kenya profile open, at the size of a small laptop screen."""
    from mpdesk.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    assert win.open_path(profile_path)
    yield win
    dialog = getattr(win, "import_dialog", None)
    if dialog is not None:
        try:
            if dialog.job is not None:
                dialog.job.cancel()
                dialog.job.wait()
        except RuntimeError:  # already deleted with its window
            pass
    win.close_profile()


@pytest.fixture
def profile(tmp_path: Path, capsys) -> Path:
    """A new Kenya 2020 profile made by the console command, its output swallowed."""
    from mpdesk.cli import main

    path = tmp_path / "Kenya.mpdesk"
    assert main(["new", str(path), "--country", "KEN", "--year", "2020"]) == 0
    capsys.readouterr()
    return path
