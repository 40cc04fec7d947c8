# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The classification rules of `check`, one rule at a time, on sentences written for these tests.

None of these sentences comes from the labelled data files (tests/data/check/): each tests a rule about sentence
structure or a closed word class, not a phrase the rules were tuned on.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ethlicense
from ethlicense import _classify
from ethlicense._additions import BINDING_KINDS
from ethlicense._classify import binding_structures, classify_block, classify_fragment, classify_paragraph
from ethlicense.check import AdditionKind, Verdict, check_text
from ethlicense.check import _criterion as criterion_model
from ethlicense.models import Restriction

if TYPE_CHECKING:
    from _pytest.mark import ParameterSet

HARMLESS_KINDS = frozenset(kind.value for kind in AdditionKind) - {"restriction", "condition", "change", "unclear"}


def test_the_kinds_are_the_public_enums_values() -> None:
    """Every kind and every target the classifier gives is a value of the public enums."""
    kinds = {value for name, value in vars(_classify).items() if name.isupper() and isinstance(value, str)}
    targets = set(_classify._ORDER)  # noqa: SLF001 - the order of targets is the classifier's own
    assert targets == {item.value for item in Restriction}
    assert kinds - targets <= {item.value for item in AdditionKind}
    assert {"restriction", "unclear", "note"} <= kinds
    assert {kind.value for kind in BINDING_KINDS} == _classify.BINDING_KINDS


@pytest.mark.parametrize(
    "sentence",
    [
        "Every public deployment has to greet visitors with a poem by the authors.",  # has to
        "Anyone operating a mirror is required to keep a visitor log.",  # is required to
        "Your licence ends on the day you publish a benchmark of the library.",  # the grant lapses
        "Your rights under this grant are forfeit if you file a lawsuit over it.",  # the grant lapses
        "A tenth of any prize money won with the program is owed to the authors.",  # is owed
    ],
)
def test_a_duty_or_a_lapse_with_no_target_is_a_condition(sentence: str) -> None:
    """A modal of duty, or a grant that ends, binds by its structure: a condition even without a target."""
    assert classify_paragraph(sentence).kind == "condition"


@pytest.mark.parametrize(
    ("sentence", "main"),
    [
        ("Tax advisers are not licensees of this work.", "persons-or-groups"),  # predicate: not licensees
        ("Pharmacies get no rights under these terms.", "persons-or-groups"),  # subject receives no rights
        ("The Software is not licensed to tax advisers.", "persons-or-groups"),  # negated grant to a plural noun
        ("Lenders may not use it to score mortgage applicants.", "persons-or-groups"),  # group as subject, first
        ("Do not use it in slot machines.", "fields-of-endeavor"),  # negated imperative of use
        ("You may not use this program to rank job seekers by accent.", "fields-of-endeavor"),  # purpose infinitive
        ("Copies of this program may not be sold, rented or lent.", "distribution"),
        ("If you sell copies through a store, a fifth of your takings are owed to the authors.", "distribution"),
        ("Translations of the manual may not be published without approval.", "modification"),  # subject
        ("Chemical plants with more than 500 staff must buy a seat licence.", "persons-or-groups"),  # size: who
        ("If your company employs over 300 people, this grant is not available to you.", "persons-or-groups"),
        ("Staff of Mirefield Bank Ltd are ineligible.", "persons-or-groups"),  # a word of prohibition
        ("Jewellers are barred from running it.", "persons-or-groups"),  # subject barred from
        ("The grant is withheld from debt collectors.", "persons-or-groups"),  # withheld from a plural noun
        ("This program may be run by accredited hospitals only.", "persons-or-groups"),  # passive agent
        ("Any installation by police forces breaches this licence.", "persons-or-groups"),  # breach as a lapse
        ("Government contractors are welcome to read the code but not to run it.", "persons-or-groups"),  # after "but"
        ("This software is for non-commercial use.", "fields-of-endeavor"),  # purpose as predicate
        ("The rights above are restricted to academic research.", "fields-of-endeavor"),  # restricted to
        ("Every bank is outside this licence.", "persons-or-groups"),  # a group outside the licence
        ("Recipients must not offer the program as a managed service.", "distribution"),  # offered as a service
        ("Rewriting it in another language requires our written consent.", "modification"),  # gerund subject
    ],
)
def test_a_restriction_reports_its_main_target_first(sentence: str, main: str) -> None:
    """A binding sentence with a target is a restriction; the target it names first is reported first."""
    result = classify_paragraph(sentence)
    assert result.kind == "restriction"
    assert result.restricts[0] == main


def test_of_two_targets_the_one_named_first_is_the_main_one() -> None:
    """``by X or for Y`` gives persons then fields; ``for Y or by X`` gives fields then persons."""
    assert classify_paragraph("It may not be used by armies or for building weapons.").restricts == (
        "persons-or-groups",
        "fields-of-endeavor",
    )
    assert classify_paragraph("It may not be used for building weapons or by armies.").restricts == (
        "fields-of-endeavor",
        "persons-or-groups",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Whaling is not prohibited by this licence, however much we dislike it.",  # negated prohibition
        "You do not need to ask us before packaging it.",  # negated need
        "Output produced by the model must not be treated as medical advice.",  # negated construal
        "No royalty is owed for copies you give away.",  # negated debt
        "This licence does not forbid selling the program.",  # the licence does not forbid
        "This grant can never be withdrawn for peaceful use.",  # a negated lapse
    ],
)
def test_a_negation_that_only_takes_a_restriction_away_binds_no_one(sentence: str) -> None:
    """Negating a prohibition, a need or a reading binds no one: harmless, never a restriction or condition."""
    assert classify_paragraph(sentence).kind in HARMLESS_KINDS


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Can I sell a game built with it?", {"note", "title"}),  # a question
        ("Yes.", {"note"}),  # an answer
        ("We cannot promise a release every year.", {"note", "statement"}),  # the authors bind themselves
        ("The maintainers shall not be liable for any lost crops.", {"disclaimer"}),  # a modal governs liability
        ("The Larkspur name and logo may not be used to promote your products.", {"trademark-notice"}),  # subject
        ("This notice does not grant any rights in the Larkspur trademarks.", {"trademark-notice", "statement"}),
        ("Please keep it away from slot machines; this is only a wish.", {"request"}),  # a request in each clause
        ("No packager needs to ask us first.", {"statement"}),  # no one needs to
        ("This page is not part of the licence.", {"statement"}),  # a text that is not part of the licence
        ("The bundled font comes under its own licence; those terms do not apply to the code.", {"statement"}),
    ],
)
def test_narrow_recognisers_explain_away_binding_words(sentence: str, kind: set[str]) -> None:
    """Questions, answers, the authors as subject, disclaimers and marks as subject have a stated reason."""
    assert classify_paragraph(sentence).kind in kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Every installer must show the Larkspur logo for five seconds.",  # the logo is the object of a duty
        "Bug reports must reach the tracker within a week, whether or not you fix the bug yourself.",
        "By installing the package, the licensee submits to arbitration in Ostrava.",  # assent by use
        "Publishing a benchmark of the program voids this licence.",  # a verb that ends the grant
        "Running it in a slot machine is a breach.",  # being a breach
        "The Licensee warrants that it sells no tobacco.",  # the licensee warrants
    ],
)
def test_a_harmless_word_does_not_explain_away_a_duty(sentence: str) -> None:
    """A logo, a weak disclaimer or a place name beside a duty does not make the duty harmless."""
    assert classify_paragraph(sentence).binding


# Studied on blind37 and blind38 after their first measurement, each in our own words.
@pytest.mark.parametrize(
    "paragraph",
    [
        # a restriction set against what a sentence before it left free
        "Personal use of the Library stays free. Hosting it for paying customers, however, needs a paid licence.",
        "Use at home remains licensed. But any use in a hospital must first be approved in writing by Orvel Labs.",
        # a grant read as not including a right to use
        "This licence shall not be interpreted to include any right to use the Library for facial recognition.",
        "The grant does not include, and shall not be construed to include, the permission to use it in oil drilling.",
    ],
)
def test_a_disclaimer_does_not_reach_a_restriction_set_against_it(paragraph: str) -> None:
    """What a disclaimer says is free does not cover an exception that follows it, nor a right left out."""
    assert classify_paragraph(paragraph).kind == "restriction"


# Studied on blind42 after its first measurement, each in our own words.
def test_the_licensors_own_lack_of_duty_does_not_explain_away_a_restriction() -> None:
    """'The authors have no obligation to supply it' is their duty, not a word on the license's force."""
    paragraph = "You get the Library as compiled files only. The authors have no obligation to hand over its sources."
    assert classify_paragraph(paragraph).kind == "restriction"


def test_a_contact_for_details_is_no_duty() -> None:
    """'write to ... for details' after an offer asks nothing of the licensee; before a use it still binds."""
    offer = "Training courses can be booked with the Orvel team; write to training@orvel.example for details."
    assert classify_paragraph(offer).kind not in {"restriction", "condition"}
    assert classify_paragraph("You may use it freely; write to us before selling it.").kind == "restriction"


# Studied on blind39 and blind40 after their first measurement, each in our own words.
@pytest.mark.parametrize(
    "paragraph",
    [
        # nothing of a list required
        "No account, payment or signature of any extra agreement is needed to copy, run or share the Library.",
        # a hope about the future
        "Its authors hope that the Library will never be put to cruel ends.",
        "We trust it won't end up in a weapon.",
        # something that is no part of the license
        "Our forum rules apply in the chat room only; they form no part of this licence and bind no user of the code.",
    ],
)
def test_what_is_not_required_hoped_or_outside_the_license_binds_no_one(paragraph: str) -> None:
    """A list of things not required, a hope, and rules that form no part of the license bind no one."""
    assert classify_paragraph(paragraph).kind in HARMLESS_KINDS


@pytest.mark.parametrize(
    "paragraph",
    [
        "We hope you enjoy it, but you will never use it for weapons.",  # the hope's clause ends before the duty
        "No fee is required for personal use, but companies must pay a royalty.",
        "The Library may be used in clinics only; the warranty disclaimer below still applies.",
        "The Library is offered without warranty; banks may not use it.",
    ],
)
def test_a_hope_a_fee_waived_or_a_warranty_beside_a_restriction_does_not_explain_it_away(paragraph: str) -> None:
    """The restriction in another clause than the hope, the waiver or the warranty still restricts."""
    assert classify_paragraph(paragraph).kind == "restriction"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Personal use of the Library stays free. We would, however, be glad to hear how you use it.",
        "Nothing in this licence shall be construed to include a warranty of any kind.",
        "This licence shall not be construed as including any warranty of fitness for a purpose.",
    ],
)
def test_a_disclaimer_still_covers_what_is_not_set_against_it(paragraph: str) -> None:
    """A request after a contrast, or a warranty not included, binds no one."""
    assert classify_paragraph(paragraph).kind in HARMLESS_KINDS


@pytest.mark.parametrize(
    "sentence",
    [
        "Write to the steering group and wait for their answer before shipping it.",  # imperative
        "Companies pay 40 euros per seat.",  # a target with no binding word and no reason
        "Nothing is forbidden here beyond what the text below forbids.",
        "Before shipping it in a product, email the maintainers.",  # an imperative after an adverbial clause
        "Scrapers are outside the licence.",  # a scope limit whose subject is not a text
        "Permission is granted to hospitals and clinics.",  # a grant to a class may leave others out
        "This program is intended for academic research.",  # software "for" a field
    ],
)
def test_without_a_reason_to_be_harmless_a_sentence_is_never_harmless(sentence: str) -> None:
    """A sentence that may bind (an imperative, a named target) with no stated reason is unclear or binding."""
    assert classify_paragraph(sentence).kind not in HARMLESS_KINDS


def test_a_quoted_defined_term_binds_no_one() -> None:
    """The words of a quoted term (``"Restricted Uses"``) are a name, not a binding structure."""
    assert binding_structures('A "Banned Purpose" is listed in appendix B.') == []
    assert binding_structures("Banned purposes are excluded.") != []


def test_a_heading_ending_in_a_colon_needs_the_items_read() -> None:
    """``You must:`` is neither harmless nor a restriction by itself: a person reads the items."""
    assert classify_paragraph("You must:").kind == "unclear"


# ---------------------------------------------------------------------------------------------------------------
# Invariants
# ---------------------------------------------------------------------------------------------------------------

HARMLESS = (
    "Thanks to everyone who filed an issue this year.",
    "This project is maintained by the Larkspur collective.",
    "We wrote this library to learn about compilers.",
    "Portions of the test suite are adapted from the Quince project.",
    "The authors shall not be liable for any harm to your houseplants.",
    "Questions? Write to hello@larkspur.example.",
)
SUBJECTS = ("You", "The licensee", "Any recipient", "A user of this program")
PROHIBITIONS = ("may not", "must not", "shall not", "cannot")
USES = (
    "use it for {field}",
    "use the Software in {field}",
    "run it for the benefit of {group}",
    "sell copies of it",
    "publish modified versions of it",
)
FIELDS = ("whale hunting", "payday lending", "border surveillance", "tobacco marketing", "military drones")
GROUPS = ("casino operators", "any defence ministry", "Quillfeather Holdings Inc.", "data brokers")
DUTIES = (
    "{subject} must send the authors a postcard from every city where it runs.",
    "{subject} has to register each installation on the authors' website.",
    "The licence granted here ends if {subject_lower} criticises the authors in public.",
    "{subject} shall display a banner naming the authors at start-up.",
)


@st.composite
def restriction_sentences(draw: st.DrawFn) -> str:
    """A sentence that restricts: a subject, a prohibition and a use, a field or a group; or a plain duty."""
    subject = draw(st.sampled_from(SUBJECTS))
    if draw(st.booleans()):
        template = draw(st.sampled_from(DUTIES))
        return template.format(subject=subject, subject_lower=subject[0].lower() + subject[1:])
    use = draw(st.sampled_from(USES)).format(field=draw(st.sampled_from(FIELDS)), group=draw(st.sampled_from(GROUPS)))
    return f"{subject} {draw(st.sampled_from(PROHIBITIONS))} {use}."


@given(harmless=st.sampled_from(HARMLESS), restriction=restriction_sentences(), before=st.booleans())
@settings(max_examples=150, deadline=None)
def test_adding_a_restriction_sentence_to_a_harmless_paragraph_is_never_harmless(
    harmless: str, restriction: str, *, before: bool
) -> None:
    """A harmless paragraph with any restriction or duty sentence added is never classified harmless."""
    paragraph = f"{restriction} {harmless}" if before else f"{harmless} {restriction}"
    assert classify_block([paragraph])[0].kind not in HARMLESS_KINDS


@functools.cache
def _mit() -> str:
    return ethlicense.compose("MIT", holders=["Jane Doe"], year=2026).text


@given(harmless=st.sampled_from(HARMLESS), restriction=restriction_sentences())
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_license_with_a_restriction_sentence_added_is_never_open_source(harmless: str, restriction: str) -> None:
    """MIT with a harmless note and any restriction sentence added is never judged open source."""
    text = f"{harmless}\n\n{restriction}\n\n{_mit()}"
    assert check_text(text).verdict is not Verdict.OPEN_SOURCE


@given(harmless=st.sampled_from(HARMLESS))
@settings(max_examples=10, deadline=None)
def test_a_harmless_note_alone_is_never_not_open_source(harmless: str) -> None:
    """MIT with one of the harmless notes added is open source or needs review, never "not open source"."""
    assert check_text(f"{harmless}\n\n{_mit()}").verdict is not Verdict.NOT_OPEN_SOURCE


# ---------------------------------------------------------------------------------------------------------------
# The main criterion
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("addition", "main"),
    [
        ("Casino operators may not use the Software.", "OSD-5"),
        ("The Software may not be used for payday lending.", "OSD-6"),
        ("Copies of the Software may not be sold.", "OSD-1"),
        ("The Software may not be used by banks for gambling.", "OSD-5"),  # persons named first
        ("The Software may not be used for gambling by banks.", "OSD-6"),  # the field named first
        ("Every installation must show a banner naming the authors for ten seconds.", "OSI-approved"),
    ],
)
def test_the_main_criterion_is_the_first_restrictions_first_criterion(
    addition: str, main: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``main_criterion`` is the first criterion of the first restriction, else of the first violation.

    Without the criterion model, a passage's restrictions come in the order the rules read them; with it (see
    tests/check/test_criterion.py), the model may lead with another it is far surer of, and both are failed.
    """
    result = check_text(f"{addition}\n\n{_mit()}")
    assert result.verdict is Verdict.NOT_OPEN_SOURCE
    if "gambling" in addition:
        assert {"OSD-5", "OSD-6"} <= set(result.criteria)
    monkeypatch.setattr(criterion_model, "load_model", lambda: None)
    result = check_text(f"{addition}\n\n{_mit()}")
    assert result.main_criterion == main


def test_an_open_source_text_has_no_main_criterion() -> None:
    """Plain MIT fails nothing, so it has no main criterion."""
    assert check_text(_mit()).main_criterion is None


# ---------------------------------------------------------------------------------------------------------------
# Closed classes of persons, payments, products and technologies
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "main"),
    [
        ("A firm employing more than forty lawyers is not a licensee under these terms.", "persons-or-groups"),
        ("No broker, dealer or bank may install the Software.", "persons-or-groups"),  # "no" + a list of classes
        ("No lobbyists or recruiters may run this program.", "persons-or-groups"),  # agent nouns by suffix
        ("NO ARMY, NAVY OR OTHER DEFENCE BODY SHALL RUN THIS CODE.", "persons-or-groups"),  # capitals, a body
        ("Copying is not allowed by: (i) any bank, broker or insurer; (ii) their agents.", "persons-or-groups"),
        ("Only accredited universities may deploy the Software.", "persons-or-groups"),  # only + a class + modal
        ("Only licensed pharmacists may run the program.", "persons-or-groups"),  # only + an agent noun
        ("These permissions are extended to Qualified Members only.", "persons-or-groups"),  # a grant to a class
        ("A charge of 3 dollars is payable for each copy you hand out.", "distribution"),  # a payment: OSD 1
        ("Every reseller must pay a royalty of ten percent to the author.", "distribution"),
        ("The binaries are not to be lent, sold or uploaded anywhere.", "distribution"),  # negated passive list
        ("You may pass it on solely in its identical form.", "modification"),  # exact form only
        ("A device running this firmware can include only drivers that are free software.", "other-software"),
        ("The license applies only when the code is shipped with Quillmate Desktop.", "product-specific"),
        ("Permission is given exclusively as an add-on for Farrow Mail.", "product-specific"),
        ("Once removed from the Hollin Suite package, these files lose all permissions.", "product-specific"),
        ("Rights are granted only for installation on the Zentry handheld platform.", "technology"),
        (
            "The code must not be placed in any device whose main function is the scoring of tenants.",
            "fields-of-endeavor",
        ),  # a purpose named by "whose purpose is"
        ("Unless you use it for scientific research, you must obtain our written consent.", "fields-of-endeavor"),
    ],
)
def test_a_closed_class_names_the_main_target(sentence: str, main: str) -> None:
    """A class of persons, a payment, a product, a platform or a purpose is the main target of a binding sentence."""
    found = classify_paragraph(sentence)
    assert found.kind == "restriction", found
    assert found.restricts[0] == main, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Photographers and illustrators are welcome to use this library.",  # agent nouns, but no denial
        "This software is free of charge.",  # "free of charge" is no payment
        "You may use it only with the Software it came with.",  # "only with" the software itself: no product
    ],
)
def test_a_class_word_without_a_denial_restricts_nothing(sentence: str) -> None:
    """An agent noun, a payment word or "only with" alone do not make a restriction of persons, fees or products."""
    found = classify_paragraph(sentence)
    assert found.kind != "restriction" or found.restricts[0] not in {
        "persons-or-groups",
        "distribution",
        "product-specific",
    }


# Sentences written for each criterion before the word classes were widened for them: the verbs, passives,
# gerund subjects, "only ... may", "only in the form", platforms and products named by a grant's limits.
_HELD_OUT = [
    ("OSD-1", "You may not sell copies of the Software."),
    ("OSD-1", "Copies of the Software shall not be resold, rented or leased to anyone."),
    ("OSD-1", "A royalty of two euros is due for every copy distributed."),
    ("OSD-1", "Only the copyright holder may redistribute the Software."),
    ("OSD-1", "Uploading the Software to any public download site is forbidden."),
    ("OSD-1", "Any commercial redistribution of the Software requires payment of a licence fee."),
    ("OSD-3", "You may not alter, adapt or translate the Software."),
    ("OSD-3", "Derivative works based on the Software are not permitted."),
    ("OSD-3", "Forks of this project may not be published."),
    ("OSD-3", "The Software must be passed on unchanged and in its original form."),
    ("OSD-3", "No modified version of the Software may be distributed."),
    ("OSD-5", "The licence is not available to companies with more than 500 employees."),
    ("OSD-5", "Only members of the Arbor Guild may use the Software."),
    ("OSD-5", "Citizens of Freedonia are excluded from this license."),
    ("OSD-5", "Government bodies and their contractors receive no rights under this license."),
    ("OSD-5", "Businesses whose annual revenue exceeds USD 1 million are not licensed to use the Software."),
    ("OSD-5", "This license is granted exclusively to individuals and not to corporations."),
    ("OSD-6", "The Software may be used for non-commercial purposes only."),
    ("OSD-6", "Use of the Software in the tobacco industry is prohibited."),
    ("OSD-6", "You may not use the Software for gambling."),
    ("OSD-6", "Commercial use is not permitted."),
    ("OSD-6", "The Software is licensed for research and teaching only."),
    ("OSD-7", "You must register with the author before using the Software."),
    ("OSD-7", "Use of the Software requires a separate written agreement with Tallow Ltd."),
    ("OSD-7", "By downloading the Software you agree to the terms of service at the address above."),
    ("OSD-7", "You must obtain a commercial license from the author to use the Software in production."),
    ("OSD-7", "Each recipient must sign the contributor agreement before receiving a copy."),
    ("OSD-8", "These rights apply only while the Software is distributed as part of the Orrin Suite."),
    ("OSD-8", "The library may be used only together with products sold by Halvard AB."),
    ("OSD-8", "The permissions above are limited to use with the Mistral Router product line."),
    ("OSD-8", "If the Software is separated from the Bellweather distribution, this license ends."),
    ("OSD-8", "You may only use the Software as a component of the Quince Editor."),
    ("OSD-9", "All other software distributed with the Software must be released under this license."),
    ("OSD-9", "You may not distribute the Software on the same medium as any proprietary program."),
    ("OSD-9", "Any program that links to the Software must be made available free of charge."),
    ("OSD-9", "Software shipped alongside this library must not be closed source."),
    ("OSD-9", "The whole service that uses the Software must be published under this license."),
    ("OSD-10", "The Software may be run only on Windows."),
    ("OSD-10", "You may not use the Software on any cloud platform."),
    ("OSD-10", "This license is accepted only by clicking the I Agree button."),
    ("OSD-10", "The Software may not be compiled for ARM processors."),
    ("OSD-10", "Use is permitted solely on hardware with a Trusted Platform Module."),
]


#: Constructions read by their shape: the source kept back (OSD 2); who is singled out before what they must do or
#: pay; what a "but" takes away before what the sentence grants; verbs of passing on and of changing after "no one
#: may", "forbidden to", "we do not allow"; elliptical bans; a price (subscription, purchase, per copy, a share of
#: revenue); consent required; other software by what shares a system or a whole service; products and
#: technologies by what the software is part of or runs on.
_CONSTRUCTIONS: list[tuple[str, str] | ParameterSet] = [
    ("OSD-2", "You may pass the program on solely as compiled binaries."),
    ("OSD-2", "Source files must be run through the obfuscator before they leave your company."),
    ("OSD-2", "Customers who buy the binary are not entitled to its source code."),
    ("OSD-2", "Do not post the source code anywhere public."),
    ("OSD-2", "Modified copies may not be redistributed in source form."),
    ("OSD-5", "Firms with more than two hundred employees must buy a commercial licence first."),
    ("OSD-5", "You may not use the Software if you are, or work for, an insurer."),
    ("OSD-5", "Only registered clubs and natural persons are licensed under these terms."),
    ("OSD-5", "People who have been banned from the forum lose every right to the Software."),
    ("OSD-6", "Pharmacies may install the tool, but they may not use it to price medicines."),
    ("OSD-3", "Edits for your own use are fine, but you may not distribute any modified version."),
    ("OSD-1", "No one may sell this program."),
    ("OSD-1", "Not for resale."),
    ("OSD-1", "We do not allow redistribution of this code in any form."),
    ("OSD-1", "Each copy you pass on is subject to a purchase of a subscription."),
    ("OSD-1", "Resellers must charge no less than ten euros per copy."),
    ("OSD-1", "You must pay us 3% of the revenue of any product that contains the library."),
    ("OSD-1", "If you sell the program, this license terminates at once."),
    ("OSD-3", "It is forbidden to alter the program."),
    ("OSD-3", "Every change must be approved in writing by Orrel Labs Ltd before it is published."),
    ("OSD-7", "Hosting the program for others needs our OK in writing."),
    ("OSD-7", "These rights take effect only upon execution of the Reseller Agreement."),
    ("OSD-9", "You may not run the Software on any server that also hosts a database from a rival vendor."),
    ("OSD-9", "Anyone who ships this library in a product must open-source that entire product."),
    ("OSD-8", "The permissions apply only to copies distributed as part of the Fennick Media Suite."),
    ("OSD-8", "This add-on is licensed for use within Gallow Studio and does not carry over to any other product."),
    ("OSD-10", "Use on mobile phones is not permitted."),
    ("OSD-10", "You may use the program only through its web interface; access through an API is not licensed."),
    ("OSD-10", "Copies obtained from any source other than the Pelham App Store are unlicensed."),
    ("OSD-10", "Ports to Android are not permitted."),
    ("OSD-2", "Binary redistribution requires that the source stays private."),
    ("OSD-1", "Redistributions must be free of charge."),
    ("OSD-6", "You can't make money with this."),
    ("OSD-7", "Permission is granted only to those who have signed our community pledge."),
    ("OSD-5", "Licensees are natural persons; no other party receives any rights."),
    ("OSD-1", "The program may be shared but not sold or rented."),
    ("OSD-5", "- no use by trade unions, their officers, or their members"),
    ("OSD-3", "Changes are allowed for private use only and shall not be passed on."),
    ("OSD-8", "If the library is taken out of the Quorn toolkit and used on its own, this license ends."),
    ("OSD-3", "Forks are not to be distributed."),
    ("OSD-7", "Use is subject to the Harl End User Agreement, which must be accepted first."),
    ("OSD-1", "If you earn money with a product built on this code, you owe us five percent of the profit."),
    ("OSD-10", "You may run the program only on infrastructure operated by Tollan Hosting."),
    ("OSD-2", "Distribution of the source code is reserved to the authors."),
    ("OSD-3", "Copies may be passed on only in the original, unaltered package."),
    # Casual duties and prices, purchases of a licence, a definition that carries the limit.
    ("OSD-1", "if this makes you money you gotta send us 20 dollars for every install."),
    ("OSD-1", "Every server past the third needs the purchase of a site licence from Orlen Labs."),
    ("OSD-3", 'In this notice "running" means executing the unaltered program, and no other right is given.'),
    ("OSD-3", "You can use it unchanged, but editing of the sources is not permitted without a permit from us."),
    ("OSD-7", "Installation is additionally subject to the Quarro End User Terms."),
    ("OSD-2", "Copies shall be distributed only in binary form; publishing of the source code is forbidden."),
    ("OSD-8", "If you detach this module from the Velk Studio suite, the license above no longer applies."),
    ("OSD-8", "The plug-in is licensed solely for use inside, and as a part of, the Tarn Mapping Suite."),
    ("OSD-8", "The right to copy is limited to copying within signed Oreby Linux editions."),
    ("OSD-9", "A platform built on the library must publish every one of its other components under these terms."),
    ("OSD-9", "A bundle that includes this code shall not include any proprietary or non-free programs."),
    ("OSD-10", "Use on laptop computers only; phones and embedded devices are excluded."),
    ("OSD-10", "The code may only be built for and run on the Peridot handheld console."),
    ("OSD-1", "Nobody may sell the program, on its own or together with other software."),
    # Studied on blind11 and blind12, each in our own words.
    ("OSD-3", "Redistribution is allowed, except that modified copies shall be published by no one but the author."),
    ("OSD-1", "you may give it to friends but never sell it, not even for a cent."),
    ("OSD-8", "If you pull any module out of the Harrow SDK and run it on its own, your license for it ends."),
    ("OSD-3", "Every enhancement you make becomes the property of Kell GmbH."),
    ("OSD-9", "A device that includes the Software must not also include any component bought from Ostra Ltd."),
    ("OSD-10", "This license does not allow offering the program's features through a web interface."),
    ("OSD-2", "Uploading the source code to any public repository or code sharing site is forbidden."),
    ("OSD-8", "The permissions cover the Software as distributed within Pallas Linux; other copies are not licensed."),
    ("OSD-3", "Changed versions may be run inside your company, but they must not be distributed at all."),
    ("OSD-7", "The license applies only to people who have signed and returned the Contributor Agreement to us."),
    ("OSD-9", "If you host it as a service, the whole service, including every other component, must be published."),
    ("OSD-1", "Putting the Software on commercially sold CD-ROM collections or bundles is prohibited."),
    ("OSD-10", "Copies may reach users through the Marrow App Store and through no other channel."),
    ("OSD-2", "You must not make the source files, in whole or in part, available to anyone outside your team."),
    ("OSD-1", "if this earns you anything you owe us 5% of it"),
    ("OSD-1", "Before any production use you have to pay the one-time setup fee listed on our website."),
    ("OSD-2", "The source code is provided only after payment of a fee of EUR 200 per version."),
    ("OSD-2", "The source tree is a trade secret of Kaldor AB and is excluded from this grant."),
    ("OSD-5", '"Licensee" means any person or firm other than a Rival, and "Rival" means anyone selling a rival tool.'),
    ("OSD-7", "Please note that before you use the program you must e-mail us your name and wait for our approval."),
    ("OSD-8", "you can use this code only inside extensions for Hollin Editor, nothing else"),
    ("OSD-8", "The rights above are given for use of this library as a module of the Teal Office Suite only."),
    ("OSD-5", "Companies with a combined annual turnover exceeding EUR 50 million receive no rights under it."),
    ("OSD-6", "No permission is given for any use of the program by or for armed forces or defence ministries."),
    ("OSD-3", "Modified copies are for your own internal use; only the original release may be passed on."),
    ("OSD-9", "Anyone who offers the Software over a network must publish the source code of every program beside it."),
    ("OSD-1", "Where the Software is sold or offered as a paid service, the seller shall pay us a royalty of 3%."),
    # Studied on blind13 and blind14, each in our own words.
    ("OSD-7", "Your use of the program is also governed by the Fair Use Rules on our website."),
    ("OSD-3", "(b) you may not adapt, translate or create derivative works of the Software;"),
    ("OSD-1", "If this earns you money, you owe us 3% of it, ok?"),
    ("OSD-3", "Any change to the source code by you terminates this license."),
    ("OSD-8", "You may use and copy this add-on with Quarry Studio, for which it was made, and not otherwise."),
    ("OSD-10", "mac only!! running this on linux is not allowed."),
    ("OSD-5", '"User" means a resident of Varnia; no other person or company is a Licensee.'),
    ("OSD-8", "If you take this module out of the Pell SDK package, these permissions no longer apply."),
    ("OSD-1", "If the Software earns you money, you shall donate five percent of it to the Orlo Trust."),
    ("OSD-3", "Permission to change the code is limited to internal use."),
    ("OSD-2", "You may run the binaries; the source code is shared only to premium customers."),
    # Studied on blind15 and blind16, each in our own words.
    ("OSD-1", "Copies may be handed out freely, but never for money."),
    ("OSD-3", "No forks please - changes go upstream, they are not to be released as a project of their own."),
    ("OSD-2", "Access to the source files is reserved for customers of the Platinum plan."),
    ("OSD-3", "Copying is allowed for exact, unmodified copies only."),
    ("OSD-5", "(e) you are not, and do not work for, a bank or an insurer."),
    ("OSD-3", "This license ends at once if you modify any file other than the settings."),
    ("OSD-1", "If you are paid for a copy, five percent of that income is owed to the author."),
    ("OSD-3", "Derivative works must be published under terms approved in writing by us."),
    ("OSD-8", "If you rip this module out of PaperTrail and use it elsewhere, these rights stop."),
    ("OSD-8", "The code is licensed solely for use as an extension of the Marl Editor, not inside any other program."),
    # Studied on the rest of blind15 and blind16's restrictions, each in our own words.
    ("OSD-5", "Nothing in this licence gives any right to Borrow Analytics Inc. or to its affiliates."),
    ("OSD-5", "This program is licenced to pupils and teachers only; others are not allowed to run it."),
    ("OSD-5", '"Qualifying Licensee" means an individual or a registered charity, and no one else is a licensee.'),
    ("OSD-3", "These permissions do not extend to modified versions, which remain the property of the author."),
    ("OSD-7", "(c) The distributor has signed the Pellham Reseller Agreement and sent it to the author."),
    ("OSD-2", "You may not publish, disclose or otherwise make available the source code to anyone outside your firm."),
    ("OSD-2", "The source files are sent to customers on request only and are to be kept confidential."),
    ("OSD-8", "If the library is separated from the Quillon distribution, these rights come to an end."),
    ("OSD-8", '"Approved Use" means use as a plug-in of Tessel Editor; any other use falls outside this licence.'),
    ("OSD-10", "The program may be run only on computers running the Ostra operating system."),
    ("OSD-5", "The Software may not be copied, used or sold by any resident of the Duchy of Morvan."),
    ("OSD-3", "Forking this project to start a rival or a separately maintained edition of it is not permitted."),
    ("OSD-7", "None of these rights take effect until the user has accepted the agreement shown at sign-in."),
    ("OSD-2", "The templates from which the published code is generated are excluded and will not be provided."),
    ("OSD-8", "Copies may be passed on solely as a built-in part of the Harrow firmware; loose copies are unlicensed."),
    ("OSD-10", "You may install the program solely on machines made by Brightwater Devices."),
    ("OSD-9", "The program must not be installed on any computer that also runs a rival product of Ormsby Ltd."),
    ("OSD-5", "These rights end at once for any federal, state or local police force, and for anyone working for one."),
    ("OSD-5", "Firms with over EUR 2 million of yearly revenue may run it only after buying a business licence."),
    ("OSD-3", "Despite the above, versions that have been changed in any way must not be shared; changes are for you."),
    ("OSD-3", "You may edit it but edited copies, patches made to it, and works built on it may not be shared."),
    ("OSD-10", "These terms cover only builds of the program for the Kestrel OS platform."),
    # Studied on blind17 and blind18 after their first measurement, each in our own words.
    ("OSD-3", "Anyone may edit the code for themselves, but to release an edited version is not permitted."),
    ("OSD-2", "Publication of the program in human-readable form is reserved to the author alone."),
    ("OSD-3", "Edits are allowed for personal, in-house use; modified copies may never leave your premises."),
    ("OSD-9", "No other library distributed in the same archive as the program may be licensed on closed terms."),
    ("OSD-8", "Use of this code outside of the official Bramwell Linux distribution is not covered by these terms."),
    ("OSD-7", "Every user is also bound by the Tarrow Terms of Service, which prevail over this text."),
    ("OSD-1", "You may not put the program on any disc or download bundle that is sold for money."),
    ("OSD-6", "These terms cover non-commercial use only; commercial use needs a separate licence from us."),
    ("OSD-3", "Modified versions may be kept for in-house use but are not covered by this licence once given away."),
    ("OSD-10", "Running the program on any machine not made by Corrow Devices ends this licence."),
    ("OSD-2", "The binaries may be shared freely, but the matching sources are given to paying clients only."),
    (
        "OSD-8",
        "This licence covers the library solely as shipped within Penn router firmware; loose copies are unlicensed.",
    ),
    (
        "OSD-7",
        "Whoever gets a copy from anyone other than Lirra GmbH must first sign a licence agreement with Lirra GmbH.",
    ),
    (
        "OSD-9",
        (
            "If you run the program as an online service, the whole service, with every billing and storage part, "
            "must be published under these terms."
        ),
    ),
    ("OSD-1", "Firms that run the program in production agree to pay EUR 300 a year to the Ostrava Trust."),
    ("OSD-6", "These rights do not reach the building or testing of arms, nor any other military purpose."),
    ("OSD-1", "Neither the program nor any derived work may be sold, leased, or used in a commercial service."),
    (
        "OSD-5",
        (
            'For the purposes of this license, "Qualified User" means any firm whose yearly revenue stays below '
            "USD 900,000; the grant is made to Qualified Users and to no one else."
        ),
    ),
]

_CONSTRUCTIONS += [
    (
        "OSD-5",
        "(d) It may not be run, sold or copied by Vantor Mining plc, by its affiliates, or by anyone acting for it.",
    ),
]

# Studied on blind19 and blind20 after their first measurement, each in our own words.
_CONSTRUCTIONS += [
    ("OSD-2", "The source you receive is confidential information of the author and may not be shown to others."),
    ("OSD-1", "Copying is allowed provided that no charge of any kind is made for it."),
    ("OSD-6", "Excepted from this grant is any use in connection with the hunting or trapping of wild animals."),
    ("OSD-8", "Should you separate this plug-in from the Osprey Photo Suite, these rights terminate."),
    ("OSD-6", "You may run the program only if your company is not engaged in the mining or sale of coal."),
    (
        "OSD-7",
        "These rights take effect only once an activation key, issued by Tamber Oy on request, has been obtained.",
    ),
    ("OSD-9", "You shall not ship the program alongside, or on a machine that also runs, any competing search engine."),
    ("OSD-1", "Every copy passed to a third party is subject to a royalty of EUR 3, payable to Norrland Code AB."),
    (
        "OSD-9",
        (
            "If you offer the program as a hosted service, the source code of everything used to run that service "
            "must be published under these terms."
        ),
    ),
    ("OSD-10", "The program is licensed for use on Microsoft Windows desktops only."),
    ("OSD-10", "Use is limited to instances hosted on the Brisa Cloud Platform."),
    ("OSD-3", "The right to change the program is granted solely to fix faults in your own copy."),
    ("OSD-3", "Modified copies may be kept for yourself, but under no circumstances shall they be passed on."),
    ("OSD-1", "Resellers must obtain a paid reseller licence from Quarro Ltd before selling any copy."),
    ("OSD-2", "Redistribution in source code form is not covered by these terms."),
    ("OSD-5", 'For the purposes of this License, "You" means any person that is not, and does not work for, Vell Ltd.'),
    ("OSD-3", "Changes are for your own use; no changed copy, in source or compiled form, may be given to others."),
    ("OSD-8", "The rights above hold only for the library as shipped inside *Corran Studio*."),
    ("OSD-6", "This permission is limited to non-profit scientific research; any clinical use is not licensed."),
    (
        "OSD-7",
        "The program is offered only to persons who have created an account on our portal and accepted its terms.",
    ),
]

# Studied on blind21 and blind22 after their first measurement, each in our own words.
_CONSTRUCTIONS += [
    ("OSD-5", '"Licensee" means an individual, or a firm whose yearly turnover stays under three million dollars.'),
    ("OSD-5", "- No use by staff, contractors or agents of the Harwick Mining group."),
    ("OSD-10", "Hosting is restricted to the Nimbo Cloud platform; any other cloud provider is not permitted."),
    pytest.param(
        "OSD-3",
        "Works derived from the program must not be released under these terms or any other free terms.",
        # the rules read a restriction on changes (OSD-3, still among the criteria); the criterion model, moved by
        # "any other free terms", leads with other software: a known miss, kept so that a better model shows
        marks=pytest.mark.xfail(strict=True, reason="the criterion model leads with OSD-9"),
    ),
    ("OSD-7", "Resellers shall ensure that each customer agrees in writing to the Corve Extra Terms before delivery."),
    ("OSD-8", "This licence covers use of the code within PlotForge; using it in any other product is not licensed."),
    ("OSD-10", "Except through the Pinto App Market, you may not distribute the program in any app store."),
    ("OSD-1", "Copying is permitted only if no payment or other consideration of any kind is taken for it."),
    ("OSD-2", "Redistributions in source code form are prohibited."),
    ("OSD-8", "You may pass the library on solely as part of an installation of Quorra Server."),
    ("OSD-3", "Modified copies of the program may be shared only with the prior written approval of Wrenn Labs."),
    ("OSD-7", "Distributors must show each user an acceptance screen before handing over any copy."),
    ("OSD-8", "These rights hold only for use of the program as a component of the Dunmore Media Hub."),
    ("OSD-9", "You may not ship the program together with any product that competes with Orrel Analytics."),
    ("OSD-10", "You may install the firmware on boards made by Lisk Devices and on no other hardware."),
]

# Studied on blind25 and blind26 after their first measurement, each in our own words.
_CONSTRUCTIONS += [
    ("OSD-1", "Any firm or person that resells a device with the library inside shall pay Ostrel Ltd a royalty of 3%."),
    ("OSD-1", "A company that deploys the tool shall pay the author a yearly fee of EUR 90 for each server."),
    ("OSD-7", "Each person who downloads a copy must first sign the Harlan Participation Agreement."),
    ("OSD-1", "No copy of the library may be rented, lent for money, or put in a bundle for which buyers are charged."),
    ("OSD-1", "No copy, whether alone or with other goods, shall be handed to anyone in exchange for consideration."),
    ("OSD-1", "Where copies are sold, a third of the money received shall be paid to the first author."),
    ("OSD-2", "The readable source is the confidential information of Pellam Works and is not licensed to you."),
    ("OSD-2", "The source code forms a trade secret of the author. You shall not disclose it to anyone."),
    ("OSD-2", "The preferred form for making modifications to the program will not be published."),
    ("OSD-3", "The library may be passed on only exactly as it was obtained, with each file kept unaltered."),
    ("OSD-3", "Changes that the maintainers have not merged are for private use and must never be distributed."),
    (
        "OSD-5",
        '"Qualified User" means a student or a firm under 40 staff. Rights go to Qualified Users and no one else.',
    ),
    ("OSD-5", "No ministry, public body or state agency, nor anyone acting for one, is licensed to run the program."),
    ("OSD-6", "Nothing in this licence authorises use of the program to run or advertise betting on horse races."),
    ("OSD-10", "These terms are accepted by clicking the Accept button in the setup wizard."),
    ("OSD-10", "The grant holds only for running the tool on machines powered by the Tellis operating system."),
    ("OSD-8", "It may be shipped only as a component of an official Dunmere Router image, never on its own."),
    ("OSD-8", "The rights end for any copy that is no longer distributed as part of the Kessel Data Suite."),
    ("OSD-7", "By installing it you also accept the Corwen Fair Use Policy as published online."),
    ("OSD-9", "It may be distributed only in disk images that contain no closed-source programs."),
]

# Studied on blind27 and blind28 after their first measurement, each in our own words.
_CONSTRUCTIONS += [
    ("OSD-6", "The program may be used for any lawful purpose other than the making of adult content."),
    (
        "OSD-6",
        "Permission is withheld for any use of the program relating to the making, marketing or sale of firearms.",
    ),
    ("OSD-1", "A firm running the tool on more than ten Seats shall pay the Licensor a fee of EUR 15 per Seat."),
    ("OSD-1", "Where copies are sold, the seller shall pay Ardent & Vale Ltd. a royalty of one euro per copy."),
    ("OSD-2", "Source code will be sent on request, and only to holders of a paid maintenance plan."),
    ("OSD-2", "Copies you pass on must be in obfuscated or minified form."),
    ("OSD-2", "The permission to pass the program on extends to compiled binaries only."),
    ("OSD-2", "The Source form is given to You for Your own internal use only; no license is granted to share it."),
    ("OSD-3", "Redistribution is permitted solely in the form of exact, unaltered copies of the published archives."),
    ("OSD-7", "Redistribution is conditional upon the distributor having signed the Licensor's Reseller Agreement."),
    ("OSD-7", "A recipient of the Software acquires no rights until that recipient has executed the Consent Form."),
    ("OSD-7", "These rights take effect only after you have notified the author and the author has confirmed it."),
    ("OSD-8", "The grant covers only copies installed with, and used as a component of, the Fennick Data Hub."),
    ("OSD-8", "The rights subsist only for so long as the library remains part of a Certified Bundle."),
    ("OSD-8", "You may pass the program on only as part of a product that also ships the Ostler Runtime."),
    ("OSD-9", "You may not run the program on any computer on which software made by Garrow plc is also installed."),
    ("OSD-10", "The rights extend only to use of the program on devices that carry a valid Merrow Trust certificate."),
    (
        "OSD-10",
        "Deployment of the program on any public cloud platform, including hosted container services, is prohibited.",
    ),
    (
        "OSD-5",
        "Persons and firms named on the list kept at https://example.org/x, as it stands, are granted no rights.",
    ),
]

# Studied on blind29 and blind30 after their first measurement, each in our own words.
_CONSTRUCTIONS += [
    ("OSD-1", "Shipping the library is conditional upon payment to Orrin Labs of a fee for each product release."),
    ("OSD-1", "No person who obtains the program may charge anyone a fee for handing over a copy."),
    ("OSD-1", "Anyone who offers the program for download shall remit the Copy Fee to the author for every copy."),
    ("OSD-1", "Every firm that runs the tool is required to contribute at least 30 US dollars a year to the fund."),
    ("OSD-2", "Each copy you pass on shall be supplied in obfuscated form."),
    ("OSD-2", "Distribution of the original, readable source code is not permitted."),
    ("OSD-2", "The original files from which the bundle is built are not made available under this license."),
    (
        "OSD-3",
        "A firm that changes the tool may use the changed version itself, but shall not publish that modified version.",
    ),
    ("OSD-3", "The right to prepare derivative works is reserved to the author."),
    ("OSD-6", "You may not use the program or its output as training data for machine-learning models."),
    ("OSD-6", "No company that uses the library may run it for weapons."),
    ("OSD-7", "Copies may be passed on only to a party who has signed and returned the Reseller Agreement."),
    (
        "OSD-7",
        "You may hand the program to another party only after that party has executed a confidentiality agreement.",
    ),
    ("OSD-8", "Permission to redistribute is limited to copies that form part of the official Quarry Linux release."),
    (
        "OSD-8",
        "Parts of this package may not be extracted; they are licensed solely together with the rest of the Tern Kit.",
    ),
    ("OSD-9", "Any disk image that includes the program must offer all of its other contents free of charge as well."),
]

# Studied on blind31 and blind32 after their first measurement, each in our own words.
_CONSTRUCTIONS += [
    ("OSD-1", "Whoever offers the tool to others shall first pay to the author the one-time reseller fee."),
    ("OSD-1", "Use in a production environment is licensed only while the user holds a paid yearly subscription."),
    (
        "OSD-2",
        "The source code is not shipped with the tool. It is provided only on request, to customers who pay for it.",
    ),
    ("OSD-2", "The source code may be obtained only by written request, against a handling fee."),
    (
        "OSD-3",
        "Derivative works may be prepared solely to fix defects; altering what the program does is not licensed.",
    ),
    ("OSD-3", "No right to prepare derivative works is granted by this licence."),
    ("OSD-8", "No licence is given to use the library outside that distribution."),
    ("OSD-9", "Devices shipped with the program must not contain any closed-source drivers or apps."),
    ("OSD-9", "Any product that includes the program must consist solely of open source components."),
    ("OSD-10", "The rights are limited to running the program on processors of the Tarn-4 family."),
]

# Studied on blind33 and blind34 after their first measurement (restrictions judged open source), in our own words.
_CONSTRUCTIONS += [
    ("OSD-10", "You may run the tool on machines you own, but not on any public cloud offered by a third party."),
    ("OSD-6", "No permission is granted to use the program for weapons, and any such use falls outside the licence."),
]


@pytest.mark.parametrize(
    "addition",
    [
        "The source code is not included in this package. The author will send it on request, for a fee.",
        "You acquire no right to the source code, and the author is under no obligation to publish it.",
    ],
)
def test_source_withheld_beside_what_the_authors_owe_is_never_open_source(addition: str) -> None:
    """The authors' own duties ("under no obligation to publish it") do not make a withheld source harmless."""
    assert check_text(f"{addition}\n\n{_mit()}").verdict is not Verdict.OPEN_SOURCE


#: Agents of a passive that are everyone, not a class: the passive's target stays the main one.
_EVERYONE_AGENTS = [
    ("OSD-7", "By installing it you accept the Orrin Terms, which must be accepted by every person you pass it on to."),
]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Software runs on Linux and Windows.",  # a platform named in a fact, not a limit
        "It has been ported to ARM processors.",
        "It was tested on devices manufactured by Acme.",
        "The whole application that uses it is yours.",
        "Sharing the Software is not prohibited.",
    ],
)
def test_a_platform_product_or_service_named_in_a_fact_binds_no_one(sentence: str) -> None:
    """A platform, a maker's devices or a whole service named without a limit or a duty is no restriction."""
    assert not classify_paragraph(sentence).binding


def test_a_share_of_costs_is_no_royalty() -> None:
    """Paying a share of costs is a duty, but not a payment for the software."""
    found = classify_paragraph("You agree to pay your share of the hosting costs if you join the cooperative.")
    assert "distribution" not in found.restricts


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "For clarity, images generated by using the Software are not deemed derivative works and may be used "
            "for any purpose you like."
        ),
        (
            "Logs produced by running the program are not treated as part of the program, and you may use them "
            "under whatever terms you choose."
        ),
        "Diagrams made by running the tool are not considered copies of it and may be shared freely.",
    ],
)
def test_a_negated_classification_with_a_permission_binds_no_one(sentence: str) -> None:
    """A made thing said not to be a copy, then permitted, binds no one ("by running" is how it was made)."""
    assert not classify_paragraph(sentence).binding


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Images generated by using the Software are not deemed copies and may be used only for research.",
            "restriction",
        ),
        (
            "Logs written by running the program are not considered copies but may not be used by any police force.",
            "restriction",
        ),
        (
            "Diagrams made by running the tool are not considered copies, and you must credit the authors on them.",
            "condition",
        ),
        ("Your assent is shown by downloading the Software.", "condition"),
        ("By running the program you accept every term above.", "condition"),
    ],
)
def test_a_negated_classification_still_binds_with_a_clause_joined_after_it(sentence: str, kind: str) -> None:
    """A limit, a forbidden use or a duty joined after the negation, and use as assent, still bind."""
    assert classify_paragraph(sentence).kind == kind


#: Sentences that name a closed class: fees and payments owed (OSD 1), classes of persons by noun, size or a long
#: "No <class>, nor <others>, may" subject (OSD 5), purposes (OSD 6), products (OSD 8).
_WORD_CLASSES = [
    ("OSD-1", "A fee of 25 euros is due to the author for every copy sold."),
    ("OSD-5", "No farmers or ranchers may use the Software."),
    ("OSD-8", "These rights hold only while the program runs as a plug-in for Bramble Studio."),
    ("OSD-5", "No agency, ministry or department of any government may use the Software."),
    ("OSD-5", "No university, college or school may obtain rights under this license."),
    ("OSD-5", "This license is extended solely to registered charities."),
    ("OSD-5", "THE SOFTWARE IS LICENSED SOLELY TO NON-PROFIT ORGANISATIONS."),
    ("OSD-5", "The grant above is made to small businesses and to no one else."),
    ("OSD-5", "Organisations whose annual turnover exceeds EUR 5,000,000 receive no licence."),
    ("OSD-5", "Only if you are a student may you use the Software."),
    ("OSD-1", "Every distributor agrees to remit five percent of the sale price to the author."),
    ("OSD-1", "Anyone who sells the Software agrees to pay the author a share of the proceeds."),
    ("OSD-1", "Publishing the Software on any marketplace is prohibited."),
    ("OSD-1", "Copies may not be given to third parties."),
    ("OSD-6", "Use in the course of any trade or business is not permitted."),
    ("OSD-6", "Use for any business purpose is not allowed."),
    ("OSD-6", "The Software may not be used in connection with any trade or business."),
    ("OSD-6", "Only hobby use is licensed."),
    ("OSD-5", "No ministry or agency of any state, nor any of its suppliers, may use the Software."),
    ("OSD-5", "No bank, insurer or lender, and no company acting for one, may install this program."),
    ("OSD-5", "No department of a national government, or any body it funds, shall run the Software."),
    ("OSD-1", "Above 500 installations, the licensee shall pay a yearly licence fee to the author."),
    ("OSD-1", "Commercial distributors must pay for a distribution licence."),
    ("OSD-1", "The reseller shall pay an annual licence charge set by the author."),
]


@pytest.mark.parametrize(("main", "addition"), [*_HELD_OUT, *_CONSTRUCTIONS, *_WORD_CLASSES, *_EVERYONE_AGENTS])
def test_the_main_criterion_of_each_way_of_saying_it(main: str, addition: str) -> None:
    """Each criterion, however it is said (verbs, passives, constructions, closed classes), is the main one."""
    result = check_text(f"{addition}\n\n{_mit()}")
    assert result.verdict is Verdict.NOT_OPEN_SOURCE
    assert result.main_criterion == main


@pytest.mark.parametrize(
    "sentence",
    [
        "Files under the assets/ directory are not covered by this license.",
        "This license does not apply to the documentation, which has its own license.",
        "You need not include the license text in compiled binaries.",
        "The program has not been certified for medical use.",
        "**Must I keep this notice?** No.",
        "This note does not modify the license.",
        "If you need to report a bug, please open an issue.",
        "Note: the sounds in media/ are not covered by this license.",
        "The authors make no representation that the program suits any purpose.",
        "Third-party libraries in the external/ folder are not covered by this license.",
        "No further conditions apply beyond those listed above.",
        "This library is not designed or intended for use in aircraft control systems.",
        "Mossbank is not an official product of any employer of its authors.",
        "The sample images in docs/img show invented data and do not depict any real person.",
        "The fonts in assets/fonts are not part of the Software and are not distributed under these terms.",
        "These are the only conditions of this licence.",
        "There is no fee, registration or contract involved.",
        "You don't have to credit us, and you cannot hold us responsible if it breaks.",
        "No one promises that the program is fit for any purpose.",
        "To be clear, running the program in a business, including selling it, is expressly permitted.",
        "These permissions apply equally to people, firms, public bodies and charities.",
        "Nothing here obliges you to publish your changes.",
        "This license does not oblige you to share your own code.",
        "No sign-up, payment or contract of any kind is required to use this program.",
        "No maintenance is promised; questions may or may not be answered.",
        "Nothing in this license prevents you from shipping the program alongside closed-source tools.",
        "Unless a file says otherwise, the license below applies to all files in this folder.",
        "Files in the contrib/ folder are not covered by it and keep their own notices.",
        "This is not legal advice; ask a lawyer if you are unsure.",
        "Export laws may apply to encryption code; this license does not change them.",
        "Linking a closed program with the library does not make that program subject to this license.",
        "In short: do nearly anything with it, as long as the copyright notice stays in.",
        "The components in lib/ are governed by their own terms.",
        "Reports you generate by running the tools are yours; they are not derivative works of the Software.",
        "Output made by the program is not subject to this license, and this license places no obligations on it.",
        "Calling your product compatible with Larch is fine and needs no permission from us.",
        "This licence does not cover the icons in res/icons, which have their own terms.",
        "The typefaces in fonts/ carry their own licences and are not part of this grant.",
        "To remove any doubt: selling, commercial use and hosting the program as a service are all permitted.",
        "Versions before 2.0 were released under other terms, which no longer apply to this release.",
        "The authors will not revoke this licence for any release already published.",
        "Data protection law may apply to your use; this license neither adds to it nor waives it.",
        "This revision changes nothing of substance; only the spelling was corrected.",
        "Plainly put: use it however you like, as long as the copyright notice stays with it.",
        '"Contributor" shall mean any person who sends a change to the project.',
        "You need not repeat this notice in packages made solely of compiled code.",
        "Put simply: do what you like with it, as long as the copyright line stays in.",
        "The paragraph above is there to keep credit with the first authors, not to limit how the code is used.",
        "Further notes (informational only)",
        "To be clear, the conditions above do not apply to images the program produces.",
        "Note: the sample test fixtures in tests/data are not covered by this license.",
        "Kettle Graph Plotter\nCopyright 2024 Kettle Labs B.V.",
        "No one who works on this project is obliged to answer questions or to fix bugs.",
        "Please think twice before using this for arms; it is a wish of the maintainers and not a condition of use.",
        "The authors are not liable for errors in translations; only the English text is authoritative.",
        "The icons in media/ are licensed separately under the terms in media/NOTICE.",
        "This remark is for information only and adds no condition to the license.",
        "This program has not been tested against any safety standard and is not intended to serve as a device.",
        "Versions before 3.0 were released under other terms; those terms no longer apply.",
        "Questions? Write to tamsin@example.org.",
        "The sample programs come with no support and are not meant for production use.",
        "Third-party code under extern/ is not covered by this file.",
        "This license does not grant permission to use them.",
        "Code under vendor/ is not covered here and keeps its own licences.",
        "Please note that the encryption code in this package may be subject to export laws in some countries.",
        "--\nAbout this file (not part of the license):\n  * Keep the copyright line.\n  * Please report bugs.",
        # Studied on blind25 and blind26, in our own words.
        "To be clear: there is no restriction on the purposes it may serve, and no fee is payable for copies.",
        "Nothing in this licence forbids use by the armed forces.",
        "The tool has not been validated or certified for use in aircraft by any authority.",
        "Opinions in the comments are the authors' own and do not necessarily reflect those of their employers.",
        "The library never sends data to any server.",
        "The text above is what applies; this summary is not part of it.",
        # Studied on blind27 and blind28, in our own words.
        "The maintainers believe that software ought to serve those who use it, and we hope it does.",
        "The tool never collects usage data, and it will not contact any server unless you enable it.",
        "Nothing in this folder is legal advice.",
        "The grant says 'without fee': you owe us nothing. It does not stop you charging others for copies.",
        "Nothing here stops you renaming your fork, so long as clause 3 above is honoured.",
        "No personal data is sent when the tool looks for updates.",
        "The licence already gives you these rights, and we will not treat a missing request as a problem.",
        # Studied on blind29 and blind30, in our own words.
        "Bundled third-party libraries are listed in NOTICE.md and stay subject to their own licences.",
        "The Wren name is a registered mark; its use is governed by trademark law, not by this licence.",
        "The overview above is offered only to help readers. It is not itself a license.",
        "This licence does not grant any rights in the project's names or logos.",
        "Nothing in these files constitutes legal, tax or medical advice.",
        "The warranty disclaimer does not take away any rights you have under consumer law.",
        # Studied on blind31 and blind32, in our own words.
        "Use in paid products is allowed and is not subject to any royalty or fee.",
        "Report security problems to sec@example.org; there is no need to open a public issue.",
        # Studied on blind33 and blind34, in our own words.
        "We oppose harmful uses, but a free licence cannot and does not forbid any use, and we have chosen not to try.",
        "The authors are under no obligation to give support, and nothing here should be read as a promise.",
        # Studied on blind36, in our own words.
        "You need not ask before selling products built on it, and you don't owe the authors anything for it.",
    ],
)
def test_scope_notes_and_negations_that_remove_a_duty_bind_no_one(sentence: str) -> None:
    """A note on which files the license covers, a duty taken away, a disclaimer, a question: none binds."""
    assert classify_paragraph(sentence).kind in HARMLESS_KINDS, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "You must retain the copyright notice and you may not use it for weapons.",
        "You can use it as long as the copyright notice stays in and you do not use it for surveillance.",
        "Keep the copyright notice; do not sell it.",
    ],
)
def test_a_notice_duty_does_not_explain_away_a_restriction_beside_it(sentence: str) -> None:
    """A notice-keeping duty is harmless for its own words only, never for a restriction in the same sentence."""
    assert classify_paragraph(sentence).kind == "restriction", sentence


def test_a_person_who_shall_not_modify_is_bound() -> None:
    """``shall not modify`` with a person as its subject is a prohibition, not a note that the text changes nothing."""
    result = classify_paragraph("Notwithstanding the above, you shall not modify the Software.")
    assert result.restricts == ("modification",)


def test_governing_law_binds_by_itself() -> None:
    """A choice of law is a term of its own: a condition, not a harmless note."""
    assert classify_paragraph("This license is governed by the laws of Ruritania.").kind == "condition"


def test_names_not_to_endorse_products_is_a_condition() -> None:
    """BSD-3-Clause's third condition, added to another license, is a duty of its own; a logo note stays a notice."""
    endorse = "The names of the authors may not be used to endorse or promote products derived from this software."
    assert classify_paragraph(endorse).kind == "condition"
    assert not classify_paragraph("The Quill logo may not be used to imply endorsement.").binding


def test_a_definition_does_not_explain_away_a_limit_joined_after_it() -> None:
    """A defined term binds no one; a limit of the grant joined to the definition by "and" still binds."""
    sentence = '"Eligible User" means a school or a library, and the rights above extend to Eligible Users only.'
    assert classify_paragraph(sentence).restricts == ("persons-or-groups",)
    assert not classify_paragraph('"Eligible User" means a school or a library.').binding


def test_sentences_put_inside_a_base_paragraph_are_read_one_by_one() -> None:
    """A "please" in one inserted sentence does not make a prohibition in another a request."""
    fragment = "Forks of this code are not allowed. You may change it at home, but please keep it to yourself."
    result = classify_fragment(fragment)
    assert result.kind == "restriction"
    assert result.restricts == ("modification",)


def test_markers_of_comments_and_quotations_are_layout() -> None:
    """A C comment's stars, a Markdown quotation's markers, rules around a marker line and code are not words."""
    commented = " * You may pass on the binaries,\n * but the source itself\n * must not be passed on to anyone."
    assert classify_paragraph(commented).restricts == ("source-code",)
    quoted = "> **You do not have to credit us.** No notice needs to\n> travel with copies of this code."
    assert not classify_paragraph(quoted).binding
    assert classify_fragment("--- end of license text ---").kind == "structure"
    assert classify_fragment("--- no use by banks ---").kind == "restriction"
    assert classify_paragraph("static int twice(int n)\n{\n    return 2 * n;\n}").kind == "structure"
    assert classify_paragraph("* one item\n* another item that may not be sold").kind == "restriction"


@pytest.mark.parametrize("base", ["Zlib", "BSD-2-Clause"])
def test_a_marker_line_between_a_bases_paragraphs_changes_nothing(base: str) -> None:
    """``--- end of license text ---`` between the base's paragraphs is layout; ``--- no use by banks ---`` is not."""
    from ethlicense.check._spdx_data import load_spdx_licenses  # noqa: PLC0415 - only this test reads a base's text

    text = load_spdx_licenses().licenses[base].text
    first, rest = text.split("\n\n", 1)
    assert check_text(f"{first}\n\n--- end of license text ---\n\n{rest}").verdict is Verdict.OPEN_SOURCE
    assert check_text(f"{first}\n\n--- no use by banks ---\n\n{rest}").verdict is Verdict.NOT_OPEN_SOURCE


def test_an_item_put_in_the_list_of_conditions_binds_by_its_place() -> None:
    """A numbered item among BSD's conditions binds without a binding word; the same words after the text do not."""
    from ethlicense.check._spdx_data import load_spdx_licenses  # noqa: PLC0415 - only this test reads a base's text

    bsd = load_spdx_licenses().licenses["BSD-2-Clause"].text
    item = "3. Before redistributing, the redistributor executes the Quern Partner Agreement."
    inside = bsd.replace("\n\nTHIS SOFTWARE", f"\n\n{item}\n\nTHIS SOFTWARE")
    assert inside != bsd
    assert check_text(inside).main_criterion == "OSD-7"


def test_a_copyright_line_over_a_note_does_not_lend_it_its_words() -> None:
    """``Copyright ... Cooperative`` over ``Note: the icons are not covered`` is no ban on cooperatives."""
    note = "Copyright 2020 Tidewater Software Cooperative\nNote: the icons in static/ are not covered by this license."
    assert not classify_paragraph(note).binding
    ban = "Copyright 2020 Tidewater Software Cooperative\nNote: you may not use this for weapons."
    assert classify_paragraph(ban).restricts == ("fields-of-endeavor",)


def test_a_product_put_in_place_of_a_base_s_words_is_read_with_the_words_around_it() -> None:
    """Words replacing part of a base's grant name a product through the rest of the file's sentence (OSD 8)."""
    found = classify_fragment(
        "solely as part of",
        "Permission to use, copy, modify, and/or distribute this software for any purpose is hereby granted, ",
        " the Larkmoor Router firmware and for no other product.",
    )
    assert found.kind == "restriction"
    assert found.restricts == ("product-specific",)


def test_the_authors_binding_themselves_do_not_explain_away_a_duty_of_the_licensee_after_them() -> None:
    """'We will not sue you, but you must not ...': the second clause binds the licensee."""
    result = classify_paragraph("We will not sue you, but you must not use it for weapons.")
    assert result.kind == "restriction"
    assert result.restricts[0] == "fields-of-endeavor"


def test_the_source_named_for_it_is_read_but_the_cue_keeps_the_texts_words() -> None:
    """'It is provided only on request' after a sentence about the source restricts the source; the cue says 'It'."""
    paragraph = "The source code is not included. It is provided only on request, to paying customers."
    result = classify_paragraph(paragraph)
    assert result.kind == "restriction"
    assert result.restricts[0] == "source-code"
    assert "It is provided only" in result.cue
    assert "source code is provided" not in result.cue


def test_a_disclaiming_phrase_that_denies_the_grant_to_someone_does_not_disclaim() -> None:
    """'shall not be read as extending to them' excludes them: the sentence binds, it is no disclaimer."""
    paragraph = (
        "The grant below is not available to Harrow Mills plc. Those companies may not use the program, and the "
        "grant shall not be read as extending to them."
    )
    result = classify_paragraph(paragraph)
    assert result.kind == "restriction"
    assert result.restricts[0] == "persons-or-groups"
    assert classify_paragraph("This note shall not be read as a condition of the license.").kind in HARMLESS_KINDS


def test_a_duty_the_licensee_agrees_to_is_a_condition_even_when_it_names_a_third_party() -> None:
    """An indemnity against claims by third parties binds the licensee: a condition, not a note on third parties."""
    sentence = (
        "You agree to indemnify the authors against claims brought by a third party over your use of the program."
    )
    assert classify_paragraph(sentence).kind == "condition"
