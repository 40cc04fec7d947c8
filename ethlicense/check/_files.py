# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Reading license files for ``check``: names, encodings, bad input, trees, and worker processes.

Every file problem short of a path that was named and does not exist becomes a result with a finding (binary,
empty, too large, unreadable, not UTF-8, a FIFO, device or socket, which is never opened), never a traceback
or a hang; a tree of many files is checked by a pool of worker processes that inherit the loaded SPDX data
where the platform forks.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import multiprocessing.queues
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from queue import Empty
from typing import TYPE_CHECKING, Final

from ethlicense._copyright import BYTES_NOTICE_LINE
from ethlicense._input import NotRegularFileError, TooLargeError, read_capped, special_file_kind
from ethlicense.check._analyse import analyse
from ethlicense.check._checker import checker
from ethlicense.check._result import TIME_BUDGET_SECONDS, CheckResult, Finding, FindingKind
from ethlicense.errors import LicenseFileError

if TYPE_CHECKING:
    from multiprocessing.sharedctypes import SynchronizedArray

    from ethlicense.catalog import Catalog

__all__ = [
    "check_license_bytes",
    "check_many",
    "check_one_file",
    "decode_license_bytes",
    "license_file_name",
    "walk_license_files",
]

#: ``LICENSE``, ``LICENCE.md``, ``COPYING.LESSER``, ``UNLICENSE``, ``LICENSE-MIT``, ``MIT-LICENSE.txt``...
_LICENSE_NAME: Final = re.compile(
    r"^(?:(?:un)?licen[cs]e|copying)(?:[-_][\w+-]*)?(?:\.[\w+-]{1,12})?$"
    r"|^[\w+-]+[-_.](?:licen[cs]e|copying)(?:\.[a-z]{1,8})?$",
    re.IGNORECASE,
)
#: Extensions of files that are code or data, not license texts, even when named ``license.*``.
_NOT_TEXT: Final = frozenset(
    (  # noqa: SIM905 - a list of words reads better as words
        "py pyc pyo pyi pyx pxd js mjs cjs ts tsx jsx json html htm xml yml yaml toml go rs c h cc cpp hpp java "
        "class rb php sh bash zsh bat cmd ps1 css scss less map svg png jpg jpeg gif ico pdf gz bz2 xz zip whl egg "
        "so dll dylib exe jar el vim lua pl pm swift kt cs fs scala sql csv tsv ini cfg lock mo po ipynb wasm "
        "o a lib obj bin dat db sqlite gpg sig asc pem crt key j2 jinja jinja2 tmpl tpl template about"
    ).split()
)
#: Folders that never hold license files of the project or its dependencies.
_SKIPPED_FOLDERS: Final = frozenset({".git", ".hg", ".svn", "__pycache__", ".mypy_cache", ".ruff_cache"})
#: Fewer files than this are checked in this process: starting workers would cost more than it saves.
_PARALLEL_THRESHOLD: Final = 64
_SNIFF_BYTES: Final = 8192
#: Share of control bytes above which a file that is not UTF-8 is taken for binary.
_BINARY_SHARE: Final = 0.05


def license_file_name(name: str) -> bool:
    """Return whether a file called *name* is a license file (see :func:`ethlicense.check.is_license_file_name`)."""
    if not _LICENSE_NAME.match(name):
        return False
    _, dot, extension = name.rpartition(".")
    return not dot or extension.lower() not in _NOT_TEXT


def walk_license_files(directory: Path, errors: list[tuple[Path, str]] | None = None) -> list[Path]:
    """Return every license file under *directory*, sorted; folders that cannot be read go to *errors*.

    Raises:
        LicenseFileError: *directory* itself cannot be read.
    """
    if not os.access(directory, os.R_OK | os.X_OK):
        raise LicenseFileError(str(directory), "the folder cannot be read")
    found: list[Path] = []

    def failed(error: OSError) -> None:
        if errors is not None:
            errors.append((Path(error.filename or directory), error.strerror or str(error)))

    for root, folders, names in os.walk(directory, onerror=failed, followlinks=False):
        folders[:] = sorted(folder for folder in folders if folder not in _SKIPPED_FOLDERS)
        found.extend(Path(root, name) for name in sorted(names) if license_file_name(name))
    return sorted(found)


def decode_license_bytes(data: bytes) -> tuple[str | None, list[Finding]]:
    """Return the text of a license file's bytes and findings about them; ``None`` for a binary file.

    Byte order marks select UTF-8, UTF-16 or UTF-32; text that is not valid UTF-8 is read as Windows-1252 with a
    finding (most such license files are Latin-1 or Windows-1252).
    """
    for mark, encoding in (
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if data.startswith(mark):
            try:
                return data[len(mark) :].decode(encoding), []
            except UnicodeDecodeError as error:
                return None, [_undecodable(error, encoding)]
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        return None, [Finding(kind=FindingKind.BINARY, message="the file is binary (it holds NUL bytes), not text")]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as error:
        controls = sum(1 for byte in head if byte < 0x09 or 0x0E <= byte < 0x20)  # noqa: PLR2004 - C0 controls
        if head and controls / len(head) > _BINARY_SHARE:
            return None, [Finding(kind=FindingKind.BINARY, message="the file is binary, not text")]
        return data.decode("cp1252", errors="replace"), [_undecodable(error, "utf-8")]


def _undecodable(error: UnicodeDecodeError, encoding: str) -> Finding:
    bad = error.object[error.start : error.start + 1]
    return Finding(
        kind=FindingKind.UNDECODABLE,
        message=(
            f"the file is not valid {encoding.upper()} (byte {error.start}: {bad!r}); "
            "it was read as Windows-1252, so letters outside ASCII may be wrong"
        ),
    )


def _skipped(path: Path, kind: FindingKind, message: str, extra: Sequence[Finding] = ()) -> CheckResult:
    return CheckResult(
        path=str(path),
        base_license=None,
        osi_open_source=False,
        findings=(*extra, Finding(kind=kind, message=message)),
        skipped=True,
    )


def check_one_file(path: Path, *, catalog: Catalog | None = None, strict: bool = False) -> CheckResult:
    """Check one file; problems reading it become a skipped result, or with *strict* an error for a bad path.

    A FIFO, a device or a socket is never opened: it gets a skipped result with an ``unreadable`` finding,
    *strict* or not. At most the checker's ``max_file_bytes`` (:data:`~ethlicense.check.MAX_FILE_BYTES`) are
    read; a larger file is skipped with a ``too-large`` finding.

    Raises:
        LicenseFileError: With *strict*: *path* does not exist, is a folder, or cannot be opened.
    """
    label = str(path)
    if path.is_dir():
        if strict:
            raise LicenseFileError(label, "is a folder; pass --recursive to check the license files under it")
        return _skipped(path, FindingKind.UNREADABLE, "is a folder, not a file")
    try:
        data = read_capped(path, checker().max_file_bytes)
    except NotRegularFileError as error:
        return _skipped(path, FindingKind.UNREADABLE, f"skipped without opening it: it is {error.kind}, not a file")
    except TooLargeError as error:
        return _too_large(label, error.size)
    except OSError as error:
        problem = error.strerror or str(error)
        if strict:
            raise LicenseFileError(label, f"cannot be read: {problem}") from None
        return _skipped(path, FindingKind.UNREADABLE, f"cannot be read: {problem}")
    return check_license_bytes(data, path=label, catalog=catalog)


def _too_large(label: str, size: int) -> CheckResult:
    limit = checker().max_file_bytes // (1024 * 1024)
    return _skipped(Path(label), FindingKind.TOO_LARGE, f"skipped: it is larger than {limit} MB ({size} bytes)")


#: The checker's cache of results by the SHA-256 of a file's bytes, path aside: a tree holds many identical
#: license files, and a result depends on nothing else (with the default catalog). Bounded.
_RESULT_BY_CONTENT: Final = "result-by-content"
_RESULT_BY_CONTENT_LIMIT: Final = 4096


def check_license_bytes(data: bytes, *, path: str | None = None, catalog: Catalog | None = None) -> CheckResult:
    """Decode and check the bytes of a license file (see :func:`ethlicense.check.check_bytes`).

    With the default catalog, the result of the same bytes checked before is reused, with *path*.
    """
    if len(data) > checker().max_file_bytes:
        return _too_large(path or "<bytes>", len(data))
    if catalog is not None:
        return _check_decoded(data, path=path, catalog=catalog)
    result = checker().remember(
        _RESULT_BY_CONTENT,
        hashlib.sha256(data).digest(),
        lambda: _check_decoded(data, path=None, catalog=None),
        limit=_RESULT_BY_CONTENT_LIMIT,
    )
    return result.model_copy(update={"path": path})


def _check_decoded(data: bytes, *, path: str | None, catalog: Catalog | None) -> CheckResult:
    text, findings = decode_license_bytes(data)
    if text is None:
        return CheckResult(path=path, base_license=None, osi_open_source=False, findings=tuple(findings), skipped=True)
    result = analyse(text, path=path, catalog=catalog, time_budget=TIME_BUDGET_SECONDS)
    if findings:
        result = result.model_copy(update={"findings": (*findings, *result.findings)})
    return result


# ---------------------------------------------------------------------------------------------------------------
# Many files
# ---------------------------------------------------------------------------------------------------------------


def _warm_up() -> None:
    """Load what every check needs (SPDX data, index, shipped readings of licenses) before workers fork, to share."""
    from ethlicense.check._index import spdx_index  # noqa: PLC0415 - loaded only for checking
    from ethlicense.check._license_restrictions import load_shipped  # noqa: PLC0415 - loaded only for checking
    from ethlicense.check._spdx_data import load_spdx_licenses  # noqa: PLC0415 - loaded only for checking

    load_spdx_licenses()
    spdx_index()
    load_shipped()


def _guarded(path: Path, catalog: Catalog | None) -> CheckResult:
    """Check one file; a failure of ethlicense itself becomes a finding, so that one file cannot stop a tree."""
    try:
        return check_one_file(path, catalog=catalog)
    except Exception as error:  # noqa: BLE001 - reported in the result, with the file, for a bug report
        return _skipped(
            path,
            FindingKind.INTERNAL_ERROR,
            f"ethlicense failed on this file ({type(error).__name__}: {error}); please report it",
        )


def _context() -> multiprocessing.context.DefaultContext | multiprocessing.context.ForkContext:
    """Return the start method for workers: fork on Linux, so that they inherit the loaded data."""
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def _collect(paths: Sequence[Path], *, recursive: bool) -> tuple[list[Path], list[tuple[Path, str]]]:
    files: list[Path] = []
    errors: list[tuple[Path, str]] = []
    for path in paths:
        if not path.exists() and not path.is_symlink():
            raise LicenseFileError(str(path), "does not exist")
        if path.is_dir():
            if not recursive:
                raise LicenseFileError(str(path), "is a folder; pass --recursive to check the license files under it")
            files.extend(walk_license_files(path, errors))
        else:
            files.append(path)
    return files, errors


_FINGERPRINT_BYTES: Final = 512
#: Every byte but the lower-case ASCII letters, for ``bytes.translate`` to delete.
_NOT_LETTERS: Final = bytes(byte for byte in range(256) if not ord("a") <= byte <= ord("z"))


def _fingerprint(path: Path) -> tuple[bytes, int]:
    """Return a cheap key that files of the same license share, and the file's size.

    The key is made of the letters at the start of the file once copyright lines are dropped, so that the
    copies of one license, with whatever copyright lines, get the same key.
    """
    try:
        if special_file_kind(path.stat().st_mode) is not None:
            return b"", 0
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError:
        return b"", 0
    try:
        status = os.fstat(descriptor)
        if special_file_kind(status.st_mode) is not None:
            return b"", 0
        size = status.st_size
        head = os.read(descriptor, _FINGERPRINT_BYTES)
    except OSError:
        return b"", 0
    finally:
        os.close(descriptor)
    letters = BYTES_NOTICE_LINE.sub(b"", head.lower()).translate(None, _NOT_LETTERS)
    return letters[:200], size


def _assign(files: Sequence[Path], workers: int) -> list[list[int]]:
    """Share the files among *workers*, keeping the copies of one license together where the load allows.

    A worker compiles the template of each license it meets (tens of milliseconds for a long one); keeping a
    license's copies on one worker compiles it once. A group larger than a fair share is split.
    """
    groups: dict[bytes, list[int]] = {}
    sizes: list[int] = []
    for index, path in enumerate(files):
        key, size = _fingerprint(path)
        groups.setdefault(key, []).append(index)
        sizes.append(size + 2048)
    total = sum(sizes)
    share = total / workers
    pieces: list[list[int]] = []
    for members in groups.values():
        piece: list[int] = []
        weight = 0
        for index in members:
            piece.append(index)
            weight += sizes[index]
            if weight >= share / 4:
                pieces.append(piece)
                piece, weight = [], 0
        if piece:
            pieces.append(piece)
    pieces.sort(key=lambda piece: (-sum(sizes[index] for index in piece), piece[0]))
    loads = [0] * workers
    assignment: list[list[int]] = [[] for _ in range(workers)]
    for piece in pieces:
        target = loads.index(min(loads))
        assignment[target].extend(piece)
        loads[target] += sum(sizes[index] for index in piece)
    return [sorted(indices) for indices in assignment if indices]


_BATCH: Final = 32


def _claim(shares: Sequence[Sequence[int]], claims: SynchronizedArray[int], own: int) -> int | None:
    """Return the index of the next file for worker *own* to check, or ``None`` when every file is taken.

    ``claims[2 * n]`` and ``claims[2 * n + 1]`` bound the positions of ``shares[n]`` not taken yet. A worker takes
    its own files from the front, in order; once they are all taken, it takes the last file of the share with
    the most left, so that no worker sits idle while another has a queue.
    """
    with claims.get_lock():
        if claims[2 * own] < claims[2 * own + 1]:
            claims[2 * own] += 1
            return shares[own][claims[2 * own] - 1]
        left = [claims[2 * number + 1] - claims[2 * number] for number in range(len(shares))]
        most = left.index(max(left))
        if left[most] <= 0:
            return None
        claims[2 * most + 1] -= 1
        return shares[most][claims[2 * most + 1]]


def _worker(  # noqa: PLR0913 - the shares and their claims, beside what to check and where to send it
    files: Sequence[Path],
    catalog: Catalog | None,
    queue: multiprocessing.queues.Queue[object],
    *,
    shares: Sequence[Sequence[int]],
    claims: SynchronizedArray[int],
    own: int,
) -> None:
    """Check the files of ``shares[own]``, then those the others have not reached.

    Sends ``(index, result)`` batches, then ``None``.
    """
    batch: list[tuple[int, CheckResult]] = []
    while (index := _claim(shares, claims, own)) is not None:
        batch.append((index, _guarded(files[index], catalog)))
        if len(batch) >= _BATCH:
            queue.put(batch)
            batch = []
    if batch:
        queue.put(batch)
    queue.put(None)


def _in_parallel(
    files: Sequence[Path], workers: int, catalog: Catalog | None, on_done: Callable[[int], None] | None
) -> Iterator[CheckResult]:
    """Check *files* in *workers* processes; yield the results in the order of *files*.

    *on_done* hears of results as they arrive, in any order, which a progress display needs: a result that
    waits for an earlier file's is finished work all the same.
    """
    _warm_up()
    context = _context()
    queue: multiprocessing.queues.Queue[object] = context.Queue()
    shares = _assign(files, workers)
    claims = context.Array("q", [bound for share in shares for bound in (0, len(share))])
    processes = [
        context.Process(
            target=_worker,
            args=(files, catalog, queue),
            kwargs={"shares": shares, "claims": claims, "own": own},
            daemon=True,
        )
        for own in range(len(shares))
    ]
    for process in processes:
        process.start()
    done: dict[int, CheckResult] = {}
    following = 0
    running = len(processes)
    try:
        while running:
            try:
                message = queue.get(timeout=1.0)
            except Empty:
                if not any(process.is_alive() for process in processes):
                    msg = "a worker process ended without finishing its files"
                    raise RuntimeError(msg) from None
                continue
            if message is None:
                running -= 1
                continue
            done.update(message)  # type: ignore[call-overload]
            if on_done is not None:
                on_done(len(message))  # type: ignore[arg-type]
            while following in done:
                yield done.pop(following)
                following += 1
    finally:
        for process in processes:
            if process.is_alive():
                process.terminate()
            process.join()


def check_many(  # noqa: PLR0913 - two callbacks for progress, beside the options of check_paths
    paths: Sequence[Path],
    *,
    recursive: bool = False,
    jobs: int | None = None,
    catalog: Catalog | None = None,
    on_total: Callable[[int], None] | None = None,
    on_done: Callable[[int], None] | None = None,
) -> Iterator[CheckResult]:
    """Check files (and with *recursive* the license files under folders), yielding results in a stable order.

    *on_total* is called once with the number of results to come; *on_done* with the number of files just
    finished, as they finish (in parallel runs, before the results of earlier files are yielded).

    Raises:
        LicenseFileError: A path does not exist, or is a folder without *recursive*.
    """
    files, errors = _collect(paths, recursive=recursive)
    if on_total is not None:
        on_total(len(files) + len(errors))
    for folder, problem in errors:
        if on_done is not None:
            on_done(1)
        yield _skipped(folder, FindingKind.UNREADABLE, f"the folder cannot be read: {problem}")
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    if workers <= 1 or len(files) < _PARALLEL_THRESHOLD:
        for path in files:
            result = _guarded(path, catalog)
            if on_done is not None:
                on_done(1)
            yield result
        return
    yield from _in_parallel(files, workers, catalog, on_done)
