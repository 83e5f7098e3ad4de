"""The welcome screen: recent files and the sample profile."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mpdesk.ui import dialogs, settings


def test_recent_file_opens_on_activation(window, profile_path: Path, qtbot) -> None:
    settings.add_recent_file(profile_path)
    window.welcome.refresh()
    assert window.welcome.recent_model.item(0).text().startswith("Kenya 2020\n")
    qtbot.mouseClick(window.welcome.open_recent_button, Qt.MouseButton.LeftButton)
    assert window.ctx is not None and window.ctx.ws.path == profile_path


def test_open_sample_writes_once_then_opens(window, tmp_path: Path, monkeypatch, qtbot) -> None:
    monkeypatch.setattr(dialogs, "documents_dir", lambda: tmp_path)
    qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    assert window.ctx is not None
    path = window.ctx.ws.path
    assert path.parent == tmp_path / "mpdesk" and path.is_file()
    assert "Kenya" in window.windowTitle()
    window.close_profile()
    stamp = path.stat().st_mtime_ns
    window.open_sample()
    assert window.ctx.ws.path == path  # the existing sample is reused, not rewritten
    assert window.view.navigator.progress.value() > 0
    assert stamp <= path.stat().st_mtime_ns


def test_close_returns_to_welcome_with_file_listed(opened) -> None:
    path = opened.ctx.ws.path
    opened.close_profile()
    assert opened.stack.currentWidget() is opened.welcome
    assert opened.windowTitle() == "mpdesk"
    texts = [opened.welcome.recent_model.item(r).text() for r in range(opened.welcome.recent_model.rowCount())]
    assert any(t.startswith(path.stem) for t in texts)


def test_recent_list_names_country_and_edition(window, profile_path) -> None:
    assert window.open_path(profile_path)
    window.close_profile()
    window.welcome.refresh()
    first = window.welcome.recent_model.item(0)
    assert "Kenya, 2020 edition" in first.text()


def test_recent_list_names_the_country_in_the_interface_language(interface, window, make_ws) -> None:
    """A Spanish-language profile of the Philippines under a French interface: one language on the
    line, the interface's ("Philippines, édition 2024"), not "Filipinas, édition 2024"."""
    ws = make_ws("PHL.mpdesk", country_iso3="PHL", edition_year=2024, language="es")
    path = ws.path
    ws.close()
    settings.add_recent_file(path)
    window.welcome.refresh()
    line = window.welcome.recent_model.item(0).text().split("\n")[1]
    assert line.startswith({"fr": "Philippines, édition 2024", "es": "Filipinas, edición 2024"}[interface]), line


def test_the_welcome_screen_takes_keys_before_any_click(window, qtbot, monkeypatch) -> None:
    """Enter on the fresh window starts a new profile: the focus is on New profile from the start,
    and again when a closed profile brings the welcome screen back."""
    asked = []
    window.welcome.new_requested.disconnect()
    window.welcome.new_requested.connect(lambda: asked.append(True))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert QApplication.focusWidget() is window.welcome.new_button
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert asked == [True]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)   # tester7 #9: Return did nothing
    assert asked == [True, True]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Enter)    # the keypad's Enter
    assert asked == [True, True, True]


def test_profile_dialogs_open_in_a_folder_that_exists(tmp_path: Path, monkeypatch, qtbot) -> None:
    """The last profile's folder, else Documents, else home; never the folder the app started in."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(dialogs, "documents_dir", lambda: tmp_path / "no Documents here")
    monkeypatch.setattr(settings, "recent_files", lambda: [])
    assert dialogs.start_folder() == Path.home()
    monkeypatch.setattr(dialogs, "documents_dir", lambda: tmp_path)
    assert dialogs.start_folder() == tmp_path
    (tmp_path / "work").mkdir()
    monkeypatch.setattr(settings, "recent_files", lambda: [str(tmp_path / "work" / "Ecuador 2024.mpdesk")])
    seen = []

    def read_and_cancel() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QFileDialog):
            QTimer.singleShot(50, read_and_cancel)
            return
        seen.append(Path(box.directory().absolutePath()))
        box.reject()
    QTimer.singleShot(50, read_and_cancel)
    assert dialogs.ask_save_path(None, "Save the new profile as", "Ecuador 2024.mpdesk") == ""
    assert seen == [tmp_path / "work"]


def test_a_long_recent_path_is_cut_in_the_middle_not_scrolled_at_1024(window, tmp_path: Path, qtbot) -> None:
    """Tester7 #10: at 1024x700 the recent list wrapped the path and scrolled sideways."""
    from mpdesk.services.profile import NewProfile, create_profile

    folder = tmp_path / ("Ministère de l'Économie et des Finances, Direction de la statistique " * 3).strip()
    folder.mkdir(parents=True)
    ws = create_profile(folder / "Burkina Faso 2026.mpdesk", NewProfile(country_iso3="BFA", edition_year=2026))
    path = ws.path
    ws.close()
    settings.add_recent_file(path)
    window.resize(1024, 700)
    window.welcome.refresh()
    QApplication.processEvents()
    view = window.welcome.recent_view
    assert view.horizontalScrollBar().maximum() == 0 or not view.horizontalScrollBar().isVisible()
    item = window.welcome.recent_model.item(0)
    assert item.toolTip() == str(path)
    assert view.textElideMode() == Qt.TextElideMode.ElideMiddle
    assert view.visualRect(item.index()).width() <= view.viewport().width()
