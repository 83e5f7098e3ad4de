"""A logout or ``kill`` (SIGTERM), a closed terminal (SIGHUP) or Ctrl+C end the real window as its close
button does: the field being typed is saved, and the next opening shows no 'not closed normally'."""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path

import pytest

from mpdesk.services import Workspace, steps
from tests.reliability import harness
from tests.reliability.conftest import make_profile
from tests.ui.test_crash_banner import banner_text

DRIVER = Path(__file__).with_name("session_end_driver.py")
TYPED = "Letter of 3 March 2026, ref. MI/44"


def run_until_typed(path: Path) -> subprocess.Popen:
    process = subprocess.Popen([harness.sys.executable, str(DRIVER), str(path), TYPED], env=harness.env(),
                               cwd=harness.REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    line = process.stdout.readline()  # blocks until the window has opened the profile and the text is typed
    assert line.startswith("typed into "), (line, process.stderr.read() if process.poll() is not None else "")
    return process


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_signal_closes_the_window_normally_and_keeps_the_field_being_typed(tmp_path: Path, qtbot, number) -> None:
    path = make_profile(tmp_path / "Ghana 2019.mpdesk")
    process = run_until_typed(path)
    process.send_signal(number)
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert "Traceback" not in err, err
    ws = Workspace.open(path)
    try:
        assert TYPED in steps.deliverable_values(ws, "1.1").values(), "the field being typed was lost"
    finally:
        ws.close()
    assert banner_text(qtbot, path, "en") == "", "a normal end must not be reported as a crash"


def test_a_kill_is_still_reported(tmp_path: Path, qtbot) -> None:
    path = make_profile(tmp_path / "Ghana 2019.mpdesk")
    process = run_until_typed(path)
    process.kill()
    process.communicate(timeout=60)
    assert banner_text(qtbot, path, "en").startswith("mpdesk was not closed normally last time. Nothing was lost")
