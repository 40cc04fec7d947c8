# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""A project's license as configuration: ``ethlicense.toml``, or ``[tool.ethlicense]`` in ``pyproject.toml``.

The file names the base license, the copyright holders and year, the clauses (built-in ones by id with
their parameters, or user-defined ones inline) and, optionally, where the outputs go. :func:`load_config`
reads it, validates it against the schema (:class:`Config`: unknown keys and wrong types are errors) and
against the catalog (unknown ids come with the nearest suggestion), and renders the license, so that a
:class:`LoadedConfig` is known to build. Every problem is a :class:`~ethlicense.errors.ConfigFileError`
naming the file, the key and, when it can be found, the line.

>>> loaded = parse_config('''
... [license]
... base = "MIT"
... holders = ["Jane Doe"]
... year = 2026
... [[clauses]]
... id = "military"
... ''', path="ethlicense.toml")
>>> loaded.rendered.license_id  # doctest: +ELLIPSIS
'LicenseRef-MIT-with-military-...'
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Annotated, Any, Literal

import pydantic
from pydantic import (
    AfterValidator,
    BaseModel,
    Field,
    PlainValidator,
    SerializeAsAny,
    StrictBool,
    StrictInt,
    StrictStr,
    field_validator,
)

from ethlicense import _toml
from ethlicense._config_resolve import DEFINITION_KEYS, Resolver, describe_problem, located_error
from ethlicense._io import read_regular_file
from ethlicense._model import FrozenModel
from ethlicense._outputs import Output, all_outputs
from ethlicense._text import check_user_string, describe_character, hidden_characters_by_line
from ethlicense._time import MAX_YEAR, MIN_YEAR
from ethlicense.catalog import Catalog, default_catalog
from ethlicense.errors import ConfigFileError, UnsafeTextError
from ethlicense.models import RenderedLicense

__all__ = [
    "CONFIG_FILE_NAME",
    "ClauseEntry",
    "Config",
    "LicenseSettings",
    "LoadedConfig",
    "OutputSettings",
    "ProvenanceSettings",
    "SpdxSettings",
    "check_output_path",
    "config_toml",
    "find_config",
    "load_config",
    "output_settings_model",
    "parse_config",
]


def __dir__() -> list[str]:
    return __all__


CONFIG_FILE_NAME = "ethlicense.toml"
PYPROJECT_FILE_NAME = "pyproject.toml"
#: Where ``build`` records what it wrote; see :mod:`ethlicense.build`.
MANIFEST_FILE_NAME = ".ethlicense.lock"
_RESERVED_PATHS = (MANIFEST_FILE_NAME, CONFIG_FILE_NAME, PYPROJECT_FILE_NAME)


def check_output_path(value: str) -> str:
    """Return an output path in normal POSIX form, refusing anything outside the project folder.

    >>> check_output_path("./docs/LICENSE")
    'docs/LICENSE'

    Raises:
        ValueError: The path is absolute, leaves the project folder, names a folder, or is reserved for the
            configuration, the REUSE files or the build record.
    """
    check_user_string(value, "path")
    if "\\" in value:
        msg = f"{value!r}: separate folders with '/'"
        raise ValueError(msg)
    path = PurePosixPath(value)
    if path.is_absolute() or re.match(r"^[A-Za-z]:", value):
        msg = f"{value!r}: give a path relative to the project folder (the folder of the configuration file)"
        raise ValueError(msg)
    if ".." in path.parts:
        msg = f"{value!r}: outputs stay inside the project folder ('..' is not allowed)"
        raise ValueError(msg)
    if value.endswith("/") or path.name in {"", "."}:
        msg = f"{value!r}: name a file, not a folder"
        raise ValueError(msg)
    normal = path.as_posix()
    folded = normal.casefold()
    reserved = [item.casefold() for output in all_outputs() for item in output.reserved]
    files = {*_RESERVED_PATHS, *(item for item in reserved if not item.endswith("/"))}
    if folded in files or folded.startswith(tuple(item for item in reserved if item.endswith("/"))):
        msg = f"{value!r} is reserved (for the configuration, the REUSE files or the build record)"
        raise ValueError(msg)
    return normal


#: A file path relative to the project folder, with ``/`` between folders.
RelativePath = Annotated[StrictStr, AfterValidator(check_output_path)]


class LicenseSettings(FrozenModel):
    """The ``[license]`` table: the base license and the copyright notice."""

    base: StrictStr = Field(min_length=1)
    """The SPDX id of the base license (``MIT``); see ``ethlicense bases``."""
    holders: tuple[StrictStr, ...] = ()
    """The copyright holders, as they appear in the notice."""
    year: StrictInt = Field(ge=MIN_YEAR, le=MAX_YEAR)
    """The copyright year; required, so that every build of the same file gives the same bytes."""
    name: StrictStr | None = None
    """A name for the license; a license with restrictions may not take the name of a base."""
    license_id: StrictStr | None = None
    """A ``LicenseRef-`` id to use instead of the one derived from the base and clause ids."""
    allow_void_restrictions: StrictBool = False
    """Render clauses on a base that forbids them (GPL family, MPL-2.0) anyway; the verdict says why they fail."""
    cure_days: StrictInt = Field(default=30, ge=1, le=365)
    """Days a licensee has to end a breach after a notice, before its permissions end."""
    governing_law: StrictStr | None = Field(default=None, min_length=1)
    """The law that governs the license (``"the State of New York"``); none by default."""
    venue: StrictStr | None = Field(default=None, min_length=1)
    """The courts that hear disputes about the license; none by default."""


class ClauseEntry(FrozenModel):
    """One ``[[clauses]]`` table: a clause chosen by id, with its parameter values.

    In the file the parameter values sit beside ``id``. An entry that has a ``text`` (or ``template``)
    key defines a clause inline; its definition keys (see :data:`DEFINITION_KEYS`) go to
    :attr:`definition` and the remaining keys are the values of its parameters.
    """

    id: StrictStr
    arguments: dict[str, Any] = Field(default_factory=dict)
    """Parameter values by name (TOML values; converted and checked against the clause's parameters)."""
    definition: dict[str, Any] | None = None
    """The clause's definition, for a user-defined clause given inline."""


class OutputSettings(FrozenModel):
    """The ``[outputs]`` table: which outputs ``build`` writes, and where (relative to the configuration's folder).

    Its keys come from the registry of outputs (:mod:`ethlicense._outputs`), and :func:`output_settings_model`
    makes the model that has them; this class holds what they share. An output that writes a file of a path
    of its own has a key that sets the path (``license = "LICENSE"``); an optional output that edits files of
    the project has a key that switches it on or off (``metadata = true``); ``include`` and ``exclude`` switch
    the other optional outputs by name. ``LICENSES/<id>.txt`` and ``REUSE.toml`` (the REUSE outputs) always
    go to the project folder, where the REUSE specification expects them.
    """

    include: tuple[str, ...] = ()
    """Optional outputs to build every time, as if ``--<name>`` were given (``"spdx"``, ``"reuse"``)."""
    exclude: tuple[str, ...] = ()
    """Optional outputs to leave out although they are on by default, as if ``--no-<name>`` were given."""

    @field_validator("include", "exclude")
    @classmethod
    def _check_names(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(sorted(set(value)))

    @pydantic.model_validator(mode="after")
    def _check_distinct(self) -> OutputSettings:
        both = sorted(set(self.include) & set(self.exclude))
        if both:
            msg = f"{both[0]!r} is both in include and in exclude"
            raise ValueError(msg)
        paths = [value for name in type(self).model_fields if isinstance(value := getattr(self, name), str)]
        folded = [path.casefold() for path in paths]
        for index, path in enumerate(paths):
            if folded.index(folded[index]) != index:
                msg = f"{path!r} is given for two outputs; each output needs a file of its own"
                raise ValueError(msg)
        return self

    def path(self, name: str) -> str:
        """Return the configured path of the output *name*.

        Raises:
            KeyError: The output has no path of its own.
        """
        value = getattr(self, name, None)
        if not isinstance(value, str):
            raise KeyError(name)
        return value

    def switched(self, name: str) -> bool | None:
        """Return whether the configuration switches the optional output *name* on, off, or neither (``None``)."""
        value = getattr(self, name, None)
        if name in self.include or value is True:
            return True
        if name in self.exclude or value is False:
            return False
        return None


@functools.cache
def _settings_model(outputs: tuple[Output, ...]) -> type[OutputSettings]:
    fields: dict[str, Any] = {}
    for output in outputs:
        if output.path is not None:
            fields[output.name] = (RelativePath, Field(default=output.path, description=output.description))
        elif output.optional and output.edits:
            fields[output.name] = (StrictBool | None, Field(default=None, description=output.description))
    names = sorted(output.name for output in outputs if output.optional and not output.edits)
    # A Literal of the names known only now: pydantic takes it at run time, no type checker can see it.
    switchable: Any = tuple[()]
    if names:
        allowed: Any = Literal.__getitem__(tuple(names))
        switchable = tuple[allowed, ...]
    fields["include"] = (switchable, ())
    fields["exclude"] = (switchable, ())
    return pydantic.create_model("OutputSettings", __base__=OutputSettings, __module__=__name__, **fields)


def output_settings_model() -> type[OutputSettings]:
    """Return the model of ``[outputs]``, with a key for each output of the registry that has one."""
    return _settings_model(all_outputs())


def _output_settings(value: object) -> OutputSettings:
    model = output_settings_model()
    if isinstance(value, model):
        return value
    if isinstance(value, OutputSettings):
        value = value.model_dump(exclude_defaults=True)
    return model.model_validate(value)


def _default_output_settings() -> OutputSettings:
    return output_settings_model()()


class SpdxSettings(FrozenModel):
    """The ``[spdx]`` table: the identity of the SPDX document, so that it is the same on every build."""

    package_name: StrictStr | None = None
    """The package the license applies to; default: ``[project] name`` of ``pyproject.toml``, else the folder."""
    package_version: StrictStr | None = None
    namespace: StrictStr | None = None
    """The document namespace (an absolute URI); default: derived from package, license id and text hash."""
    created: datetime.datetime | None = None
    """The creation time; default: ``SOURCE_DATE_EPOCH`` when set, else 1 January of the license year."""
    download_location: StrictStr = "NOASSERTION"

    @field_validator("created", mode="before")
    @classmethod
    def _check_created(cls, value: object) -> object:
        if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
            return datetime.datetime(value.year, value.month, value.day, tzinfo=datetime.UTC)
        if isinstance(value, datetime.datetime) and value.tzinfo is None:
            return value.replace(tzinfo=datetime.UTC)
        return value


class ProvenanceSettings(FrozenModel):
    """The ``[provenance]`` table."""

    git: StrictBool = True
    """Let ``ethlicense consent`` read the git history; with ``false`` it prints how to make the list instead."""


class Config(FrozenModel):
    """The whole configuration, as read from ``ethlicense.toml`` (or ``[tool.ethlicense]``)."""

    license: LicenseSettings
    clauses: tuple[ClauseEntry, ...] = ()
    outputs: Annotated[SerializeAsAny[OutputSettings], PlainValidator(_output_settings)] = Field(
        default_factory=_default_output_settings
    )
    spdx: SpdxSettings = Field(default_factory=SpdxSettings)
    provenance: ProvenanceSettings = Field(default_factory=ProvenanceSettings)


_TABLE_MODELS: dict[tuple[str, ...], Callable[[], type[BaseModel]]] = {
    (): lambda: Config,
    ("license",): lambda: LicenseSettings,
    ("outputs",): output_settings_model,
    ("spdx",): lambda: SpdxSettings,
    ("provenance",): lambda: ProvenanceSettings,
}


@dataclass(frozen=True)
class LoadedConfig:
    """A validated configuration, where it came from, and the license it renders to."""

    config: Config
    path: Path
    """The configuration file, as named by the caller (relative paths stay relative)."""
    prefix: tuple[str, ...]
    """Where the configuration sits in the file: ``()``, or ``("tool", "ethlicense")`` in pyproject.toml."""
    text: str
    """The file's text, for locating keys in error messages."""
    rendered: RenderedLicense
    catalog: Catalog

    @property
    def root(self) -> Path:
        """The project folder: the folder of the configuration file, where the outputs go."""
        return self.path.parent

    def error(self, key: Sequence[str | int], problem: str) -> ConfigFileError:
        """Return the error for *problem* at *key* (a path within the configuration), with its line."""
        full = (*self.prefix, *key)
        return located_error(self.path, self.text, full, problem)

    def package_name(self) -> str:
        """Return the package name for the SPDX document.

        The ``[spdx] package_name`` setting; else the ``[project] name`` of ``pyproject.toml`` in the project
        folder; else the project folder's name.
        """
        if self.config.spdx.package_name:
            return self.config.spdx.package_name
        pyproject = self.root / PYPROJECT_FILE_NAME
        try:
            project = _toml.parse(read_regular_file(pyproject).decode("utf-8")).get("project", {})
        except (OSError, ValueError):  # missing, unreadable, not UTF-8, not TOML: no name from there
            project = {}
        name = project.get("name") if isinstance(project, dict) else None
        if isinstance(name, str) and name.strip():
            return name
        return self.root.resolve().name or "project"


def find_config(directory: str | Path | None = None) -> Path:
    """Return the configuration file of the project in *directory* (default: the current folder).

    ``ethlicense.toml`` is used when present; otherwise ``pyproject.toml`` if it has a ``[tool.ethlicense]``
    table, or cannot be read to tell (so that :func:`load_config` reports why). The path is relative when
    *directory* is.

    Raises:
        ConfigFileError: Neither exists, or both define a configuration.
    """
    folder = Path(directory) if directory is not None else Path()
    standalone = folder / CONFIG_FILE_NAME
    pyproject = folder / PYPROJECT_FILE_NAME
    in_pyproject = broken_pyproject = False
    if pyproject.is_file():
        try:
            data = _toml.parse(read_regular_file(pyproject).decode("utf-8"))
            in_pyproject = isinstance(data.get("tool"), dict) and "ethlicense" in data["tool"]
        except (OSError, ValueError):  # unreadable, not UTF-8, not TOML: load_config says why if it is chosen
            broken_pyproject = True
    if standalone.is_file():
        if in_pyproject:
            msg = (
                f"both {CONFIG_FILE_NAME} and [tool.ethlicense] in {PYPROJECT_FILE_NAME} configure the license; "
                "keep one"
            )
            raise ConfigFileError(str(standalone), msg)
        return standalone
    if in_pyproject or broken_pyproject:
        return pyproject
    msg = (
        f"no {CONFIG_FILE_NAME} and no [tool.ethlicense] in {PYPROJECT_FILE_NAME} here; "
        "run `ethlicense init` or pass --config FILE"
    )
    raise ConfigFileError(str(folder / CONFIG_FILE_NAME), msg)


def load_config(path: str | Path | None = None, *, catalog: Catalog | None = None) -> LoadedConfig:
    """Read, validate and render a project's configuration.

    Args:
        path: The configuration file: an ``ethlicense.toml``-style file, or a ``pyproject.toml`` whose
            ``[tool.ethlicense]`` table holds the same keys. By default :func:`find_config` looks in the
            current folder.
        catalog: The catalog to look ids up in (the built-in one by default).

    Raises:
        ConfigFileError: The file is missing, unreadable or not TOML, or a key is unknown, of the wrong type
            or names something the catalog does not have; the message names the file, key and line.

    Returns:
        The validated configuration with the license it renders to.
    """
    config_path = find_config() if path is None else Path(path)
    try:
        text = read_regular_file(config_path).decode("utf-8")
    except FileNotFoundError:
        raise ConfigFileError(str(config_path), "no such file") from None
    except IsADirectoryError:
        raise ConfigFileError(str(config_path), "is a folder, not a configuration file") from None
    except OSError as error:
        raise ConfigFileError(str(config_path), f"cannot read: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise ConfigFileError(str(config_path), "not UTF-8 text") from None
    except ValueError:  # a name the operating system cannot take, such as one with a NUL character
        raise ConfigFileError(repr(str(config_path)), "bad file name") from None
    return parse_config(text, path=config_path, pyproject=config_path.name == PYPROJECT_FILE_NAME, catalog=catalog)


def parse_config(
    text: str, *, path: str | Path, pyproject: bool = False, catalog: Catalog | None = None
) -> LoadedConfig:
    """Validate and render a configuration given as TOML *text* (see :func:`load_config`).

    Args:
        text: The TOML text.
        path: The file the text comes from (named in errors; its folder is the project folder).
        pyproject: Whether the text is a ``pyproject.toml`` holding the configuration under ``[tool.ethlicense]``.
        catalog: The catalog to look ids up in (the built-in one by default).

    Raises:
        ConfigFileError: See :func:`load_config`.
    """
    config_path = Path(path)
    text = text.removeprefix("\ufeff")
    try:
        document = _toml.parse(text)
    except _toml.TomlSyntaxError as error:
        raise ConfigFileError(str(config_path), f"not valid TOML: {error.problem}", line=error.line) from None
    prefix: tuple[str, ...] = ()
    data: Any = document
    if pyproject:
        prefix = ("tool", "ethlicense")
        data = document.get("tool", {}).get("ethlicense") if isinstance(document.get("tool"), dict) else None
        if data is None:
            raise ConfigFileError(str(config_path), "has no [tool.ethlicense] table")
    if not isinstance(data, dict):
        raise located_error(config_path, text, prefix, "expected a table")
    config = _validate(data, config_path, text, prefix)
    catalog = catalog or default_catalog()
    catalog, rendered = Resolver(config, config_path, text, prefix).resolve(catalog)
    # Last, so that a hidden character in a value is reported at its key; this finds those in comments.
    _refuse_hidden_characters(text, config_path, pyproject=pyproject)
    return LoadedConfig(config=config, path=config_path, prefix=prefix, text=text, rendered=rendered, catalog=catalog)


#: A table header: ``[name]`` or ``[[name]]``, with the name captured.
_TABLE_HEADER = re.compile(r"^\s*\[\[?\s*([^\]]*?)\s*\]")


def _refuse_hidden_characters(text: str, path: Path, *, pyproject: bool) -> None:
    """Refuse hidden, control and reordering characters anywhere in the configuration, comments included.

    In ``pyproject.toml`` only the lines of the ``[tool.ethlicense]`` tables count: the rest of the file is
    another tool's business (a description may rightly hold a zero-width non-joiner, say).
    """
    if pyproject:
        inside, ours = False, set()
        for number, line in enumerate(text.split("\n"), start=1):
            header = _TABLE_HEADER.match(line)
            if header:
                name = header.group(1).replace('"', "").replace("'", "").replace(" ", "")
                inside = name == "tool.ethlicense" or name.startswith("tool.ethlicense.")
            if inside:
                ours.add(number)
    for number, line, character in hidden_characters_by_line(text):
        if pyproject and number not in ours:
            continue
        problem = str(UnsafeTextError("this line", line, character, describe_character(character)))
        raise ConfigFileError(str(path), problem, line=number)


#: Makes the error for a problem at a key of the configuration.
_Fail = Callable[[Sequence[str | int], str], ConfigFileError]


# --- schema validation --------------------------------------------------------------------------------


def _split_clauses(data: Mapping[str, Any], fail: _Fail) -> list[dict[str, Any]]:
    """Return the ``[[clauses]]`` tables as :class:`ClauseEntry` data (id, arguments, definition)."""
    entries = data.get("clauses", [])
    if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
        raise fail(("clauses",), "expected an array of tables, written [[clauses]]")
    split = []
    for index, entry in enumerate(entries):
        if "id" not in entry:
            raise fail(("clauses", index), "missing key 'id' (the clause's id; see `ethlicense clauses`)")
        if "text" in entry or "template" in entry:
            definition = {key: value for key, value in entry.items() if key in DEFINITION_KEYS}
            arguments = {key: value for key, value in entry.items() if key not in DEFINITION_KEYS}
            split.append({"id": entry["id"], "arguments": arguments, "definition": definition})
        else:
            arguments = {key: value for key, value in entry.items() if key != "id"}
            split.append({"id": entry["id"], "arguments": arguments})
    return split


def _known_keys(location: Sequence[str | int]) -> list[str]:
    model = _TABLE_MODELS.get(tuple(str(part) for part in location))
    return list(model().model_fields) if model is not None else []


def _validate(data: dict[str, Any], path: Path, text: str, prefix: tuple[str, ...]) -> Config:
    def fail(key: Sequence[str | int], problem: str) -> ConfigFileError:
        return located_error(path, text, (*prefix, *key), problem)

    prepared = dict(data)
    if "clauses" in prepared:
        prepared["clauses"] = _split_clauses(prepared, fail)
    try:
        return Config.model_validate(prepared)
    except pydantic.ValidationError as error:
        # An unknown key is usually a misspelt known one: report it (with a suggestion) before the
        # "required key is missing" that the misspelling also causes.
        items = sorted(error.errors(), key=lambda item: item["type"] != "extra_forbidden")
        first = items[0]
        location = [part for part in first["loc"] if part not in {"arguments", "definition"}]
        more = f" (and {len(items) - 1} more problem{'s' if len(items) > 2 else ''})" if len(items) > 1 else ""  # noqa: PLR2004
        raise fail(location, describe_problem(first, _known_keys(first["loc"][:-1])) + more) from None


# --- writing a configuration --------------------------------------------------------------------------


def _without_defaults(model: BaseModel) -> dict[str, Any]:
    return model.model_dump(mode="python", exclude_defaults=True)


def config_toml(config: Config, *, comment: str = "") -> str:
    """Return *config* as TOML text that :func:`parse_config` reads back to the same configuration.

    Keys come in a fixed order and values that equal their defaults are left out, so the same
    configuration always gives the same text. *comment* lines, if any, open the file as ``#`` comments.

    >>> print(config_toml(Config(license=LicenseSettings(base="MIT", holders=("A",), year=2026))), end="")
    [license]
    base = "MIT"
    holders = ["A"]
    year = 2026
    """
    data: dict[str, Any] = {"license": _without_defaults(config.license)}
    data["license"] = {key: data["license"][key] for key in LicenseSettings.model_fields if key in data["license"]}
    clauses = []
    for entry in config.clauses:
        table: dict[str, Any] = {"id": entry.id}
        if entry.definition is not None:
            table.update({key: entry.definition[key] for key in DEFINITION_KEYS if key in entry.definition})
        table.update(entry.arguments)
        clauses.append(table)
    if clauses:
        data["clauses"] = clauses
    for name in ("outputs", "spdx", "provenance"):
        values = _without_defaults(getattr(config, name))
        if values:
            data[name] = values
    header = "".join(f"# {line}".rstrip() + "\n" for line in comment.splitlines())
    return header + ("\n" if header else "") + _toml.dumps(data)
