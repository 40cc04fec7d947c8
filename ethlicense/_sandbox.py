# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The stricter sandbox that user-defined clause templates are compiled and rendered in.

A user-defined clause comes from a file that may have been written by someone else, so its template is
treated as hostile. Jinja's :class:`~jinja2.sandbox.SandboxedEnvironment` already refuses access to
Python internals (``__class__``, ``__globals__``, ...). On top of it this module:

* gives templates no globals (no ``range``, ``lipsum``, ``cycler``, ``joiner``, ``namespace``, ``dict``)
  and no loader, and refuses ``{% include %}``, ``{% import %}``, ``{% from %}``, ``{% extends %}`` and
  ``self`` before anything runs;
* allows only the filters, attributes and methods that legal prose needs (no ``format``, no ``%``
  formatting, no ``attr``, no ``random``);
* bounds the resources one clause may use: no value (string, list, integer) may grow past a fixed size,
  everything a template outputs is counted, and loop iterations, calls, filters and operators draw on a
  work budget and a time limit.

Limits are enforced while the template runs, before a large value is built wherever the size can be
known in advance (``*``, ``**``, ``~``, ``join``, ``replace``, ``indent``, ``wordwrap``), and right after
every operation otherwise.
"""

from __future__ import annotations

import contextvars
import datetime
import functools
import inspect
import operator
import time
import types
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, cast

import jinja2
from jinja2 import nodes
from jinja2.defaults import DEFAULT_NAMESPACE
from jinja2.exceptions import SecurityError
from jinja2.filters import make_attrgetter
from jinja2.runtime import Context, LoopContext, Macro
from jinja2.sandbox import SandboxedEnvironment
from jinja2.visitor import NodeTransformer

from ethlicense._template_errors import rendering_errors
from ethlicense.errors import CatalogError, TemplateSecurityError

#: The longest string, list or output (in characters or items) one clause template may produce.
MAX_TEXT_LENGTH = 250_000
#: The largest integer (in bits) a clause template may compute.
MAX_INTEGER_BITS = 10_000
#: Units of work one rendering may use: a unit is about one character or item handled, or one step.
MAX_WORK = 4_000_000
#: Units charged for one call of a macro or method, on top of the size of its arguments and result (a macro
#: call costs Jinja about as much time as fifty loop steps).
_CALL_COST = 50
#: The longest user-defined clause template, in characters, that is compiled at all.
MAX_TEMPLATE_LENGTH = 100_000
#: Wall-clock seconds one rendering may take; a backstop behind the work budget.
MAX_SECONDS = 5.0

# Names of the internal filters the guarded template calls; a template cannot write these names.
_ITERATE = "ethlicense:iterate"
_EMIT = "ethlicense:emit"
_CONCAT = "ethlicense:concat"
_COMPARE = "ethlicense:compare"

_COMPARISONS: dict[str, Callable[[Any, Any], Any]] = {
    "eq": operator.eq,
    "ne": operator.ne,
    "gt": operator.gt,
    "gteq": operator.ge,
    "lt": operator.lt,
    "lteq": operator.le,
    "in": lambda left, right: left in right,
    "notin": lambda left, right: left not in right,
}

#: Filters a user clause may use: the ones that shape text, each bounded by the checks below.
ALLOWED_FILTERS = frozenset(
    {
        "capitalize",
        "center",
        "count",
        "d",
        "default",
        "first",
        "indent",
        "int",
        "join",
        "last",
        "length",
        "list",
        "lower",
        "map",
        "max",
        "min",
        "reject",
        "replace",
        "reverse",
        "round",
        "select",
        "sort",
        "string",
        "title",
        "trim",
        "truncate",
        "unique",
        "upper",
        "wordcount",
        "wordwrap",
    }
)

_STRING_METHODS = frozenset(
    {
        "capitalize",
        "casefold",
        "count",
        "endswith",
        "find",
        "index",
        "isalnum",
        "isalpha",
        "isdecimal",
        "isdigit",
        "islower",
        "isnumeric",
        "isspace",
        "istitle",
        "isupper",
        "lower",
        "lstrip",
        "partition",
        "removeprefix",
        "removesuffix",
        "replace",
        "rfind",
        "rindex",
        "rpartition",
        "rsplit",
        "rstrip",
        "split",
        "splitlines",
        "startswith",
        "strip",
        "swapcase",
        "title",
        "upper",
    }
)
_DATE_ATTRIBUTES = frozenset({"day", "isoformat", "isoweekday", "month", "strftime", "weekday", "year"})
_LOOP_ATTRIBUTES = frozenset(
    {
        "changed",
        "cycle",
        "depth",
        "depth0",
        "first",
        "index",
        "index0",
        "last",
        "length",
        "nextitem",
        "previtem",
        "revindex",
        "revindex0",
    }
)
_SEQUENCE_METHODS = frozenset({"count", "index"})
_MAPPING_METHODS = frozenset({"get", "items", "keys", "values"})
_MACRO_ATTRIBUTES = frozenset({"arguments", "catch_kwargs", "catch_varargs", "caller", "name"})

#: Names a template could expect from Jinja's defaults but does not get in a user clause.
_WITHHELD_NAMES = frozenset(DEFAULT_NAMESPACE) | {"self"}

_LOADING_TAGS: dict[type[nodes.Node], str] = {
    nodes.Include: "{% include %}",
    nodes.Import: "{% import %}",
    nodes.FromImport: "{% from ... import %}",
    nodes.Extends: "{% extends %}",
}


@dataclass
class _Budget:
    """What one rendering has used so far."""

    deadline: float
    work: int = 0
    output: int = 0

    def spend(self, units: int) -> None:
        self.work += units
        if self.work > MAX_WORK:
            msg = f"it needs more than {MAX_WORK:,} units of work (loop steps, calls and characters handled)"
            raise SecurityError(msg)
        if time.monotonic() > self.deadline:
            msg = f"it ran for more than {MAX_SECONDS:g} seconds"
            raise SecurityError(msg)


_ACTIVE_BUDGET: contextvars.ContextVar[_Budget] = contextvars.ContextVar("ethlicense_template_budget")


def _budget() -> _Budget:
    budget = _ACTIVE_BUDGET.get(None)
    if budget is None:
        msg = "a clause template must be rendered through ethlicense's renderer"
        raise SecurityError(msg)
    return budget


def _size(value: object) -> int:
    if isinstance(value, str | bytes | list | tuple | dict | set | frozenset):
        return len(value)
    return 1


def _check_length(length: int, what: str) -> None:
    if length > MAX_TEXT_LENGTH:
        msg = f"{what} would be longer than {MAX_TEXT_LENGTH:,} characters or items"
        raise SecurityError(msg)


def _check_integer(value: object) -> None:
    if isinstance(value, int) and value.bit_length() > MAX_INTEGER_BITS:
        msg = f"an integer would be larger than {MAX_INTEGER_BITS:,} bits"
        raise SecurityError(msg)


def _checked(value: Any, what: str) -> Any:  # noqa: ANN401 - passes any template value through
    """Return *value* after checking its size and charging the work of producing it."""
    _check_integer(value)
    size = _size(value)
    _check_length(size, what)
    _budget().spend(size)
    return value


def _check_arguments(arguments: Iterable[object]) -> None:
    for argument in arguments:
        if isinstance(argument, int) and not isinstance(argument, bool) and abs(argument) > MAX_TEXT_LENGTH:
            msg = f"the number {argument} is larger than a clause template may use ({MAX_TEXT_LENGTH:,})"
            raise SecurityError(msg)


def _replaced_length(text: str, old: str, new: str, count: int | None) -> int:
    occurrences = text.count(old) if old else len(text) + 1
    if count is not None and count >= 0:
        occurrences = min(occurrences, count)
    return len(text) + occurrences * max(len(new) - len(old), 0)


# Checks run before a filter that can multiply the size of its input; a check may replace the value it
# was given (join turns an iterator into a list, to measure it and still pass it on).
_Precheck = Callable[[inspect.BoundArguments], None]


def _precheck_join(bound: inspect.BoundArguments) -> None:
    items = list(bound.arguments["value"])
    _budget().spend(len(items))
    _check_length(len(items), "a list")
    attribute = bound.arguments.get("attribute")
    getter = make_attrgetter(bound.arguments["eval_ctx"].environment, attribute) if attribute is not None else None
    total = len(str(bound.arguments.get("d", ""))) * max(len(items) - 1, 0)
    _check_length(total, "the result of join")
    for item in items:
        total += len(str(getter(item) if getter is not None else item))
        _check_length(total, "the result of join")
    bound.arguments["value"] = items


def _precheck_replace(bound: inspect.BoundArguments) -> None:
    arguments = bound.arguments
    count = arguments.get("count")
    length = _replaced_length(str(arguments["s"]), str(arguments["old"]), str(arguments["new"]), count)
    _check_length(length, "the result of replace")


def _precheck_indent(bound: inspect.BoundArguments) -> None:
    text = str(bound.arguments["s"])
    width = bound.arguments.get("width", 4)
    prefix = len(width) if isinstance(width, str) else width if isinstance(width, int) else 0
    _check_length(len(text) + (text.count("\n") + 1) * max(prefix, 0), "the result of indent")


def _precheck_wordwrap(bound: inspect.BoundArguments) -> None:
    text = str(bound.arguments["s"])
    wrapstring = bound.arguments.get("wrapstring")
    separator = len(str(wrapstring)) if wrapstring is not None else 1
    _check_length(len(text) * (1 + separator), "the result of wordwrap")


_PRECHECKS: dict[str, _Precheck] = {
    "join": _precheck_join,
    "replace": _precheck_replace,
    "indent": _precheck_indent,
    "wordwrap": _precheck_wordwrap,
}


def _guard_filter(name: str, original: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap one of Jinja's filters so that it charges its work and cannot build an oversized value."""
    precheck = _PRECHECKS.get(name)
    signature = inspect.signature(original) if precheck is not None else None
    first_option = 2 if getattr(original, "jinja_pass_arg", None) is not None else 1

    @functools.wraps(original)  # keeps Jinja's pass_context / pass_environment marker
    def guarded(*args: Any, **kwargs: Any) -> Any:  # noqa: ANN401 - a Jinja filter takes and returns anything
        _budget().spend(1 + sum(_size(item) for item in args) + sum(_size(item) for item in kwargs.values()))
        _check_arguments([*args[first_option:], *kwargs.values()])
        if precheck is not None and signature is not None:
            bound = signature.bind(*args, **kwargs)
            precheck(bound)
            args, kwargs = bound.args, bound.kwargs
        return _checked(original(*args, **kwargs), f"the result of the {name} filter")

    return guarded


def _guard_test(original: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap one of Jinja's tests so that it charges for the size of what it compares."""

    @functools.wraps(original)
    def guarded(*args: Any, **kwargs: Any) -> Any:  # noqa: ANN401 - a Jinja test takes anything
        _budget().spend(1 + sum(_size(item) for item in args) + sum(_size(item) for item in kwargs.values()))
        return original(*args, **kwargs)

    return guarded


@jinja2.pass_context
def _iterate(_context: Context, value: Iterable[Any]) -> Iterator[Any]:
    """Charge one unit of work for every loop iteration."""
    budget = _budget()
    for item in value:
        budget.spend(1)
        yield item


@jinja2.pass_context
def _emit(_context: Context, value: object) -> str:
    """Count every character a template outputs, in its text, its macros and its captured blocks."""
    budget = _budget()
    text = str(value)
    budget.output += len(text)
    _check_length(budget.output, "the clause text")
    budget.spend(len(text))
    return text


@jinja2.pass_context
def _concat(_context: Context, values: tuple[object, ...]) -> str:
    """Join the operands of ``~`` after checking the length of the result."""
    texts = [str(value) for value in values]
    total = sum(len(text) for text in texts)
    _check_length(total, "a string joined with ~")
    _budget().spend(total)
    return "".join(texts)


@jinja2.pass_context
def _compare(_context: Context, operands: tuple[Any, ...], operators: tuple[str, ...]) -> bool:
    """Evaluate a chain of comparisons (``a < b <= c``, ``x in y``), charging for the sizes compared."""
    budget = _budget()
    for left, right, name in zip(operands, operands[1:], operators, strict=False):
        budget.spend(1 + _size(left) + _size(right))
        if not _COMPARISONS[name](left, right):
            return False
    return True


class _Guard(NodeTransformer):
    """Route loops, output, ``~`` and comparisons of a parsed template through the budget-keeping filters."""

    @staticmethod
    def _wrap(node: nodes.Node, name: str) -> nodes.Filter:
        return nodes.Filter(node, name, [], [], None, None, lineno=node.lineno)

    def visit_For(self, node: nodes.For) -> nodes.Node:  # noqa: N802 - Jinja's visitor naming
        self.generic_visit(node)
        node.iter = self._wrap(node.iter, _ITERATE)
        return node

    def visit_Output(self, node: nodes.Output) -> nodes.Node:  # noqa: N802 - Jinja's visitor naming
        self.generic_visit(node)
        node.nodes = [self._wrap(child, _EMIT) for child in node.nodes]
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:  # noqa: N802 - Jinja's visitor naming
        self.generic_visit(node)
        return self._wrap(nodes.Tuple(node.nodes, "load", lineno=node.lineno), _CONCAT)

    def visit_Compare(self, node: nodes.Compare) -> nodes.Node:  # noqa: N802 - Jinja's visitor naming
        self.generic_visit(node)
        operands = nodes.Tuple([node.expr, *(item.expr for item in node.ops)], "load", lineno=node.lineno)
        operators = nodes.Const(tuple(item.op for item in node.ops), lineno=node.lineno)
        return nodes.Filter(operands, _COMPARE, [operators], [], None, None, lineno=node.lineno)


#: The attributes (and methods) a clause template may use on each kind of value; none on anything else.
_ALLOWED_ATTRIBUTES: tuple[tuple[type | tuple[type, ...], frozenset[str]], ...] = (
    (str, _STRING_METHODS),
    (datetime.date, _DATE_ATTRIBUTES),
    (LoopContext, _LOOP_ATTRIBUTES),
    ((list, tuple), _SEQUENCE_METHODS),
    (dict, _MAPPING_METHODS),
    (Macro, _MACRO_ATTRIBUTES),
)


def _allowed_attributes(obj: object) -> frozenset[str]:
    return next((names for kind, names in _ALLOWED_ATTRIBUTES if isinstance(obj, kind)), frozenset())


def _describe(obj: object) -> str:
    name = getattr(obj, "__name__", None)
    owner = getattr(obj, "__self__", None)
    if name is not None and owner is not None:
        return f"{type(owner).__name__}.{name}"
    return type(obj).__name__


class ClauseSandbox(SandboxedEnvironment):
    """The environment user-defined clause templates compile and render in."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self) -> None:
        super().__init__(
            loader=None,
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
            auto_reload=False,
            cache_size=0,
        )
        self.globals.clear()
        self.filters = {name: _guard_filter(name, self.filters[name]) for name in sorted(ALLOWED_FILTERS)}
        self.filters.update({_ITERATE: _iterate, _EMIT: _emit, _CONCAT: _concat, _COMPARE: _compare})
        tests = cast("dict[str, Callable[..., Any]]", self.tests)
        self.tests = {name: _guard_test(test) for name, test in tests.items()}

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:  # noqa: ANN401 - Jinja's signature
        """Allow only the attributes listed for each kind of template value."""
        return super().is_safe_attribute(obj, attr, value) and attr in _allowed_attributes(obj)

    def is_safe_callable(self, obj: Any) -> bool:  # noqa: ANN401 - Jinja's signature
        """Allow calling macros and the listed methods, nothing else."""
        if isinstance(obj, Macro):
            return True
        owner = getattr(obj, "__self__", None)
        name = getattr(obj, "__name__", None)
        if (
            owner is None
            or not isinstance(name, str)
            or not isinstance(obj, types.BuiltinMethodType | types.MethodType)
        ):
            return False
        return name in _allowed_attributes(owner) and super().is_safe_callable(obj)

    def unsafe_undefined(self, obj: Any, attribute: str) -> jinja2.Undefined:  # noqa: ANN401 - Jinja's signature
        """Refuse an unsafe attribute at once, rather than return a value that fails only when used."""
        msg = f"access to attribute {attribute!r} of {type(obj).__name__!r} object is unsafe"
        raise SecurityError(msg)

    def wrap_str_format(self, value: Any) -> None:  # noqa: ANN401, ARG002 - Jinja's signature
        """Never offer ``str.format``: it is not on the list of allowed methods."""
        return

    def getattr(self, obj: Any, attribute: str) -> Any:  # noqa: ANN401 - Jinja's signature
        """Look up an attribute, charging one unit of work."""
        _budget().spend(1)
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:  # noqa: ANN401 - Jinja's signature
        """Subscript a value, charging for the size of the result (a slice copies)."""
        return _checked(super().getitem(obj, argument), "a slice")

    def call(self, context: Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:  # noqa: ANN401 - Jinja's
        """Call a macro or an allowed method, charging its work and checking the size of the result."""
        _budget().spend(_CALL_COST + sum(_size(item) for item in args) + sum(_size(item) for item in kwargs.values()))
        if isinstance(obj, jinja2.Undefined):
            obj()  # raises the error that explains why the value is undefined (or refused)
        if not self.is_safe_callable(obj):
            msg = f"calling {_describe(obj)} is not allowed in a clause template"
            raise SecurityError(msg)
        _check_arguments([*args, *kwargs.values()])
        owner = getattr(obj, "__self__", None)
        if isinstance(owner, str) and getattr(obj, "__name__", None) == "replace":
            bound = inspect.signature(str.replace).bind(owner, *args, **kwargs)
            count = bound.arguments.get("count", -1)
            _check_length(
                _replaced_length(owner, str(bound.arguments["old"]), str(bound.arguments["new"]), count),
                "the result of replace",
            )
        return _checked(super().call(context, obj, *args, **kwargs), f"the result of {_describe(obj)}")

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:  # noqa: ANN401
        """Apply ``*``, ``**``, ``+`` or ``%`` after checking that the result stays within the limits."""
        _budget().spend(1 + _size(left) + _size(right))
        if operator == "%" and isinstance(left, str):
            msg = "string formatting with % is not allowed in a clause template"
            raise SecurityError(msg)
        _check_operands(operator, left, right)
        return _checked(super().call_binop(context, operator, left, right), f"the result of {operator}")


def _check_operands(operator: str, left: object, right: object) -> None:
    """Refuse ``*``, ``**`` and ``+`` whose result would pass the limits, before computing it."""
    if operator == "*":
        for sequence, times in ((left, right), (right, left)):
            if isinstance(sequence, str | list | tuple) and isinstance(times, int):
                _check_length(len(sequence) * max(times, 0), "a repeated string or list")
        if (
            isinstance(left, int)
            and isinstance(right, int)
            and left.bit_length() + right.bit_length() > MAX_INTEGER_BITS
        ):
            msg = f"an integer would be larger than {MAX_INTEGER_BITS:,} bits"
            raise SecurityError(msg)
    elif operator == "**" and isinstance(left, int) and isinstance(right, int):
        if abs(left) > 1 and right > 0 and left.bit_length() * right > MAX_INTEGER_BITS:
            msg = f"an integer would be larger than {MAX_INTEGER_BITS:,} bits"
            raise SecurityError(msg)
    elif operator == "+" and isinstance(left, str | list | tuple) and isinstance(right, str | list | tuple):
        _check_length(len(left) + len(right), "a string or list joined with +")


@functools.cache
def sandbox() -> ClauseSandbox:
    """Return the one environment user-defined clause templates render in."""
    return ClauseSandbox()


def _refuse_what_cannot_run(tree: nodes.Template, parameters: frozenset[str]) -> None:
    for node_type, tag in _LOADING_TAGS.items():
        found = next(iter(tree.find_all(node_type)), None)
        if found is not None:
            msg = f"{tag} on line {found.lineno}: a clause template cannot load other templates"
            raise SecurityError(msg)
    for name in tree.find_all(nodes.Name):
        if name.ctx == "load" and name.name in _WITHHELD_NAMES and name.name not in parameters:
            msg = f"{name.name!r} on line {name.lineno} is not available in a clause template"
            raise SecurityError(msg)


@functools.lru_cache(maxsize=256)
def compile_clause_template(source: str, clause_id: str, parameters: frozenset[str]) -> jinja2.Template:
    """Compile a user-defined clause template in the strict sandbox.

    Args:
        source: The template text.
        clause_id: The clause's id, for error messages.
        parameters: The names of the clause's parameters (they may shadow names withheld from templates).

    Raises:
        TemplateSecurityError: The template is too long, loads other templates or uses a name withheld
            from clause templates.
        CatalogError: The template has a syntax error or is too deeply nested to compile.
    """
    environment = sandbox()
    if len(source) > MAX_TEMPLATE_LENGTH:
        problem = f"it is {len(source):,} characters long; the limit is {MAX_TEMPLATE_LENGTH:,}"
        raise TemplateSecurityError(clause_id, problem)
    try:
        tree = environment.parse(source)
        _refuse_what_cannot_run(tree, parameters)
        guarded = _Guard().visit(tree)
        guarded.set_environment(environment)
        return environment.from_string(guarded)
    except SecurityError as error:
        raise TemplateSecurityError(clause_id, str(error)) from None
    except jinja2.TemplateSyntaxError as error:
        msg = f"{clause_id}: template syntax error on line {error.lineno}: {error.message}"
        raise CatalogError(msg) from None
    except jinja2.TemplateError as error:
        msg = f"{clause_id}: its template cannot be compiled: {error}"
        raise CatalogError(msg) from None
    except (RecursionError, SyntaxError, MemoryError):
        msg = f"{clause_id}: its template is nested too deeply to compile"
        raise CatalogError(msg) from None


def render_clause_template(template: jinja2.Template, clause_id: str, context: Mapping[str, Any]) -> str:
    """Render a template from :func:`compile_clause_template` within the limits of this module.

    Raises:
        TemplateSecurityError: The template tried something the sandbox forbids or passed a limit.
        CatalogError: The template failed for another reason (an undefined value, a type error...).
    """
    token = _ACTIVE_BUDGET.set(_Budget(deadline=time.monotonic() + MAX_SECONDS))
    try:
        with rendering_errors(clause_id):
            return "".join(template.generate(dict(context)))
    finally:
        _ACTIVE_BUDGET.reset(token)
