"""The Uppsala pathway: a father with custody who used violence, followed through the case.

The police report concern for two children after their father assaulted their mother at home.
Social services investigate and, with his consent, refer the father to the perpetrator clinic
for assessment talks. The clinic contacts the mother once the municipality's specialist,
qualified for the instrument, has made a structured risk assessment of the risk to her (the
caseworker's own assessment does not count: the caseworker is not qualified for it). The
father, who has custody together with the mother, is granted individual treatment at the clinic
(commissioned, with reports promised to social services) and temporary housing so that the
children can stay at home with their mother. Alva is heard at school and Noah at preschool
during the investigation, and the decision is explained to both. He drops out of treatment; a
re-engagement is planned, followed up, and he starts again; the clinic's progress report is late.

Who is qualified for which instrument, and the agreement between social services and the
clinic, come from the municipality's :class:`~familyviolence.collaboration.Directory`.

The case is evaluated against the law and good practice at several dates, printing what is
wrong, overdue or missing on each. Run it with ``python examples/uppsala_pathway.py``. The
people are invented.
"""

from __future__ import annotations

import datetime as dt

from familyviolence import (
    Actor,
    AgencyKind,
    Answer,
    Assessment,
    Case,
    ChildExposure,
    Consent,
    ExposureKind,
    FamilySystem,
    Findings,
    Household,
    Incident,
    IncidentTime,
    InformationSource,
    Judgement,
    Jurisdiction,
    Period,
    Person,
    Relationship,
    RelationshipKind,
    Response,
    RiskLevel,
    ViolenceForm,
    default_catalogue,
    evaluate,
)
from familyviolence.collaboration import (
    Agency,
    AssessmentTalk,
    ClinicPathway,
    CollaborationAgreement,
    Commission,
    CommissionReportKind,
    Directory,
    DisclosurePurpose,
    PartnerContact,
    Professional,
    ProfessionalRole,
    PromisedReport,
    Referral,
    RequestedService,
    Routine,
    RoutineKind,
    Sector,
    TreatmentDropOut,
    TreatmentReengagement,
    TreatmentStarted,
)
from familyviolence.conversations import Conversation, ConversationKind, ConversationPlace
from familyviolence.events import (
    CaseEvent,
    DecisionMade,
    FollowUpDone,
    ImmediateProtectionAssessed,
    InterventionInterrupted,
    InterventionStarted,
    InvestigationConcluded,
    InvestigationOpened,
    PreAssessmentConcluded,
    ReengagementPlanned,
    ReportOfConcernReceived,
)
from familyviolence.interpreters import InterpreterKind, InterpreterUse
from familyviolence.interventions import Intervention, InterventionKind
from familyviolence.rules import RuleContext
from familyviolence.vocabulary import DataCategory, RecordedSex, ReporterKind
from familyviolence.voice import ChildVoice, HeardThrough, ParticipationStep

K = RelationshipKind
MOVED_OUT = dt.date(2026, 4, 20)
"""The day the father moved into the temporary flat."""

DATES = (
    dt.date(2026, 2, 24),
    dt.date(2026, 3, 11),
    dt.date(2026, 4, 20),
    dt.date(2026, 6, 5),
    dt.date(2026, 6, 25),
    dt.date(2026, 7, 1),
)
"""The days the case is evaluated on."""

CASEWORKER = Actor(
    id="uppsala-bou-7", agency_id="uppsala-bou", agency_kind=AgencyKind.SOCIAL_SERVICES_CHILDREN
)
SPECIALIST = "uppsala-risk-2"
"""The specialist of the municipality's risk-assessment group."""
POLICE_OFFICER = "police-118"

SOCIAL_SERVICES = Agency(
    id="uppsala-bou", kind=AgencyKind.SOCIAL_SERVICES_CHILDREN, jurisdiction=Jurisdiction.SE
)
RISK_GROUP = Agency(
    id="uppsala-risk", kind=AgencyKind.SOCIAL_SERVICES_FAMILY, jurisdiction=Jurisdiction.SE
)
CLINIC = Agency(
    id="uppsala-mvu",
    kind=AgencyKind.PERPETRATOR_CLINIC,
    jurisdiction=Jurisdiction.SE,
    sector=Sector.NON_PROFIT,
)
POLICE = Agency(id="police-uppsala", kind=AgencyKind.POLICE, jurisdiction=Jurisdiction.SE)


def build_family() -> FamilySystem:
    """Lina and Mattias live together with Alva (9) and Noah (6); both parents have custody."""
    children = ("child-1", "child-2")
    relationships = [Relationship(kind=K.PARTNER, from_person="mother", to_person="father")]
    for child in children:
        for parent in ("mother", "father"):
            relationships += [
                Relationship(kind=K.BIOLOGICAL_PARENT, from_person=parent, to_person=child),
                Relationship(kind=K.CUSTODIAN, from_person=parent, to_person=child),
            ]
    return FamilySystem(
        persons=(
            Person(
                id="mother",
                name="Lina Ek",
                birth_date=dt.date(1990, 5, 14),
                sex=RecordedSex.FEMALE,
            ),
            Person(
                id="father",
                name="Mattias Ek",
                birth_date=dt.date(1987, 11, 2),
                sex=RecordedSex.MALE,
            ),
            Person(id="child-1", name="Alva Ek", birth_date=dt.date(2016, 9, 8)),
            Person(id="child-2", name="Noah Ek", birth_date=dt.date(2020, 2, 19)),
        ),
        relationships=tuple(relationships),
        households=(
            Household(
                id="home",
                members=("mother", "father", *children),
                period=Period(end=MOVED_OUT - dt.timedelta(days=1)),
                address="Svartbäcksgatan 12, Uppsala",
            ),
            Household(
                id="home-without-father",
                members=("mother", *children),
                period=Period(start=MOVED_OUT),
                address="Svartbäcksgatan 12, Uppsala",
            ),
            Household(
                id="temporary-flat",
                members=("father",),
                period=Period(start=MOVED_OUT),
                address="Kungsgatan 40, Uppsala",
            ),
        ),
    )


def build_incident() -> Incident:
    """The assault the police reported: the children saw and heard it."""
    return Incident(
        id="incident-1",
        when=IncidentTime.on(dt.date(2026, 2, 8), as_reported="söndag kväll"),
        recorded_at=dt.datetime(2026, 2, 9, 16, 40),  # noqa: DTZ001 - local time, as recorded
        forms=(ViolenceForm.PHYSICAL, ViolenceForm.PSYCHOLOGICAL),
        perpetrators=("father",),
        # A child who witnesses violence between close relatives is a crime victim too.
        victims=("mother", "child-1", "child-2"),
        children=(
            ChildExposure(child="child-1", kinds=(ExposureKind.WITNESSED, ExposureKind.HEARD)),
            ChildExposure(child="child-2", kinds=(ExposureKind.HEARD,)),
        ),
        reported_to_police=True,
        sources=(InformationSource.POLICE,),
        description="Knuffade henne mot dörren och hotade henne inför barnen.",
    )


def _assessment(
    assessment_id: str, instrument: str, version: str, assessor: str, on: dt.date
) -> Assessment:
    """A structured professional judgement of the father: every item rated, high risk."""
    definition = default_catalogue().definition(instrument, version)
    present = {item.code for item in definition.items[::3]}
    answers = []
    for item in definition.items:
        value = Response.PRESENT if item.code in present else Response.ABSENT
        past = value if item.scale.two_time_frames else None
        answers.append(Answer(item=item.code, value=value, past=past))
    return Assessment(
        id=assessment_id,
        instrument=instrument,
        version=version,
        subject="father",
        assessor=assessor,
        assessed_on=on,
        answers=tuple(answers),
        judgements=tuple(
            Judgement(id=j.id, level=RiskLevel.HIGH, rationale="Upprepat våld, hot inför barn.")
            for j in definition.judgements
        ),
    )


def build_assessments() -> tuple[Assessment, ...]:
    """The police's B-SAFER, a SARA by the caseworker, and the specialist's SARA."""
    return (
        _assessment("b-safer-1", "b_safer", "2", POLICE_OFFICER, dt.date(2026, 2, 9)),
        _assessment("sara-1", "sara", "3", CASEWORKER.id, dt.date(2026, 2, 26)),
        _assessment("sara-2", "sara", "3", SPECIALIST, dt.date(2026, 3, 12)),
    )


def build_history() -> tuple[CaseEvent, ...]:
    """What social services recorded, in order."""
    me = CASEWORKER

    def at(day: str, time: str) -> dt.datetime:
        return dt.datetime.fromisoformat(f"{day}T{time}")

    decision = DecisionMade(
        at=at("2026-04-16", "09:00"),
        actor=me,
        granted=(
            Intervention(
                id="clinic-treatment",
                kind=InterventionKind.PERPETRATOR_INDIVIDUAL_TREATMENT,
                for_person="father",
            ),
            Intervention(
                id="temporary-housing",
                kind=InterventionKind.PERPETRATOR_HOUSING,
                for_person="father",
            ),
            Intervention(
                id="victim-support", kind=InterventionKind.VICTIM_SUPPORT, for_person="mother"
            ),
            Intervention(id="child-group", kind=InterventionKind.CHILD_GROUP, for_person="child-1"),
        ),
        child_needs=("child-1", "child-2"),
        motivation="Barnen behöver en trygg vardag hemma och en pappa som slutar använda våld.",
    )
    return (
        # Received after the end of the office day: the protection assessment is due tomorrow.
        ReportOfConcernReceived(
            at=at("2026-02-09", "16:40"),
            actor=me,
            report_id="report-1",
            reporter_kind=ReporterKind.POLICE,
        ),
        ImmediateProtectionAssessed(
            at=at("2026-02-10", "08:30"), actor=me, protection_needed=False
        ),
        # Two days after its due date, 23 February.
        PreAssessmentConcluded(
            at=at("2026-02-25", "10:00"),
            actor=me,
            investigate=True,
            reason="Barnen har sett och hört våld i hemmet.",
        ),
        InvestigationOpened(at=at("2026-02-25", "10:30"), actor=me),
        InvestigationConcluded(at=at("2026-04-14", "15:00"), actor=me),
        decision,
        InterventionStarted(
            at=at("2026-04-20", "09:00"), actor=me, intervention_id="temporary-housing"
        ),
        InterventionStarted(
            at=at("2026-04-22", "13:00"), actor=me, intervention_id="clinic-treatment"
        ),
        InterventionStarted(
            at=at("2026-04-24", "10:00"), actor=me, intervention_id="victim-support"
        ),
        InterventionInterrupted(
            at=at("2026-06-03", "16:00"),
            actor=me,
            intervention_id="clinic-treatment",
            reason="Uteblev från tre samtal i rad.",
        ),
        ReengagementPlanned(
            at=at("2026-06-08", "11:00"),
            actor=me,
            intervention_id="clinic-treatment",
            follow_up_on=dt.date(2026, 6, 22),
        ),
        # Four days after the planned date.
        FollowUpDone(at=at("2026-06-26", "14:00"), actor=me, intervention_id="clinic-treatment"),
        InterventionStarted(
            at=at("2026-06-29", "13:00"), actor=me, intervention_id="clinic-treatment"
        ),
    )


def build_consent() -> Consent:
    """The father's consent that social services tell the clinic about the case."""
    return Consent(
        id="consent-1",
        person="father",
        given_by=("father",),
        given_on=dt.date(2026, 3, 2),
        purposes=(DisclosurePurpose.SUPPORT_AND_CARE,),
        categories=(DataCategory.IDENTITY, DataCategory.INCIDENTS),
        recipient_agencies=(CLINIC.id,),
        valid=Period(end=dt.date(2026, 12, 31)),
    )


def build_referral() -> Referral:
    """Social services refer the father to the clinic during the investigation."""
    return Referral(
        id="referral-1",
        from_agency=SOCIAL_SERVICES,
        to_agency=CLINIC,
        persons=("father",),
        reason="Våld mot partnern inför barnen; pappan vill ha hjälp.",
        asks=(RequestedService.ASSESSMENT, RequestedService.PARTNER_CONTACT),
        sent_on=dt.date(2026, 3, 2),
        consents=("consent-1",),
    ).accept(on=dt.date(2026, 3, 3))


def build_commission() -> Commission:
    """The clinic carries out the treatment social services granted, reporting back."""
    return Commission(
        id="commission-1",
        intervention="clinic-treatment",
        commissioner=SOCIAL_SERVICES,
        provider=CLINIC,
        agreed_on=dt.date(2026, 4, 16),
        reports=(
            PromisedReport(
                id="plan",
                due_on=dt.date(2026, 5, 6),
                kind=CommissionReportKind.PLAN,
                sent_on=dt.date(2026, 5, 4),
            ),
            PromisedReport(
                id="interruption",
                due_on=dt.date(2026, 6, 10),
                kind=CommissionReportKind.INTERRUPTION,
                sent_on=dt.date(2026, 6, 4),
            ),
            # Not sent by its due date.
            PromisedReport(id="progress-1", due_on=dt.date(2026, 6, 30)),
        ),
    )


def build_pathway() -> ClinicPathway:
    """The clinic's own record: intake talks, partner contact, treatment, drop-out, return."""
    return ClinicPathway(
        id="pathway-1",
        person="father",
        clinic=CLINIC,
        referral="referral-1",
        commission="commission-1",
        steps=(
            AssessmentTalk(on=dt.date(2026, 3, 4), in_target_group=True),
            AssessmentTalk(on=dt.date(2026, 3, 9)),
            PartnerContact(
                on=dt.date(2026, 3, 13),
                partner="mother",
                established=True,
                risk_assessment="sara-2",
            ),
            TreatmentStarted(
                on=dt.date(2026, 4, 22),
                treatment=InterventionKind.PERPETRATOR_INDIVIDUAL_TREATMENT,
            ),
            TreatmentDropOut(on=dt.date(2026, 6, 3)),
            TreatmentReengagement(on=dt.date(2026, 6, 8), follow_up_on=dt.date(2026, 6, 22)),
            TreatmentStarted(
                on=dt.date(2026, 6, 29),
                treatment=InterventionKind.PERPETRATOR_INDIVIDUAL_TREATMENT,
            ),
        ),
    )


def build_voices() -> tuple[Conversation | ChildVoice, ...]:
    """The children's voices: heard in the investigation, told of the decision the day after."""
    no_interpreter = InterpreterUse(kind=InterpreterKind.NONE)
    talks = (
        Conversation(
            id="talk-alva",
            kind=ConversationKind.CHILD_TALK,
            on=dt.date(2026, 3, 5),
            persons=("child-1",),
            staff=(CASEWORKER.id,),
            place=ConversationPlace.SCHOOL,
            alone=True,
            interpreter=no_interpreter,
            summary="Alva berättar om kvällen i hallen och att hon var rädd.",
        ),
        Conversation(
            id="talk-decision",
            kind=ConversationKind.CHILD_TALK,
            on=dt.date(2026, 4, 17),
            persons=("child-1", "child-2"),
            staff=(CASEWORKER.id,),
            place=ConversationPlace.HOME,
            alone=False,
            interpreter=no_interpreter,
        ),
    )
    heard = (
        ChildVoice(
            id="voice-alva",
            child="child-1",
            step=ParticipationStep.INVESTIGATION,
            on=dt.date(2026, 3, 5),
            informed_on=dt.date(2026, 3, 5),
            heard_through=HeardThrough.CONVERSATION,
            talks=("talk-alva",),
            views="Vill bo kvar hemma med mamma och Noah.",
            weight="Stor vikt: hon är nio år och tydlig.",
        ),
        ChildVoice(
            id="voice-noah",
            child="child-2",
            step=ParticipationStep.INVESTIGATION,
            on=dt.date(2026, 3, 6),
            informed_on=dt.date(2026, 3, 6),
            heard_through=HeardThrough.OBSERVATION,
            weight="Observerad på förskolan; lugn med mamma.",
        ),
    )
    explained = tuple(
        ChildVoice(
            id=f"decision-{child}",
            child=child,
            step=ParticipationStep.DECISION,
            on=dt.date(2026, 4, 17),
            informed_on=dt.date(2026, 4, 17),
            heard_through=HeardThrough.CONVERSATION,
            talks=("talk-decision",),
        )
        for child in ("child-1", "child-2")
    )
    return (*talks, *heard, *explained)


def build_case() -> Case:
    """The whole case, as recorded by 29 June 2026."""
    return Case(
        id="uppsala-2026-0117",
        jurisdiction=Jurisdiction.SE,
        family=build_family(),
        subjects=("child-1", "child-2"),
        incidents=(build_incident(),),
        history=build_history(),
        assessments=build_assessments(),
        consents=(build_consent(),),
        referrals=(build_referral(),),
        commissions=(build_commission(),),
        pathways=(build_pathway(),),
    ).with_records(*build_voices())


def build_directory() -> Directory:
    """The municipality's agencies, professionals and agreements."""
    return Directory(
        agencies=(SOCIAL_SERVICES, RISK_GROUP, CLINIC, POLICE),
        professionals=(
            Professional(
                id=CASEWORKER.id, agency=SOCIAL_SERVICES.id, role=ProfessionalRole.SOCIAL_WORKER
            ),
            # The specialist is qualified for the instrument the partner contact rests on.
            Professional(
                id=SPECIALIST,
                agency=RISK_GROUP.id,
                role=ProfessionalRole.SOCIAL_WORKER,
                instruments=("sara", "b_safer"),
            ),
            Professional(
                id=POLICE_OFFICER,
                agency=POLICE.id,
                role=ProfessionalRole.POLICE_OFFICER,
                instruments=("b_safer",),
            ),
        ),
        agreements=(
            CollaborationAgreement(
                id="agreement-uppsala-mvu",
                parties=(SOCIAL_SERVICES.id, CLINIC.id),
                goal="Våldet upphör och barnen får en trygg vardag.",
                target_group="Föräldrar som utövar våld i nära relationer och deras familjer.",
                needs=("Partnerkontakt under hela behandlingen.", "Återrapportering."),
                routines=tuple(
                    Routine(kind=kind, description="Skriven rutin, se bilaga.")
                    for kind in (
                        RoutineKind.DETECTION,
                        RoutineKind.RESPONSE,
                        RoutineKind.CASE_HANDLING,
                    )
                ),
                signed_on=dt.date(2025, 11, 3),
            ),
        ),
    )


def build_context() -> RuleContext:
    """What the municipality knows besides the case, from its directory."""
    return RuleContext.from_directory(build_directory())


def evaluations() -> list[tuple[dt.date, Findings]]:
    """The case evaluated on each of :data:`DATES`."""
    case, context = build_case(), build_context()
    return [(day, evaluate(case, on=day, context=context)) for day in DATES]


def main(lang: str = "en") -> None:
    """Print the findings on each date."""
    for day, findings in evaluations():
        print(f"On {day}: {len(findings)} finding{'' if len(findings) == 1 else 's'}")
        for finding in findings:
            print(f"  {finding.severity.value:<7} {finding.rule_id}  {finding.path}")
            print(f"          {finding.text(lang)}")
            print(f"          {finding.reference}")


if __name__ == "__main__":
    main()
