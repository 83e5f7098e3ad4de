"""Open one profile again and again, racing other copies of this script (run by test_lock.py).

    python tests/reliability/lock_race.py PROFILE MARKER TRIES [lock]

With ``lock`` it takes only mpdesk's profile lock (many more tries per second, so the races of a
lock file deleted on release show up); without, it opens the profile fully. While it holds the profile it claims MARKER with O_EXCL; a claim that fails means two
processes held the profile at once, and the script prints DOUBLE.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from mpdesk.models import ProfileFileError
from mpdesk.models.lock import FileLock
from mpdesk.models.profile_file import open_profile_file


class _LockOnly:
    def __init__(self, path: str) -> None:
        self.lock = FileLock(Path(path))
        if not self.lock.acquire():
            raise ProfileFileError("already open")

    def close(self) -> None:
        self.lock.release()


def main(path: str, marker: str, tries: int, lock_only: bool) -> None:
    held = doubles = 0
    opener = _LockOnly if lock_only else open_profile_file
    for _ in range(tries):
        try:
            profile_file = opener(path)
        except ProfileFileError as exc:
            assert "already open" in exc.message, exc.message
            time.sleep(0.0002)  # spread the tries over the time the full openers need
            continue
        held += 1
        try:
            fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            doubles += 1
        else:
            time.sleep(0.0005)
            os.close(fd)
            os.unlink(marker)
        profile_file.close()
    print(f"held {held} double {doubles}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:] == ["lock"])
