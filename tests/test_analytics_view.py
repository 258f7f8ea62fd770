"""The rows the national indicators need, added to the statistics view: children exposed,
interventions granted, partner contacts and whether a current risk assessment preceded them,
statutory deadlines and whether they were met. Scenario by scenario."""

import datetime as dt

import pytest

from clinic_scenario import contact, pathway
from familyviolence import Deadline, ExposureKind, deadlines, pseudonymise
from familyviolence.collaboration import NoPartnerContactReason
from familyviolence.events import (
    CaseClosed,
    ClosureReason,
    HelpRequested,
    InvestigationConcluded,
    InvestigationOpened,
)
from familyviolence.interventions import InterventionKind, InterventionStatus
from familyviolence.law import LegalReference
from familyviolence.privacy import (
    AgeBand,
    DeadlineOutcome,
    deadline_outcome,
    deadline_rows,
    pseudonym,
    statistics_view,
)
from familyviolence.process import DeadlineKind
from familyviolence.vocabulary import RecordedSex
from rule_checks import incident, intervention, sara, through_decision, through_investigation
from scenario import SOCIAL_WORKER, at, new_case
from scenario_privacy import karin_and_jonas

KEY = bytes(range(32))


def view_of(case, on=None):
    return statistics_view([pseudonymise(case, KEY)], on=on)


# -- children exposed --------------------------------------------------------------------------


def test_elias_who_heard_the_threat_is_one_exposed_child_under_his_pseudonym():
    (row,) = view_of(karin_and_jonas()).exposures
    assert row.child == pseudonym(KEY, "case-1", "elias")
    assert row.kinds == (ExposureKind.HEARD,)
    assert row.year == 2026
    assert row.child_age_band is AgeBand.AGE_6_12  # born 2014
    assert row.incident == "incident-1"


def test_an_incident_no_child_was_exposed_to_has_no_exposure_row():
    case = new_case(incidents=(incident(children=()),))
    view = view_of(case)
    assert len(view.incidents) == 1
    assert view.exposures == ()


def test_each_child_of_an_incident_has_a_row_of_its_own():
    both = (
        ("elias", (ExposureKind.HEARD,)),
        ("saga", (ExposureKind.WITNESSED, ExposureKind.HEARD)),
    )
    rows = view_of(new_case(incidents=(incident(children=both),))).exposures
    assert [r.kinds for r in rows] == [
        (ExposureKind.HEARD,),
        (ExposureKind.WITNESSED, ExposureKind.HEARD),
    ]
    assert rows[1].child_age_band is AgeBand.AGE_6_12  # Saga, born 2019, in 2026


# -- interventions -----------------------------------------------------------------------------


def test_caring_dads_granted_to_the_father_is_an_intervention_row():
    case = through_decision(new_case(), intervention("cd", InterventionKind.CARING_DADS, "father"))
    (row,) = view_of(case).interventions
    assert (row.intervention, row.kind, row.status) == (
        "cd",
        InterventionKind.CARING_DADS,
        InterventionStatus.GRANTED,
    )
    assert (row.granted_on, row.year) == (dt.date(2026, 5, 4), 2026)
    assert row.person_sex is RecordedSex.UNKNOWN
    assert row.person_age_band is AgeBand.AGE_35_44  # born 1985


def test_a_case_without_a_decision_has_no_intervention_rows():
    assert view_of(through_investigation(new_case())).interventions == ()


# -- partner contacts and a current risk assessment --------------------------------------------


def test_partner_contact_after_a_current_sara_of_the_father_was_preceded_by_one():
    case = new_case(assessments=(sara(on=dt.date(2026, 3, 20)),), pathways=(pathway(contact()),))
    (row,) = view_of(case).partner_contacts
    assert row.established
    assert row.current_assessment
    assert (row.pathway, row.on, row.year, row.reason) == (
        "pathway-1",
        dt.date(2026, 4, 8),
        2026,
        None,
    )


def test_partner_contact_with_no_risk_assessment_of_the_father_was_not():
    (row,) = view_of(new_case(pathways=(pathway(contact()),))).partner_contacts
    assert not row.current_assessment


def test_a_new_incident_between_the_assessment_and_the_contact_ends_its_currency():
    later = incident(day="2026-03-28", recorded="2026-03-30", incident_id="incident-2")
    case = new_case(
        assessments=(sara(on=dt.date(2026, 3, 20)),),
        incidents=(later,),
        pathways=(pathway(contact()),),
    )
    (row,) = view_of(case).partner_contacts
    assert not row.current_assessment


def test_an_assessment_older_than_twelve_months_or_made_after_the_contact_does_not_count():
    for made in (dt.date(2025, 4, 7), dt.date(2026, 4, 10)):
        case = new_case(assessments=(sara(on=made),), pathways=(pathway(contact()),))
        (row,) = view_of(case).partner_contacts
        assert not row.current_assessment, made


def test_an_assessment_without_a_usable_result_does_not_count():
    case = new_case(assessments=(sara(answered=False),), pathways=(pathway(contact()),))
    (row,) = view_of(case).partner_contacts
    assert not row.current_assessment


def test_a_contact_naming_an_old_assessment_rests_on_that_one_only():
    assessments = (sara(), sara(assessment_id="sara-old", on=dt.date(2024, 1, 10)))
    old = new_case(
        assessments=assessments, pathways=(pathway(contact(risk_assessment="sara-old")),)
    )
    current = new_case(
        assessments=assessments, pathways=(pathway(contact(risk_assessment="sara-1")),)
    )
    assert not view_of(old).partner_contacts[0].current_assessment
    assert view_of(current).partner_contacts[0].current_assessment


def test_a_declined_partner_contact_is_a_row_with_its_reason():
    case = new_case(assessments=(sara(),), pathways=(pathway(contact(established=False)),))
    (row,) = view_of(case).partner_contacts
    assert not row.established
    assert row.reason is NoPartnerContactReason.PARTNER_DECLINED


# -- statutory deadlines -----------------------------------------------------------------------


def test_deadlines_are_rows_only_when_the_view_is_asked_for_a_day():
    case = through_investigation(new_case())
    assert view_of(case).deadlines == ()
    rows = view_of(case, on=dt.date(2026, 4, 1)).deadlines
    assert {r.kind for r in rows} == {
        DeadlineKind.PROTECTION_ASSESSMENT,
        DeadlineKind.PRE_ASSESSMENT,
        DeadlineKind.INVESTIGATION,
    }
    assert all(r.on == dt.date(2026, 4, 1) and r.year == 2026 for r in rows)


def _investigation(case, on):
    rows = view_of(case, on=on).deadlines
    return next(r for r in rows if r.kind is DeadlineKind.INVESTIGATION)


def test_an_investigation_opened_on_2_march_is_pending_in_april_and_missed_in_august():
    case = through_investigation(new_case())
    pending = _investigation(case, dt.date(2026, 4, 1))
    assert pending.outcome is DeadlineOutcome.PENDING
    assert pending.due == dt.date(2026, 7, 2)
    assert _investigation(case, dt.date(2026, 8, 1)).outcome is DeadlineOutcome.MISSED


def test_an_investigation_concluded_in_time_is_met_and_one_concluded_after_is_late():
    opened = through_investigation(new_case())
    in_time = opened.record(InvestigationConcluded(at=at("2026-06-30"), actor=SOCIAL_WORKER))
    late = opened.record(InvestigationConcluded(at=at("2026-08-10"), actor=SOCIAL_WORKER))
    met = _investigation(in_time, dt.date(2026, 9, 1))
    assert (met.outcome, met.fulfilled_on) == (DeadlineOutcome.MET, dt.date(2026, 6, 30))
    assert _investigation(late, dt.date(2026, 9, 1)).outcome is DeadlineOutcome.LATE


def test_the_protection_assessment_made_the_day_the_report_came_was_met():
    rows = view_of(through_investigation(new_case()), on=dt.date(2026, 4, 1)).deadlines
    protection = next(r for r in rows if r.kind is DeadlineKind.PROTECTION_ASSESSMENT)
    assert protection.outcome is DeadlineOutcome.MET
    assert protection.rule.startswith("SE-")


def test_an_investigation_the_case_closed_before_its_due_date_ended_undone():
    closed = through_investigation(new_case()).record(
        CaseClosed(at=at("2026-04-10"), actor=SOCIAL_WORKER, reason=ClosureReason.OTHER)
    )
    assert _investigation(closed, dt.date(2026, 9, 1)).outcome is DeadlineOutcome.ENDED


_REFERENCE = LegalReference(statute="SoL 2001:453", provision="11 kap. 2 §", verified=False)


def _deadline(**fields):
    return Deadline(
        rule_id="SE-INVESTIGATION",
        kind=DeadlineKind.INVESTIGATION,
        on=dt.date(2026, 9, 1),
        started_on=dt.date(2026, 3, 2),
        due=dt.date(2026, 7, 2),
        event=3,
        reference=_REFERENCE,
        **fields,
    )


@pytest.mark.parametrize(
    ("fields", "outcome"),
    [
        ({"fulfilled_on": dt.date(2026, 7, 2)}, DeadlineOutcome.MET),
        ({"fulfilled_on": dt.date(2026, 7, 3)}, DeadlineOutcome.LATE),
        ({}, DeadlineOutcome.MISSED),
        ({"ended_on": dt.date(2026, 7, 2)}, DeadlineOutcome.ENDED),
        ({"ended_on": dt.date(2026, 7, 3)}, DeadlineOutcome.MISSED),
    ],
)
def test_a_deadline_is_met_late_missed_or_ended(fields, outcome):
    assert deadline_outcome(_deadline(**fields)) is outcome


def test_only_met_late_and_missed_deadlines_count_as_decided():
    decided = {o for o in DeadlineOutcome if o.decided}
    assert decided == {DeadlineOutcome.MET, DeadlineOutcome.LATE, DeadlineOutcome.MISSED}


def test_elias_asking_for_help_himself_has_the_childrens_investigation_limit_from_the_original():
    # A pseudonymised case has no birth dates: that Elias (12) is a child is not known there,
    # so only the original case's own deadlines hold the four-month limit for children.
    case = new_case().record(
        HelpRequested(at=at("2026-03-02"), actor=SOCIAL_WORKER, person_id="elias"),
        InvestigationOpened(at=at("2026-03-03"), actor=SOCIAL_WORKER),
    )
    on = dt.date(2026, 8, 1)
    done = pseudonymise(case, KEY)
    assert statistics_view([done], on=on).deadlines == ()
    (row,) = deadline_rows(done, deadlines(case, on=on))
    assert (row.kind, row.outcome, row.case) == (
        DeadlineKind.INVESTIGATION,
        DeadlineOutcome.MISSED,
        done.case.id,
    )
