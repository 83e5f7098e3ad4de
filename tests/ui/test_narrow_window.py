"""At 1024x700 the guidance collapses so the page gets the room; F1 opens it; the user's choice is kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from mpdesk.ui import settings


@pytest.fixture(autouse=True)
def no_guidance_choice():
    """The suite shares one settings folder: start and leave without a user's choice."""
    settings.app_settings().remove(settings.GUIDANCE_KEY)
    yield
    settings.app_settings().remove(settings.GUIDANCE_KEY)
    settings.app_settings().sync()


def test_narrow_window_collapses_guidance_and_keeps_the_users_choice(opened, qtbot, profile_path):
    from mpdesk.ui.main_window import MainWindow

    opened.resize(1024, 700)
    qtbot.waitUntil(lambda: not opened.guidance_dock.isVisible())
    qtbot.waitUntil(lambda: opened.view.width() >= 900)   # the page has (nearly) the whole window, not ~510 px
    opened.resize(1366, 768)
    qtbot.waitUntil(opened.guidance_dock.isVisible)   # widening restores it: no choice was made
    opened.resize(1024, 700)
    qtbot.waitUntil(lambda: not opened.guidance_dock.isVisible())
    QTest.keyClick(opened, Qt.Key.Key_F1)
    qtbot.waitUntil(opened.guidance_dock.isVisible)   # the user's choice wins over the collapse
    QTest.keyClick(opened, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: not opened.guidance_dock.isVisible())
    assert settings.guidance_choice() is False
    opened.close_profile()

    again = MainWindow()
    qtbot.addWidget(again)
    again.resize(1366, 768)
    again.show()
    assert again.open_path(profile_path)
    assert not again.guidance_dock.isVisible()   # closed by the user: stays closed when wide
    QTest.keyClick(again, Qt.Key.Key_F1)
    qtbot.waitUntil(again.guidance_dock.isVisible)
    assert settings.guidance_choice() is True
    again.close_profile()
