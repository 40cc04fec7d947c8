# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""ethlicense: compose a base license with restriction clauses, name it truthfully, and judge it.

>>> import ethlicense
>>> lic = ethlicense.compose("MIT", holders=["Jane Doe"], year=2026)
>>> lic.license_id, lic.osi_open_source
('MIT', True)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ethlicense._version import __version__
from ethlicense.assess import assess
from ethlicense.catalog import Catalog, default_catalog, load_clause_file
from ethlicense.compose import clause, compose, make_spec, render
from ethlicense.errors import (
    ArgumentTypeError,
    CatalogError,
    ClauseConflictError,
    ConfigError,
    ConfigFileError,
    EthLicenseError,
    GitHistoryError,
    InvalidSpecError,
    LicenseFileError,
    OutputExistsError,
    OutputOwnershipError,
    OutsideProjectError,
    ParameterError,
    ProjectBusyError,
    RestrictionRefusedError,
    TemplateSecurityError,
    UnknownClauseError,
    UnknownLicenseError,
    UnsafeTextError,
)
from ethlicense.models import (
    Assessment,
    BaseDescription,
    BaseLicense,
    BaseTerm,
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

if TYPE_CHECKING:
    from ethlicense.build import BuildResult, VerifyResult, build_project, verify_project
    from ethlicense.check import CheckResult, check_file, check_text
    from ethlicense.config import Config, LoadedConfig, load_config
    from ethlicense.spdx import spdx_json, to_spdx_document

#: Names imported on first use (PEP 562), so that ``import ethlicense`` and ``ethlicense render`` do not pay
#: for the project configuration, build, SPDX and license-checking machinery.
_LAZY_NAMES = {
    "BuildResult": "ethlicense.build",
    "CheckResult": "ethlicense.check",
    "Config": "ethlicense.config",
    "LoadedConfig": "ethlicense.config",
    "VerifyResult": "ethlicense.build",
    "build_project": "ethlicense.build",
    "check_file": "ethlicense.check",
    "check_text": "ethlicense.check",
    "load_config": "ethlicense.config",
    "spdx_json": "ethlicense.spdx",
    "to_spdx_document": "ethlicense.spdx",
    "verify_project": "ethlicense.build",
}


def __getattr__(name: str) -> Any:  # noqa: ANN401 - whatever the named attribute is
    module = _LAZY_NAMES.get(name)
    if module is None:
        msg = f"module 'ethlicense' has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "ArgumentTypeError",
    "Assessment",
    "BaseDescription",
    "BaseLicense",
    "BaseTerm",
    "BuildResult",
    "Catalog",
    "CatalogError",
    "CheckResult",
    "Clause",
    "ClauseConflictError",
    "Config",
    "ConfigError",
    "ConfigFileError",
    "ConfiguredClause",
    "Consequence",
    "EthLicenseError",
    "GitHistoryError",
    "InvalidSpecError",
    "LicenseFileError",
    "LicenseSpec",
    "LoadedConfig",
    "OutputExistsError",
    "OutputOwnershipError",
    "OutsideProjectError",
    "Parameter",
    "ParameterError",
    "ParameterKind",
    "ProjectBusyError",
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
    "VerifyResult",
    "Violation",
    "__version__",
    "assess",
    "build_project",
    "check_file",
    "check_text",
    "clause",
    "compose",
    "default_catalog",
    "load_clause_file",
    "load_config",
    "make_spec",
    "render",
    "spdx_json",
    "to_spdx_document",
    "verify_project",
]
