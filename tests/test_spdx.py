# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Tests for SPDX documents, REUSE files and packaging hints."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from packaging.licenses import canonicalize_license_expression
from spdx_tools.spdx.model.spdx_no_assertion import SpdxNoAssertion
from spdx_tools.spdx.parser.parse_anything import parse_file
from spdx_tools.spdx.validation.document_validator import validate_full_spdx_document
from spdx_tools.spdx.validation.uri_validators import validate_uri

import ethlicense
from ethlicense.errors import EthLicenseError, InvalidSpecError, UnsafeTextError
from ethlicense.models import RenderedLicense
from ethlicense.spdx import (
    creation_time,
    default_namespace,
    packaging_hints,
    reuse_license_path,
    reuse_toml,
    spdx_json,
    to_spdx_document,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from spdx_tools.spdx.model.document import Document

CREATED = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
NAMESPACE = "https://example.org/spdxdocs/demo-1.0"


def _military() -> RenderedLicense:
    return ethlicense.compose("MIT", clauses=["military"], holders=["Jane Doe"], year=2026)


MILITARY_ID = _military().license_id


def _named_organizations() -> RenderedLicense:
    configured = ethlicense.clause("named-organizations", organizations=["A Corp.", "B Inc."])
    return ethlicense.compose("MIT", clauses=[configured], holders=["Jane Doe"], year=2026)


def _bare() -> RenderedLicense:
    return ethlicense.compose("MIT", holders=["Jane Doe"], year=2026)


COMPOSITES = {"military": _military, "named-organizations": _named_organizations}


@pytest.fixture(params=sorted(COMPOSITES))
def composite(request: pytest.FixtureRequest) -> RenderedLicense:
    """A license with restriction clauses, so with a LicenseRef- id."""
    return COMPOSITES[request.param]()


@pytest.fixture(params=["composite", "bare"])
def any_license(request: pytest.FixtureRequest) -> RenderedLicense:
    """A restricted license, then a bare base license."""
    return _military() if request.param == "composite" else _bare()


def _document(rendered: RenderedLicense, **overrides: Any) -> Document:
    options: dict[str, Any] = {"package_name": "demo", "created": CREATED, "namespace": NAMESPACE}
    options.update(overrides)
    return to_spdx_document(rendered, **options)


def _source_urls(rendered: RenderedLicense) -> set[str]:
    return {source.url for clause in rendered.provenance.clauses for source in clause.sources if source.url}


def test_document_validates(any_license: RenderedLicense) -> None:
    """A document for a restricted or a bare license passes spdx-tools' full validation."""
    document = _document(any_license)
    assert validate_full_spdx_document(document) == []
    assert document.creation_info.spdx_version == "SPDX-2.3"
    assert [str(creator) for creator in document.creation_info.creators] == [
        f"Tool: ethlicense-{any_license.provenance.ethlicense_version}"
    ]


def test_declared_license_is_the_license_ref(composite: RenderedLicense) -> None:
    """The package declares the LicenseRef id and the document carries its full text and name."""
    document = _document(composite)
    (package,) = document.packages
    assert str(package.license_declared) == composite.license_id
    assert composite.license_id.startswith("LicenseRef-")
    assert package.license_concluded == SpdxNoAssertion()
    (extracted,) = document.extracted_licensing_info
    assert extracted.license_id == composite.license_id
    assert extracted.extracted_text == composite.text
    assert extracted.license_name == composite.name


def test_see_also_lists_clause_sources_only(composite: RenderedLicense) -> None:
    """The see-also URLs are the clause sources, sorted and without duplicates, and not the base's URLs."""
    (extracted,) = _document(composite).extracted_licensing_info
    assert extracted.cross_references == sorted(_source_urls(composite))
    assert _source_urls(composite)
    assert not set(extracted.cross_references) & set(composite.base.see_also)


def test_comment_summarises_provenance(composite: RenderedLicense) -> None:
    """The extracted license's comment names the versions, the digest, the clauses and the failed criteria."""
    (extracted,) = _document(composite).extracted_licensing_info
    comment = extracted.comment or ""
    provenance = composite.provenance
    expected = [
        f"Base license: {provenance.base}",
        provenance.catalog_version,
        provenance.ethlicense_version,
        provenance.spdx_license_list_version,
        provenance.text_sha256,
        *(f"{clause.id}@{clause.version}" for clause in provenance.clauses),
        *composite.assessment.criteria,
    ]
    assert [item for item in expected if item not in comment] == []


def test_bare_license_needs_no_extracted_info() -> None:
    """A bare base license is declared by its SPDX id with no extracted licensing info."""
    document = _document(_bare())
    assert str(document.packages[0].license_declared) == "MIT"
    assert document.extracted_licensing_info == []


def test_json_round_trips(any_license: RenderedLicense, tmp_path: Path) -> None:
    """The JSON output is read back by spdx-tools' parser into the same license, text and time."""
    path = tmp_path / "demo.spdx.json"
    text = spdx_json(_document(any_license, package_version="1.0"))
    path.write_text(text, encoding="utf-8")
    parsed = parse_file(str(path))
    assert validate_full_spdx_document(parsed) == []
    assert str(parsed.packages[0].license_declared) == any_license.license_id
    assert parsed.packages[0].version == "1.0"
    assert parsed.creation_info.created == CREATED.replace(tzinfo=None)
    assert parsed.creation_info.document_namespace == NAMESPACE
    assert [info.extracted_text for info in parsed.extracted_licensing_info] == (
        [any_license.text] if any_license.license_id.startswith("LicenseRef-") else []
    )
    assert text.endswith("}\n")
    assert not text.endswith("\n\n")


def test_json_is_deterministic() -> None:
    """The same inputs give identical JSON bytes, built twice from scratch."""
    first = spdx_json(_document(_military())).encode("utf-8")
    second = spdx_json(_document(_military())).encode("utf-8")
    assert first == second


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("created", datetime.datetime(2026, 1, 2, tzinfo=datetime.UTC)),
        ("namespace", "https://example.org/spdxdocs/demo-2.0"),
        ("package_name", "other"),
    ],
)
def test_json_changes_with_inputs(field: str, value: object) -> None:
    """A different creation time, namespace or package name gives different JSON."""
    assert spdx_json(_document(_military(), **{field: value})) != spdx_json(_document(_military()))


def test_json_reports_the_license_ref() -> None:
    """The JSON declares the LicenseRef id and lists it under hasExtractedLicensingInfos."""
    data = json.loads(spdx_json(_document(_military())))
    assert data["packages"][0]["licenseDeclared"] == MILITARY_ID
    assert data["hasExtractedLicensingInfos"][0]["licenseId"] == MILITARY_ID
    assert data["creationInfo"]["created"] == "2026-01-01T00:00:00Z"


@pytest.mark.parametrize(
    ("overrides", "problem"),
    [
        ({"download_location": "not a location"}, "download_location"),
        ({"namespace": "no scheme"}, "document_namespace"),
    ],
)
def test_invalid_document_raises(overrides: dict[str, object], problem: str) -> None:
    """spdx-tools' validation problems are raised as one EthLicenseError that lists them."""
    with pytest.raises(EthLicenseError, match=problem):
        _document(_military(), **overrides)


@pytest.mark.parametrize("download_location", ["NONE", "https://example.org/demo-1.0.tar.gz"])
def test_download_location(download_location: str) -> None:
    """NONE and URLs are accepted as download locations."""
    document = _document(_military(), download_location=download_location)
    assert str(document.packages[0].download_location) == download_location


def test_aliased_license_ref_is_refused() -> None:
    """A LicenseRef id that SPDX tools would read as a list license (LicenseRef-MIT-TC is MIT) is refused."""
    with pytest.raises(InvalidSpecError, match="read by SPDX tools as 'MIT', which would misname"):
        ethlicense.compose("MIT", clauses=["military"], holders=["Jane Doe"], year=2026, license_id="LicenseRef-MIT-TC")


def test_aliased_license_ref_is_refused_by_the_document_too() -> None:
    """A spec built without make_spec still cannot be written to SPDX under an id read as another license."""
    rendered = ethlicense.compose("MIT", clauses=["military"], holders=["Jane Doe"], year=2026)
    renamed = rendered.model_copy(update={"license_id": "LicenseRef-Apache-2.0"})
    with pytest.raises(InvalidSpecError, match=r"read by SPDX tools as 'Apache-2\.0'"):
        _document(renamed)


@pytest.mark.parametrize("package_name", ["", "demo\u202e"])
def test_bad_package_name_is_refused(package_name: str) -> None:
    """An empty or unsafe package name is refused before any document is built."""
    with pytest.raises((InvalidSpecError, UnsafeTextError)):
        _document(_military(), package_name=package_name)


@pytest.mark.parametrize(
    ("package_name", "version", "expected"),
    [
        ("demo", None, "https://spdx.org/spdxdocs/ethlicense/demo-LicenseRef-MIT-with-military-"),
        ("@scope/my pkg", "1.0", "https://spdx.org/spdxdocs/ethlicense/%40scope%2Fmy%20pkg-1.0-LicenseRef-MIT-"),
    ],
)
def test_default_namespace(package_name: str, version: str | None, expected: str) -> None:
    """The default namespace is a valid, deterministic URI built from the package, license and digest."""
    rendered = _military()
    namespace = default_namespace(package_name, rendered.license_id, rendered.sha256, package_version=version)
    assert namespace.startswith(expected)
    assert namespace.endswith(rendered.sha256[:16])
    assert validate_uri(namespace) == []
    assert namespace == default_namespace(package_name, rendered.license_id, rendered.sha256, package_version=version)
    assert validate_full_spdx_document(_document(rendered, namespace=namespace, package_name=package_name)) == []


def test_default_namespace_refuses_bad_digest() -> None:
    """A text digest that is not a SHA-256 hex string is refused."""
    with pytest.raises(InvalidSpecError, match="SHA-256"):
        default_namespace("demo", "MIT", "not-a-digest")


@pytest.mark.parametrize(
    ("epoch", "expected"),
    [
        ("0", datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)),
        ("1767225600", datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)),
        (" 1767225601\n", datetime.datetime(2026, 1, 1, 0, 0, 1, tzinfo=datetime.UTC)),
    ],
)
def test_creation_time_from_source_date_epoch(epoch: str, expected: datetime.datetime) -> None:
    """SOURCE_DATE_EPOCH gives a fixed UTC time."""
    assert creation_time(epoch) == expected


@pytest.mark.parametrize("epoch", [None, "", "  "])
def test_creation_time_without_epoch_is_now(epoch: str | None) -> None:
    """Without SOURCE_DATE_EPOCH the time is now, in UTC and whole seconds."""
    before = datetime.datetime.now(tz=datetime.UTC).replace(microsecond=0)
    created = creation_time(epoch)
    after = datetime.datetime.now(tz=datetime.UTC)
    assert before <= created <= after
    assert created.microsecond == 0
    assert created.tzinfo == datetime.UTC


@pytest.mark.parametrize("epoch", ["-1", "1.5", "soon", "1e9", "99999999999999999999"])
def test_creation_time_refuses_malformed_epoch(epoch: str) -> None:
    """A malformed or out-of-range SOURCE_DATE_EPOCH is an error, not silently ignored."""
    with pytest.raises(InvalidSpecError, match="SOURCE_DATE_EPOCH"):
        creation_time(epoch)


@pytest.mark.parametrize(
    ("make", "expected"),
    [(_military, f"LICENSES/{MILITARY_ID}.txt"), (_bare, "LICENSES/MIT.txt")],
)
def test_reuse_license_path(make: Callable[[], RenderedLicense], expected: str) -> None:
    """The REUSE license file is named after the license id."""
    assert reuse_license_path(make()) == expected


@pytest.mark.parametrize(
    ("holders", "expected"),
    [
        (["Jane Doe"], "2026 Jane Doe"),
        (["Jane Doe", 'John "JR" Roe \\ Co.'], ["2026 Jane Doe", '2026 John "JR" Roe \\ Co.']),
    ],
)
def test_reuse_toml_is_valid_toml(holders: list[str], expected: object) -> None:
    """REUSE.toml parses as TOML into one aggregate annotation with the holders and the license id."""
    rendered = _military()
    text = reuse_toml(rendered, holders, 2026)
    assert text == reuse_toml(rendered, holders, 2026)
    assert tomllib.loads(text) == {
        "version": 1,
        "annotations": [
            {
                "path": "**",
                "precedence": "aggregate",
                "SPDX-FileCopyrightText": expected,
                "SPDX-License-Identifier": rendered.license_id,
            }
        ],
    }


@pytest.mark.parametrize(
    ("holders", "year"),
    [([], 2026), ("Jane Doe", 2026), (["Jane Doe"], 1969), (["Jane\u200bDoe"], 2026)],
)
def test_reuse_toml_refuses_bad_input(holders: list[str], year: int) -> None:
    """No holders, a bare string, a year out of range or an unsafe holder is refused."""
    with pytest.raises(EthLicenseError):
        reuse_toml(_military(), holders, year)


def _reuse_command() -> list[str]:
    script = Path(sys.executable).with_name("reuse")
    return [str(script)] if script.exists() else [sys.executable, "-m", "reuse"]


@pytest.mark.subprocess
@pytest.mark.parametrize("make", [_military, _bare], ids=["composite", "bare"])
def test_reuse_lint_passes(make: Callable[[], RenderedLicense], tmp_path: Path) -> None:
    """A project laid out with LICENSE, LICENSES/<id>.txt and the generated REUSE.toml passes reuse lint."""
    rendered = make()
    (tmp_path / "src.py").write_text("print('hello')\n", encoding="utf-8")
    (tmp_path / "LICENSE").write_text(rendered.text, encoding="utf-8")
    license_file = tmp_path / reuse_license_path(rendered)
    license_file.parent.mkdir()
    license_file.write_text(rendered.text, encoding="utf-8")
    (tmp_path / "REUSE.toml").write_text(reuse_toml(rendered, ["Jane Doe"], 2026), encoding="utf-8")
    result = subprocess.run(
        [*_reuse_command(), "lint"], cwd=tmp_path, capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Used licenses: {rendered.license_id}" in result.stdout


@pytest.mark.subprocess
def test_import_does_not_load_spdx_tools() -> None:
    """Importing ethlicense.spdx loads neither spdx-tools nor license-expression, to keep start-up fast."""
    code = (
        "import sys, ethlicense.spdx; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'spdx_tools', 'license_expression'}))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.strip() == "[]"


def test_packaging_hints_for_a_restricted_license() -> None:
    """A restricted license gets its LicenseRef id in pyproject, SEE LICENSE in npm and an escaped badge."""
    hints = packaging_hints(_military())
    assert f'license = "{MILITARY_ID}"' in hints
    assert 'license-files = ["LICENSE"]' in hints
    assert '"license": "SEE LICENSE IN LICENSE",' in hints
    assert (
        f"[![License: {MILITARY_ID}]"
        f"(https://img.shields.io/badge/license-{MILITARY_ID.replace('-', '--')}-lightgrey)](LICENSE)"
    ) in hints
    assert any("OSI Approved" in line for line in hints)


def test_packaging_hints_for_a_bare_license() -> None:
    """A bare base license is named by its SPDX id everywhere and gets no warning."""
    hints = packaging_hints(_bare())
    assert 'license = "MIT"' in hints
    assert '"license": "MIT",' in hints
    assert "[![License: MIT](https://img.shields.io/badge/license-MIT-blue)](LICENSE)" in hints
    assert not any("OSI Approved" in line for line in hints)


def test_pyproject_hint_is_a_valid_pep_639_expression(any_license: RenderedLicense) -> None:
    """The pyproject license line holds a PEP 639 expression that packaging accepts unchanged."""
    (line,) = [line for line in packaging_hints(any_license) if line.startswith("license = ")]
    value = tomllib.loads(line)["license"]
    assert canonicalize_license_expression(value) == any_license.license_id


def test_top_level_api_writes_a_document() -> None:
    """ethlicense.to_spdx_document and ethlicense.spdx_json are usable straight from the package."""
    document = ethlicense.to_spdx_document(
        _military(),
        package_name="example",
        created=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC),
        namespace="https://example.org/spdx/example-1",
    )
    text = ethlicense.spdx_json(document)
    assert f'"licenseDeclared": "{MILITARY_ID}"' in text
    assert text.endswith("}\n")
