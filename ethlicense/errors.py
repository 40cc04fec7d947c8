# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The exceptions ethlicense raises: one hierarchy under :class:`EthLicenseError`.

Every leaf also subclasses the matching builtin (``LookupError``, ``ValueError``, ...) so callers can catch
either. Messages are written for people and quote the bad input with ``repr``.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "ArgumentTypeError",
    "CatalogError",
    "ClauseConflictError",
    "ConfigError",
    "ConfigFileError",
    "EthLicenseError",
    "GitHistoryError",
    "InvalidSpecError",
    "LicenseFileError",
    "OutputExistsError",
    "OutputOwnershipError",
    "OutsideProjectError",
    "ParameterError",
    "ProjectBusyError",
    "RestrictionRefusedError",
    "TemplateSecurityError",
    "UnknownClauseError",
    "UnknownLicenseError",
    "UnsafeTextError",
]


def __dir__() -> list[str]:
    return __all__


#: Values longer than this are quoted in part, around the offending character, in :class:`UnsafeTextError`.
_LONGEST_QUOTED_VALUE = 80


def _suggestion(suggestions: Sequence[str]) -> str:
    if not suggestions:
        return ""
    return " Did you mean " + " or ".join(repr(item) for item in suggestions) + "?"


class EthLicenseError(Exception):
    """Base class of every error ethlicense raises on purpose.

    The message (``str(error)``) names Python parameters where it gives advice (``force=True``);
    :meth:`command_line_message` gives the same message with the command-line options instead.
    """

    def command_line_message(self) -> str:
        """Return the message as the ``ethlicense`` command shows it, naming options rather than parameters."""
        return str(self)


class UnknownLicenseError(EthLicenseError, LookupError):
    """A base license id that the catalog does not know.

    Attributes:
        license_id: The id that was asked for.
        suggestions: The nearest known ids, best first.
    """

    def __init__(self, license_id: str, suggestions: Sequence[str] = ()) -> None:
        self.license_id = license_id
        self.suggestions = tuple(suggestions)
        super().__init__(f"unknown base license {license_id!r}.{_suggestion(self.suggestions)}")


class UnknownClauseError(EthLicenseError, LookupError):
    """A clause id that the catalog does not know.

    Attributes:
        clause_id: The id that was asked for.
        suggestions: The nearest known ids, best first.
    """

    def __init__(self, clause_id: str, suggestions: Sequence[str] = ()) -> None:
        self.clause_id = clause_id
        self.suggestions = tuple(suggestions)
        super().__init__(f"unknown clause {clause_id!r}.{_suggestion(self.suggestions)}")


class ParameterError(EthLicenseError, ValueError):
    """A clause parameter that is missing, unknown or of the wrong type.

    Attributes:
        clause_id: The clause the parameter belongs to.
        parameter: The parameter's name.
    """

    def __init__(self, clause_id: str, parameter: str, problem: str) -> None:
        self.clause_id = clause_id
        self.parameter = parameter
        super().__init__(f"clause {clause_id!r}, parameter {parameter!r}: {problem}")


class UnsafeTextError(EthLicenseError, ValueError):
    """A user-supplied string with hidden, control or reordering characters.

    Attributes:
        field: Where the string came from (for example ``holders[0]``).
        character: The first offending character.
    """

    def __init__(self, field: str, value: str, character: str, description: str) -> None:
        self.field = field
        self.value = value
        self.character = character
        shown = repr(value)
        if len(value) > _LONGEST_QUOTED_VALUE:
            index = value.find(character)
            start = max(index - _LONGEST_QUOTED_VALUE // 2, 0)
            excerpt = value[start : start + _LONGEST_QUOTED_VALUE]
            shown = f"{excerpt!r} (an excerpt: the character is number {index + 1} of {len(value)})"
        super().__init__(
            f"{field}: {shown} contains U+{ord(character):04X} {description}; hidden and reordering "
            "characters are refused because they can hide or reorder legal text"
        )


class InvalidSpecError(EthLicenseError, ValueError):
    """A license specification that cannot be rendered (bad year, missing holders, bad name...)."""


class ArgumentTypeError(InvalidSpecError, TypeError):
    """An argument of the wrong type, such as ``compose(None)`` or ``holders=[None]``.

    It is both a :class:`TypeError`, as Python's own functions raise for a wrong type, and an
    :class:`InvalidSpecError`, so one ``except`` catches every bad input to :func:`~ethlicense.compose`.

    Attributes:
        field: The argument at fault (``base``, ``holders[0]``).
        value: What was given.
    """

    def __init__(self, field: str, expected: str, value: object) -> None:
        self.field = field
        self.value = value
        shown = repr(value)
        if len(shown) > _LONGEST_QUOTED_VALUE:
            shown = shown[: _LONGEST_QUOTED_VALUE - 3] + "..."
        super().__init__(f"{field}: expected {expected}, got {type(value).__name__} {shown}")


class ClauseConflictError(EthLicenseError, ValueError):
    """Clauses that cannot be combined, for example the same clause chosen twice.

    Attributes:
        clause_id: The clause at fault.
    """

    def __init__(self, clause_id: str, problem: str) -> None:
        self.clause_id = clause_id
        super().__init__(f"clause {clause_id!r}: {problem}")


class RestrictionRefusedError(EthLicenseError, ValueError):
    """Restriction clauses asked for on a base license that voids them (the GPL family).

    Attributes:
        license_id: The base license.
    """

    def __init__(self, license_id: str, reason: str) -> None:
        self.license_id = license_id
        self.reason = reason
        super().__init__(self._message("allow_void_restrictions=True"))

    def _message(self, option: str) -> str:
        return (
            f"{self.license_id} does not accept restriction clauses: {self.reason} Choose a permissive base, or "
            f"pass {option} to render them anyway with a verdict that says what becomes of them."
        )

    def command_line_message(self) -> str:
        """Return the message naming ``--allow-void-restrictions``."""
        return self._message("--allow-void-restrictions")


class CatalogError(EthLicenseError, ValueError):
    """Broken catalog data: a built-in or user-defined clause or base that does not validate."""


class ConfigError(EthLicenseError, ValueError):
    """A configuration file that cannot be read or does not validate."""


class OutputExistsError(EthLicenseError, FileExistsError):
    """An output file that exists and may not be overwritten without ``force``.

    Attributes:
        path: The file that exists.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(f"{path!r} exists; pass force=True to overwrite it")

    def command_line_message(self) -> str:
        """Return the message naming ``--force``."""
        return f"{self.path!r} exists; pass --force to overwrite it"


class TemplateSecurityError(EthLicenseError, ValueError):
    """A clause template that tried something the sandbox forbids.

    Attributes:
        clause_id: The clause whose template is at fault.
    """

    def __init__(self, clause_id: str, problem: str) -> None:
        self.clause_id = clause_id
        super().__init__(f"clause {clause_id!r}: its template was refused by the sandbox: {problem}")


class ConfigFileError(ConfigError):
    """A problem at a known place in a configuration file.

    The message reads ``FILE:LINE: KEY: problem`` (the line and key when they are known), so editors and
    terminals can jump to it.

    Attributes:
        path: The configuration file, as the user named it.
        key: The dotted key at fault (``license.year``, ``clauses[1].id``), or ``None``.
        line: The 1-based line of that key in the file, or ``None`` when it cannot be told.
        problem: What is wrong, without the location.
    """

    def __init__(self, path: str, problem: str, *, key: str | None = None, line: int | None = None) -> None:
        self.path = path
        self.key = key
        self.line = line
        self.problem = problem
        where = path if line is None else f"{path}:{line}"
        super().__init__(f"{where}: {key}: {problem}" if key else f"{where}: {problem}")


class OutputOwnershipError(EthLicenseError, FileExistsError):
    """Output files that ``build`` did not write, or that were edited since it wrote them.

    Attributes:
        paths: Each refused file with the reason, for example ``("LICENSE", "not written by ethlicense")``.
    """

    def __init__(self, paths: Sequence[tuple[str, str]]) -> None:
        self.paths = tuple(paths)
        super().__init__(self._message("force=True"))

    def _message(self, option: str) -> str:
        listing = "; ".join(f"{path!r} ({reason})" for path, reason in self.paths)
        pronoun = "it" if len(self.paths) == 1 else "them"
        return f"refusing to overwrite {listing}; pass {option} to replace {pronoun}"

    def command_line_message(self) -> str:
        """Return the message naming ``--force``."""
        return self._message("--force")


class GitHistoryError(EthLicenseError, RuntimeError):
    """The git history of a project cannot be read completely (for example, a shallow clone)."""


class LicenseFileError(EthLicenseError, OSError):
    """A license file or folder that cannot be checked: missing, a folder where a file was expected, unreadable.

    Attributes:
        path: The path at fault.
    """

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        super().__init__(f"{path!r}: {problem}")


class OutsideProjectError(EthLicenseError, ValueError):
    """A path that would lead outside the project folder: absolute, with ``..``, or through a symbolic link.

    Attributes:
        path: The path as given, relative to the project folder.
    """

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        super().__init__(f"{path!r} is not inside the project folder: {problem}")


class ProjectBusyError(EthLicenseError, TimeoutError):
    """Another ``ethlicense build`` of the same project held its lock for too long.

    Attributes:
        root: The project folder.
    """

    def __init__(self, root: str, waited: float) -> None:
        self.root = root
        super().__init__(
            f"another ethlicense build is running in {root!r} (waited {waited:g} s); try again when it has finished"
        )
