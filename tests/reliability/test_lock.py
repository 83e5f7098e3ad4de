"""One holder per profile, always: several processes, symlinks and hard links, killed holders."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from mpdesk.models import ProfileFileError
from mpdesk.services.workspace import Workspace
from tests.reliability import harness

RACE = Path(__file__).with_name("lock_race.py")


def test_four_processes_opening_one_profile_never_hold_it_together(profile: Path, tmp_path: Path) -> None:
    """Two racers open the profile fully, four take just its lock, a few thousand times in all."""
    marker = tmp_path / "holder"
    modes = [["60"], ["60"], ["1500", "lock"], ["1500", "lock"], ["1500", "lock"], ["1500", "lock"]]
    racers = [subprocess.Popen([sys.executable, str(RACE), str(profile), str(marker), *mode], env=harness.env(),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=harness.REPO_ROOT)
              for mode in modes]
    held = doubles = 0
    for racer in racers:
        out, err = racer.communicate(timeout=300)
        assert racer.returncode == 0, err
        got = re.search(r"held (\d+) double (\d+)", out)
        assert got, out + err
        held, doubles = held + int(got.group(1)), doubles + int(got.group(2))
    assert doubles == 0, f"{doubles} times two processes held the profile at once"
    assert held >= 20, "the racers must really have taken turns holding the profile"
    Workspace.open(profile).close()  # and nothing is left holding it


@pytest.mark.parametrize("link", ["symlink", "hardlink"])
def test_a_link_shares_the_lock_of_its_file(profile: Path, tmp_path: Path, link: str) -> None:
    other = tmp_path / "elsewhere"
    other.mkdir()
    alias = (other if link == "symlink" else tmp_path) / "alias.mpdesk"
    (os.symlink if link == "symlink" else os.link)(profile, alias)
    for first, second in ((profile, alias), (alias, profile)):
        ws = Workspace.open(first)
        try:
            with pytest.raises(ProfileFileError, match="already open"):
                Workspace.open(second)
        finally:
            ws.close()


def test_a_killed_holder_never_blocks(profile: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from mpdesk.services.workspace import Workspace; "
         "ws = Workspace.open(sys.argv[1]); print('open', flush=True); time.sleep(300)", str(profile)],
        env=harness.env(), stdout=subprocess.PIPE, text=True, cwd=harness.REPO_ROOT)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(ProfileFileError, match="already open"):
            Workspace.open(profile)
    finally:
        holder.kill()
        holder.wait()
    ws = Workspace.open(profile)
    assert ws.file.report.previous_session_abrupt
    ws.close()


def test_read_only_commands_work_while_another_process_holds_the_profile(profile: Path) -> None:
    """The window has the file open: `mpdesk imports FILE` (a listing) still answers; `mpdesk import`
    (a write) is refused with a sentence."""
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from mpdesk.services.workspace import Workspace; "
         "ws = Workspace.open(sys.argv[1]); print('open', flush=True); time.sleep(300)", str(profile)],
        env=harness.env(), stdout=subprocess.PIPE, text=True, cwd=harness.REPO_ROOT)
    try:
        assert holder.stdout.readline().strip() == "open"
        listing = subprocess.run([sys.executable, "-m", "mpdesk", "imports", str(profile), "--json"],
                                 env=harness.env(), capture_output=True, text=True, cwd=harness.REPO_ROOT)
        assert listing.returncode == 0, listing.stderr
        assert listing.stdout.strip().startswith("[")
        data = Path(profile).with_name("one.csv")
        data.write_text("indicator,year,value,source\nimmigrant_stock,2019,100,Census\n", encoding="utf-8")
        write = subprocess.run([sys.executable, "-m", "mpdesk", "import", str(profile), str(data)],
                               env=harness.env(), capture_output=True, text=True, cwd=harness.REPO_ROOT)
        assert write.returncode == 1 and "already open" in write.stderr
    finally:
        holder.kill()
        holder.wait()


def test_a_window_quit_normally_leaves_no_lock_file_in_the_folder(profile: Path) -> None:
    """The side file is the app's own: a normal quit removes it (a kill leaves it, harmless, above)."""
    env = dict(harness.env(), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "mpdesk", "--quit-after-show", str(profile)],
                            env=env, capture_output=True, text=True, cwd=harness.REPO_ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "first paint after" in result.stdout         # the window really opened the profile
    assert sorted(p.name for p in profile.parent.glob(".~mpdesk-*")) == []
    Workspace.open(profile).close()                      # and it opens again
    assert sorted(p.name for p in profile.parent.glob(".~mpdesk-*")) == []
