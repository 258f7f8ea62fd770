"""Agencies and the professionals who work in them: kinds, sectors, roles, training, qualifications.

An :class:`Agency` is organisation data, not case data: records of a case name the agencies involved
(a referral's sender and receiver, a disclosure's discloser and recipient) by value, and a
:class:`~familyviolence.collaboration.Directory` lists an organisation's agencies, professionals and
agreements. A :class:`Professional` carries no personal data beyond what the work needs: a stable
id, the agency, the role, the trainings and the instruments they may use.
"""

from __future__ import annotations

import datetime as dt

from familyviolence._model import Model, model, public
from familyviolence._validators import (
    codes,
    date_field,
    instance_of,
    members_of,
    non_empty_id,
    optional_non_blank,
    tuple_of,
)
from familyviolence.instruments import AssessorQualifications
from familyviolence.vocabulary import AgencyKind, Jurisdiction, LabelledEnum

__all__ = [
    "Agency",
    "Professional",
    "ProfessionalRole",
    "Sector",
    "Training",
    "TrainingLevel",
    "TrainingTopic",
]


class Sector(LabelledEnum):
    """Who runs an agency: a public body, a private company or a non-profit organisation."""

    PUBLIC = "public", "offentlig", "offentlig", "public body"
    PRIVATE = "private", "privat (enskild verksamhet)", "privat", "private company"
    NON_PROFIT = (
        "non_profit",
        "idéburen (ideell förening, stiftelse)",
        "ideell (frivillig organisasjon, stiftelse)",
        "non-profit organisation",
    )


class ProfessionalRole(LabelledEnum):
    """What a person does at an agency. Reporting duties can depend on it.

    In Norway the duty of health personnel (helsepersonell) to inform the child welfare
    service follows the role, wherever the person works (see :attr:`is_health_personnel`).
    A volunteer is not a professional: in Sweden the duty to report binds employees and
    professionals, and a volunteer *should* report.
    """

    SOCIAL_WORKER = "social_worker", "socialsekreterare", "sosionom/saksbehandler", "social worker"
    THERAPIST = "therapist", "behandlare eller terapeut", "behandler eller terapeut", "therapist"
    SUPPORT_WORKER = (
        "support_worker",
        "behandlingsassistent eller stödpersonal",
        "miljøarbeider eller miljøterapeut",
        "support worker",
    )
    TEACHER = "teacher", "lärare", "lærer", "teacher"
    PRESCHOOL_TEACHER = (
        "preschool_teacher",
        "förskollärare eller barnskötare",
        "barnehagelærer eller barne- og ungdomsarbeider",
        "preschool teacher",
    )
    SCHOOL_COUNSELLOR = (
        "school_counsellor",
        "skolkurator",
        "sosiallærer eller rådgiver",
        "school counsellor",
    )
    NURSE = "nurse", "sjuksköterska", "sykepleier eller helsesykepleier", "nurse"
    MIDWIFE = "midwife", "barnmorska", "jordmor", "midwife"
    PHYSICIAN = "physician", "läkare", "lege", "physician"
    PSYCHOLOGIST = "psychologist", "psykolog", "psykolog", "psychologist"
    DENTIST = "dentist", "tandläkare", "tannlege", "dentist"
    DENTAL_HYGIENIST = "dental_hygienist", "tandhygienist", "tannpleier", "dental hygienist"
    DENTAL_NURSE = "dental_nurse", "tandsköterska", "tannhelsesekretær", "dental nurse"
    POLICE_OFFICER = "police_officer", "polis", "polititjenesteperson", "police officer"
    PROSECUTOR = "prosecutor", "åklagare", "påtalejurist", "prosecutor"
    PROBATION_OFFICER = (
        "probation_officer",
        "frivårdsinspektör",
        "ansatt i friomsorgen",
        "probation officer",
    )
    SECURITY_GUARD = "security_guard", "väktare", "vekter", "security guard"
    PUBLIC_ORDER_GUARD = "public_order_guard", "ordningsvakt", "ordensvakt", "public-order guard"
    MANAGER = "manager", "chef", "leder", "manager"
    ADMINISTRATIVE_STAFF = (
        "administrative_staff",
        "administrativ personal",
        "administrativt ansatt",
        "administrative staff",
    )
    OTHER_STAFF = "other_staff", "annan anställd", "annen ansatt", "other staff"
    VOLUNTEER = "volunteer", "volontär eller ideell medarbetare", "frivillig", "volunteer"

    @property
    def is_health_personnel(self) -> bool:
        """Whether the role is authorised health personnel (helsepersonell) in Norway."""
        return self in _HEALTH_PERSONNEL

    @property
    def is_professional(self) -> bool:
        """Whether the role is paid work at the agency: every role but a volunteer."""
        return self is not ProfessionalRole.VOLUNTEER


_HEALTH_PERSONNEL = frozenset(
    {
        ProfessionalRole.NURSE,
        ProfessionalRole.MIDWIFE,
        ProfessionalRole.PHYSICIAN,
        ProfessionalRole.PSYCHOLOGIST,
        ProfessionalRole.DENTIST,
        ProfessionalRole.DENTAL_HYGIENIST,
        ProfessionalRole.DENTAL_NURSE,
    }
)


class TrainingLevel(LabelledEnum):
    """The stage of staged training on violence in close relationships."""

    BASIC = (
        "basic",
        "grundutbildning (halvdag för all personal)",
        "grunnopplæring (for alle ansatte)",
        "basic training (half-days for all staff)",
    )
    KEY_PERSON = (
        "key_person",
        "fördjupad utbildning för nyckelpersoner",
        "fordypningsopplæring for nøkkelpersoner",
        "advanced training for designated key persons",
    )


class TrainingTopic(LabelledEnum):
    """A topic of training on violence in close relationships."""

    SMALL_CHILDREN = (
        "small_children",
        "konsekvenser för små barn",
        "konsekvenser for små barn",
        "consequences for small children",
    )
    PERPETRATOR_PERSPECTIVE = (
        "perpetrator_perspective",
        "våldsutövarperspektiv",
        "utøverperspektiv",
        "perpetrator perspective",
    )
    VICTIM_PERSPECTIVE = (
        "victim_perspective",
        "brottsofferperspektiv",
        "offerperspektiv",
        "victim perspective",
    )
    DUTY_TO_REPORT = "duty_to_report", "anmälningsplikt", "opplysningsplikt", "duty to report"
    SECRECY = "secrecy", "sekretess och tystnadsplikt", "taushetsplikt", "secrecy"
    COLLABORATION = "collaboration", "samverkan", "samarbeid", "collaboration"
    TRAUMA_INFORMED = (
        "trauma_informed",
        "traumamedveten omsorg",
        "traumebevisst omsorg",
        "trauma-informed care",
    )
    RISK_ASSESSMENT = (
        "risk_assessment",
        "strukturerad riskbedömning",
        "strukturert risikovurdering",
        "structured risk assessment",
    )


@model
class Agency(Model):
    """An agency or organisation that takes part in the work: who runs it, where, what it is.

    >>> police = Agency(id="police-malmo", kind=AgencyKind.POLICE, jurisdiction=Jurisdiction.SE)
    >>> police.sector.label("en")
    'public body'

    Attributes:
        id: Stable id of the agency (or of the unit within it).
        kind: What kind of agency it is.
        jurisdiction: Whose law it works under.
        sector: Who runs it: a public body, a private company or a non-profit organisation.
        name: Its name, for display (an organisation's name is not personal data).
    """

    id: str = public(validator=non_empty_id)
    kind: AgencyKind = public(validator=instance_of(AgencyKind))
    jurisdiction: Jurisdiction = public(validator=instance_of(Jurisdiction))
    sector: Sector = public(default=Sector.PUBLIC, validator=instance_of(Sector))
    name: str | None = public(default=None, validator=optional_non_blank)


@model
class Training(Model):
    """A training on violence in close relationships that a professional completed.

    Attributes:
        level: Basic training for all staff, or advanced training for key persons.
        completed_on: The day it was completed.
        topics: The topics it covered, if recorded.
    """

    level: TrainingLevel = public(validator=instance_of(TrainingLevel))
    completed_on: dt.date = public(validator=date_field)
    topics: tuple[TrainingTopic, ...] = public(
        default=(), validator=members_of(TrainingTopic, required=False)
    )


@model
class Professional(Model):
    """A person working at an agency, by id: role, trainings and instrument qualifications.

    >>> import datetime as dt
    >>> nurse = Professional(
    ...     id="staff-bvc-3",
    ...     agency="bvc-rosengard",
    ...     role=ProfessionalRole.NURSE,
    ...     trainings=(Training(level=TrainingLevel.BASIC, completed_on=dt.date(2025, 9, 4)),),
    ...     instruments=("freda_short_questions",),
    ... )
    >>> nurse.is_key_person(on=dt.date(2026, 3, 2)), nurse.is_qualified_for("sara")
    (False, False)

    Attributes:
        id: Stable id of the professional; the same id an :attr:`Assessment.assessor
            <familyviolence.instruments.Assessment.assessor>` or an :attr:`Actor.id
            <familyviolence.events.Actor.id>` names. Never a name or identity number.
        agency: Id of the agency they work at.
        role: What they do there.
        trainings: Trainings completed, in any order.
        instruments: Ids of the assessment instruments they are qualified (trained or
            certified) to use, each once.
    """

    id: str = public(validator=non_empty_id)
    agency: str = public(validator=non_empty_id)
    role: ProfessionalRole = public(validator=instance_of(ProfessionalRole))
    trainings: tuple[Training, ...] = public(default=(), validator=tuple_of(Training))
    instruments: tuple[str, ...] = public(default=(), validator=codes)

    def trained(self, level: TrainingLevel, *, on: dt.date) -> bool:
        """Whether they had completed a training of ``level`` by ``on``."""
        return any(t.level is level and t.completed_on <= on for t in self.trainings)

    def is_key_person(self, *, on: dt.date) -> bool:
        """Whether they had completed the advanced training for key persons by ``on``."""
        return self.trained(TrainingLevel.KEY_PERSON, on=on)

    def is_qualified_for(self, instrument: str) -> bool:
        """Whether they are qualified to use the instrument with id ``instrument``."""
        return instrument in self.instruments

    @property
    def qualifications(self) -> AssessorQualifications:
        """Their instrument qualifications, as the instruments' own record of them."""
        return AssessorQualifications(professional_id=self.id, instruments=self.instruments)
