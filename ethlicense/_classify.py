# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
r"""Classify text added to a license: does it bind the licensee, and if so, what does it restrict?

The classifier reads English legal prose with hand-written cues, in two separate questions:

1. **Force.** Is a sentence binding? Binding language is a prohibition (``may not``, ``is prohibited``,
   ``no one may``), an obligation (``must``, ``shall``, ``agrees to``), or a limit on the grant (``is not granted
   to``, ``terminates``, ``only for``). It is *not* binding when it asks (``please``, ``we kindly ask``), advises
   (``should``), or says of itself that it is not a condition and does not modify the license. A disclaimer
   that makes up a paragraph of its own covers the other paragraphs of its section.
2. **Target.** What does a binding sentence restrict? Who may use the software (``by any organization that``,
   ``employees of``, named companies: persons-or-groups, OSD 5), what it may be used for (``used for``, ``in
   connection with``, a field such as military or surveillance: fields-of-endeavor, OSD 6), how the licensee
   must behave (``must comply with labor law``: conduct, OSD 6), a separate agreement (``must obtain a
   commercial license``, registration, fees: OSD 7), other software (``all software distributed with it``:
   OSD 9), and also selling or distributing (OSD 1), withholding the source or passing it on only in
   unreadable form (OSD 2), modifying (OSD 3), a product (OSD 8) or a technology (OSD 10).

Then a **structural check** (:func:`binding_structures`) makes the result safe by construction: a sentence
that binds by its structure (a modal of duty, a negated modal or imperative, a limit of the grant's scope, a
lapse of the grant, the licensee's assent, a condition mark, an imperative) is never called harmless unless a
narrow recogniser states why (a request governs its clause; the authors are its subject; the words govern
liability; the marks are the subject of a trademark notice; contributors are the subject; a definition or an
exemption). Negations that only take a restriction away (``is not prohibited``, ``you don't need``, ``shall not
be construed``), questions and bare answers bind no one. A sentence with no reason to be harmless that names a
target is unclear. Of several targets, the one the sentence names first is its main one, reported first:
who is singled out (a class, a size, a name) comes before what they must do or pay, and what a ``but`` takes
away comes before a subject the sentence first grants something to.

A binding sentence with no target is a *condition*: it still makes the text a license of its own. Text that
binds no one is sorted into harmless kinds: requests, statements of values, notes on contributions,
third-party notices, license notices, disclaimers, trademark notices, extra permissions, exemptions,
definitions, titles and copyright lines.

>>> classify_paragraph("The Software may not be used for military purposes.").restricts
('fields-of-endeavor',)
>>> classify_paragraph("We kindly ask, though it is not a condition, that you not use it for weapons.").kind
'request'
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator, Sequence
from typing import Final

from ethlicense import _cues as words
from ethlicense._additions import BINDING_KINDS as CHECK_BINDING_KINDS
from ethlicense._additions import AdditionKind
from ethlicense._budget import check_time
from ethlicense.models import Restriction

__all__ = [
    "BINDING_KINDS",
    "Classification",
    "classify_block",
    "classify_fragment",
    "classify_paragraph",
    "is_marker_line",
    "license_restrictions",
    "split_sentences",
    "starts_like_notice",
]

# The kinds, as plain strings taken from the public enum (:class:`ethlicense.check.AdditionKind`).
RESTRICTION: Final = AdditionKind.RESTRICTION.value
CONDITION: Final = AdditionKind.CONDITION.value
CHANGE: Final = AdditionKind.CHANGE.value
REQUEST: Final = AdditionKind.REQUEST.value
STATEMENT: Final = AdditionKind.STATEMENT.value
CONTRIBUTION_NOTE: Final = AdditionKind.CONTRIBUTION_NOTE.value
THIRD_PARTY_NOTICE: Final = AdditionKind.THIRD_PARTY_NOTICE.value
LICENSE_NOTICE: Final = AdditionKind.LICENSE_NOTICE.value
DISCLAIMER: Final = AdditionKind.DISCLAIMER.value
TRADEMARK_NOTICE: Final = AdditionKind.TRADEMARK_NOTICE.value
PERMISSION: Final = AdditionKind.PERMISSION.value
EXEMPTION: Final = AdditionKind.EXEMPTION.value
DEFINITION: Final = AdditionKind.DEFINITION.value
TITLE: Final = AdditionKind.TITLE.value
COPYRIGHT: Final = AdditionKind.COPYRIGHT.value
STRUCTURE: Final = AdditionKind.STRUCTURE.value
NOTE: Final = AdditionKind.NOTE.value
UNCLEAR: Final = AdditionKind.UNCLEAR.value

#: The kinds that bind the licensee, and so change the license.
BINDING_KINDS: Final = frozenset(kind.value for kind in CHECK_BINDING_KINDS)

# What can be restricted (the values of :class:`ethlicense.models.Restriction`), in the order they are reported
# when a sentence names several at the same place.
PERSONS: Final = Restriction.PERSONS_OR_GROUPS.value
FIELDS: Final = Restriction.FIELDS_OF_ENDEAVOR.value
CONDUCT: Final = Restriction.CONDUCT.value
DISTRIBUTION: Final = Restriction.DISTRIBUTION.value
MODIFICATION: Final = Restriction.MODIFICATION.value
SOURCE_CODE: Final = Restriction.SOURCE_CODE.value
AGREEMENT: Final = Restriction.ADDITIONAL_AGREEMENT.value
PRODUCT: Final = Restriction.PRODUCT_SPECIFIC.value
OTHER_SOFTWARE: Final = Restriction.OTHER_SOFTWARE.value
TECHNOLOGY: Final = Restriction.TECHNOLOGY.value
_ORDER: Final = (
    PERSONS,
    FIELDS,
    CONDUCT,
    SOURCE_CODE,
    DISTRIBUTION,
    MODIFICATION,
    AGREEMENT,
    PRODUCT,
    OTHER_SOFTWARE,
    TECHNOLOGY,
)


@dataclasses.dataclass(frozen=True, slots=True)
class Classification:
    """What a piece of added text is.

    Attributes:
        kind: One of the kinds above (``"restriction"``, ``"request"``...).
        restricts: For a restriction, what it restricts, in a fixed order.
        cue: The words that decided the classification, to show a reader why.
    """

    kind: str
    restricts: tuple[str, ...] = ()
    cue: str = ""

    @property
    def binding(self) -> bool:
        """Whether the text binds the licensee."""
        return self.kind in BINDING_KINDS


# ---------------------------------------------------------------------------------------------------------------
# Sentences
# ---------------------------------------------------------------------------------------------------------------

_SENTENCE_BREAK: Final = re.compile(
    r"(?<=[.!?;])[\"')\]*_]*\s+(?=[\"'(\[*_]*[A-Z0-9])|(?<=[!?])\s+(?=[a-z])|(?<=[.!?;:])\s*\n\s*(?=\S)|"
    r"\n\s*(?=(?:[-*•]|\(?\w{1,3}[.)])\s)"
)
_SPACE: Final = re.compile(r"\s+")


def split_sentences(text: str) -> list[str]:
    r"""Split *text* into sentences (and list items), with whitespace collapsed.

    >>> split_sentences("One sentence.  Another one;\nthird\n\n- an item")
    ['One sentence.', 'Another one;', 'third', '- an item']
    """
    parts = _SENTENCE_BREAK.split(text.strip())
    return [collapsed for part in parts if (collapsed := _SPACE.sub(" ", part).strip())]


#: How far apart, in characters, a binding word and its target may be.
_WINDOW: Final = 90

_Span = tuple[int, int]


def _near(match: re.Match[str], cues: Sequence[_Span] | None) -> bool:
    """Return whether *match* lies within ``_WINDOW`` characters of one of *cues* (always, without cues)."""
    if cues is None:
        return True
    return any(
        -_WINDOW <= match.start() - cue_end <= _WINDOW or -_WINDOW <= cue_start - match.end() <= _WINDOW
        for cue_start, cue_end in cues
    )


def _first_near(pattern: re.Pattern[str], sentence: str, cues: Sequence[_Span] | None) -> re.Match[str] | None:
    return next(
        (match for match in pattern.finditer(sentence) if _near(match, cues) or _subject_of(match, sentence, cues)),
        None,
    )


#: What may come before the subject of a sentence's main clause: a bullet, a leading condition ending in a comma
#: (``Where it is offered as a service, the complete source of ...``), an article or quantifier.
_CLAUSE_OPENING: Final = re.compile(
    r"[\s\"'(*\-\u2022]*(?:(?:if|where|when|whenever|once|should|unless|in\s+case)\b[^;:]*?,\s*)?"
    r"(?:(?:the|a|an|any|every|all|its|their)\s+)?(?:(?:complete|entire|whole|full)\s+)?",
    re.IGNORECASE,
)

#: Where a clause of a sentence ends: a semicolon or a colon.
_CLAUSE_END: Final = re.compile(r";|:(?!//)")  # not the colon of an address (``https://``)


def _subject_of(match: re.Match[str], sentence: str, cues: Sequence[_Span] | None) -> bool:
    """Return whether *match* opens the sentence and a cue follows in the same clause: the subject it binds.

    ``Persons who have been named by the author as having broken its rules lose all rights``: the class is
    the subject, however long its description.
    """
    if cues is None or _CLAUSE_OPENING.fullmatch(sentence[: match.start()]) is None:
        return False
    return any(
        cue_start >= match.end() and _CLAUSE_END.search(sentence, match.end(), cue_start) is None
        for cue_start, _ in cues
    )


def _blank(pattern: re.Pattern[str], sentence: str) -> str:
    """Return *sentence* with the matches of *pattern* replaced by spaces (offsets stay the same)."""
    return pattern.sub(lambda match: " " * len(match.group()), sentence)


def _targets(sentence: str, cues: Sequence[_Span] | None = None) -> tuple[list[str], str]:
    """Return what a binding *sentence* restricts, and the words that show it.

    With *cues* (the spans of the sentence's binding words), a target counts only near one of them, so that a
    long sentence granting much and limiting one thing is read for that one thing.
    """
    text = _blank(words.PERMISSIVE, sentence)
    found: dict[str, str] = {}
    where: dict[str, int] = {}
    for category, pattern in (
        (OTHER_SOFTWARE, words.OTHER_SOFTWARE),
        (SOURCE_CODE, words.SOURCE_CODE),
        (DISTRIBUTION, words.DISTRIBUTION),
        (MODIFICATION, words.MODIFICATION),
        (AGREEMENT, words.AGREEMENT),
        (TECHNOLOGY, words.TECHNOLOGY),
        (PRODUCT, words.PRODUCT),
    ):
        # "in source form" is blanked as a phrase of grants, but it is what a restriction of the source names.
        match = _first_near(pattern, sentence if category == SOURCE_CODE else text, cues)
        if match is not None:
            found[category], where[category] = match.group(), match.start()
    persons_text = _blank(words.AGREEMENT_PARTY, _blank(words.GENERIC_PERSONS, text))
    persons = _first_near(words.PERSONS, persons_text, cues) or _first_near(words.NAMED, persons_text, cues)
    if persons is not None:
        # Who is singled out (a class, a size, a name) is the main target, before what they must do or pay.
        found[PERSONS], where[PERSONS] = persons.group(), persons.start()
    # The agreement's words, or its object just after them ("must obtain a paid licence"), name a payment.
    payment = (
        AGREEMENT in found
        and words.PAYMENT.search(text, where[AGREEMENT], where[AGREEMENT] + len(found[AGREEMENT]) + _OBJECT_REACH)
        is not None
    )
    if payment and where.get(DISTRIBUTION, len(text)) > where[AGREEMENT]:
        # A payment the license requires (a fee, a royalty) restricts giving the software away (OSD 1) first.
        found[DISTRIBUTION], where[DISTRIBUTION] = found[AGREEMENT], where[AGREEMENT]
    _agent_of_passive(text, found, where)
    for category, (cue, start) in _field_or_conduct(text, cues, persons=PERSONS in found).items():
        found[category], where[category] = cue, start
    _asked_before_actor(text, found, where)
    _use_by_field_class(sentence, found, where)  # "for any use" is blanked in *text* as a grant
    _denied_after_grant(text, found, where)
    _drop_unnamed(text, found, where)
    _prune(text, found, where)
    categories = _by_salience([category for category in _ORDER if category in found], where)
    if categories == [CONDUCT] and words.PROCEDURAL.search(text) and not words.PROHIBITION.search(text):
        return [], ""  # the words of conduct name what a dispute, or a choice of law, is about
    cue = "; ".join(found[category].strip() for category in categories)
    return categories, cue


def _drop_unnamed(text: str, found: dict[str, str], where: dict[str, int]) -> None:
    """Drop a technology or a field that names nothing in particular beside a target that does.

    ``On any computer that also runs a rival product``: no technology is singled out, the other product is;
    ``Changes are for internal use; modified copies must never leave``: the own use is all that changes may serve,
    and what is restricted is the changes; a "product" that is a platform (``for use on Microsoft Windows only``) is
    the technology.
    """
    any_tech = TECHNOLOGY in found and words.ANY_TECH.search(text, where[TECHNOLOGY])
    if any_tech and OTHER_SOFTWARE in found and any_tech.start() < where[TECHNOLOGY] + len(found[TECHNOLOGY]):
        del found[TECHNOLOGY]
    elif OTHER_SOFTWARE in found and TECHNOLOGY in found and _NAME_WORD.search(found[TECHNOLOGY]) is None:
        del found[TECHNOLOGY]  # "only on devices that contain no proprietary software": the other software
    if (
        FIELDS in found
        and (MODIFICATION in found or SOURCE_CODE in found)
        and words.OWN_USE.fullmatch(found[FIELDS].strip())
    ):
        del found[FIELDS]  # "the source is for your own internal use only": the source, kept from others
    if PRODUCT in found and TECHNOLOGY in found and words.TECH_NAMED.search(found[PRODUCT]):
        del found[PRODUCT]  # "licensed for use on Microsoft Windows": a platform, not a product


#: A word that names something in particular: a capitalised word after the first of a phrase.
_NAME_WORD: Final = re.compile(r"(?<!^)\b[A-Z][\w-]*")

#: A product in particular: named, or pointed at (``outside that distribution``), not "a larger package".
_PARTICULAR_PRODUCT: Final = re.compile(
    rf"{_NAME_WORD.pattern}|\b(?:that|this)\s+(?:distribution|product|bundle|suite|package|kit)\b"
)

#: A stage of use, not a field of endeavour of its own (``in a production environment``): with a payment required for
#: it, the payment is what the sentence restricts.
_STAGE_OF_USE: Final = re.compile(r"\bproduction\b|\bevaluation\b|\btesting\b|\bstaging\b", re.IGNORECASE)

#: Words of a duty that a belief may state (``ought to``, ``should``).
_SOFT_DUTY: Final = re.compile(r"ought\s+to|should|ought", re.IGNORECASE)
#: A future that may be hoped for (``will never``, ``would not``), binding no one after a hope.
_HOPED_FUTURE: Final = re.compile(r"(?:will|would)(?:\s+(?:not|never))?|won't|wouldn't|never", re.IGNORECASE)

#: How far after an agreement's words its object may name a payment (``obtain a paid reseller licence``).
_OBJECT_REACH: Final = 30


def _prune(text: str, found: dict[str, str], where: dict[str, int]) -> None:
    """Drop the targets that a more specific target of the same words explains.

    A mark named with an agreement is a trademark notice's business; selling gives way to the software sold
    alongside, to changes, and to the source (``may not be redistributed in source form``); a use named by its verb
    alone (``used to run it``) gives way to a product, a technology, an agreement; a name after ``other than`` that
    is part of a technology or product (``other than the Tellurium App Store``) is not a person.
    """
    if AGREEMENT in found and words.TRADEMARK.search(text) and len(found) == 1:
        del found[AGREEMENT]
    if PERSONS in found and AGREEMENT in found and words.ASSENTING_PERSONS.search(text):
        where[PERSONS] = max(where[PERSONS], where[AGREEMENT] + 1)  # "persons who have signed the Agreement"
    if OTHER_SOFTWARE in found and DISTRIBUTION in found and words.ALONE_OR.search(text):
        del found[OTHER_SOFTWARE]  # "may not sell it, alone or bundled with other software": the selling
    if DISTRIBUTION in found and (
        OTHER_SOFTWARE in found
        or (PRODUCT in found and _PARTICULAR_PRODUCT.search(found[PRODUCT]) is not None)
        or MODIFICATION in found
        or SOURCE_CODE in found
        or (words.COPYLEFT.search(text) and not words.PROHIBITION.search(text))
    ):
        del found[DISTRIBUTION]
    specific = (OTHER_SOFTWARE, PRODUCT, TECHNOLOGY, MODIFICATION, AGREEMENT, SOURCE_CODE)
    if (
        FIELDS in found
        and words.FIELD_ONLY.search(found[FIELDS]) is None
        and any(category in found for category in specific)
    ):
        del found[FIELDS]
    if (
        FIELDS in found
        and DISTRIBUTION in found
        and words.OWED.search(found[DISTRIBUTION])
        and _LEADING_CONDITION.search(text[: where[FIELDS]])
    ):
        where[FIELDS] += len(text)  # "If you make money from it, you owe a share": the payment, not the use
    if (
        FIELDS in found
        and DISTRIBUTION in found
        and _STAGE_OF_USE.search(found[FIELDS])
        and (words.OWED.search(found[DISTRIBUTION]) or words.PAYMENT.search(found[DISTRIBUTION]))
    ):
        # "Use in production is licensed only while a paid subscription is held": the payment.
        where[FIELDS] += len(text)
    if TECHNOLOGY in found and AGREEMENT in found and words.CLICK.search(found[TECHNOLOGY]):
        where[AGREEMENT] = min(where[AGREEMENT], where[TECHNOLOGY])  # a click that accepts further terms
    if (
        PERSONS in found
        and any(
            where[category] <= where[PERSONS] + len(found[PERSONS])
            and where[PERSONS] < where[category] + len(found[category])
            for category in (TECHNOLOGY, PRODUCT, OTHER_SOFTWARE)
            if category in found
        )
        and (words.NAMED.fullmatch(found[PERSONS].strip()) or words.TECH_WORD.search(found[PERSONS]))
    ):
        del found[PERSONS]


def _asked_before_actor(text: str, found: dict[str, str], where: dict[str, int]) -> None:
    """Put what a sentence asks before the one it asks it of, when that one is named only by an act (``anyone who``).

    ``Anyone who sells it must pay a share``: the payment is what the sentence is about, not the seller;
    ``Anyone who hosts it must publish the source of every program beside it``: the other programs. So too for
    persons named inside such a subject, before its binding words (``Whoever obtains a copy from anyone other
    than X must sign an agreement with X``; ``Companies that deploy it ... agree to make a contribution``).
    """
    if PERSONS not in found or len(found) == 1:
        return
    actor = words.ACTOR_RELATIVE.fullmatch(found[PERSONS].strip()) is not None
    if not actor and words.ACTOR_SUBJECT.search(text) is not None:
        duties = [
            match.start()
            for pattern in (words.DUTY_MODAL, words.NEGATED_MODAL, words.ASSENT, words.OBLIGATION)
            if (match := pattern.search(text)) is not None
        ]
        actor = bool(duties) and where[PERSONS] <= min(duties)
    if actor:
        where[PERSONS] = max(where[PERSONS], *(where[other] + 1 for other in found if other != PERSONS))


def _agent_of_passive(text: str, found: dict[str, str], where: dict[str, int]) -> None:
    """Put the persons first when they are the agent of a passive that states what is denied.

    ``The Software may not be used, copied or distributed by any resident of X``: the residents are whom the
    sentence singles out; the verbs before them say only what they may not do.
    """
    if PERSONS not in found or len(found) == 1 or words.EVERYONE_AGENT.search(found[PERSONS]):
        return
    # The passive may end at an earlier "by" of the same list ("resold by X plc, by any of its subsidiaries").
    ends = [
        agent.start()
        for agent in _AGENT_BY.finditer(text, 0, where[PERSONS] + 2)
        if _AGENT_LIST.fullmatch(text, agent.start(), where[PERSONS])
    ]
    if not any(words.PASSIVE_BEFORE_AGENT.search(text, 0, end) for end in ends):
        return
    where[PERSONS] = min(where[PERSONS], *(where[other] - 1 for other in found if other != PERSONS))


#: The word "by", where a passive may end and its agent begin.
_AGENT_BY: Final = re.compile(r"\s+by\b", re.IGNORECASE)
#: What may stand between a passive's "by" and the persons found: earlier agents of the same list.
_AGENT_LIST: Final = re.compile(r"\s+(?:by\b[^.;]{0,60}?,\s*(?:(?:or|and|nor)\s+)?|by\s+)?", re.IGNORECASE)


def _use_by_field_class(text: str, found: dict[str, str], where: dict[str, int]) -> None:
    """Put the field first when a use by a class is denied and the class is named by its field.

    So too when the class is whoever is engaged in a field (``only if your organisation is not engaged in the
    extraction of coal``): the writers of every set read that as the field (OSD 6) first.

    ``No license is granted for any use by or for armed forces or arms manufacturers``, ``Use by companies engaged
    in coal extraction is not permitted``: the use in that field is what is denied (OSD 6), and the class (OSD 5)
    follows. A named company stays a person: ``Use by Example Tobacco Co. is prohibited``.
    """
    use = words.USE_BY_CLASS.search(text) or words.ENGAGED_IN.search(text)
    if use is None or PERSONS not in found or words.NAMED.fullmatch(found[PERSONS].strip()):
        return
    field = words.FIELD_CLASS.search(text, use.end(), use.end() + _WINDOW)
    if field is None or words.NAMED.match(text, use.end()):
        return
    found[FIELDS], where[FIELDS] = field.group(), min(where.get(FIELDS, len(text)), where[PERSONS] - 1)


def _denied_after_grant(text: str, found: dict[str, str], where: dict[str, int]) -> None:
    """Put what a "but" takes away before what the sentence first grants.

    ``Insurers may install it, but they may not apply it to set premiums``: the use is denied, not the insurers;
    ``Changes for your own internal use are fine, but you may not publish any modified version``: the changes,
    not the internal use. A bare ``but not to run it`` names nothing else, and then the subject is what is denied.
    """
    granted = words.GRANTED_THEN_DENIED.search(text)
    if granted is None:
        return
    if PERSONS in found and where[PERSONS] < granted.end() and len(found) == 1:
        use = words.USE_FOR.search(text, granted.end())
        if use is not None:
            found[FIELDS], where[FIELDS] = use.group(), _purpose_start(use)
    # A subject counts where it starts (its words may run on to the denial); another target, where it ends.
    before = [
        category
        for category in found
        if (where[category] if category == PERSONS else where[category] + len(found[category])) <= granted.end()
    ]
    if _PRONOUN_SUBJECT.match(text, granted.end()):
        # "Modified versions may be used privately, but they must not be redistributed": "they" are the modified
        # versions, and what is denied is done to them.
        before = [category for category in before if not (category == MODIFICATION and where[category] < _OPENING)]
    if len(before) < len(found):
        for category in before:
            where[category] += len(text)


#: A pronoun that opens the clause after "but" and stands for the sentence's subject.
_PRONOUN_SUBJECT: Final = re.compile(r"\s*(?:they|it|these|those|such\s+\w+)\b", re.IGNORECASE)
#: How far into a sentence its subject may start (after a bullet, an article or a quantifier).
_OPENING: Final = 12


def _by_salience(categories: list[str], where: dict[str, int]) -> list[str]:
    """Order the targets of one sentence: the one named first comes first (it is the main one).

    A sentence names what it restricts before the details of how (``Banks may not use it for lending``: the
    banks; ``Running it as a paid service needs a written agreement``: the use), so the first target in the
    sentence is taken as its main one; targets named at the same place keep the order of ``_ORDER``.
    """
    return sorted(categories, key=lambda category: (where.get(category, 0), _ORDER.index(category)))


#: A purpose that is a price (``provided for a fee``).
_FOR_A_PRICE: Final = re.compile(
    r"\s*for\s+(?:a\s+|any\s+|the\s+)?(?:\w+\s+)?(?:fee|charge|price|payment|money|royalty|sum|consideration)",
    re.IGNORECASE,
)

_PURPOSE_START: Final = re.compile(r"\s(?:for|in|to|towards?|within|as)\s", re.IGNORECASE)


def _purpose_start(use: re.Match[str]) -> int:
    """Return where the purpose of a use begins (``used for weapons``: at ``for``), for ordering targets."""
    found = _PURPOSE_START.search(use.group())
    return use.start() + (found.start() if found is not None else 0)


def _field_or_conduct(text: str, cues: Sequence[_Span] | None, *, persons: bool) -> dict[str, tuple[str, int]]:
    """Return whether a sentence restricts a field of endeavor or the licensee's conduct, with the words showing it."""
    use = _first_near(words.USE_FOR, text, cues)
    field = _first_near(words.FIELD_ONLY, text, cues)
    conduct = _first_near(words.CONDUCT, text, cues)
    if use is not None and conduct is not None and words.LABOUR_USED.search(text) is not None:
        use = None  # labour employed or used: how the licensee treats people, not a use of the software
    if use is not None and field is None and _FOR_A_PRICE.match(use.group(), _purpose_start(use) - use.start()):
        use = None  # "provided for a fee": a price, not a purpose
    if use is not None and field is not None and field.start() < use.start() <= field.end() + 1:
        # "non-commercial use only": the field is named before the use it limits.
        return {FIELDS: (text[field.start() : use.end()], field.start())}
    if use is not None and (field is not None or not persons):
        return {FIELDS: (use.group(), _purpose_start(use))}
    if conduct is not None:
        return {CONDUCT: (conduct.group(), conduct.start())}
    if field is not None and not persons:
        return {FIELDS: (field.group(), field.start())}
    return {}


@dataclasses.dataclass(frozen=True, slots=True)
class _Sentence:
    """What one sentence is: its classification and whether it disclaims binding force."""

    classification: Classification
    disclaims: bool


def _harmless_kind(sentence: str) -> tuple[str, str]:
    """Return the harmless kind of a sentence that binds no one, and the words that show it."""
    for kind, pattern in (
        (EXEMPTION, words.EXEMPTION),
        (REQUEST, words.REQUEST),
        (CONTRIBUTION_NOTE, words.CONTRIBUTION),
        (THIRD_PARTY_NOTICE, words.THIRD_PARTY),
        (LICENSE_NOTICE, words.LICENSE_NOTICE),
        (TRADEMARK_NOTICE, words.TRADEMARK),
        (DISCLAIMER, words.DISCLAIMER),
        (STATEMENT, words.STATEMENT),
        (DEFINITION, words.DEFINITION),
        (PERMISSION, words.PERMISSION),
    ):
        match = pattern.search(sentence)
        if match is not None:
            return kind, match.group()
    return NOTE, ""


def _cue_spans(sentence: str) -> list[_Span]:
    """Return the spans of the binding words of *sentence*: prohibitions, limits, obligations, conditions."""
    return [
        match.span()
        for pattern in (words.PROHIBITION, words.EXCLUSION, words.OBLIGATION, words.WEAK_LIMIT)
        for match in pattern.finditer(sentence)
    ]


_SOFT_KINDS: Final = frozenset({DISCLAIMER, TRADEMARK_NOTICE, LICENSE_NOTICE, CONTRIBUTION_NOTE, THIRD_PARTY_NOTICE})


#: Sentences up to this many characters are classified once per process (the cache holds at most
#: ``_CACHED_SENTENCES`` of them, so a tree of long, distinct sentences cannot fill the memory).
_CACHED_LENGTH: Final = 1000
_CACHED_SENTENCES: Final = 8192


def _sentence(sentence: str, *, binding_context: bool = False) -> _Sentence:
    """Classify one sentence: by the rules below, then checked against the sentence's structure (``_checked``).

    The result depends on the sentence alone, so a short sentence is classified once: the same sentences recur
    across the files of a tree.
    """
    if len(sentence) <= _CACHED_LENGTH:
        return _cached_sentence(sentence, binding_context=binding_context)
    return _classify_sentence(sentence, binding_context=binding_context)


@functools.lru_cache(maxsize=_CACHED_SENTENCES)
def _cached_sentence(sentence: str, *, binding_context: bool) -> _Sentence:
    return _classify_sentence(sentence, binding_context=binding_context)


def _classify_sentence(sentence: str, *, binding_context: bool) -> _Sentence:
    found = _classify_whole_sentence(sentence, binding_context=binding_context)
    if found.classification.kind != DISCLAIMER or ";" not in sentence or words.NOT_BINDING.search(sentence):
        return found
    # What a sentence says of the warranty does not explain away a restriction in another of its clauses ("The
    # Software may be used in hospitals only; the warranty disclaimer below still applies.").
    for clause in sentence.split(";"):
        if clause.strip():
            part = _classify_whole_sentence(clause.strip(), binding_context=binding_context)
            if part.classification.kind == RESTRICTION:
                return _Sentence(part.classification, disclaims=False)
    return found


def _classify_whole_sentence(sentence: str, *, binding_context: bool) -> _Sentence:
    if words.QUESTION_OR_ANSWER.search(sentence) and not binding_context:
        return _Sentence(Classification(NOTE, cue="a question or an answer"), disclaims=False)
    endorsement = words.ENDORSEMENT.search(sentence)
    if endorsement is not None and words.PROHIBITION.search(sentence) and words.NAMES_OF.search(sentence):
        # Names that may not be used to endorse or promote products: a condition of its own (BSD-3-Clause's third).
        return _Sentence(Classification(CONDITION, cue=endorsement.group()), disclaims=False)
    negation = next(_negations(sentence), None)
    if negation is not None and not binding_context and not _binds_beyond_negations(sentence):
        return _Sentence(Classification(STATEMENT, cue=negation.group()), disclaims=False)
    found = _sentence_rules(_masked(sentence), binding_context=binding_context)
    checked = _checked(sentence, found.classification, disclaims=found.disclaims)
    return _Sentence(checked, disclaims=found.disclaims and not (checked.binding or checked.kind == UNCLEAR))


def _believed(sentence: str, match: re.Match[str]) -> bool:
    """Return whether the binding words of *match* are what someone believes ought to be, or hopes will be.

    ``we believe that software ought to serve people``; ``we hope that it will never be used to cause harm``.
    """
    words_found = match.group().strip()
    before = sentence[: match.start()]
    if _SOFT_DUTY.fullmatch(words_found) and words.BELIEF_BEFORE.search(before):
        return True
    return bool(_HOPED_FUTURE.fullmatch(words_found) and words.HOPE_BEFORE.search(before))


def _masked(sentence: str) -> str:
    """Return *sentence* with the binding words that bind no licensee blanked (offsets kept).

    Those are negations that only take a restriction away (``must not be taken as advice``) and binding words
    whose subject is the authors (``we can't stop you``).
    """
    kept = [match.span() for match in words.NOT_BINDING.finditer(sentence)]
    spans = [
        match.span()
        for match in _negations(sentence)
        if not any(match.start() < end and start < match.end() for start, end in kept)
    ]
    spans += [
        match.span()
        for match, _ in binding_structures(sentence)
        if words.LICENSOR_BEFORE.search(sentence[: match.start()]) and not words.GRANT_WORD.search(match.group())
    ]
    for start, end in spans:
        sentence = sentence[:start] + " " * (end - start) + sentence[end:]
    return sentence


def _negations(sentence: str) -> Iterator[re.Match[str]]:
    """Yield the negations of *sentence* that only take a restriction away.

    Not one that is itself the condition of a grant (``permitted provided that no fee is charged``): that binds.
    """
    for match in words.NEGATION_ONLY.finditer(sentence):
        if not _conditioned(sentence, match):
            yield match


def _conditioned(sentence: str, match: re.Match[str]) -> bool:
    """Return whether *match* is what a condition of the grant just before it requires (``provided that no ...``)."""
    return words.CONDITION_BEFORE.search(sentence, max(0, match.start() - _CONDITION_REACH), match.start()) is not None


#: How far before a negation the condition that governs it may begin (``provided that no fee of any kind``).
_CONDITION_REACH: Final = 40


def _binds_beyond_negations(sentence: str) -> bool:
    """Return whether *sentence* has binding words besides negations that only take a restriction away.

    A limiting word later in the negation's own clause says when the duty is lifted, and binds no one
    (``You need not reproduce this notice in distributions made solely of object code``).
    """
    negations = [match.span() for match in _negations(sentence)]
    spans = [match.span() for match, _ in binding_structures(sentence)] + _cue_spans(sentence)
    return any(
        not any(start < end_n and start_n < end for start_n, end_n in negations)
        and not _limits_the_negation(sentence, start, negations)
        for start, end in spans
    )


def _limits_the_negation(sentence: str, start: int, negations: Sequence[_Span]) -> bool:
    """Return whether binding words at *start* only narrow a lifted duty, in the clause of the negation before them."""
    if words.LIMITING_ONLY.match(sentence, start) is None:
        return False
    return any(
        end_n <= start
        and words.CLAUSE_BREAK.search(sentence, end_n, start) is None
        and "," not in sentence[end_n:start]
        for _, end_n in negations
    )


def _restricts_beside(sentence: str, notice: re.Match[str]) -> bool:
    """Return whether *sentence* restricts something besides the notice duty it states.

    ``Keep the notice; do not sell it``: a notice explains away only its own words.
    """
    rest = sentence[: notice.start()] + " " * len(notice.group()) + sentence[notice.end() :]
    spans = _cue_spans(rest) + [match.span() for match, _ in binding_structures(rest)]
    return bool(spans) and bool(_targets(rest, spans)[0])


def _sentence_rules(sentence: str, *, binding_context: bool = False) -> _Sentence:  # noqa: C901, PLR0911, PLR0912 - one rule per return
    """Classify one sentence by its cues.

    With *binding_context* (the sentence sits in a part of the license that states conditions), a sentence
    with a target binds even without a binding word of its own.
    """
    notice = words.NOTICE_PHRASE.search(sentence) or words.NOTICE_RETENTION.search(sentence)
    if notice is not None and not _restricts_beside(sentence, notice):
        return _Sentence(Classification(LICENSE_NOTICE, cue=notice.group()), disclaims=False)
    disclaims = next(
        (
            match
            for match in words.NOT_BINDING.finditer(sentence)
            if not _conditioned(sentence, match) and not words.LICENSOR_UNDER.search(sentence[: match.start()])
        ),
        None,
    )
    if disclaims is not None:
        kind = REQUEST if words.REQUEST.search(sentence) else STATEMENT
        return _Sentence(Classification(kind, cue=disclaims.group()), disclaims=True)
    exemption = words.EXEMPTION.search(sentence)
    if exemption is not None:
        return _Sentence(Classification(EXEMPTION, cue=exemption.group()), disclaims=False)
    request = words.REQUEST.search(sentence)
    prohibition = words.PROHIBITION.search(sentence)
    no_need = words.NO_NEED.search(sentence)
    if (
        no_need is not None
        and prohibition is None
        and words.EXCLUSION.search(sentence) is None
        and not (_weak_limits(sentence))
    ):
        return _Sentence(Classification(PERMISSION, cue=no_need.group()), disclaims=False)
    strong = prohibition or words.EXCLUSION.search(sentence) or words.OBLIGATION.search(sentence)
    if request is not None and (strong is None or _request_governs(sentence, request, strong)):
        return _Sentence(Classification(REQUEST, cue=request.group()), disclaims=False)
    contribution = words.CONTRIBUTION_SUBJECT.search(sentence)
    if contribution is not None:
        return _Sentence(Classification(CONTRIBUTION_NOTE, cue=contribution.group()), disclaims=False)
    kind, harmless_cue = _harmless_kind(sentence)
    mark = words.TRADEMARK.search(sentence)
    if strong is not None and mark is not None and words.MARK_SUBJECT.search(sentence[: strong.start()]):
        # The names and marks are what may not be used: trademark law, which the license leaves as it is.
        return _Sentence(Classification(TRADEMARK_NOTICE, cue=mark.group()), disclaims=False)
    if strong is not None and _authors_speak(sentence, len(sentence)) and not words.GRANT_WORD.search(sentence):
        return _Sentence(Classification(STATEMENT, cue=strong.group()), disclaims=False)
    if (
        strong is not None
        and words.LICENSOR_BEFORE.search(sentence[: strong.start()])
        and not words.GRANT_WORD.search(sentence, strong.start())
        and len(list(binding_structures(sentence))) <= 1
    ):
        # "..., and we will not treat it as a problem": the authors bind themselves, and nothing else binds.
        return _Sentence(Classification(STATEMENT, cue=strong.group()), disclaims=False)
    if strong is not None and _believed(sentence, strong):
        # "The maintainers believe that software ought to serve people": what is believed binds no one.
        return _Sentence(Classification(STATEMENT, cue=strong.group()), disclaims=False)
    if kind == DISCLAIMER and prohibition is None:
        return _Sentence(Classification(kind, cue=harmless_cue), disclaims=False)
    weak = _weak_limits(sentence)
    if strong is None and not weak and not binding_context:
        return _Sentence(_unflagged(sentence, kind, harmless_cue), disclaims=False)
    categories, target_cue = _targets(sentence, None if binding_context else _cue_spans(sentence))
    if categories and (strong is not None or binding_context or kind not in _SOFT_KINDS):
        force = strong.group() if strong is not None else (weak.group() if weak is not None else "")
        cue = f"{force}: {target_cue}" if force else target_cue
        return _Sentence(Classification(RESTRICTION, tuple(categories), cue), disclaims=False)
    if (
        strong is not None
        and kind in {CONTRIBUTION_NOTE, THIRD_PARTY_NOTICE}
        and not binding_context
        and not words.ASSENT.search(sentence)  # "You agree to indemnify ... against claims by a third party": a duty
    ):
        # A word about contributors or third parties does not explain away binding words aimed at the licensee.
        return _Sentence(Classification(UNCLEAR, cue=strong.group()), disclaims=False)
    if strong is None or kind in _SOFT_KINDS or kind == EXEMPTION:
        return _Sentence(Classification(kind, cue=harmless_cue), disclaims=False)
    scope = words.GRANT_SCOPE.search(sentence)
    if scope is not None and not binding_context:
        # Says what the grant leaves out, but neither whom nor what for: a person must read it.
        return _Sentence(Classification(UNCLEAR, cue=scope.group()), disclaims=False)
    if (
        prohibition is not None
        and not binding_context
        and words.OBLIGATION.search(sentence) is None
        and words.EXCLUSION.search(sentence) is None
    ):
        # A prohibition of nothing the rules can name ("you may not do that"): it may bind, or only negate.
        return _Sentence(Classification(UNCLEAR, cue=prohibition.group()), disclaims=False)
    if not binding_context and not any(positive for _, positive in binding_structures(sentence)):
        # Binding words that take away (a negation, a limit of scope) with neither a target nor a duty: they may
        # bind, or only describe what the license leaves out; a person must read them.
        return _Sentence(Classification(UNCLEAR, cue=strong.group()), disclaims=False)
    return _Sentence(Classification(CONDITION, cue=strong.group()), disclaims=False)


# ---------------------------------------------------------------------------------------------------------------
# The structural check: no sentence that binds by its structure is called harmless without a stated reason
# ---------------------------------------------------------------------------------------------------------------

#: The structures that bind, and whether each binds by itself (a duty, a lapse, an assent: a condition even
#: without a target) or only may (a negation, a limit of scope, a condition mark: unclear without a target).
_STRUCTURES: Final = (
    (words.DUTY_MODAL, True),
    (words.LAPSE, True),
    (words.ASSENT, True),
    (words.NEGATED_MODAL, False),
    (words.SCOPE_LIMIT, False),
    (words.CONDITION_MARK, False),
    (words.IMPERATIVE, False),
)

#: Disclaimers of force that are weak: they say something is left to the licensee, which a sentence may say
#: of one part while binding in another (``must be sent back, whether or not you distribute them``).
_WEAK_DISCLAIMER: Final = re.compile(
    r"whether|voluntary|optional|discretion|option|choice|remains?|stays?|still|either\s+way|regardless|due|payable|"
    r"outside|beyond|separate|independent|apart|addition",
    re.IGNORECASE,
)

#: Kinds decided by the layout of a paragraph, not by its prose; the check leaves them alone.
_LAYOUT_KINDS: Final = frozenset({TITLE, COPYRIGHT, STRUCTURE})


#: A short quoted term (``"Excluded Party"``): a name being defined or cited, whose words bind no one; not the
#: licensee's own ("You"), whose definition may leave someone out.
_QUOTED_TERM: Final = re.compile(
    r"[\"\u201c](?!(?:you|your|licensees?|users?|recipients?)[\"\u201d])[^\"\u201c\u201d.;]{1,60}[\"\u201d]",
    re.IGNORECASE,
)


def binding_structures(sentence: str) -> list[tuple[re.Match[str], bool]]:
    """Return the structures by which *sentence* binds someone, each with whether it binds by itself.

    Negations that only take away a restriction or a requirement (``is not prohibited``, ``you don't need``)
    are left out, with any structure they overlap.
    """
    if len(sentence) <= _CACHED_LENGTH:
        return list(_binding_structures(sentence))
    return list(_binding_structures.__wrapped__(sentence))


@functools.lru_cache(maxsize=4096)
def _binding_structures(sentence: str) -> tuple[tuple[re.Match[str], bool], ...]:
    """Return the structures of :func:`binding_structures`, once per sentence."""
    sentence = _blank(_QUOTED_TERM, sentence)
    negations = [match.span() for match in _negations(sentence)]
    return tuple(
        (match, positive)
        for pattern, positive in _STRUCTURES
        for match in pattern.finditer(sentence)
        if not any(match.start() < end and start < match.end() for start, end in negations)
    )


def _neutral(sentence: str, kind: str, match: re.Match[str], *, positive: bool) -> bool:  # noqa: C901, PLR0911 - one rule per kind
    """Return whether a harmless *kind* explains away one binding structure of *sentence*, with a stated reason.

    The reasons are narrow: a request governs the sentence; the authors are its subject (they bind
    themselves); the structure governs liability or warranty (a disclaimer); the marks are the subject of a
    trademark notice; contributors are the subject of a note on contributing; a definition defines; an
    exemption negates a restriction.
    """
    if words.LICENSOR_BEFORE.search(sentence[: match.start()]) and not words.GRANT_WORD.search(match.group()):
        return True
    if kind in {STATEMENT, NOTE, REQUEST} and _believed(sentence, match):
        return True  # "we believe that software ought to serve people": a belief, binding no one
    if kind == REQUEST:
        # A request governs the binding words of its own clause, not those after "but" or a semicolon.
        # A request after the binding words governs them only within one clause ("..., please" is a new one).
        return any(
            words.CLAUSE_BREAK.search(sentence, min(ask.end(), match.end()), max(ask.start(), match.start())) is None
            and not (
                ask.start() > match.start()
                and "," in sentence[match.end() : ask.start()]
                and _LEADING_CONDITION.search(sentence[: match.start()]) is None
            )
            for ask in words.REQUEST.finditer(sentence)
        )
    if _authors_speak(sentence, match.start()) and not words.GRANT_WORD.search(sentence[: match.start()]):
        return True
    if kind == DISCLAIMER and words.LIABILITY_GOVERNED.search(sentence, match.start(), match.end() + 60):
        return True
    if kind == TRADEMARK_NOTICE and words.MARK_SUBJECT.search(sentence[: match.start()]):
        return True
    if kind == CONTRIBUTION_NOTE and words.CONTRIBUTION_SUBJECT.search(sentence):
        return True
    if kind == EXEMPTION and not positive:
        # An exemption negates the binding words of its own clause, not those of a clause joined after it
        # ("is not considered a copy and may be used only for research").
        exempt = words.EXEMPTION.search(sentence)
        return exempt is None or _JOINED_CLAUSE.search(sentence, exempt.end(), max(match.start(), exempt.end())) is None
    if kind == DEFINITION and not positive and words.DEFINES_LICENSEE.search(sentence):
        return False  # who the licensee is: a definition that leaves someone out binds
    if kind == DEFINITION and not positive:
        # A definition explains away the words of its own clause, not those of a clause joined after it
        # ('"User" means a person, and the rights extend to Users only').
        defined = words.DEFINITION.search(sentence)
        joined = defined and _JOINED_CLAUSE.search(sentence, defined.end(), max(match.start(), defined.end()))
        return joined is None
    return False


#: A sentence that opens with a condition still open at the binding words (``If you need to report a bug``):
#: those words state the condition, and the clause after the comma is the sentence's own.
_LEADING_CONDITION: Final = re.compile(
    r"^\W*(?:if|when|whenever|should|in\s+case|where|before|once|after|upon|prior\s+to)\b[^,;]*$", re.IGNORECASE
)

#: What joins a further clause to a sentence: a coordinating word or a semicolon.
_JOINED_CLAUSE: Final = re.compile(r"\b(?:and|but|yet|while)\b|;", re.IGNORECASE)


#: Another subject bound in a later clause (``We will not sue you, but you must not ...``): the authors no longer speak.
_OTHER_SUBJECT: Final = re.compile(
    r"\b(?:you|licensees?|users?|recipients?|anyone|anybody|nobody|no\s+one|they|customers?|companies)\s+"
    r"(?:must|shall|shalt|may|can|cannot|can't|will|agree|need|are\s+(?:not\s+)?(?:allowed|permitted|required))\b",
    re.IGNORECASE,
)


def _authors_speak(sentence: str, end: int) -> bool:
    """Return whether the authors are the subject of *sentence* up to *end*, with no one else bound before it."""
    speaker = words.LICENSOR_SUBJECT.search(sentence)
    return speaker is not None and _OTHER_SUBJECT.search(sentence, speaker.end(), end) is None


def _binding_statement(sentence: str) -> Classification | None:
    """Return the restriction a statement makes without a binding word, or ``None``.

    The source said to be confidential or a trade secret is withheld (OSD 2); terms accepted by a click are an
    assent tied to an interface (OSD 10).
    """
    withheld = words.SOURCE_WITHHELD.search(sentence)
    if withheld is not None and not words.LICENSOR_SUBJECT.search(sentence[: withheld.start()]):
        return Classification(RESTRICTION, (SOURCE_CODE,), withheld.group())
    click = words.CLICK_ASSENT.search(sentence)
    if click is not None:
        return Classification(RESTRICTION, (TECHNOLOGY,), click.group())
    return None


def _checked(sentence: str, classification: Classification, *, disclaims: bool) -> Classification:  # noqa: C901, PLR0911 - one return per outcome
    """Return *classification*, unless the sentence binds by its structure and the kind gives no reason why not.

    Such a sentence is a restriction when a target is named near the binding words, a condition when it
    binds by itself (a duty, a lapse of the grant, an assent), and otherwise unclear: a person must read it.
    An unclear sentence with a target near its binding words is a restriction.
    """
    kind = classification.kind
    if kind in BINDING_KINDS or kind in _LAYOUT_KINDS:
        return classification
    structures = binding_structures(sentence)
    recipients = words.RECIPIENT_LIMIT.search(sentence)
    if not structures and recipients is not None and kind not in {REQUEST, DISCLAIMER, LICENSE_NOTICE}:
        # A grant to a class, or software "for" a class or field: it may leave everyone else out.
        return Classification(UNCLEAR, cue=recipients.group())
    stated = _binding_statement(sentence) if kind in {NOTE, UNCLEAR} else None
    if stated is not None:
        return stated
    if not structures and kind == NOTE and not classification.cue:
        # No reason to be harmless: a sentence that names what a restriction would restrict (a group, a field,
        # a fee) without binding words may still restrict; a person must read it.
        categories, target_cue = _targets(sentence)
        if categories and not words.LICENSOR_SUBJECT.search(sentence):
            return Classification(UNCLEAR, cue=target_cue)
        return classification
    if disclaims and not _WEAK_DISCLAIMER.search(classification.cue):
        return classification
    if kind != UNCLEAR:
        if classification.cue and (words.NOTICE_PHRASE.search(sentence) or words.NOTICE_RETENTION.search(sentence)):
            return classification
        structures = [
            (match, positive)
            for match, positive in structures
            if not _neutral(sentence, kind, match, positive=positive)
        ]
    if not structures:
        return classification
    spans = [match.span() for match, _ in structures]
    categories, target_cue = _targets(sentence, spans)
    force = structures[0][0].group().strip()
    if categories:
        return Classification(RESTRICTION, tuple(categories), f"{force}: {target_cue}")
    if kind == UNCLEAR:
        return classification
    if any(positive for _, positive in structures):
        return Classification(CONDITION, cue=next(match.group().strip() for match, positive in structures if positive))
    return Classification(UNCLEAR, cue=force)


#: Harmless kinds that state their reason by their own words (a notice, a disclaimer, a request...); a sentence
#: of another kind that reads as binding has no reason to be harmless.
_REASONED_KINDS: Final = frozenset(
    {REQUEST, CONTRIBUTION_NOTE, THIRD_PARTY_NOTICE, LICENSE_NOTICE, TRADEMARK_NOTICE, DISCLAIMER, EXEMPTION, STATEMENT}
)


def _unflagged(sentence: str, kind: str, harmless_cue: str) -> Classification:  # noqa: PLR0911 - one return per rule
    """Classify a sentence without a known binding word: a short or inverted prohibition, unclear, or harmless.

    The rules know binding words by their patterns; a sentence that has none of them, yet a word that reads as
    binding (``no``, ``not``, ``only``, ``must``...), is not called harmless unless its kind says why.
    """
    fact = words.PAST_FACT.search(sentence)
    if fact is not None:
        return Classification(STATEMENT, cue=fact.group().strip())
    prohibition = words.SHORT_PROHIBITION.search(sentence) or words.INVERTED_PROHIBITION.search(sentence)
    if prohibition is not None:
        categories, target_cue = _targets(sentence)
        if categories:
            return Classification(RESTRICTION, tuple(categories), f"{sentence.split(maxsplit=1)[0]}: {target_cue}")
        return Classification(UNCLEAR, cue=prohibition.group().strip()[:60])
    looks = words.LOOKS_BINDING.search(sentence)
    if looks is None or kind in _REASONED_KINDS:
        return Classification(kind, cue=harmless_cue)
    if kind == PERMISSION and words.NEGATED_GRANT.search(sentence) is None:
        return Classification(kind, cue=harmless_cue)
    speaker = words.LICENSOR_SUBJECT.search(sentence)
    if speaker is not None and _authors_speak(sentence, len(sentence)) and words.GRANT_WORD.search(sentence) is None:
        return Classification(STATEMENT, cue=speaker.group().strip())
    return Classification(UNCLEAR, cue=looks.group())


def _request_governs(sentence: str, request: re.Match[str], strong: re.Match[str]) -> bool:
    """Return whether a request word governs a sentence that also has a binding word.

    ``We ask that you do not use it for weapons`` is a request: the asking comes first. ``You must not use it
    for weapons; please report breaches`` is not. ``should`` alone never outweighs ``must``.
    """
    if request.group().lower() == "should":
        return False
    if request.end() <= strong.start() and words.CLAUSE_BREAK.search(sentence, request.end(), strong.start()):
        return False  # "No forks please - they are not to be published": the duty is in a clause of its own
    return request.start() <= strong.start() or sentence[: request.start()].count(",") == 0


def _weak_limits(sentence: str) -> re.Match[str] | None:
    """Return the conditional words with which a sentence limits the grant (``except by``, ``only for``), if any."""
    return words.WEAK_LIMIT.search(sentence)


# ---------------------------------------------------------------------------------------------------------------
# Paragraphs and blocks
# ---------------------------------------------------------------------------------------------------------------

_TITLE_WORDS: Final = 14
#: A paragraph of at most this many sentences that only disclaims binding force covers its section.
_DISCLAIMER_SENTENCES: Final = 2


def starts_like_notice(text: str) -> bool:
    """Return whether *text* begins like a copyright notice (``Copyright``, ``(c)``, ``\u00a9``, ``All rights...``)."""
    return words.COPYRIGHT_LINE.match(text) is not None


def _is_copyright(paragraph: str) -> bool:
    lines = [line for line in paragraph.splitlines() if line.strip()]
    return bool(lines) and all(words.COPYRIGHT_LINE.match(line) for line in lines)


#: The marker of a Markdown quotation at the start of a line.
_QUOTE_MARKER: Final = re.compile(r"^[ \t]*>[ \t]?", re.MULTILINE)


#: The markers of a C block comment: `` * `` at the start of a line, ``/*`` and ``*/``.
_COMMENT_MARKER: Final = re.compile(r"^[ \t]*\*(?!\S)|/\*+|\*+/", re.MULTILINE)
_COMMENT_LINE: Final = re.compile(r"[ \t]+\*(?:\s|$)|[ \t]*/\*|[ \t]*\*+/")


#: Markdown emphasis markers around words (``*Mixdesk*``, ``**Note**``, ``_word_``), never a list bullet.
_EMPHASIS: Final = re.compile(r"(?<![\w*_])[*_]{1,2}(?=[^\W_])|(?<=[^\W_])[*_]{1,2}(?![\w*_])")


def _in_block_comment(paragraph: str) -> bool:
    """Return whether every line of *paragraph* is a line of a C block comment (`` * text``), not a Markdown list."""
    lines = [line for line in paragraph.splitlines() if line.strip()]
    # The first line may have lost its indent where the passage was cut out of the file.
    return len(lines) > 1 and all(_COMMENT_LINE.match(line) for line in [f" {lines[0].lstrip()}", *lines[1:]])


def _without_layout(paragraph: str) -> str:
    """Return *paragraph* without the markers of its layout: HTML tags, a Markdown quotation's, a C comment's."""
    if "<" in paragraph:
        paragraph = words.HTML_TAG.sub(lambda tag: " " * len(tag.group()), paragraph)
    if ">" in paragraph:
        paragraph = _QUOTE_MARKER.sub(" ", paragraph)
    if "*" in paragraph and _in_block_comment(paragraph):
        paragraph = _COMMENT_MARKER.sub(" ", paragraph)
    if "*" in paragraph or "_" in paragraph:
        paragraph = _EMPHASIS.sub(lambda mark: " " * len(mark.group()), paragraph)  # *Name*, **bold**, _word_
    if "`" in paragraph:
        paragraph = paragraph.replace("`", " ")  # `inline code`: markup around words
    if "\n" in paragraph and any(words.STRUCTURE_LINE.match(line) for line in paragraph.splitlines()):
        # A rule line above a note ("--", "-----"): layout, not a word of the note.
        paragraph = "\n".join(
            " " * len(line) if words.STRUCTURE_LINE.match(line) else line for line in paragraph.splitlines()
        )
    return paragraph


def _is_structure(paragraph: str) -> bool:
    lines = [line for line in paragraph.splitlines() if line.strip()]
    return all(words.STRUCTURE_LINE.match(line) for line in lines) or _is_code(lines)


#: A line of program code: it ends in a brace, a semicolon or an opening parenthesis, or is a preprocessor line.
_CODE_LINE: Final = re.compile(r"^\s*(?:#\s*(?:include|define|if|ifdef|ifndef|endif|pragma)\b.*|.*[{};]\s*|[})\]]+.*)$")
#: Prose: five words in a row (a comment written in English is read as prose, never as code).
_PROSE_RUN: Final = re.compile(r"(?:\b[A-Za-z]{2,}\b[ ,]+){5}")


def _is_code(lines: Sequence[str]) -> bool:
    """Return whether *lines* are program code put after a license comment: most lines end like code, none is prose."""
    if len(lines) < _CODE_LINES:
        return False
    code = sum(1 for line in lines if _CODE_LINE.match(line))
    return code * 2 > len(lines) and not any(_PROSE_RUN.search(line) for line in lines)


#: The fewest lines read as a block of code.
_CODE_LINES: Final = 3


def _is_title(paragraph: str) -> bool:
    """Return whether *paragraph* is a heading: one short line that is not a sentence and binds no one."""
    text = paragraph.strip().lstrip("#").strip()
    if "\n" in text or not text or len(text.split()) > _TITLE_WORDS:
        return False
    if text.endswith((".", ";", ",")) and not re.search(r"\b\d+(?:\.\d+)*\.$", text):
        return False
    if not text.endswith(":") and words.SHORT_PROHIBITION.search(text) is not None:
        return False
    if any(
        pattern.search(text) is not None
        for pattern in (words.PROHIBITION, words.OBLIGATION, words.EXCLUSION, words.LICENSE_NOTICE, words.DUTY_MODAL)
    ):
        return False
    # A short line that limits or grants ("for science only!!", "you can use it only inside X, nothing else") is
    # no heading.
    return _LIMITING_WORD.search(text) is None


#: Words that make a short line a limit or a grant rather than a heading.
_LIMITING_WORD: Final = re.compile(
    r"\b(?:only|solely|exclusively|can|may|cannot|can't|don't|dont|do\s+not|never|forbidden|prohibited)\b",
    re.IGNORECASE,
)


_HEADING_WORDS: Final = 8


def _is_binding_heading(paragraph: str) -> bool:
    """Return whether *paragraph* is a short heading ending in a colon with a binding word (``You cannot:``)."""
    text = paragraph.strip().lstrip("#*_ ").rstrip("*_ ")
    return (
        "\n" not in text
        and text.endswith(":")
        and len(text.split()) <= _HEADING_WORDS
        and words.LOOKS_BINDING.search(text) is not None
    )


def classify_paragraph(paragraph: str, *, binding_context: bool = False) -> Classification:
    """Classify one paragraph of added text on its own (see :func:`classify_block` for several)."""
    return _paragraph(paragraph, binding_context=binding_context)[0]


def _paragraph(paragraph: str, *, binding_context: bool) -> tuple[Classification, bool]:  # noqa: PLR0911 - one return per kind of paragraph
    """Classify one paragraph; also return whether it only disclaims binding force, so that it covers its section."""
    check_time()
    paragraph = _without_layout(paragraph)
    if not paragraph.strip() or _is_structure(paragraph):
        return Classification(STRUCTURE), False
    if _is_copyright(paragraph):
        return Classification(COPYRIGHT), False
    lines = paragraph.strip().splitlines()
    if len(lines) > 1 and words.COPYRIGHT_LINE.match(lines[0]):
        # A copyright line over the paragraph's prose (an HTML page's footer): the prose is read on its own.
        paragraph = "\n".join(line for line in lines if not words.COPYRIGHT_LINE.match(line))
    elif len(lines) > 1 and words.DATED_COPYRIGHT_LINE.match(lines[-1]):
        # A product's name over its copyright line (a NOTICE file's opening): the name is read on its own.
        paragraph = "\n".join(lines[:-1])
    if not binding_context and _is_title(paragraph):
        return Classification(TITLE), False
    if not binding_context and _is_binding_heading(paragraph):
        # "You must:", "You cannot:": what binds is in the items that follow, which are read on their own.
        return Classification(UNCLEAR, cue=paragraph.strip()), False
    written = split_sentences(paragraph)
    sentence_texts = _with_source_named(written)
    sentences = [
        _Sentence(Classification(TITLE), disclaims=False)
        if not binding_context and len(sentence_texts) > 1 and sentence.rstrip().endswith(":") and _is_title(sentence)
        else _sentence(sentence, binding_context=binding_context)
        for sentence in sentence_texts
    ]
    sentences = [
        item if named == original else _with_written_cue(item)
        for item, named, original in zip(sentences, sentence_texts, written, strict=True)
    ]
    if not sentences:
        return Classification(STRUCTURE), False
    disclaimers = [item for item in sentences if item.disclaims]
    only_disclaimer = bool(disclaimers) and all(
        item.disclaims or item.classification.kind in {REQUEST, STATEMENT, NOTE, TITLE} for item in sentences
    )
    # A paragraph that only disclaims covers its section when it names what it disclaims ("this request"), or
    # when it asks nothing itself; one that asks something and disclaims that ("we ask, though it is not a
    # condition, that...") covers itself alone.
    asks = any(words.REQUEST.search(sentence) for sentence in sentence_texts)
    names = any(words.NOT_BINDING_REFERENT.search(sentence) for sentence in sentence_texts)
    reaching = only_disclaimer and len(sentences) <= _DISCLAIMER_SENTENCES and (names or not asks)
    if disclaimers and _excepted(sentences, sentence_texts):
        # A restriction set against what a disclaimer said ("Evaluation remains free of charge. Running it in
        # production, however, requires a paid subscription."): the disclaimer does not reach it.
        return _combine([item.classification for item in sentences if not item.disclaims]), False
    if disclaimers:
        request = any(item.classification.kind == REQUEST for item in sentences)
        return Classification(REQUEST if request else STATEMENT, cue=disclaimers[0].classification.cue), reaching
    return _combine([item.classification for item in sentences]), False


def _excepted(sentences: Sequence[_Sentence], texts: Sequence[str]) -> bool:
    """Return whether a restriction after the paragraph's last disclaimer is set against what came before it."""
    last = max(index for index, item in enumerate(sentences) if item.disclaims)
    return any(
        item.classification.kind == RESTRICTION and words.CONTRASTED.search(text)
        for item, text in zip(sentences[last + 1 :], texts[last + 1 :], strict=True)
    )


#: A sentence about the source (``The source code of the Program is not included``), and one that goes on about it.
_SOURCE_SUBJECT: Final = re.compile(
    r"^\W*(?:the\s+)?(?:[\w-]+\s+){0,2}?source(?:\s+code|\s+form|\s+files)?\b(?!\s+(?:of\s+)?(?:truth|information))",
    re.IGNORECASE,
)
_IT_SUBJECT: Final = re.compile(r"^(\W*)It\b(?=\s+(?:is|will|may|can|shall|must|remains|stays))")


def _with_source_named(sentences: list[str]) -> list[str]:
    """Return *sentences* with an "It" that goes on about the source named (``It will be provided only to ...``).

    ``The source code is not included. It is provided only on request, to customers who pay``: the second
    sentence restricts the source, which only the first names.
    """
    named = list(sentences)
    for index in range(1, len(named)):
        if _SOURCE_SUBJECT.match(sentences[index - 1]):
            named[index] = _IT_SUBJECT.sub(r"\1The source code", named[index], count=1)
    return named


_HARMLESS_PRIORITY: Final = (
    REQUEST,
    STATEMENT,
    CONTRIBUTION_NOTE,
    THIRD_PARTY_NOTICE,
    LICENSE_NOTICE,
    TRADEMARK_NOTICE,
    DISCLAIMER,
    EXEMPTION,
    PERMISSION,
    DEFINITION,
    NOTE,
)


def _combine(items: Sequence[Classification]) -> Classification:
    """Combine the classifications of the sentences of one paragraph."""
    restrictions = [item for item in items if item.kind == RESTRICTION]
    if restrictions:
        return Classification(
            RESTRICTION,
            tuple(dict.fromkeys(category for item in restrictions for category in item.restricts)),
            "; ".join(dict.fromkeys(item.cue for item in restrictions)),
        )
    conditions = [item for item in items if item.kind == CONDITION]
    if conditions:
        return Classification(CONDITION, cue=conditions[0].cue)
    unclear = [item for item in items if item.kind == UNCLEAR]
    if unclear:
        return unclear[0]
    for kind in _HARMLESS_PRIORITY:
        for item in items:
            if item.kind == kind:
                return item
    return items[0]


def classify_block(paragraphs: Sequence[str], *, binding_context: bool = False) -> list[Classification]:
    """Classify the paragraphs of one stretch of added text.

    A paragraph that only disclaims binding force (``This request is not a condition of the license.``) covers
    every paragraph of its section, a section running from one heading to the next; so does a heading that
    says its section is a request, a statement or a note.

    Args:
        paragraphs: The paragraphs, in order.
        binding_context: Whether the stretch sits where the license states its conditions, so that a target
            alone binds (a section of "Additional Conditions").
    """
    results: list[tuple[Classification, bool]] = [
        _paragraph(paragraph, binding_context=binding_context) for paragraph in paragraphs
    ]
    sections: list[list[int]] = [[]]
    headings: list[str] = [""]
    for index, (classification, _) in enumerate(results):
        if classification.kind == TITLE:
            sections.append([])
            headings.append(paragraphs[index])
        else:
            sections[-1].append(index)
    final = [classification for classification, _ in results]
    for heading, members in zip(headings, sections, strict=True):
        heading_disclaims = bool(heading) and words.NON_BINDING_HEADING.search(heading) is not None
        covered = heading_disclaims or any(results[index][1] for index in members)
        if not covered:
            continue
        for index in members:
            if final[index].binding or final[index].kind == UNCLEAR:
                final[index] = Classification(REQUEST, cue=final[index].cue)
    return final


#: Words that only name someone (``Corrigan & Vashti Graphics Consortium``): capitalised words and joining words.
_NAME_ONLY: Final = re.compile(r"[A-Z][\w.'-]*(?:\s+(?:[A-Z][\w.'-]*|&|and|of|the))*")

#: A short line set off by rules on both sides (``--- end of license text ---``).
_DECORATED_LINE: Final = re.compile(r"[-=*#~_]{2,}[^.;:!?\n]{1,60}?[-=*#~_]{2,}")


def is_marker_line(line: str) -> bool:
    """Return whether *line* is a short heading set off by rules on both sides (``--- end of license text ---``)."""
    line = line.strip()
    return _DECORATED_LINE.fullmatch(line) is not None and _is_title(line.strip("-=*#~_ "))


def _with_written_cue(item: _Sentence) -> _Sentence:
    """Return *item* with its cue in the words the text has (``It is provided only``, not the source named for it)."""
    cue = item.classification.cue
    for named in ("The source code", "source code"):
        if named in cue:
            cue = cue.replace(named, "It", 1)
            break
    return _Sentence(dataclasses.replace(item.classification, cue=cue), disclaims=item.disclaims)


#: Words that keep a grant to copies nobody has changed (``in unmodified form``, ``verbatim copies of``).
_UNMODIFIED: Final = re.compile(
    r"\b(?:unmodified|unaltered|unchanged|verbatim|original\s+and\s+unmodified)\b", re.IGNORECASE
)

#: A blank line: the break between two paragraphs.
_BLANK_LINE: Final = re.compile(r"\n[ \t]*\n")


def classify_fragment(fragment: str, before: str = "", after: str = "") -> Classification:  # noqa: C901, PLR0911 - one return per kind of fragment
    """Classify words inserted inside a sentence of the base license, or put in place of some of its words.

    Such words change the license's own terms, so they bind unless they say they do not. What they restrict
    is read from the fragment with the words around it (*before* and *after*, from the same sentence): an
    inserted ``non-military`` restricts a field through the ``purposes`` that follows it.
    """
    if not fragment.strip() or _is_structure(fragment):
        return Classification(STRUCTURE)
    paragraphs = [paragraph for paragraph in _BLANK_LINE.split(fragment) if paragraph.strip()]
    if len(paragraphs) > 1:
        # Paragraphs put between the base's own (a heading, then a clause): each is read on its own.
        return _combine([classify_paragraph(paragraph) for paragraph in paragraphs])
    fragment = " ".join(fragment.split())
    if _is_copyright(fragment):
        return Classification(COPYRIGHT)
    if is_marker_line(fragment):
        return Classification(STRUCTURE)  # a marker line between the base's parts ("--- end of license text ---")
    if len(split_sentences(fragment)) > 1:
        # Whole sentences put inside a paragraph of the base: read as any added paragraph is, sentence by sentence,
        # so that a "please" in one does not explain away a prohibition in another.
        return classify_paragraph(" ".join(fragment.split()))
    if words.NOT_BINDING.search(fragment) or words.REQUEST.search(fragment):
        return Classification(REQUEST)
    left, right = before[-_WINDOW:], after[:_WINDOW]
    window = f"{left}{fragment}{right}"
    if _NAME_ONLY.fullmatch(fragment.strip()) and words.ENDORSEMENT.search(window) and words.NAMES_OF.search(window):
        # A name put in the endorsement clause ("the name of the ___ shall not be used to promote"): the clause's own.
        return Classification(CHANGE, cue=fragment.strip()[:80])
    categories, cue = _targets(fragment)
    unmodified = _UNMODIFIED.search(fragment)
    if not categories and unmodified is not None:
        # "in unmodified form" put in a grant: what is granted is copies that nobody has changed.
        return Classification(RESTRICTION, (MODIFICATION,), unmodified.group())
    if not categories:
        span = (len(left), len(left) + len(fragment))
        found, cue = _targets(window, [span])
        # Only targets a base's own words never name: a class, a field, conduct, a product, a technology.
        categories = [category for category in found if category in {PERSONS, FIELDS, CONDUCT, PRODUCT, TECHNOLOGY}]
    if categories:
        return Classification(RESTRICTION, tuple(categories), cue)
    return Classification(CHANGE, cue=fragment.strip()[:80])


def license_restrictions(text: str) -> list[tuple[str, Classification]]:
    """Return the sentences of a whole license that restrict who may use the software, what for, or how.

    Used on licenses that are not open source, to show why. Only restrictions on persons, fields of endeavor,
    conduct and other software are reported, and only with a named target (a field such as military use,
    named or described organizations, labor or human rights), which ordinary licenses never have.
    """
    found: list[tuple[str, Classification]] = []
    for sentence in split_sentences(text):
        check_time()
        if words.ANY_CUE.search(sentence) is None or words.FIELD_OR_GROUP.search(sentence) is None:
            continue
        if words.NOT_BINDING.search(sentence) or words.NOTICE_PHRASE.search(sentence):
            continue
        if words.ENDORSEMENT.search(sentence) and words.MARK_SUBJECT.search(sentence):
            continue  # names not to be used in advertising: an endorsement condition, not a field of endeavor
        spans = _cue_spans(sentence)
        if not spans:
            continue
        categories, cue = _targets(sentence, spans)
        kept = tuple(category for category in categories if _strong_target(category, sentence, spans))
        if kept:
            found.append((sentence, Classification(RESTRICTION, kept, cue)))
    return found


def _strong_target(category: str, sentence: str, spans: Sequence[_Span]) -> bool:
    """Return whether a target found in a whole license is one that ordinary licenses never have."""
    text = _blank(words.PERMISSIVE, sentence)
    if category == FIELDS:
        return _first_near(words.FIELD_ONLY, text, spans) is not None
    if category == PERSONS:
        return words.NAMED.search(text) is not None or _first_near(words.STRONG_PERSONS, text, spans) is not None
    if category == CONDUCT:
        return _first_near(words.STRONG_CONDUCT, text, spans) is not None
    return category == OTHER_SOFTWARE
