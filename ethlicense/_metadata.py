# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Package metadata kept in step with the license: ``pyproject.toml``, ``package.json``, ``Cargo.toml``, README.

A package whose metadata still names the base license (``license = "MIT"``) while its LICENSE file adds
restrictions is mislabelled: installers, registries and SBOM tools read the metadata, not the text.
:func:`metadata_files` reads the metadata files in the project folder and works out, for each, what it
should say and what it says instead:

- ``pyproject.toml`` (PEP 639): ``[project] license`` is the license id, ``license-files`` includes the
  license file (required for a ``LicenseRef-`` id, whose text exists nowhere else; for a listed id only
  checked when present), ``license`` is not listed in ``dynamic``, and no ``License ::`` classifier stands beside the
  expression (PEP 639 forbids both together).
- ``package.json``: ``"license"`` is ``SEE LICENSE IN <file>`` for a ``LicenseRef-`` id, the id otherwise.
- ``Cargo.toml``: for a ``LicenseRef-`` id, ``[package] license-file`` names the license file and there is
  no ``license`` key (which takes only SPDX License List expressions); for a listed id, ``license`` is the
  id and there is no ``license-file``.
- ``README.md``: a shields.io license badge, if there is one, shows the license id.

The expected text is the file with only those values changed: TOML goes through tomlkit, which keeps
comments, order and layout; JSON is written back with the indentation it had. A file that is absent, or has
no ``[project]`` or ``[package]`` table, is left alone.
"""

from __future__ import annotations

import fnmatch
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import tomlkit
import tomlkit.exceptions
from tomlkit.items import Array, Table

from ethlicense.errors import EthLicenseError
from ethlicense.models import RenderedLicense, is_license_ref
from ethlicense.spdx import npm_license, readme_badge

__all__ = ["METADATA_FILE_NAMES", "MetadataFile", "metadata_files"]

#: The metadata files looked for in the project folder, in the order they are reported.
METADATA_FILE_NAMES = ("pyproject.toml", "package.json", "Cargo.toml", "README.md")

_BADGE = re.compile(r"\[!\[[^\]\n]*\]\(https://img\.shields\.io/badge/license-[^)\s]*\)\]\([^)\s]*\)", re.IGNORECASE)
_JSON_INDENT = re.compile(r"\A\s*\{\r?\n([ \t]+)\S")


@dataclass(frozen=True)
class MetadataFile:
    """One metadata file: what it says now, what it should say, and each difference in words."""

    path: str
    """The file, relative to the project folder."""
    current: str
    """The file's text."""
    expected: str
    """The file's text with the license values put right (equal to :attr:`current` when in step)."""
    problems: tuple[str, ...]
    """Each value that is wrong, in words (``[project] license is 'MIT', not 'LicenseRef-...'``)."""

    @property
    def in_step(self) -> bool:
        """True when the file already says what the license is."""
        return not self.problems


def _toml_document(path: str, text: str) -> tomlkit.TOMLDocument:
    try:
        return tomlkit.parse(text)
    except tomlkit.exceptions.ParseError as error:
        msg = f"{path}: not valid TOML: {error}"
        raise EthLicenseError(msg) from None


def _pyproject(path: str, text: str, rendered: RenderedLicense, license_file: str) -> tuple[str, list[str]] | None:
    document = _toml_document(path, text)
    project = document.get("project")
    if not isinstance(project, Table):
        return None
    license_id = rendered.license_id
    problems: list[str] = []
    dynamic = project.get("dynamic")
    if isinstance(dynamic, Array) and "license" in dynamic:
        problems.append("[project] dynamic lists 'license', so the metadata does not name the license")
        del dynamic[list(dynamic).index("license")]
    problems += _set_license(project, license_id)
    files = project.get("license-files")
    # A listed license's text is known to every tool, and build backends ship LICENSE* by default; a
    # LicenseRef's text exists nowhere else, so it must be listed.
    if is_license_ref(license_id) or files is not None:
        problems += _include_license_file(project, files, license_file)
    problems += _drop_license_classifiers(project)
    return (tomlkit.dumps(document) if problems else text), problems


def _insert_after(table: Table, anchors: tuple[str, ...], key: str, value: object) -> None:
    """Add *key* to *table* after the first of *anchors* it has, else at its end.

    Appending would put the key after the comments and blank lines that end the table, which read as the
    start of the next one.
    """
    item = tomlkit.item(value)
    container = table.value
    for anchor in anchors:
        if anchor in table:
            index = next(number for number, (name, _) in enumerate(container.body) if name and name.key == anchor)
            if index + 1 < len(container.body):
                # tomlkit has no public way to place a key; _insert_at is in every release we support (its
                # _insert_after is gone from 0.15.3 on).
                container._insert_at(index + 1, key, item)  # noqa: SLF001
                return
            break
    table[key] = item


def _include_license_file(project: Table, files: object, license_file: str) -> list[str]:
    """Make ``[project] license-files`` include *license_file*; return the problem, if it did not."""
    if not isinstance(files, Array):
        _insert_after(project, ("license", "version", "name"), "license-files", [license_file])
        return [f"[project] has no license-files; expected [{license_file!r}]"]
    if any(isinstance(glob, str) and fnmatch.fnmatchcase(license_file, str(glob)) for glob in files):
        return []
    files.append(license_file)
    return [f"[project] license-files does not include {license_file!r}"]


def _set_license(project: Table, license_id: str) -> list[str]:
    """Set ``[project] license`` to *license_id*; return the problem, if it said something else."""
    current = project.get("license")
    if isinstance(current, str) and str(current) == license_id:
        return []
    if current is None:
        _insert_after(project, ("version", "description", "name"), "license", license_id)
    else:
        project["license"] = license_id
    if isinstance(current, str):
        return [f"[project] license is {str(current)!r}, not {license_id!r}"]
    if current is None:
        return [f"[project] has no license; expected {license_id!r}"]
    return [f"[project] license is a table (the form before PEP 639), not {license_id!r}"]


def _drop_license_classifiers(project: Table) -> list[str]:
    """Remove the ``License ::`` classifiers from *project*; return the problem, if there were any."""
    classifiers = project.get("classifiers")
    if not isinstance(classifiers, Array):
        return []
    stale = [index for index, item in enumerate(classifiers) if str(item).startswith("License ::")]
    if not stale:
        return []
    names = ", ".join(repr(str(classifiers[index])) for index in stale)
    for index in reversed(stale):
        del classifiers[index]
    return [f"[project] classifiers has {names}, which PEP 639 forbids beside a license expression"]


def _cargo(path: str, text: str, rendered: RenderedLicense, license_file: str) -> tuple[str, list[str]] | None:
    document = _toml_document(path, text)
    package = document.get("package")
    if not isinstance(package, Table):
        return None
    license_id = rendered.license_id
    current = package.get("license")
    current_file = package.get("license-file")
    problems: list[str] = []
    if is_license_ref(license_id):
        if current is not None:
            problems.append(
                f"[package] license is {_shown(current)}, but {license_id} is not on the SPDX License List; "
                f"remove it and set license-file = {license_file!r}"
            )
            del package["license"]
        if current_file is None:
            problems.append(f"[package] has no license-file; expected {license_file!r}")
            _insert_after(package, ("license", "version", "name"), "license-file", license_file)
        elif str(current_file) != license_file:
            problems.append(f"[package] license-file is {_shown(current_file)}, not {license_file!r}")
            _insert_after(package, ("license", "version", "name"), "license-file", license_file)
    else:
        if current is None:
            problems.append(f"[package] has no license; expected {license_id!r}")
            _insert_after(package, ("license-file", "version", "name"), "license", license_id)
        elif str(current) != license_id:
            problems.append(f"[package] license is {_shown(current)}, not {license_id!r}")
            package["license"] = license_id
        if current_file is not None:
            problems.append(f"[package] license-file is set beside license = {license_id!r}; remove it")
            del package["license-file"]
    return (tomlkit.dumps(document) if problems else text), problems


def _shown(value: object) -> str:
    if isinstance(value, str):
        return repr(str(value))
    return "a table"


def _package_json(path: str, text: str, rendered: RenderedLicense, license_file: str) -> tuple[str, list[str]] | None:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        msg = f"{path}: not valid JSON: {error}"
        raise EthLicenseError(msg) from None
    if not isinstance(data, dict):
        return None
    expected = npm_license(rendered, license_file)
    current = data.get("license")
    if current == expected:
        return text, []
    problem = (
        f'"license" is {current!r}, not {expected!r}' if current is not None else f'no "license"; expected {expected!r}'
    )
    if "license" in data:
        data["license"] = expected
    else:
        keys = list(data)
        after = next((keys.index(key) + 1 for key in ("version", "description", "name") if key in data), len(keys))
        data = {**dict(list(data.items())[:after]), "license": expected, **dict(list(data.items())[after:])}
    found = _JSON_INDENT.match(text)
    indent: str | None = found.group(1) if found else None
    key_separator = ": " if re.search(r'"\s*:[ \t]', text) or not re.search(r'"\s*:', text) else ":"
    item_separator = "," if indent is not None or not re.search(r",[ \t]", text) else ", "
    separators = (item_separator, key_separator)
    dumped = json.dumps(data, indent=indent, ensure_ascii=False, separators=separators)
    newline = "\r\n" if "\r\n" in text else "\n"
    if newline != "\n":
        dumped = dumped.replace("\n", newline)
    ending = text[len(text.rstrip()) :]
    return dumped + ending, [problem]


def _readme(path: str, text: str, rendered: RenderedLicense, license_file: str) -> tuple[str, list[str]] | None:
    del path
    badge = readme_badge(rendered, license_file)
    found = [match.group(0) for match in _BADGE.finditer(text)]
    if not found:
        return None
    if all(item == badge for item in found):
        return text, []
    problem = f"the license badge does not show {rendered.license_id!r}"
    return _BADGE.sub(lambda _match: badge, text), [problem]


_Checker = Callable[[str, str, RenderedLicense, str], tuple[str, list[str]] | None]
_CHECKERS: dict[str, _Checker] = {
    "pyproject.toml": _pyproject,
    "package.json": _package_json,
    "Cargo.toml": _cargo,
    "README.md": _readme,
}


def _read(path: Path, name: str) -> str | None:
    try:
        data = path.read_bytes()
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return None
    except OSError as error:
        msg = f"cannot read {name!r}: {error.strerror or error}"
        raise EthLicenseError(msg) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        msg = f"{name}: not UTF-8 text"
        raise EthLicenseError(msg) from None


def metadata_files(
    root: str | Path, rendered: RenderedLicense, *, license_file: str = "LICENSE"
) -> tuple[MetadataFile, ...]:
    """Return each metadata file in *root* with the text it should have for *rendered*.

    Args:
        root: The project folder.
        rendered: The project's license.
        license_file: Where the license text is, relative to *root* (with ``/``).

    Raises:
        EthLicenseError: A metadata file cannot be read, or is not valid TOML or JSON.

    Returns:
        A :class:`MetadataFile` for each of :data:`METADATA_FILE_NAMES` that exists and has a package
        table (``[project]``, ``[package]``, a JSON object) or, for ``README.md``, a license badge.
    """
    folder = Path(root)
    found: list[MetadataFile] = []
    for name, checker in _CHECKERS.items():
        text = _read(folder / name, name)
        if text is None:
            continue
        checked = checker(name, text, rendered, license_file)
        if checked is None:
            continue
        expected, problems = checked
        found.append(MetadataFile(name, text, expected, tuple(problems)))
    return tuple(found)
