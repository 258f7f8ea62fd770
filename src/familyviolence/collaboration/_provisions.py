"""The law of collaboration as data types: legal grounds for disclosure and duties to report.

The jurisdiction packs fill these in (:mod:`familyviolence.jurisdictions.se`,
:mod:`familyviolence.jurisdictions.no`): each :class:`DisclosureProvision` and
:class:`ReportingDutyProvision` names its legal reference, says whether it is confirmed, and has a
validity period. The functions that read them are
:func:`~familyviolence.disclosure.decide_disclosure` and
:func:`~familyviolence.jurisdictions.reporting_duty`. The types live here, apart from those
functions, so that the packs can use them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from familyviolence._model import Model, invalid, model, public, sensitive
from familyviolence._validators import (
    date_field,
    instance_of,
    members_of,
    non_blank,
    non_empty_id,
    optional_date,
    optional_non_blank,
    tuple_of,
)
from familyviolence.collaboration._agencies import ProfessionalRole, Sector
from familyviolence.errors import InvalidModel
from familyviolence.law import LegalReference
from familyviolence.vocabulary import AgencyKind, DataCategory, Jurisdiction, LabelledEnum

__all__ = [
    "CareGroup",
    "DisclosureProvision",
    "DisclosurePurpose",
    "JudgementCondition",
    "LegalGround",
    "RecordedJudgement",
    "ReportingDuty",
    "ReportingDutyProvision",
]


class LegalGround(LabelledEnum):
    """A legal ground on which information about a person may be disclosed despite secrecy.

    The grounds each jurisdiction knows, with their references, are listed on the
    documentation's Collaboration page. Sweden's general clause is a member so that a decision
    can say it was considered and is not available for social-services or health-care secrecy.
    """

    CONSENT = "consent", "samtycke", "samtykke", "consent"
    NECESSARY_FOR_OWN_WORK = (
        "necessary_for_own_work",
        "nödvändigt för att fullgöra den egna verksamheten",
        "nødvendig for å utføre eget arbeid",
        "necessary for the agency's own work",
    )
    DUTY_BY_LAW = (
        "duty_by_law",
        "uppgiftsskyldighet enligt lag",
        "opplysningsplikt etter lov",
        "duty to provide information by law",
    )
    MINORS_CARE = (
        "minors_care",
        "underårigs behov av nödvändig vård eller stöd",
        "mindreåriges behov av nødvendig omsorg eller hjelp",
        "a minor's necessary care, treatment or support",
    )
    YOUTH_CRIME_PREVENTION = (
        "youth_crime_prevention",
        "förhindra brott av den som inte fyllt 21 år",
        "forebygge lovbrudd av unge under 21 år",
        "preventing crime by a young person under 21",
    )
    SERIOUS_VIOLENCE_PREVENTION = (
        "serious_violence_prevention",
        "förhindra allvarligt våld av närstående",
        "forhindre alvorlig vold fra en nærstående",
        "preventing serious violence by a close relative",
    )
    CRIME_AGAINST_CHILD = (
        "crime_against_child",
        "misstanke om brott mot barn (BrB 3, 4, 6 kap.)",
        "mistanke om lovbrudd mot barn",
        "suspected crime against a child (Penal Code ch. 3, 4, 6)",
    )
    SERIOUS_CRIME = (
        "serious_crime",
        "misstanke om brott med minst ett års fängelse i straffskalan",
        "mistanke om lovbrudd med minst ett års minstestraff",
        "suspected crime with a minimum penalty of one year or more",
    )
    SERIOUS_CRIME_ATTEMPT = (
        "serious_crime_attempt",
        "försök, förberedelse eller stämpling till brott med minst två års fängelse",
        "forsøk, forberedelse eller stempling til lovbrudd med minst to års minstestraff",
        "attempt, preparation or conspiracy: minimum penalty of two years or more",
    )
    GENERAL_CLAUSE = "general_clause", "generalklausulen", "generalklausulen", "the general clause"
    DUTY_TO_AVERT = (
        "duty_to_avert",
        "plikt att avvärja allvarliga brott (avvergingsplikt)",
        "avvergingsplikt",
        "duty to avert a serious offence",
    )
    AVERT_DANGER = (
        "avert_danger",
        "avvärja fara för liv eller hälsa",
        "avverge fare for liv eller helse",
        "averting danger to life or health",
    )
    REPORTING_OFFENCES = (
        "reporting_offences",
        "anmäla lagöverträdelser till polis eller åklagare",
        "anmelde eller gi opplysninger om lovbrudd til politiet eller påtalemyndigheten",
        "reporting offences to the police or the prosecution",
    )
    OVERRIDING_INTEREST = (
        "overriding_interest",
        "tungt vägande privata eller allmänna intressen",
        "tungtveiende private eller offentlige interesser",
        "weighty private or public interests",
    )
    POLICE_SHARING = (
        "police_sharing",
        "polisens utlämnande av uppgifter",
        "politiets utlevering av opplysninger",
        "the police's sharing of information",
    )


class CareGroup(LabelledEnum):
    """For whom necessary care, treatment or support is needed (OSL 25 kap. 12 §, 26 kap. 9 §).

    Sweden's secrecy lets social services and health care share what such care needs, for the
    groups the law names.
    """

    MINOR = "minor", "den som inte har fyllt 18 år", "den som ikke har fylt 18 år", "a minor"
    SUBSTANCE_ABUSE = (
        "substance_abuse",
        "den som fortgående missbrukar alkohol, narkotika eller flyktiga lösningsmedel",
        "den som vedvarende misbruker alkohol, narkotika eller flyktige løsemidler",
        "a person with ongoing abuse of alcohol, drugs or solvents",
    )
    COMPULSORY_PSYCHIATRIC_CARE = (
        "compulsory_psychiatric_care",
        "den som vårdas enligt LPT eller LRV",
        "den som får tvungent psykisk helsevern (LPT eller LRV)",
        "a person in compulsory psychiatric care (LPT or LRV)",
    )


@model
class JudgementCondition(Model):
    """A condition of a legal ground that only a human can judge, with a stable id.

    A request for disclosure records each judgement made of it as a
    :class:`RecordedJudgement` naming the id.

    Attributes:
        id: Stable id (``"SE-18C-RISK"``).
        question: What must be judged, in words.
    """

    id: str = public(validator=non_empty_id)
    question: str = public(validator=non_blank)


@model
class RecordedJudgement(Model):
    """A judgement a professional made: whether a condition holds, who judged it and when.

    The library records judgements, it never makes them: a ground whose condition was judged
    not to hold is not relied on, one judged to hold says who judged it and when.

    Attributes:
        condition: Id of the condition judged (a :class:`JudgementCondition`'s, or
            ``"maturity"`` for a child's maturity to decide about their own information).
        holds: Whether it was found to hold.
        by: Id of the professional who judged it.
        on: The day it was judged.
        reason: Why (sensitive free text).
    """

    condition: str = public(validator=non_empty_id)
    holds: bool = public()
    by: str = public(validator=non_empty_id)
    on: dt.date = public(validator=date_field)
    reason: str | None = sensitive(default=None, validator=optional_non_blank)


class DisclosurePurpose(LabelledEnum):
    """What information is to be disclosed for: what a consent allows and a request states."""

    SUPPORT_AND_CARE = (
        "support_and_care",
        "stöd, vård eller behandling",
        "hjelp, omsorg eller behandling",
        "support, care or treatment",
    )
    COORDINATION = (
        "coordination",
        "samordning mellan verksamheter (t.ex. SIP)",
        "samordning mellom tjenester (f.eks. individuell plan)",
        "coordinating the agencies' work (e.g. a coordinated individual plan)",
    )
    CHILD_PROTECTION = (
        "child_protection",
        "bedöma eller utreda ett barns behov av skydd eller stöd",
        "vurdere eller undersøke et barns behov for beskyttelse eller hjelp",
        "assessing or investigating a child's need of protection or support",
    )
    RISK_ASSESSMENT = (
        "risk_assessment",
        "riskbedömning och säkerhetsplanering",
        "risikovurdering og sikkerhetsplanlegging",
        "assessing the risk of violence and planning safety",
    )
    PARTNER_CONTACT = (
        "partner_contact",
        "partnerkontakt under våldsutövarens behandling",
        "partnerkontakt under voldsutøverens behandling",
        "contact with the partner during a perpetrator's treatment",
    )
    FOLLOW_UP = (
        "follow_up",
        "uppföljning av en uppdragen insats",
        "oppfølging av et oppdrag",
        "following up a commissioned intervention",
    )
    OWN_WORK = (
        "own_work",
        "fullgöra den egna verksamheten",
        "utføre eget arbeid",
        "carrying out the disclosing agency's own task",
    )
    CRIME_PREVENTION = (
        "crime_prevention",
        "förhindra brott",
        "forebygge lovbrudd",
        "preventing crime",
    )
    VIOLENCE_PREVENTION = (
        "violence_prevention",
        "förhindra våld mot närstående",
        "forhindre vold mot nærstående",
        "preventing violence against a close relative",
    )
    CRIMINAL_INVESTIGATION = (
        "criminal_investigation",
        "utreda eller lagföra brott",
        "etterforske eller straffeforfølge lovbrudd",
        "investigating or prosecuting a crime",
    )


class ReportingDuty(LabelledEnum):
    """Whether someone must report concern for a child, should report it, or has no duty."""

    MUST = "must", "ska anmäla (anmälningsplikt)", "skal melde (opplysningsplikt)", "must report"
    SHOULD = "should", "bör anmäla", "bør melde", "should report"
    NONE = "none", "ingen anmälningsplikt", "ingen opplysningsplikt", "no duty to report"

    @property
    def strength(self) -> int:
        """2 for must, 1 for should, 0 for none: the strongest duty that applies wins."""
        return {"must": 2, "should": 1, "none": 0}[self.value]


def _validity(instance: Any) -> None:  # noqa: ANN401 - any rule with a validity period
    if (
        instance.valid_from is not None
        and instance.valid_to is not None
        and instance.valid_to < instance.valid_from
    ):
        raise InvalidModel(type(instance).__name__, "valid_to", "must not be before valid_from")


def _ages(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, int) or isinstance(value, bool) or not 0 < value < 150:  # noqa: PLR2004
        raise invalid(instance, attribute, "must be an age in years or None")


def _months(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise invalid(instance, attribute, "must be a positive number of months or None")


def _chapters(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not all(
        isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in value
    ):
        raise invalid(instance, attribute, "must be a tuple of chapter numbers")


def _texts(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(v, str) and v.strip() for v in value):
        raise invalid(instance, attribute, "must be a tuple of non-empty texts")


@model
class DisclosureProvision(Model):
    """One legal ground for disclosure in one jurisdiction, with the conditions the library checks.

    A request meets the ground when every condition stated here holds; an empty condition
    does not restrict. What the library cannot check (whether a disclosure is *needed*,
    whether there is *reason to believe*) is listed in ``judgements``, and every decision that
    relies on the ground repeats those judgements as left to a human.

    Attributes:
        id: Stable id of the rule (``"SE-DISCLOSURE-SERIOUS-VIOLENCE"``); versions of a rule
            share it.
        ground: The ground.
        jurisdiction: Whose law it is.
        summary: The ground in words, as shown in the documentation.
        reference: The provision it comes from.
        also: Further provisions it rests on (another act's numbering, the duty a ground
            serves).
        disclosers: Kinds of agency that may disclose on it; empty: any agency.
        discloser_sectors: Sectors of the agencies that may disclose on it; empty: any
            (Swedish secrecy law binds public bodies; a private agency's confidentiality is
            other law).
        recipients: Kinds of agency it allows disclosure to; empty: any.
        purposes: Purposes it serves; empty: any.
        person_under: The person the information is about must be under this age on the day.
        minor_or_close_relative: The person must be a minor on the day, or a parent,
            step-parent or custodian of a minor in the case.
        offence_chapters: The request must concern a suspected offence under one of these
            chapters of the Swedish Penal Code (brottsbalken).
        victim_under: The suspected offence must be against a person under this age.
        minimum_penalty_months: The suspected offence's minimum penalty must be at least this
            many months of imprisonment.
        attempt: ``True``: only an attempt, preparation or conspiracy; ``False``: only a
            completed offence; ``None``: either.
        feared: ``True``: only an offence feared to be committed (a risk); ``False``: only a
            suspected offence already committed; ``None``: either.
        genital_mutilation: The offence may also be one under lag (1982:316) om förbud mot
            könsstympning av kvinnor, beside the chapters in ``offence_chapters``.
        close_relative_victim: The offence must be against a close relative of the one who
            would commit it.
        care_groups: For whom the necessary care must be (Sweden's 25 kap. 12 § and 26 kap.
            9 §); empty: no such condition.
        excluded_categories: Data categories the ground never permits.
        exclusion: Why, in words.
        conditions: The conditions a human must judge, each with an id that a
            :class:`RecordedJudgement` names.
        averting_listed: The suspected offence must be one the duty to avert lists (Norway).
        available: Whether the ground can ever be relied on by ``disclosers``; Sweden's
            general clause cannot be for social-services or health-care secrecy.
        note: Why the ground is not available, or anything else a reader must know.
        judgements: What a human must still judge when the ground is relied on.
        valid_from: First day the rule applies (``None``: no known start).
        valid_to: Last day the rule applies (``None``: still in force).
    """

    id: str = public(validator=non_empty_id)
    ground: LegalGround = public(validator=instance_of(LegalGround))
    jurisdiction: Jurisdiction = public(validator=instance_of(Jurisdiction))
    summary: str = public(validator=non_blank)
    reference: LegalReference = public(validator=instance_of(LegalReference))
    also: tuple[LegalReference, ...] = public(default=(), validator=tuple_of(LegalReference))
    disclosers: tuple[AgencyKind, ...] = public(
        default=(), validator=members_of(AgencyKind, required=False)
    )
    discloser_sectors: tuple[Sector, ...] = public(
        default=(), validator=members_of(Sector, required=False)
    )
    recipients: tuple[AgencyKind, ...] = public(
        default=(), validator=members_of(AgencyKind, required=False)
    )
    purposes: tuple[DisclosurePurpose, ...] = public(
        default=(), validator=members_of(DisclosurePurpose, required=False)
    )
    person_under: int | None = public(default=None, validator=_ages)
    minor_or_close_relative: bool = public(default=False)
    offence_chapters: tuple[int, ...] = public(default=(), validator=_chapters)
    victim_under: int | None = public(default=None, validator=_ages)
    minimum_penalty_months: int | None = public(default=None, validator=_months)
    attempt: bool | None = public(default=None)
    feared: bool | None = public(default=None)
    genital_mutilation: bool = public(default=False)
    close_relative_victim: bool = public(default=False)
    care_groups: tuple[CareGroup, ...] = public(
        default=(), validator=members_of(CareGroup, required=False)
    )
    excluded_categories: tuple[DataCategory, ...] = public(
        default=(), validator=members_of(DataCategory, required=False)
    )
    exclusion: str | None = public(default=None, validator=optional_non_blank)
    conditions: tuple[JudgementCondition, ...] = public(
        default=(), validator=tuple_of(JudgementCondition)
    )
    averting_listed: bool = public(default=False)
    available: bool = public(default=True)
    note: str | None = public(default=None, validator=optional_non_blank)
    judgements: tuple[str, ...] = public(default=(), validator=_texts)
    valid_from: dt.date | None = public(default=None, validator=optional_date)
    valid_to: dt.date | None = public(default=None, validator=optional_date)

    def __attrs_post_init__(self) -> None:
        _validity(self)
        if self.excluded_categories and self.exclusion is None:
            raise InvalidModel(
                "DisclosureProvision", "exclusion", "say why categories are excluded"
            )
        ids = [c.id for c in self.conditions]
        if len(set(ids)) != len(ids):
            raise InvalidModel("DisclosureProvision", "conditions", "a condition id appears twice")

    def applies_on(self, day: dt.date) -> bool:
        """Whether the rule is in force on ``day``."""
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )

    @property
    def needs_offence(self) -> bool:
        """Whether the ground concerns a suspected offence, which the request must describe."""
        return bool(
            self.offence_chapters
            or self.victim_under is not None
            or self.minimum_penalty_months is not None
            or self.attempt is not None
            or self.feared is not None
            or self.close_relative_victim
            or self.averting_listed
        )


@model
class ReportingDutyProvision(Model):
    """Who must, should or need not report concern for a child, in one jurisdiction.

    A reporter matches the rule when their agency's kind, its sector and their role are among
    those listed (an empty list does not restrict) and the role is not excluded. A private
    individual (no agency) matches only a rule that lists no agency kinds, sectors or roles.

    Attributes:
        id: Stable id of the rule (``"SE-REPORTING-AUTHORITIES"``); versions share it.
        jurisdiction: Whose law it is.
        duty: Must, should or none.
        who: Who the rule binds, in words, as shown in the documentation.
        report_to: The kind of agency to report to.
        reference: The provision it comes from.
        equivalent: The same rule in the numbering of the act before or after it, where known.
        agency_kinds: Kinds of agency whose staff it binds; empty: any agency, and private
            individuals.
        sectors: Sectors it binds; empty: any.
        roles: Roles it binds; empty: any role.
        excluded_roles: Roles it does not bind (volunteers, where the duty binds employees).
        judgements: What a human must still judge for the rule to apply.
        valid_from: First day the rule applies (``None``: no known start).
        valid_to: Last day the rule applies (``None``: still in force).
    """

    id: str = public(validator=non_empty_id)
    jurisdiction: Jurisdiction = public(validator=instance_of(Jurisdiction))
    duty: ReportingDuty = public(validator=instance_of(ReportingDuty))
    who: str = public(validator=non_blank)
    report_to: AgencyKind = public(validator=instance_of(AgencyKind))
    reference: LegalReference = public(validator=instance_of(LegalReference))
    equivalent: LegalReference | None = public(default=None)
    agency_kinds: tuple[AgencyKind, ...] = public(
        default=(), validator=members_of(AgencyKind, required=False)
    )
    sectors: tuple[Sector, ...] = public(default=(), validator=members_of(Sector, required=False))
    roles: tuple[ProfessionalRole, ...] = public(
        default=(), validator=members_of(ProfessionalRole, required=False)
    )
    excluded_roles: tuple[ProfessionalRole, ...] = public(
        default=(), validator=members_of(ProfessionalRole, required=False)
    )
    judgements: tuple[str, ...] = public(default=(), validator=_texts)
    valid_from: dt.date | None = public(default=None, validator=optional_date)
    valid_to: dt.date | None = public(default=None, validator=optional_date)

    def __attrs_post_init__(self) -> None:
        _validity(self)

    def applies_on(self, day: dt.date) -> bool:
        """Whether the rule is in force on ``day``."""
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )

    def binds(
        self, agency_kind: AgencyKind | None, role: ProfessionalRole | None, sector: Sector
    ) -> bool:
        """Whether the rule binds a reporter at an agency of ``agency_kind`` in ``role``.

        ``agency_kind`` is ``None`` for a private individual; ``role`` is ``None`` when it is
        not known (the person counts as staff, not as a volunteer).
        """
        if agency_kind is None:
            return not (self.agency_kinds or self.sectors or self.roles)
        if self.agency_kinds and agency_kind not in self.agency_kinds:
            return False
        if self.sectors and sector not in self.sectors:
            return False
        if self.roles and role not in self.roles:
            return False
        return role not in self.excluded_roles
