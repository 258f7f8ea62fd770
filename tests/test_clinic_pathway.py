"""A perpetrator clinic's pathway: intake talks, partner contact, treatment, drop-out, return."""

import datetime as dt

import pytest

from familyviolence import AgencyKind, Assessment, InvalidModel, Jurisdiction, evolve
from familyviolence.collaboration import (
    Agency,
    AssessmentTalk,
    ClinicPathway,
    Commission,
    CommissionReportKind,
    NoPartnerContactReason,
    PartnerContact,
    PathwayEnded,
    PathwayEndReason,
    PathwayStatus,
    PromisedReport,
    Sector,
    TreatmentCompleted,
    TreatmentDropOut,
    TreatmentReengagement,
    TreatmentRelapse,
    TreatmentStarted,
)
from familyviolence.events import (
    DecisionMade,
    ImmediateProtectionAssessed,
    InterventionInterrupted,
    InterventionStarted,
    InvestigationConcluded,
    InvestigationOpened,
    PreAssessmentConcluded,
    ReengagementPlanned,
    ReportOfConcernReceived,
)
from familyviolence.interventions import Intervention, InterventionKind
from familyviolence.vocabulary import ReporterKind
from scenario import SOCIAL_WORKER, at, new_case

SE = Jurisdiction.SE
CLINIC = Agency(
    id="mvu-malmo", kind=AgencyKind.PERPETRATOR_CLINIC, jurisdiction=SE, sector=Sector.NON_PROFIT
)
BOU = Agency(id="malmo-bou", kind=AgencyKind.SOCIAL_SERVICES_CHILDREN, jurisdiction=SE)
S = PathwayStatus
GROUP = InterventionKind.PERPETRATOR_GROUP_TREATMENT


def d(month, day):
    return dt.date(2026, month, day)


INTAKE = (
    AssessmentTalk(on=d(7, 1), in_target_group=True),
    AssessmentTalk(on=d(7, 8)),
    PartnerContact(on=d(7, 10), partner="mother", established=True, risk_assessment="sara-2026-06"),
    AssessmentTalk(on=d(7, 15)),
    AssessmentTalk(on=d(7, 22)),
)


def pathway(*steps):
    return ClinicPathway(id="pathway-1", person="father", clinic=CLINIC, steps=steps)


def test_a_father_goes_through_intake_group_treatment_a_drop_out_and_back_to_completion():
    intake = pathway(*INTAKE)
    assert intake.status is S.INTAKE
    assert len(intake.assessment_talks) == 4
    assert intake.partner_contact_established(on=d(7, 22))
    assert not intake.partner_contact_established(on=d(7, 9))

    treated = intake.record(TreatmentStarted(on=d(8, 19), treatment=GROUP))
    assert treated.status is S.IN_TREATMENT
    assert treated.treatment is GROUP

    dropped = treated.record(TreatmentDropOut(on=d(10, 7), reason="Stopped coming after a fight."))
    assert dropped.status is S.DROPPED_OUT
    assert dropped.reengagement_due

    plan = TreatmentReengagement(on=d(10, 9), follow_up_on=d(10, 23))
    reengaged = dropped.record(plan)
    assert reengaged.follow_up_on == d(10, 23)
    assert not reengaged.reengagement_due

    back = reengaged.record(
        PartnerContact(on=d(10, 23), partner="mother", established=True),
        TreatmentStarted(on=d(10, 28), treatment=GROUP),
    )
    done = back.record(TreatmentCompleted(on=d(12, 16)))
    assert done.status is S.COMPLETED
    assert [done.status_on(day) for day in (d(7, 1), d(9, 1), d(10, 20), d(11, 1), d(12, 16))] == [
        S.INTAKE,
        S.IN_TREATMENT,
        S.DROPPED_OUT,
        S.IN_TREATMENT,
        S.COMPLETED,
    ]


def test_a_relapse_after_completion_opens_a_reengagement_step():
    done = pathway(
        *INTAKE,
        TreatmentStarted(on=d(8, 19), treatment=GROUP),
        TreatmentCompleted(on=d(12, 16)),
    )
    relapsed = done.record(TreatmentRelapse(on=d(12, 30)))
    assert relapsed.reengagement_due
    again = relapsed.record(
        TreatmentReengagement(on=d(12, 31), follow_up_on=dt.date(2027, 1, 14)),
        TreatmentStarted(on=dt.date(2027, 1, 20), treatment=InterventionKind.CARING_DADS),
    )
    assert again.status is S.IN_TREATMENT
    assert again.treatment is InterventionKind.CARING_DADS


def test_partner_contact_that_could_not_be_established_says_why():
    contact = PartnerContact(
        on=d(7, 10), partner="mother", established=False, reason=NoPartnerContactReason.UNSAFE
    )
    ended = pathway(
        INTAKE[0], contact, PathwayEnded(on=d(7, 20), reason=PathwayEndReason.NO_PARTNER_CONTACT)
    )
    assert ended.status is S.ENDED
    assert not ended.partner_contact_established(on=d(7, 20))
    with pytest.raises(InvalidModel, match="say why"):
        PartnerContact(on=d(7, 10), partner="mother", established=False)
    with pytest.raises(InvalidModel, match="was established"):
        PartnerContact(
            on=d(7, 10), partner="mother", established=True, reason=NoPartnerContactReason.OTHER
        )


def test_a_person_outside_the_target_group_does_not_continue():
    with pytest.raises(InvalidModel, match="outside the target group"):
        AssessmentTalk(on=d(7, 1), in_target_group=False)
    declined = AssessmentTalk(on=d(7, 1), in_target_group=False, continues=False)
    with pytest.raises(InvalidModel, match=r"steps\[1\]: the person did not continue"):
        pathway(declined, AssessmentTalk(on=d(7, 8)))
    assert pathway(declined, PathwayEnded(on=d(7, 2), reason=PathwayEndReason.DECLINED)).status is (
        S.ENDED
    )


@pytest.mark.parametrize(
    ("steps", "index", "message"),
    [
        ((TreatmentStarted(on=d(7, 1), treatment=GROUP),), 0, "starts with a first assessment"),
        ((*INTAKE, AssessmentTalk(on=d(7, 29))), 5, "at most 3 further ones"),
        ((INTAKE[0], TreatmentDropOut(on=d(7, 2))), 1, "a drop-out is from treatment"),
        (
            (INTAKE[0], TreatmentReengagement(on=d(7, 2), follow_up_on=d(7, 9))),
            1,
            "re-engagement follows a drop-out or a relapse",
        ),
        ((INTAKE[0], TreatmentCompleted(on=d(7, 2))), 1, "only treatment that was started"),
        (
            (
                INTAKE[0],
                TreatmentStarted(on=d(7, 2), treatment=GROUP),
                AssessmentTalk(on=d(7, 3)),
            ),
            2,
            "assessment talks come before treatment",
        ),
        (
            (
                INTAKE[0],
                TreatmentStarted(on=d(7, 2), treatment=GROUP),
                TreatmentStarted(on=d(7, 3), treatment=GROUP),
            ),
            2,
            "already under way",
        ),
        (
            (
                INTAKE[0],
                PathwayEnded(on=d(7, 2), reason=PathwayEndReason.MOVED),
                TreatmentRelapse(on=d(7, 3)),
            ),
            2,
            "the pathway has ended",
        ),
    ],
)
def test_steps_out_of_order_are_refused_naming_the_step(steps, index, message):
    with pytest.raises(InvalidModel, match=rf"ClinicPathway\.steps\[{index}\]: .*{message}"):
        pathway(*steps)


def test_steps_come_in_date_order_and_the_partner_is_not_the_client():
    with pytest.raises(InvalidModel, match=r"steps\[1\]\.on"):
        pathway(AssessmentTalk(on=d(7, 8)), AssessmentTalk(on=d(7, 1)))
    with pytest.raises(InvalidModel, match=r"steps\[1\]\.partner"):
        pathway(INTAKE[0], PartnerContact(on=d(7, 2), partner="father", established=True))
    with pytest.raises(InvalidModel, match="follow_up_on"):
        TreatmentReengagement(on=d(7, 2), follow_up_on=d(7, 1))


def test_treatment_is_a_kind_of_perpetrator_treatment():
    with pytest.raises(InvalidModel, match="perpetrator treatment"):
        TreatmentStarted(on=d(7, 2), treatment=InterventionKind.CHILD_SUPPORT)
    assert TreatmentStarted(on=d(7, 2), treatment=InterventionKind.IDAP).treatment.label("en")


SW = SOCIAL_WORKER
SARA = Assessment(
    id="sara-2026-06",
    instrument="sara",
    version="3",
    subject="father",
    assessor="specialist-2",
    assessed_on=d(6, 30),
)
TREATMENT = Intervention(id="group-father", kind=GROUP, for_person="father")


def commissioned_case():
    """Social services grant group treatment and commission the clinic to carry it out."""
    case = new_case().record(
        ReportOfConcernReceived(
            at=at("2026-03-02"), actor=SW, report_id="report-1", reporter_kind=ReporterKind.SCHOOL
        ),
        ImmediateProtectionAssessed(
            at=at("2026-03-02", "11:00"), actor=SW, protection_needed=False
        ),
        PreAssessmentConcluded(at=at("2026-03-09"), actor=SW, investigate=True, reason="Violence."),
        InvestigationOpened(at=at("2026-03-10"), actor=SW),
        InvestigationConcluded(at=at("2026-06-20"), actor=SW),
        DecisionMade(
            at=at("2026-06-25"),
            actor=SW,
            granted=(TREATMENT,),
            motivation="Elias needs a father who does not use violence.",
            child_needs=("elias",),
        ),
    )
    commission = Commission(
        id="commission-1",
        intervention="group-father",
        commissioner=BOU,
        provider=CLINIC,
        agreed_on=d(6, 26),
        reports=(
            PromisedReport(id="plan", due_on=d(7, 31), kind=CommissionReportKind.PLAN),
            PromisedReport(id="interruption", due_on=d(10, 14), sent_on=d(10, 8)),
        ),
    )
    return evolve(case, assessments=(SARA,)).with_records(commission)


def test_the_clinics_pathway_and_social_services_history_tell_the_same_story_each_their_own_way():
    clinic_view = pathway(
        *INTAKE,
        TreatmentStarted(on=d(8, 19), treatment=GROUP),
        TreatmentDropOut(on=d(10, 7)),
        TreatmentReengagement(on=d(10, 9), follow_up_on=d(10, 23)),
    )
    case = commissioned_case().with_records(
        ClinicPathway(
            id="pathway-1",
            person="father",
            clinic=CLINIC,
            steps=clinic_view.steps,
            commission="commission-1",
        )
    )
    case = case.record(
        InterventionStarted(at=at("2026-08-19"), actor=SW, intervention_id="group-father"),
        InterventionInterrupted(at=at("2026-10-08"), actor=SW, intervention_id="group-father"),
        ReengagementPlanned(
            at=at("2026-10-09"), actor=SW, intervention_id="group-father", follow_up_on=d(10, 23)
        ),
    )
    assert case.pathway("pathway-1").follow_up_on == case.state.interventions[0].follow_up_on
    assert case.commission_for("group-father").provider == CLINIC
    assert case.pathways_of("father") == (case.pathway("pathway-1"),)
    overdue = case.commission("commission-1").overdue_reports(on=d(8, 15))
    assert [r.id for r in overdue] == ["plan"]


def test_in_a_case_the_pathway_refers_to_what_the_case_holds():
    case = commissioned_case()
    stranger = pathway(INTAKE[0], PartnerContact(on=d(7, 2), partner="neighbour", established=True))
    with pytest.raises(InvalidModel, match=r"Case\.pathways\[0\]\.steps\[1\]\.partner"):
        case.with_records(stranger)
    with pytest.raises(InvalidModel, match=r"pathways\[0\]\.steps\[2\]\.risk_assessment"):
        evolve(case, assessments=()).with_records(pathway(*INTAKE[:3]))
    with pytest.raises(InvalidModel, match=r"pathways\[0\]\.steps\[2\]\.incident"):
        case.with_records(
            pathway(
                INTAKE[0],
                TreatmentStarted(on=d(7, 2), treatment=GROUP),
                TreatmentRelapse(on=d(7, 3), incident="incident-9"),
            )
        )
    with pytest.raises(InvalidModel, match=r"pathways\[0\]\.commission"):
        case.with_records(
            ClinicPathway(id="p", person="father", clinic=CLINIC, commission="commission-9")
        )
    with pytest.raises(InvalidModel, match=r"pathways\[0\]\.person"):
        case.with_records(ClinicPathway(id="p", person="nobody", clinic=CLINIC))
