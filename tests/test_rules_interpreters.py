"""The rules on interpreters, scenario by scenario: each where it fires and where it does not.

Amira's parents speak Arabic and need an interpreter; her cousin (13) is sometimes asked to
help, her brother Yusuf (23) sometimes interprets for the father.
"""

import datetime as dt

import pytest

from familyviolence import AgencyKind, InvalidModel, Jurisdiction, default_rules
from familyviolence.collaboration import Agency, AssessmentTalk, ClinicPathway, Sector
from familyviolence.conversations import Conversation, ConversationKind
from familyviolence.interpreters import (
    InterpreterException,
    InterpreterKind,
    InterpreterUse,
    RegisterCategory,
)
from honour_scenario import honour_case
from rule_checks import fires, quiet

IK = InterpreterKind


def day(text):
    return dt.date.fromisoformat(text)


def talk(*persons, interpreter=None, on="2026-03-10", kind=ConversationKind.INVESTIGATION_TALK):
    return Conversation(
        id="talk-1", kind=kind, on=day(on), persons=persons, interpreter=interpreter
    )


def case_of(*records, jurisdiction=Jurisdiction.SE, honour=False):
    return honour_case(*records, jurisdiction=jurisdiction, with_marker=honour)


QUALIFIED = InterpreterUse(kind=IK.QUALIFIED, language="ar", category=RegisterCategory.C)


# -- a needed interpreter missing ------------------------------------------------------------------


def test_an_investigation_talk_with_the_mother_without_interpreter_is_flagged():
    found = fires(
        "SE-INTERPRETER-MISSING",
        case_of(talk("mother", interpreter=InterpreterUse(kind=IK.NONE))),
        on=day("2026-03-10"),
        path="$.conversations[0]",
        persons=("mother",),
    )
    assert str(found.reference) == "förvaltningslagen (2017:900) 13 §"


def test_a_talk_that_records_nothing_about_interpreting_counts_as_without():
    fires(
        "SE-INTERPRETER-MISSING",
        case_of(talk("father")),
        on=day("2026-03-10"),
        path="$.conversations[0]",
    )


def test_a_talk_through_an_authorised_interpreter_is_fine():
    quiet(
        "SE-INTERPRETER-MISSING",
        case_of(talk("mother", interpreter=QUALIFIED)),
        on=day("2026-03-10"),
    )


def test_a_talk_with_someone_who_needs_no_interpreter_is_fine():
    quiet("SE-INTERPRETER-MISSING", case_of(talk("amira")), on=day("2026-03-10"))


def test_a_clinic_assessment_talk_without_interpreter_is_flagged():
    clinic = Agency(
        id="mvu",
        kind=AgencyKind.PERPETRATOR_CLINIC,
        jurisdiction=Jurisdiction.SE,
        sector=Sector.NON_PROFIT,
    )
    pathway = ClinicPathway(
        id="pathway-1",
        person="father",
        clinic=clinic,
        steps=(AssessmentTalk(on=day("2026-04-02"), interpreter=InterpreterUse(kind=IK.NONE)),),
    )
    case = case_of(pathway)
    fires(
        "PRACTICE-INTERPRETER-MISSING",
        case,
        on=day("2026-04-02"),
        path="$.pathways[0].steps[0]",
        persons=("father",),
    )
    quiet("SE-INTERPRETER-MISSING", case, on=day("2026-04-02"))


def test_a_support_talk_through_an_interpreter_is_good_practice():
    support = talk("mother", interpreter=QUALIFIED, kind=ConversationKind.SUPPORT_TALK)
    quiet("PRACTICE-INTERPRETER-MISSING", case_of(support), on=day("2026-03-10"))
    without = talk("mother", kind=ConversationKind.SUPPORT_TALK)
    fires(
        "PRACTICE-INTERPRETER-MISSING",
        case_of(without),
        on=day("2026-03-10"),
        path="$.conversations[0]",
    )


def test_norway_asks_for_an_interpreter_under_tolkeloven():
    found = fires(
        "NO-INTERPRETER-MISSING",
        case_of(talk("mother"), jurisdiction=Jurisdiction.NO),
        on=day("2026-03-10"),
        path="$.conversations[0]",
    )
    assert str(found.reference) == "tolkeloven § 6"


def test_a_norwegian_talk_through_a_qualified_interpreter_is_fine():
    case = case_of(talk("mother", interpreter=QUALIFIED), jurisdiction=Jurisdiction.NO)
    quiet("NO-INTERPRETER-MISSING", case, on=day("2026-03-10"))


# -- a child as interpreter (Norway) ---------------------------------------------------------------


def cousin_interprets(exception=None):
    return InterpreterUse(kind=IK.CHILD, person="cousin", language="ar", exception=exception)


def test_a_child_interpreting_for_the_mother_is_an_error_in_norway():
    found = fires(
        "NO-CHILD-AS-INTERPRETER",
        case_of(talk("mother", interpreter=cousin_interprets()), jurisdiction=Jurisdiction.NO),
        on=day("2026-03-10"),
        path="$.conversations[0]",
        persons=("cousin", "mother"),
    )
    assert str(found.reference) == "tolkeloven § 4"
    assert found.severity.value == "error"


def test_a_child_interpreting_in_an_emergency_is_an_exception():
    use = cousin_interprets(InterpreterException.LIFE_OR_HEALTH)
    case = case_of(talk("mother", interpreter=use), jurisdiction=Jurisdiction.NO)
    quiet("NO-CHILD-AS-INTERPRETER", case, on=day("2026-03-10"))


def test_an_interpreter_of_kind_child_must_be_a_child():
    use = InterpreterUse(kind=IK.CHILD, person="yusuf")
    with pytest.raises(InvalidModel, match=r"conversations\[0\]\.interpreter\.person"):
        case_of(talk("mother", interpreter=use))


# -- a qualified interpreter (Norway, after the dispensation) ------------------------------------


def test_an_unqualified_interpreter_is_flagged_once_the_dispensation_runs_out():
    rules = default_rules()
    assert rules.rule("NO-INTERPRETER-NOT-QUALIFIED", on=day("2026-12-31")) is None
    other = InterpreterUse(kind=IK.OTHER_PROFESSIONAL, language="ar")
    found = fires(
        "NO-INTERPRETER-NOT-QUALIFIED",
        case_of(talk("mother", interpreter=other, on="2027-01-12"), jurisdiction=Jurisdiction.NO),
        on=day("2027-01-12"),
        path="$.conversations[0]",
        persons=("mother",),
    )
    assert found.reference.provision == "§ 7"


def test_an_unqualified_interpreter_when_waiting_was_not_justifiable_is_an_exception():
    other = InterpreterUse(
        kind=IK.OTHER_PROFESSIONAL, language="ar", exception=InterpreterException.CANNOT_WAIT
    )
    case = case_of(talk("mother", interpreter=other, on="2027-01-12"), jurisdiction=Jurisdiction.NO)
    quiet("NO-INTERPRETER-NOT-QUALIFIED", case, on=day("2027-01-12"))


# -- a family member or a child as interpreter (practice) -----------------------------------------


def yusuf_interprets():
    return InterpreterUse(kind=IK.FAMILY_MEMBER, person="yusuf", language="ar")


def test_a_brother_interpreting_for_his_father_is_a_finding():
    found = fires(
        "PRACTICE-RELATIVE-AS-INTERPRETER",
        case_of(talk("father", interpreter=yusuf_interprets())),
        on=day("2026-03-10"),
        path="$.conversations[0]",
        persons=("father", "yusuf"),
    )
    assert found.severity.value == "warning"
    assert found.text("en") == (
        "In the conversation of 2026-03-10, a family member as interpreter was used."
    )


def test_a_qualified_interpreter_is_no_such_finding():
    quiet(
        "PRACTICE-RELATIVE-AS-INTERPRETER",
        case_of(talk("father", interpreter=QUALIFIED)),
        on=day("2026-03-10"),
    )


def test_where_honour_violence_is_recorded_a_relative_interpreting_is_an_error():
    case = case_of(talk("father", interpreter=yusuf_interprets()), honour=True)
    found = fires(
        "PRACTICE-RELATIVE-AS-INTERPRETER-HONOUR",
        case,
        on=day("2026-03-10"),
        path="$.conversations[0]",
    )
    assert found.severity.value == "error"
    quiet("PRACTICE-RELATIVE-AS-INTERPRETER", case, on=day("2026-03-10"))


def test_without_an_honour_marker_the_honour_rule_stays_quiet():
    quiet(
        "PRACTICE-RELATIVE-AS-INTERPRETER-HONOUR",
        case_of(talk("father", interpreter=yusuf_interprets())),
        on=day("2026-03-10"),
    )


def test_a_cousin_of_13_recorded_as_a_family_member_is_still_a_child():
    # The record names the cousin a family member; tolkeloven § 4 turns on her age.
    use = InterpreterUse(kind=IK.FAMILY_MEMBER, person="cousin", language="ar")
    case = case_of(talk("mother", interpreter=use), jurisdiction=Jurisdiction.NO)
    fires(
        "NO-CHILD-AS-INTERPRETER",
        case,
        on=day("2026-03-10"),
        path="$.conversations[0]",
        persons=("cousin", "mother"),
    )
    found = fires(
        "PRACTICE-RELATIVE-AS-INTERPRETER", case, on=day("2026-03-10"), path="$.conversations[0]"
    )
    assert found.text("en") == "In the conversation of 2026-03-10, a child as interpreter was used."


def test_a_brother_of_23_recorded_as_a_family_member_is_no_child():
    case = case_of(talk("father", interpreter=yusuf_interprets()), jurisdiction=Jurisdiction.NO)
    quiet("NO-CHILD-AS-INTERPRETER", case, on=day("2026-03-10"))


def test_in_an_honour_case_a_relative_interpreting_for_the_mother_is_an_error():
    # The marker names Amira, her father and her uncle; neither the mother nor Yusuf. What the
    # mother says through a relative can still reach the collective.
    case = case_of(talk("mother", interpreter=yusuf_interprets()), honour=True)
    found = fires(
        "PRACTICE-RELATIVE-AS-INTERPRETER-HONOUR",
        case,
        on=day("2026-03-10"),
        path="$.conversations[0]",
        persons=("mother", "yusuf"),
    )
    assert found.severity.value == "error"
    quiet("PRACTICE-RELATIVE-AS-INTERPRETER", case, on=day("2026-03-10"))


def test_a_talk_held_under_the_dispensation_is_not_judged_by_the_later_duty():
    # Held in November 2026 through an unqualified interpreter, read back in February 2027.
    other = InterpreterUse(kind=IK.OTHER_PROFESSIONAL, language="ar")
    case = case_of(talk("mother", interpreter=other, on="2026-11-20"), jurisdiction=Jurisdiction.NO)
    quiet("NO-INTERPRETER-NOT-QUALIFIED", case, on=day("2027-02-01"))


def test_an_exception_that_does_not_fit_who_interpreted_is_refused():
    # "Justifiable for the child" says nothing about an authorised interpreter.
    with pytest.raises(InvalidModel, match=r"InterpreterUse\.exception: does not fit the kind"):
        InterpreterUse(
            kind=IK.QUALIFIED, language="ar", exception=InterpreterException.JUSTIFIABLE_FOR_CHILD
        )
    with pytest.raises(InvalidModel, match=r"InterpreterUse\.exception"):
        InterpreterUse(
            kind=IK.OTHER_PROFESSIONAL,
            language="ar",
            exception=InterpreterException.JUSTIFIABLE_FOR_CHILD,
        )
    with pytest.raises(InvalidModel, match=r"InterpreterUse\.exception"):
        cousin_interprets(InterpreterException.CANNOT_WAIT)
    # A family member may be under 18, and is not qualified: both kinds of exception fit.
    for exception in (InterpreterException.EMERGENCY, InterpreterException.CANNOT_WAIT):
        use = InterpreterUse(kind=IK.FAMILY_MEMBER, person="yusuf", exception=exception)
        assert use.exception is exception
