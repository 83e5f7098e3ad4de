"""An operating-system lock that says "this profile is open in an mpdesk window".

The lock is the ``filelock`` library's (``flock`` on POSIX, ``LockFileEx`` on Windows) on a small
side file. Three rules keep it to one holder per profile:

- it is keyed on the real file, not the name typed: the side file sits beside the resolved path
  (so a symlink shares it) and is named after the file's inode where the file system has one
  (so a hard link shares it too);
- the holder deletes the side file on a normal close *while it still holds the lock*, so a
  profile's folder keeps no stray file; filelock refuses a lock won on an inode that was
  unlinked meanwhile (``st_nlink == 0``), so a second opener that raced the close cannot hold the
  old inode while a third locks a new one;
- the OS drops the lock when its process ends, even after a kill, so a stale lock never blocks.
"""

from __future__ import annotations

import os
from pathlib import Path

import filelock


def lock_path_for(profile_path: Path) -> Path:
    real = Path(os.path.realpath(profile_path))
    inode = real.stat().st_ino if real.exists() else 0
    key = f"{inode:x}" if inode else real.name  # FAT file systems have no inode numbers
    return real.with_name(f".~mpdesk-{key}.lock")


class FileLock:
    def __init__(self, profile_path: Path) -> None:
        self.path = lock_path_for(profile_path)
        self._lock = filelock.FileLock(self.path, timeout=0, thread_local=False, fallback_to_soft=False)

    def acquire(self) -> bool:
        """True if this process now holds the lock; False if another window holds it."""
        try:
            self._lock.acquire()
        except filelock.Timeout:
            return False
        return True

    def release(self) -> None:
        """Give up the lock; only the holder removes the side file, before unlocking (see above)."""
        if self._lock.is_locked:
            try:
                self.path.unlink(missing_ok=True)
            except OSError:
                pass  # a read-only folder: the empty side file stays, harmless
            self._lock.release(force=True)
