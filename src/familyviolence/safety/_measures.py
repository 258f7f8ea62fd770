"""Protective measures: what keeps a victim and the children safe, each in force for a period.

A case keeps its measures in :attr:`Case.protective_measures
<familyviolence.cases.Case.protective_measures>`, a tagged union told apart by each record's
``type``: a :class:`ContactBan` (kontaktförbud; besøksforbud) with its breaches, a
:class:`ProtectedHousing` placement (skyddat boende; krisesenter) with the accompanying children and
their own needs, :class:`PerpetratorHousing` (temporary housing for the person who uses violence, so
that the victim and the children can stay at home), an :class:`AddressProtectionMeasure` (protected
personal data, applied for and granted) and :class:`OtherMeasure` (alarm device, police escort,
change of school, or an organisation's own kind). Each names its legal basis where there is one. A
measure checks what it can on its own; the case checks that it names persons, assessments, incidents
and pathways it holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal

from familyviolence._model import Model, model, public, sensitive, tag
from familyviolence._validators import (
    date_field,
    id_list,
    instance_of,
    members_of,
    non_empty_id,
    optional_date,
    optional_id,
    optional_non_blank,
    started_period,
    tuple_of,
)
from familyviolence.collaboration import Agency
from familyviolence.errors import InvalidModel
from familyviolence.law import LegalReference
from familyviolence.periods import Period
from familyviolence.vocabulary import AddressProtection, Jurisdiction, LabelledEnum

__all__ = [
    "ADDRESS_PROTECTION_LAW",
    "CONTACT_BAN_LAW",
    "MEASURE_CLASSES",
    "AccompanyingChild",
    "AddressProtectionMeasure",
    "ChildNeed",
    "ContactBan",
    "ContactBanBreach",
    "ContactBanKind",
    "DecidingAuthority",
    "HousingEndReason",
    "OtherMeasure",
    "OtherMeasureKind",
    "PerpetratorHousing",
    "ProtectedHousing",
    "ProtectiveMeasure",
]


class ProtectiveMeasure(Model):
    """Marker base of every protective measure of a case.

    Not a model itself: :attr:`Case.protective_measures
    <familyviolence.cases.Case.protective_measures>` is typed ``tuple[ProtectiveMeasure, ...]`` and
    each element is one of the concrete measure models, told apart by its ``type`` tag.
    """

    __slots__ = ()

    if TYPE_CHECKING:

        @property
        def type(self) -> str:
            """The measure's tag."""

        @property
        def id(self) -> str:
            """Stable id of the measure within the case."""

        @property
        def legal_basis(self) -> LegalReference | None:
            """The provision the measure rests on, if recorded."""

        def in_force(self, *, on: dt.date) -> bool:
            """Whether the measure is in force on ``on``."""


CONTACT_BAN_LAW: Mapping[Jurisdiction, LegalReference] = MappingProxyType(
    {
        Jurisdiction.SE: LegalReference(
            statute="Lag (1988:688) om kontaktförbud",
            verified=True,
            note="cited by name: the act as a whole",
        ),
        Jurisdiction.NO: LegalReference(
            statute="straffeprosessloven",
            verified=False,
            note="besøksforbud; the provision is not confirmed here: cite it by name",
        ),
    }
)
"""The law a contact ban rests on, per jurisdiction: Sweden's act on contact bans, and
Norway's criminal procedure act (the provision on besøksforbud is not cited: unconfirmed)."""

ADDRESS_PROTECTION_LAW: Mapping[Jurisdiction, LegalReference] = MappingProxyType(
    {
        Jurisdiction.SE: LegalReference(
            statute="OSL 2009:400",
            provision="22 kap. 1 §",
            verified=True,
            note="secrecy of the data; skyddad folkbokföring since 2019 rests on the "
            "folkbokföring act, cited by name",
        ),
        Jurisdiction.NO: LegalReference(
            statute="folkeregisterloven",
            provision="§ 10-4",
            verified=True,
            note="fortrolig and strengt fortrolig adresse",
        ),
    }
)
"""The law address protection rests on, per jurisdiction (the provision only where confirmed)."""


class ContactBanKind(LabelledEnum):
    """The kinds of contact ban (Lag (1988:688) om kontaktförbud; besøksforbud)."""

    ORDINARY = "ordinary", "kontaktförbud", "besøksforbud", "ordinary contact ban"
    SHARED_HOME = (
        "shared_home",
        "kontaktförbud avseende gemensam bostad",
        "besøksforbud i eget hjem",
        "contact ban covering a shared home",
    )
    EXTENDED = (
        "extended",
        "utvidgat kontaktförbud",
        "utvidet kontaktforbud (svensk ordning)",
        "extended contact ban",
    )
    SPECIALLY_EXTENDED = (
        "specially_extended",
        "särskilt utvidgat kontaktförbud",
        "særskilt utvidet kontaktforbud (svensk ordning)",
        "specially extended contact ban",
    )


class DecidingAuthority(LabelledEnum):
    """Who decided a contact ban: the prosecutor, or a court reviewing or deciding it."""

    PROSECUTOR = "prosecutor", "åklagare", "påtalemyndigheten", "prosecutor"
    COURT = "court", "domstol", "domstol", "court"


@model
class ContactBanBreach(Model):
    """A breach of a contact ban, as recorded: the day, and the incident it was, if recorded.

    A breach is a crime; a new structured risk assessment is called for (see the rule
    ``SAFETY-CONTACT-BAN-BREACH-WITHOUT-ASSESSMENT``).

    Attributes:
        on: The day of the breach.
        incident: Id of the case's incident that records it, if any.
        reported_to_police: Whether the breach was reported to the police, if known.
        description: What happened (sensitive free text).
    """

    on: dt.date = public(validator=date_field)
    incident: str | None = public(default=None, validator=optional_id)
    reported_to_police: bool | None = public(default=None)
    description: str | None = sensitive(default=None, validator=optional_non_blank)


@model
class ContactBan(ProtectiveMeasure):
    """A contact ban (kontaktförbud; besøksforbud): who is protected from whom, and for how long.

    >>> import datetime as dt
    >>> from familyviolence.periods import Period
    >>> from familyviolence.vocabulary import Jurisdiction
    >>> ban = ContactBan(
    ...     id="ban-1",
    ...     protected="mother",
    ...     restrained="father",
    ...     kind=ContactBanKind.SHARED_HOME,
    ...     decided_by=DecidingAuthority.PROSECUTOR,
    ...     decided_on=dt.date(2026, 3, 3),
    ...     period=Period(start=dt.date(2026, 3, 3), end=dt.date(2026, 3, 31)),
    ...     legal_basis=CONTACT_BAN_LAW[Jurisdiction.SE],
    ... )
    >>> ban.in_force(on=dt.date(2026, 3, 31)), ban.in_force(on=dt.date(2026, 4, 1))
    (True, False)

    Attributes:
        type: ``"contact_ban"``.
        id: Stable id of the measure within the case.
        protected: Id of the person protected.
        restrained: Id of the person the ban is against.
        kind: Ordinary, covering a shared home, extended or specially extended.
        decided_by: The prosecutor or a court.
        decided_on: The day of the decision.
        period: From and to (both days included); the first day is required.
        electronic_monitoring: Whether compliance is monitored electronically.
        breaches: Breaches recorded, each within the period.
        legal_basis: The law the ban rests on (see :data:`CONTACT_BAN_LAW`).
    """

    type: Literal["contact_ban"] = tag("contact_ban")
    id: str = public(validator=non_empty_id)
    protected: str = public(validator=non_empty_id)
    restrained: str = public(validator=non_empty_id)
    kind: ContactBanKind = public(validator=instance_of(ContactBanKind))
    decided_by: DecidingAuthority = public(validator=instance_of(DecidingAuthority))
    decided_on: dt.date = public(validator=date_field)
    period: Period = public(validator=started_period)
    electronic_monitoring: bool = public(default=False)
    breaches: tuple[ContactBanBreach, ...] = public(
        default=(), validator=tuple_of(ContactBanBreach)
    )
    legal_basis: LegalReference | None = public(default=None)

    def __attrs_post_init__(self) -> None:
        if self.protected == self.restrained:
            raise InvalidModel("ContactBan", "restrained", "must not be the person protected")
        for i, breach in enumerate(self.breaches):
            if not self.period.contains(breach.on):
                raise InvalidModel(
                    "ContactBan", f"breaches[{i}].on", "must be within the ban's period"
                )

    def in_force(self, *, on: dt.date) -> bool:
        """Whether the ban is in force on ``on``."""
        return self.period.contains(on)

    def between(self, a: str, b: str) -> bool:
        """Whether the ban protects one of ``a`` and ``b`` from the other."""
        return {self.protected, self.restrained} == {a, b}


class ChildNeed(LabelledEnum):
    """A need of a child of its own, recorded when the child moves to protected housing."""

    SCHOOLING = "schooling", "skolgång", "skolegang", "schooling"
    PRESCHOOL = "preschool", "förskola", "barnehage", "preschool"
    HEALTH_CARE = "health_care", "hälso- och sjukvård", "helsehjelp", "health care"
    CRISIS_SUPPORT = "crisis_support", "krisstöd", "krisehjelp", "crisis support"
    TRAUMA_TREATMENT = (
        "trauma_treatment",
        "traumabehandling",
        "traumebehandling",
        "trauma treatment",
    )
    CONTACT_ARRANGEMENTS = (
        "contact_arrangements",
        "umgänge med den andra föräldern (prövas)",
        "samvær med den andre forelderen (vurderes)",
        "contact with the other parent (to be reviewed)",
    )
    LEISURE_AND_FRIENDS = (
        "leisure_and_friends",
        "fritid och kamrater",
        "fritid og venner",
        "leisure and friends",
    )
    OTHER = "other", "annat behov", "annet behov", "other need"


@model
class AccompanyingChild(Model):
    """A child who moves to protected housing with the parent, and the child's own needs.

    Attributes:
        child: Id of the child in the case's family system.
        needs: The child's own needs as recorded, each once; empty if none were recorded.
        needs_note: The needs in the caseworker's words (sensitive free text).
    """

    child: str = public(validator=non_empty_id)
    needs: tuple[ChildNeed, ...] = public(
        default=(), validator=members_of(ChildNeed, required=False)
    )
    needs_note: str | None = sensitive(default=None, validator=optional_non_blank)

    @property
    def needs_recorded(self) -> bool:
        """Whether the child's own needs were recorded (listed or described)."""
        return bool(self.needs) or self.needs_note is not None


class HousingEndReason(LabelledEnum):
    """Why a stay in protected housing (or a perpetrator's temporary housing) ended."""

    MOVED_TO_OWN_HOME = (
        "moved_to_own_home",
        "flyttade till egen bostad",
        "flyttet til egen bolig",
        "moved to a home of their own",
    )
    RETURNED_HOME = "returned_home", "återvände hem", "flyttet hjem igjen", "returned home"
    MOVED_TO_OTHER_PROTECTED_HOUSING = (
        "moved_to_other_protected_housing",
        "flyttade till annat skyddat boende",
        "flyttet til et annet krisesenter",
        "moved to other protected housing",
    )
    PLACEMENT_ENDED_BY_PROVIDER = (
        "placement_ended_by_provider",
        "placeringen avslutades av utföraren",
        "oppholdet ble avsluttet av tilbyderen",
        "ended by the provider",
    )
    LEFT_ON_OWN_INITIATIVE = (
        "left_on_own_initiative",
        "lämnade på eget initiativ",
        "flyttet på eget initiativ",
        "left on their own initiative",
    )
    OTHER = "other", "annat skäl", "annen grunn", "other reason"


def _end(model_name: str, period: Period, reason: object) -> None:
    if reason is not None and period.end is None:
        raise InvalidModel(model_name, "end_reason", "is given, but the period has no end")


@model
class ProtectedHousing(ProtectiveMeasure):
    """A placement in protected housing (skyddat boende; krisesenter) of a victim.

    Attributes:
        type: ``"protected_housing"``.
        id: Stable id of the measure within the case.
        person: Id of the victim placed.
        period: From the day of moving in to the day the stay ended (open while it lasts).
        children: The children who came along, each with their own needs.
        provider: The shelter or housing provider, if recorded.
        end_reason: Why the stay ended; only when the period has an end.
        legal_basis: The decision's legal basis, if recorded.
    """

    type: Literal["protected_housing"] = tag("protected_housing")
    id: str = public(validator=non_empty_id)
    person: str = public(validator=non_empty_id)
    period: Period = public(validator=started_period)
    children: tuple[AccompanyingChild, ...] = public(
        default=(), validator=tuple_of(AccompanyingChild)
    )
    provider: Agency | None = public(default=None)
    end_reason: HousingEndReason | None = public(default=None)
    legal_basis: LegalReference | None = public(default=None)

    def __attrs_post_init__(self) -> None:
        _end("ProtectedHousing", self.period, self.end_reason)
        seen: set[str] = set()
        for i, child in enumerate(self.children):
            if child.child == self.person:
                raise InvalidModel(
                    "ProtectedHousing", f"children[{i}].child", "is the person placed"
                )
            if child.child in seen:
                raise InvalidModel(
                    "ProtectedHousing", f"children[{i}].child", "names a child more than once"
                )
            seen.add(child.child)

    def in_force(self, *, on: dt.date) -> bool:
        """Whether the stay goes on on ``on``."""
        return self.period.contains(on)


@model
class PerpetratorHousing(ProtectiveMeasure):
    """Temporary housing for the person who uses violence, so the others can stay at home.

    The seed's housing dilemma: after a contact ban the perpetrator may have nowhere to live;
    housed elsewhere, the victim and the children can stay at home instead of moving to
    protected housing, and the offer can motivate change. It is allowed only where a current
    structured risk assessment, made before the decision, supports the children staying (rule
    ``SAFETY-PERPETRATOR-HOUSING-WITHOUT-ASSESSMENT``), so the record names that assessment and
    the day of the decision, and the motivation work the housing enables.

    Attributes:
        type: ``"perpetrator_housing"``.
        id: Stable id of the measure within the case.
        person: Id of the person housed (who uses violence).
        staying_home: Ids of the victim and children who stay at home; at least one.
        period: From and to; the first day is required.
        decided_on: The day the housing was decided, if recorded. Without it the day of the
            decision that granted ``intervention`` counts; failing that the housing's first day
            stands in, and the rule ``SAFETY-PERPETRATOR-HOUSING-DECISION-DAY-UNKNOWN`` says
            that whether it was assessed before deciding cannot be checked.
        risk_assessment: Id of the case's structured risk assessment the decision rests on.
        intervention: Id of the intervention granted in the case's history that decided the
            housing (of the kind ``perpetrator_housing``), if it was decided as one.
        enables: Ids of interventions granted in the history that the housing enables or
            motivates (perpetrator treatment, for example), each once.
        pathway: Id of the case's perpetrator-clinic pathway the housing supports, if any.
        end_reason: Why the housing ended; only when the period has an end.
        legal_basis: The decision's legal basis, if recorded.
    """

    type: Literal["perpetrator_housing"] = tag("perpetrator_housing")
    id: str = public(validator=non_empty_id)
    person: str = public(validator=non_empty_id)
    staying_home: tuple[str, ...] = public(validator=id_list(required=True))
    period: Period = public(validator=started_period)
    decided_on: dt.date | None = public(default=None, validator=optional_date)
    risk_assessment: str | None = public(default=None, validator=optional_id)
    intervention: str | None = public(default=None, validator=optional_id)
    enables: tuple[str, ...] = public(default=(), validator=id_list(required=False))
    pathway: str | None = public(default=None, validator=optional_id)
    end_reason: HousingEndReason | None = public(default=None)
    legal_basis: LegalReference | None = public(default=None)

    def __attrs_post_init__(self) -> None:
        _end("PerpetratorHousing", self.period, self.end_reason)
        if self.person in self.staying_home:
            raise InvalidModel(
                "PerpetratorHousing", "staying_home", "must not name the person housed"
            )

    def in_force(self, *, on: dt.date) -> bool:
        """Whether the person is housed elsewhere on ``on``."""
        return self.period.contains(on)


@model
class AddressProtectionMeasure(ProtectiveMeasure):
    """Protection of a person's address: applied for, and granted from a day.

    The person's own record carries the protection in force
    (:attr:`Person.address_protection <familyviolence.people.Person.address_protection>`), which
    is what keeps the address out of documents for unauthorised recipients; this record keeps
    when it was applied for and granted.

    Attributes:
        type: ``"address_protection"``.
        id: Stable id of the measure within the case.
        person: Id of the person protected.
        level: The kind of protection (sekretessmarkering, skyddad folkbokföring, kode 6 …).
        applied_on: The day it was applied for.
        granted_on: The day it was granted; ``None`` while it is pending or if refused.
        refused: Whether the application was refused.
        period: How long the protection applies once granted (open if not limited).
        legal_basis: The law it rests on (see :data:`ADDRESS_PROTECTION_LAW`).
    """

    type: Literal["address_protection"] = tag("address_protection")
    id: str = public(validator=non_empty_id)
    person: str = public(validator=non_empty_id)
    level: AddressProtection = public(validator=instance_of(AddressProtection))
    applied_on: dt.date = public(validator=date_field)
    granted_on: dt.date | None = public(default=None, validator=optional_date)
    refused: bool = public(default=False)
    period: Period = public(factory=Period, validator=instance_of(Period))
    legal_basis: LegalReference | None = public(default=None)

    def __attrs_post_init__(self) -> None:
        if self.granted_on is not None:
            if self.refused:
                raise InvalidModel(
                    "AddressProtectionMeasure", "refused", "a granted application is not refused"
                )
            if self.granted_on < self.applied_on:
                raise InvalidModel(
                    "AddressProtectionMeasure", "granted_on", "must not be before applied_on"
                )

    def in_force(self, *, on: dt.date) -> bool:
        """Whether the protection was granted by ``on`` and applies on that day."""
        return self.granted_on is not None and self.granted_on <= on and self.period.contains(on)


class OtherMeasureKind(LabelledEnum):
    """Other protective measures; ``other`` with an organisation's own code for the rest."""

    ALARM_DEVICE = "alarm_device", "larmpaket", "voldsalarm", "alarm device"
    POLICE_ESCORT = "police_escort", "polisskydd eller eskort", "politieskorte", "police escort"
    CHANGE_OF_SCHOOL = "change_of_school", "byte av skola", "bytte av skole", "change of school"
    CHANGE_OF_PRESCHOOL = (
        "change_of_preschool",
        "byte av förskola",
        "bytte av barnehage",
        "change of preschool",
    )
    SECURE_CONTACT_ROUTINE = (
        "secure_contact_routine",
        "säker kontaktväg med myndigheter",
        "sikker kontaktrutine med etater",
        "secure routine for contact with agencies",
    )
    OTHER = "other", "annan åtgärd", "annet tiltak", "other measure"


@model
class OtherMeasure(ProtectiveMeasure):
    """Another protective measure: an alarm device, a police escort, a change of school.

    The vocabulary is open at one end: ``kind=OtherMeasureKind.OTHER`` with a ``code`` of the
    organisation's own names a kind the library does not list.

    Attributes:
        type: ``"other_measure"``.
        id: Stable id of the measure within the case.
        person: Id of the person protected.
        kind: The kind of measure.
        code: The organisation's own code, required when ``kind`` is ``other`` (else ``None``).
        period: From and to; the first day is required.
        provided_by: The agency that provides it, if recorded.
        legal_basis: The decision's legal basis, if recorded.
    """

    type: Literal["other_measure"] = tag("other_measure")
    id: str = public(validator=non_empty_id)
    person: str = public(validator=non_empty_id)
    kind: OtherMeasureKind = public(validator=instance_of(OtherMeasureKind))
    period: Period = public(validator=started_period)
    code: str | None = public(default=None, validator=optional_id)
    provided_by: Agency | None = public(default=None)
    legal_basis: LegalReference | None = public(default=None)

    def __attrs_post_init__(self) -> None:
        if (self.kind is OtherMeasureKind.OTHER) != (self.code is not None):
            raise InvalidModel(
                "OtherMeasure", "code", "is required for the kind 'other', and only for it"
            )

    def in_force(self, *, on: dt.date) -> bool:
        """Whether the measure is in force on ``on``."""
        return self.period.contains(on)


MEASURE_CLASSES: Mapping[str, type[ProtectiveMeasure]] = MappingProxyType(
    {
        "contact_ban": ContactBan,
        "protected_housing": ProtectedHousing,
        "perpetrator_housing": PerpetratorHousing,
        "address_protection": AddressProtectionMeasure,
        "other_measure": OtherMeasure,
    }
)
"""Every kind of protective measure, by its ``type`` tag."""
