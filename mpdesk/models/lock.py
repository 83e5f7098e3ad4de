"""An operating-system lock that says "this profile is open in an mpdesk window".

The lock lives in a small side file next to the profile. The OS releases it when the process
ends, even after a crash, so a stale lock never keeps anyone out; the side file carries no data.
"""

from __future__ import annotations

import os
from pathlib import Path


def lock_path_for(profile_path: Path) -> Path:
    return profile_path.with_name(f".~{profile_path.name}.lock")


class FileLock:
    def __init__(self, profile_path: Path) -> None:
        self.path = lock_path_for(profile_path)
        self._fd: int | None = None

    def acquire(self) -> bool:
        """True if this process now holds the lock; False if another window holds it."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(fd):
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        _unlock(self._fd)
        os.close(self._fd)
        self._fd = None
        try:
            self.path.unlink()
        except OSError:
            pass  # another process may have just taken it; harmless


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        try:
            os.lseek(fd, 0, 0)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
