# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Build a project's license files from its configuration, and verify that they still match it.

:func:`build_project` writes the outputs of the registry in :mod:`ethlicense._outputs` from
``ethlicense.toml``: ``LICENSE`` and ``PROVENANCE.md``, a ``NOTICE`` where the license needs one (see
:mod:`ethlicense._notice`), and, when asked, an SPDX 2.3 document and the REUSE files
(``LICENSES/<id>.txt`` and ``REUSE.toml``). The plan, the build and the check go through the registry (only
the license text, which ``license_path`` can move, is named here), so a new output is an entry there. It renders and
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
from ethlicense._outputs import Output, OutputContext, PlannedFile, all_outputs
from ethlicense._project import contained, project_lock
from ethlicense.config import MANIFEST_FILE_NAME, LoadedConfig, check_output_path, load_config
from ethlicense.errors import EthLicenseError, OutputOwnershipError
from ethlicense.models import RenderedLicense
from ethlicense.spdx import packaging_hints

__all__ = [
    "Action",
    "BuildPlan",
    "BuildResult",
    "Drift",
    "FileReport",
    "PlannedFile",
    "VerifyResult",
    "build_project",
    "plan_build",
    "verify_project",
]


def __dir__() -> list[str]:
    return __all__


#: The largest existing output file read to compare or hash (license files are a few kilobytes).
_OUTPUT_READ_LIMIT = 16 << 20
#: The kind of the build record in reports.
_RECORD_KIND = "record"
#: The problem of an edited file (package metadata) that names another license, in :class:`Drift`.
_OUT_OF_STEP = "metadata"


class Action(StrEnum):
    """What a build does, or would do, to one file."""

    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class BuildPlan:
    """Every output of a build, rendered and validated, before anything is written."""

    loaded: LoadedConfig
    files: tuple[PlannedFile, ...]
    """The files of the outputs switched on, in the order of the registry."""
    outputs: tuple[str, ...]
    """The names of the outputs switched on, in the order of the registry."""
    edits: tuple[PlannedFile, ...] = ()
    """The files of the project that outputs keep in step (the package metadata), each with the text it
    should have; found and compared whether or not their output is switched on."""

    @property
    def rendered(self) -> RenderedLicense:
        """The rendered license."""
        return self.loaded.rendered

    @property
    def license_path(self) -> str:
        """Where the license text goes."""
        return next(item.path for item in self.files if item.kind == "license")

    @property
    def optional_outputs(self) -> tuple[str, ...]:
        """The optional outputs switched on that later builds make too (``reuse``, ``spdx``), sorted."""
        remembered = {output.name for output in all_outputs() if output.optional and output.remembered}
        return tuple(sorted(remembered.intersection(self.outputs)))

    @property
    def updates(self) -> tuple[PlannedFile, ...]:
        """The edited files that the build changes: out of step, and their output switched on."""
        return tuple(item for item in self.edits if item.output in self.outputs and not item.in_step)

    @property
    def metadata(self) -> tuple[PlannedFile, ...]:
        """The package metadata files found, each with the license values it should have (see :attr:`edits`)."""
        return self.edits

    @property
    def update_metadata(self) -> bool:
        """Whether ``build`` updates the files outputs keep in step (``metadata=True``, ``[outputs] metadata``)."""
        return any(output.edits and output.name in self.outputs for output in all_outputs())

    def hints(self) -> list[str]:
        """Return the lines to paste into ``pyproject.toml``, ``package.json`` and a README."""
        return packaging_hints(self.rendered, license_file=self.license_path)


@dataclass(frozen=True)
class FileReport:
    """What a build does to one output file."""

    path: str
    kind: str
    """The output (``license``, ``spdx``), or a finer name (``reuse-toml``); ``record`` or ``metadata``."""
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
    kind: str
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


def _switched_on(output: Output, loaded: LoadedConfig, manifest: Manifest, switches: Mapping[str, bool | None]) -> bool:
    """Return whether a build makes *output*: the switch given, else the configuration, the record, the default."""
    if not output.optional:
        return True
    given = switches.get(output.name)
    if given is not None:
        return given
    configured = loaded.config.outputs.switched(output.name)
    if configured is not None:
        return configured
    return output.default or (output.remembered and output.name in manifest.optional_outputs)


def _output_paths(loaded: LoadedConfig, license_path: str | None) -> dict[str, str]:
    paths = {}
    for output in all_outputs():
        if output.path is not None:
            paths[output.name] = loaded.config.outputs.path(output.name)
    if license_path is not None:
        try:
            paths["license"] = check_output_path(license_path)
        except ValueError as error:
            raise loaded.error(("outputs", "license"), str(error)) from None
    return paths


def _check_switches(switches: Mapping[str, bool | None]) -> None:
    optional = {output.name for output in all_outputs() if output.optional}
    unknown = sorted(set(switches) - optional)
    if unknown:
        msg = f"no optional output is called {unknown[0]!r} (optional outputs: {', '.join(sorted(optional))})"
        raise TypeError(msg)


def plan_build(
    config: LoadedConfig | str | Path | None = None,
    *,
    license_path: str | None = None,
    manifest: Manifest | None = None,
    environ: Mapping[str, str] | None = None,
    **switches: bool | None,
) -> BuildPlan:
    """Render and validate every output of a build, without touching any file.

    Args:
        config: A loaded configuration, or the path of one (default: found in the current folder).
        license_path: Write the license text here (relative to the project folder) instead of
            ``[outputs] license``.
        manifest: The build record to take the previous optional outputs from (default: read it).
        environ: The environment to read ``SOURCE_DATE_EPOCH`` from (default: ``os.environ``).
        **switches: An optional output by name: include it (``spdx=True``), leave it out (``reuse=False``),
            or decide by the configuration (``[outputs] include``, ``exclude``, ``metadata``), the previous
            build's record and its default (``None``). ``metadata=True`` updates the package metadata
            files, which are read and compared either way.

    Raises:
        ConfigFileError: The configuration is invalid, or an output cannot be made from it.
        EthLicenseError: A metadata file cannot be read, or is not valid TOML or JSON.
        TypeError: A switch names no optional output.
    """
    _check_switches(switches)
    loaded = _loaded(config)
    if manifest is None:
        manifest = read_manifest(contained(loaded.root, MANIFEST_FILE_NAME))
    context = OutputContext(loaded, _output_paths(loaded, license_path), os.environ if environ is None else environ)
    names: list[str] = []
    files: list[PlannedFile] = []
    edits: list[PlannedFile] = []
    for output in all_outputs():
        on = _switched_on(output, loaded, manifest, switches)
        if on:
            names.append(output.name)
        if on or output.edits:  # files of the project are compared whether or not the build updates them
            (edits if output.edits else files).extend(output.render(context))
    _check_distinct(loaded, files)
    return BuildPlan(loaded, tuple(files), tuple(names), tuple(edits))


def _check_distinct(loaded: LoadedConfig, files: Sequence[PlannedFile]) -> None:
    taken = {loaded.path.name.casefold(): "the configuration file", MANIFEST_FILE_NAME.casefold(): "the build record"}
    for item in files:
        folded = item.path.casefold()
        if folded in taken:
            problem = f"{item.path!r} is both the {item.kind} output and {taken[folded]}; choose another path"
            raise loaded.error(("outputs",), problem)
        taken[folded] = f"the {item.kind} output"


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
        msg = f"{item.path!r} is a folder; the {item.kind} output needs a file there"
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


def build_project(
    config: LoadedConfig | str | Path | None = None,
    *,
    force: bool = False,
    dry_run: bool = False,
    license_path: str | None = None,
    environ: Mapping[str, str] | None = None,
    **switches: bool | None,
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
        license_path: See :func:`plan_build`.
        environ: See :func:`plan_build`.
        **switches: Optional outputs switched on or off by name (``spdx=True``): see :func:`plan_build`. In
            the package metadata (``metadata=True``) only the license values change; the rest of each file
            (comments, order, layout) is kept.

    Raises:
        ConfigFileError: The configuration is invalid, or an output cannot be made from it.
        OutputOwnershipError: A file would be replaced that ethlicense did not write or that was edited
            since (not raised with *force*, nor with *dry_run*: the result lists such files).
        OutsideProjectError: An output or a record entry leads outside the project folder (through a
            symbolic link, say).
        ProjectBusyError: Another build of the project held its lock for too long.
        EthLicenseError: A file cannot be read or written, or is not a regular file.
        TypeError: A switch names no optional output.

    Returns:
        What was written (or, with *dry_run*, would be).
    """
    _check_switches(switches)
    loaded = _loaded(config)
    with project_lock(loaded.root, shared=dry_run):
        return _build_locked(
            loaded, force=force, dry_run=dry_run, license_path=license_path, environ=environ, switches=switches
        )


def _build_locked(  # noqa: PLR0913 - build_project's options
    loaded: LoadedConfig,
    *,
    force: bool,
    dry_run: bool,
    license_path: str | None,
    environ: Mapping[str, str] | None,
    switches: Mapping[str, bool | None],
) -> BuildResult:
    """Build while holding the project lock: see :func:`build_project`."""
    root = loaded.root
    record_path = contained(root, MANIFEST_FILE_NAME)
    manifest = read_manifest(record_path)
    plan = plan_build(loaded, license_path=license_path, manifest=manifest, environ=environ, **switches)
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
        {**kept, **{item.path: RecordedFile(item.kind, (item.sha256,)) for item in plan.files}},
        plan.optional_outputs,
    )
    final_text = manifest_text(final)
    old_digest = _digest(record_path)
    new_digest = hashlib.sha256(final_text.encode("utf-8")).hexdigest()
    record_action = (
        Action.CREATE if old_digest is None else Action.UNCHANGED if old_digest == new_digest else Action.UPDATE
    )
    updated_metadata = plan.updates
    result = BuildResult(
        plan=plan,
        files=reports,
        manifest=FileReport(MANIFEST_FILE_NAME, _RECORD_KIND, record_action),
        stale=tuple(stale),
        dry_run=dry_run,
        metadata=tuple(FileReport(item.path, item.kind, Action.UPDATE) for item in updated_metadata),
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
            accepted[item.path] = RecordedFile(item.kind, hashes)
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
    license_path: str | None = None,
    environ: Mapping[str, str] | None = None,
    **switches: bool | None,
) -> VerifyResult:
    """Check that every output of a build matches what the configuration produces now.

    The outputs are those a plain ``build`` would write (including the SPDX and REUSE files when the
    configuration or the previous build included them); the options are those of :func:`plan_build`.
    The package metadata files (``pyproject.toml``, ``package.json``, ``Cargo.toml``, the README badge) are
    checked too, whether or not ``build`` updates them. Nothing is written.

    Raises:
        ConfigFileError: The configuration is invalid, or an output cannot be made from it.
        EthLicenseError: A file cannot be read, or a metadata file is not valid TOML or JSON.
        TypeError: A switch names no optional output.

    Returns:
        The files that are missing or differ, each with a unified diff, and the metadata files that name
        another license, each with what is wrong.
    """
    import difflib  # noqa: PLC0415 - only verify needs it

    _check_switches(switches)
    loaded = _loaded(config)
    with project_lock(loaded.root, shared=True):
        manifest = read_manifest(contained(loaded.root, MANIFEST_FILE_NAME))
        plan = plan_build(loaded, license_path=license_path, manifest=manifest, environ=environ, **switches)
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
    for found in plan.edits:
        if not found.in_step:
            diff = difflib.unified_diff(
                _diff_lines(found.current or ""),
                _diff_lines(found.expected),
                fromfile=f"{found.path} (on disk)",
                tofile=f"{found.path} (for {plan.rendered.license_id})",
            )
            drift.append(Drift(found.path, found.kind, _OUT_OF_STEP, "".join(diff), "; ".join(found.problems)))
    return VerifyResult(plan, tuple(drift))
