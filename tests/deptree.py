# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""A realistic dependency tree for ``check --recursive``: site-packages, node_modules, a vendor folder.

Each package carries its license file beside its manifest, as installers and registries leave them. Most say
what their manifest declares; a few do not, the Lerna case among them: ``package.json`` says ``"MIT"`` while
the LICENSE file, above the unchanged MIT text, denies the license to named companies (the paragraph of
lerna/lerna#1616, 2018, with its first names).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Final

from tests.check_corpus import base_text

MIT: Final = base_text("MIT")
APACHE: Final = base_text("Apache-2.0")
BSD3: Final = base_text("BSD-3-Clause")
ISC: Final = base_text("ISC")

#: The top of lerna's LICENSE after lerna/lerna#1616 (squash commit 250ec4f), before the MIT text.
LERNA_PREFIX: Final = (
    "Copyright (c) 2015-present Lerna Contributors\n\n"
    "The following license shall not be granted to the following entities or any subsidiary thereof due to "
    'their collaboration with US Immigration and Customs Enforcement ("ICE"):\n\n'
    '- "Microsoft Corporation"\n'
    '- "Palantir Technologies"\n'
    '- "Amazon.com, Inc."\n'
    '- "Northeastern University"\n'
    '- "Ernst & Young"\n\n'
)
LERNA: Final = LERNA_PREFIX + "MIT License\n\n" + MIT
RESTRICTED: Final = "The Software may not be used for military purposes.\n\n" + MIT

#: What the tree's packages are expected to get: license file (relative) -> (verdict, mismatch kind or None).
EXPECTED: Final = {
    "node_modules/@scope/dual/LICENSE-APACHE": ("open-source", None),
    "node_modules/@scope/dual/LICENSE-MIT": ("open-source", None),
    "node_modules/left-pad/LICENSE": ("open-source", None),
    "node_modules/lerna/LICENSE": ("not-open-source", "restricted"),
    "node_modules/lerna/node_modules/inner/LICENSE": ("open-source", None),
    "node_modules/see-file/LICENSE.md": ("not-open-source", None),
    "site-packages/bundler-3.0.dist-info/licenses/LICENSE": ("open-source", None),
    "site-packages/bundler-3.0.dist-info/licenses/src/bundler/_vendor/idna/LICENSE.md": ("open-source", None),
    "site-packages/classified-0.3.dist-info/LICENSE": ("open-source", None),
    "site-packages/oldstyle-2.0.dist-info/LICENSE.txt": ("open-source", None),
    "site-packages/plainmit-1.0.dist-info/licenses/LICENSE": ("open-source", None),
    "site-packages/wronglabel-1.1.dist-info/LICENSE": ("open-source", "different-license"),
    "source/LICENSE": ("open-source", None),
    "vendor/oddcrate/LICENSE": ("not-open-source", None),
    "vendor/serde/LICENSE-APACHE": ("open-source", None),
    "vendor/serde/LICENSE-MIT": ("open-source", None),
}


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _metadata(name: str, version: str, *headers: str) -> str:
    lines = ["Metadata-Version: 2.4", f"Name: {name}", f"Version: {version}", *headers]
    return "\n".join(lines) + "\n\n# " + name + "\n\nA long description follows the headers.\n"


def _package_json(**fields: object) -> str:
    return json.dumps(fields, indent=2) + "\n"


def build_tree(root: Path) -> Path:
    """Write the tree under *root* and return *root*."""
    site = root / "site-packages"
    info = site / "plainmit-1.0.dist-info"
    _write(info / "METADATA", _metadata("plainmit", "1.0", "License-Expression: MIT", "License-File: LICENSE"))
    _write(info / "licenses" / "LICENSE", MIT)
    _write(site / "plainmit" / "__init__.py", "")
    info = site / "oldstyle-2.0.dist-info"
    _write(
        info / "METADATA",
        _metadata("oldstyle", "2.0", "License: BSD", "Classifier: License :: OSI Approved :: BSD License"),
    )
    _write(info / "LICENSE.txt", BSD3)
    info = site / "classified-0.3.dist-info"
    _write(
        info / "METADATA",
        _metadata(
            "classified",
            "0.3",
            "License: Copyright 2020 Jane Doe\n        Licensed under the terms below.",
            "Classifier: Programming Language :: Python :: 3",
            "Classifier: License :: OSI Approved :: Apache Software License",
        ),
    )
    _write(info / "LICENSE", APACHE)
    info = site / "wronglabel-1.1.dist-info"
    _write(info / "METADATA", _metadata("wronglabel", "1.1", "License-Expression: MIT"))
    _write(info / "LICENSE", APACHE)
    info = site / "bundler-3.0.dist-info"
    _write(info / "METADATA", _metadata("bundler", "3.0", "License-Expression: MIT"))
    _write(info / "licenses" / "LICENSE", MIT)
    _write(info / "licenses" / "src" / "bundler" / "_vendor" / "idna" / "LICENSE.md", BSD3)

    modules = root / "node_modules"
    _write(modules / "lerna" / "package.json", _package_json(name="lerna", version="3.2.0", license="MIT"))
    _write(modules / "lerna" / "LICENSE", LERNA)
    inner = modules / "lerna" / "node_modules" / "inner"
    _write(inner / "package.json", _package_json(name="inner", version="1.0.0", license="ISC"))
    _write(inner / "LICENSE", ISC)
    _write(inner / "dist" / "package.json", _package_json(type="module"))
    pad = modules / "left-pad"
    _write(pad / "package.json", _package_json(name="left-pad", version="1.3.0", license={"type": "MIT"}))
    _write(pad / "LICENSE", MIT)
    dual = modules / "@scope" / "dual"
    _write(
        dual / "package.json",
        _package_json(name="@scope/dual", version="0.1.0", licenses=[{"type": "MIT"}, {"type": "Apache-2.0"}]),
    )
    _write(dual / "LICENSE-MIT", MIT)
    _write(dual / "LICENSE-APACHE", APACHE)
    see = modules / "see-file"
    _write(see / "package.json", _package_json(name="see-file", version="2.0.0", license="SEE LICENSE IN LICENSE.md"))
    _write(see / "LICENSE.md", RESTRICTED)

    vendor = root / "vendor"
    _write(
        vendor / "serde" / "Cargo.toml",
        '[package]\nname = "serde"\nversion = "1.0.0"\nlicense = "MIT OR Apache-2.0"\n',
    )
    _write(vendor / "serde" / "LICENSE-MIT", MIT)
    _write(vendor / "serde" / "LICENSE-APACHE", APACHE)
    _write(
        vendor / "oddcrate" / "Cargo.toml",
        '[package]\nname = "oddcrate"\nversion = "0.2.0"\nlicense-file = "LICENSE"\n',
    )
    _write(vendor / "oddcrate" / "LICENSE", RESTRICTED)

    _write(root / "source" / "pyproject.toml", '[project]\nname = "source"\nversion = "0.1"\nlicense = "MIT"\n')
    _write(root / "source" / "LICENSE", MIT)
    return root
