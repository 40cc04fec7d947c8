# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The outputs of ``ethlicense build``: one :class:`Output` each, in one registry.

Everything that lists the outputs is derived from :data:`OUTPUTS`: the keys of ``[outputs]`` (see
:func:`ethlicense.config.output_settings_model`), what :func:`ethlicense.build.plan_build` renders and
:func:`ethlicense.build.verify_project` compares, and the ``--<name>/--no-<name>`` flags of ``build`` and
``verify``. Adding an output is adding an entry here with its renderer.

An output either writes files of its own (the license, the SPDX document: recorded in ``.ethlicense.lock``,
never replaced without ``--force`` once edited by hand) or, with :attr:`Output.edits`, keeps files of the
project in step (the package metadata: only the license values change, nothing is recorded, and ``verify``
checks them whether or not the build updates them).

The heavy libraries are loaded only when a renderer needs them: spdx-tools inside :mod:`ethlicense.spdx`'s
functions, tomlkit with :mod:`ethlicense._metadata`, which the metadata renderer imports when it runs. So
loading the registry (as the configuration does) costs little, and ``ethlicense render`` never loads it.
"""

from __future__ import annotations

import datetime
import hashlib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ethlicense._notice import notice_text
from ethlicense._time import source_date_epoch
from ethlicense.errors import EthLicenseError
from ethlicense.provenance import provenance_markdown
from ethlicense.spdx import default_namespace, reuse_license_path, reuse_toml, spdx_json, to_spdx_document

if TYPE_CHECKING:
    from ethlicense.config import LoadedConfig
    from ethlicense.models import RenderedLicense

__all__ = [
    "OUTPUTS",
    "Output",
    "OutputContext",
    "PlannedFile",
    "all_outputs",
    "get_output",
]

#: An output's name: a key of ``[outputs]``, a flag (``--name``) and a keyword of ``build_project``.
_NAME = re.compile(r"[a-z][a-z0-9_]*")
#: Keys of ``[outputs]`` that are not outputs.
RESERVED_NAMES = frozenset({"include", "exclude"})


@dataclass(frozen=True)
class PlannedFile:
    """One file an output wants: where it goes (relative to the project folder, with ``/``), which kind, its text.

    For an output that edits files of the project (:attr:`Output.edits`), :attr:`current` is the file as it
    is and :attr:`problems` says, value by value, what in it names another license.
    """

    path: str
    kind: str
    """What the build record calls the file: the output's name, or a finer name (``reuse-toml``)."""
    text: str
    output: str = ""
    """The name of the output that makes the file (default: :attr:`kind`)."""
    current: str | None = None
    """For an edited file: its text now."""
    problems: tuple[str, ...] = ()
    """For an edited file: each value that is wrong, in words."""

    def __post_init__(self) -> None:
        if not self.output:
            object.__setattr__(self, "output", self.kind)

    @property
    def sha256(self) -> str:
        """The SHA-256 of the text as written (UTF-8)."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def expected(self) -> str:
        """The text the file should have (the same as :attr:`text`)."""
        return self.text

    @property
    def in_step(self) -> bool:
        """For an edited file: true when it already says what the license is."""
        return not self.problems


@dataclass(frozen=True)
class OutputContext:
    """What a renderer gets: the loaded configuration (with the rendered license), the paths, the environment."""

    loaded: LoadedConfig
    paths: Mapping[str, str]
    """Where each output with a path goes, by output name (``--output`` already applied)."""
    environ: Mapping[str, str]
    """The environment (for ``SOURCE_DATE_EPOCH``)."""

    @property
    def rendered(self) -> RenderedLicense:
        """The project's license."""
        return self.loaded.rendered

    def path(self, name: str) -> str:
        """Return where the output *name* goes."""
        return self.paths[name]


#: A renderer: the files an output makes for a project (none when the project needs none).
Renderer = Callable[[OutputContext], Sequence[PlannedFile]]


@dataclass(frozen=True)
class Output:
    """One output of ``build``.

    Args:
        name: Its name: a key of ``[outputs]``, the flag ``--<name>/--no-<name>``, a keyword of ``build_project``.
        description: One line (a noun phrase, no final full stop) for ``--help`` and the docs.
        render: The function that makes its files.
        path: Its default path (a key of ``[outputs]`` then sets it); ``None`` when the renderer chooses the
            paths (REUSE's fixed layout) or the output edits files that exist (package metadata).
        optional: Whether it can be switched on and off (``--<name>``, ``[outputs] include``/``exclude``).
        default: For an optional output, whether it is on unless switched off.
        remembered: For an optional output, whether a build that made it makes it again until switched off
            (the build record remembers it).
        edits: Whether it keeps files of the project in step instead of writing files of its own.
        reserved: Paths it writes that no configured path may take (a final ``/`` reserves a folder).
    """

    name: str
    description: str
    render: Renderer
    path: str | None = None
    optional: bool = False
    default: bool = True
    remembered: bool = True
    edits: bool = False
    reserved: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        if not _NAME.fullmatch(self.name) or self.name in RESERVED_NAMES:
            msg = f"output name {self.name!r}: use lower-case letters, digits and '_' (not include or exclude)"
            raise ValueError(msg)

    @property
    def switch_key(self) -> bool:
        """Whether ``[outputs] <name>`` switches the output on or off (an optional output without a path)."""
        return self.optional and self.path is None

    @property
    def flag_help(self) -> str:
        """The help of its ``--<name>/--no-<name>`` flag."""
        verb = "Update" if self.edits else "Include (or leave out)"
        if self.remembered:
            default = "as configured or last built" if not self.default else "on, unless configured off"
        else:
            default = f"[outputs] {self.name}, {'true' if self.default else 'false'}"
        return f"{verb} {self.description}. [default: {default}]"


# --- the renderers ------------------------------------------------------------------------------------


def _license(context: OutputContext) -> list[PlannedFile]:
    return [PlannedFile(context.path("license"), "license", context.rendered.text)]


def _provenance(context: OutputContext) -> list[PlannedFile]:
    text = provenance_markdown(context.rendered, relicensing_notes=True)
    return [PlannedFile(context.path("provenance"), "provenance", text)]


def _notice(context: OutputContext) -> list[PlannedFile]:
    notice = notice_text(context.rendered, license_path=context.path("license"))
    return [] if notice is None else [PlannedFile(context.path("notice"), "notice", notice)]


def _creation_time(loaded: LoadedConfig, environ: Mapping[str, str]) -> datetime.datetime:
    """Return the SPDX creation time: the configured one, ``SOURCE_DATE_EPOCH``'s, or 1 January of the year."""
    configured = loaded.config.spdx.created
    if configured is not None:
        return configured
    epoch = source_date_epoch(environ)
    if epoch is not None:
        return epoch
    return datetime.datetime(loaded.rendered.spec.year, 1, 1, tzinfo=datetime.UTC)


def _spdx(context: OutputContext) -> list[PlannedFile]:
    # ethlicense.spdx loads spdx-tools inside these functions, so only a build that makes the document pays for it.
    loaded = context.loaded
    settings = loaded.config.spdx
    rendered = loaded.rendered
    package_name = loaded.package_name()
    try:
        created = _creation_time(loaded, context.environ)
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
        text = spdx_json(document)
    except EthLicenseError as error:
        raise loaded.error(("spdx",), " ".join(str(error).split())) from None
    return [PlannedFile(context.path("spdx"), "spdx", text)]


def _reuse(context: OutputContext) -> list[PlannedFile]:
    rendered = context.rendered
    try:
        return [
            PlannedFile(reuse_license_path(rendered), "reuse-license", rendered.text, output="reuse"),
            PlannedFile(
                "REUSE.toml",
                "reuse-toml",
                reuse_toml(rendered, rendered.spec.holders, rendered.spec.year),
                output="reuse",
            ),
        ]
    except EthLicenseError as error:
        raise context.loaded.error(("license",), f"cannot write the REUSE files: {error}") from None


def _metadata(context: OutputContext) -> list[PlannedFile]:
    # ethlicense._metadata imports tomlkit, which only a build or a verify needs (not loading the configuration).
    from ethlicense._metadata import metadata_files  # noqa: PLC0415 - cold start

    found = metadata_files(context.loaded.root, context.rendered, license_file=context.path("license"))
    return [
        PlannedFile(item.path, "metadata", item.expected, current=item.current, problems=item.problems)
        for item in found
    ]


#: Every output, in the order ``build`` lists them.
OUTPUTS: tuple[Output, ...] = (
    Output("license", "the license text", _license, path="LICENSE"),
    Output(
        "provenance",
        "the provenance report: the verdict, every clause's sources, relicensing notes",
        _provenance,
        path="PROVENANCE.md",
    ),
    Output(
        "notice",
        "the NOTICE file, written only where the license needs one (Apache-2.0 with clauses; a base whose text "
        "has no copyright line)",
        _notice,
        path="NOTICE",
    ),
    Output("spdx", "the SPDX 2.3 JSON document", _spdx, path="LICENSE.spdx.json", optional=True, default=False),
    Output(
        "reuse",
        "LICENSES/<id>.txt and REUSE.toml",
        _reuse,
        optional=True,
        default=False,
        reserved=("REUSE.toml", "LICENSES/"),
    ),
    Output(
        "metadata",
        "the license in pyproject.toml, package.json, Cargo.toml and the README badge, keeping the rest of each file",
        _metadata,
        optional=True,
        default=False,
        remembered=False,
        edits=True,
    ),
)


def all_outputs() -> tuple[Output, ...]:
    """Return the registry as it is now (tests may extend it)."""
    return OUTPUTS


def get_output(name: str) -> Output:
    """Return the output called *name*.

    Raises:
        KeyError: No output has this name.
    """
    for output in all_outputs():
        if output.name == name:
            return output
    raise KeyError(name)
