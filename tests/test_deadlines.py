import datetime as dt

import attrs
import pytest

from familyviolence import InvalidModel, Jurisdiction, deadlines
from familyviolence.events import (
    CaseClosed,
    CaseReopened,
    ClosureReason,
    Correction,
    FeedbackKind,
    HelpRequested,
    ImmediateProtectionAssessed,
    InvestigationConcluded,
    InvestigationExtended,
    InvestigationOpened,
    PreAssessmentConcluded,
    ReporterFeedbackGiven,
    ReportOfConcernReceived,
)
from familyviolence.jurisdictions.se import SWEDEN
from familyviolence.process import DeadlineKind
from familyviolence.vocabulary import ReporterKind
from scenario import CHILD_WELFARE_WORKER, SOCIAL_WORKER, at, new_case

SW = SOCIAL_WORKER
NW = CHILD_WELFARE_WORKER


def by_kind(case, on):
    return {d.kind: d for d in deadlines(case, on=on)}


def report(when, *, actor=SW, reporter=ReporterKind.SCHOOL, report_id="report-1"):
    return ReportOfConcernReceived(
        at=when, actor=actor, report_id=report_id, reporter_kind=reporter
    )


def test_a_report_received_2_march_2026_is_to_be_pre_assessed_by_16_march():
    case = new_case().record(report(at("2026-03-02", "09:40")))
    pre = by_kind(case, dt.date(2026, 3, 2))[DeadlineKind.PRE_ASSESSMENT]
    assert pre.due == dt.date(2026, 3, 16)
    assert not pre.met
    assert not pre.overdue
    assert by_kind(case, dt.date(2026, 3, 17))[DeadlineKind.PRE_ASSESSMENT].overdue


def test_the_protection_assessment_is_due_the_same_day_or_the_next_if_received_late():
    morning = new_case().record(report(at("2026-03-02", "09:40")))
    evening = new_case().record(report(at("2026-03-02", "21:15")))
    day = dt.date(2026, 3, 2)
    assert by_kind(morning, day)[DeadlineKind.PROTECTION_ASSESSMENT].due == day
    assert by_kind(evening, day)[DeadlineKind.PROTECTION_ASSESSMENT].due == dt.date(2026, 3, 3)


def test_the_late_report_cutoff_is_jurisdiction_data_that_can_be_changed():
    case = new_case().record(report(at("2026-03-02", "15:30")))
    day = dt.date(2026, 3, 2)
    assert by_kind(case, day)[DeadlineKind.PROTECTION_ASSESSMENT].due == day
    early_close = attrs.evolve(SWEDEN, late_report_cutoff=dt.time(15, 0))
    protection = {d.kind: d for d in deadlines(case, on=day, pack=early_close)}
    assert protection[DeadlineKind.PROTECTION_ASSESSMENT].due == dt.date(2026, 3, 3)


def investigation(opened="2026-03-10"):
    return new_case().record(
        report(at("2026-03-02", "09:40")),
        ImmediateProtectionAssessed(
            at=at("2026-03-02", "11:00"), actor=SW, protection_needed=False
        ),
        PreAssessmentConcluded(at=at("2026-03-09"), actor=SW, investigate=True, reason="Heard it."),
        InvestigationOpened(at=at(opened), actor=SW),
    )


def test_the_four_months_run_from_the_decision_to_open_not_from_the_record():
    # SoL 2001:453 11 kap. 2 §: the pre-assessment decided on 9 March to investigate; the
    # opening recorded on 10 March does not move the due date to 10 July.
    case = investigation()
    child_investigation = by_kind(case, dt.date(2026, 3, 10))[DeadlineKind.INVESTIGATION]
    assert child_investigation.started_on == dt.date(2026, 3, 9)
    assert child_investigation.due == dt.date(2026, 7, 9)
    assert by_kind(case, dt.date(2026, 7, 10))[DeadlineKind.INVESTIGATION].overdue


def test_an_opening_that_names_its_decision_day_counts_from_it():
    # SoL 2001:453 11 kap. 2 §: decided 2 March, recorded 20 March: due 2 July.
    case = new_case().record(
        report(at("2026-02-20", "09:40")),
        ImmediateProtectionAssessed(
            at=at("2026-02-20", "11:00"), actor=SW, protection_needed=False
        ),
        PreAssessmentConcluded(at=at("2026-02-27"), actor=SW, investigate=True, reason="Oro."),
        InvestigationOpened(at=at("2026-03-20"), actor=SW, decided_on=dt.date(2026, 3, 2)),
    )
    found = by_kind(case, dt.date(2026, 3, 20))[DeadlineKind.INVESTIGATION]
    assert (found.started_on, found.due) == (dt.date(2026, 3, 2), dt.date(2026, 7, 2))


def test_an_opening_cannot_be_decided_after_it_was_recorded():
    with pytest.raises(InvalidModel, match="decided_on"):
        InvestigationOpened(at=at("2026-03-10"), actor=SW, decided_on=dt.date(2026, 3, 11))


def test_an_extension_to_31_august_means_the_investigation_is_not_overdue_on_1_august():
    case = investigation().record(
        InvestigationExtended(
            at=at("2026-07-01"), actor=SW, new_due=dt.date(2026, 8, 31), reason="Awaiting BUP."
        )
    )
    extended = by_kind(case, dt.date(2026, 8, 1))[DeadlineKind.INVESTIGATION]
    assert extended.due == dt.date(2026, 8, 31)
    assert extended.extended
    assert not extended.overdue
    before_extension = by_kind(case, dt.date(2026, 6, 30))[DeadlineKind.INVESTIGATION]
    assert before_extension.due == dt.date(2026, 7, 9)


def test_an_investigation_decided_31_october_is_due_at_the_end_of_february():
    case = investigation(opened="2026-10-31").record(
        Correction(
            at=at("2026-10-31", "12:00"),
            actor=SW,
            corrects=3,
            replacement=InvestigationOpened(
                at=at("2026-10-31"), actor=SW, decided_on=dt.date(2026, 10, 31)
            ),
            reason="The decision was made on the day of the opening.",
        )
    )
    assert by_kind(case, dt.date(2026, 11, 1))[DeadlineKind.INVESTIGATION].due == dt.date(
        2027, 2, 28
    )


def test_met_deadlines_record_when_they_were_met():
    case = investigation().record(InvestigationConcluded(at=at("2026-06-20"), actor=SW))
    found = by_kind(case, dt.date(2026, 12, 31))
    assert found[DeadlineKind.PROTECTION_ASSESSMENT].fulfilled_on == dt.date(2026, 3, 2)
    assert found[DeadlineKind.PRE_ASSESSMENT].fulfilled_on == dt.date(2026, 3, 9)
    assert found[DeadlineKind.INVESTIGATION].fulfilled_on == dt.date(2026, 6, 20)
    assert all(d.met and not d.overdue and not d.open for d in found.values())


def test_a_deadline_met_late_is_neither_met_nor_overdue():
    case = investigation().record(InvestigationConcluded(at=at("2026-07-20"), actor=SW))
    late = by_kind(case, dt.date(2026, 8, 1))[DeadlineKind.INVESTIGATION]
    assert not late.met
    assert not late.overdue


def test_deadlines_on_an_earlier_day_show_the_case_as_it_stood_then():
    case = investigation().record(InvestigationConcluded(at=at("2026-06-20"), actor=SW))
    then = by_kind(case, dt.date(2026, 3, 5))
    assert set(then) == {DeadlineKind.PROTECTION_ASSESSMENT, DeadlineKind.PRE_ASSESSMENT}
    assert then[DeadlineKind.PRE_ASSESSMENT].open


def test_closing_a_case_ends_its_open_deadlines():
    case = new_case().record(
        report(at("2026-03-02", "09:40")),
        CaseClosed(at=at("2026-03-04"), actor=SW, reason=ClosureReason.MOVED),
    )
    pre = by_kind(case, dt.date(2026, 4, 1))[DeadlineKind.PRE_ASSESSMENT]
    assert pre.ended_on == dt.date(2026, 3, 4)
    assert not pre.open
    assert not pre.overdue
    assert not pre.met


def test_swedish_deadlines_cite_the_act_in_force_and_the_other_acts_numbering():
    new = by_kind(new_case().record(report(at("2026-03-02"))), dt.date(2026, 3, 2))
    old = by_kind(new_case().record(report(at("2025-06-30"))), dt.date(2025, 6, 30))
    # No source confirmed the new act's numbers: it is cited by name, never "20 kap. 2 §".
    assert new[DeadlineKind.PRE_ASSESSMENT].reference.statute == "SoL 2025:400"
    assert new[DeadlineKind.PRE_ASSESSMENT].reference.provision is None
    assert not new[DeadlineKind.PRE_ASSESSMENT].reference.verified
    assert (
        str(new[DeadlineKind.PRE_ASSESSMENT].equivalent) == "SoL 2001:453 11 kap. 1 a § 2nd para."
    )
    assert str(old[DeadlineKind.PRE_ASSESSMENT].reference) == "SoL 2001:453 11 kap. 1 a § 2nd para."
    assert not new[DeadlineKind.PROTECTION_ASSESSMENT].reference.verified  # "(verify)"
    assert old[DeadlineKind.PROTECTION_ASSESSMENT].reference.verified


def test_an_adult_investigation_has_no_four_month_limit():
    case = new_case(subjects=("mother",)).record(
        HelpRequested(at=at("2026-02-10"), actor=SW, person_id="mother"),
        InvestigationOpened(at=at("2026-02-11"), actor=SW),
    )
    assert deadlines(case, on=dt.date(2026, 12, 31)) == ()


def norwegian_case(received=None, reporter=ReporterKind.PRESCHOOL):
    received = received or at("2026-05-04", "13:00")
    return new_case(Jurisdiction.NO).record(report(received, actor=NW, reporter=reporter))


def test_a_norwegian_report_received_4_may_2026_is_due_for_review_11_may():
    review = by_kind(norwegian_case(), dt.date(2026, 5, 4))[DeadlineKind.REVIEW]
    assert review.due == dt.date(2026, 5, 11)
    assert str(review.reference).startswith("barnevernsloven 2021:97 § 2-1")
    assert not review.reference.verified


def test_norways_investigation_counts_from_the_end_of_the_review_week_not_the_opening():
    case = norwegian_case().record(
        PreAssessmentConcluded(at=at("2026-05-06"), actor=NW, investigate=True, reason="Uro."),
        InvestigationOpened(at=at("2026-05-20"), actor=NW),
    )
    found = by_kind(case, dt.date(2026, 5, 20))[DeadlineKind.INVESTIGATION]
    assert found.started_on == dt.date(2026, 5, 4)
    assert found.due == dt.date(2026, 8, 11)  # 4 May + 1 week + 3 months
    assert found.limit == dt.date(2026, 11, 11)  # up to six months with an extension


def test_under_the_old_norwegian_act_the_investigation_counted_from_receipt():
    case = norwegian_case(received=at("2022-11-30")).record(
        PreAssessmentConcluded(at=at("2022-12-05"), actor=NW, investigate=True, reason="Uro."),
        InvestigationOpened(at=at("2022-12-06"), actor=NW),
    )
    found = by_kind(case, dt.date(2022, 12, 6))[DeadlineKind.INVESTIGATION]
    assert found.due == dt.date(2023, 2, 28)  # 30 Nov + 3 months, clamped
    assert found.limit == dt.date(2023, 5, 30)
    # Whether the old act's time limit ran from receipt is disputed (RULES.md): unverified.
    assert found.reference.provision == "§ 6-9"
    assert not found.reference.verified


def test_a_public_reporter_gets_feedback_within_three_weeks_of_receipt_and_of_the_end():
    case = norwegian_case().record(
        PreAssessmentConcluded(at=at("2026-05-06"), actor=NW, investigate=True, reason="Uro."),
        ReporterFeedbackGiven(
            at=at("2026-05-07"), actor=NW, report_id="report-1", kind=FeedbackKind.RECEIPT
        ),
        InvestigationOpened(at=at("2026-05-20"), actor=NW),
        InvestigationConcluded(at=at("2026-07-01"), actor=NW),
    )
    found = by_kind(case, dt.date(2026, 7, 23))
    assert found[DeadlineKind.FEEDBACK_ON_RECEIPT].due == dt.date(2026, 5, 25)
    assert found[DeadlineKind.FEEDBACK_ON_RECEIPT].met
    outcome = found[DeadlineKind.FEEDBACK_ON_OUTCOME]
    assert outcome.due == dt.date(2026, 7, 22)
    assert outcome.overdue


def test_every_named_reporter_gets_a_receipt_within_three_weeks_and_only_public_ones_more():
    # Barnevernloven 1992:100 § 6-7 a (bufdir.no); the 2021 act continues it (cited by name).
    relative = norwegian_case(reporter=ReporterKind.RELATIVE).record(
        PreAssessmentConcluded(at=at("2026-05-06"), actor=NW, investigate=True, reason="Uro."),
        InvestigationOpened(at=at("2026-05-07"), actor=NW),
        InvestigationConcluded(at=at("2026-06-01"), actor=NW),
    )
    found = by_kind(relative, dt.date(2026, 6, 1))
    assert found[DeadlineKind.FEEDBACK_ON_RECEIPT].due == dt.date(2026, 5, 25)
    assert DeadlineKind.FEEDBACK_ON_OUTCOME not in found
    anonymous = by_kind(norwegian_case(reporter=ReporterKind.ANONYMOUS), dt.date(2026, 5, 4))
    assert DeadlineKind.FEEDBACK_ON_RECEIPT not in anonymous
    assert DeadlineKind.REVIEW in anonymous


def test_a_private_professional_with_the_duty_gets_the_public_reporters_feedback():
    # The old act's § 6-4 first and sixth paragraphs (bufdir.no): reporters with the duty.
    case = norwegian_case(reporter=ReporterKind.PRIVATE_PROFESSIONAL).record(
        PreAssessmentConcluded(at=at("2026-05-06"), actor=NW, investigate=True, reason="Uro."),
        InvestigationOpened(at=at("2026-05-07"), actor=NW),
        InvestigationConcluded(at=at("2026-06-01"), actor=NW),
    )
    assert by_kind(case, dt.date(2026, 6, 1))[DeadlineKind.FEEDBACK_ON_OUTCOME].due == dt.date(
        2026, 6, 22
    )


def test_norways_investigation_after_a_request_for_help_counts_from_its_opening():
    # barnevernsloven 2021:97 § 2-2 (secondary source): no report, so no review week.
    case = new_case(Jurisdiction.NO).record(
        HelpRequested(at=at("2026-05-04"), actor=NW, person_id="mother"),
        InvestigationOpened(at=at("2026-05-05"), actor=NW),
    )
    found = by_kind(case, dt.date(2026, 5, 5))[DeadlineKind.INVESTIGATION]
    assert found.started_on == dt.date(2026, 5, 5)
    assert found.due == dt.date(2026, 8, 5)
    assert found.limit == dt.date(2026, 11, 5)


def test_swedens_investigation_after_a_request_for_help_counts_from_the_decision_to_open():
    # SoL 2001:453 11 kap. 2 §: four months for an investigation about a child, however it
    # began; with no report there is no pre-assessment, so the clock starts at the decision.
    decided = new_case().record(
        HelpRequested(at=at("2026-05-04"), actor=SW, person_id="mother"),
        InvestigationOpened(at=at("2026-05-06"), actor=SW, decided_on=dt.date(2026, 5, 5)),
    )
    found = by_kind(decided, dt.date(2026, 5, 6))[DeadlineKind.INVESTIGATION]
    assert found.started_on == dt.date(2026, 5, 5)
    assert found.due == dt.date(2026, 9, 5)
    recorded = new_case().record(
        HelpRequested(at=at("2026-05-04"), actor=SW, person_id="mother"),
        InvestigationOpened(at=at("2026-05-06"), actor=SW),
    )
    assert by_kind(recorded, dt.date(2026, 5, 6))[DeadlineKind.INVESTIGATION].due == dt.date(
        2026, 9, 6
    )


def test_an_extension_beyond_the_lawful_limit_never_moves_the_due_date_past_it():
    # barnevernsloven 2021:97 § 2-2: up to six months in special cases.
    case = norwegian_case().record(
        PreAssessmentConcluded(at=at("2026-05-06"), actor=NW, investigate=True, reason="Uro."),
        InvestigationOpened(at=at("2026-05-20"), actor=NW),
        InvestigationExtended(
            at=at("2026-08-01"), actor=NW, new_due=dt.date(2027, 1, 31), reason="Venter på BUP."
        ),
    )
    found = by_kind(case, dt.date(2026, 11, 12))[DeadlineKind.INVESTIGATION]
    assert found.extended_to == dt.date(2027, 1, 31)
    assert found.due == found.limit == dt.date(2026, 11, 11)
    assert found.overdue


def test_a_report_received_late_in_utc_is_read_in_stockholm_time():
    # 14:30 UTC on 2 March is 15:30 in Stockholm: before the 16:00 cut-off, due the same day.
    # 15:30 UTC is 16:30 in Stockholm: received late, due the next day.
    early = new_case().record(report(dt.datetime(2026, 3, 2, 14, 30, tzinfo=dt.UTC)))
    late = new_case().record(report(dt.datetime(2026, 3, 2, 15, 30, tzinfo=dt.UTC)))
    day = dt.date(2026, 3, 2)
    assert by_kind(early, day)[DeadlineKind.PROTECTION_ASSESSMENT].due == day
    assert by_kind(late, day)[DeadlineKind.PROTECTION_ASSESSMENT].due == dt.date(2026, 3, 3)


def test_the_day_of_receipt_is_the_local_day_whatever_the_offset():
    # 23:30 UTC on 2 March is 00:30 on 3 March in Oslo: the review week runs from 3 March.
    new_york = dt.timezone(dt.timedelta(hours=-5))
    received = dt.datetime(2026, 3, 2, 18, 30, tzinfo=new_york)
    case = new_case(Jurisdiction.NO).record(report(received, actor=NW))
    review = by_kind(case, dt.date(2026, 3, 3))[DeadlineKind.REVIEW]
    assert review.started_on == dt.date(2026, 3, 3)
    assert review.due == dt.date(2026, 3, 10)


def test_a_due_date_on_a_holiday_stays_with_the_next_weekday_given_beside_it():
    # Lag (1930:173) § 2: a time limit ending on a Saturday, Sunday, holiday or midsummer eve
    # may be met on the next weekday. The library keeps the calendar date as the due date.
    case = new_case().record(report(at("2026-06-05", "09:00")))
    pre = by_kind(case, dt.date(2026, 6, 5))[DeadlineKind.PRE_ASSESSMENT]
    assert pre.due == dt.date(2026, 6, 19)  # midsummer eve
    assert pre.next_working_day == dt.date(2026, 6, 22)
    weekday = by_kind(new_case().record(report(at("2026-06-04"))), dt.date(2026, 6, 4))
    assert weekday[DeadlineKind.PRE_ASSESSMENT].next_working_day is None


def test_norway_keeps_the_calendar_date_with_no_next_weekday():
    # No rule found that moves a child welfare time limit off a weekend (domstolloven § 149
    # reaches only the acts that refer to it).
    review = by_kind(norwegian_case(received=at("2026-05-02")), dt.date(2026, 5, 2))
    assert review[DeadlineKind.REVIEW].due == dt.date(2026, 5, 9)  # a Saturday
    assert review[DeadlineKind.REVIEW].next_working_day is None


def test_reopening_a_case_closed_mid_investigation_lets_the_investigation_continue():
    closed = investigation().record(
        CaseClosed(at=at("2026-04-01"), actor=SW, reason=ClosureReason.MOVED)
    )
    assert by_kind(closed, dt.date(2026, 8, 1))[DeadlineKind.INVESTIGATION].ended_on == dt.date(
        2026, 4, 1
    )
    reopened = closed.record(CaseReopened(at=at("2026-04-15"), actor=SW, reason="Back."))
    during = by_kind(reopened, dt.date(2026, 4, 10))[DeadlineKind.INVESTIGATION]
    assert during.ended_on == dt.date(2026, 4, 1)
    continued = by_kind(reopened, dt.date(2026, 7, 10))[DeadlineKind.INVESTIGATION]
    assert continued.ended_on is None
    assert continued.due == dt.date(2026, 7, 9)  # still counted from the decision
    assert continued.overdue
    done = reopened.record(InvestigationConcluded(at=at("2026-05-01"), actor=SW))
    assert by_kind(done, dt.date(2026, 7, 10))[DeadlineKind.INVESTIGATION].met


def test_reopening_a_case_closed_mid_investigation_lets_a_new_investigation_start():
    reopened = investigation().record(
        CaseClosed(at=at("2026-04-01"), actor=SW, reason=ClosureReason.MOVED),
        CaseReopened(at=at("2026-09-01"), actor=SW, reason="Back in the municipality."),
        InvestigationOpened(at=at("2026-09-02"), actor=SW),
    )
    old, new = [
        d
        for d in deadlines(reopened, on=dt.date(2026, 9, 2))
        if d.kind is DeadlineKind.INVESTIGATION
    ]
    assert old.ended_on == dt.date(2026, 9, 2)
    assert (new.started_on, new.due) == (dt.date(2026, 9, 2), dt.date(2027, 1, 2))


def test_reopening_a_case_closed_before_the_investigation_opened_lets_it_start():
    reopened = new_case().record(
        report(at("2026-03-02", "09:40")),
        ImmediateProtectionAssessed(
            at=at("2026-03-02", "11:00"), actor=SW, protection_needed=False
        ),
        PreAssessmentConcluded(at=at("2026-03-09"), actor=SW, investigate=True, reason="Oro."),
        CaseClosed(at=at("2026-03-10"), actor=SW, reason=ClosureReason.OTHER),
        CaseReopened(at=at("2026-03-11"), actor=SW, reason="Closed in error."),
        InvestigationOpened(at=at("2026-03-11"), actor=SW),
    )
    found = by_kind(reopened, dt.date(2026, 3, 11))[DeadlineKind.INVESTIGATION]
    assert found.started_on == dt.date(2026, 3, 9)


def test_on_is_a_date():
    with pytest.raises(TypeError):
        deadlines(norwegian_case(), on=at("2026-05-04"))
