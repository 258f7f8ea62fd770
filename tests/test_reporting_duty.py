"""Who must, should or need not report concern for a child, and reports of concern as recorded."""

import datetime as dt

import pytest

from familyviolence import AgencyKind, InvalidModel, Jurisdiction
from familyviolence.collaboration import (
    ConcernCategory,
    ProfessionalRole,
    ReportingDuty,
    ReportOfConcern,
    Sector,
)
from familyviolence.events import ReportOfConcernReceived
from familyviolence.jurisdictions import reporting_duty, reporting_duty_of
from familyviolence.jurisdictions.se import PROPOSED_REPORTERS_2026
from familyviolence.vocabulary import ReporterKind
from scenario import SOCIAL_WORKER, at, new_case

SPRING_2026 = dt.date(2026, 3, 2)
K = AgencyKind
R = ProfessionalRole


def test_a_child_health_centre_nurse_in_sweden_must_report_to_social_services():
    answer = reporting_duty("SE", K.CHILD_HEALTH_CENTRE, R.NURSE, on=SPRING_2026)
    assert answer.duty is ReportingDuty.MUST
    assert answer.report_to is K.SOCIAL_SERVICES_CHILDREN
    assert answer.rules == ("SE-REPORTING-AUTHORITIES",)
    assert answer.judgements == ()


@pytest.mark.parametrize("sector", [Sector.PUBLIC, Sector.PRIVATE])
@pytest.mark.parametrize("role", [R.DENTIST, R.DENTAL_NURSE, R.ADMINISTRATIVE_STAFF, None])
def test_a_dental_clinic_employee_must_report_whoever_runs_the_clinic(sector, role):
    answer = reporting_duty("SE", K.DENTAL_CARE, role, sector=sector, on=SPRING_2026)
    assert answer.duty is ReportingDuty.MUST


def test_a_volunteer_at_a_womens_shelter_should_report():
    answer = reporting_duty(
        "SE", K.WOMENS_SHELTER, R.VOLUNTEER, sector=Sector.NON_PROFIT, on=SPRING_2026
    )
    assert answer.duty is ReportingDuty.SHOULD
    assert answer.rules == ("SE-REPORTING-EVERYONE",)
    assert str(answer.equivalents[0]) == "SoL 2001:453 14 kap. 1 c §"


def test_an_employee_of_a_non_profit_shelter_must_report_if_it_works_on_the_social_services_area():
    answer = reporting_duty(
        "SE", K.WOMENS_SHELTER, R.SUPPORT_WORKER, sector=Sector.NON_PROFIT, on=SPRING_2026
    )
    assert answer.duty is ReportingDuty.MUST
    assert "social services' area" in answer.judgements[0]


def test_a_member_of_the_public_in_sweden_should_report():
    assert reporting_duty("SE", None, on=SPRING_2026).duty is ReportingDuty.SHOULD


def test_a_norwegian_kindergarten_teacher_must_inform_the_child_welfare_service():
    answer = reporting_duty("NO", K.PRESCHOOL, R.PRESCHOOL_TEACHER, on=SPRING_2026)
    assert answer.duty is ReportingDuty.MUST
    assert answer.report_to is K.CHILD_WELFARE
    # Verified against bufdir.no (RULES.md, December 2026).
    assert [str(r) for r in answer.references] == ["barnevernsloven 2021:97 § 13-2"]


def test_a_teacher_at_a_private_norwegian_kindergarten_must_inform_if_it_does_a_public_task():
    answer = reporting_duty(
        "NO", K.PRESCHOOL, R.PRESCHOOL_TEACHER, sector=Sector.PRIVATE, on=SPRING_2026
    )
    assert answer.duty is ReportingDuty.MUST
    assert answer.rules == ("NO-REPORTING-PUBLIC-TASKS",)
    assert "state, a county or a municipality" in answer.judgements[0]


def test_norwegian_health_personnel_must_inform_wherever_they_work():
    answer = reporting_duty("NO", K.OTHER, R.PSYCHOLOGIST, sector=Sector.PRIVATE, on=SPRING_2026)
    assert answer.duty is ReportingDuty.MUST
    assert [str(r) for r in answer.references] == ["helsepersonelloven § 33"]


def test_a_public_health_nurse_in_norway_has_both_duties_and_no_judgement_left():
    answer = reporting_duty("NO", K.CHILD_HEALTH_CENTRE, R.NURSE, on=SPRING_2026)
    assert set(answer.rules) == {"NO-REPORTING-PUBLIC", "NO-REPORTING-HEALTH-PERSONNEL"}
    assert answer.judgements == ()


def test_a_private_individual_in_norway_has_no_duty_but_the_duty_to_avert_is_mentioned():
    answer = reporting_duty("NO", None, on=SPRING_2026)
    assert answer.duty is ReportingDuty.NONE
    assert "straffeloven § 196" in answer.judgements[0]


def test_the_swedish_reference_follows_the_act_in_force_on_the_day():
    before = reporting_duty("SE", K.SCHOOL, R.TEACHER, on=dt.date(2025, 6, 30))
    after = reporting_duty("SE", K.SCHOOL, R.TEACHER, on=dt.date(2025, 7, 1))
    assert str(before.reference) == "SoL 2001:453 14 kap. 1 §"
    assert before.reference.verified
    assert after.reference.statute == "SoL 2025:400"
    assert after.reference.provision is None  # the new section number is not invented
    assert not after.reference.verified
    assert after.equivalents == (before.reference,)


def test_the_norwegian_reference_follows_the_act_in_force_on_the_day():
    old = reporting_duty("NO", K.SCHOOL, R.TEACHER, on=dt.date(2022, 12, 31))
    assert str(old.reference) == "barnevernloven 1992:100 (old act) § 6-4"


def test_an_authority_outside_the_known_list_must_report_if_its_activity_concerns_children():
    # SoL 2001:453 14 kap. 1 § 1st para. 1: every authority whose activity concerns children
    # and young people. The library cannot know that of a housing agency: "must, subject to".
    answer = reporting_duty("SE", K.HOUSING_AGENCY, R.OTHER_STAFF, on=SPRING_2026)
    assert answer.duty is ReportingDuty.MUST
    assert answer.rules == ("SE-REPORTING-AUTHORITIES-CONCERNING-CHILDREN",)
    assert "concerns children and young people" in answer.judgements[0]
    private = reporting_duty(
        "SE", K.HOUSING_AGENCY, R.OTHER_STAFF, sector=Sector.PRIVATE, on=SPRING_2026
    )
    assert private.duty is ReportingDuty.SHOULD


def test_the_wider_reporters_of_the_bill_apply_only_when_enabled_and_from_their_date():
    # prop. 2025/26:12 (unverified): the Employment Service becomes a mandatory reporter
    # without the judgement whether its activity concerns children.
    day = dt.date(2026, 2, 1)
    shipped = reporting_duty("SE", K.EMPLOYMENT_AGENCY, on=day)
    assert shipped.duty is ReportingDuty.MUST
    assert shipped.judgements
    enabled = reporting_duty("SE", K.EMPLOYMENT_AGENCY, on=day, extra_rules=PROPOSED_REPORTERS_2026)
    assert enabled.duty is ReportingDuty.MUST
    assert enabled.judgements == ()
    assert "SE-REPORTING-PROPOSED-AUTHORITIES" in enabled.rules
    assert any(r.statute == "prop. 2025/26:12" and not r.verified for r in enabled.references)
    too_early = reporting_duty(
        "SE", K.EMPLOYMENT_AGENCY, on=dt.date(2026, 1, 14), extra_rules=PROPOSED_REPORTERS_2026
    )
    assert "SE-REPORTING-PROPOSED-AUTHORITIES" not in too_early.rules


def test_a_public_order_guard_not_a_security_guard_must_report_under_the_bill():
    # The bill names ordningsvakter (public-order guards), not väktare (security guards).
    def duty(role):
        return reporting_duty(
            "SE",
            K.OTHER,
            role,
            sector=Sector.PRIVATE,
            on=dt.date(2026, 2, 1),
            extra_rules=PROPOSED_REPORTERS_2026,
        )

    assert duty(R.PUBLIC_ORDER_GUARD).rules == ("SE-REPORTING-PROPOSED-PUBLIC-ORDER-GUARDS",)
    assert duty(R.PUBLIC_ORDER_GUARD).duty is ReportingDuty.MUST
    assert duty(R.SECURITY_GUARD).duty is ReportingDuty.SHOULD
    off_by_default = reporting_duty(
        "SE", K.OTHER, R.PUBLIC_ORDER_GUARD, sector=Sector.PRIVATE, on=dt.date(2026, 2, 1)
    )
    assert off_by_default.duty is ReportingDuty.SHOULD


def test_the_security_service_and_forensic_psychiatry_must_report():
    # SoL 2001:453 14 kap. 1 § 1st para. 2 (verified, RULES.md).
    for kind in (K.SECURITY_SERVICE, K.FORENSIC_PSYCHIATRY):
        answer = reporting_duty("SE", kind, R.OTHER_STAFF, on=SPRING_2026)
        assert answer.duty is ReportingDuty.MUST
        assert answer.rules == ("SE-REPORTING-AUTHORITIES",)
        assert answer.judgements == ()


def test_family_counselling_must_report_only_what_it_knows_of_a_child_abused_at_home():
    # SoL 2001:453 14 kap. 1 § 2nd para.: knowledge, not suspicion; a child who lives with
    # violence between close relatives is subjected to psychological abuse (mfof.se).
    for sector in (Sector.PUBLIC, Sector.PRIVATE):
        answer = reporting_duty(
            "SE", K.FAMILY_COUNSELLING, R.THERAPIST, sector=sector, on=dt.date(2025, 3, 3)
        )
        assert answer.duty is ReportingDuty.MUST
        assert answer.rules == ("SE-REPORTING-FAMILY-COUNSELLING",)
        assert str(answer.reference) == "SoL 2001:453 14 kap. 1 § 2nd para."
        assert "only on knowledge, not suspicion" in answer.judgements[0]
        assert "psychological abuse" in answer.judgements[0]


def test_a_jurisdiction_without_an_answer_is_an_error():
    with pytest.raises(ValueError, match="no reporting-duty rule"):
        reporting_duty("SE", K.SCHOOL, on=SPRING_2026, rules=())


def report(**fields):
    values = {
        "id": "report-1",
        "child": "elias",
        "received_at": at("2026-03-02", "09:40"),
        "reporter_kind": ReporterKind.CHILD_HEALTH_CENTRE,
        "reporter_agency": K.CHILD_HEALTH_CENTRE,
        "reporter_role": R.NURSE,
        "concerns": (ConcernCategory.WITNESSED_VIOLENCE,),
    }
    return ReportOfConcern(**(values | fields))


def test_a_report_knows_its_reporters_duty_on_the_day_it_was_received():
    assert reporting_duty_of(report(), Jurisdiction.SE).duty is ReportingDuty.MUST
    from_a_parent = report(
        reporter_kind=ReporterKind.PARENT, reporter_agency=None, reporter_role=None
    )
    assert reporting_duty_of(from_a_parent, Jurisdiction.SE).duty is ReportingDuty.SHOULD


def test_a_private_individual_reports_without_an_agency():
    with pytest.raises(InvalidModel, match=r"ReportOfConcern\.reporter_agency"):
        report(reporter_kind=ReporterKind.ANONYMOUS)


def test_the_agency_must_agree_with_the_kind_of_reporter():
    with pytest.raises(InvalidModel, match="does not agree with reporter kind school"):
        report(reporter_kind=ReporterKind.SCHOOL)
    assert report(reporter_kind=ReporterKind.HEALTH_CARE).reporter_agency is K.CHILD_HEALTH_CENTRE


def test_a_report_names_what_it_is_about():
    with pytest.raises(InvalidModel, match="concerns"):
        report(concerns=())


def received(detail=None, **fields):
    values = {
        "at": at("2026-03-02", "09:40"),
        "actor": SOCIAL_WORKER,
        "report_id": "report-1",
        "reporter_kind": ReporterKind.CHILD_HEALTH_CENTRE,
        "report": detail,
    }
    return ReportOfConcernReceived(**(values | fields))


def test_the_event_that_receives_a_report_carries_it_and_the_case_lists_it():
    case = new_case().record(received(report()))
    assert case.reports == (report(),)
    assert case.report("report-1").concerns == (ConcernCategory.WITNESSED_VIOLENCE,)
    assert case.report("report-2") is None


@pytest.mark.parametrize(
    ("changed", "field"),
    [
        ({"report_id": "report-2"}, "report.id"),
        ({"at": at("2026-03-02", "09:41")}, "report.received_at"),
        ({"reporter_kind": ReporterKind.HEALTH_CARE}, "report.reporter_kind"),
    ],
)
def test_the_report_carried_must_agree_with_its_event(changed, field):
    with pytest.raises(InvalidModel, match=rf"ReportOfConcernReceived\.{field}"):
        received(report(), **changed)


def test_the_child_of_a_report_must_be_a_child_of_the_family():
    with pytest.raises(InvalidModel, match=r"Case\.history\[0\]\.report\.child: no person"):
        new_case().record(received(report(child="nobody")))
    with pytest.raises(InvalidModel, match=r"history\[0\]\.report\.child: was not a minor"):
        new_case().record(received(report(child="mother")))
