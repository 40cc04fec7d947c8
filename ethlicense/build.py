# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Build a project's license files from its configuration, and verify that they still match it.

:func:`build_project` writes ``LICENSE`` and ``PROVENANCE.md``, a ``NOTICE`` where the license needs one (see
:mod:`ethlicense._notice`), and, when asked, an SPDX 2.3 document and
the REUSE files ``LICENSES/<id>.txt`` and ``REUSE.toml``) from ``ethlicense.toml``. It renders and
validates every output before it writes any, then stages each in a temporary file beside its target and
renames them into place, so each file always holds either its old or its new content. It never replaces a
file that it did not write, or that was edited since it wrote it, unless forced: it tells its own files by
the hashes kept in ``.ethlicense.lock`` (see :mod:`ethlicense._manifest`).

:func:`verify_project` renders the same outputs in memory and compares them with the files, for CI and
pre-commit hooks. Both also cover the package metadata (see :mod:`ethlicense._metadata`): ``verify`` fails
when ``pyproject.toml``, ``package.json``, ``Cargo.toml`` or the README badge names another license, and
``build`` puts them right when asked (``metadata=True``, or ``[outputs] metadata = true``).
"""

from __future__ import annotations

import datetime
import hashlib
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from ethlicense._io import (
    StagedFile,
    commit_staged,
    discard_staged,
    read_regular_file,
    remove_leftovers,
    stage_file,
    sync_directory,
)
from ethlicense._manifest import Manifest, RecordedFile, manifest_text, read_manifest
from ethlicense._metadata import MetadataFile, metadata_files
from ethlicense._notice import notice_text
from ethlicense._project import contained, project_lock
from ethlicense._time import source_date_epoch
from ethlicense.config import MANIFEST_FILE_NAME, LoadedConfig, check_output_path, load_config
from ethlicense.errors import EthLicenseError, OutputOwnershipError
from ethlicense.models import RenderedLicense
from ethlicense.provenance import provenance_markdown
from ethlicense.spdx import (
    default_namespace,
    packaging_hints,
    reuse_license_path,
    reuse_toml,
    spdx_json,
    to_spdx_document,
)

__all__ = [
    "Action",
    "BuildPlan",
    "BuildResult",
    "Drift",
    "FileReport",
    "OutputKind",
    "PlannedFile",
    "VerifyResult",
    "build_project",
    "plan_build",
    "verify_project",
]


def __dir__() -> list[str]:
    return __all__


REUSE_TOML_PATH = "REUSE.toml"
#: The largest existing output file read to compare or hash (license files are a few kilobytes).
_OUTPUT_READ_LIMIT = 16 << 20


class OutputKind(StrEnum):
    """The outputs ``build`` writes."""

    LICENSE = "license"
    """The license text (``LICENSE``)."""
    PROVENANCE = "provenance"
    """The provenance report (``PROVENANCE.md``)."""
    NOTICE = "notice"
    """The NOTICE file, where the license needs one (Apache-2.0 with conditions; a base with no copyright line)."""
    SPDX = "spdx"
    """The SPDX 2.3 JSON document (``LICENSE.spdx.json``)."""
    REUSE_LICENSE = "reuse-license"
    """The license text where REUSE looks for it (``LICENSES/<id>.txt``)."""
    REUSE_TOML = "reuse-toml"
    """The REUSE annotations (``REUSE.toml``)."""
    RECORD = "record"
    """The build record (``.ethlicense.lock``)."""
    METADATA = "metadata"
    """A package metadata file or README whose license values ``build`` updates (not recorded as its own)."""


class Action(StrEnum):
    """What a build does, or would do, to one file."""

    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class PlannedFile:
    """One output: where it goes (relative to the project folder, with ``/``), which output, its text."""

    path: str
    kind: OutputKind
    text: str

    @property
    def sha256(self) -> str:
        """The SHA-256 of the text as written (UTF-8)."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class BuildPlan:
    """Every output of a build, rendered and validated, before anything is written."""

    loaded: LoadedConfig
    files: tuple[PlannedFile, ...]
    optional_outputs: tuple[str, ...]
    """The optional outputs included (``reuse``, ``spdx``)."""
    metadata: tuple[MetadataFile, ...] = ()
    """The package metadata files found, each with the license values it should have."""
    update_metadata: bool = False
    """Whether ``build`` updates the metadata files (``metadata=True`` or ``[outputs] metadata``)."""

    @property
    def rendered(self) -> RenderedLicense:
        """The rendered license."""
        return self.loaded.rendered

    @property
    def license_path(self) -> str:
        """Where the license text goes."""
        return next(item.path for item in self.files if item.kind is OutputKind.LICENSE)

    def hints(self) -> list[str]:
        """Return the lines to paste into ``pyproject.toml``, ``package.json`` and a README."""
        return packaging_hints(self.rendered, license_file=self.license_path)


@dataclass(frozen=True)
class FileReport:
    """What a build does to one output file."""

    path: str
    kind: OutputKind
    action: Action
    refused: str | None = None
    """Why the file may not be overwritten without ``force`` (not written by ethlicense, or edited since)."""


@dataclass(frozen=True)
class BuildResult:
    """What a build wrote, or with ``dry_run`` would write."""

    plan: BuildPlan
    files: tuple[FileReport, ...]
    manifest: FileReport
    """The build record, ``.ethlicense.lock``."""
    stale: tuple[str, ...]
    """Files an earlier build wrote that this one no longer produces; they are left in place."""
    dry_run: bool
    metadata: tuple[FileReport, ...] = ()
    """The metadata files updated (or, with ``dry_run``, to update); empty unless the build updates metadata."""

    @property
    def refused(self) -> tuple[FileReport, ...]:
        """The files that need ``force`` to be overwritten."""
        return tuple(item for item in self.files if item.refused)


@dataclass(frozen=True)
class Drift:
    """An output file that does not match the configuration."""

    path: str
    kind: OutputKind
    problem: str
    """``missing``, ``differs``, or ``metadata`` (a metadata file that names another license)."""
    diff: str
    """A unified diff from the file on disk to the expected content (empty when the file is missing)."""
    detail: str = ""
    """For metadata, what is wrong in words, one sentence per value (``; ``-separated)."""
    needs_force: bool = False
    """True when ``build`` would refuse to replace the file without ``force`` (edited since it was written)."""


@dataclass(frozen=True)
class VerifyResult:
    """The outcome of :func:`verify_project`."""

    plan: BuildPlan
    drift: tuple[Drift, ...]

    @property
    def ok(self) -> bool:
        """True when every output matches the configuration."""
        return not self.drift


def _loaded(config: LoadedConfig | str | Path | None) -> LoadedConfig:
    return config if isinstance(config, LoadedConfig) else load_config(config)


def _creation_time(loaded: LoadedConfig, environ: Mapping[str, str]) -> datetime.datetime:
    """Return the SPDX creation time: the configured one, ``SOURCE_DATE_EPOCH``'s, or 1 January of the year."""
    configured = loaded.config.spdx.created
    if configured is not None:
        return configured
    epoch = source_date_epoch(environ)
    if epoch is not None:
        return epoch
    return datetime.datetime(loaded.rendered.spec.year, 1, 1, tzinfo=datetime.UTC)


def _spdx_text(loaded: LoadedConfig, environ: Mapping[str, str]) -> str:
    settings = loaded.config.spdx
    rendered = loaded.rendered
    package_name = loaded.package_name()
    try:
        created = _creation_time(loaded, environ)
        namespace = settings.namespace or default_namespace(
            package_name, rendered.license_id, rendered.sha256, package_version=settings.package_version
        )
        document = to_spdx_document(
            rendered,
            package_name=package_name,
            created=created,
            namespace=namespace,
            package_version=settings.package_version,
            download_location=settings.download_location,
        )
        return spdx_json(document)
    except EthLicenseError as error:
        raise loaded.error(("spdx",), " ".join(str(error).split())) from None


def _reuse_files(loaded: LoadedConfig) -> list[PlannedFile]:
    rendered = loaded.rendered
    try:
        return [
            PlannedFile(reuse_license_path(rendered), OutputKind.REUSE_LICENSE, rendered.text),
            PlannedFile(
                REUSE_TOML_PATH,
                OutputKind.REUSE_TOML,
                reuse_toml(rendered, rendered.spec.holders, rendered.spec.year),
            ),
        ]
    except EthLicenseError as error:
        raise loaded.error(("license",), f"cannot write the REUSE files: {error}") from None


def plan_build(  # noqa: PLR0913 - the options of a build, all keyword-only
    config: LoadedConfig | str | Path | None = None,
    *,
    spdx: bool | None = None,
    reuse: bool | None = None,
    metadata: bool | None = None,
    license_path: str | None = None,
    manifest: Manifest | None = None,
    environ: Mapping[str, str] | None = None,
) -> BuildPlan:
    """Render and validate every output of a build, without touching any file.

    Args:
        config: A loaded configuration, or the path of one (default: found in the current folder).
        spdx: Include the SPDX document (``True``), leave it out (``False``), or decide by the configuration's
            ``[outputs] include`` and the previous build's record (``None``).
        reuse: The same for the REUSE files.
        metadata: Update the package metadata files (``True``), or not (``False``); ``None`` follows
            ``[outputs] metadata``. They are read and compared either way.
        license_path: Write the license text here (relative to the project folder) instead of
            ``[outputs] license``.
        manifest: The build record to take the previous optional outputs from (default: read it).
        environ: The environment to read ``SOURCE_DATE_EPOCH`` from (default: ``os.environ``).

    Raises:
        ConfigFileError: The configuration is invalid, or an output cannot be made from it.
        EthLicenseError: A metadata file cannot be read, or is not valid TOML or JSON.
    """
    loaded = _loaded(config)
    settings = loaded.config
    if manifest is None:
        manifest = read_manifest(contained(loaded.root, MANIFEST_FILE_NAME))
    optional = set(settings.outputs.include) | set(manifest.optional_outputs)
    for name, flag in (("spdx", spdx), ("reuse", reuse)):
        if flag is not None:
            (optional.add if flag else optional.discard)(name)
    rendered = loaded.rendered
    if license_path is not None:
        try:
            license_path = check_output_path(license_path)
        except ValueError as error:
            raise loaded.error(("outputs", "license"), str(error)) from None
    files = [
        PlannedFile(license_path or settings.outputs.license, OutputKind.LICENSE, rendered.text),
        PlannedFile(
            settings.outputs.provenance,
            OutputKind.PROVENANCE,
            provenance_markdown(rendered, relicensing_notes=True),
        ),
    ]
    notice = notice_text(rendered, license_path=license_path or settings.outputs.license)
    if notice is not None:
        files.append(PlannedFile(settings.outputs.notice, OutputKind.NOTICE, notice))
    if "spdx" in optional:
        files.append(PlannedFile(settings.outputs.spdx, OutputKind.SPDX, _spdx_text(loaded, environ or os.environ)))
    if "reuse" in optional:
        files += _reuse_files(loaded)
    _check_distinct(loaded, files)
    found = metadata_files(loaded.root, rendered, license_file=license_path or settings.outputs.license)
    update = settings.outputs.metadata if metadata is None else metadata
    return BuildPlan(loaded, tuple(files), tuple(sorted(optional)), found, update)


def _check_distinct(loaded: LoadedConfig, files: Sequence[PlannedFile]) -> None:
    taken = {loaded.path.name.casefold(): "the configuration file", MANIFEST_FILE_NAME.casefold(): "the build record"}
    for item in files:
        folded = item.path.casefold()
        if folded in taken:
            problem = f"{item.path!r} is both the {item.kind.value} output and {taken[folded]}; choose another path"
            raise loaded.error(("outputs",), problem)
        taken[folded] = f"the {item.kind.value} output"


def _read(path: Path) -> bytes | None:
    """Return the content of the regular file at *path*, or ``None`` when there is no such file."""
    try:
        return read_regular_file(path, limit=_OUTPUT_READ_LIMIT)
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return None
    except OSError as error:
        msg = f"cannot read {str(path)!r}: {error.strerror or error}"
        raise EthLicenseError(msg) from None


def _digest(path: Path) -> str | None:
    """Return the SHA-256 of the file at *path*, or ``None`` when there is no such file."""
    content = _read(path)
    return None if content is None else hashlib.sha256(content).hexdigest()


def _inspect(root: Path, item: PlannedFile, manifest: Manifest) -> FileReport:
    target = contained(root, item.path)
    if target.is_dir():
        msg = f"{item.path!r} is a folder; the {item.kind.value} output needs a file there"
        raise EthLicenseError(msg)
    digest = _digest(target)
    if digest is None:
        return FileReport(item.path, item.kind, Action.CREATE)
    if digest == item.sha256:
        return FileReport(item.path, item.kind, Action.UNCHANGED)
    if manifest.accepts(item.path, digest):
        return FileReport(item.path, item.kind, Action.UPDATE)
    reason = "edited since ethlicense wrote it" if item.path in manifest.files else "not written by ethlicense"
    return FileReport(item.path, item.kind, Action.UPDATE, refused=reason)


def _make_parents(root: Path, folder: Path) -> list[Path]:
    """Create the missing folders between *root* and *folder*; return them, outermost first."""
    missing = []
    current = folder
    while current != root and not current.exists():
        missing.append(current)
        current = current.parent
    missing.reverse()
    for path in missing:
        try:
            path.mkdir()
        except OSError as error:
            msg = f"cannot create the folder {str(path)!r}: {error.strerror or error}"
            raise EthLicenseError(msg) from None
    return missing


def _write(root: Path, writes: Sequence[tuple[Path, str]], pending: str | None, final: str) -> None:
    """Stage every file, then rename them into place: the pending record, the outputs, the final record."""
    record = root / MANIFEST_FILE_NAME
    staged: list[StagedFile] = []
    created: list[Path] = []
    try:
        for target, text in writes:
            created += _make_parents(root, target.parent)
            staged.append(stage_file(target, text))
        staged.append(stage_file(record, final))
        if pending is not None:
            commit_staged(stage_file(record, pending))
        for item in staged:
            commit_staged(item)
    except BaseException:
        for item in staged:
            discard_staged(item)
        for folder in reversed(created):
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
        raise
    for folder in sorted({target.parent for target, _ in writes} | {root}):
        sync_directory(folder)


def build_project(  # noqa: PLR0913 - the options of a build, all keyword-only
    config: LoadedConfig | str | Path | None = None,
    *,
    force: bool = False,
    dry_run: bool = False,
    spdx: bool | None = None,
    reuse: bool | None = None,
    metadata: bool | None = None,
    license_path: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> BuildResult:
    """Write a project's license outputs from its configuration: all of them, or none.

    Every output is rendered and validated first. A file that exists is replaced only if ``build`` wrote
    it and it has not been edited since (or it already has the new content), unless *force*. The new
    contents are staged in temporary files beside their targets and renamed into place one by one, so a
    crash or a kill leaves each file with either its old or its new content.

    Args:
        config: A loaded configuration, or the path of one (default: found in the current folder).
        force: Replace files that ethlicense did not write, or that were edited since.
        dry_run: Work out what would be written, and write nothing.
        spdx: See :func:`plan_build`.
        reuse: See :func:`plan_build`.
        metadata: See :func:`plan_build`. Only the license values change; the rest of each file (comments,
            order, layout) is kept.
        license_path: See :func:`plan_build`.
        environ: See :func:`plan_build`.

    Raises:
        ConfigFileError: The configuration is invalid, or an output cannot be made from it.
        OutputOwnershipError: A file would be replaced that ethlicense did not write or that was edited
            since (not raised with *force*, nor with *dry_run*: the result lists such files).
        OutsideProjectError: An output or a record entry leads outside the project folder (through a
            symbolic link, say).
        ProjectBusyError: Another build of the project held its lock for too long.
        EthLicenseError: A file cannot be read or written, or is not a regular file.

    Returns:
        What was written (or, with *dry_run*, would be).
    """
    loaded = _loaded(config)
    with project_lock(loaded.root, shared=dry_run):
        return _build_locked(
            loaded,
            force=force,
            dry_run=dry_run,
            spdx=spdx,
            reuse=reuse,
            metadata=metadata,
            license_path=license_path,
            environ=environ,
        )


def _build_locked(  # noqa: PLR0913 - build_project's options
    loaded: LoadedConfig,
    *,
    force: bool,
    dry_run: bool,
    spdx: bool | None,
    reuse: bool | None,
    metadata: bool | None,
    license_path: str | None,
    environ: Mapping[str, str] | None,
) -> BuildResult:
    """Build while holding the project lock: see :func:`build_project`."""
    root = loaded.root
    record_path = contained(root, MANIFEST_FILE_NAME)
    manifest = read_manifest(record_path)
    plan = plan_build(
        loaded,
        spdx=spdx,
        reuse=reuse,
        metadata=metadata,
        license_path=license_path,
        manifest=manifest,
        environ=environ,
    )
    reports = tuple(_inspect(root, item, manifest) for item in plan.files)
    produced = {item.path for item in plan.files}
    stale: list[str] = []
    kept: dict[str, RecordedFile] = {}
    for path, recorded in sorted(manifest.files.items()):
        digest = None if path in produced else _digest(contained(root, path))
        if digest is not None:
            stale.append(path)
            if digest in recorded.sha256:
                kept[path] = RecordedFile(recorded.kind, (digest,))
    final = Manifest(
        {**kept, **{item.path: RecordedFile(item.kind.value, (item.sha256,)) for item in plan.files}},
        plan.optional_outputs,
    )
    final_text = manifest_text(final)
    old_digest = _digest(record_path)
    new_digest = hashlib.sha256(final_text.encode("utf-8")).hexdigest()
    record_action = (
        Action.CREATE if old_digest is None else Action.UNCHANGED if old_digest == new_digest else Action.UPDATE
    )
    updated_metadata = [item for item in plan.metadata if plan.update_metadata and not item.in_step]
    result = BuildResult(
        plan=plan,
        files=reports,
        manifest=FileReport(MANIFEST_FILE_NAME, OutputKind.RECORD, record_action),
        stale=tuple(stale),
        dry_run=dry_run,
        metadata=tuple(FileReport(item.path, OutputKind.METADATA, Action.UPDATE) for item in updated_metadata),
    )
    if result.refused and not force and not dry_run:
        raise OutputOwnershipError([(item.path, item.refused or "") for item in result.refused])
    if dry_run:
        return result
    for target in [record_path, *(contained(root, item.path) for item in plan.files)]:
        remove_leftovers(target)
    unchanged = {report.path for report in reports if report.action is Action.UNCHANGED}
    changing = [item for item in plan.files if item.path not in unchanged]
    if not changing and record_action is Action.UNCHANGED and not updated_metadata:
        return result
    pending = None
    if changing:
        accepted = dict(final.files)
        for item in changing:
            previous = manifest.files.get(item.path)
            current = _digest(contained(root, item.path))
            hashes = (*(previous.sha256 if previous else ()), *((current,) if current else ()), item.sha256)
            accepted[item.path] = RecordedFile(item.kind.value, hashes)
        pending = manifest_text(replace(final, files=accepted))
    writes = [(contained(root, item.path), item.text) for item in changing]
    writes += [(contained(root, item.path), item.expected) for item in updated_metadata]
    _write(root, writes, pending, final_text)
    return result


def _diff_lines(text: str) -> list[str]:
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n\\ No newline at end of file\n"
    return lines


def verify_project(
    config: LoadedConfig | str | Path | None = None,
    *,
    spdx: bool | None = None,
    reuse: bool | None = None,
    license_path: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> VerifyResult:
    """Check that every output of a build matches what the configuration produces now.

    The outputs are those a plain ``build`` would write (including the SPDX and REUSE files when the
    configuration or the previous build included them); the options are those of :func:`plan_build`.
    The package metadata files (``pyproject.toml``, ``package.json``, ``Cargo.toml``, the README badge) are
    checked too, whether or not ``build`` updates them. Nothing is written.

    Raises:
        ConfigFileError: The configuration is invalid, or an output cannot be made from it.
        EthLicenseError: A file cannot be read, or a metadata file is not valid TOML or JSON.

    Returns:
        The files that are missing or differ, each with a unified diff, and the metadata files that name
        another license, each with what is wrong.
    """
    import difflib  # noqa: PLC0415 - only verify needs it

    loaded = _loaded(config)
    with project_lock(loaded.root, shared=True):
        manifest = read_manifest(contained(loaded.root, MANIFEST_FILE_NAME))
        plan = plan_build(loaded, spdx=spdx, reuse=reuse, license_path=license_path, manifest=manifest, environ=environ)
        contents = [_read(contained(loaded.root, item.path)) for item in plan.files]
    drift = []
    for item, current in zip(plan.files, contents, strict=True):
        if current is None:
            drift.append(Drift(item.path, item.kind, "missing", ""))
            continue
        if current == item.text.encode("utf-8"):
            continue
        diff = difflib.unified_diff(
            _diff_lines(current.decode("utf-8", errors="replace")),
            _diff_lines(item.text),
            fromfile=f"{item.path} (on disk)",
            tofile=f"{item.path} (from {loaded.path.name})",
        )
        needs_force = _inspect(loaded.root, item, manifest).refused is not None
        drift.append(Drift(item.path, item.kind, "differs", "".join(diff), needs_force=needs_force))
    for found in plan.metadata:
        if not found.in_step:
            diff = difflib.unified_diff(
                _diff_lines(found.current),
                _diff_lines(found.expected),
                fromfile=f"{found.path} (on disk)",
                tofile=f"{found.path} (for {plan.rendered.license_id})",
            )
            drift.append(Drift(found.path, OutputKind.METADATA, "metadata", "".join(diff), "; ".join(found.problems)))
    return VerifyResult(plan, tuple(drift))
