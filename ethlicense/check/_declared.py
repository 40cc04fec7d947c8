# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The license a package declares in its metadata, and whether its license file says the same.

In a dependency tree (site-packages, node_modules, a vendor folder, the Cargo registry) each package states its
license in a manifest beside its license file, and that statement is what tools, registries and license
scanners read. When the file says something else (Lerna, 2018: ``package.json`` said one thing while the LICENSE
file denied the license to named companies), the label is wrong. The manifests read:

- ``*.dist-info/METADATA`` and ``*.egg-info/PKG-INFO`` (installed Python packages) and ``PKG-INFO`` (an sdist):
  ``License-Expression``, else ``License`` when it is an SPDX expression or a well-known name, else the
  ``Classifier: License ::`` lines;
- ``package.json``: ``license`` (a string, or the old ``{"type": ...}`` object) or the old ``licenses`` array;
- ``Cargo.toml``: ``[package] license`` or ``license-file``;
- ``composer.json``: ``license`` (a string or an array of alternatives);
- ``pyproject.toml``: ``[project] license`` (a PEP 639 expression, or the older ``{text = ...}`` /
  ``{file = ...}`` table) or ``[tool.poetry] license``.

A license file belongs to the nearest folder above it with a manifest; the walk stops at the folder checked and
at folders that hold other packages' code (``node_modules``, ``site-packages``, ``vendor``, ``_vendor``,
``third_party``...), so that vendored code is never judged against the license of the package that bundles it.
Every manifest is read at most once, capped at :data:`MAX_MANIFEST_BYTES`, and only when it is a regular file.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import os
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final, Literal, TypedDict, Unpack

from ethlicense._input import read_capped, read_head
from ethlicense._model import FrozenModel
from ethlicense.check._spdx_expression import (
    covers,
    is_known,
    is_osi_approved,
    license_from_name,
    open_id,
    parse_declared_value,
    shorten,
)

__all__ = [
    "MAX_MANIFEST_BYTES",
    "DeclaredLicense",
    "DeclaredLicenseFinder",
    "Mismatch",
    "compare_declared",
    "parse_declared_value",
]

#: Manifests larger than this are not read (their license is reported as unreadable); of ``METADATA`` and
#: ``PKG-INFO``, whose long description follows the headers, only this much is read.
MAX_MANIFEST_BYTES: Final = 1024 * 1024

#: Folders that hold other packages' code: a license file below one belongs to no package above it.
_BOUNDARIES: Final = frozenset(
    {
        "node_modules",
        "site-packages",
        "dist-packages",
        "vendor",
        "_vendor",
        "vendored",
        "third_party",
        "third-party",
        "thirdparty",
        "external",
        "externals",
        "bundled",
    }
)


class DeclaredLicense(FrozenModel):
    """The license a package's manifest declares.

    Attributes:
        manifest: The manifest's path.
        field: Where in it the license was read (``License-Expression``, ``license``, ``Classifier``...).
        value: The value as written (shortened to 200 characters).
        expression: The declared license as an SPDX expression, or ``None`` when the value is not one (free
            text, ``SEE LICENSE IN ...``, ``UNLICENSED``, a workspace reference, nothing declared).
        license_ids: The licenses of *expression*, as SPDX ids (``BSD`` for the classifier that names no
            version); an id that is not on the SPDX License List is kept as written.
        refers_to: The file a ``SEE LICENSE IN`` value or a ``license-file`` key names.
        package: The package's name, when the manifest gives it.
        version: The package's version, when the manifest gives it.
        problem: Why the manifest could not be read, when it could not.
    """

    manifest: str
    field: str | None = None
    value: str | None = None
    expression: str | None = None
    license_ids: tuple[str, ...] = ()
    refers_to: str | None = None
    package: str | None = None
    version: str | None = None
    problem: str | None = None

    @property
    def label(self) -> str:
        """The package as people name it: ``name version``, else the manifest's folder."""
        if self.package:
            return f"{self.package} {self.version}" if self.version else self.package
        return str(Path(self.manifest).parent)

    @property
    def summary(self) -> str:
        """What is declared, in a few words."""
        if self.problem:
            return f"unreadable ({self.problem})"
        if self.expression:
            return self.expression
        if self.refers_to:
            return f"see {self.refers_to}"
        if self.value:
            return shorten(self.value, 40)
        return "nothing"


class Mismatch(FrozenModel):
    """A license file whose text is not the license its package declares.

    Attributes:
        kind: ``restricted`` (declared an open-source license, the text restricts it) or ``different-license``
            (the text is another license).
        declared: The declared SPDX expression.
        found: The base license the text was found to be, if any.
        message: One sentence for people: ``declared MIT, but the text is not MIT: ...``.
    """

    kind: Literal["restricted", "different-license"]
    declared: str
    found: str | None
    message: str


# ---------------------------------------------------------------------------------------------------------------
# Manifests
# ---------------------------------------------------------------------------------------------------------------


def _read_json(path: Path) -> Any:  # noqa: ANN401 - JSON is any shape
    return json.loads(read_capped(path, MAX_MANIFEST_BYTES).decode("utf-8-sig"))


def _read_toml(path: Path) -> dict[str, Any]:
    return tomllib.loads(read_capped(path, MAX_MANIFEST_BYTES).decode("utf-8-sig"))


class _Package(TypedDict):
    package: str | None
    version: str | None


def _package(name: object, version: object) -> _Package:
    return {"package": _text(name), "version": _text(version)}


def _declared(manifest: Path, field: str, value: str, **extra: Unpack[_Package]) -> DeclaredLicense:
    expression, license_ids, refers_to = parse_declared_value(value)
    return DeclaredLicense(
        manifest=str(manifest),
        field=field,
        value=shorten(value),
        expression=expression,
        license_ids=license_ids,
        refers_to=refers_to,
        **extra,
    )


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _from_metadata(path: Path) -> DeclaredLicense:
    """Read core metadata (``METADATA``, ``PKG-INFO``): License-Expression, License, then classifiers."""
    head = read_head(path, MAX_MANIFEST_BYTES)
    headers = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(head)
    package = _package(headers.get("Name"), headers.get("Version"))
    expression = headers.get("License-Expression")
    if isinstance(expression, str) and expression.strip():
        return _declared(path, "License-Expression", expression.strip(), **package)
    license_field = headers.get("License")
    if not isinstance(license_field, str) or license_field.strip().upper() in {"", "UNKNOWN"}:
        license_field = None
    if license_field is not None:
        declared = _declared(path, "License", license_field.strip(), **package)
        if declared.expression is not None or declared.refers_to is not None:
            return declared
    classifiers = [
        item.strip().rsplit("::", 1)[-1].strip()
        for item in headers.get_all("Classifier") or []
        if isinstance(item, str) and item.strip().startswith("License ::") and item.count("::") >= 2  # noqa: PLR2004
    ]
    names: list[str] = []
    ids: list[str] = []
    for classifier in classifiers:
        meaning = license_from_name(classifier)
        if meaning:
            ids.extend(meaning)
            names.append(meaning[0] if len(meaning) == 1 else classifier)
    if ids:
        return DeclaredLicense(
            manifest=str(path),
            field="Classifier",
            value=shorten("; ".join(classifiers)),
            expression=" OR ".join(dict.fromkeys(names)),
            license_ids=tuple(dict.fromkeys(ids)),
            **package,
        )
    if license_field is not None:
        return _declared(path, "License", license_field.strip(), **package)
    return DeclaredLicense(manifest=str(path), **package)


def _from_package_json(path: Path) -> DeclaredLicense | None:
    data = _read_json(path)
    if not isinstance(data, dict) or not ({"name", "license", "licenses"} & data.keys()):
        return None
    package = _package(data.get("name"), data.get("version"))
    value = data.get("license")
    if isinstance(value, dict):
        value = value.get("type")
    if isinstance(value, str) and value.strip():
        return _declared(path, "license", value.strip(), **package)
    old = data.get("licenses")
    if isinstance(old, list):
        types = [item.get("type") if isinstance(item, dict) else item for item in old]
        names = [item.strip() for item in types if isinstance(item, str) and item.strip()]
        if names:
            joined = " OR ".join(f"({name})" if " " in name else name for name in names)
            return _declared(path, "licenses", joined, **package)
    return DeclaredLicense(manifest=str(path), **package)


def _from_composer_json(path: Path) -> DeclaredLicense | None:
    data = _read_json(path)
    if not isinstance(data, dict):
        return None
    package = _package(data.get("name"), data.get("version"))
    value = data.get("license")
    if isinstance(value, list):
        value = " OR ".join(item for item in value if isinstance(item, str))
    if isinstance(value, str) and value.strip():
        return _declared(path, "license", value.strip(), **package)
    return DeclaredLicense(manifest=str(path), **package)


def _from_cargo_toml(path: Path) -> DeclaredLicense | None:
    table = _read_toml(path).get("package")
    if not isinstance(table, dict):
        return None
    package = _package(table.get("name"), table.get("version"))
    value = table.get("license")
    if isinstance(value, str) and value.strip():
        return _declared(path, "license", value.strip(), **package)
    if isinstance(value, dict):
        return DeclaredLicense(manifest=str(path), field="license", value="inherited from the workspace", **package)
    license_file = table.get("license-file")
    if isinstance(license_file, str) and license_file.strip():
        return DeclaredLicense(
            manifest=str(path), field="license-file", value=license_file, refers_to=license_file, **package
        )
    return DeclaredLicense(manifest=str(path), **package)


def _from_pyproject(path: Path) -> DeclaredLicense | None:
    data = _read_toml(path)
    project = data.get("project")
    tool = data.get("tool")
    poetry = tool.get("poetry") if isinstance(tool, dict) else None
    table = project if isinstance(project, dict) else poetry if isinstance(poetry, dict) else None
    if table is None:
        return None
    field = "project.license" if table is project else "tool.poetry.license"
    package = _package(table.get("name"), table.get("version"))
    value = table.get("license")
    if isinstance(value, str) and value.strip():
        return _declared(path, field, value.strip(), **package)
    if isinstance(value, dict):
        if isinstance(value.get("text"), str):
            return _declared(path, f"{field}.text", value["text"].strip(), **package)
        if isinstance(value.get("file"), str):
            return DeclaredLicense(
                manifest=str(path), field=f"{field}.file", value=value["file"], refers_to=value["file"], **package
            )
    return DeclaredLicense(manifest=str(path), **package)


def _from_pkg_info(path: Path) -> DeclaredLicense | None:
    return _from_metadata(path)


#: Manifests looked for in each folder, in this order; the first that names a package wins.
_MANIFESTS: Final = (
    ("package.json", _from_package_json),
    ("Cargo.toml", _from_cargo_toml),
    ("composer.json", _from_composer_json),
    ("pyproject.toml", _from_pyproject),
    ("PKG-INFO", _from_pkg_info),
)


class DeclaredLicenseFinder:
    """Finds the declared license of the package that each license file of a tree belongs to.

    Each folder is looked at, and each manifest read, at most once.
    """

    def __init__(self, roots: Sequence[Path]) -> None:
        """Look for manifests no higher than the folders *roots* (those a recursive check was given)."""
        self._roots = tuple(Path(root) for root in roots)
        self._folders: dict[str, DeclaredLicense | None] = {}

    def find(self, license_file: Path) -> DeclaredLicense | None:
        """Return the declared license of the package *license_file* belongs to, if one is found."""
        parts = license_file.parts
        depths = [len(root.parts) for root in self._roots if parts[: len(root.parts)] == root.parts]
        if not depths or len(parts) <= max(depths):
            return None
        top = max(depths)
        folder = license_file.parent
        for depth in range(len(parts) - 1, top - 1, -1):
            declared = self._in_folder(folder)
            if declared is not None:
                return declared
            if depth == top or folder.name.lower() in _BOUNDARIES:
                return None
            folder = folder.parent
        return None

    def _in_folder(self, folder: Path) -> DeclaredLicense | None:
        key = str(folder)  # hashing a str is much cheaper than hashing a Path, for each folder of each file
        if key not in self._folders:
            self._folders[key] = self._read_folder(folder)
        return self._folders[key]

    @staticmethod
    def _read_folder(folder: Path) -> DeclaredLicense | None:
        try:
            names = set(os.listdir(folder))  # noqa: PTH208 - names only, for thousands of folders: no Path objects
        except OSError:
            return None
        suffix = folder.name.lower()
        candidates: list[tuple[str, Any]] = []
        if suffix.endswith(".dist-info"):
            candidates.append(("METADATA", _from_metadata))
        elif suffix.endswith(".egg-info"):
            candidates.append(("PKG-INFO", _from_metadata))
        candidates.extend(_MANIFESTS)
        for name, reader in candidates:
            if name not in names:
                continue
            path = folder / name
            try:
                declared: DeclaredLicense | None = reader(path)
            except (OSError, UnicodeDecodeError, ValueError, RecursionError) as error:
                problem = getattr(error, "strerror", None) or str(error) or type(error).__name__
                return DeclaredLicense(manifest=str(path), problem=shorten(problem, 120))
            if declared is not None:
                return declared
        return None


# ---------------------------------------------------------------------------------------------------------------
# Comparing
# ---------------------------------------------------------------------------------------------------------------


def compare_declared(
    declared: DeclaredLicense, *, base_license: str | None, verdict: str, restricted: bool
) -> Mismatch | None:
    """Return how a license file's text contradicts its package's declared license, if it does.

    Args:
        declared: The package's declared license.
        base_license: The SPDX id of the base license ``check`` found in the text, if any.
        verdict: ``check``'s verdict on the text: ``open-source``, ``not-open-source`` or ``needs-review``.
        restricted: Whether ``check`` found restrictions in the text.

    Returns:
        ``restricted`` when every declared license is OSI-approved and the text is not open source because
        of restrictions found in it; ``different-license`` when the text is a license the expression does
        not name; ``None`` otherwise (a text judged not open source for other reasons, or needing review,
        is no contradiction by itself), and whenever the declaration is not an SPDX expression of known
        licenses (``LicenseRef-...``, ``SEE LICENSE IN ...``, free text).

    >>> mit = DeclaredLicense(manifest="package.json", expression="MIT", license_ids=("MIT",))
    >>> compare_declared(mit, base_license="MIT", verdict="not-open-source", restricted=True).message
    'declared MIT, but the text is not MIT: it adds restrictions, so it is not open source'
    >>> compare_declared(mit, base_license="MIT", verdict="open-source", restricted=False) is None
    True
    """
    ids = declared.license_ids
    if declared.expression is None or not ids:
        return None
    if not all(is_known(license_id) for license_id in ids):
        return None
    expression = declared.expression
    restricted_text = verdict == "not-open-source" and restricted
    if restricted_text and all(is_osi_approved(open_id(license_id)) for license_id in ids):
        return Mismatch(
            kind="restricted",
            declared=expression,
            found=base_license,
            message=f"declared {expression}, but the text is not {expression}: it adds restrictions, "
            "so it is not open source",
        )
    if base_license is not None and not any(covers(license_id, base_license) for license_id in ids):
        return Mismatch(
            kind="different-license",
            declared=expression,
            found=base_license,
            message=f"declared {expression}, but the text is {base_license}, which the declaration does not name",
        )
    return None
