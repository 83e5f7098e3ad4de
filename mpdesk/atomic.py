"""Every file mpdesk writes appears whole or not at all.

``atomic_path(target)`` gives a temporary name beside ``target`` (same folder, so the final
rename never crosses disks); the caller, or a library such as reportlab, openpyxl or sqlite3,
writes it completely; the helper then flushes it to the disk and renames it over ``target`` in
one step. On any failure, Ctrl+C included, the temporary file is removed and ``target`` keeps
its old content. Temporary files left by a killed run are removed the next time the same target
is written (only those whose writing process has ended).

No library is used: the maintained candidates (atomicwrites is archived) only wrap an open file,
while reportlab, openpyxl and SQLite need a path to write to.
"""

from __future__ import annotations

import os
import re
import secrets
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

PART = ".part"
_COMPANIONS = ("-journal", "-wal", "-shm")  # SQLite's side files, when the temporary is a database


def temporary_name(target: Path) -> Path:
    """``.<name>.<pid>-<random>.part``: hidden, beside the target, traceable to its writer, and never
    mistaken for a finished file by its extension."""
    return target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}{PART}")


_TAG = re.compile(r"\.(\d+)-[0-9a-f]{8}" + re.escape(PART))


def _writer_pids(temporary: Path) -> list[int]:
    """The pids in a temporary's name (two when a temporary was itself written atomically)."""
    return [int(pid) for pid in _TAG.findall(temporary.name)]


def _alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill would end the process there; an open file cannot be removed anyway
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def remove_quietly(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():   # a scratch folder (``scratch_folder``)
        import shutil

        shutil.rmtree(path, ignore_errors=True)
        return
    for name in (path, *(path.with_name(path.name + c) for c in _COMPANIONS)):
        try:
            name.unlink(missing_ok=True)
        except OSError:
            pass  # on Windows a file still open elsewhere cannot go; the next run tries again


def clean_stale(target: Path) -> None:
    """Remove temporaries of ``target`` (nested ones too) whose writer has ended: a killed or crashed run."""
    target = Path(target)
    try:
        candidates = list(target.parent.glob(f".*{_glob_escape(target.name)}.*{PART}"))
    except OSError:
        return
    for candidate in candidates:
        pids = _writer_pids(candidate)
        if pids and not any(_alive(pid) for pid in pids):
            remove_quietly(candidate)


def _glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[]" else c for c in text)


def fsync_file(path: Path) -> None:
    """Make the written bytes durable before the rename publishes them."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles to sync)."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _keep_mode(temporary: Path, target: Path) -> None:
    try:
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o644
        os.chmod(temporary, mode)
    except OSError:
        pass


@contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target`` whole."""
    target = Path(target)
    clean_stale(target)
    temporary = temporary_name(target)
    try:
        yield temporary
        fsync_file(temporary)
        _keep_mode(temporary, target)
        os.replace(temporary, target)
    except BaseException:
        remove_quietly(temporary)
        raise
    for companion in _COMPANIONS:  # an SQLite temporary may leave an empty side file
        Path(str(temporary) + companion).unlink(missing_ok=True)
    _fsync_folder(target.parent)


@contextmanager
def scratch_folder(target: Path | str) -> Iterator[Path]:
    """A private folder beside ``target`` for a library's working files (XlsxWriter's row files),
    named as a temporary of ``target``: removed with its content when the block ends, however it
    ends, and by ``clean_stale`` when a killed run left it."""
    target = Path(target)
    clean_stale(target)
    folder = temporary_name(target)
    folder.mkdir(mode=0o700)
    try:
        yield folder
    finally:
        remove_quietly(folder)


@contextmanager
def atomic_open(target: Path | str, mode: str = "w", **kwargs) -> Iterator[IO]:
    """``open()`` for writing, published only when the block completes."""
    with atomic_path(target) as temporary:
        with open(temporary, mode, **kwargs) as handle:
            yield handle
            handle.flush()
