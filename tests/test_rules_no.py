"""Norway's rule pack, scenario by scenario: each rule where it fires and where it does not."""

import datetime as dt

from familyviolence import Jurisdiction, evaluate
from familyviolence.events import FeedbackKind as Feedback
from familyviolence.events import (
    InvestigationConcluded,
    InvestigationExtended,
    InvestigationOpened,
    PreAssessmentConcluded,
    ReporterFeedbackGiven,
)
from familyviolence.vocabulary import ReporterKind
from rule_checks import fires, quiet, report
from scenario import CHILD_WELFARE_WORKER, at, new_case

NW = CHILD_WELFARE_WORKER


def day(text):
    return dt.date.fromisoformat(text)


def norwegian_case():
    return new_case(Jurisdiction.NO)


def received(reporter=ReporterKind.PRESCHOOL, when="2026-05-04"):
    """A report received at 13:00 on ``when``: review due a week later."""
    return norwegian_case().record(report(at(when, "13:00"), actor=NW, reporter=reporter))


def reviewed(case, when="2026-05-08"):
    return case.record(
        PreAssessmentConcluded(
            at=at(when), actor=NW, investigate=True, reason="Barnehagen er bekymret."
        )
    )


def investigated(reporter=ReporterKind.PRESCHOOL):
    """Received 4 May, reviewed 8 May, investigated from 20 May: due 11 August (index 2)."""
    return reviewed(received(reporter)).record(InvestigationOpened(at=at("2026-05-20"), actor=NW))


def feedback(kind, when):
    return ReporterFeedbackGiven(at=at(when), actor=NW, report_id="report-1", kind=kind)


def test_a_report_not_reviewed_within_a_week_is_overdue():
    case = received()
    quiet("NO-REVIEW-OVERDUE", case, on=day("2026-05-11"))
    found = fires(
        "NO-REVIEW-OVERDUE", case, on=day("2026-05-12"), path="$.history[0]", persons=("elias",)
    )
    assert found.text("nb") == (
        "Gjennomgangen av melding report-1 skulle vært avsluttet innen 2026-05-11 "
        "og er ikke avsluttet."
    )


def test_a_report_reviewed_within_the_week_is_not_overdue():
    quiet("NO-REVIEW-OVERDUE", reviewed(received()), on=day("2026-06-01"))


def test_an_investigation_counts_three_months_from_the_end_of_the_review_week():
    case = investigated()
    quiet("NO-INVESTIGATION-OVERDUE", case, on=day("2026-08-11"))
    found = fires("NO-INVESTIGATION-OVERDUE", case, on=day("2026-08-12"), path="$.history[2]")
    assert found.reference.provision == "§ 2-2"


def test_an_investigation_concluded_in_time_is_not_overdue():
    case = investigated().record(InvestigationConcluded(at=at("2026-08-05"), actor=NW))
    quiet("NO-INVESTIGATION-OVERDUE", case, on=day("2026-09-01"))


def test_an_investigation_under_the_old_act_cites_the_old_act():
    case = reviewed(received(when="2022-09-01"), when="2022-09-05").record(
        InvestigationOpened(at=at("2022-09-06"), actor=NW)
    )
    found = fires("NO-INVESTIGATION-OVERDUE", case, on=day("2022-12-02"), path="$.history[2]")
    assert found.reference.provision == "§ 6-9"
    assert not found.reference.verified  # the start of the old act's time limit is disputed


def test_a_public_reporter_without_feedback_after_three_weeks_is_overdue():
    case = investigated()
    quiet("NO-FEEDBACK-ON-RECEIPT-OVERDUE", case, on=day("2026-05-25"))
    fires("NO-FEEDBACK-ON-RECEIPT-OVERDUE", case, on=day("2026-05-26"), path="$.history[0]")


def test_a_public_reporter_given_feedback_in_time_is_not_overdue():
    case = investigated().record(feedback(Feedback.RECEIPT, "2026-05-21"))
    quiet("NO-FEEDBACK-ON-RECEIPT-OVERDUE", case, on=day("2026-06-01"))


def test_a_parent_who_reports_is_owed_a_receipt_too():
    # Barnevernloven 1992:100 § 6-7 a (bufdir.no): every reporter who is not anonymous gets a
    # confirmation of receipt within three weeks; only public reporters get more.
    found = fires(
        "NO-FEEDBACK-ON-RECEIPT-OVERDUE",
        investigated(ReporterKind.PARENT),
        on=day("2026-06-01"),
        path="$.history[0]",
    )
    assert "report-1" in found.text("en")


def test_an_anonymous_reporter_is_owed_no_feedback_by_this_rule():
    quiet(
        "NO-FEEDBACK-ON-RECEIPT-OVERDUE", investigated(ReporterKind.ANONYMOUS), on=day("2026-06-01")
    )


def test_the_outcome_is_owed_to_the_public_reporter_three_weeks_after_the_end():
    case = investigated().record(
        feedback(Feedback.RECEIPT, "2026-05-21"),
        InvestigationConcluded(at=at("2026-08-05"), actor=NW),
    )
    quiet("NO-FEEDBACK-ON-OUTCOME-OVERDUE", case, on=day("2026-08-26"))
    found = fires("NO-FEEDBACK-ON-OUTCOME-OVERDUE", case, on=day("2026-08-27"), path="$.history[2]")
    assert "2026-08-26" in found.text("sv")


def test_the_outcome_given_to_the_reporter_satisfies_the_rule():
    case = investigated().record(
        feedback(Feedback.RECEIPT, "2026-05-21"),
        InvestigationConcluded(at=at("2026-08-05"), actor=NW),
        feedback(Feedback.OUTCOME, "2026-08-20"),
    )
    quiet("NO-FEEDBACK-ON-OUTCOME-OVERDUE", case, on=day("2026-09-15"))


def test_an_extension_beyond_six_months_is_an_error():
    case = investigated().record(
        InvestigationExtended(
            at=at("2026-08-01"), actor=NW, new_due=day("2026-12-01"), reason="Sakkyndig."
        )
    )
    found = fires(
        "NO-INVESTIGATION-EXTENDED-BEYOND-LIMIT", case, on=day("2026-08-01"), path="$.history[3]"
    )
    assert found.text("en") == (
        "The investigation was extended to 2026-12-01, beyond the latest date the law allows "
        "(2026-11-11)."
    )


def test_an_extension_within_six_months_is_allowed():
    case = investigated().record(
        InvestigationExtended(
            at=at("2026-08-01"), actor=NW, new_due=day("2026-11-11"), reason="Sakkyndig."
        )
    )
    quiet("NO-INVESTIGATION-EXTENDED-BEYOND-LIMIT", case, on=day("2026-08-01"))


def test_a_review_concluded_two_days_late_stays_a_warning():
    case = reviewed(received(), when="2026-05-13")
    found = fires("NO-DEADLINE-MET-LATE", case, on=day("2026-05-20"), path="$.history[0]")
    assert found.text("nb") == (
        "Fristen for gjennomgang av melding ble ikke overholdt: gjort 2026-05-13, frist 2026-05-11."
    )


def test_a_review_in_time_is_not_reported_as_late():
    quiet("NO-DEADLINE-MET-LATE", reviewed(received()), on=day("2026-05-20"))


def test_norwegian_rules_never_run_on_a_swedish_case():
    swedish = new_case().record(report(at("2026-05-04", "13:00")))
    ids = evaluate(swedish, on=day("2026-06-01")).rule_ids
    assert ids
    assert not [i for i in ids if i.startswith("NO-")]
