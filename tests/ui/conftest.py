"""Fixtures for UI tests: profiles on disk and the real main window over them."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from mpdesk.services import Workspace
from mpdesk.services.profile import NewProfile, create_profile


@pytest.fixture(autouse=True)
def default_layout():
    """Every window starts at the default pane widths: a test's closed window would otherwise leave
    its navigator and guidance widths (kept in the shared test settings) to the next test."""
    from mpdesk.ui import settings

    settings.forget_layout()
    yield
    settings.forget_layout()


@pytest.fixture
def make_ws(tmp_path: Path) -> Callable[..., Workspace]:
    """``make_ws(name="Kenya 2020.mpdesk", **spec)``: a new profile, open; closed after the test."""
    opened: list[Workspace] = []

    def make(name: str = "Kenya 2020.mpdesk", **spec) -> Workspace:
        values = {"country_iso3": "KEN", "edition_year": 2020} | spec
        ws = create_profile(tmp_path / name, NewProfile(**values))
        opened.append(ws)
        return ws

    yield make
    for ws in opened:
        ws.close()


@pytest.fixture
def profile_path(make_ws, tmp_path: Path) -> Path:
    """A closed profile file on disk, ready to be opened by the window."""
    ws = make_ws()
    path = ws.path
    ws.close()
    return path


@pytest.fixture
def sample_ws(tmp_path: Path) -> Workspace:
    from mpdesk.services.sample import write_sample

    ws = write_sample(tmp_path / "Kenya 2020 (sample).mpdesk")
    yield ws
    ws.close()


@pytest.fixture
def window(app, qtbot):
    from mpdesk.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1280, 760)
    win.show()
    yield win
    win.close_profile()


@pytest.fixture
def opened(window, profile_path):
    """The main window with a fresh profile open."""
    assert window.open_path(profile_path)
    return window


@pytest.fixture(params=["fr", "es"])
def interface(request, app):
    """The application speaking ``request.param`` (mpdesk's and Qt's translators), for one test;
    the translators are removed after it."""
    from mpdesk.app import install_translators

    installed = install_translators(app, request.param)
    app.setProperty("mpdesk_language", request.param)
    yield request.param
    for translator in installed:
        app.removeTranslator(translator)
    app.setProperty("mpdesk_language", "en")
