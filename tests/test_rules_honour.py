"""The safeguards where honour-related violence is recorded, scenario by scenario."""

import datetime as dt

from familyviolence import AgencyKind, Assessment, evolve
from familyviolence.collaboration import Consent, DisclosurePurpose
from familyviolence.conversations import Conversation, ConversationKind
from familyviolence.interpreters import InterpreterKind, InterpreterUse
from familyviolence.periods import Period
from familyviolence.safety import SafetyPlan
from familyviolence.vocabulary import AddressProtection, DataCategory
from honour_scenario import honour_case, marker
from rule_checks import fires, quiet, sara


def day(text):
    return dt.date.fromisoformat(text)


def meeting(*persons, kind=ConversationKind.JOINT_MEETING, on="2026-03-10", **fields):
    return Conversation(id="talk-1", kind=kind, on=day(on), persons=persons, **fields)


# -- no mediation or joint meeting ----------------------------------------------------------------


def test_a_joint_meeting_with_amira_and_her_father_is_an_error():
    case = honour_case(meeting("amira", "father", "mother"))
    found = fires(
        "PRACTICE-HONOUR-JOINT-MEETING",
        case,
        on=day("2026-03-10"),
        path="$.conversations[0]",
        persons=("amira", "father"),
    )
    assert found.severity.value == "error"


def test_family_mediation_with_amira_is_an_error_even_without_a_named_perpetrator():
    case = honour_case(meeting("amira", "mother", kind=ConversationKind.FAMILY_MEDIATION))
    fires("PRACTICE-HONOUR-JOINT-MEETING", case, on=day("2026-03-10"), path="$.conversations[0]")


def test_meeting_amira_alone_and_her_father_apart_is_safe():
    case = honour_case(
        meeting("amira", kind=ConversationKind.INVESTIGATION_TALK),
        Conversation(
            id="talk-2",
            kind=ConversationKind.INVESTIGATION_TALK,
            on=day("2026-03-11"),
            persons=("father",),
        ),
    )
    quiet("PRACTICE-HONOUR-JOINT-MEETING", case, on=day("2026-03-11"))


def test_a_family_meeting_before_the_marker_was_set_is_not_flagged():
    case = honour_case(meeting("amira", "father", on="2026-02-20"))
    quiet("PRACTICE-HONOUR-JOINT-MEETING", case, on=day("2026-03-10"))


# -- consent and whereabouts ---------------------------------------------------------------------


def consent(*given_by):
    return Consent(
        id="consent-1",
        person="amira",
        given_by=given_by,
        given_on=day("2026-03-12"),
        recipient_kinds=(AgencyKind.HEALTH_CARE,),
        purposes=(DisclosurePurpose.SUPPORT_AND_CARE,),
        categories=(DataCategory.IDENTITY,),
        valid=Period(end=day("2026-12-31")),
    )


def test_consent_asked_of_her_father_is_an_error():
    fires(
        "PRACTICE-HONOUR-PERPETRATOR-CONSENT",
        honour_case(consent("father", "mother")),
        on=day("2026-03-12"),
        path="$.consents[0]",
        persons=("amira", "father"),
    )


def test_amiras_own_consent_is_not_flagged():
    quiet(
        "PRACTICE-HONOUR-PERPETRATOR-CONSENT", honour_case(consent("amira")), on=day("2026-03-12")
    )


def test_telling_her_uncle_where_she_stays_is_an_error():
    talk = meeting("uncle", kind=ConversationKind.OTHER, whereabouts_shared=("amira",))
    fires(
        "PRACTICE-HONOUR-WHEREABOUTS-TOLD",
        honour_case(talk),
        on=day("2026-03-10"),
        path="$.conversations[0]",
        persons=("amira", "uncle"),
    )


def test_a_consent_her_father_gave_before_the_marker_still_counts_while_it_holds():
    # The custodians consented in February, before Amira told the counsellor; the consent runs
    # to the end of the year, so the father still has a say after the marker is set.
    earlier = evolve(consent("father", "mother"), given_on=day("2026-02-10"))
    fires(
        "PRACTICE-HONOUR-PERPETRATOR-CONSENT",
        honour_case(earlier),
        on=day("2026-03-12"),
        path="$.consents[0]",
        persons=("amira", "father"),
    )


def test_a_consent_of_her_father_withdrawn_before_the_marker_is_not_flagged():
    withdrawn = evolve(
        consent("father", "mother"), given_on=day("2026-02-10"), withdrawn_on=day("2026-02-20")
    )
    quiet("PRACTICE-HONOUR-PERPETRATOR-CONSENT", honour_case(withdrawn), on=day("2026-03-12"))


def test_her_uncle_interpreting_while_her_whereabouts_are_told_is_an_error():
    # A talk with the mother, the uncle interpreting, in which the shelter's town is mentioned.
    uncle = InterpreterUse(kind=InterpreterKind.FAMILY_MEMBER, person="uncle", language="ar")
    talk = meeting(
        "mother", kind=ConversationKind.OTHER, whereabouts_shared=("amira",), interpreter=uncle
    )
    fires(
        "PRACTICE-HONOUR-WHEREABOUTS-TOLD",
        honour_case(talk),
        on=day("2026-03-10"),
        path="$.conversations[0]",
        persons=("amira", "uncle"),
    )


def test_her_father_interpreting_in_a_talk_with_amira_is_a_joint_meeting():
    father = InterpreterUse(kind=InterpreterKind.FAMILY_MEMBER, person="father", language="ar")
    talk = meeting("amira", "mother", kind=ConversationKind.INVESTIGATION_TALK, interpreter=father)
    fires(
        "PRACTICE-HONOUR-JOINT-MEETING",
        honour_case(talk),
        on=day("2026-03-10"),
        path="$.conversations[0]",
        persons=("amira", "father"),
    )


def test_telling_her_brother_who_supports_her_is_not_flagged():
    talk = meeting("yusuf", kind=ConversationKind.SUPPORT_TALK, whereabouts_shared=("amira",))
    quiet("PRACTICE-HONOUR-WHEREABOUTS-TOLD", honour_case(talk), on=day("2026-03-10"))


# -- protected identity ------------------------------------------------------------------------


def test_protected_identity_not_considered_is_flagged():
    fires(
        "PRACTICE-HONOUR-PROTECTED-IDENTITY-NOT-CONSIDERED",
        honour_case(),
        on=day("2026-03-02"),
        path="$.honour_markers[0]",
        persons=("amira",),
    )


def test_protected_identity_considered_is_not_flagged():
    case = honour_case(
        marker(protected_identity_considered_on=day("2026-03-03")), with_marker=False
    )
    quiet("PRACTICE-HONOUR-PROTECTED-IDENTITY-NOT-CONSIDERED", case, on=day("2026-03-04"))


def test_a_person_with_protected_data_needs_no_further_consideration():
    case = honour_case()
    persons = tuple(
        evolve(p, address_protection=AddressProtection.PROTECTED_REGISTRATION)
        if p.id == "amira"
        else p
        for p in case.family.persons
    )
    protected = evolve(case, family=evolve(case.family, persons=persons))
    quiet("PRACTICE-HONOUR-PROTECTED-IDENTITY-NOT-CONSIDERED", protected, on=day("2026-03-04"))


# -- PATRIARK ---------------------------------------------------------------------------------


def patriark(subject="amira", on="2026-03-20"):
    return Assessment(
        id="patriark-1",
        instrument="patriark",
        version="1",
        subject=subject,
        assessor="specialist-2",
        assessed_on=day(on),
    )


def test_a_sara_of_the_father_without_patriark_is_flagged():
    case = honour_case(marker(), sara(subject="father"), with_marker=False)
    fires(
        "PRACTICE-HONOUR-PATRIARK-EXPECTED",
        case,
        on=day("2026-03-20"),
        path="$.honour_markers[0]",
        persons=("amira",),
    )


def test_a_safety_plan_calls_for_patriark_too():
    plan = SafetyPlan(id="plan-1", person="amira", made_on=day("2026-03-05"))
    fires(
        "PRACTICE-HONOUR-PATRIARK-EXPECTED",
        honour_case(plan),
        on=day("2026-03-05"),
        path="$.honour_markers[0]",
    )


def test_patriark_made_beside_the_sara_is_enough():
    case = honour_case(sara(subject="father"), patriark())
    quiet("PRACTICE-HONOUR-PATRIARK-EXPECTED", case, on=day("2026-03-20"))


def test_no_structured_assessment_due_no_patriark_expected():
    quiet("PRACTICE-HONOUR-PATRIARK-EXPECTED", honour_case(), on=day("2026-03-20"))
