"""A flat view of pseudonymised cases for statistics: one row per case, incident, assessment.

Also one row per child exposed to an incident, per granted intervention, per partner contact of a
perpetrator-clinic pathway and per statutory deadline. Rows hold pseudonyms, codes, counts, dates of
handling, years and age bands, never a name, an identity number, a date of birth, an address or free
text. They are built from :class:`~familyviolence.privacy.PseudonymisedCase` s only; a case that is
not pseudonymised is refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from familyviolence._model import Model, model, public
from familyviolence._validators import tuple_of
from familyviolence.cases import Case
from familyviolence.collaboration import NoPartnerContactReason, PartnerContact
from familyviolence.instruments import Assessment, RiskLevel, default_catalogue
from familyviolence.interventions import InterventionKind, InterventionStatus
from familyviolence.privacy._pseudonyms import PseudonymisedCase
from familyviolence.process import DeadlineKind, Phase
from familyviolence.risk import is_current, risk_result
from familyviolence.time_limits import Deadline, deadlines
from familyviolence.vocabulary import (
    ExposureKind,
    Jurisdiction,
    LabelledEnum,
    RecordedSex,
    ViolenceForm,
)

__all__ = [
    "AgeBand",
    "AssessmentRow",
    "CaseRow",
    "DeadlineOutcome",
    "DeadlineRow",
    "ExposureRow",
    "IncidentRow",
    "InterventionRow",
    "PartnerContactRow",
    "StatisticsView",
    "age_band",
    "deadline_outcome",
    "deadline_rows",
    "statistics_view",
]


class AgeBand(LabelledEnum):
    """An age band of the statistics view, from the year of birth and the year of the row."""

    AGE_0_5 = "0-5", "0–5 år", "0–5 år", "aged 0 to 5"
    AGE_6_12 = "6-12", "6–12 år", "6–12 år", "aged 6 to 12"
    AGE_13_17 = "13-17", "13–17 år", "13–17 år", "aged 13 to 17"
    AGE_18_24 = "18-24", "18–24 år", "18–24 år", "aged 18 to 24"
    AGE_25_34 = "25-34", "25–34 år", "25–34 år", "aged 25 to 34"
    AGE_35_44 = "35-44", "35–44 år", "35–44 år", "aged 35 to 44"
    AGE_45_54 = "45-54", "45–54 år", "45–54 år", "aged 45 to 54"
    AGE_55_64 = "55-64", "55–64 år", "55–64 år", "aged 55 to 64"
    AGE_65_AND_OVER = "65+", "65 år och äldre", "65 år og eldre", "aged 65 or over"


_BAND_STARTS = (
    (65, AgeBand.AGE_65_AND_OVER),
    (55, AgeBand.AGE_55_64),
    (45, AgeBand.AGE_45_54),
    (35, AgeBand.AGE_35_44),
    (25, AgeBand.AGE_25_34),
    (18, AgeBand.AGE_18_24),
    (13, AgeBand.AGE_13_17),
    (6, AgeBand.AGE_6_12),
    (0, AgeBand.AGE_0_5),
)


def age_band(birth_year: int | None, year: int) -> AgeBand | None:
    """The age band of someone born in ``birth_year``, in ``year``; ``None`` if not known.

    The age is ``year - birth_year``, the age the person reaches during the year: near a
    band's edge it can be one year more than the age on a given day.

    >>> age_band(2014, 2026)
    <AgeBand.AGE_6_12: '6-12'>
    >>> age_band(None, 2026) is None
    True
    """
    if birth_year is None or year < birth_year:
        return None
    age = year - birth_year
    return next(band for start, band in _BAND_STARTS if age >= start)


@model
class CaseRow(Model):
    """One row per case.

    Attributes:
        case: The case's pseudonym.
        jurisdiction: Whose law the case follows.
        phase: The phase the case has reached.
        persons: How many persons the family system holds.
        protected_persons: How many of them have protected identity.
        subjects: How many persons the case is about.
        incidents: How many incidents are recorded.
        assessments: How many structured assessments are recorded.
        events: How many events the history holds.
        interventions: How many interventions were granted.
        first_year: The year of the first event, incident or assessment (shifted if the
            case's dates were), if any.
    """

    case: str = public()
    jurisdiction: Jurisdiction = public()
    phase: Phase = public()
    persons: int = public()
    protected_persons: int = public()
    subjects: int = public()
    incidents: int = public()
    assessments: int = public()
    events: int = public()
    interventions: int = public()
    first_year: int | None = public()


@model
class IncidentRow(Model):
    """One row per incident.

    Attributes:
        case: The case's pseudonym.
        incident: The incident's id within the case.
        jurisdiction: Whose law the case follows.
        year: The year of the last day it can have happened on.
        forms: The forms of violence.
        perpetrators: How many perpetrators are recorded.
        victims: How many victims are recorded.
        children_exposed: How many children were exposed.
        injured: How many persons were injured.
        weapon: Whether a weapon was used or threatened with, if known.
        threat_to_kill: Whether there was a threat to kill, if known.
        strangulation: Whether there was strangulation, if known.
        reported_to_police: Whether it was reported to the police, if known.
        victim_sexes: The recorded sex of each victim.
        victim_age_bands: The age band of each victim whose year of birth is known.
        perpetrator_sexes: The recorded sex of each perpetrator.
        perpetrator_age_bands: The age band of each perpetrator whose year of birth is known.
    """

    case: str = public()
    incident: str = public()
    jurisdiction: Jurisdiction = public()
    year: int = public()
    forms: tuple[ViolenceForm, ...] = public(validator=tuple_of(ViolenceForm))
    perpetrators: int = public()
    victims: int = public()
    children_exposed: int = public()
    injured: int = public()
    weapon: bool | None = public()
    threat_to_kill: bool | None = public()
    strangulation: bool | None = public()
    reported_to_police: bool | None = public()
    victim_sexes: tuple[RecordedSex, ...] = public(validator=tuple_of(RecordedSex))
    victim_age_bands: tuple[AgeBand, ...] = public(validator=tuple_of(AgeBand))
    perpetrator_sexes: tuple[RecordedSex, ...] = public(validator=tuple_of(RecordedSex))
    perpetrator_age_bands: tuple[AgeBand, ...] = public(validator=tuple_of(AgeBand))


@model
class AssessmentRow(Model):
    """One row per structured assessment.

    Attributes:
        case: The case's pseudonym.
        assessment: The assessment's id within the case.
        jurisdiction: Whose law the case follows.
        instrument: The instrument's id.
        version: The instrument's version.
        year: The year it was made.
        subject_sex: The recorded sex of the person assessed.
        subject_age_band: The age band of the person assessed, if the year of birth is known.
        answers: How many items were answered.
        highest_level: The highest level of its summary judgements, if it has any.
    """

    case: str = public()
    assessment: str = public()
    jurisdiction: Jurisdiction = public()
    instrument: str = public()
    version: str = public()
    year: int = public()
    subject_sex: RecordedSex = public()
    subject_age_band: AgeBand | None = public()
    answers: int = public()
    highest_level: RiskLevel | None = public()


@model
class ExposureRow(Model):
    """One row per child exposed to an incident.

    Attributes:
        case: The case's pseudonym.
        incident: The incident's id within the case.
        child: The child's pseudonym (the same child in another case has another).
        jurisdiction: Whose law the case follows.
        year: The year of the last day the incident can have happened on.
        kinds: How the child was exposed: subjected to the violence, saw, heard or noticed it.
        child_age_band: The child's age band in that year, if the year of birth is known.
    """

    case: str = public()
    incident: str = public()
    child: str = public()
    jurisdiction: Jurisdiction = public()
    year: int = public()
    kinds: tuple[ExposureKind, ...] = public(validator=tuple_of(ExposureKind))
    child_age_band: AgeBand | None = public()


@model
class InterventionRow(Model):
    """One row per intervention granted in the case's history.

    Attributes:
        case: The case's pseudonym.
        intervention: The intervention's id within the case.
        jurisdiction: Whose law the case follows.
        kind: What kind of intervention it is.
        status: Where it stands at the end of the history.
        granted_on: The day the decision granting it was made.
        year: The year it was granted.
        person_sex: The recorded sex of the person it is for.
        person_age_band: The age band of the person it is for in that year, if the year of
            birth is known.
    """

    case: str = public()
    intervention: str = public()
    jurisdiction: Jurisdiction = public()
    kind: InterventionKind = public()
    status: InterventionStatus = public()
    granted_on: dt.date = public()
    year: int = public()
    person_sex: RecordedSex = public()
    person_age_band: AgeBand | None = public()


@model
class PartnerContactRow(Model):
    """One row per partner contact recorded in a perpetrator-clinic pathway.

    Attributes:
        case: The case's pseudonym.
        pathway: The pathway's id within the case.
        jurisdiction: Whose law the case follows.
        on: The day contact was established or found impossible.
        year: The year of that day.
        established: Whether contact was established.
        reason: Why not, when it was not.
        current_assessment: Whether a structured risk assessment of the client with a usable
            result was current on that day for the client and the partner, as
            :func:`~familyviolence.risk.is_current` defines it (made by that day, no older than the
            limit, no incident, breach or relapse since); only the one the contact names
            counts if it names one. Whether the assessor was qualified is not known here.
    """

    case: str = public()
    pathway: str = public()
    jurisdiction: Jurisdiction = public()
    on: dt.date = public()
    year: int = public()
    established: bool = public()
    reason: NoPartnerContactReason | None = public()
    current_assessment: bool = public()


class DeadlineOutcome(LabelledEnum):
    """How a statutory deadline stands on the day the view looks at it."""

    MET = "met", "klar i tid", "gjort innen fristen", "done by the due date"
    LATE = "late", "klar för sent", "gjort etter fristen", "done after the due date"
    MISSED = (
        "missed",
        "inte klar när fristen gick ut",
        "ikke gjort da fristen gikk ut",
        "not done by the due date: still open after it, or the case closed after it undone",
    )
    ENDED = (
        "ended",
        "ärendet avslutades före fristen",
        "saken ble avsluttet før fristen",
        "the case closed before the due date with it undone",
    )
    PENDING = "pending", "fristen löper", "fristen løper", "not done, not yet due"

    @property
    def decided(self) -> bool:
        """Whether it counts as met or not: done, or not done by the due date."""
        return self in (DeadlineOutcome.MET, DeadlineOutcome.LATE, DeadlineOutcome.MISSED)


def deadline_outcome(deadline: Deadline) -> DeadlineOutcome:
    """How ``deadline`` stands on the day it was looked at (its ``on``)."""
    if deadline.fulfilled_on is not None:
        return DeadlineOutcome.MET if deadline.met else DeadlineOutcome.LATE
    if deadline.ended_on is not None:
        return DeadlineOutcome.MISSED if deadline.ended_on > deadline.due else DeadlineOutcome.ENDED
    return DeadlineOutcome.MISSED if deadline.overdue else DeadlineOutcome.PENDING


@model
class DeadlineRow(Model):
    """One row per statutory deadline of the case, as it stands on the day looked at.

    Attributes:
        case: The case's pseudonym.
        rule: Id of the rule that sets it (e.g. ``"SE-DEADLINE-PREASSESSMENT"``).
        jurisdiction: Whose law the case follows.
        kind: What must be done.
        started_on: The day the time limit started to run.
        due: The last day to do it, after any extension.
        fulfilled_on: The day it was done, if done by the day looked at.
        year: The year the time limit started to run.
        outcome: Met, late, missed, ended by the case's closure, or pending.
        on: The day looked at.
    """

    case: str = public()
    rule: str = public()
    jurisdiction: Jurisdiction = public()
    kind: DeadlineKind = public()
    started_on: dt.date = public()
    due: dt.date = public()
    fulfilled_on: dt.date | None = public()
    year: int = public()
    outcome: DeadlineOutcome = public()
    on: dt.date = public()


@model
class StatisticsView(Model):
    """The flat view of a caseload: one tuple of rows per row kind.

    Attributes:
        cases: One row per case.
        incidents: One row per incident.
        assessments: One row per structured assessment.
        exposures: One row per child exposed to an incident.
        interventions: One row per granted intervention.
        partner_contacts: One row per partner contact of a perpetrator-clinic pathway.
        deadlines: One row per statutory deadline, if the view was asked for a day.
    """

    cases: tuple[CaseRow, ...] = public(default=(), validator=tuple_of(CaseRow))
    incidents: tuple[IncidentRow, ...] = public(default=(), validator=tuple_of(IncidentRow))
    assessments: tuple[AssessmentRow, ...] = public(default=(), validator=tuple_of(AssessmentRow))
    exposures: tuple[ExposureRow, ...] = public(default=(), validator=tuple_of(ExposureRow))
    interventions: tuple[InterventionRow, ...] = public(
        default=(), validator=tuple_of(InterventionRow)
    )
    partner_contacts: tuple[PartnerContactRow, ...] = public(
        default=(), validator=tuple_of(PartnerContactRow)
    )
    deadlines: tuple[DeadlineRow, ...] = public(default=(), validator=tuple_of(DeadlineRow))


def statistics_view(
    cases: Iterable[PseudonymisedCase], *, on: dt.date | None = None
) -> StatisticsView:
    """The flat view of pseudonymised cases, for aggregation.

    Args:
        cases: The pseudonymised cases.
        on: The day each statutory deadline is looked at (what was recorded by then, as
            :func:`~familyviolence.time_limits` reads it). Without it, the view has no deadline
            rows. On a case whose dates were shifted, the deadlines' dates are shifted too and
            ``on`` is not. A pseudonymised case has no birth dates: the Swedish investigation time
            limit of an investigation opened on a child's own request for help is not found (see
            :data:`~familyviolence.privacy.RULES_NEEDING_REMOVED_DATA`). Where the original case is
            at hand, :func:`deadline_rows` of its own deadlines has them all.

    Raises:
        TypeError: If a case is not a :class:`~familyviolence.privacy.PseudonymisedCase`:
        pseudonymise
            it with :func:`~familyviolence.privacy.pseudonymise` first.
    """
    case_rows: list[CaseRow] = []
    incident_rows: list[IncidentRow] = []
    assessment_rows: list[AssessmentRow] = []
    exposure_rows: list[ExposureRow] = []
    intervention_rows: list[InterventionRow] = []
    contact_rows: list[PartnerContactRow] = []
    found_rows: list[DeadlineRow] = []
    # Typed as objects: the check is for callers whose types do not stop them.
    given: Iterable[object] = cases
    for i, pseudonymised in enumerate(given):
        if not isinstance(pseudonymised, PseudonymisedCase):
            msg = (
                f"case {i} is a {type(pseudonymised).__name__}: statistics are built from"
                " pseudonymised cases only (see pseudonymise)"
            )
            raise TypeError(msg)
        case = pseudonymised.case
        case_rows.append(_case_row(pseudonymised))
        incident_rows += _incident_rows(pseudonymised)
        assessment_rows += (_assessment_row(pseudonymised, a) for a in case.assessments)
        exposure_rows += _exposure_rows(pseudonymised)
        intervention_rows += _intervention_rows(pseudonymised)
        contact_rows += _partner_contact_rows(case)
        if on is not None:
            found_rows += deadline_rows(pseudonymised, deadlines(case, on=on))
    return StatisticsView(
        cases=tuple(case_rows),
        incidents=tuple(incident_rows),
        assessments=tuple(assessment_rows),
        exposures=tuple(exposure_rows),
        interventions=tuple(intervention_rows),
        partner_contacts=tuple(contact_rows),
        deadlines=tuple(found_rows),
    )


def _case_row(pseudonymised: PseudonymisedCase) -> CaseRow:
    case = pseudonymised.case
    days: list[dt.date] = [e.at.date() for e in case.history]
    days += [i.recorded_at.date() for i in case.incidents]
    days += [a.assessed_on for a in case.assessments]
    return CaseRow(
        case=case.id,
        jurisdiction=case.jurisdiction,
        phase=case.phase,
        persons=len(case.family.persons),
        protected_persons=sum(p.protected_identity for p in case.family.persons),
        subjects=len(case.subjects),
        incidents=len(case.incidents),
        assessments=len(case.assessments),
        events=len(case.history),
        interventions=len(case.state.interventions),
        first_year=min(days).year if days else None,
    )


def _incident_rows(pseudonymised: PseudonymisedCase) -> list[IncidentRow]:
    case = pseudonymised.case
    family = case.family
    rows = []
    for incident in case.incidents:
        year = incident.when.latest.year

        def bands(ids: tuple[str, ...], year: int = year) -> tuple[AgeBand, ...]:
            found = (age_band(pseudonymised.birth_year(p), year) for p in ids)
            return tuple(b for b in found if b is not None)

        rows.append(
            IncidentRow(
                case=case.id,
                incident=incident.id,
                jurisdiction=case.jurisdiction,
                year=year,
                forms=incident.forms,
                perpetrators=len(incident.perpetrators),
                victims=len(incident.victims),
                children_exposed=len(incident.children),
                injured=len(incident.injured),
                weapon=incident.weapon,
                threat_to_kill=incident.threat_to_kill,
                strangulation=incident.strangulation,
                reported_to_police=incident.reported_to_police,
                victim_sexes=tuple(family.person(p).sex for p in incident.victims),
                victim_age_bands=bands(incident.victims),
                perpetrator_sexes=tuple(family.person(p).sex for p in incident.perpetrators),
                perpetrator_age_bands=bands(incident.perpetrators),
            )
        )
    return rows


def _assessment_row(pseudonymised: PseudonymisedCase, assessment: Assessment) -> AssessmentRow:
    case = pseudonymised.case
    year = assessment.assessed_on.year
    levels = [j.level for j in assessment.judgements]
    return AssessmentRow(
        case=case.id,
        assessment=assessment.id,
        jurisdiction=case.jurisdiction,
        instrument=assessment.instrument,
        version=assessment.version,
        year=year,
        subject_sex=case.family.person(assessment.subject).sex,
        subject_age_band=age_band(pseudonymised.birth_year(assessment.subject), year),
        answers=len(assessment.answers),
        highest_level=max(levels, key=lambda level: level.rank) if levels else None,
    )


def _exposure_rows(pseudonymised: PseudonymisedCase) -> list[ExposureRow]:
    case = pseudonymised.case
    return [
        ExposureRow(
            case=case.id,
            incident=incident.id,
            child=exposure.child,
            jurisdiction=case.jurisdiction,
            year=incident.when.latest.year,
            kinds=exposure.kinds,
            child_age_band=age_band(
                pseudonymised.birth_year(exposure.child), incident.when.latest.year
            ),
        )
        for incident in case.incidents
        for exposure in incident.children
    ]


def _intervention_rows(pseudonymised: PseudonymisedCase) -> list[InterventionRow]:
    case = pseudonymised.case
    rows = []
    for state in case.state.interventions:
        intervention = state.intervention
        granted_on = state.granted_at.date()
        rows.append(
            InterventionRow(
                case=case.id,
                intervention=intervention.id,
                jurisdiction=case.jurisdiction,
                kind=intervention.kind,
                status=state.status,
                granted_on=granted_on,
                year=granted_on.year,
                person_sex=case.family.person(intervention.for_person).sex,
                person_age_band=age_band(
                    pseudonymised.birth_year(intervention.for_person), granted_on.year
                ),
            )
        )
    return rows


def _partner_contact_rows(case: Case) -> list[PartnerContactRow]:
    return [
        PartnerContactRow(
            case=case.id,
            pathway=pathway.id,
            jurisdiction=case.jurisdiction,
            on=step.on,
            year=step.on.year,
            established=step.established,
            reason=step.reason,
            current_assessment=_current_assessment(case, pathway.person, step),
        )
        for pathway in case.pathways
        for step in pathway.steps
        if isinstance(step, PartnerContact)
    ]


def _current_assessment(case: Case, client: str, contact: PartnerContact) -> bool:
    """Whether a usable structured risk assessment of ``client`` is current on the contact's day.

    Current for the client and the partner, by the library's one definition
    (:func:`~familyviolence.risk.is_current`), as the practice rule on partner contact asks.
    """
    catalogue = default_catalogue()
    persons = (client, contact.partner)
    for assessment in case.assessments:
        if contact.risk_assessment is not None and assessment.id != contact.risk_assessment:
            continue
        if assessment.subject != client or assessment.assessed_on > contact.on:
            continue
        result = risk_result(catalogue, assessment)
        if (
            result is not None
            and result.valid
            and is_current(case, assessment, on=contact.on, persons=persons)
        ):
            return True
    return False


def deadline_rows(
    pseudonymised: PseudonymisedCase, found: Iterable[Deadline]
) -> tuple[DeadlineRow, ...]:
    """Rows of the deadlines ``found``, under the pseudonymised case's id.

    Pass the deadlines of the original case (``deadlines(case, on=...)``) to count those a
    pseudonymised case cannot show, as its birth dates are gone; a deadline holds rule ids,
    kinds and dates of handling only, nothing that names a person. The rows are those
    :func:`statistics_view` makes from the deadlines of the pseudonymised case otherwise.
    """
    case = pseudonymised.case
    return tuple(
        DeadlineRow(
            case=case.id,
            rule=deadline.rule_id,
            jurisdiction=case.jurisdiction,
            kind=deadline.kind,
            started_on=deadline.started_on,
            due=deadline.due,
            fulfilled_on=deadline.fulfilled_on,
            year=deadline.started_on.year,
            outcome=deadline_outcome(deadline),
            on=deadline.on,
        )
        for deadline in found
    )
