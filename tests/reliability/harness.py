"""Real processes for the reliability tests: the mpdesk command, kills at chosen system calls, full disks.

Kills use ``strace -e inject=SYSCALL:signal=KILL:when=N``: the N-th call of SYSCALL in the traced
process tree gets SIGKILL, exactly as a power cut or a killed window would stop it there.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Iterator, Sequence

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
V1_FIXTURE = REPO_ROOT / "tests" / "data" / "profile_v1.mpdesk"


def env() -> dict[str, str]:
    result = dict(os.environ)
    result["PYTHONPATH"] = str(REPO_ROOT) + os.pathsep + result.get("PYTHONPATH", "")
    result.update(QT_QPA_PLATFORM="offscreen", MPDESK_LANG="en", PYTHONDONTWRITEBYTECODE="1")
    return result


def mpdesk_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "mpdesk", *map(str, args)]


def run(command: Sequence[str], timeout: float = 300, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(list(command), capture_output=True, text=True, env=env(), timeout=timeout,
                          input=stdin, cwd=REPO_ROOT)


def mpdesk(*args: str) -> subprocess.CompletedProcess:
    return run(mpdesk_command(*args))


def assert_sentence(result: subprocess.CompletedProcess) -> str:
    """A refused command: exit 1, one sentence on stderr, never a traceback."""
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    text = result.stderr.strip()
    assert text and text.endswith("."), text
    return text


def need_strace() -> str:
    tool = shutil.which("strace")
    if tool is None:
        pytest.skip("strace is not installed (.ci/run installs it), so no kill can be injected")
    return tool


def killed_at(command: Sequence[str], syscall: str, when: int, timeout: float = 300,
              paths: Sequence[Path] = ()) -> subprocess.CompletedProcess:
    """Run ``command`` and SIGKILL it at the ``when``-th call of ``syscall`` (or let it finish).

    strace counts calls per thread. ``paths``: count only the calls on those files (``-P``), which one
    thread makes, for a program whose other threads make the same call (the window's worker thread
    writes the preview's scratch copy)."""
    tool = need_strace()
    only = [arg for path in paths for arg in ("-P", str(path))]
    traced = [tool, "-f", "-qq", "-o", os.devnull, *only, "-e", f"trace={syscall}",
              "-e", f"inject={syscall}:signal=KILL:when={when}", *command]
    return run(traced, timeout=timeout)


def was_killed(result: subprocess.CompletedProcess) -> bool:
    return result.returncode in (-signal.SIGKILL, 128 + signal.SIGKILL, 137)


def count_calls(command: Sequence[str], syscall: str) -> int:
    """How many times ``command`` makes ``syscall`` when nothing stops it (to spread the kill points)."""
    tool = need_strace()
    with tempfile.NamedTemporaryFile("r", suffix=".strace") as log:
        result = run([tool, "-f", "-qq", "-c", "-o", log.name, "-e", f"trace={syscall}", *command])
        assert result.returncode == 0, result.stderr
        for line in Path(log.name).read_text().splitlines():
            parts = line.split()
            if parts and parts[-1] == syscall:
                return int(parts[3])
    return 0


def spread(total: int, points: int) -> list[int]:
    """``points`` kill points spread over 1..total (first, last and between)."""
    if total <= points:
        return list(range(1, total + 1))
    return sorted({1 + round(i * (total - 1) / (points - 1)) for i in range(points)})


def spread_over(calls: Sequence[int], points: int) -> list[int]:
    """``points`` of ``calls`` (call numbers), the first and the last among them, evenly between."""
    return [calls[i - 1] for i in spread(len(calls), points)]


@contextlib.contextmanager
def small_disk(size: str = "2m") -> Iterator[Path]:
    """A tmpfs of ``size``: writing past it fails with ENOSPC, as on a full laptop disk."""
    folder = Path(tempfile.mkdtemp(prefix="mpdesk-full-"))
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        folder.rmdir()
        pytest.skip(f"cannot mount a small tmpfs to fill ({mounted.stderr.strip() or 'not root'})")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the disk holding ``folder``, leaving about ``leave`` bytes; returns the filler to delete."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        while True:
            os.write(fd, b"\0" * 65536)
    except OSError:
        pass
    finally:
        os.close(fd)
    if leave:
        size = filler.stat().st_size
        os.truncate(filler, max(0, size - leave))
    return filler


def remount_read_only(folder: Path) -> None:
    result = subprocess.run(["mount", "-o", "remount,ro", str(folder)], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot remount {folder} read-only ({result.stderr.strip()})")
