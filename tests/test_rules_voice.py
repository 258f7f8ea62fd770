"""The rules on the child's voice, scenario by scenario: each where it fires and where it does not.

Elias (11) is the subject of a Swedish investigation opened on 2 March 2026 and concluded on
4 May, when a decision grants him support talks; in Norway the same family meets the child
welfare service in Bergen.
"""

import datetime as dt

from familyviolence import Jurisdiction, default_rules, evolve
from familyviolence.conversations import Conversation, ConversationKind, ConversationPlace
from familyviolence.events import DecisionMade, InvestigationConcluded, InvestigationOpened
from familyviolence.events import PreAssessmentConcluded as Review
from familyviolence.interpreters import InterpreterKind, InterpreterUse
from familyviolence.interventions import InterventionKind
from familyviolence.voice import ChildVoice, HeardThrough, NotHeardReason, ParticipationStep
from rule_checks import fires, intervention, quiet, report, through_decision, through_investigation
from scenario import CHILD_WELFARE_WORKER, SOCIAL_WORKER, at, new_case

STEP = ParticipationStep


def day(text):
    return dt.date.fromisoformat(text)


def talk_with_elias(on="2026-03-20", talk_id="talk-1", **fields):
    return Conversation(
        id=talk_id,
        kind=ConversationKind.CHILD_TALK,
        on=day(on),
        persons=("elias",),
        place=ConversationPlace.SCHOOL,
        alone=True,
        interpreter=InterpreterUse(kind=InterpreterKind.NONE),
        summary="Elias talks about the evenings at home.",
        **fields,
    )


def heard(step=STEP.INVESTIGATION, on="2026-03-20", voice_id="voice-1", **fields):
    fields.setdefault("heard_through", HeardThrough.CONVERSATION)
    if fields["heard_through"] is HeardThrough.CONVERSATION:
        fields.setdefault("talks", ("talk-1",))
    return ChildVoice(
        id=voice_id,
        child="elias",
        step=step,
        on=day(on),
        informed_on=day(on),
        views="Wants things to be calm at home.",
        weight="Given weight: he is eleven and clear.",
        **fields,
    )


def found_rule_also(rule_id, on):
    return default_rules().rule(rule_id, on=on).also


def decided_case(*records):
    """Elias's Swedish case, decided on 4 May 2026 (index 5), support talks granted to him."""
    support = intervention("support-1", InterventionKind.CHILD_SUPPORT, "elias")
    case = through_decision(new_case(), support, child_needs=("elias",))
    return case.with_records(talk_with_elias(), *records)


# -- the child not heard -----------------------------------------------------------------------


def test_an_investigation_concluded_without_hearing_the_child_is_flagged():
    case = through_investigation(new_case()).record(
        InvestigationConcluded(at=at("2026-05-04", "08:00"), actor=SOCIAL_WORKER)
    )
    found = fires(
        "SE-CHILD-NOT-HEARD", case, on=day("2026-05-04"), path="$.history[4]", persons=("elias",)
    )
    # Evaluated in 2026: the act in force is SoL 2025:400, whose section is not confirmed.
    assert found.reference.statute == "SoL 2025:400"
    assert not found.reference.verified
    assert [str(r) for r in found_rule_also("SE-CHILD-NOT-HEARD", day("2026-05-04"))] == [
        "lag (2018:1197) om Förenta nationernas konvention om barnets rättigheter art. 12"
    ]
    assert (
        found.text("en") == "Child elias was not heard (investigation, 2026-05-04), and no "
        "reason is recorded."
    )


def test_a_decision_about_a_child_not_heard_is_flagged_too():
    fires("SE-CHILD-NOT-HEARD", decided_case(), on=day("2026-05-04"), path="$.history[5]")


def test_a_child_heard_in_the_investigation_is_heard_for_its_decision():
    quiet("SE-CHILD-NOT-HEARD", decided_case(heard()), on=day("2026-05-04"))


def test_a_child_who_refused_to_talk_is_accounted_for():
    refused = ChildVoice(
        id="voice-1",
        child="elias",
        step=STEP.INVESTIGATION,
        on=day("2026-03-20"),
        informed_on=day("2026-03-20"),
        not_heard=NotHeardReason.REFUSED,
    )
    quiet("SE-CHILD-NOT-HEARD", decided_case(refused), on=day("2026-05-04"))


def test_a_voice_from_before_the_investigation_does_not_count_for_it():
    early = heard(step=STEP.PRE_ASSESSMENT, on="2026-03-01", heard_through=HeardThrough.OBSERVATION)
    fires("SE-CHILD-NOT-HEARD", decided_case(early), on=day("2026-05-04"), path="$.history[4]")


def test_under_the_old_swedish_act_the_rule_cites_11_kap_10_section():
    case = through_investigation(new_case(), "2024-08-05").record(
        InvestigationConcluded(at=at("2024-10-01", "08:00"), actor=SOCIAL_WORKER)
    )
    found = fires("SE-CHILD-NOT-HEARD", case, on=day("2024-10-01"), path="$.history[4]")
    assert str(found.reference) == "SoL 2001:453 11 kap. 10 §"
    assert found.reference.verified


def norwegian_investigation(concluded="2026-07-01"):
    nw = CHILD_WELFARE_WORKER
    return new_case(Jurisdiction.NO).record(
        report(at("2026-05-04", "13:00"), actor=nw),
        Review(at=at("2026-05-08"), actor=nw, investigate=True, reason="Barnehagen er bekymret."),
        InvestigationOpened(at=at("2026-05-20"), actor=nw),
        InvestigationConcluded(at=at(concluded), actor=nw),
    )


def test_a_norwegian_investigation_without_the_childs_participation_is_flagged():
    found = fires(
        "NO-CHILD-NOT-HEARD",
        norwegian_investigation(),
        on=day("2026-07-01"),
        path="$.history[3]",
        persons=("elias",),
    )
    assert found.reference.statute == "barnevernsloven 2021:97"
    assert not found.reference.verified
    assert found.text("nb").startswith("Barnet elias har ikke fått medvirke")


def test_a_norwegian_child_heard_through_a_person_of_trust_has_participated():
    case = norwegian_investigation().with_records(
        heard(on="2026-06-10", heard_through=HeardThrough.REPRESENTATIVE)
    )
    quiet("NO-CHILD-NOT-HEARD", case, on=day("2026-07-01"))


# -- the decision not explained -------------------------------------------------------------------


def test_a_decision_not_explained_to_the_child_is_flagged_from_the_next_day():
    case = decided_case(heard())
    quiet("SE-DECISION-NOT-EXPLAINED-TO-CHILD", case, on=day("2026-05-04"))
    found = fires(
        "SE-DECISION-NOT-EXPLAINED-TO-CHILD",
        case,
        on=day("2026-05-05"),
        path="$.history[5]",
        persons=("elias",),
    )
    assert found.reference.statute == "SoL 2025:400"


def test_under_the_old_swedish_act_the_explanation_rests_on_the_first_paragraph():
    support = intervention("support-1", InterventionKind.CHILD_SUPPORT, "elias")
    case = through_decision(
        new_case(), support, child_needs=("elias",), day="2024-03-04", decided="2024-05-06"
    )
    found = fires(
        "SE-DECISION-NOT-EXPLAINED-TO-CHILD", case, on=day("2024-05-07"), path="$.history[5]"
    )
    assert str(found.reference) == "SoL 2001:453 11 kap. 10 § 1st para."


def test_a_decision_explained_to_the_child_is_not_flagged():
    explained = heard(
        step=STEP.DECISION,
        on="2026-05-06",
        voice_id="voice-2",
        heard_through=HeardThrough.OTHER_EXPRESSION,
    )
    quiet(
        "SE-DECISION-NOT-EXPLAINED-TO-CHILD", decided_case(heard(), explained), on=day("2026-06-01")
    )


def test_a_voice_recorded_before_the_decision_does_not_explain_it():
    before = evolve(heard(step=STEP.DECISION, on="2026-05-03"), id="voice-2")
    fires(
        "SE-DECISION-NOT-EXPLAINED-TO-CHILD",
        decided_case(heard(), before),
        on=day("2026-06-01"),
        path="$.history[5]",
    )


def test_a_norwegian_decision_is_explained_to_the_child():
    nw = CHILD_WELFARE_WORKER
    support = intervention("support-1", InterventionKind.CHILD_SUPPORT, "elias")
    decision = DecisionMade(
        at=at("2026-07-02"), actor=nw, granted=(support,), motivation="Elias trenger støtte."
    )
    case = norwegian_investigation().record(decision)
    fires("NO-DECISION-NOT-EXPLAINED-TO-CHILD", case, on=day("2026-07-10"), path="$.history[4]")
    not_reachable = ChildVoice(
        id="voice-2",
        child="elias",
        step=STEP.DECISION,
        on=day("2026-07-03"),
        not_informed=NotHeardReason.NOT_REACHABLE,
        not_heard=NotHeardReason.NOT_REACHABLE,
        reason_note="The family has left the municipality.",
    )
    quiet(
        "NO-DECISION-NOT-EXPLAINED-TO-CHILD", case.with_records(not_reachable), on=day("2026-07-10")
    )


# -- talking with a child without the custodians' consent (the old act, to 30 June 2025) ----------


def test_a_talk_without_consent_during_the_pre_assessment_is_flagged():
    case = (
        new_case()
        .record(report(at("2025-03-03", "09:00")))
        .with_records(talk_with_elias(on="2025-03-05", custodian_consent=False))
    )
    found = fires(
        "SE-CHILD-TALK-WITHOUT-CONSENT-OUTSIDE-INVESTIGATION",
        case,
        on=day("2025-03-05"),
        path="$.conversations[0]",
        persons=("elias",),
    )
    assert found.reference.provision == "11 kap. 10 § 3rd para."


def test_a_talk_without_consent_in_an_opened_investigation_is_lawful():
    case = through_investigation(new_case(), "2025-03-03").with_records(
        talk_with_elias(on="2025-03-05", custodian_consent=False)
    )
    quiet("SE-CHILD-TALK-WITHOUT-CONSENT-OUTSIDE-INVESTIGATION", case, on=day("2025-03-05"))


def test_a_mature_child_who_agreed_decides_alone():
    case = (
        new_case()
        .record(report(at("2025-03-03", "09:00")))
        .with_records(
            talk_with_elias(on="2025-03-05", custodian_consent=False, child_consented=True)
        )
    )
    quiet("SE-CHILD-TALK-WITHOUT-CONSENT-OUTSIDE-INVESTIGATION", case, on=day("2025-03-05"))


def test_a_decision_of_2024_read_in_2026_still_cites_the_old_act():
    # The decision of May 2024 was never explained to Elias; the case is read back in 2026.
    support = intervention("support-1", InterventionKind.CHILD_SUPPORT, "elias")
    case = through_decision(
        new_case(), support, child_needs=("elias",), day="2024-03-04", decided="2024-05-06"
    )
    found = fires(
        "SE-DECISION-NOT-EXPLAINED-TO-CHILD", case, on=day("2026-03-02"), path="$.history[5]"
    )
    assert str(found.reference) == "SoL 2001:453 11 kap. 10 § 1st para."


def test_a_talk_without_consent_in_2025_is_still_flagged_when_read_in_2026():
    case = (
        new_case()
        .record(report(at("2025-03-03", "09:00")))
        .with_records(talk_with_elias(on="2025-03-05", custodian_consent=False))
    )
    found = fires(
        "SE-CHILD-TALK-WITHOUT-CONSENT-OUTSIDE-INVESTIGATION",
        case,
        on=day("2026-01-12"),
        path="$.conversations[0]",
        persons=("elias",),
    )
    assert found.reference.statute == "SoL 2001:453"


def test_a_talk_under_the_new_act_is_not_judged_by_the_old_acts_rule():
    case = (
        new_case()
        .record(report(at("2025-08-04", "09:00")))
        .with_records(talk_with_elias(on="2025-08-06", custodian_consent=False))
    )
    quiet("SE-CHILD-TALK-WITHOUT-CONSENT-OUTSIDE-INVESTIGATION", case, on=day("2025-08-06"))
