"""Which part of a model belongs to which data category, as data: what redaction works from.

A disclosure decision permits :class:`~familyviolence.vocabulary.DataCategory` s; redaction needs to
know which fields of which models hold data of each category. :data:`FIELD_CATEGORIES` says it,
field by field, for the fields that open a category; every field below such a field belongs to the
same category unless the table says otherwise. Fields that only hold a document together (ids, the
jurisdiction, the list of persons) are :data:`STRUCTURE`: kept for every recipient, while each field
inside them decides for itself. A field that no entry covers is withheld.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from familyviolence._model import Model, model, public
from familyviolence.cases import Case
from familyviolence.collaboration import (
    ClinicPathway,
    Commission,
    Consent,
    DisclosureRequest,
    PartnerContact,
    Referral,
    SuspectedOffence,
    TreatmentRelapse,
)
from familyviolence.conversations import Conversation
from familyviolence.events import RelapseRecorded
from familyviolence.family import FamilySystem
from familyviolence.honour import HonourMarker
from familyviolence.incidents import Incident
from familyviolence.instruments import Assessment
from familyviolence.needs import RecordedNeed
from familyviolence.people import Person
from familyviolence.relations import Household, Relationship
from familyviolence.responsibility import Assignment, DecisionMaker
from familyviolence.safety import (
    MEASURE_CLASSES,
    ContactBanBreach,
    OtherMeasure,
    PerpetratorHousing,
    PlanRisk,
    ProtectedHousing,
    RiskConference,
    SafetyPlan,
)
from familyviolence.vocabulary import DataCategory, LabelledEnum
from familyviolence.voice import ChildVoice

__all__ = [
    "ABOUT_ONE_PERSON",
    "FIELD_CATEGORIES",
    "MODEL_CATEGORIES",
    "STRUCTURE",
    "Redacted",
    "WithheldBecause",
]


class _Structure:
    """The marker of fields that hold a document together; see :data:`STRUCTURE`."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "STRUCTURE"


STRUCTURE: Final = _Structure()
"""Kept for every recipient: ids and codes that tie a document together, never personal data.

The fields of a model held in a structural field are not covered by it: each needs an entry of
its own in :data:`FIELD_CATEGORIES`, or it is withheld.
"""

Category = DataCategory | _Structure
"""What a field belongs to: a data category, or the document's structure."""

FIELD_CATEGORIES: Mapping[tuple[type, str], Category] = MappingProxyType(
    {
        # A case: its ids tie it together; each part is a category of its own.
        (Case, "id"): STRUCTURE,
        (Case, "jurisdiction"): STRUCTURE,
        (Case, "family"): STRUCTURE,
        (Case, "subjects"): STRUCTURE,
        (Case, "incidents"): DataCategory.INCIDENTS,
        (Case, "history"): DataCategory.CASE_HISTORY,
        (Case, "assessments"): DataCategory.RISK_ASSESSMENTS,
        (Case, "referrals"): DataCategory.CASE_HISTORY,
        (Case, "commissions"): DataCategory.CASE_HISTORY,
        (Case, "consents"): DataCategory.CASE_HISTORY,
        (Case, "disclosures"): DataCategory.CASE_HISTORY,
        (Case, "pathways"): DataCategory.CASE_HISTORY,
        (Case, "protective_measures"): DataCategory.CASE_HISTORY,
        (Case, "safety_plans"): DataCategory.CASE_HISTORY,
        (Case, "conferences"): DataCategory.CASE_HISTORY,
        (Case, "decisions"): DataCategory.CASE_HISTORY,
        (Case, "assignments"): DataCategory.CASE_HISTORY,
        # Which municipality holds the case, where it moves and where a person works tell
        # where people live or stay.
        (Case, "responsible_agencies"): DataCategory.WHEREABOUTS,
        (Case, "transfers"): DataCategory.WHEREABOUTS,
        (Case, "staff_ties"): DataCategory.WHEREABOUTS,
        # So does the agency a caseworker works for in the case, or that decided or approved
        # a decision in it: after a move it names the new municipality.
        (Assignment, "agency"): DataCategory.WHEREABOUTS,
        (DecisionMaker, "agency"): DataCategory.WHEREABOUTS,
        (Case, "conversations"): DataCategory.CASE_HISTORY,
        (Case, "voices"): DataCategory.CASE_HISTORY,
        (Case, "honour_markers"): DataCategory.CASE_HISTORY,
        (Case, "needs"): DataCategory.HEALTH,
        # A family system: who is in it is structure; how they relate and live is not.
        (FamilySystem, "persons"): STRUCTURE,
        (FamilySystem, "relationships"): DataCategory.FAMILY_RELATIONS,
        (FamilySystem, "households"): DataCategory.HOUSEHOLD,
        (Household, "address"): DataCategory.WHEREABOUTS,
        # A person: the id ties the case together; that the person's address is protected,
        # and how, is kept, so that every recipient knows to protect them.
        (Person, "id"): STRUCTURE,
        (Person, "address_protection"): STRUCTURE,
        (Person, "name"): DataCategory.IDENTITY,
        (Person, "identity_number"): DataCategory.IDENTITY,
        (Person, "birth_date"): DataCategory.IDENTITY,
        (Person, "sex"): DataCategory.IDENTITY,
        (Person, "preferred_language"): DataCategory.IDENTITY,
        (Person, "needs_interpreter"): DataCategory.IDENTITY,
        # References out of one category into another follow the category referred to.
        (DisclosureRequest, "offence"): DataCategory.OFFENCES,
        (RelapseRecorded, "incident_id"): DataCategory.INCIDENTS,
        (TreatmentRelapse, "incident"): DataCategory.INCIDENTS,
        (PartnerContact, "risk_assessment"): DataCategory.RISK_ASSESSMENTS,
        (ContactBanBreach, "incident"): DataCategory.INCIDENTS,
        (PerpetratorHousing, "risk_assessment"): DataCategory.RISK_ASSESSMENTS,
        (PlanRisk, "assessment"): DataCategory.RISK_ASSESSMENTS,
        (PlanRisk, "incidents"): DataCategory.INCIDENTS,
        # The shelter a victim stays at, or the school a child moved to, tells where they are.
        (ProtectedHousing, "provider"): DataCategory.WHEREABOUTS,
        (OtherMeasure, "provided_by"): DataCategory.WHEREABOUTS,
    }
)
"""(model, field) → the category the field's value belongs to, or :data:`STRUCTURE`."""

MODEL_CATEGORIES: Mapping[type, Category] = MappingProxyType(
    {
        Case: STRUCTURE,
        FamilySystem: STRUCTURE,
        Person: STRUCTURE,
        Household: DataCategory.HOUSEHOLD,
        Relationship: DataCategory.FAMILY_RELATIONS,
        Incident: DataCategory.INCIDENTS,
        Assessment: DataCategory.RISK_ASSESSMENTS,
        Referral: DataCategory.CASE_HISTORY,
        Commission: DataCategory.CASE_HISTORY,
        Consent: DataCategory.CASE_HISTORY,
        DisclosureRequest: DataCategory.CASE_HISTORY,
        ClinicPathway: DataCategory.CASE_HISTORY,
        SuspectedOffence: DataCategory.OFFENCES,
        **dict.fromkeys(MEASURE_CLASSES.values(), DataCategory.CASE_HISTORY),
        SafetyPlan: DataCategory.CASE_HISTORY,
        RiskConference: DataCategory.CASE_HISTORY,
        Conversation: DataCategory.CASE_HISTORY,
        ChildVoice: DataCategory.CASE_HISTORY,
        HonourMarker: DataCategory.CASE_HISTORY,
        RecordedNeed: DataCategory.HEALTH,
    }
)
"""Model → what a whole object of it belongs to, when it is redacted on its own.

Events of a case's history belong to ``case_history``; a model not listed here is withheld
whole when redacted on its own.
"""


ABOUT_ONE_PERSON: frozenset[DataCategory] = frozenset(
    {
        DataCategory.IDENTITY,
        DataCategory.CONTACT_DETAILS,
        DataCategory.WHEREABOUTS,
        DataCategory.HEALTH,
    }
)
"""Categories whose data belongs to one person: a decision about one person permits them for
that person alone (their own record and the households they live in), never for the others in
the case. The other categories (incidents, risk assessments, relations, the case's handling)
are about the person as the case involves them."""


class WithheldBecause(LabelledEnum):
    """Why a part of a document was withheld from its recipient."""

    NOT_PERMITTED = (
        "not_permitted",
        "uppgiftskategorin får inte lämnas ut",
        "opplysningskategorien kan ikke utleveres",
        "the decision does not permit its data category",
    )
    PROTECTED_WHEREABOUTS = (
        "protected_whereabouts",
        "röjer vistelseort för person med skyddade personuppgifter",
        "røper oppholdssted for person med adressebeskyttelse",
        "reveals where a person with protected identity lives or stays",
    )
    ANOTHER_PERSON = (
        "another_person",
        "gäller en annan person än den utlämnandet avser",
        "gjelder en annen person enn den utleveringen gjelder",
        "is about another person than the one the decision is about",
    )
    UNCLASSIFIED = (
        "unclassified",
        "tillhör ingen uppgiftskategori",
        "tilhører ingen opplysningskategori",
        "belongs to no data category, so nothing permits it",
    )


@model
class Redacted(Model):
    """A marker: the part of a document at ``path`` was withheld, not unknown.

    Paths are JSON paths into the document as disclosed: ``$.family.persons[*].name`` stands
    for the field in every element of the array, ``$.family.households[?(@.id=='home-1')]``
    for one element that was removed whole.

    Attributes:
        path: Where in the document.
        category: The data category it belongs to, or ``None`` if it belongs to none.
        reason: Why it was withheld.
    """

    path: str = public()
    category: DataCategory | None = public()
    reason: WithheldBecause = public()
