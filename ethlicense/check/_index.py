# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The index of the SPDX License List: which licenses a text is most likely to be, and so which templates to try.

Every license is ranked by how many telling word pairs it shares with the text (:func:`rank_licenses`); only
the best few get a full template match (:mod:`ethlicense.check._templates`). A text that is a canonical text
whole is known at once from the shipped index (:func:`canonical_license`).
"""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import itertools
import json
from collections import Counter
from collections.abc import Mapping
from importlib.resources import files
from types import MappingProxyType
from typing import Final

from ethlicense._copyright import COMPACT_NOTICE
from ethlicense.check._checker import remembered
from ethlicense.check._normalise import compact_form, compact_mapped, normalise_for_matching
from ethlicense.check._spdx_data import load_spdx_licenses
from ethlicense.check._templates import compact_fullmatch, compiled_license, search_compact

__all__ = [
    "BaseMatch",
    "LicenseMatch",
    "canonical_key",
    "canonical_license",
    "find_base_within",
    "find_license",
    "find_licenses_in",
    "index_document",
    "resource_bytes",
    "spdx_digest",
    "write_index_document",
]


#: How many of the best-ranked licenses get a full template match.
_CANDIDATES: Final = 10
#: The least share of word pairs a license must have in common with a text to be tried at all.
_MIN_SIMILARITY: Final = 0.2
#: The least share of a license's word pairs a longer text must hold for the license to be looked for in it.
_MIN_CONTAINMENT: Final = 0.5


@dataclasses.dataclass(frozen=True, slots=True)
class LicenseMatch:
    """A license whose template matches a whole text.

    Attributes:
        license_id: The SPDX identifier.
        similarity: The share of word pairs the text and the license's canonical text have in common (Jaccard
            index, 0 to 1); it only ranks matches.
    """

    license_id: str
    similarity: float


@dataclasses.dataclass(frozen=True, slots=True)
class BaseMatch:
    """Where an SPDX license's text lies inside a longer text.

    Attributes:
        license_id: The SPDX identifier.
        start: The offset in the searched text where the license's text starts.
        end: The offset just past its end, so that ``text[start:end]`` is the license's text.
    """

    license_id: str
    start: int
    end: int


_Pair = tuple[str, str]


@dataclasses.dataclass(frozen=True, slots=True)
class _Index:
    """The telling word pairs of every license's canonical text, for ranking candidates quickly.

    A pair found in many licenses (``of the``) tells little and costs much to count, so only pairs found in at
    most ``_RARE`` licenses are indexed.

    Attributes:
        ids: The license ids, by number.
        sizes: How many indexed pairs each license's text has.
        postings: For each indexed pair, the numbers of the licenses whose text has it.
        common: The pairs left out of the index.
        lengths: The length of each license's canonical text in the compact form, by id.
        canonical: For the :func:`canonical_key` of each license's canonical text, the license (of licenses with
            the same text, the one with the shortest id).
    """

    ids: tuple[str, ...]
    sizes: tuple[int, ...]
    postings: Mapping[_Pair, tuple[int, ...]]
    common: frozenset[_Pair]
    lengths: Mapping[str, int]
    canonical: Mapping[str, str]


#: How many licenses a word pair may occur in and still be indexed.
_RARE: Final = 35


def _word_pairs(normal: str, step: int = 1) -> set[_Pair]:
    """Return the pairs of consecutive words (whitespace-separated tokens) of a normal-form text.

    With *step* above 1, only the pairs starting at every *step*-th word are taken.
    """
    words = normal.split()
    return set(zip(words[::step], words[1::step], strict=False))


#: Texts longer than this many words are ranked on a sample of their word pairs.
SAMPLE_WORDS: Final = 1500


def _build_index() -> _Index:
    """Build the word-pair index of every license from the shipped SPDX texts (about two seconds)."""
    licenses = load_spdx_licenses().licenses
    ids = tuple(licenses)
    normals = [normalise_for_matching(licenses[license_id].text) for license_id in ids]
    pairs = [_word_pairs(normal) for normal in normals]
    frequency = Counter(itertools.chain.from_iterable(pairs))
    common = frozenset(pair for pair, count in frequency.items() if count > _RARE)
    rare = [license_pairs - common for license_pairs in pairs]
    postings: dict[_Pair, list[int]] = {pair: [] for pair in frequency if pair not in common}
    for number, license_pairs in enumerate(rare):
        for pair in license_pairs:
            postings[pair].append(number)
    canonical: dict[str, str] = {}
    for license_id, normal in sorted(zip(ids, normals, strict=True), key=lambda item: (len(item[0]), item[0])):
        canonical.setdefault(canonical_key(compact_form(normal)), license_id)
    return _Index(
        ids=ids,
        sizes=tuple(map(len, rare)),
        postings=MappingProxyType({pair: tuple(numbers) for pair, numbers in postings.items()}),
        common=common,
        lengths=MappingProxyType(
            {license_id: len(compact_form(normal)) for license_id, normal in zip(ids, normals, strict=True)}
        ),
        canonical=MappingProxyType(canonical),
    )


#: The version of the layout of the shipped index file; a file of another version is ignored.
_INDEX_FORMAT: Final = 1
#: Where the index built by ``scripts/build_match_index.py`` is shipped, under the package.
_INDEX_RESOURCE: Final = ("data", "spdx", "match-index.json.gz")
_SPDX_RESOURCE: Final = ("data", "spdx", "licenses.json.gz")


def resource_bytes(parts: tuple[str, ...]) -> bytes | None:
    """Return the bytes of a packaged data file, or ``None`` when it is missing."""
    node = files("ethlicense")
    for part in parts:
        node = node / part
    try:
        return node.read_bytes()
    except OSError:
        return None


def spdx_digest() -> str:
    """Return the SHA-256 of the shipped SPDX License List data, which a shipped index must have been built from."""
    return hashlib.sha256(resource_bytes(_SPDX_RESOURCE) or b"").hexdigest()


def index_document() -> dict[str, object]:
    """Return the word-pair index as JSON-ready data, for ``scripts/build_match_index.py`` to ship.

    Loading the shipped file is some twenty times faster than building the index, which matters to every
    process that checks license texts. The document records the SHA-256 of the SPDX data it was built from,
    and is ignored (the index is built afresh) when that data changes.
    """
    index = _build_index()
    return {
        "format": _INDEX_FORMAT,
        "spdx_sha256": spdx_digest(),
        "ids": list(index.ids),
        "sizes": list(index.sizes),
        "postings": {" ".join(pair): list(numbers) for pair, numbers in sorted(index.postings.items())},
        "common": sorted(" ".join(pair) for pair in index.common),
        "lengths": dict(sorted(index.lengths.items())),
        "canonical": dict(sorted(index.canonical.items())),
    }


def write_index_document(document: Mapping[str, object]) -> bytes:
    """Return *document* as the bytes of the shipped index file: sorted, compact JSON, gzipped without a date."""
    raw = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return gzip.compress(raw, compresslevel=9, mtime=0)


def _pair(key: str) -> _Pair:
    first, _, second = key.partition(" ")
    return (first, second)


def _load_shipped_index() -> _Index | None:
    """Return the index shipped with the package, or ``None`` when it is missing, broken or stale."""
    raw = resource_bytes(_INDEX_RESOURCE)
    if raw is None:
        return None
    try:
        document = json.loads(gzip.decompress(raw).decode("utf-8"))
        if document["format"] != _INDEX_FORMAT or document["spdx_sha256"] != spdx_digest():
            return None
        ids = tuple(str(item) for item in document["ids"])
        if ids != tuple(load_spdx_licenses().licenses):
            return None
        return _Index(
            ids=ids,
            sizes=tuple(int(size) for size in document["sizes"]),
            postings=MappingProxyType({_pair(key): tuple(value) for key, value in document["postings"].items()}),
            common=frozenset(_pair(key) for key in document["common"]),
            lengths=MappingProxyType({str(key): int(value) for key, value in document["lengths"].items()}),
            canonical=MappingProxyType({str(key): str(value) for key, value in document["canonical"].items()}),
        )
    except (OSError, EOFError, ValueError, KeyError, TypeError, AttributeError):
        return None


@remembered("index")
def spdx_index() -> _Index:
    """Return the word-pair index of every license: the shipped one when it is current, else built (once)."""
    return _load_shipped_index() or _build_index()


def canonical_key(compact: str) -> str:
    """Return a digest of a compact normal-form text, leaving out the copyright notice paragraphs at its top.

    Two texts with the same key are the same text apart from those notices and from what the SPDX Matching
    Guidelines call immaterial; the index maps the key of every license's canonical text to the license.
    """
    paragraphs = compact.split("\n")
    first = 0
    while first < len(paragraphs) - 1 and COMPACT_NOTICE.match(paragraphs[first]):
        first += 1
    return hashlib.blake2b("\n".join(paragraphs[first:]).encode("utf-8"), digest_size=16).hexdigest()


def canonical_license(compact: str) -> str | None:
    """Return the license whose canonical text a compact normal-form text is (notices above it allowed), if any."""
    return spdx_index().canonical.get(canonical_key(compact))


@remembered("shared-pairs", limit=16)
def _shared_pairs(normal: str, *, exhaustive: bool = False) -> tuple[int, int, Mapping[int, int]]:
    """Count the telling word pairs a normal-form text shares with each license (kept for the last few texts).

    Returns:
        The sampling step, the (estimated) number of the text's telling pairs, and for each license number that
        shares any, how many pairs it shares (in the sample). With *exhaustive*, every pair is counted.
    """
    index = spdx_index()
    step = 1 if exhaustive else 1 + normal.count(" ") // SAMPLE_WORDS
    pairs = _word_pairs(normal, step) - index.common
    # With a sample, the text's pair count and the shared counts are estimated by scaling up.
    shared: Counter[int] = Counter()
    shared.update(itertools.chain.from_iterable(index.postings.get(pair, ()) for pair in pairs))
    return step, len(pairs) * step, MappingProxyType(dict(shared))


def rank_licenses(normal: str, *, within: bool, exhaustive: bool = False) -> list[tuple[float, str]]:
    """Return the most promising licenses for a normal-form text, best first, with their scores.

    The score is the Jaccard index of the telling word pairs, or with *within* the share of the license's
    telling pairs found in the text (for a license inside a longer text); long texts are scored on a sample,
    unless *exhaustive*.
    Ties go to the shorter id, so that of licenses with identical texts the plain one (``GPL-3.0-only``,
    ``MPL-2.0``) comes first.
    """
    index = spdx_index()
    step, text_size, shared = _shared_pairs(normal, exhaustive=exhaustive)
    scored: list[tuple[float, str]] = []
    for number, count in shared.items():
        size = index.sizes[number]
        common = count * step
        score = common / size if within else common / (text_size + size - common)
        score = min(score, 1.0)
        if score >= _MIN_SIMILARITY:
            scored.append((score, index.ids[number]))
    scored.sort(key=lambda item: (-item[0], len(item[1]), item[1]))
    return scored[:_CANDIDATES]


def find_licenses_in(text: str) -> list[LicenseMatch]:
    """Return every SPDX license whose template matches the whole of *text*, most similar first.

    Several licenses can match one text: some SPDX licenses share their text (``GPL-3.0-only`` and
    ``GPL-3.0-or-later``), and some templates are loose enough to accept a close relative. Only the licenses
    most similar to *text* are tried.
    """
    normal = normalise_for_matching(text)
    compact = compact_form(normal)
    return [
        LicenseMatch(license_id, score)
        for score, license_id in rank_licenses(normal, within=False)
        if compact_fullmatch(compiled_license(license_id), compact)
    ]


def find_license(text: str) -> str | None:
    """Return the id of the SPDX license that *text* is, or ``None``.

    Of several matching licenses, the one whose canonical text is most similar wins; of licenses with identical
    texts, the one with the shortest id (``GPL-2.0-only`` rather than ``GPL-2.0-or-later``).
    """
    normal = normalise_for_matching(text)
    compact = compact_form(normal)
    for _, license_id in rank_licenses(normal, within=False):
        if compact_fullmatch(compiled_license(license_id), compact):
            return license_id
    return None


def find_base_within(text: str) -> BaseMatch | None:
    """Find an SPDX license's text as one contiguous region of *text*, with text possibly added around it.

    Of the licenses whose text occurs, the one covering the longest region wins. Copyright notice lines right
    above the license belong to its region.

    Returns:
        The license and the offsets of its region in *text*, or ``None`` when no license's text occurs whole.
    """
    normal = normalise_for_matching(text)
    return base_within(text, normal, compact_form(normal))


def base_within(text: str, normal: str, compact: str, *, exhaustive: bool = False) -> BaseMatch | None:
    """Do the work of :func:`find_base_within`, given the normal and compact forms of *text*.

    With *exhaustive*, candidates are ranked on every word pair of a long text rather than on a sample, so that
    a short license in a long text is not missed by the sampling.
    """
    lengths = spdx_index().lengths
    best: tuple[int, float, str, tuple[int, int]] | None = None
    for score, license_id in rank_licenses(normal, within=True, exhaustive=exhaustive):
        if score < _MIN_CONTAINMENT or (best is not None and 2 * lengths[license_id] < best[0]):
            continue
        span = search_compact(compiled_license(license_id), compact)
        if span is not None and (best is None or (span[1] - span[0], score) > best[:2]):
            best = (span[1] - span[0], score, license_id, span)
    if best is None:
        return None
    _, starts, ends = compact_mapped(text)
    first, after = best[3]
    return BaseMatch(best[2], starts[first], ends[after - 1])
