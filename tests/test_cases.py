import datetime as dt
import pickle

import attrs
import pytest

from familyviolence import InvalidModel, Jurisdiction
from familyviolence.cases import replay
from familyviolence.events import (
    CaseClosed,
    CaseReopened,
    ClosureReason,
    Correction,
    DecisionMade,
    FollowUpDone,
    HelpRequested,
    ImmediateProtectionAssessed,
    InterventionCompleted,
    InterventionInterrupted,
    InterventionStarted,
    InvestigationConcluded,
    InvestigationExtended,
    InvestigationOpened,
    NoteAdded,
    PreAssessmentConcluded,
    ReengagementPlanned,
    RelapseRecorded,
    ReportOfConcernReceived,
)
from familyviolence.interventions import Intervention, InterventionKind, InterventionStatus
from familyviolence.process import EventType, Phase
from familyviolence.vocabulary import ReporterKind
from scenario import CHILD_WELFARE_WORKER, SOCIAL_WORKER, at, new_case

SW = SOCIAL_WORKER
CARING_DADS = Intervention(id="caring-dads", kind=InterventionKind.CARING_DADS, for_person="father")
SUPPORT = Intervention(id="support-elias", kind=InterventionKind.CHILD_SUPPORT, for_person="elias")


def school_report(day="2026-03-02", time="09:40", report_id="report-1"):
    return ReportOfConcernReceived(
        at=at(day, time), actor=SW, report_id=report_id, reporter_kind=ReporterKind.SCHOOL
    )


def investigated_case():
    """The school reports concern for Elias; social services investigate and decide."""
    return new_case().record(
        school_report(),
        ImmediateProtectionAssessed(
            at=at("2026-03-02", "11:00"), actor=SW, protection_needed=False
        ),
        PreAssessmentConcluded(
            at=at("2026-03-09"), actor=SW, investigate=True, reason="Elias has heard violence."
        ),
        InvestigationOpened(at=at("2026-03-10"), actor=SW),
        InvestigationConcluded(at=at("2026-06-20"), actor=SW),
        DecisionMade(
            at=at("2026-06-25"),
            actor=SW,
            granted=(CARING_DADS, SUPPORT),
            motivation="Elias needs a father who does not use violence.",
            child_needs=("elias",),
        ),
    )


def test_a_swedish_report_goes_through_every_phase_to_closure():
    case = new_case()
    assert case.phase is Phase.NEW
    phases = []
    for event in (
        school_report(),
        ImmediateProtectionAssessed(
            at=at("2026-03-02", "11:00"), actor=SW, protection_needed=False
        ),
        PreAssessmentConcluded(at=at("2026-03-09"), actor=SW, investigate=True, reason="Heard it."),
        InvestigationOpened(at=at("2026-03-10"), actor=SW),
        InvestigationConcluded(at=at("2026-06-20"), actor=SW),
        DecisionMade(at=at("2026-06-25"), actor=SW, granted=(SUPPORT,), motivation="Support."),
        InterventionStarted(at=at("2026-07-01"), actor=SW, intervention_id="support-elias"),
        FollowUpDone(at=at("2026-10-01"), actor=SW, intervention_id="support-elias"),
        InterventionCompleted(at=at("2026-12-01"), actor=SW, intervention_id="support-elias"),
        CaseClosed(at=at("2026-12-02"), actor=SW, reason=ClosureReason.INTERVENTIONS_COMPLETED),
    ):
        case = case.record(event)
        phases.append(case.phase)
    assert phases == [
        Phase.REPORT,
        Phase.PROTECTION_ASSESSMENT,
        Phase.PRE_ASSESSMENT,
        Phase.INVESTIGATION,
        Phase.INVESTIGATION,
        Phase.DECISION,
        Phase.INTERVENTION,
        Phase.FOLLOW_UP,
        Phase.FOLLOW_UP,
        Phase.CLOSED,
    ]


def test_a_norwegian_report_is_reviewed_rather_than_pre_assessed():
    worker = CHILD_WELFARE_WORKER
    case = new_case(Jurisdiction.NO).record(
        ReportOfConcernReceived(
            at=at("2026-05-04"), actor=worker, report_id="m-1", reporter_kind=ReporterKind.PRESCHOOL
        ),
        PreAssessmentConcluded(at=at("2026-05-08"), actor=worker, investigate=True, reason="Uro."),
    )
    assert case.phase is Phase.REVIEW
    assert case.record(InvestigationOpened(at=at("2026-05-11"), actor=worker)).phase is (
        Phase.INVESTIGATION
    )


def test_in_sweden_the_protection_assessment_comes_before_the_pre_assessment():
    case = new_case().record(school_report())
    with pytest.raises(InvalidModel) as error:
        case.record(
            PreAssessmentConcluded(at=at("2026-03-03"), actor=SW, investigate=False, reason="-")
        )
    assert error.value.field == "history[1]"
    assert "pre_assessment_concluded is not allowed in phase report" in str(error.value)


def test_a_decision_before_an_investigation_is_refused_naming_the_event():
    case = new_case().record(school_report())
    decision = DecisionMade(at=at("2026-03-03"), actor=SW, granted=(SUPPORT,), motivation="-")
    with pytest.raises(InvalidModel, match=r"Case\.history\[1\]: decision_made is not allowed"):
        case.record(decision)


def test_no_decision_while_the_investigation_is_still_open():
    case = investigated_case()
    open_case = attrs.evolve(case, history=case.history[:4])
    decision = DecisionMade(at=at("2026-04-01"), actor=SW, granted=(SUPPORT,), motivation="-")
    with pytest.raises(InvalidModel, match=r"history\[4\]: the investigation is still open"):
        open_case.record(decision)


def test_an_investigation_needs_a_pre_assessment_that_decided_to_investigate():
    case = new_case().record(
        school_report(),
        ImmediateProtectionAssessed(
            at=at("2026-03-02", "11:00"), actor=SW, protection_needed=False
        ),
        PreAssessmentConcluded(
            at=at("2026-03-09"), actor=SW, investigate=False, reason="No concern."
        ),
    )
    with pytest.raises(InvalidModel, match="nothing waits for an investigation"):
        case.record(InvestigationOpened(at=at("2026-03-10"), actor=SW))


def test_an_adult_who_asks_for_help_starts_a_case_without_a_report():
    case = new_case(subjects=("mother",)).record(
        HelpRequested(at=at("2026-02-10"), actor=SW, person_id="mother"),
        InvestigationOpened(at=at("2026-02-11"), actor=SW),
    )
    assert case.phase is Phase.INVESTIGATION
    assert case.state.investigation_open


def test_a_perpetrator_seeking_help_is_recorded_in_the_childs_case():
    case = investigated_case().record(
        HelpRequested(at=at("2026-06-26"), actor=SW, person_id="father"),
    )
    assert case.phase is Phase.DECISION
    assert EventType.INVESTIGATION_OPENED in case.state.allowed_events


def test_recording_returns_a_new_case_and_leaves_the_old_one_unchanged():
    before = new_case().record(school_report())
    after = before.record(
        ImmediateProtectionAssessed(at=at("2026-03-02", "10:00"), actor=SW, protection_needed=True)
    )
    assert len(before.history) == 1
    assert before.phase is Phase.REPORT
    assert after.history[:1] == before.history
    assert after.phase is Phase.PROTECTION_ASSESSMENT


def test_nothing_but_reopening_may_follow_closure():
    closed = investigated_case().record(
        CaseClosed(at=at("2026-06-30"), actor=SW, reason=ClosureReason.MOVED)
    )
    assert closed.state.allowed_events == (EventType.CASE_REOPENED,)
    with pytest.raises(
        InvalidModel, match=r"history\[7\]: note_added is not allowed in phase closed"
    ):
        closed.record(NoteAdded(at=at("2026-07-01"), actor=SW, text="Moved to Lund."))


def test_a_case_closed_and_reopened_keeps_its_whole_history():
    case = investigated_case()
    closed = case.record(CaseClosed(at=at("2026-06-30"), actor=SW, reason=ClosureReason.MOVED))
    reopened = closed.record(
        CaseReopened(at=at("2026-08-15"), actor=SW, reason="The family moved back.")
    )
    assert reopened.history[: len(closed.history)] == closed.history
    assert len(reopened.history) == len(case.history) + 2
    assert reopened.phase is Phase.DECISION  # the phase it was closed in
    assert closed.state.interventions_in_force == ()
    assert {i.status for i in reopened.state.interventions} == {InterventionStatus.ENDED}


def test_replaying_the_history_reproduces_the_case_exactly():
    case = investigated_case().record(
        InterventionStarted(at=at("2026-07-01"), actor=SW, intervention_id="caring-dads"),
        NoteAdded(at=at("2026-07-02"), actor=SW, text="Father attended the first session."),
    )
    rebuilt = replay(case.history, onto=attrs.evolve(case, history=()))
    assert rebuilt == case
    assert rebuilt.state == case.state


def test_interventions_are_started_interrupted_and_reengaged_by_id():
    case = investigated_case().record(
        InterventionStarted(at=at("2026-07-01"), actor=SW, intervention_id="caring-dads"),
        InterventionInterrupted(at=at("2026-08-12"), actor=SW, intervention_id="caring-dads"),
        RelapseRecorded(
            at=at("2026-08-20"), actor=SW, person_id="father", intervention_id="caring-dads"
        ),
        ReengagementPlanned(
            at=at("2026-08-21"),
            actor=SW,
            intervention_id="caring-dads",
            follow_up_on=dt.date(2026, 9, 15),
        ),
    )
    by_id = {s.intervention.id: s for s in case.state.interventions}
    assert by_id["caring-dads"].status is InterventionStatus.INTERRUPTED
    assert by_id["caring-dads"].follow_up_on == dt.date(2026, 9, 15)
    assert by_id["support-elias"].status is InterventionStatus.GRANTED
    assert len(case.state.interventions_in_force) == 2
    restarted = case.record(
        InterventionStarted(at=at("2026-09-15"), actor=SW, intervention_id="caring-dads")
    )
    assert restarted.state.interventions[0].status is InterventionStatus.ACTIVE


def test_an_event_about_an_intervention_never_granted_is_refused():
    with pytest.raises(
        InvalidModel, match=r"history\[6\]\.intervention_id: no granted intervention"
    ):
        investigated_case().record(
            InterventionStarted(at=at("2026-07-01"), actor=SW, intervention_id="idap")
        )


def test_an_intervention_cannot_be_completed_before_it_starts():
    with pytest.raises(InvalidModel, match="intervention 'caring-dads' is granted"):
        investigated_case().record(
            InterventionCompleted(at=at("2026-07-01"), actor=SW, intervention_id="caring-dads")
        )


def test_events_refer_only_to_persons_of_the_family_system():
    with pytest.raises(InvalidModel, match=r"history\[0\]\.person_id: no person with id 'oskar'"):
        new_case().record(HelpRequested(at=at("2026-02-10"), actor=SW, person_id="oskar"))
    stranger = Intervention(id="x", kind=InterventionKind.OTHER, for_person="oskar")
    case = investigated_case()
    with pytest.raises(InvalidModel, match=r"history\[6\]\.granted\[0\]\.for_person"):
        case.record(
            DecisionMade(at=at("2026-07-01"), actor=SW, granted=(stranger,), motivation="-")
        )


def test_subjects_are_persons_of_the_family_system():
    with pytest.raises(InvalidModel, match=r"Case\.subjects\[0\]: no person with id 'oskar'"):
        new_case(subjects=("oskar",))


def test_intervention_ids_are_unique_within_a_case():
    case = investigated_case()
    again = DecisionMade(at=at("2026-07-01"), actor=SW, granted=(SUPPORT,), motivation="More.")
    with pytest.raises(InvalidModel, match=r"granted\[0\]\.id: intervention id 'support-elias'"):
        case.record(again)


def test_events_are_recorded_in_time_order():
    case = new_case().record(school_report(day="2026-03-02"))
    with pytest.raises(
        InvalidModel, match=r"history\[1\]\.at: is before the event recorded before"
    ):
        case.record(NoteAdded(at=at("2026-03-01"), actor=SW, text="Earlier call."))


def test_one_history_does_not_mix_local_and_zoned_times():
    case = new_case().record(school_report())
    zoned = dt.datetime(2026, 3, 3, 9, tzinfo=dt.UTC)
    with pytest.raises(InvalidModel, match="time zone"):
        case.record(NoteAdded(at=zoned, actor=SW, text="Call."))


def test_an_extension_needs_an_open_investigation_and_a_later_date_each_time():
    case = investigated_case()
    extension = InvestigationExtended(
        at=at("2026-06-30"), actor=SW, new_due=dt.date(2026, 8, 31), reason="Waiting for BUP."
    )
    with pytest.raises(
        InvalidModel, match="investigation_extended is not allowed in phase decision"
    ):
        case.record(extension)
    opened = attrs.evolve(case, history=case.history[:4]).record(extension)
    with pytest.raises(InvalidModel, match=r"history\[5\]\.new_due: must be later"):
        opened.record(attrs.evolve(extension, at=at("2026-07-01"), new_due=dt.date(2026, 8, 1)))


def test_a_correction_supersedes_an_event_without_deleting_it():
    case = investigated_case()
    fixed = PreAssessmentConcluded(
        at=at("2026-03-09"), actor=SW, investigate=True, reason="Elias has seen and heard violence."
    )
    corrected = case.record(
        Correction(
            at=at("2026-06-26"), actor=SW, corrects=2, replacement=fixed, reason="Incomplete."
        )
    )
    assert corrected.history[2] == case.history[2]  # the original stays as recorded
    assert corrected.effective_history[2] == fixed
    assert len(corrected.effective_history) == len(case.history)
    assert corrected.phase is case.phase


def test_a_note_recorded_in_error_can_be_withdrawn():
    case = new_case().record(
        school_report(), NoteAdded(at=at("2026-03-02", "10:00"), actor=SW, text="Wrong family.")
    )
    withdrawn = case.record(
        Correction(
            at=at("2026-03-02", "10:05"),
            actor=SW,
            corrects=1,
            replacement=None,
            reason="Wrong case.",
        )
    )
    assert len(withdrawn.history) == 3
    assert withdrawn.effective_history == case.history[:1]


def test_a_correction_that_would_break_the_history_is_refused():
    case = investigated_case()
    with pytest.raises(InvalidModel) as error:
        case.record(
            Correction(at=at("2026-06-26"), actor=SW, corrects=3, replacement=None, reason="Oops.")
        )
    assert error.value.field == "history[6]"
    assert "would make history[4] invalid" in error.value.reason


def test_a_correction_replaces_an_event_with_one_of_the_same_type():
    case = investigated_case()
    note = NoteAdded(at=at("2026-03-09"), actor=SW, text="-")
    with pytest.raises(InvalidModel, match=r"history\[6\]\.replacement: must be a pre_assessment"):
        case.record(
            Correction(at=at("2026-06-26"), actor=SW, corrects=2, replacement=note, reason="-")
        )
    with pytest.raises(
        InvalidModel, match=r"history\[6\]\.corrects: must refer to an earlier event"
    ):
        case.record(
            Correction(at=at("2026-06-26"), actor=SW, corrects=6, replacement=None, reason="-")
        )


def test_a_correction_corrects_the_original_not_another_correction():
    case = new_case().record(
        school_report(),
        Correction(
            at=at("2026-03-02", "10:00"),
            actor=SW,
            corrects=0,
            replacement=school_report(),
            reason="-",
        ),
    )
    with pytest.raises(InvalidModel, match="refers to a correction"):
        case.record(
            Correction(
                at=at("2026-03-02", "11:00"), actor=SW, corrects=1, replacement=None, reason="-"
            )
        )


def test_sensitive_text_in_events_never_shows_in_repr():
    case = investigated_case()
    assert "father who does not use violence" not in repr(case)


def test_a_case_survives_pickling_with_its_history():
    case = investigated_case()
    assert pickle.loads(pickle.dumps(case)) == case  # noqa: S301 - our own bytes
