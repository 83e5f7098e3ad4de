"""GUI entry point: translator, style, the main window, and the start-up measurement."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

_IMPORTED_AT = time.perf_counter()


def process_age_ms() -> float:
    """Milliseconds since this process started (Linux: /proc; elsewhere: since mpdesk.app was imported)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        started_ticks = int(fields[19])  # field 22 of stat, counted after the command name
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        return max(0.0, (uptime - started_ticks / os.sysconf("SC_CLK_TCK")) * 1000)
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.perf_counter() - _IMPORTED_AT) * 1000


def _language() -> str:
    from mpdesk.ui.settings import interface_language

    return interface_language()


def _install_translation(app) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale

    from mpdesk import i18n

    language = _language()
    install_translators(app, language)
    QLocale.setDefault(QLocale(language))  # spin boxes, dates and numbers typed on screen
    app.setProperty("mpdesk_language", language)
    i18n.install_backend(lambda context, text: QCoreApplication.translate(context, text))


def install_translators(app, language: str) -> list:
    """mpdesk's own translation and Qt's (qtbase: wizard and dialog buttons, file dialogs) for
    ``language``, installed on ``app``; returns them (a test removes them again)."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from mpdesk.paths import resources_dir

    installed = []
    own = QTranslator(app)
    qm = resources_dir() / "translations" / f"mpdesk_{language}.qm"
    if qm.is_file() and own.load(str(qm)) and app.installTranslator(own):
        installed.append(own)
    qt = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and qt.load(f"qtbase_{language}", folder) and app.installTranslator(qt):
        installed.append(qt)
    return installed


def _install_style(app) -> None:
    from mpdesk.paths import resources_dir

    from PySide6.QtCore import QDir
    from PySide6.QtGui import QIcon

    qss = resources_dir() / "style.qss"
    icon = resources_dir() / "icons" / "mpdesk.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    app.setStyle("Fusion")
    # style.qss names its arrow images "mpdesk:arrow-up.svg": found in resources/icons wherever installed
    QDir.addSearchPath("mpdesk", str(resources_dir() / "icons"))
    if qss.is_file():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))


def make_application():
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if app.property("mpdesk_ready"):
        return app
    app.setProperty("mpdesk_ready", True)
    app.setApplicationName("mpdesk")
    app.setOrganizationName("mpdesk")
    _install_translation(app)
    _install_style(app)
    return app


def _report_first_paint(window, app) -> None:
    """Print the times to the main window's first paint and to a usable page, then quit
    (--quit-after-show; benchmarks/bench_startup.py reads both lines).

    Usable: the profile's own page (built from the file, not the opening preview) has painted and
    the event loop is idle again, so the next key press or click goes to that page's widgets."""
    from PySide6.QtCore import QObject, QEvent, QTimer
    from PySide6.QtWidgets import QWidget

    def usable() -> None:
        print(f"usable page after {process_age_ms():.0f} ms", flush=True)
        app.quit()

    class PaintWatcher(QObject):
        first_seen = page_seen = False

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt naming
            if event.type() != QEvent.Type.Paint:
                return False
            if not self.first_seen:
                self.first_seen = True
                print(f"first paint after {process_age_ms():.0f} ms", flush=True)
            elif not self.page_seen and self._on_page(watched):
                self.page_seen = True
                QTimer.singleShot(0, usable)
            return False

        def _on_page(self, widget) -> bool:
            if window.preview is not None:   # still opening: the preview is not the page
                return False
            page = window.view.current_page() if window.view is not None else window.stack.currentWidget()
            return page is not None and isinstance(widget, QWidget) and (widget is page or page.isAncestorOf(widget))

    watcher = PaintWatcher(window)
    window.installEventFilter(watcher)
    # then the page's own paint events (its viewport's, for a scroll area), once the page is in place
    if window.preview is None:   # the welcome page, or a profile opened before the window showed (--sample)
        app.installEventFilter(watcher)
    else:
        window.profile_shown.connect(lambda: app.installEventFilter(watcher))
    QTimer.singleShot(60000, app.quit)  # never hang if no paint event is ever delivered (a loaded machine takes 10 s)


def _size_window(window, app) -> None:
    screen = app.primaryScreen()
    available = screen.availableGeometry() if screen else None
    if available is None or available.width() <= 1440 or available.height() <= 900:
        window.setGeometry(available) if available is not None else window.resize(1280, 760)
    else:
        window.resize(int(available.width() * 0.8), int(available.height() * 0.85))


_SESSION_END: list = []


def close_on_session_end(app, window) -> None:
    """SIGTERM, SIGHUP or Ctrl+C (a logout, ``kill``, a closed terminal), or the desktop session ending
    (Qt's commitDataRequest: a Windows logoff or shutdown, X11 session managers) close the window as its
    close button does: the field being typed is saved and the profile is marked closed normally
    (SIGBREAK: Ctrl+Break in a Windows console).

    Python runs a signal handler only between bytecodes, never while Qt's event loop waits in C++, so
    the C handler's wake-up byte (``signal.set_wakeup_fd``) is watched by a QSocketNotifier: the loop
    wakes up, and the window closes from the event loop, where Qt may run any code.
    """
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier

    def end_session(*_args) -> None:
        from mpdesk.ui.pending_text import discard_refused

        discard_refused(window)   # no one is there to answer a question: the window must close
        window.close()
        app.quit()

    app.commitDataRequest.connect(end_session)
    wanted = [getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT", "SIGBREAK") if hasattr(signal, name)]
    reader, writer = socket.socketpair()
    for end in (reader, writer):
        end.setblocking(False)
    try:
        signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
        for number in wanted:
            signal.signal(number, lambda *_: None)  # a Python handler, so the C one writes the wake-up byte
    except (ValueError, OSError):  # not the main thread, or no such signal here: the defaults stay
        reader.close()
        writer.close()
        return
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def woken() -> None:
        try:
            numbers = reader.recv(64)
        except BlockingIOError:
            return
        if any(number in wanted for number in numbers):
            end_session()

    notifier.activated.connect(woken)
    _SESSION_END[:] = [reader, writer, notifier]  # kept for the life of the process


def run_gui(path: str | None, open_sample: bool = False, quit_after_show: bool = False) -> int:
    app = make_application()
    from mpdesk.ui.main_window import MainWindow

    window = MainWindow()
    close_on_session_end(app, window)
    if not window.restore_geometry():   # the size and place the user left it at, else fitted to the screen
        _size_window(window, app)
    if path is None and open_sample:
        window.open_sample()
    elif path is not None:
        window.open_path_soon(Path(path))  # paints at once; the database layer loads behind
    if quit_after_show:
        _report_first_paint(window, app)
    window.show()
    page = os.environ.get("MPDESK_OPEN_PAGE", "")
    if page:
        window.open_page(page)
    code = app.exec()
    window.close()
    return int(code)
