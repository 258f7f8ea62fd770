import datetime as dt

import attrs
import pytest

from familyviolence import (
    CaseClosed,
    ClosureReason,
    DeadlineKind,
    FeedbackKind,
    HelpRequested,
    ImmediateProtectionAssessed,
    InvestigationConcluded,
    InvestigationExtended,
    InvestigationOpened,
    Jurisdiction,
    PreAssessmentConcluded,
    ReporterFeedbackGiven,
    ReporterKind,
    ReportOfConcernReceived,
    deadlines,
)
from familyviolence.jurisdictions import SWEDEN
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


def test_an_investigation_opened_10_march_is_due_10_july():
    case = investigation()
    child_investigation = by_kind(case, dt.date(2026, 3, 10))[DeadlineKind.INVESTIGATION]
    assert child_investigation.started_on == dt.date(2026, 3, 10)
    assert child_investigation.due == dt.date(2026, 7, 10)
    assert by_kind(case, dt.date(2026, 7, 11))[DeadlineKind.INVESTIGATION].overdue


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
    assert before_extension.due == dt.date(2026, 7, 10)


def test_an_investigation_opened_31_october_is_due_at_the_end_of_february():
    case = investigation(opened="2026-10-31")
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
    assert str(new[DeadlineKind.PRE_ASSESSMENT].reference) == "SoL 2025:400 20 kap. 2 §"
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
    assert str(found.reference) == "barnevernloven 1992:100 (old act) § 6-9"


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


def test_a_private_reporter_is_owed_no_feedback_deadline():
    found = by_kind(norwegian_case(reporter=ReporterKind.RELATIVE), dt.date(2026, 5, 4))
    assert DeadlineKind.FEEDBACK_ON_RECEIPT not in found
    assert DeadlineKind.REVIEW in found


def test_on_is_a_date():
    with pytest.raises(TypeError):
        deadlines(norwegian_case(), on=at("2026-05-04"))
