# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""SPDX documents, REUSE files and packaging metadata for a rendered license.

The SPDX document is built from spdx-tools model objects and validated with spdx-tools before it is
returned; nothing here formats SPDX text by hand. Every function is deterministic: the creation time and
the document namespace are parameters, so the same inputs give the same bytes.

spdx-tools is imported inside the functions that need it, so that importing this module (and starting the
command line) stays fast.
"""

from __future__ import annotations

import datetime
import json
import re
import urllib.parse
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ethlicense._license_ids import parse_license_id
from ethlicense._text import check_user_string
from ethlicense._time import check_year, creation_time
from ethlicense.errors import EthLicenseError, InvalidSpecError
from ethlicense.formats import verdict_line
from ethlicense.models import RenderedLicense, is_license_ref
from ethlicense.render import copyright_notice

if TYPE_CHECKING:
    from spdx_tools.spdx.model.document import Document
    from spdx_tools.spdx.model.extracted_licensing_info import ExtractedLicensingInfo
    from spdx_tools.spdx.model.spdx_no_assertion import SpdxNoAssertion
    from spdx_tools.spdx.model.spdx_none import SpdxNone

__all__ = [
    "creation_time",
    "default_namespace",
    "npm_license",
    "packaging_hints",
    "readme_badge",
    "reuse_license_path",
    "reuse_toml",
    "spdx_json",
    "to_spdx_document",
]


def __dir__() -> list[str]:
    return __all__


SPDX_VERSION = "SPDX-2.3"
DOCUMENT_ID = "SPDXRef-DOCUMENT"
NAMESPACE_BASE = "https://spdx.org/spdxdocs/ethlicense/"
_NAMESPACE_DIGEST_LENGTH = 16
_SPDX_ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.+-]*$")
_SHA256_PATTERN = re.compile(r"^[0-9a-f]{64}$")
_LICENSE_LIST_VERSION_PATTERN = re.compile(r"^\d+\.\d+$")
_TOML_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def _validate(document: Document) -> None:
    """Raise :class:`EthLicenseError` listing every problem spdx-tools finds in *document*."""
    from spdx_tools.spdx.validation.document_validator import validate_full_spdx_document  # noqa: PLC0415 - lazy

    messages = validate_full_spdx_document(document)
    if messages:
        problems = "\n".join(f"- {message.validation_message}" for message in messages)
        msg = f"the SPDX document does not validate:\n{problems}"
        raise EthLicenseError(msg)


def _package_spdx_id(package_name: str) -> str:
    """Return an SPDX element id for the package: ``SPDXRef-Package-`` and the name's safe characters."""
    safe = re.sub(r"[^A-Za-z0-9.]+", "-", package_name).strip("-")
    return f"SPDXRef-Package-{safe}" if safe else "SPDXRef-Package"


def _cross_references(rendered: RenderedLicense) -> tuple[list[str], list[str]]:
    """Return the clause source URLs that SPDX accepts as see-also URLs, and those it does not."""
    from spdx_tools.spdx.validation.uri_validators import validate_url  # noqa: PLC0415 - lazy

    urls = sorted({source.url for clause in rendered.provenance.clauses for source in clause.sources if source.url})
    accepted = [url for url in urls if not validate_url(url)]
    refused = [url for url in urls if validate_url(url)]
    return accepted, refused


def _provenance_comment(rendered: RenderedLicense, refused_urls: Sequence[str]) -> str:
    """Return the provenance summary written as the comment of the extracted license."""
    provenance = rendered.provenance
    verdict = rendered.assessment
    clauses = ", ".join(
        f"{clause.id}@{clause.version} (text SHA-256 {clause.text_sha256})" for clause in provenance.clauses
    )
    lines = [
        (
            f"Composed by ethlicense {provenance.ethlicense_version} from the base license {provenance.base} "
            + (f"with additional conditions; it is not {provenance.base}." if provenance.clauses else "alone.")
        ),
        f"Base license: {provenance.base}",
        f"Clauses: {clauses or '(none)'}",
        f"Criteria failed: {', '.join(verdict.criteria) or '(none)'}",
        (
            f"OSI open source: {'yes' if verdict.osi_open_source else 'no'}; "
            f"FSF free: {verdict.fsf_status}; "
            f"Debian free: {verdict.debian_status}"
        ),
        f"Catalog version: {provenance.catalog_version}",
        f"SPDX License List version: {provenance.spdx_license_list_version}",
        f"ethlicense version: {provenance.ethlicense_version}",
        f"Text SHA-256: {provenance.text_sha256}",
    ]
    if refused_urls:
        lines.append(f"Further sources: {', '.join(refused_urls)}")
    return "\n".join(lines)


def _extracted_licensing_info(rendered: RenderedLicense) -> ExtractedLicensingInfo:
    from spdx_tools.spdx.model.extracted_licensing_info import ExtractedLicensingInfo  # noqa: PLC0415 - lazy

    accepted, refused = _cross_references(rendered)
    return ExtractedLicensingInfo(
        license_id=rendered.license_id,
        extracted_text=rendered.text,
        license_name=rendered.name,
        cross_references=accepted,
        comment=_provenance_comment(rendered, refused),
    )


def _download_location(value: str) -> str | SpdxNoAssertion | SpdxNone:
    from spdx_tools.spdx.model.spdx_no_assertion import SpdxNoAssertion  # noqa: PLC0415 - lazy
    from spdx_tools.spdx.model.spdx_none import SpdxNone  # noqa: PLC0415 - lazy

    if value == "NOASSERTION":
        return SpdxNoAssertion()
    if value == "NONE":
        return SpdxNone()
    return value


def to_spdx_document(  # noqa: PLR0913 - the document's identity comes from the caller, all keyword-only
    rendered: RenderedLicense,
    *,
    package_name: str,
    created: datetime.datetime,
    namespace: str,
    package_version: str | None = None,
    download_location: str = "NOASSERTION",
) -> Document:
    """Return an SPDX 2.3 document that declares *rendered* as the license of one package.

    The document describes one package whose declared license is the rendered license's id; its concluded
    license is ``NOASSERTION`` (ethlicense declares, it does not analyse files). For a ``LicenseRef-`` id
    the document carries the full text as extracted licensing info, with the license's name, the URLs of
    every clause source as see-also URLs (the base's URLs are left out: they describe the base, not this
    license) and a provenance summary as its comment. A bare base license needs no extracted info.

    Args:
        rendered: The rendered license.
        package_name: The name of the package the license applies to.
        created: The creation time (a naive time is taken as UTC; microseconds are dropped on output).
        namespace: The document namespace, an absolute URI unique to this document
            (see :func:`default_namespace`).
        package_version: The package's version, if any.
        download_location: Where the package can be downloaded, or ``NOASSERTION`` or ``NONE``.

    Raises:
        InvalidSpecError: The package name or version is empty, or the license id would be read by SPDX
            tools as another license (``LicenseRef-MIT-TC`` is an alias of ``MIT`` there).
        UnsafeTextError: The package name or version contains hidden or control characters.
        EthLicenseError: spdx-tools finds the document invalid (the message lists every problem), for
            example a namespace that is not an absolute URI or a malformed download location.

    Returns:
        The validated spdx-tools document.
    """
    # Imported here, not at the top, so that importing ethlicense stays fast.
    from spdx_tools.spdx.model.actor import Actor, ActorType  # noqa: PLC0415
    from spdx_tools.spdx.model.document import CreationInfo, Document  # noqa: PLC0415
    from spdx_tools.spdx.model.package import Package  # noqa: PLC0415
    from spdx_tools.spdx.model.relationship import Relationship, RelationshipType  # noqa: PLC0415
    from spdx_tools.spdx.model.spdx_no_assertion import SpdxNoAssertion  # noqa: PLC0415
    from spdx_tools.spdx.model.version import Version  # noqa: PLC0415

    check_user_string(package_name, "package_name")
    if package_version is not None:
        check_user_string(package_version, "package_version")
    provenance = rendered.provenance
    list_version = provenance.spdx_license_list_version
    package_id = _package_spdx_id(package_name)
    notice = copyright_notice(rendered.spec)
    package = Package(
        spdx_id=package_id,
        name=package_name,
        download_location=_download_location(download_location),
        version=package_version,
        files_analyzed=False,
        license_concluded=SpdxNoAssertion(),
        license_declared=parse_license_id(rendered.license_id),
        license_comment=verdict_line(rendered),
        copyright_text=notice or SpdxNoAssertion(),
    )
    creation_info = CreationInfo(
        spdx_version=SPDX_VERSION,
        spdx_id=DOCUMENT_ID,
        name=package_name if package_version is None else f"{package_name}-{package_version}",
        document_namespace=namespace,
        creators=[Actor(ActorType.TOOL, f"ethlicense-{provenance.ethlicense_version}")],
        created=created,
        license_list_version=(
            Version.from_string(list_version) if _LICENSE_LIST_VERSION_PATTERN.match(list_version) else None
        ),
    )
    document = Document(
        creation_info=creation_info,
        packages=[package],
        relationships=[Relationship(DOCUMENT_ID, RelationshipType.DESCRIBES, package_id)],
        extracted_licensing_info=[_extracted_licensing_info(rendered)] if is_license_ref(rendered.license_id) else [],
    )
    _validate(document)
    return document


def spdx_json(document: Document) -> str:
    """Return *document* as SPDX 2.3 JSON text: UTF-8, two-space indent, one final newline.

    The same document always gives the same text. The document is validated first and duplicate list
    entries are dropped, as spdx-tools' own JSON writer does; the JSON comes from spdx-tools' converter.

    Raises:
        EthLicenseError: spdx-tools finds the document invalid (the message lists every problem).
    """
    from spdx_tools.spdx.document_utils import create_document_without_duplicates  # noqa: PLC0415 - lazy
    from spdx_tools.spdx.jsonschema.document_converter import DocumentConverter  # noqa: PLC0415 - lazy

    _validate(document)
    data = DocumentConverter().convert(create_document_without_duplicates(document))  # type: ignore[no-untyped-call]
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def default_namespace(
    package_name: str, license_id: str, text_sha256: str, *, package_version: str | None = None
) -> str:
    """Return a deterministic document namespace for a package's license document.

    The URI names the package (and version, when given), the license id and the start of the text's
    SHA-256, each percent-encoded. The same inputs give the same namespace, so pass a version (or your own
    namespace) when documents for several releases must be told apart.

    >>> default_namespace("my pkg", "LicenseRef-MIT-with-military", "ab" * 32)
    'https://spdx.org/spdxdocs/ethlicense/my%20pkg-LicenseRef-MIT-with-military-abababababababab'

    Raises:
        InvalidSpecError: The package name is empty or unsafe, or *text_sha256* is not a SHA-256 hex digest.
    """
    check_user_string(package_name, "package_name")
    check_user_string(license_id, "license_id")
    if not _SHA256_PATTERN.match(text_sha256):
        msg = f"text_sha256: {text_sha256!r} is not a lower-case SHA-256 hex digest"
        raise InvalidSpecError(msg)
    parts = [package_name] if package_version is None else [package_name, package_version]
    parts += [license_id, text_sha256[:_NAMESPACE_DIGEST_LENGTH]]
    return NAMESPACE_BASE + "-".join(urllib.parse.quote(part, safe="") for part in parts)


def reuse_license_path(rendered: RenderedLicense) -> str:
    """Return where REUSE expects the license's text: ``LICENSES/<license id>.txt``.

    >>> import ethlicense
    >>> military = ethlicense.compose("MIT", clauses=["military"], holders=["A"], year=2026)
    >>> reuse_license_path(military)  # doctest: +ELLIPSIS
    'LICENSES/LicenseRef-MIT-with-military-....txt'

    Raises:
        InvalidSpecError: The license id cannot be a file name.
    """
    if not _SPDX_ID_PATTERN.match(rendered.license_id):
        msg = f"license id {rendered.license_id!r} cannot name a file in LICENSES/"
        raise InvalidSpecError(msg)
    return f"LICENSES/{rendered.license_id}.txt"


def _toml_string(value: str) -> str:
    r"""Return *value* as a TOML basic string.

    >>> print(_toml_string('a "b" \\ c'))
    "a \"b\" \\ c"
    """
    escaped = "".join(
        _TOML_ESCAPES.get(character)
        or (f"\\u{ord(character):04X}" if ord(character) < 0x20 or ord(character) == 0x7F else character)  # noqa: PLR2004 - DEL
        for character in value
    )
    return f'"{escaped}"'


def reuse_toml(rendered: RenderedLicense, holders: Sequence[str], year: int, path_glob: str = "**") -> str:
    """Return a ``REUSE.toml`` that puts every file matching *path_glob* under the rendered license.

    The file has one ``[[annotations]]`` table with ``precedence = "aggregate"`` (headers in files still
    count), one ``SPDX-FileCopyrightText`` entry per holder and the license id. Put the license's text at
    :func:`reuse_license_path`.

    What ``reuse lint`` (reuse 6, REUSE Specification 3.3) accepts, checked by the tests: a top-level
    ``LICENSE`` file needs no header and no annotation, because reuse ignores files named ``LICENSE``,
    ``LICENCE`` or ``COPYING`` (also with a suffix such as ``LICENSE.txt`` or ``LICENSE-MIT``), ``REUSE.toml``
    itself and everything in ``LICENSES/``. So ``LICENSE`` may hold the same text as
    ``LICENSES/<id>.txt``. Each id used must have its ``.txt`` file in ``LICENSES/`` and each file there must be
    used; a ``LicenseRef-`` id is a valid license there.

    >>> import ethlicense
    >>> print(reuse_toml(ethlicense.compose("MIT", holders=["A"], year=2026), ["Jane Doe"], 2026), end="")
    version = 1
    <BLANKLINE>
    [[annotations]]
    path = "**"
    precedence = "aggregate"
    SPDX-FileCopyrightText = "2026 Jane Doe"
    SPDX-License-Identifier = "MIT"

    Args:
        rendered: The rendered license.
        holders: The copyright holders (at least one).
        year: The copyright year.
        path_glob: The files the annotation covers (REUSE glob syntax).

    Raises:
        InvalidSpecError: No holders, an unsafe holder or glob, or a year outside 1970-2100.
    """
    if isinstance(holders, str):
        msg = f"holders: expected a list of names, got the string {holders!r}"
        raise InvalidSpecError(msg)
    if not holders:
        msg = "holders: REUSE needs at least one copyright holder"
        raise InvalidSpecError(msg)
    for index, holder in enumerate(holders):
        check_user_string(holder, f"holders[{index}]")
    check_user_string(path_glob, "path_glob")
    check_year(year)
    notices = [_toml_string(f"{year} {holder}") for holder in holders]
    copyright_value = notices[0] if len(notices) == 1 else "[" + ", ".join(notices) + "]"
    lines = [
        "version = 1",
        "",
        "[[annotations]]",
        f"path = {_toml_string(path_glob)}",
        'precedence = "aggregate"',
        f"SPDX-FileCopyrightText = {copyright_value}",
        f"SPDX-License-Identifier = {_toml_string(rendered.license_id)}",
    ]
    return "\n".join(lines) + "\n"


def _badge_segment(text: str) -> str:
    """Return *text* escaped for a shields.io static badge path: ``-`` and ``_`` doubled, rest percent-encoded.

    >>> _badge_segment("LicenseRef-MIT-with-military")
    'LicenseRef--MIT--with--military'
    """
    doubled = text.replace("-", "--").replace("_", "__").replace(" ", "_")
    return urllib.parse.quote(doubled, safe="")


def packaging_hints(rendered: RenderedLicense, license_file: str = "LICENSE") -> list[str]:
    """Return the lines a maintainer pastes into package metadata and a README, each group after a ``#`` title.

    - ``pyproject.toml`` (PEP 639): ``license`` is the license id, which is a valid PEP 639 expression
      also for a ``LicenseRef-`` id, and ``license-files = ["LICENSE"]``. For a restricted license a
      reminder not to add ``License :: OSI Approved`` classifiers follows.
    - npm ``package.json``: ``"license": "SEE LICENSE IN LICENSE"`` for a ``LicenseRef-`` id (npm's advice for
      licenses outside the SPDX list), the plain id otherwise.
    - A Markdown shields.io badge linking to ``LICENSE``: blue for an open source license, light grey
      otherwise.

    *license_file* replaces ``LICENSE`` in these lines when the license text lives elsewhere (a path relative
    to the package root, with ``/`` between folders).

    >>> import ethlicense
    >>> packaging_hints(ethlicense.compose("MIT", holders=["A"], year=2026))[1:3]
    ['license = "MIT"', 'license-files = ["LICENSE"]']
    """
    license_id = rendered.license_id
    lines = [
        "# pyproject.toml, [project] table (PEP 639)",
        f"license = {_toml_string(license_id)}",
        f"license-files = [{_toml_string(license_file)}]",
    ]
    if not rendered.osi_open_source:
        lines.append("# (no 'License :: OSI Approved' classifier: this license is not open source)")
    lines += [
        "# package.json (npm)",
        f'"license": {json.dumps(npm_license(rendered, license_file), ensure_ascii=False)},',
        "# README.md badge",
        readme_badge(rendered, license_file),
    ]
    return lines


def npm_license(rendered: RenderedLicense, license_file: str = "LICENSE") -> str:
    """Return the ``license`` value of an npm ``package.json``.

    ``SEE LICENSE IN <file>`` for a ``LicenseRef-`` id (npm's advice for licenses outside the SPDX list), the
    plain id otherwise.

    >>> import ethlicense
    >>> npm_license(ethlicense.compose("MIT", clauses=["military"], holders=["A"], year=2026))
    'SEE LICENSE IN LICENSE'
    """
    return f"SEE LICENSE IN {license_file}" if is_license_ref(rendered.license_id) else rendered.license_id


def readme_badge(rendered: RenderedLicense, license_file: str = "LICENSE") -> str:
    """Return a Markdown shields.io license badge linking to the license file.

    Blue for an open source license, light grey otherwise.

    >>> import ethlicense
    >>> readme_badge(ethlicense.compose("MIT", holders=["A"], year=2026))
    '[![License: MIT](https://img.shields.io/badge/license-MIT-blue)](LICENSE)'
    """
    license_id = rendered.license_id
    color = "blue" if rendered.osi_open_source else "lightgrey"
    badge = f"https://img.shields.io/badge/license-{_badge_segment(license_id)}-{color}"
    return f"[![License: {license_id}]({badge})]({urllib.parse.quote(license_file, safe='/')})"
