"""Hypothesis strategies that generate *valid* objects of the library's types.

Every function returns a :class:`~hypothesis.strategies.SearchStrategy`; the objects it
generates satisfy every invariant of their type, so a test can use them as input without
filtering. The same strategies are registered for :func:`hypothesis.strategies.from_type`
when the ``testing`` extra is installed.

>>> from hypothesis import given
>>> from familyviolence.testing import strategies as fvst
>>> @given(fvst.family_systems())
... def test_a_parent_is_listed_by_their_children(family):
...     for person in family.persons:
...         for child in family.children_of(person.id):
...             assert person in family.parents_of(child.id)
>>> test_a_parent_is_listed_by_their_children()
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st
from stdnum import luhn
from stdnum.no import fodselsnummer, orgnr

from familyviolence._model import evolve
from familyviolence.cases import Case
from familyviolence.collaboration import (
    MATURITY,
    PRIVATE_REPORTERS,
    REFERRAL_TRANSITIONS,
    REPORTER_AGENCIES,
    Agency,
    AssessmentTalk,
    CareGroup,
    ChildView,
    ClinicPathway,
    CollaborationAgreement,
    Commission,
    CommissionReportKind,
    ConcernCategory,
    Consent,
    Directory,
    DisclosureOutcome,
    DisclosureProvision,
    DisclosurePurpose,
    DisclosureRequest,
    JudgementCondition,
    LegalGround,
    NoPartnerContactReason,
    PartnerContact,
    PathwayEnded,
    PathwayEndReason,
    PathwayStep,
    Professional,
    ProfessionalRole,
    PromisedReport,
    RecordedJudgement,
    Referral,
    ReferralChange,
    ReferralOutcome,
    ReferralOutcomeReason,
    ReferralStatus,
    ReportingDutyProvision,
    ReportOfConcern,
    RequestedService,
    Routine,
    RoutineKind,
    Sector,
    SuspectedOffence,
    Training,
    TrainingLevel,
    TrainingTopic,
    TreatmentCompleted,
    TreatmentDropOut,
    TreatmentReengagement,
    TreatmentRelapse,
    TreatmentStarted,
)
from familyviolence.conference_criteria import ConferenceCriteria, CriterionMet
from familyviolence.disclosure import (
    DisclosureDecision,
    GroundConsidered,
    HumanJudgement,
    Withholding,
    decide_disclosure,
)
from familyviolence.errors import InvalidModel
from familyviolence.events import (
    EVENT_CLASSES,
    Actor,
    CaseClosed,
    CaseEvent,
    CaseReopened,
    ClosureReason,
    Correction,
    DecisionMade,
    FeedbackKind,
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
    ReporterFeedbackGiven,
    ReportOfConcernReceived,
)
from familyviolence.family import FamilySystem
from familyviolence.identity import IdentityNumber
from familyviolence.incidents import ChildExposure, Incident, IncidentTime
from familyviolence.instruments import (
    Answer,
    Assessment,
    AssessorQualifications,
    BandLevel,
    CalendarEntry,
    CommonRiskLevel,
    InstrumentCatalogue,
    InstrumentDefinition,
    InstrumentKind,
    ItemWeight,
    Judgement,
    JudgementOverride,
    Relevance,
    Response,
    RiskLevel,
    RiskMapping,
    RiskScenario,
    WeightTable,
    default_catalogue,
)
from familyviolence.interventions import Intervention, InterventionKind, InterventionStatus
from familyviolence.jurisdictions import ReportingDutyAnswer, pack_for, reporting_duty
from familyviolence.jurisdictions import no as no_collaboration
from familyviolence.jurisdictions import se as se_collaboration
from familyviolence.law import LegalReference
from familyviolence.people import Person
from familyviolence.periods import Period
from familyviolence.privacy import (
    MIN_KEY_BYTES,
    AgeBand,
    AssessmentRow,
    BirthYear,
    CaseRow,
    DeadlineOutcome,
    DeadlineRow,
    ExposureRow,
    IncidentRow,
    InterventionRow,
    PartnerContactRow,
    PseudonymisedCase,
    Redacted,
    RedactedCase,
    Redaction,
    StatisticsView,
    WithheldBecause,
    pseudonymise,
    redact,
)
from familyviolence.process import DeadlineKind, EventType, Phase
from familyviolence.registers import barnevern as _register
from familyviolence.registers.barnevern import (
    CaseSystem,
    ChildParticipation,
    CodeList,
    CodeMapping,
    ControlNotApplicable,
    LegalBasis,
    MappingTable,
    Omission,
    ParticipationKind,
    RegisterCode,
    RegisterDocument,
    ReportingAgency,
)
from familyviolence.relations import Household, Relationship
from familyviolence.risk import (
    AssessedRisk,
    AssessmentCurrency,
    CurrentRisk,
    NotCurrent,
    current_risk,
)
from familyviolence.rulebook import default_rules
from familyviolence.rules import Finding, Findings, RuleContext, RuleSet, Severity
from familyviolence.safety import (
    ADDRESS_PROTECTION_LAW,
    CONTACT_BAN_LAW,
    AccompanyingChild,
    AddressProtectionMeasure,
    ChildNeed,
    ConferenceAction,
    ConferenceCriterion,
    ConferenceOutcome,
    ContactBan,
    ContactBanBreach,
    ContactBanKind,
    DecidingAuthority,
    HousingEndReason,
    InformationShare,
    OtherMeasure,
    OtherMeasureKind,
    PerpetratorHousing,
    PlanAction,
    PlanGap,
    PlanGapKind,
    PlanRisk,
    PlanStatus,
    ProtectedHousing,
    ProtectiveMeasure,
    RiskConference,
    SafetyPlan,
)
from familyviolence.vocabulary import (
    AddressProtection,
    AgencyKind,
    Country,
    DataCategory,
    ExposureKind,
    InformationSource,
    Jurisdiction,
    Labels,
    RecordedSex,
    RelationshipKind,
    ReporterKind,
    ViolenceForm,
)

__all__ = [
    "accompanying_children",
    "actors",
    "address_protection_measures",
    "agencies",
    "assessed_risks",
    "assessment_currencies",
    "assessment_rows",
    "assessments",
    "assessor_qualifications",
    "band_levels",
    "birth_years",
    "case_events",
    "case_rows",
    "case_systems",
    "cases",
    "child_exposures",
    "child_participations",
    "clinic_pathways",
    "code_lists",
    "code_mappings",
    "collaboration_agreements",
    "commissions",
    "conference_actions",
    "consents",
    "contact_ban_breaches",
    "contact_bans",
    "controls_not_applicable",
    "criteria_met",
    "current_risks",
    "deadline_rows",
    "directories",
    "disclosure_decisions",
    "disclosure_ground_rules",
    "disclosure_outcomes",
    "disclosure_requests",
    "evaluations",
    "exposure_rows",
    "family_systems",
    "findings",
    "grounds_considered",
    "households",
    "human_judgements",
    "identity_numbers",
    "ids",
    "incident_rows",
    "incident_times",
    "incidents",
    "information_shares",
    "instrument_catalogues",
    "instrument_definitions",
    "intervention_rows",
    "interventions",
    "judgement_conditions",
    "legal_bases",
    "legal_references",
    "mapping_tables",
    "names",
    "omissions",
    "other_measures",
    "partner_contact_rows",
    "pathway_steps",
    "periods",
    "perpetrator_housings",
    "persons",
    "plan_actions",
    "plan_gaps",
    "plan_risks",
    "professionals",
    "promised_reports",
    "protected_housings",
    "protective_measures",
    "pseudonymised_cases",
    "recorded_judgements",
    "redacted_cases",
    "redaction_markers",
    "redactions",
    "referral_changes",
    "referral_criteria",
    "referrals",
    "register_codes",
    "register_documents",
    "relationships",
    "reporting_agencies",
    "reporting_duty_answers",
    "reporting_duty_rules",
    "reports_of_concern",
    "risk_conferences",
    "risk_mappings",
    "routines",
    "rule_contexts",
    "rule_sets",
    "safety_plans",
    "statistics_views",
    "suspected_offences",
    "trainings",
    "weight_tables",
    "withholdings",
]

_EARLIEST_BIRTH = dt.date(1940, 1, 1)
_LATEST_BIRTH = dt.date(2025, 12, 31)
_ADULTS_BORN = st.dates(dt.date(1950, 1, 1), dt.date(2000, 12, 31))
_CHILDREN_BORN = st.dates(dt.date(2008, 1, 1), dt.date(2025, 12, 31))

# Invented people: given names and surnames common in Sweden and Norway, combined at random.
_GIVEN_NAMES = (
    "Astrid", "Ebba", "Ingrid", "Karin", "Maja", "Nora", "Saga", "Sofie", "Tuva", "Vilja",
    "Anders", "Bjørn", "Elias", "Henrik", "Jonas", "Lars", "Magnus", "Nils", "Oskar", "Sindre",
    "Amira", "Yasmin", "Ali", "Omar", "Leyla", "Mehmet", "Aino", "Juha",
)  # fmt: skip
_SURNAMES = (
    "Andersson", "Berg", "Dahl", "Eriksson", "Haugen", "Hansen", "Johansson", "Karlsson",
    "Lindqvist", "Lund", "Nilsson", "Olsen", "Pettersson", "Solberg", "Strand", "Wikström",
    "Hassan", "Yilmaz", "Korhonen", "Abdi",
)  # fmt: skip


def ids(prefix: str = "p") -> st.SearchStrategy[str]:
    """Stable ids such as ``"p-4f2a"``: never personal data."""
    return st.integers(min_value=0, max_value=0xFFFFF).map(lambda n: f"{prefix}-{n:05x}")


def names() -> st.SearchStrategy[str]:
    """Full names of invented people, such as ``"Karin Lindqvist"``."""
    return st.builds(
        lambda given, surname: f"{given} {surname}",
        st.sampled_from(_GIVEN_NAMES),
        st.sampled_from(_SURNAMES),
    )


_NAMES = st.none() | names()


def periods(
    *, earliest: dt.date = dt.date(1990, 1, 1), latest: dt.date = dt.date(2030, 12, 31)
) -> st.SearchStrategy[Period]:
    """Periods with ends between ``earliest`` and ``latest``; either end may be open."""
    ends = st.none() | st.dates(min_value=earliest, max_value=latest)
    return st.tuples(ends, ends).map(_period)


def _period(ends: tuple[dt.date | None, dt.date | None]) -> Period:
    start, end = ends
    if start is not None and end is not None and end < start:
        start, end = end, start
    return Period(start=start, end=end)


_BOOLEANS = st.booleans()
_SERIALS = st.integers(min_value=0, max_value=999)
_ADDRESS_PROTECTIONS = st.none() | st.sampled_from(AddressProtection)
_LANGUAGES = st.none() | st.sampled_from(("sv", "nb", "en", "ar", "so", "fa", "ti"))
_COUNTRIES = st.sampled_from(Country)
_BIRTH_DATES = st.dates(_EARLIEST_BIRTH, _LATEST_BIRTH)


def _draw_se_number(draw: st.DrawFn, born: dt.date) -> IdentityNumber:
    day = born.day + (60 if draw(_BOOLEANS) else 0)  # samordningsnummer add 60 to the day
    body = f"{born:%y%m}{day:02d}{draw(_SERIALS):03d}"
    number = f"{born.year // 100:02d}{body}{luhn.calc_check_digit(body)}"
    return IdentityNumber(country=Country.SE, number=number)


def _draw_no_number(draw: st.DrawFn, born: dt.date) -> IdentityNumber:
    day = born.day + (40 if draw(_BOOLEANS) else 0)  # D-nummer add 40 to the day
    # The individual number encodes the century: 000-499 for 1900-1999, 500-999 for 2000-2039.
    low = 0 if born.year < 2000 else 500  # noqa: PLR2004
    first_try = draw(_SERIALS)
    for step in range(500):
        individual = low + (first_try + step) % 500
        body = f"{day:02d}{born:%m%y}{individual:03d}"
        first = fodselsnummer.calc_check_digit1(body)
        second = fodselsnummer.calc_check_digit2(body + first)
        if len(first) == 1 and len(second) == 1:  # "10" means no number with this serial
            return IdentityNumber(country=Country.NO, number=body + first + second)
    msg = "no valid individual number for this birth date"  # pragma: no cover - never happens
    raise AssertionError(msg)


def _draw_identity_number(draw: st.DrawFn, country: Country, born: dt.date) -> IdentityNumber:
    return (_draw_se_number if country is Country.SE else _draw_no_number)(draw, born)


@st.composite
def identity_numbers(
    draw: st.DrawFn, country: Country | None = None, *, born: dt.date | None = None
) -> IdentityNumber:
    """Valid identity numbers of ``country`` (any, if ``None``) for people born on ``born``.

    Swedish numbers are personnummer or samordningsnummer, Norwegian ones fødselsnummer or
    D-nummer.
    """
    return _draw_identity_number(
        draw,
        draw(_COUNTRIES) if country is None else country,
        draw(_BIRTH_DATES) if born is None else born,
    )


def _draw_person(
    draw: st.DrawFn,
    person_id: str,
    birth_dates: st.SearchStrategy[dt.date],
) -> Person:
    born = draw(birth_dates) if draw(_BOOLEANS) else None
    number = None
    if born is not None and draw(_BOOLEANS):
        number = _draw_identity_number(draw, draw(_COUNTRIES), born)
    return Person(
        id=person_id,
        name=draw(_NAMES),
        identity_number=number,
        birth_date=born,
        address_protection=draw(_ADDRESS_PROTECTIONS),
        preferred_language=draw(_LANGUAGES),
        needs_interpreter=draw(_BOOLEANS),
    )


@st.composite
def persons(
    draw: st.DrawFn,
    *,
    person_id: st.SearchStrategy[str] | None = None,
    born_between: tuple[dt.date, dt.date] = (_EARLIEST_BIRTH, _LATEST_BIRTH),
) -> Person:
    """Persons, with or without name, birth date, identity number and the other facts."""
    return _draw_person(
        draw, draw(ids() if person_id is None else person_id), st.dates(*born_between)
    )


@st.composite
def relationships(
    draw: st.DrawFn, kinds: st.SearchStrategy[RelationshipKind] | None = None
) -> Relationship:
    """Relationships between two different person ids (on their own, outside a family)."""
    from_person, to_person = draw(st.lists(ids(), min_size=2, max_size=2, unique=True))
    return Relationship(
        kind=draw(st.sampled_from(RelationshipKind) if kinds is None else kinds),
        from_person=from_person,
        to_person=to_person,
        period=draw(_PERIODS),
    )


def households(members: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Household]:
    """Households of one to five distinct members, with or without an address."""
    return st.builds(
        Household,
        id=ids("household"),
        members=st.lists(
            ids() if members is None else members, min_size=1, max_size=5, unique=True
        ).map(tuple),
        period=periods(),
        address=st.none() | st.builds(_address, st.integers(1, 120), st.sampled_from(_SURNAMES)),
    )


def _address(number: int, street: str) -> str:
    return f"{street}vägen {number}"


@st.composite
def family_systems(draw: st.DrawFn, *, max_adults: int = 4, max_children: int = 4) -> FamilySystem:
    """Family systems of adults and children with parents, custody, partners and households.

    Children have up to two parents born before them and at most two custodians at a time,
    over their minority only; partners, step-parents, siblings, relatives and households are
    added at random. Every generated system satisfies every invariant of
    :class:`~familyviolence.FamilySystem`.
    """
    adults = [
        _draw_person(draw, f"adult-{i}", _ADULTS_BORN)
        for i in range(draw(st.integers(1, max_adults)))
    ]
    children = [
        _draw_person(draw, f"child-{i}", _CHILDREN_BORN)
        for i in range(draw(st.integers(0, max_children)))
    ]
    adult_ids = [a.id for a in adults]
    relations: list[Relationship] = []
    for child in children:
        parents = draw(st.lists(st.sampled_from(adult_ids), max_size=2, unique=True))
        for parent in parents:
            kind = draw(_PARENT_KIND)
            relations.append(Relationship(kind=kind, from_person=parent, to_person=child.id))
        custodians = draw(st.lists(st.sampled_from(adult_ids), max_size=2, unique=True))
        relations.extend(
            Relationship(
                kind=RelationshipKind.CUSTODIAN,
                from_person=custodian,
                to_person=child.id,
                period=draw(_minority(child)),
            )
            for custodian in custodians
        )
        others = [a for a in adult_ids if a not in parents]
        another_carer = draw(_BOOLEANS)
        if others and another_carer:
            relations.append(
                Relationship(
                    kind=draw(_OTHER_CARE_KIND),
                    from_person=draw(st.sampled_from(others)),
                    to_person=child.id,
                    period=draw(_minority(child)),
                )
            )
    pairs = [(a, b) for i, a in enumerate(adult_ids) for b in adult_ids[i + 1 :]]
    for a, b in draw(st.lists(st.sampled_from(pairs), unique=True)) if pairs else ():
        kind = draw(_ADULT_KIND)
        period = draw(_PERIODS)
        relations.append(Relationship(kind=kind, from_person=a, to_person=b, period=period))
    child_ids = [c.id for c in children]
    child_pairs = [(a, b) for i, a in enumerate(child_ids) for b in child_ids[i + 1 :]]
    for a, b in draw(st.lists(st.sampled_from(child_pairs), unique=True)) if child_pairs else ():
        relations.append(Relationship(kind=RelationshipKind.SIBLING, from_person=a, to_person=b))
    everyone = adult_ids + child_ids
    homes = draw(st.lists(households(st.sampled_from(everyone)), max_size=3, unique_by=_id))
    return FamilySystem(
        persons=(*adults, *children), relationships=tuple(relations), households=tuple(homes)
    )


def _id(household: Household) -> str:
    return household.id


def _minority(child: Person) -> st.SearchStrategy[Period]:
    """Periods inside the child's minority (open-ended periods end at 18 by law)."""
    if child.birth_date is None:
        return periods()
    last = child.majority_date() - dt.timedelta(days=1)
    return periods(earliest=child.birth_date, latest=last)


_PARENT_KINDS = (RelationshipKind.BIOLOGICAL_PARENT, RelationshipKind.ADOPTIVE_PARENT)
_OTHER_CARE_KINDS = (RelationshipKind.STEP_PARENT, RelationshipKind.CONTACT_RIGHT)
_ADULT_KINDS = (
    RelationshipKind.PARTNER,
    RelationshipKind.FORMER_PARTNER,
    RelationshipKind.SIBLING,
    RelationshipKind.OTHER_RELATIVE,
    RelationshipKind.OTHER_CLOSE_PERSON,
)
_PARENT_KIND = st.sampled_from(_PARENT_KINDS)
_OTHER_CARE_KIND = st.sampled_from(_OTHER_CARE_KINDS)
_ADULT_KIND = st.sampled_from(_ADULT_KINDS)
_PERIODS = periods()


# Invented notes of an assessor: free text is sensitive, so none of it comes from a real case.
_RATIONALES = (
    "Threats have increased since the separation.",
    "Several risk factors present; protective factors weak.",
    "Partner contact planned; victim informed of the safety plan.",
    "Information from police and social services agrees.",
)
_SCENARIOS = (
    "Renewed violence at handover of the children.",
    "Escalation if the contact ban is lifted.",
    "Threats by phone and messages after a court decision.",
)


def instrument_catalogues() -> st.SearchStrategy[InstrumentCatalogue]:
    """Catalogues of one or more of the shipped definitions."""
    definitions = default_catalogue().definitions
    return st.lists(st.sampled_from(definitions), min_size=1, unique_by=_key).map(
        lambda chosen: InstrumentCatalogue(definitions=tuple(chosen))
    )


def _key(definition: InstrumentDefinition) -> tuple[str, str]:
    return definition.key


def instrument_definitions(
    catalogue: InstrumentCatalogue | None = None,
) -> st.SearchStrategy[InstrumentDefinition]:
    """Definitions from ``catalogue`` (the shipped catalogue if not given)."""
    chosen = default_catalogue() if catalogue is None else catalogue
    return st.sampled_from(chosen.definitions)


@st.composite
def _answers(draw: st.DrawFn, definition: InstrumentDefinition) -> tuple[Answer, ...]:
    # Half the assessments answer every item, so that valid results are common; the others
    # leave items unanswered or omitted at random, so that invalid ones are too.
    complete = draw(st.booleans())
    answers = []
    for item in definition.items:
        if not complete and not draw(st.booleans()):
            continue  # left unanswered: counts as omitted
        scale = item.scale
        given = scale.responses[:-1] if complete else scale.responses  # OMITTED is last
        responses = st.sampled_from(given)
        answers.append(
            Answer(
                item=item.code,
                value=draw(responses),
                past=draw(responses) if scale.two_time_frames else None,
                relevance=draw(st.none() | st.sampled_from(Relevance))
                if scale.rates_relevance
                else None,
            )
        )
    return tuple(draw(st.permutations(answers)))


@st.composite
def _judgements(draw: st.DrawFn, definition: InstrumentDefinition) -> tuple[Judgement, ...]:
    recorded = [j for j in definition.judgements if j.required or draw(st.booleans())]
    return tuple(
        Judgement(
            id=j.id,
            level=draw(st.sampled_from(RiskLevel)),
            rationale=draw(st.none() | st.sampled_from(_RATIONALES)),
        )
        for j in recorded
    )


def _override(
    draw: st.DrawFn, definition: InstrumentDefinition, answers: tuple[Answer, ...]
) -> JudgementOverride | None:
    if definition.kind is not InstrumentKind.THRESHOLD_CHECKLIST or not draw(st.booleans()):
        return None
    count = sum(1 for a in answers if a.value is Response.YES)
    computed = definition.band_for(count)
    if computed is None:
        return None
    lowest = definition.bands.index(computed)
    band = draw(st.sampled_from(definition.bands[lowest:]))
    return JudgementOverride(band=band.id, reason=draw(st.sampled_from(_RATIONALES)))


def _calendar(
    draw: st.DrawFn, definition: InstrumentDefinition, assessed_on: dt.date
) -> tuple[CalendarEntry, ...]:
    calendar = definition.calendar
    if calendar is None:
        return ()
    # 28 days a month keeps every day inside the calendar's months, whatever their length.
    earliest = assessed_on - dt.timedelta(days=28 * calendar.months)
    entry = st.builds(
        CalendarEntry,
        day=st.dates(earliest, assessed_on),
        severity=st.integers(1, len(calendar.levels)),
    )
    return tuple(draw(st.lists(entry, max_size=6)))


@st.composite
def _assessment(draw: st.DrawFn, definition: InstrumentDefinition) -> Assessment:
    answers = draw(_answers(definition))
    assessed_on = draw(st.dates(dt.date(2015, 1, 1), dt.date(2030, 12, 31)))
    critical = [i.code for i in definition.items if i.critical]
    spj = definition.kind is InstrumentKind.STRUCTURED_PROFESSIONAL_JUDGEMENT
    scenario = st.builds(
        RiskScenario,
        description=st.sampled_from(_SCENARIOS),
        likelihood=st.none() | st.sampled_from(RiskLevel),
    )
    return Assessment(
        id=draw(ids("assessment")),
        instrument=definition.id,
        version=definition.version,
        subject=draw(ids()),
        assessor=draw(ids("professional")),
        assessed_on=assessed_on,
        answers=answers,
        judgements=draw(_judgements(definition)),
        critical_items=tuple(draw(st.lists(st.sampled_from(critical), unique=True)))
        if critical
        else (),
        scenarios=tuple(draw(st.lists(scenario, max_size=3))) if spj else (),
        override=_override(draw, definition, answers),
        calendar=_calendar(draw, definition, assessed_on),
    )


def assessments(
    definition: InstrumentDefinition | None = None,
) -> st.SearchStrategy[Assessment]:
    """Assessments that fit ``definition`` (any shipped definition if not given).

    About half answer every item; the others leave items unanswered or ``OMITTED`` at random,
    so some results are invalid for too many omissions. Every assessment passes
    :meth:`InstrumentCatalogue.validate
    <familyviolence.instruments.InstrumentCatalogue.validate>`. A checklist's override never
    lowers the level.
    """
    if definition is not None:
        return _assessment(definition)
    return instrument_definitions().flatmap(_assessment)


def band_levels() -> st.SearchStrategy[BandLevel]:
    """Levels of bands on the common scale of risk, for bands of invented ids."""
    return st.builds(
        BandLevel,
        band=ids("band"),
        level=st.sampled_from(CommonRiskLevel),
        verified=_BOOLEANS,
    )


def risk_mappings() -> st.SearchStrategy[RiskMapping]:
    """The risk mappings of the shipped definitions (each one fits its own definition)."""
    shipped = [d.risk for d in default_catalogue().definitions if d.risk is not None]
    return st.sampled_from(shipped)


def assessment_currencies() -> st.SearchStrategy[AssessmentCurrency]:
    """Limits on how long an assessment stays current: 1 to 36 calendar months."""
    return st.builds(AssessmentCurrency, months=st.integers(1, 36))


def weight_tables(
    definition: InstrumentDefinition | None = None,
) -> st.SearchStrategy[WeightTable]:
    """Invented weight tables for ``definition`` (the shipped Danger Assessment if not given).

    The weights are random, not the instrument's: use them to test code, never to score.
    """
    chosen = (
        default_catalogue().definition("danger_assessment", "2009")
        if definition is None
        else definition
    )
    weights = st.tuples(*(st.integers(-3, 8) for _ in chosen.items))
    return weights.map(
        lambda drawn: WeightTable(
            instrument=chosen.id,
            version=chosen.version,
            weights=tuple(
                ItemWeight(item=item.code, weight=w)
                for item, w in zip(chosen.items, drawn, strict=True)
            ),
        )
    )


def assessor_qualifications() -> st.SearchStrategy[AssessorQualifications]:
    """Professionals with the shipped instruments they are qualified for."""
    instruments = default_catalogue().instruments()
    return st.builds(
        AssessorQualifications,
        professional_id=ids("professional"),
        instruments=st.lists(st.sampled_from(instruments), unique=True).map(tuple),
    )


# -- incidents, events and cases ------------------------------------------------------------

# Both sides of Norway's 2023 and Sweden's 2025 acts. Histories hold the agency's local time.
_CASES_FROM = dt.datetime(2021, 6, 1)  # noqa: DTZ001
_CASES_UNTIL = dt.datetime(2026, 6, 30)  # noqa: DTZ001

# Invented free text: what a caseworker might write, never about real people.
_TEXTS = (
    "Samtal med mamma och barnen.",
    "Pappa förnekar våldet men vill ha hjälp.",
    "Uppgifter från skolan om oro.",
    "Bekymring fra helsestasjonen.",
    "Moren forteller om trusler over tid.",
    "Child describes shouting at night.",
    "Planned joint meeting with the perpetrator clinic.",
)


_INCIDENTS_FROM = dt.datetime(2016, 1, 1)  # noqa: DTZ001


def _texts() -> st.SearchStrategy[str]:
    return st.sampled_from(_TEXTS)


def legal_references() -> st.SearchStrategy[LegalReference]:
    """Legal references, verified or not, with or without a provision."""
    return st.builds(
        LegalReference,
        statute=st.sampled_from(("SoL 2001:453", "SoL 2025:400", "barnevernsloven 2021:97")),
        provision=st.none() | st.sampled_from(("11 kap. 2 §", "20 kap. 2 §", "§ 2-1")),
        verified=st.booleans(),
        note=st.none() | st.just("section not confirmed"),
    )


def actors() -> st.SearchStrategy[Actor]:
    """Staff members of agencies, by id."""
    return st.builds(
        Actor,
        id=ids("staff"),
        agency_id=ids("agency"),
        agency_kind=st.sampled_from(AgencyKind),
    )


@st.composite
def incident_times(draw: st.DrawFn, *, not_after: dt.datetime | None = None) -> IncidentTime:
    """Times of incidents: a moment, a day or a period, none after ``not_after``."""
    last = not_after or _CASES_UNTIL
    latest = draw(st.dates(max_value=last.date(), min_value=dt.date(2015, 1, 1)))
    as_reported = draw(st.none() | st.sampled_from(("i höstas", "i fjor sommer", "last week")))
    precision = draw(st.sampled_from(("moment", "day", "period")))
    if precision == "moment":
        moment = draw(
            st.datetimes(
                min_value=dt.datetime.combine(latest, dt.time()),
                max_value=min(dt.datetime.combine(latest, dt.time.max), last),
            )
        )
        return IncidentTime.at(moment, as_reported=as_reported)
    if precision == "day":
        return IncidentTime.on(latest, as_reported=as_reported)
    earliest = draw(st.none() | st.dates(max_value=latest, min_value=dt.date(2010, 1, 1)))
    return IncidentTime.between(earliest, latest, as_reported=as_reported)


def child_exposures(
    child: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[ChildExposure]:
    """How a child was exposed: one or more kinds of exposure."""
    return st.builds(
        ChildExposure,
        child=ids("child") if child is None else child,
        kinds=st.lists(st.sampled_from(ExposureKind), min_size=1, max_size=4, unique=True).map(
            tuple
        ),
    )


def _subset(draw: st.DrawFn, items: list[str], *, max_size: int) -> tuple[str, ...]:
    if not items:
        return ()
    return tuple(draw(st.lists(st.sampled_from(items), max_size=max_size, unique=True)))


@st.composite
def incidents(
    draw: st.DrawFn,
    family: FamilySystem | None = None,
    *,
    incident_id: str | None = None,
    recorded_before: dt.datetime = _CASES_UNTIL,
) -> Incident:
    """Incidents with valid persons, exposure, facts and sources.

    Given a ``family``, persons are taken from it and exposed children are minors on the
    incident's last possible day, so the incident fits a :class:`~familyviolence.Case` of that
    family; without one, person ids are invented.
    """
    recorded_at = draw(st.datetimes(min_value=_INCIDENTS_FROM, max_value=recorded_before))
    when = draw(incident_times(not_after=recorded_at))
    if family is None:
        people = draw(st.lists(ids(), min_size=1, max_size=5, unique=True))
        minors = draw(st.lists(ids("child"), max_size=3, unique=True))
    else:
        people = [p.id for p in family.persons]
        minors = [p.id for p in family.minors(on=when.latest)]
    perpetrators = _subset(draw, people, max_size=2)
    others = [p for p in people if p not in perpetrators]
    victims = _subset(draw, others, max_size=2)
    exposed = [c for c in minors if c not in perpetrators]
    children = tuple(draw(child_exposures(st.just(c))) for c in _subset(draw, exposed, max_size=3))
    if not (victims or children):
        victims, perpetrators = (people[0],), tuple(p for p in perpetrators if p != people[0])
    harmed = [*victims, *(c.child for c in children)]
    maybe = st.none() | st.booleans()
    return Incident(
        id=incident_id or draw(ids("incident")),
        when=when,
        recorded_at=recorded_at,
        forms=tuple(draw(st.lists(st.sampled_from(ViolenceForm), min_size=1, unique=True))),
        sources=tuple(draw(st.lists(st.sampled_from(InformationSource), min_size=1, unique=True))),
        perpetrators=perpetrators,
        victims=victims,
        children=children,
        injured=_subset(draw, harmed, max_size=2),
        weapon=draw(maybe),
        threat_to_kill=draw(maybe),
        strangulation=draw(maybe),
        reported_to_police=draw(maybe),
        description=draw(st.none() | _texts()),
    )


def interventions(
    *,
    intervention_id: st.SearchStrategy[str] | None = None,
    for_person: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[Intervention]:
    """Interventions of any kind for one person."""
    return st.builds(
        Intervention,
        id=ids("intervention") if intervention_id is None else intervention_id,
        kind=st.sampled_from(InterventionKind),
        for_person=ids() if for_person is None else for_person,
    )


def _event_times() -> st.SearchStrategy[dt.datetime]:
    return st.datetimes(min_value=_CASES_FROM, max_value=_CASES_UNTIL)


@st.composite
def _standalone_event(draw: st.DrawFn, event_class: type[CaseEvent]) -> CaseEvent:
    at = draw(_event_times())
    later = st.dates(min_value=at.date(), max_value=at.date() + dt.timedelta(days=400))
    reporter_kind = draw(st.sampled_from(ReporterKind))
    fields: dict[type[CaseEvent], dict[str, st.SearchStrategy[object]]] = {
        ReportOfConcernReceived: {
            "report_id": st.just("report-1"),
            "reporter_kind": st.just(reporter_kind),
            "report": st.none()
            | reports_of_concern(report_id="report-1", received_at=at, reporter_kind=reporter_kind),
        },
        HelpRequested: {"person_id": ids()},
        ImmediateProtectionAssessed: {"protection_needed": st.booleans()},
        PreAssessmentConcluded: {"investigate": st.booleans(), "reason": _texts()},
        InvestigationExtended: {"new_due": later, "reason": _texts()},
        DecisionMade: {
            "motivation": _texts(),
            "granted": st.lists(interventions(), min_size=1, max_size=3, unique_by=_id_of).map(
                tuple
            ),
            "child_needs": st.lists(ids("child"), max_size=2, unique=True).map(tuple),
        },
        InterventionStarted: {"intervention_id": ids("intervention")},
        InterventionInterrupted: {
            "intervention_id": ids("intervention"),
            "reason": st.none() | _texts(),
        },
        RelapseRecorded: {
            "person_id": ids(),
            "intervention_id": st.none() | ids("intervention"),
            "incident_id": st.none() | ids("incident"),
        },
        ReengagementPlanned: {"intervention_id": ids("intervention"), "follow_up_on": later},
        InterventionCompleted: {
            "intervention_id": ids("intervention"),
            "as_planned": st.booleans(),
        },
        FollowUpDone: {"intervention_id": st.none() | ids("intervention")},
        ReporterFeedbackGiven: {"report_id": ids("report"), "kind": st.sampled_from(FeedbackKind)},
        CaseClosed: {"reason": st.sampled_from(ClosureReason)},
        CaseReopened: {"reason": _texts()},
        NoteAdded: {"text": _texts()},
        Correction: {
            "corrects": st.integers(0, 50),
            "replacement": st.none() | case_events(_NOT_CORRECTIONS),
            "reason": _texts(),
        },
    }
    extra = {name: draw(strategy) for name, strategy in fields.get(event_class, {}).items()}
    make: Callable[..., CaseEvent] = event_class
    return make(at=at, actor=draw(actors()), **extra)


def _id_of(intervention: Intervention) -> str:
    return intervention.id


_NOT_CORRECTIONS = tuple(c for c in EVENT_CLASSES.values() if c is not Correction)


def case_events(
    event_classes: type[CaseEvent] | tuple[type[CaseEvent], ...] | None = None,
) -> st.SearchStrategy[CaseEvent]:
    """Single events of the given class or classes (any, if ``None``), each valid on its own.

    Their references (persons, reports, interventions) are invented ids: to get events that
    fit together in a history, use :func:`cases`.
    """
    if event_classes is None:
        classes: tuple[type[CaseEvent], ...] = tuple(EVENT_CLASSES.values())
    elif isinstance(event_classes, tuple):
        classes = event_classes
    else:
        classes = (event_classes,)
    return st.sampled_from(classes).flatmap(_standalone_event)


@st.composite
def cases(
    draw: st.DrawFn,
    *,
    jurisdiction: Jurisdiction | None = None,
    max_events: int = 20,
    max_incidents: int = 3,
    max_assessments: int = 2,
) -> Case:
    """Valid cases with a family system, incidents and a history that walks the process.

    The history is built one event at a time from the events the case allows next
    (:attr:`~familyviolence.cases.CaseState.allowed_events`), with contents that fit the case:
    persons of its family, reports and interventions recorded earlier, due dates after the
    event. Times run forward from a start between 2021 and 2026, so both Swedish acts and both
    Norwegian acts are exercised; a history is either all naive or all in UTC.
    """
    family = draw(family_systems(max_adults=3, max_children=3))
    people = [p.id for p in family.persons]
    subjects = tuple(draw(st.lists(st.sampled_from(people), min_size=1, max_size=2, unique=True)))
    start = draw(st.datetimes(min_value=_CASES_FROM, max_value=_CASES_UNTIL))
    found = [
        draw(incidents(family, incident_id=f"incident-{i}"))
        for i in range(draw(st.integers(0, max_incidents)))
    ]
    made = tuple(
        evolve(draw(assessments()), id=f"assessment-{i}", subject=draw(st.sampled_from(people)))
        for i in range(draw(st.integers(0, max_assessments)))
    )
    case = Case(
        id=draw(ids("case")),
        jurisdiction=jurisdiction or draw(st.sampled_from(Jurisdiction)),
        family=family,
        subjects=subjects,
        incidents=tuple(found),
        assessments=made,
    )
    zone = draw(st.sampled_from((None, dt.UTC)))
    at = start.replace(tzinfo=zone)
    staff = tuple(draw(st.lists(actors(), min_size=1, max_size=3)))
    for _ in range(draw(st.integers(0, max_events))):
        at += dt.timedelta(minutes=draw(st.integers(0, 60 * 24 * 45)))
        allowed = case.state.allowed_events
        # Mostly move the case along its process, so that long histories reach decisions,
        # interventions and follow-up rather than piling up notes and new reports.
        forward = tuple(e for e in allowed if _moves_on(case, e))
        move_on = bool(forward) and draw(st.integers(0, 3)) > 0
        kind = draw(st.sampled_from(forward if move_on else allowed))
        actor = draw(st.sampled_from(staff))
        case = case.record(_BUILDERS[kind](draw, case, at, actor))
    if draw(st.booleans()):
        case = _with_collaboration(draw, case)
    if draw(st.booleans()):
        case = _with_safety(draw, case)
    return case


_TEXT_FIELD = {
    PreAssessmentConcluded: "reason",
    InvestigationExtended: "reason",
    DecisionMade: "motivation",
    CaseReopened: "reason",
    NoteAdded: "text",
}


def _statuses(case: Case, *statuses: InterventionStatus) -> tuple[str, ...]:
    return tuple(s.intervention.id for s in case.state.interventions if s.status in statuses)


def _report_ids(case: Case) -> tuple[str, ...]:
    return tuple(e.report_id for e in case.history if isinstance(e, ReportOfConcernReceived))


def _maybe(draw: st.DrawFn, items: tuple[str, ...]) -> str | None:
    return draw(st.none() | st.sampled_from(items)) if items else None


def _extension_dues(case: Case) -> list[dt.date]:
    """Due dates set by extensions of the investigation opened last."""
    dues: list[dt.date] = []
    for event in case.effective_history:
        if isinstance(event, InvestigationOpened):
            dues = []
        elif isinstance(event, InvestigationExtended):
            dues.append(event.new_due)
    return dues


def _decision(draw: st.DrawFn, case: Case, at: dt.datetime, actor: Actor) -> DecisionMade:
    decisions = [e for e in case.history if isinstance(e, DecisionMade)]
    decisions += [
        e.replacement
        for e in case.history
        if isinstance(e, Correction) and isinstance(e.replacement, DecisionMade)
    ]
    used = sum(len(d.granted) + len(d.refused) for d in decisions)
    people = tuple(p.id for p in case.family.persons)
    count = draw(st.integers(1, 3))
    decided = [
        Intervention(
            id=f"intervention-{used + k}",
            kind=draw(st.sampled_from(InterventionKind)),
            for_person=draw(st.sampled_from(people)),
        )
        for k in range(count)
    ]
    refused = draw(st.integers(0, count - 1))
    minors = [p.id for p in case.family.minors(on=at.date())]
    return DecisionMade(
        at=at,
        actor=actor,
        motivation=draw(_texts()),
        granted=tuple(decided[refused:]),
        refused=tuple(decided[:refused]),
        child_needs=_subset(draw, minors, max_size=2),
    )


_TEXT_FIELD = {
    PreAssessmentConcluded: "reason",
    InvestigationExtended: "reason",
    DecisionMade: "motivation",
    CaseReopened: "reason",
    NoteAdded: "text",
}


def _correction(draw: st.DrawFn, case: Case, at: dt.datetime, actor: Actor) -> Correction:
    targets = tuple(i for i, e in enumerate(case.history) if not isinstance(e, Correction))
    target = draw(st.sampled_from(targets))
    original = case.history[target]
    replacement: CaseEvent | None = original
    field = _TEXT_FIELD.get(type(original))
    if isinstance(original, NoteAdded) and draw(st.booleans()):
        replacement = None  # withdrawing a note never breaks the history
    elif field is not None:
        replacement = evolve(original, **{field: draw(_texts())})
    return Correction(
        at=at, actor=actor, corrects=target, replacement=replacement, reason=draw(_texts())
    )


def _report(draw: st.DrawFn, case: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    report_id = f"report-{len(_report_ids(case))}"
    kind = draw(st.sampled_from(ReporterKind))
    # Half the reports are recorded in detail, about a child of the family.
    children = [p.id for p in case.family.persons if p.is_minor_on(at.date()) is not False]
    report = None
    detailed = draw(st.booleans())
    if children and detailed:
        report = draw(
            reports_of_concern(
                report_id=report_id,
                child=draw(st.sampled_from(children)),
                received_at=at,
                reporter_kind=kind,
            )
        )
    return ReportOfConcernReceived(
        at=at, actor=actor, report_id=report_id, reporter_kind=kind, report=report
    )


def _help(draw: st.DrawFn, case: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    people = tuple(p.id for p in case.family.persons)
    return HelpRequested(at=at, actor=actor, person_id=draw(st.sampled_from(people)))


def _protection(draw: st.DrawFn, _: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    return ImmediateProtectionAssessed(at=at, actor=actor, protection_needed=draw(st.booleans()))


def _pre_assessment(draw: st.DrawFn, _: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    return PreAssessmentConcluded(
        at=at, actor=actor, investigate=draw(st.booleans()), reason=draw(_texts())
    )


def _opened(_: st.DrawFn, __: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    return InvestigationOpened(at=at, actor=actor)


def _extended(draw: st.DrawFn, case: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    earliest = max([at.date(), *_extension_dues(case)])
    return InvestigationExtended(
        at=at,
        actor=actor,
        new_due=earliest + dt.timedelta(days=draw(st.integers(1, 120))),
        reason=draw(_texts()),
    )


def _concluded(_: st.DrawFn, __: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    return InvestigationConcluded(at=at, actor=actor)


def _started(draw: st.DrawFn, case: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    startable = _statuses(case, InterventionStatus.GRANTED, InterventionStatus.INTERRUPTED)
    return InterventionStarted(at=at, actor=actor, intervention_id=draw(st.sampled_from(startable)))


def _interrupted(draw: st.DrawFn, case: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    return InterventionInterrupted(
        at=at,
        actor=actor,
        intervention_id=draw(st.sampled_from(_statuses(case, InterventionStatus.ACTIVE))),
        reason=draw(st.none() | _texts()),
    )


def _relapse(draw: st.DrawFn, case: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    people = tuple(p.id for p in case.family.persons)
    started = tuple(
        s.intervention.id
        for s in case.state.interventions
        if s.status is not InterventionStatus.GRANTED
    )
    return RelapseRecorded(
        at=at,
        actor=actor,
        person_id=draw(st.sampled_from(people)),
        intervention_id=_maybe(draw, started),
        incident_id=_maybe(draw, tuple(i.id for i in case.incidents)),
    )


def _reengagement(draw: st.DrawFn, case: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    s = InterventionStatus
    return ReengagementPlanned(
        at=at,
        actor=actor,
        intervention_id=draw(
            st.sampled_from(_statuses(case, s.ACTIVE, s.INTERRUPTED, s.COMPLETED))
        ),
        follow_up_on=at.date() + dt.timedelta(days=draw(st.integers(0, 60))),
    )


def _completed(draw: st.DrawFn, case: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    s = InterventionStatus
    return InterventionCompleted(
        at=at,
        actor=actor,
        intervention_id=draw(st.sampled_from(_statuses(case, s.ACTIVE, s.INTERRUPTED))),
        as_planned=draw(st.booleans()),
    )


def _follow_up(draw: st.DrawFn, case: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    granted = tuple(s.intervention.id for s in case.state.interventions)
    return FollowUpDone(at=at, actor=actor, intervention_id=_maybe(draw, granted))


def _feedback(draw: st.DrawFn, case: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    return ReporterFeedbackGiven(
        at=at,
        actor=actor,
        report_id=draw(st.sampled_from(_report_ids(case))),
        kind=draw(st.sampled_from(FeedbackKind)),
    )


def _closed(draw: st.DrawFn, _: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    return CaseClosed(at=at, actor=actor, reason=draw(st.sampled_from(ClosureReason)))


def _reopened(draw: st.DrawFn, _: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    return CaseReopened(at=at, actor=actor, reason=draw(_texts()))


def _note(draw: st.DrawFn, _: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    return NoteAdded(at=at, actor=actor, text=draw(_texts()))


_Builder = Callable[[st.DrawFn, Case, dt.datetime, Actor], CaseEvent]
_BUILDERS: dict[EventType, _Builder] = {
    EventType.REPORT_OF_CONCERN_RECEIVED: _report,
    EventType.HELP_REQUESTED: _help,
    EventType.IMMEDIATE_PROTECTION_ASSESSED: _protection,
    EventType.PRE_ASSESSMENT_CONCLUDED: _pre_assessment,
    EventType.INVESTIGATION_OPENED: _opened,
    EventType.INVESTIGATION_EXTENDED: _extended,
    EventType.INVESTIGATION_CONCLUDED: _concluded,
    EventType.DECISION_MADE: _decision,
    EventType.INTERVENTION_STARTED: _started,
    EventType.INTERVENTION_INTERRUPTED: _interrupted,
    EventType.RELAPSE_RECORDED: _relapse,
    EventType.REENGAGEMENT_PLANNED: _reengagement,
    EventType.INTERVENTION_COMPLETED: _completed,
    EventType.FOLLOW_UP_DONE: _follow_up,
    EventType.REPORTER_FEEDBACK_GIVEN: _feedback,
    EventType.CASE_CLOSED: _closed,
    EventType.CASE_REOPENED: _reopened,
    EventType.NOTE_ADDED: _note,
    EventType.CORRECTION: _correction,
}
"""An event of each type that fits the case it is drawn for (whose state allows the type)."""

_ONWARD = frozenset(
    {
        EventType.INVESTIGATION_CONCLUDED,
        EventType.INTERVENTION_STARTED,
        EventType.INTERVENTION_INTERRUPTED,
        EventType.REENGAGEMENT_PLANNED,
        EventType.INTERVENTION_COMPLETED,
    }
)
_NOT_ONWARD = frozenset({Phase.REPORT, Phase.HELP_REQUEST, Phase.CLOSED})


def _moves_on(case: Case, event: EventType) -> bool:
    """Whether ``event`` takes the case a step further along its process."""
    if event in _ONWARD:
        return True
    phase = case.phase
    to = pack_for(case.jurisdiction).next_phase(phase, event)
    return to is not None and to is not phase and to not in _NOT_ONWARD


# -- rules and findings -----------------------------------------------------------------------


def rule_sets() -> st.SearchStrategy[RuleSet]:
    """Selections of the shipped rules (:func:`~familyviolence.default_rules`), in their order.

    Rules hold code, so they are not documents: these are not registered for
    :func:`hypothesis.strategies.from_type`.
    """
    rules = default_rules()
    return st.lists(st.sampled_from(rules.ids), unique=True).map(lambda ids: rules.only(*ids))


def rule_contexts() -> st.SearchStrategy[RuleContext]:
    """Contexts with or without the shipped catalogue, assessors' qualifications and agreements."""
    return st.builds(
        RuleContext,
        catalogue=st.none() | st.just(default_catalogue()),
        qualifications=st.none()
        | st.lists(
            assessor_qualifications(), max_size=3, unique_by=lambda q: q.professional_id
        ).map(tuple),
        agreements=st.none()
        | st.lists(collaboration_agreements(), max_size=2, unique_by=_record_id).map(tuple),
    )


_PATHS = ("$", "$.history[0]", "$.history[12]", "$.assessments[1]", "$.incidents[0].children[1]")
_MESSAGES = (
    Labels(sv="Skyddsbedömning saknas.", nb="Vurdering mangler.", en="Assessment missing."),
    Labels(sv="Insats {id} avbröts.", nb="Tiltak {id} ble avbrutt.", en="Intervention {id} ended."),
)


def findings() -> st.SearchStrategy[Finding]:
    """Findings of the shipped rules' ids, at paths into a case, concerning persons by id."""
    return st.builds(
        Finding,
        rule_id=st.sampled_from(default_rules().ids),
        severity=st.sampled_from(Severity),
        path=st.sampled_from(_PATHS),
        persons=st.lists(ids(), max_size=2, unique=True).map(tuple),
        reference=legal_references(),
        message=st.sampled_from(_MESSAGES),
    )


def evaluations() -> st.SearchStrategy[Findings]:
    """The findings of a case on a day, as :func:`~familyviolence.evaluate` returns them."""
    return st.builds(
        Findings,
        case_id=ids("case"),
        on=st.dates(_CASES_FROM.date(), _CASES_UNTIL.date()),
        findings=st.lists(findings(), max_size=4).map(tuple),
        skipped=st.lists(st.sampled_from(default_rules().ids), max_size=2, unique=True).map(tuple),
        failed=st.lists(st.sampled_from(default_rules().ids), max_size=1).map(tuple),
    )


# -- collaboration: agencies, referrals, consent, disclosure, reports, agreements ---------------

_COLLABORATION_FROM = dt.date(2021, 6, 1)
_COLLABORATION_UNTIL = dt.date(2026, 12, 31)
_DAYS = st.dates(_COLLABORATION_FROM, _COLLABORATION_UNTIL)
_AGENCY_NAMES = (
    "Malmö stad, barn och unga",
    "Polisen region Syd",
    "Bergen kommune, barnevernstjenesten",
    "Kvinnojouren i Lund",
    "Mottagning för våldsutövare",
    "Alternativ til Vold",
)
# Invented organisational texts of an agreement: no personal data.
_GOALS = ("Fewer children exposed to violence at home.", "Every victim is offered support.")
_GROUPS = ("Families with children where violence occurs.", "Adults who use violence at home.")
_NEEDS = (
    "Shared routines for asking about violence.",
    "A contact person at each agency.",
    "Faster referral to the perpetrator clinic.",
)
_ROUTINE_TEXTS = (
    "Ask every parent about violence at the first meeting.",
    "Report concern for a child the same day.",
    "Hold a joint case conference within a week.",
    "Share information only with consent or on a legal ground.",
)


def _record_id(record: Any) -> str:  # noqa: ANN401 - any record with an id
    return str(record.id)


def _later(day: dt.date, *, most: int = 60) -> st.SearchStrategy[dt.date]:
    return st.integers(0, most).map(lambda n: day + dt.timedelta(days=n))


def agencies(
    *,
    kinds: st.SearchStrategy[AgencyKind] | None = None,
    jurisdiction: Jurisdiction | None = None,
    prefix: str = "agency",
) -> st.SearchStrategy[Agency]:
    """Agencies of any kind, sector and jurisdiction (or those given), ids starting ``prefix``."""
    return st.builds(
        Agency,
        id=ids(prefix),
        kind=st.sampled_from(AgencyKind) if kinds is None else kinds,
        jurisdiction=st.sampled_from(Jurisdiction)
        if jurisdiction is None
        else st.just(jurisdiction),
        sector=st.sampled_from(Sector),
        name=st.none() | st.sampled_from(_AGENCY_NAMES),
    )


def trainings() -> st.SearchStrategy[Training]:
    """Trainings of either level, with or without topics."""
    return st.builds(
        Training,
        level=st.sampled_from(TrainingLevel),
        completed_on=_DAYS,
        topics=st.lists(st.sampled_from(TrainingTopic), max_size=3, unique=True).map(tuple),
    )


def professionals(agency: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Professional]:
    """Professionals in any role, with trainings and shipped instruments they may use."""
    instruments = default_catalogue().instruments()
    return st.builds(
        Professional,
        id=ids("professional"),
        agency=ids("agency") if agency is None else agency,
        role=st.sampled_from(ProfessionalRole),
        trainings=st.lists(trainings(), max_size=2).map(tuple),
        instruments=st.lists(st.sampled_from(instruments), max_size=2, unique=True).map(tuple),
    )


def routines() -> st.SearchStrategy[Routine]:
    """Written routines of a collaboration."""
    return st.builds(
        Routine,
        kind=st.sampled_from(RoutineKind),
        description=st.sampled_from(_ROUTINE_TEXTS),
        document=st.none() | st.just("routines/2026-violence.pdf"),
    )


@st.composite
def collaboration_agreements(
    draw: st.DrawFn,
    parties: tuple[str, ...] | None = None,
    contact_persons: tuple[str, ...] = (),
) -> CollaborationAgreement:
    """Agreements, complete or not, between ``parties`` (at least two, invented if not given)."""
    if parties is None:
        parties = tuple(draw(st.lists(ids("agency"), min_size=2, max_size=4, unique=True)))
    signed = draw(st.none() | _DAYS)
    review = None if signed is None else draw(st.none() | _later(signed, most=730))
    return CollaborationAgreement(
        id=draw(ids("agreement")),
        parties=parties,
        goal=draw(st.none() | st.sampled_from(_GOALS)),
        target_group=draw(st.none() | st.sampled_from(_GROUPS)),
        needs=tuple(draw(st.lists(st.sampled_from(_NEEDS), max_size=3, unique=True))),
        routines=tuple(draw(st.lists(routines(), max_size=4))),
        contact_persons=contact_persons,
        signed_on=signed,
        review_on=review,
    )


@st.composite
def directories(draw: st.DrawFn, *, max_agencies: int = 5) -> Directory:
    """Directories of agencies, their professionals and agreements that hold together."""
    found = draw(st.lists(agencies(), min_size=1, max_size=max_agencies, unique_by=_record_id))
    agency_ids = [a.id for a in found]
    staff = draw(
        st.lists(professionals(st.sampled_from(agency_ids)), max_size=6, unique_by=_record_id)
    )
    agreements: list[CollaborationAgreement] = []
    if len(agency_ids) >= 2:  # noqa: PLR2004 - an agreement takes two
        for i in range(draw(st.integers(0, 2))):
            parties = tuple(
                draw(st.lists(st.sampled_from(agency_ids), min_size=2, max_size=3, unique=True))
            )
            contacts = tuple(p.id for p in staff if p.agency in parties and draw(st.booleans()))
            agreement = draw(collaboration_agreements(parties, contacts))
            agreements.append(evolve(agreement, id=f"agreement-{i}"))
    return Directory(
        agencies=tuple(found), professionals=tuple(staff), agreements=tuple(agreements)
    )


def _referral_change(draw: st.DrawFn, status: ReferralStatus, on: dt.date) -> ReferralChange:
    if status is ReferralStatus.DONE:
        return ReferralChange(
            status=status,
            on=on,
            outcome=draw(st.sampled_from(ReferralOutcome)),
            outcome_reason=draw(st.sampled_from(ReferralOutcomeReason)),
        )
    if status is ReferralStatus.REJECTED:
        return ReferralChange(status=status, on=on, reason=draw(_texts()))
    if status is ReferralStatus.REVOKED:
        return ReferralChange(status=status, on=on, reason=draw(st.none() | _texts()))
    return ReferralChange(status=status, on=on)


_CHANGED_TO = tuple(s for s in ReferralStatus if s is not ReferralStatus.PENDING)


@st.composite
def referral_changes(draw: st.DrawFn) -> ReferralChange:
    """Single status changes of a referral, each valid on its own (to any status but pending)."""
    return _referral_change(draw, draw(st.sampled_from(_CHANGED_TO)), draw(_DAYS))


@st.composite
def referrals(
    draw: st.DrawFn,
    *,
    persons: tuple[str, ...] | None = None,
    consents: tuple[str, ...] = (),
    sent_on: dt.date | None = None,
) -> Referral:
    """Referrals between two agencies whose status has walked zero to two legal steps.

    Persons are taken from ``persons`` (invented if not given), consents from ``consents``.
    """
    people = persons or tuple(draw(st.lists(ids(), min_size=1, max_size=3, unique=True)))
    sender, receiver = draw(st.lists(agencies(), min_size=2, max_size=2, unique_by=_record_id))
    day = draw(_DAYS) if sent_on is None else sent_on
    referral = Referral(
        id=draw(ids("referral")),
        from_agency=sender,
        to_agency=receiver,
        persons=tuple(draw(st.lists(st.sampled_from(people), min_size=1, max_size=2, unique=True))),
        reason=draw(_texts()),
        asks=tuple(
            draw(st.lists(st.sampled_from(RequestedService), min_size=1, max_size=3, unique=True))
        ),
        sent_on=day,
        consents=_subset(draw, list(consents), max_size=2),
    )
    for _ in range(draw(st.integers(0, 2))):
        allowed = REFERRAL_TRANSITIONS.get(referral.status, ())
        if not allowed:
            break
        day = draw(_later(day))
        referral = referral.change(_referral_change(draw, draw(st.sampled_from(allowed)), day))
    return referral


@st.composite
def promised_reports(
    draw: st.DrawFn, *, not_before: dt.date = _COLLABORATION_FROM
) -> PromisedReport:
    """Reports promised to a commissioner, due on or after ``not_before``, sent or not."""
    due = draw(_later(not_before, most=365))
    sent = draw(st.none() | _later(not_before, most=400))
    return PromisedReport(
        id=draw(ids("report")),
        due_on=due,
        kind=draw(st.sampled_from(CommissionReportKind)),
        sent_on=sent,
    )


@st.composite
def commissions(draw: st.DrawFn, *, intervention: str | None = None) -> Commission:
    """Commissions of a provider by social services, with promised reports sent or not."""
    agreed = draw(_DAYS)
    return Commission(
        id=draw(ids("commission")),
        intervention=intervention or draw(ids("intervention")),
        commissioner=draw(agencies(kinds=st.sampled_from(_SOCIAL_SERVICES_KINDS), prefix="sos")),
        provider=draw(agencies(kinds=st.sampled_from(_PROVIDER_KINDS), prefix="provider")),
        agreed_on=agreed,
        reports=tuple(
            draw(st.lists(promised_reports(not_before=agreed), max_size=3, unique_by=_record_id))
        ),
        caseworker=draw(st.none() | ids("staff")),
    )


_SOCIAL_SERVICES_KINDS = tuple(k for k in AgencyKind if k.is_social_services)
_PROVIDER_KINDS = (
    AgencyKind.PERPETRATOR_CLINIC,
    AgencyKind.PLACEMENT_HOME,
    AgencyKind.WOMENS_SHELTER,
    AgencyKind.VOLUNTARY_ORGANISATION,
)
_TREATMENTS = tuple(k for k in InterventionKind if k.is_perpetrator_treatment)


def _step(  # noqa: PLR0911 - one return per kind of step
    draw: st.DrawFn,
    step_class: type[PathwayStep],
    on: dt.date,
    *,
    partners: tuple[str, ...],
    incidents: tuple[str, ...] = (),
    assessments: tuple[str, ...] = (),
) -> PathwayStep:
    if step_class is AssessmentTalk:
        in_group = draw(st.none() | st.booleans())
        continues = False if in_group is False else draw(st.integers(0, 5)) > 0
        return AssessmentTalk(on=on, in_target_group=in_group, continues=continues)
    if step_class is PartnerContact:
        established = draw(st.booleans())
        return PartnerContact(
            on=on,
            partner=draw(st.sampled_from(partners)),
            established=established,
            reason=None if established else draw(st.sampled_from(NoPartnerContactReason)),
            risk_assessment=_maybe(draw, assessments),
        )
    if step_class is TreatmentStarted:
        return TreatmentStarted(on=on, treatment=draw(st.sampled_from(_TREATMENTS)))
    if step_class is TreatmentDropOut:
        return TreatmentDropOut(on=on, reason=draw(st.none() | _texts()))
    if step_class is TreatmentRelapse:
        return TreatmentRelapse(on=on, incident=_maybe(draw, incidents))
    if step_class is TreatmentReengagement:
        return TreatmentReengagement(on=on, follow_up_on=draw(_later(on)))
    if step_class is TreatmentCompleted:
        return TreatmentCompleted(on=on, as_planned=draw(st.booleans()))
    return PathwayEnded(on=on, reason=draw(st.sampled_from(PathwayEndReason)))


_STEP_CLASSES: tuple[type[PathwayStep], ...] = (
    AssessmentTalk,
    PartnerContact,
    TreatmentStarted,
    TreatmentDropOut,
    TreatmentRelapse,
    TreatmentReengagement,
    TreatmentCompleted,
    PathwayEnded,
)


@st.composite
def _standalone_step(draw: st.DrawFn, step_class: type[PathwayStep]) -> PathwayStep:
    return _step(draw, step_class, draw(_DAYS), partners=(draw(ids()),))


def pathway_steps(
    step_classes: type[PathwayStep] | tuple[type[PathwayStep], ...] | None = None,
) -> st.SearchStrategy[PathwayStep]:
    """Single steps of a clinic pathway of the given class or classes (any, if ``None``).

    Each is valid on its own; to get steps in an order a pathway allows, use
    :func:`clinic_pathways`.
    """
    if step_classes is None:
        classes = _STEP_CLASSES
    elif isinstance(step_classes, tuple):
        classes = step_classes
    else:
        classes = (step_classes,)
    return st.sampled_from(classes).flatmap(_standalone_step)


@st.composite
def clinic_pathways(
    draw: st.DrawFn,
    *,
    person: str | None = None,
    partners: tuple[str, ...] | None = None,
    incidents: tuple[str, ...] = (),
    assessments: tuple[str, ...] = (),
    max_steps: int = 10,
) -> ClinicPathway:
    """Pathways at a perpetrator clinic whose steps come in an order the pathway allows.

    Steps are drawn at random and kept when the pathway accepts them, so intake talks,
    partner contact, treatment, drop-out, relapse, re-engagement and completion all occur.
    Partners, incidents and assessments are taken from the ids given.
    """
    client = person or draw(ids())
    others = partners or (draw(ids("partner")),)
    pathway = ClinicPathway(
        id=draw(ids("pathway")),
        person=client,
        clinic=draw(agencies(kinds=st.just(AgencyKind.PERPETRATOR_CLINIC))),
    )
    day = draw(_DAYS)
    pathway = pathway.record(
        AssessmentTalk(on=day, in_target_group=draw(st.none() | st.just(True)))  # noqa: FBT003
    )
    for _ in range(draw(st.integers(0, max_steps))):
        day = draw(_later(day, most=30))
        step_class = draw(st.sampled_from(_STEP_CLASSES))
        step = _step(
            draw, step_class, day, partners=others, incidents=incidents, assessments=assessments
        )
        try:
            pathway = pathway.record(step)
        except InvalidModel:
            continue  # not allowed at this point of the pathway: draw another
    return pathway


@st.composite
def consents(
    draw: st.DrawFn, *, person: str | None = None, people: tuple[str, ...] | None = None
) -> Consent:
    """Consents about ``person`` given by some of ``people`` (ids invented if not given)."""
    about = person or draw(ids())
    givers = people or (about,)
    given = draw(_DAYS)
    end = draw(st.none() | _later(given, most=730))
    kinds = tuple(draw(st.lists(st.sampled_from(AgencyKind), max_size=4, unique=True)))
    named = tuple(
        draw(st.lists(ids("agency"), min_size=0 if kinds else 1, max_size=2, unique=True))
    )
    return Consent(
        id=draw(ids("consent")),
        person=about,
        given_by=tuple(
            draw(st.lists(st.sampled_from(givers), min_size=1, max_size=2, unique=True))
        ),
        given_on=given,
        purposes=tuple(
            draw(st.lists(st.sampled_from(DisclosurePurpose), min_size=1, max_size=3, unique=True))
        ),
        categories=tuple(
            draw(st.lists(st.sampled_from(DataCategory), min_size=1, max_size=5, unique=True))
        ),
        recipient_kinds=kinds,
        recipient_agencies=named,
        valid=Period(start=draw(st.none() | st.just(given)), end=end),
        withdrawn_on=draw(st.none() | _later(given, most=400)),
        child_view=draw(st.none() | st.sampled_from(ChildView)),
        maturity=draw(st.none() | recorded_judgements(conditions=(MATURITY,))),
    )


def judgement_conditions() -> st.SearchStrategy[JudgementCondition]:
    """The conditions of the shipped grounds that a human judges."""
    return st.sampled_from(
        tuple(c for rule in se_collaboration.DISCLOSURE_GROUNDS for c in rule.conditions)
    )


def recorded_judgements(
    conditions: tuple[str, ...] | None = None,
) -> st.SearchStrategy[RecordedJudgement]:
    """Judgements a professional recorded: of ``conditions`` (the shipped ones if not given)."""
    wanted = conditions or tuple(c.id for c in se_collaboration.SERIOUS_VIOLENCE_CONDITIONS)
    return st.builds(
        RecordedJudgement,
        condition=st.sampled_from(wanted),
        holds=st.booleans(),
        by=ids("staff"),
        on=_DAYS,
        reason=st.none() | st.just("Bedömning enligt rutin."),
    )


def suspected_offences(
    victims: st.SearchStrategy[str | None] | None = None,
) -> st.SearchStrategy[SuspectedOffence]:
    """Suspected offences: Penal Code chapter, minimum penalty, attempt, victim."""
    return st.builds(
        SuspectedOffence,
        penal_code_chapter=st.none() | st.sampled_from((3, 4, 6, 12, 17)),
        minimum_penalty_months=st.sampled_from((0, 0, 6, 12, 24, 48, 120)),
        attempt=st.booleans(),
        victim=st.none() | ids() if victims is None else victims,
        averting_listed=st.booleans(),
        feared=st.booleans(),
        genital_mutilation=st.booleans(),
    )


@st.composite
def disclosure_outcomes(
    draw: st.DrawFn,
    *,
    categories: tuple[DataCategory, ...] | None = None,
    not_before: dt.date | None = None,
) -> DisclosureOutcome:
    """What an agency decided on a request: disclosed (some of ``categories``) or not."""
    asked = categories or tuple(DataCategory)
    decided = draw(_DAYS) if not_before is None else draw(_later(not_before))
    if not draw(st.booleans()):
        return DisclosureOutcome(
            decided_on=decided, disclosed=False, decided_by=draw(st.none() | ids("staff"))
        )
    return DisclosureOutcome(
        decided_on=decided,
        disclosed=True,
        categories=tuple(
            draw(st.lists(st.sampled_from(asked), min_size=1, max_size=3, unique=True))
        ),
        grounds=tuple(
            draw(st.lists(st.sampled_from(LegalGround), min_size=1, max_size=2, unique=True))
        ),
        decided_by=draw(st.none() | ids("staff")),
    )


@st.composite
def disclosure_requests(
    draw: st.DrawFn,
    *,
    persons: tuple[str, ...] | None = None,
    jurisdiction: Jurisdiction | None = None,
) -> DisclosureRequest:
    """Requests between two agencies of one jurisdiction, about one of ``persons``."""
    people = persons or (draw(ids()),)
    law = jurisdiction or draw(st.sampled_from(Jurisdiction))
    sender, receiver = draw(
        st.lists(agencies(jurisdiction=law), min_size=2, max_size=2, unique_by=_record_id)
    )
    asked = tuple(
        draw(st.lists(st.sampled_from(DataCategory), min_size=1, max_size=5, unique=True))
    )
    requested = draw(_DAYS)
    return DisclosureRequest(
        id=draw(ids("disclosure")),
        from_agency=sender,
        to_agency=receiver,
        person=draw(st.sampled_from(people)),
        categories=asked,
        purpose=draw(st.sampled_from(DisclosurePurpose)),
        requested_on=requested,
        offence=draw(st.none() | suspected_offences(st.none() | st.sampled_from(people))),
        care_group=draw(st.none() | st.sampled_from(CareGroup)),
        judgements=tuple(draw(st.lists(recorded_judgements(), max_size=3))),
        outcome=draw(st.none() | disclosure_outcomes(categories=asked, not_before=requested)),
    )


def disclosure_ground_rules() -> st.SearchStrategy[DisclosureProvision]:
    """The shipped grounds for disclosure of every jurisdiction."""
    return st.sampled_from(
        (*se_collaboration.DISCLOSURE_GROUNDS, *no_collaboration.DISCLOSURE_GROUNDS)
    )


def reporting_duty_rules() -> st.SearchStrategy[ReportingDutyProvision]:
    """The shipped reporting duties of every jurisdiction, the proposed ones included."""
    return st.sampled_from(
        (
            *se_collaboration.REPORTING_DUTIES,
            *se_collaboration.PROPOSED_REPORTERS_2026,
            *no_collaboration.REPORTING_DUTIES,
        )
    )


@st.composite
def reporting_duty_answers(draw: st.DrawFn) -> ReportingDutyAnswer:
    """Answers of :func:`~familyviolence.jurisdictions.reporting_duty`: any reporter, day, law."""
    return reporting_duty(
        draw(st.sampled_from(Jurisdiction)),
        draw(st.none() | st.sampled_from(AgencyKind)),
        draw(st.none() | st.sampled_from(ProfessionalRole)),
        on=draw(st.dates(dt.date(2020, 1, 1), _COLLABORATION_UNTIL)),
        sector=draw(st.sampled_from(Sector)),
    )


@st.composite
def grounds_considered(draw: st.DrawFn) -> GroundConsidered:
    """Grounds as a decision lists them, taken from the shipped rules."""
    rule = draw(disclosure_ground_rules())
    return GroundConsidered(
        ground=rule.ground,
        rule=rule.id,
        reference=rule.reference,
        also=rule.also,
        reason=rule.summary,
        categories=tuple(draw(st.lists(st.sampled_from(DataCategory), max_size=3, unique=True))),
        consents=tuple(draw(st.lists(ids("consent"), max_size=2, unique=True))),
    )


def human_judgements() -> st.SearchStrategy[HumanJudgement]:
    """Judgements left to a human, with or without a ground and reference."""
    return st.builds(
        HumanJudgement,
        question=st.sampled_from(
            (
                "proportionality: disclose only what the purpose needs",
                "whether the facts amount to a suspicion of the offence",
            )
        ),
        ground=st.none() | st.sampled_from(LegalGround),
        reference=st.none() | legal_references(),
    )


def withholdings() -> st.SearchStrategy[Withholding]:
    """Data categories withheld, for protected identity or for want of a ground."""
    return st.builds(
        Withholding,
        category=st.sampled_from(DataCategory),
        protected_identity=st.booleans(),
        reason=st.just("no ground relied on permits it"),
        references=st.lists(legal_references(), max_size=2).map(tuple),
    )


@st.composite
def disclosure_decisions(draw: st.DrawFn) -> DisclosureDecision:
    """Decisions of :func:`~familyviolence.decide_disclosure` on generated requests and consents."""
    family = draw(family_systems(max_adults=2, max_children=2))
    people = tuple(p.id for p in family.persons)
    law = draw(st.sampled_from(Jurisdiction))
    request = draw(disclosure_requests(persons=people, jurisdiction=law))
    given = [
        evolve(
            draw(consents(person=draw(st.sampled_from(people)), people=people)), id=f"consent-{i}"
        )
        for i in range(draw(st.integers(0, 2)))
    ]
    case = Case(
        id="case-1", jurisdiction=law, family=family, subjects=(people[0],), consents=tuple(given)
    )
    return decide_disclosure(
        request,
        case,
        on=draw(st.dates(dt.date(2020, 1, 1), _COLLABORATION_UNTIL)),
        entitled_to_whereabouts=draw(st.booleans()),
    )


def _reporter(draw: st.DrawFn, kind: ReporterKind) -> dict[str, object]:
    if kind in PRIVATE_REPORTERS:
        return {}
    allowed = REPORTER_AGENCIES.get(kind)
    agency = draw(st.none() | st.sampled_from(tuple(allowed) if allowed else tuple(AgencyKind)))
    return {
        "reporter_agency": agency,
        "reporter_sector": draw(st.sampled_from(Sector)),
        "reporter_role": draw(st.none() | st.sampled_from(ProfessionalRole)),
    }


@st.composite
def reports_of_concern(
    draw: st.DrawFn,
    *,
    report_id: str | None = None,
    child: str | None = None,
    received_at: dt.datetime | None = None,
    reporter_kind: ReporterKind | None = None,
) -> ReportOfConcern:
    """Reports of concern whose reporter's agency agrees with the kind of reporter."""
    kind = reporter_kind or draw(st.sampled_from(ReporterKind))
    return ReportOfConcern(
        id=report_id or draw(ids("report")),
        child=child or draw(ids("child")),
        received_at=received_at or draw(_event_times()),
        reporter_kind=kind,
        concerns=tuple(
            draw(st.lists(st.sampled_from(ConcernCategory), min_size=1, max_size=3, unique=True))
        ),
        **_reporter(draw, kind),  # type: ignore[arg-type]
    )


def _with_collaboration(draw: st.DrawFn, case: Case) -> Case:
    """``case`` with valid collaboration records that refer to what the case holds."""
    people = tuple(p.id for p in case.family.persons)
    records: list[object] = []
    given = [
        evolve(
            draw(consents(person=draw(st.sampled_from(people)), people=people)), id=f"consent-{i}"
        )
        for i in range(draw(st.integers(0, 2)))
    ]
    records += given
    made = [
        evolve(
            draw(referrals(persons=people, consents=tuple(c.id for c in given))), id=f"referral-{i}"
        )
        for i in range(draw(st.integers(0, 2)))
    ]
    records += made
    granted = [s.intervention.id for s in case.state.interventions]
    commissioned = [
        evolve(draw(commissions(intervention=intervention)), id=f"commission-{i}")
        for i, intervention in enumerate(_subset(draw, granted, max_size=2))
    ]
    records += commissioned
    records += [
        evolve(
            draw(disclosure_requests(persons=people, jurisdiction=case.jurisdiction)),
            id=f"disclosure-{i}",
        )
        for i in range(draw(st.integers(0, 1)))
    ]
    if len(people) >= 2 and draw(st.booleans()):  # noqa: PLR2004 - a client and a partner
        client = draw(st.sampled_from(people))
        pathway = draw(
            clinic_pathways(
                person=client,
                partners=tuple(p for p in people if p != client),
                incidents=tuple(i.id for i in case.incidents),
                assessments=tuple(a.id for a in case.assessments),
            )
        )
        records.append(
            evolve(
                pathway,
                id="pathway-0",
                referral=_maybe(draw, tuple(r.id for r in made)),
                commission=_maybe(draw, tuple(c.id for c in commissioned)),
            )
        )
    return case.with_records(*records)  # type: ignore[arg-type]


# -- privacy ------------------------------------------------------------------------------------


def redaction_markers() -> st.SearchStrategy[Redacted]:
    """Markers of withheld parts, as :func:`~familyviolence.redact` lists them."""
    return st.builds(
        Redacted,
        path=st.sampled_from(
            ("$.incidents", "$.family.persons[*].name", "$.family.households[?(@.id=='h-1')]")
        ),
        category=st.none() | st.sampled_from(DataCategory),
        reason=st.sampled_from(WithheldBecause),
    )


def _decision_about(
    draw: st.DrawFn, family: FamilySystem, jurisdiction: Jurisdiction
) -> DisclosureDecision:
    """A decision permitting a random set of data categories, about one person or no one."""
    permitted = tuple(c for c in DataCategory if c in draw(st.sets(st.sampled_from(DataCategory))))
    relied = evolve(draw(grounds_considered()), categories=permitted)
    return DisclosureDecision(
        request="disclosure-1",
        person=draw(st.none() | st.sampled_from([p.id for p in family.persons])),
        on=draw(st.dates(dt.date(2021, 1, 1), _COLLABORATION_UNTIL)),
        jurisdiction=jurisdiction,
        permitted=bool(permitted),
        categories=permitted,
        relied_on=(relied,) if permitted else (),
    )


@st.composite
def redacted_cases(draw: st.DrawFn) -> RedactedCase:
    """Small cases redacted for decisions permitting a random set of data categories."""
    case = draw(cases(max_events=1, max_incidents=1, max_assessments=0))
    decision = _decision_about(draw, case.family, case.jurisdiction)
    return redact(case, decision, entitled_to_whereabouts=draw(st.booleans()))


@st.composite
def redactions(draw: st.DrawFn) -> Redaction:
    """Family systems redacted for decisions permitting a random set of data categories.

    Not registered for ``st.from_type``: a redaction's ``value`` may be any model, so it is
    written as JSON but read back only as the model it holds.
    """
    family = draw(family_systems(max_adults=2, max_children=2))
    decision = _decision_about(draw, family, draw(st.sampled_from(Jurisdiction)))
    return redact(family, decision, entitled_to_whereabouts=draw(st.booleans()))


_PSEUDONYM_KEYS = st.binary(min_size=MIN_KEY_BYTES, max_size=MIN_KEY_BYTES + 8)
_PSEUDONYMS = st.integers(0, 2**80 - 1).map(lambda n: f"{n:020x}")


def pseudonymised_cases() -> st.SearchStrategy[PseudonymisedCase]:
    """Small cases pseudonymised under random keys, with their dates shifted or not."""
    return st.builds(
        pseudonymise,
        cases(max_events=1, max_incidents=1, max_assessments=0),
        _PSEUDONYM_KEYS,
        shift_dates=st.booleans(),
    )


def birth_years() -> st.SearchStrategy[BirthYear]:
    """Years of birth of pseudonymised persons."""
    return st.builds(
        BirthYear, person=_PSEUDONYMS.map("person-".__add__), year=st.integers(1920, 2026)
    )


_COUNTS = st.integers(0, 12)
_YEARS = st.integers(2015, 2027)
_KNOWN = st.none() | st.booleans()
_CASE_PSEUDONYMS = _PSEUDONYMS.map("case-".__add__)


def case_rows() -> st.SearchStrategy[CaseRow]:
    """Rows of cases of the statistics view."""
    return st.builds(
        CaseRow,
        case=_CASE_PSEUDONYMS,
        jurisdiction=st.sampled_from(Jurisdiction),
        phase=st.sampled_from(Phase),
        persons=_COUNTS,
        protected_persons=_COUNTS,
        subjects=_COUNTS,
        incidents=_COUNTS,
        assessments=_COUNTS,
        events=_COUNTS,
        interventions=_COUNTS,
        first_year=st.none() | _YEARS,
    )


def _several(kind: type[Any]) -> st.SearchStrategy[tuple[Any, ...]]:
    return st.lists(st.sampled_from(kind), max_size=3).map(tuple)


def incident_rows() -> st.SearchStrategy[IncidentRow]:
    """Rows of incidents of the statistics view."""
    return st.builds(
        IncidentRow,
        case=_CASE_PSEUDONYMS,
        incident=ids("incident"),
        jurisdiction=st.sampled_from(Jurisdiction),
        year=_YEARS,
        forms=st.lists(st.sampled_from(ViolenceForm), min_size=1, max_size=3, unique=True).map(
            tuple
        ),
        perpetrators=_COUNTS,
        victims=_COUNTS,
        children_exposed=_COUNTS,
        injured=_COUNTS,
        weapon=_KNOWN,
        threat_to_kill=_KNOWN,
        strangulation=_KNOWN,
        reported_to_police=_KNOWN,
        victim_sexes=_several(RecordedSex),
        victim_age_bands=_several(AgeBand),
        perpetrator_sexes=_several(RecordedSex),
        perpetrator_age_bands=_several(AgeBand),
    )


def assessment_rows() -> st.SearchStrategy[AssessmentRow]:
    """Rows of assessments of the statistics view."""
    return st.builds(
        AssessmentRow,
        case=_CASE_PSEUDONYMS,
        assessment=ids("assessment"),
        jurisdiction=st.sampled_from(Jurisdiction),
        instrument=st.sampled_from(("sara", "patriark", "dash")),
        version=st.sampled_from(("1", "2", "3")),
        year=_YEARS,
        subject_sex=st.sampled_from(RecordedSex),
        subject_age_band=st.none() | st.sampled_from(AgeBand),
        answers=_COUNTS,
        highest_level=st.none() | st.sampled_from(RiskLevel),
    )


def exposure_rows() -> st.SearchStrategy[ExposureRow]:
    """Rows of children exposed to incidents, of the statistics view."""
    return st.builds(
        ExposureRow,
        case=_CASE_PSEUDONYMS,
        incident=ids("incident"),
        child=_PSEUDONYMS.map("person-".__add__),
        jurisdiction=st.sampled_from(Jurisdiction),
        year=_YEARS,
        kinds=st.lists(st.sampled_from(ExposureKind), min_size=1, max_size=3, unique=True).map(
            tuple
        ),
        child_age_band=st.none() | st.sampled_from(AgeBand),
    )


_ROW_DAYS = st.dates(dt.date(2015, 1, 1), dt.date(2027, 12, 31))


def intervention_rows() -> st.SearchStrategy[InterventionRow]:
    """Rows of granted interventions, of the statistics view."""
    return _ROW_DAYS.flatmap(
        lambda day: st.builds(
            InterventionRow,
            case=_CASE_PSEUDONYMS,
            intervention=ids("intervention"),
            jurisdiction=st.sampled_from(Jurisdiction),
            kind=st.sampled_from(InterventionKind),
            status=st.sampled_from(InterventionStatus),
            granted_on=st.just(day),
            year=st.just(day.year),
            person_sex=st.sampled_from(RecordedSex),
            person_age_band=st.none() | st.sampled_from(AgeBand),
        )
    )


@st.composite
def partner_contact_rows(draw: st.DrawFn) -> PartnerContactRow:
    """Rows of partner contacts of perpetrator-clinic pathways, of the statistics view."""
    day = draw(_ROW_DAYS)
    established = draw(st.booleans())
    return PartnerContactRow(
        case=draw(_CASE_PSEUDONYMS),
        pathway=draw(ids("pathway")),
        jurisdiction=draw(st.sampled_from(Jurisdiction)),
        on=day,
        year=day.year,
        established=established,
        reason=None if established else draw(st.sampled_from(NoPartnerContactReason)),
        current_assessment=draw(st.booleans()),
    )


@st.composite
def deadline_rows(draw: st.DrawFn) -> DeadlineRow:
    """Rows of statutory deadlines, of the statistics view, each outcome fitting its dates."""
    started = draw(_ROW_DAYS)
    due = started + dt.timedelta(days=draw(st.integers(0, 130)))
    on = started + dt.timedelta(days=draw(st.integers(0, 400)))
    done = draw(st.none() | st.dates(started, max(started, on)))
    if done is not None:
        outcome = DeadlineOutcome.MET if done <= due else DeadlineOutcome.LATE
    elif draw(st.booleans()):
        outcome = DeadlineOutcome.ENDED if on <= due else DeadlineOutcome.MISSED
    else:
        outcome = DeadlineOutcome.PENDING if on <= due else DeadlineOutcome.MISSED
    return DeadlineRow(
        case=draw(_CASE_PSEUDONYMS),
        rule=draw(st.sampled_from(("SE-DEADLINE-PREASSESSMENT", "NO-DEADLINE-INVESTIGATION"))),
        jurisdiction=draw(st.sampled_from(Jurisdiction)),
        kind=draw(st.sampled_from(DeadlineKind)),
        started_on=started,
        due=due,
        fulfilled_on=done,
        year=started.year,
        outcome=outcome,
        on=on,
    )


def statistics_views() -> st.SearchStrategy[StatisticsView]:
    """Flat views of caseloads (rows drawn on their own; see :func:`pseudonymised_cases`)."""
    return st.builds(
        StatisticsView,
        cases=st.lists(case_rows(), max_size=3).map(tuple),
        incidents=st.lists(incident_rows(), max_size=3).map(tuple),
        assessments=st.lists(assessment_rows(), max_size=3).map(tuple),
        exposures=st.lists(exposure_rows(), max_size=3).map(tuple),
        interventions=st.lists(intervention_rows(), max_size=3).map(tuple),
        partner_contacts=st.lists(partner_contact_rows(), max_size=3).map(tuple),
        deadlines=st.lists(deadline_rows(), max_size=3).map(tuple),
    )


# -- safety: protective measures, safety plans, multi-agency risk conferences --------------------

_SAFETY_NOTES = (
    "Needs a quiet place to do homework.",
    "Alarm device fitted at the front door.",
    "Change the route to school.",
    "Shared at the conference: police call-outs this year.",
)


def _notes() -> st.SearchStrategy[str]:
    return st.sampled_from(_SAFETY_NOTES)


@st.composite
def _people(draw: st.DrawFn, persons: tuple[str, ...] | None, count: int) -> tuple[str, ...]:
    """``count`` distinct person ids: from ``persons`` if given, else invented."""
    pool = persons if persons is not None else tuple(f"person-{n}" for n in range(count + 2))
    return tuple(draw(st.lists(st.sampled_from(pool), min_size=count, max_size=count, unique=True)))


@st.composite
def _safety_periods(draw: st.DrawFn, *, open_end: bool = True) -> Period:
    start = draw(_DAYS)
    end = draw(_later(start, most=365))
    return Period(start=start, end=draw(st.none()) if open_end and draw(_BOOLEANS) else end)


def _earlier_or_same(day: dt.date | None) -> st.SearchStrategy[dt.date]:
    """A day at most 30 days before ``day``, or ``day`` itself (any day if ``None``)."""
    if day is None:
        return _DAYS
    return st.integers(0, 30).map(lambda back: day - dt.timedelta(days=back))


def _legal_bases(table: Any) -> st.SearchStrategy[LegalReference | None]:  # noqa: ANN401 - a mapping
    return st.none() | st.sampled_from(tuple(table.values())) | legal_references()


@st.composite
def contact_ban_breaches(
    draw: st.DrawFn, *, within: Period | None = None, incidents: tuple[str, ...] = ()
) -> ContactBanBreach:
    """Breaches of a contact ban, on a day ``within`` its period if given."""
    period = within or draw(_safety_periods(open_end=False))
    start = period.start or _COLLABORATION_FROM
    most = 365 if period.end is None else (period.end - start).days
    return ContactBanBreach(
        on=draw(_later(start, most=most)),
        incident=_maybe(draw, incidents),
        reported_to_police=draw(st.none() | _BOOLEANS),
        description=draw(st.none() | _notes()),
    )


@st.composite
def contact_bans(
    draw: st.DrawFn, *, persons: tuple[str, ...] | None = None, incidents: tuple[str, ...] = ()
) -> ContactBan:
    """Contact bans between two of ``persons`` (invented ids if not given), with breaches."""
    protected, restrained = draw(_people(persons, 2))
    period = draw(_safety_periods(open_end=False))
    start = period.start or _COLLABORATION_FROM
    breaches = draw(st.lists(contact_ban_breaches(within=period, incidents=incidents), max_size=2))
    return ContactBan(
        id=draw(ids("ban")),
        protected=protected,
        restrained=restrained,
        kind=draw(st.sampled_from(ContactBanKind)),
        decided_by=draw(st.sampled_from(DecidingAuthority)),
        decided_on=start - dt.timedelta(days=draw(st.integers(0, 3))),
        period=period,
        electronic_monitoring=draw(_BOOLEANS),
        breaches=tuple(breaches),
        legal_basis=draw(_legal_bases(CONTACT_BAN_LAW)),
    )


@st.composite
def accompanying_children(draw: st.DrawFn, *, child: str | None = None) -> AccompanyingChild:
    """Children in protected housing, with their needs recorded or not."""
    return AccompanyingChild(
        child=child or draw(ids("child")),
        needs=tuple(draw(st.lists(st.sampled_from(ChildNeed), max_size=3, unique=True))),
        needs_note=draw(st.none() | _notes()),
    )


def _ended(draw: st.DrawFn, period: Period) -> HousingEndReason | None:
    return None if period.end is None else draw(st.none() | st.sampled_from(HousingEndReason))


@st.composite
def protected_housings(
    draw: st.DrawFn, *, persons: tuple[str, ...] | None = None
) -> ProtectedHousing:
    """Placements in protected housing of one of ``persons``, with others as children."""
    person = draw(_people(persons, 1))[0]
    others = [p for p in (persons or ("child-a", "child-b")) if p != person]
    children = _subset(draw, others, max_size=2)
    period = draw(_safety_periods())
    return ProtectedHousing(
        id=draw(ids("shelter")),
        person=person,
        period=period,
        children=tuple(draw(accompanying_children(child=c)) for c in children),
        provider=draw(st.none() | agencies(kinds=st.just(AgencyKind.WOMENS_SHELTER))),
        end_reason=_ended(draw, period),
        legal_basis=draw(st.none() | legal_references()),
    )


@st.composite
def perpetrator_housings(
    draw: st.DrawFn,
    *,
    persons: tuple[str, ...] | None = None,
    assessments: tuple[str, ...] | None = None,
    interventions: tuple[str, ...] = (),
    pathways: tuple[str, ...] = (),
) -> PerpetratorHousing:
    """Temporary housing of one of ``persons`` so that one or two others stay at home."""
    person, staying = draw(_people(persons, 2))
    others = [p for p in (persons or ()) if p not in (person, staying)]
    period = draw(_safety_periods())
    return PerpetratorHousing(
        id=draw(ids("housing")),
        person=person,
        staying_home=(staying, *_subset(draw, others, max_size=1)),
        period=period,
        decided_on=draw(st.none() | _earlier_or_same(period.start)),
        risk_assessment=draw(st.none() | ids("assessment"))
        if assessments is None
        else _maybe(draw, assessments),
        intervention=_maybe(draw, interventions),
        enables=_subset(draw, list(interventions), max_size=2),
        pathway=_maybe(draw, pathways),
        end_reason=_ended(draw, period),
        legal_basis=draw(st.none() | legal_references()),
    )


@st.composite
def address_protection_measures(
    draw: st.DrawFn, *, persons: tuple[str, ...] | None = None
) -> AddressProtectionMeasure:
    """Address protection applied for, and granted, refused or pending."""
    applied = draw(_DAYS)
    outcome = draw(st.sampled_from(("granted", "refused", "pending")))
    return AddressProtectionMeasure(
        id=draw(ids("protection")),
        person=draw(_people(persons, 1))[0],
        level=draw(st.sampled_from(AddressProtection)),
        applied_on=applied,
        granted_on=draw(_later(applied)) if outcome == "granted" else None,
        refused=outcome == "refused",
        period=draw(st.just(Period()) | _safety_periods()),
        legal_basis=draw(_legal_bases(ADDRESS_PROTECTION_LAW)),
    )


@st.composite
def other_measures(draw: st.DrawFn, *, persons: tuple[str, ...] | None = None) -> OtherMeasure:
    """Other measures, some of an organisation's own kind (with a code)."""
    kind = draw(st.sampled_from(OtherMeasureKind))
    return OtherMeasure(
        id=draw(ids("measure")),
        person=draw(_people(persons, 1))[0],
        kind=kind,
        period=draw(_safety_periods()),
        code=draw(st.sampled_from(("secret_phone", "safe_room")))
        if kind is OtherMeasureKind.OTHER
        else None,
        provided_by=draw(st.none() | agencies()),
        legal_basis=draw(st.none() | legal_references()),
    )


_MEASURE_STRATEGIES: dict[type[ProtectiveMeasure], Callable[..., st.SearchStrategy[Any]]] = {
    ContactBan: contact_bans,
    ProtectedHousing: protected_housings,
    PerpetratorHousing: perpetrator_housings,
    AddressProtectionMeasure: address_protection_measures,
    OtherMeasure: other_measures,
}


def protective_measures(
    measure_classes: type[ProtectiveMeasure] | tuple[type[ProtectiveMeasure], ...] | None = None,
    *,
    persons: tuple[str, ...] | None = None,
    incidents: tuple[str, ...] = (),
    assessments: tuple[str, ...] | None = None,
    interventions: tuple[str, ...] = (),
    pathways: tuple[str, ...] = (),
) -> st.SearchStrategy[ProtectiveMeasure]:
    """Protective measures of the given class or classes (any, if ``None``).

    Given ``persons`` (at least three), ``incidents``, ``assessments``, ``interventions`` and
    ``pathways``, the measures refer only to those, so they fit a case that holds them.
    """
    if measure_classes is None:
        classes = tuple(_MEASURE_STRATEGIES)
    elif isinstance(measure_classes, tuple):
        classes = measure_classes
    else:
        classes = (measure_classes,)
    made: list[st.SearchStrategy[Any]] = []
    for cls in classes:
        if cls is ContactBan:
            made.append(contact_bans(persons=persons, incidents=incidents))
        elif cls is PerpetratorHousing:
            made.append(
                perpetrator_housings(
                    persons=persons,
                    assessments=assessments,
                    interventions=interventions,
                    pathways=pathways,
                )
            )
        else:
            made.append(_MEASURE_STRATEGIES[cls](persons=persons))
    return st.one_of(made)


@st.composite
def plan_risks(
    draw: st.DrawFn,
    *,
    risk_id: str | None = None,
    assessments: tuple[str, ...] | None = None,
    incidents: tuple[str, ...] | None = None,
) -> PlanRisk:
    """Risks of a safety plan, linked to assessments and incidents (invented ids if not given)."""
    return PlanRisk(
        id=risk_id or draw(ids("risk")),
        level=draw(st.none() | st.sampled_from(RiskLevel)),
        assessment=draw(st.none() | ids("assessment"))
        if assessments is None
        else _maybe(draw, assessments),
        incidents=tuple(draw(st.lists(ids("incident"), max_size=2, unique=True)))
        if incidents is None
        else _subset(draw, list(incidents), max_size=2),
        description=draw(st.none() | _notes()),
    )


@st.composite
def plan_actions(
    draw: st.DrawFn, *, action_id: str | None = None, risks: tuple[str, ...] = ()
) -> PlanAction:
    """Actions of a safety plan against some of ``risks``, some without agency or due date."""
    due = draw(st.none() | _DAYS)
    return PlanAction(
        id=action_id or draw(ids("action")),
        description=draw(_notes()),
        addresses=_subset(draw, list(risks), max_size=2),
        agency=draw(st.none() | agencies()),
        professional=draw(st.none() | ids("staff")),
        due_on=due,
        done_on=None if due is None else draw(st.none() | _later(due, most=30)),
    )


def plan_gaps() -> st.SearchStrategy[PlanGap]:
    """Gaps of a safety plan, as :meth:`SafetyPlan.gaps` reports them."""
    return st.builds(
        PlanGap,
        kind=st.sampled_from(PlanGapKind),
        field=st.sampled_from(("risks[0]", "actions[1].agency", "actions[0].due_on")),
        item=ids("action"),
    )


@st.composite
def safety_plans(
    draw: st.DrawFn,
    *,
    persons: tuple[str, ...] | None = None,
    assessments: tuple[str, ...] | None = None,
    incidents: tuple[str, ...] | None = None,
) -> SafetyPlan:
    """Safety plans of one of ``persons``, complete or not, with risks and actions."""
    made = draw(_DAYS)
    risks = tuple(
        draw(plan_risks(risk_id=f"risk-{n}", assessments=assessments, incidents=incidents))
        for n in range(draw(st.integers(0, 3)))
    )
    actions = tuple(
        draw(plan_actions(action_id=f"action-{n}", risks=tuple(r.id for r in risks)))
        for n in range(draw(st.integers(0, 3)))
    )
    return SafetyPlan(
        id=draw(ids("plan")),
        person=draw(_people(persons, 1))[0],
        made_on=made,
        risks=risks,
        actions=actions,
        review_on=draw(st.none() | _later(made, most=180)),
        status=draw(st.sampled_from(PlanStatus)),
    )


def information_shares(
    *, disclosures: tuple[str, ...] | None = None
) -> st.SearchStrategy[InformationShare]:
    """Information shared at a conference, each linked to one of ``disclosures``."""
    return st.builds(
        InformationShare,
        disclosure=ids("disclosure") if disclosures is None else st.sampled_from(disclosures),
        summary=st.none() | _notes(),
    )


@st.composite
def conference_actions(
    draw: st.DrawFn, *, action_id: str | None = None, held_on: dt.date | None = None
) -> ConferenceAction:
    """Actions agreed at a conference, due after it, done or not."""
    due = draw(_later(held_on or draw(_DAYS), most=90))
    return ConferenceAction(
        id=action_id or draw(ids("action")),
        description=draw(_notes()),
        agency=draw(agencies()),
        due_on=due,
        done_on=draw(st.none() | _later(due, most=30)),
    )


@st.composite
def risk_conferences(
    draw: st.DrawFn,
    *,
    persons: tuple[str, ...] | None = None,
    disclosures: tuple[str, ...] | None = None,
) -> RiskConference:
    """Referrals to a multi-agency risk conference, held or not, repeats or not."""
    victim, perpetrator = draw(_people(persons, 2))
    referred = draw(_DAYS)
    held = draw(st.none() | _later(referred, most=30))
    fields: dict[str, Any] = {}
    if held is not None:
        shares = information_shares(disclosures=disclosures)
        fields = {
            "agencies_present": tuple(draw(st.lists(agencies(), max_size=3, unique_by=_record_id))),
            "advocate": draw(st.none() | ids("advocate")),
            "shared": tuple(draw(st.lists(shares, max_size=2)))
            if disclosures is None or disclosures
            else (),
            "actions": tuple(
                draw(conference_actions(action_id=f"action-{n}", held_on=held))
                for n in range(draw(st.integers(0, 2)))
            ),
            "outcome": draw(st.none() | st.sampled_from(ConferenceOutcome)),
        }
    return RiskConference(
        id=draw(ids("marac")),
        victim=victim,
        perpetrators=(perpetrator,) if draw(_BOOLEANS) else (),
        referred_on=referred,
        referred_by=draw(agencies()),
        criteria=tuple(draw(st.lists(st.sampled_from(ConferenceCriterion), unique=True))),
        repeat=draw(_BOOLEANS),
        held_on=held,
        **fields,
    )


def referral_criteria() -> st.SearchStrategy[ConferenceCriteria]:
    """Configurations of the conference referral criteria."""
    return st.builds(
        ConferenceCriteria,
        call_outs=st.integers(1, 6),
        call_out_months=st.integers(1, 24),
        repeat_months=st.integers(1, 24),
        currency=assessment_currencies(),
        professional_judgement=_BOOLEANS,
    )


def criteria_met() -> st.SearchStrategy[CriterionMet]:
    """Criteria met, as :func:`~familyviolence.conference_criteria.conference_criteria_met` has."""
    return st.builds(
        CriterionMet,
        criterion=st.sampled_from(ConferenceCriterion),
        victim=ids("person"),
        since=_DAYS,
        reason=st.just("assessment dash-1 (dash) counts 15, at or above the level 'high'"),
        assessment=st.none() | ids("assessment"),
        incidents=st.lists(ids("incident"), max_size=2, unique=True).map(tuple),
        conference=st.none() | ids("marac"),
    )


@st.composite
def current_risks(draw: st.DrawFn) -> CurrentRisk:
    """The current risk between two persons of a generated case, as the case's data give it."""
    case = draw(cases())
    people = [p.id for p in case.family.persons]
    perpetrator, victim = draw(st.permutations(people))[:2] if len(people) > 1 else people * 2
    on = draw(st.dates(dt.date(2015, 1, 1), dt.date(2031, 12, 31)))
    return current_risk(case, perpetrator, victim, on=on, currency=draw(assessment_currencies()))


@st.composite
def assessed_risks(draw: st.DrawFn) -> AssessedRisk:
    """What single assessments say of the risk: a level, and at least as high a ceiling."""
    definition = draw(instrument_definitions())
    level = draw(st.none() | st.sampled_from(CommonRiskLevel))
    higher = [lv for lv in CommonRiskLevel if level is not None and lv.rank >= level.rank]
    return AssessedRisk(
        assessment=draw(ids("assessment")),
        instrument=definition.id,
        subject=draw(ids("person")),
        assessed_on=draw(_DAYS),
        target=definition.target,
        level=level,
        highest_possible_level=draw(st.none() | st.sampled_from(higher)) if higher else None,
        valid=draw(_BOOLEANS),
        not_current=draw(st.none() | st.sampled_from(NotCurrent)),
    )


def _with_safety(draw: st.DrawFn, case: Case) -> Case:
    """``case`` with valid safety records that refer to what the case holds."""
    people = tuple(p.id for p in case.family.persons)
    if len(people) < 3:  # noqa: PLR2004 - a victim, a perpetrator and someone staying home
        return case
    incidents = tuple(i.id for i in case.incidents)
    assessments = tuple(a.id for a in case.assessments)
    measures = protective_measures(
        persons=people,
        incidents=incidents,
        assessments=assessments,
        interventions=tuple(s.intervention.id for s in case.state.interventions),
        pathways=tuple(p.id for p in case.pathways),
    )
    records: list[Any] = [
        evolve(draw(measures), id=f"measure-{n}") for n in range(draw(st.integers(0, 2)))
    ]
    if draw(_BOOLEANS):
        plan = draw(safety_plans(persons=people, assessments=assessments, incidents=incidents))
        records.append(evolve(plan, id="plan-0"))
    if draw(_BOOLEANS):
        disclosures = tuple(d.id for d in case.disclosures)
        conference = draw(risk_conferences(persons=people, disclosures=disclosures))
        records.append(evolve(conference, id="marac-0"))
    return case.with_records(*records)


# -- Norway's child-welfare register ----------------------------------------------------------


def _organisation_number(prefix: int) -> str:
    digits = f"{prefix:08d}"
    for check in "0123456789":
        if orgnr.is_valid(digits + check):
            return digits + check
    return "964338531"  # no check digit fits this prefix: Bergen's number


def case_systems() -> st.SearchStrategy[CaseSystem]:
    """Case-management systems that report to the register."""
    return st.builds(
        CaseSystem,
        vendor=st.sampled_from(("Acme AS", "Visma", "Tieto Evry")),
        name=st.sampled_from(("Acme Barnevern", "Familia", "Modulus Barn")),
        version=st.sampled_from(("1.0", "2.4.1", "2026.1")),
    )


@st.composite
def reporting_agencies(draw: st.DrawFn) -> ReportingAgency:
    """Municipalities' child welfare services, with a city district where the register needs it."""
    number = draw(
        st.sampled_from(tuple(_register.DISTRICT_MUNICIPALITIES))
        | st.integers(80_000_000, 99_999_999).map(_organisation_number)
    )
    by_district = number in _register.DISTRICT_MUNICIPALITIES or draw(_BOOLEANS)
    return ReportingAgency(
        organisation_number=number,
        municipality_number=f"{draw(st.integers(301, 5640)):04d}",
        municipality_name=draw(st.sampled_from(("Bergen", "Oslo", "Tromsø", "Bodø"))),
        district_number=f"{draw(st.integers(1, 16)):02d}" if by_district else None,
        district_name=draw(st.sampled_from(("Arna", "Frogner", "Sentrum")))
        if by_district
        else None,
        case_system=draw(case_systems()),
    )


def child_participations() -> st.SearchStrategy[ChildParticipation]:
    """A child's participation in an investigation, from 2026 when the register has its codes."""
    return st.builds(
        ChildParticipation,
        on=st.dates(dt.date(2026, 1, 1), dt.date(2027, 12, 31)),
        kind=st.sampled_from(ParticipationKind),
    )


def code_lists() -> st.SearchStrategy[CodeList]:
    """The register's code lists, as shipped."""
    return st.sampled_from(tuple(_register.CODE_LISTS.values()))


def register_codes() -> st.SearchStrategy[RegisterCode]:
    """Codes of the register's code lists, as shipped."""
    return code_lists().flatmap(lambda c: st.sampled_from(c.codes))


def mapping_tables() -> st.SearchStrategy[MappingTable]:
    """The shipped tables that map the library's vocabularies onto the register's codes.

    A table holds members of several vocabularies, so it is data of the library, not a
    document: tables and their rows are not registered for ``st.from_type``.
    """
    return st.sampled_from(_register.MAPPING_TABLES)


def code_mappings() -> st.SearchStrategy[CodeMapping]:
    """Rows of the shipped mapping tables."""
    return mapping_tables().flatmap(lambda t: st.sampled_from(t.rows))


def legal_bases() -> st.SearchStrategy[LegalBasis]:
    """The legal bases the export writes for the measures it maps."""
    return st.sampled_from(_register.SUPPORT_MEASURE_BASIS)


def controls_not_applicable() -> st.SearchStrategy[ControlNotApplicable]:
    """The register's controls that the library's data cannot trigger, with the reason."""
    return st.sampled_from(_register.NOT_APPLICABLE)


def omissions() -> st.SearchStrategy[Omission]:
    """Things a case holds that the register's file could not carry."""
    return st.builds(
        Omission,
        path=st.integers(0, 20).map(lambda i: f"$.history[{i}]"),
        element=st.sampled_from(("Melding/Saksinnhold", "Melding/Konklusjon", "Tiltak")),
        reason=st.sampled_from(("the report is not recorded in detail", "no code then")),
    )


@st.composite
def register_documents(draw: st.DrawFn) -> RegisterDocument:
    """Documents of the register for a reported child (written, not validated).

    A document is the export's result (XML bytes and findings), not a document of the library's
    codec: it is not registered for ``st.from_type``.

    Each is the case folder of a child reported by any kind of reporter, with or without the
    review, written as the register's XML with the register's controls run on the case; the
    schema check needs the schema file, which the tests take from the register's publication.
    For files of whole generated cases, export :func:`cases` of Norway.
    """
    case = _reported(
        draw(actors()),
        draw(_event_times()),
        draw(st.sampled_from(ReporterKind)),
        investigate=draw(st.none() | _BOOLEANS),
    )
    extracted_at = dt.datetime(2027, 1, 4, 8, 0, tzinfo=dt.UTC)
    documents = _register.draft_register_xml((case,), draw(reporting_agencies()), extracted_at)
    return draw(st.sampled_from(documents))


def _reported(
    actor: Actor, at: dt.datetime, kind: ReporterKind, *, investigate: bool | None
) -> Case:
    """A Norwegian case of a child reported by ``kind``; reviewed unless ``investigate`` is None."""
    child = Person(id="child-1", birth_date=dt.date(2015, 10, 3))
    case = Case(
        id="case-1",
        jurisdiction=Jurisdiction.NO,
        family=FamilySystem(persons=(child,)),
        subjects=("child-1",),
    )
    case = case.record(
        ReportOfConcernReceived(at=at, actor=actor, report_id="report-1", reporter_kind=kind)
    )
    if investigate is None:
        return case
    return case.record(
        PreAssessmentConcluded(
            at=at + dt.timedelta(days=3), actor=actor, investigate=investigate, reason="Uro."
        )
    )


# The records of the people the work is for live in a module of their own.
from familyviolence.testing._voice_strategies import *  # noqa: E402, F403
from familyviolence.testing._voice_strategies import __all__ as _voice_all  # noqa: E402

__all__ += _voice_all  # noqa: PLE0605
