# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""ethlicense: compose a base license with restriction clauses, name it truthfully, and judge it.

>>> import ethlicense
>>> lic = ethlicense.compose("MIT", holders=["Jane Doe"], year=2026)
>>> lic.license_id, lic.osi_open_source
('MIT', True)
"""

from __future__ import annotations

from ethlicense._version import __version__
from ethlicense.assess import assess
from ethlicense.catalog import Catalog, default_catalog, load_clause_file
from ethlicense.compose import clause, compose, make_spec, render
from ethlicense.errors import (
    CatalogError,
    ClauseConflictError,
    ConfigError,
    EthLicenseError,
    InvalidSpecError,
    OutputExistsError,
    ParameterError,
    RestrictionRefusedError,
    TemplateSecurityError,
    UnknownClauseError,
    UnknownLicenseError,
    UnsafeTextError,
)
from ethlicense.models import (
    Assessment,
    BaseLicense,
    Clause,
    ConfiguredClause,
    Consequence,
    LicenseSpec,
    Parameter,
    ParameterKind,
    Provenance,
    Relation,
    RenderedLicense,
    Restriction,
    Source,
    Violation,
)

__all__ = [
    "Assessment",
    "BaseLicense",
    "Catalog",
    "CatalogError",
    "Clause",
    "ClauseConflictError",
    "ConfigError",
    "ConfiguredClause",
    "Consequence",
    "EthLicenseError",
    "InvalidSpecError",
    "LicenseSpec",
    "OutputExistsError",
    "Parameter",
    "ParameterError",
    "ParameterKind",
    "Provenance",
    "Relation",
    "RenderedLicense",
    "Restriction",
    "RestrictionRefusedError",
    "Source",
    "TemplateSecurityError",
    "UnknownClauseError",
    "UnknownLicenseError",
    "UnsafeTextError",
    "Violation",
    "__version__",
    "assess",
    "clause",
    "compose",
    "default_catalog",
    "load_clause_file",
    "make_spec",
    "render",
]
