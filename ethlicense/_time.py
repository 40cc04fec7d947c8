# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The rules for time: the copyright years accepted, and ``SOURCE_DATE_EPOCH``.

Every other module takes the year bounds and the reading of ``SOURCE_DATE_EPOCH`` from here, so a year
that one part accepts is never refused (or worse, a traceback) in another.

``SOURCE_DATE_EPOCH`` is read as the reproducible-builds specification asks
(https://reproducible-builds.org/specs/source-date-epoch/): unset or blank means "not set"; otherwise it must
be a whole number of seconds since 1970-01-01T00:00:00Z written in ASCII digits, and anything else is an
error rather than silently ignored. The time it gives must fall within the accepted years.
"""

from __future__ import annotations

import datetime
import os
import re
from collections.abc import Mapping

from ethlicense.errors import InvalidSpecError

__all__ = ["MAX_YEAR", "MIN_YEAR", "check_year", "creation_time", "default_year", "source_date_epoch"]

MIN_YEAR = 1970
"""The first copyright year accepted (the start of ``SOURCE_DATE_EPOCH``'s clock)."""
MAX_YEAR = 2100
"""The last copyright year accepted; a later one is a typing mistake."""

#: ASCII digits only: ``str.isdigit()`` would also take "²" or "٣", which ``int()`` then refuses or reads.
_EPOCH_PATTERN = re.compile(r"[0-9]+", re.ASCII)
#: More digits than this (leading zeros aside) is past any accepted year, and too long to convert cheaply.
_LONGEST_EPOCH = 12
_EARLIEST = datetime.datetime(MIN_YEAR, 1, 1, tzinfo=datetime.UTC)
_LATEST = datetime.datetime(MAX_YEAR, 12, 31, 23, 59, 59, tzinfo=datetime.UTC)


def check_year(year: object, field: str = "year") -> int:
    """Return *year* if it is a whole number within the accepted years, else raise.

    >>> check_year(2026)
    2026

    Raises:
        InvalidSpecError: *year* is not an ``int`` (``bool`` is refused too) or lies outside
            :data:`MIN_YEAR` to :data:`MAX_YEAR`.
    """
    if not isinstance(year, int) or isinstance(year, bool):
        msg = f"{field}: expected a whole number, got {year!r}"
        raise InvalidSpecError(msg)
    if not MIN_YEAR <= year <= MAX_YEAR:
        msg = f"{field}: {year} is outside {MIN_YEAR}-{MAX_YEAR}"
        raise InvalidSpecError(msg)
    return year


def source_date_epoch(environ: Mapping[str, str] | None = None) -> datetime.datetime | None:
    """Return the time ``SOURCE_DATE_EPOCH`` gives, in UTC, or ``None`` when it is unset or blank.

    Args:
        environ: The environment to read (default: ``os.environ``).

    Raises:
        InvalidSpecError: It is set but is not ASCII digits, or gives a time outside the accepted years.
    """
    value = (os.environ if environ is None else environ).get("SOURCE_DATE_EPOCH")
    return _parse_epoch(value)


def _parse_epoch(value: str | None) -> datetime.datetime | None:
    text = (value or "").strip()
    if not text:
        return None
    if not _EPOCH_PATTERN.fullmatch(text):
        msg = f"SOURCE_DATE_EPOCH: {value!r} is not a whole number of seconds since 1970 (ASCII digits only)"
        raise InvalidSpecError(msg)
    digits = text.lstrip("0")
    if len(digits) > _LONGEST_EPOCH or int(digits or "0") > (_LATEST - _EARLIEST).total_seconds():
        msg = f"SOURCE_DATE_EPOCH: {value!r} is out of range (it must fall in the years {MIN_YEAR}-{MAX_YEAR})"
        raise InvalidSpecError(msg)
    return _EARLIEST + datetime.timedelta(seconds=int(digits or "0"))


def default_year(environ: Mapping[str, str] | None = None) -> int:
    """Return the year to use when none is given: that of ``SOURCE_DATE_EPOCH`` if set, else today's.

    Raises:
        InvalidSpecError: ``SOURCE_DATE_EPOCH`` is set but malformed or out of range.
    """
    epoch = source_date_epoch(environ)
    return (epoch or datetime.datetime.now(tz=datetime.UTC)).year


def creation_time(source_date_epoch: str | None) -> datetime.datetime:
    """Return the creation time of a document, in UTC and in whole seconds.

    When *source_date_epoch* (the value of ``SOURCE_DATE_EPOCH``) is given, the time is that many seconds
    after 1970-01-01T00:00:00Z, so builds are reproducible. When it is ``None``, empty or blank, the
    current time is used (without microseconds).

    >>> creation_time("1767225600").isoformat()
    '2026-01-01T00:00:00+00:00'

    Raises:
        InvalidSpecError: *source_date_epoch* is set but is not a non-negative whole number of seconds
            in range, as the reproducible-builds specification asks tools to refuse.
    """
    parsed = _parse_epoch(source_date_epoch)
    if parsed is None:
        return datetime.datetime.now(tz=datetime.UTC).replace(microsecond=0)
    return parsed
