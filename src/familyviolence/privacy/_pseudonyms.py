"""Pseudonymisation of cases for research and national statistics.

:func:`pseudonymise` returns a :class:`PseudonymisedCase`: the case with its ids replaced by
keyed pseudonyms and everything that names or locates a person removed, and each person's year
of birth kept beside it. Each step is listed in :data:`PSEUDONYMISATION_STEPS`. Which fields
hold person ids is data too: :data:`PERSON_ID_FIELDS`.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import hmac
import re
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, Final

import attrs

from familyviolence._model import SENSITIVITY, Model, evolve, invalid, model, personal, public
from familyviolence._validators import tuple_of
from familyviolence.cases import Case
from familyviolence.collaboration import (
    Agency,
    ClinicPathway,
    Consent,
    DisclosureRequest,
    PartnerContact,
    Referral,
    ReportOfConcern,
    SuspectedOffence,
)
from familyviolence.conversations import Conversation
from familyviolence.errors import InvalidModel
from familyviolence.events import DecisionMade, HelpRequested, RelapseRecorded
from familyviolence.honour import HonourMarker
from familyviolence.incidents import ChildExposure, Incident
from familyviolence.instruments import Assessment
from familyviolence.interpreters import InterpreterUse
from familyviolence.interventions import Intervention
from familyviolence.needs import RecordedNeed
from familyviolence.people import Person
from familyviolence.privacy._blanks import REMOVED_TEXT, blank_for
from familyviolence.relations import Household, Relationship
from familyviolence.responsibility import Assignment, Decision, StaffTie
from familyviolence.safety import (
    AccompanyingChild,
    AddressProtectionMeasure,
    ContactBan,
    OtherMeasure,
    PerpetratorHousing,
    ProtectedHousing,
    RiskConference,
    SafetyPlan,
)
from familyviolence.vocabulary import Sensitivity
from familyviolence.voice import ChildVoice

__all__ = [
    "MIN_KEY_BYTES",
    "PERSON_ID_FIELDS",
    "PSEUDONYMISATION_STEPS",
    "RULES_NEEDING_REMOVED_DATA",
    "BirthYear",
    "PseudonymisedCase",
    "date_offset",
    "pseudonym",
    "pseudonymise",
]

MIN_KEY_BYTES: Final = 32
"""The shortest key :func:`pseudonymise` accepts, in bytes (256 bits, as HMAC-SHA256's)."""

PERSON_ID_FIELDS: frozenset[tuple[type, str]] = frozenset(
    {
        (Person, "id"),
        (Relationship, "from_person"),
        (Relationship, "to_person"),
        (Household, "members"),
        (Case, "subjects"),
        (Incident, "perpetrators"),
        (Incident, "victims"),
        (Incident, "injured"),
        (ChildExposure, "child"),
        (Assessment, "subject"),
        (Intervention, "for_person"),
        (HelpRequested, "person_id"),
        (RelapseRecorded, "person_id"),
        (DecisionMade, "child_needs"),
        (ReportOfConcern, "child"),
        (Referral, "persons"),
        (Consent, "person"),
        (Consent, "given_by"),
        (DisclosureRequest, "person"),
        (SuspectedOffence, "victim"),
        (SuspectedOffence, "perpetrator"),
        (ClinicPathway, "person"),
        (PartnerContact, "partner"),
        (ContactBan, "protected"),
        (ContactBan, "restrained"),
        (ProtectedHousing, "person"),
        (AccompanyingChild, "child"),
        (PerpetratorHousing, "person"),
        (PerpetratorHousing, "staying_home"),
        (AddressProtectionMeasure, "person"),
        (OtherMeasure, "person"),
        (SafetyPlan, "person"),
        (RiskConference, "victim"),
        (RiskConference, "perpetrators"),
        (Decision, "persons"),
        (Assignment, "designated_for"),
        (StaffTie, "person"),
        (Conversation, "persons"),
        (Conversation, "whereabouts_shared"),
        (InterpreterUse, "person"),
        (ChildVoice, "child"),
        (HonourMarker, "person"),
        (HonourMarker, "perpetrators"),
        (RecordedNeed, "person"),
    }
)
"""(model, field) of every field that holds the id of a person in the case's family system.

The field holds one id, an optional id or a tuple of ids; :func:`pseudonymise` replaces each.
"""

REMOVED_PUBLIC_TEXT: frozenset[tuple[type, str]] = frozenset({(Agency, "name")})
"""Public free text removed too: an agency's name can name a small place."""

PSEUDONYMISATION_STEPS: Mapping[str, str] = MappingProxyType(
    {
        "person ids": (
            "Every person id (see PERSON_ID_FIELDS) becomes 'person-' and 20 hex digits of"
            " HMAC-SHA256 under the key, of the case id and the person id: the same for the"
            " same key and case, unlinkable to the id without the key, different in another"
            " case."
        ),
        "case id": "The case id becomes 'case-' and 20 hex digits of HMAC-SHA256 under the key.",
        "names and identity numbers": (
            "Every field classed personal is emptied: names, identity numbers, birth dates."
        ),
        "birth dates": (
            "Each person's year of birth is kept beside the case (birth_years), not the date."
        ),
        "free text": (
            "Every text in a field classed sensitive becomes '[removed]' (an absent text stays"
            " absent); agencies' names are removed. Coded sensitive data (forms of violence,"
            " answers, risk levels) is kept."
        ),
        "places": (
            "Every field classed protected location (addresses) is emptied. Who lives with"
            " whom is kept, under pseudonyms."
        ),
        "dates (optional)": (
            "With shift_dates, every date and time of the case moves by the same whole number"
            " of weeks (from -26 to 26, keyed by the case id): intervals and weekdays are kept,"
            " calendar dates are not."
        ),
    }
)
"""What :func:`pseudonymise` does, step by step: step → what it does."""

_CHILD_DEADLINE = (
    "the Swedish investigation time limit holds for investigations concerning a child; whether"
    " a person who asked for help was a child when the investigation opened needs the birth date"
)
RULES_NEEDING_REMOVED_DATA: Mapping[str, str] = MappingProxyType(
    {
        "SE-INVESTIGATION-OVERDUE": _CHILD_DEADLINE,
        "SE-DEADLINE-MET-LATE": _CHILD_DEADLINE,
        "PRACTICE-CHILD-NEEDS-NOT-MOTIVATION": (
            "which children are minors on the day of a decision needs their birth dates"
        ),
        "SAFETY-CONFERENCE-CRITERION-NOT-REFERRED": (
            "the children at risk are those living with the person assessed or with an adult at"
            " risk, and a referral of an adult covers the children: who is a child needs birth"
            " dates"
        ),
        **dict.fromkeys(
            (
                "SE-CHILD-NOT-HEARD",
                "NO-CHILD-NOT-HEARD",
                "SE-DECISION-NOT-EXPLAINED-TO-CHILD",
                "NO-DECISION-NOT-EXPLAINED-TO-CHILD",
                "SE-CHILD-TALK-WITHOUT-CONSENT-OUTSIDE-INVESTIGATION",
            ),
            "which persons are children on the day of an investigation, decision or talk needs"
            " their birth dates",
        ),
        **dict.fromkeys(
            (
                "SE-YOUNG-PERPETRATOR-NOT-REPORTED",
                "NO-YOUNG-PERPETRATOR-NOT-REPORTED",
                "PRACTICE-YOUNG-PERPETRATOR-OWN-SITUATION",
                "SE-PERPETRATOR-SUPPORT-NOT-DECIDED",
                "PRACTICE-CLINIC-TREATMENT-WITHOUT-PARTNER-CONTACT",
                "PRACTICE-FAMILY-CONTACT-NOT-OFFERED",
            ),
            "whether a person who used violence was under 18 needs their birth date",
        ),
        "NO-CHILD-AS-INTERPRETER": (
            "whether a family member who interpreted was under 18 that day needs their birth date"
        ),
    }
)
"""Rule id → what it needs that a pseudonymised case no longer holds.

Every other rule finds the same on a pseudonymised case (without ``shift_dates``) as on the
original, with person ids replaced by their pseudonyms.
"""

_PERSON = re.compile(r"person-[0-9a-f]{20}")
_CASE = re.compile(r"case-[0-9a-f]{20}")
_HEX_DIGITS = 20
_SHIFT_WEEKS = 26


def _digest(key: bytes, *parts: str) -> bytes:
    message = "\x00".join(parts).encode()
    return hmac.new(key, message, hashlib.sha256).digest()


def _check_key(key: object) -> bytes:
    if not isinstance(key, bytes) or len(key) < MIN_KEY_BYTES:
        msg = f"the key must be bytes, at least {MIN_KEY_BYTES} of them"
        raise ValueError(msg)
    return key


def pseudonym(key: bytes, case_id: str, person_id: str) -> str:
    """The pseudonym of a person of a case under ``key``.

    >>> key = bytes(range(32))
    >>> pseudonym(key, "case-1", "mother") == pseudonym(key, "case-1", "mother")
    True
    >>> pseudonym(key, "case-1", "mother") == pseudonym(key, "case-2", "mother")
    False

    Raises:
        ValueError: If the key is shorter than :data:`MIN_KEY_BYTES`.
    """
    digest = _digest(_check_key(key), "person", case_id, person_id)
    return f"person-{digest.hex()[:_HEX_DIGITS]}"


def _case_pseudonym(key: bytes, case_id: str) -> str:
    return f"case-{_digest(key, 'case', case_id).hex()[:_HEX_DIGITS]}"


def date_offset(key: bytes, case_id: str) -> dt.timedelta:
    """How far ``shift_dates`` moves the dates of a case: whole weeks, from -26 to 26.

    Raises:
        ValueError: If the key is shorter than :data:`MIN_KEY_BYTES`.
    """
    digest = _digest(_check_key(key), "shift", case_id)
    weeks = int.from_bytes(digest[:4], "big") % (2 * _SHIFT_WEEKS + 1) - _SHIFT_WEEKS
    return dt.timedelta(weeks=weeks)


@model
class BirthYear(Model):
    """The year a person of a pseudonymised case was born.

    Attributes:
        person: The person's pseudonym.
        year: The year of birth (shifted with the case's dates, if they were).
    """

    person: str = public()
    year: int = personal()


def _years(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    tuple_of(BirthYear)(instance, attribute, value)
    people = [b.person for b in value]  # type: ignore[attr-defined]
    if len(set(people)) != len(people):
        raise invalid(instance, attribute, "names a person more than once")


@model
class PseudonymisedCase(Model):
    """A case pseudonymised for research and statistics, by :func:`pseudonymise`.

    Built only from a case that is pseudonymised: its id and every person id are pseudonyms,
    and it holds no name, identity number, birth date, address or free text.

    Attributes:
        case: The pseudonymised case.
        birth_years: The year of birth of each person whose birth date was known.
        dates_shifted: Whether the case's dates were moved by a keyed offset.
    """

    case: Case = public()
    birth_years: tuple[BirthYear, ...] = public(default=(), validator=_years)
    dates_shifted: bool = public(default=False)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.case, Case):
            raise InvalidModel("PseudonymisedCase", "case", "must be a Case")
        if not _CASE.fullmatch(self.case.id):
            raise InvalidModel("PseudonymisedCase", "case.id", "is not a pseudonym")
        ids = {p.id for p in self.case.family.persons}
        for i, person in enumerate(self.case.family.persons):
            if not _PERSON.fullmatch(person.id):
                raise InvalidModel(
                    "PseudonymisedCase", f"case.family.persons[{i}].id", "is not a pseudonym"
                )
        for i, born in enumerate(self.birth_years):
            if born.person not in ids:
                raise InvalidModel(
                    "PseudonymisedCase", f"birth_years[{i}].person", "is not a person of the case"
                )
        left = _identifying(self.case, "case")
        if left is not None:
            raise InvalidModel("PseudonymisedCase", left, "is not removed")

    def birth_year(self, person: str) -> int | None:
        """The year of birth of the person with pseudonym ``person``, if known."""
        return next((b.year for b in self.birth_years if b.person == person), None)


def _identifying(value: Any, path: str) -> str | None:  # noqa: ANN401 - any model
    """The path of the first value that pseudonymisation removes, if any is left."""
    cls = type(value)
    for field in attrs.fields(cls):
        inner = getattr(value, field.name)
        where = f"{path}.{field.name}"
        if _removes(cls, field, inner) and inner not in (None, REMOVED_TEXT):
            return where
        found = _inside(inner, where)
        if found is not None:
            return found
    return None


def _inside(value: object, path: str) -> str | None:
    if attrs.has(type(value)):
        return _identifying(value, path)
    if isinstance(value, tuple):
        for i, item in enumerate(value):
            found = _inside(item, f"{path}[{i}]")
            if found is not None:
                return found
    return None


def _removes(cls: type, field: attrs.Attribute[Any], value: object) -> bool:
    """Whether pseudonymisation empties this field."""
    sensitivity = field.metadata[SENSITIVITY]
    if sensitivity in (Sensitivity.PERSONAL, Sensitivity.PROTECTED_LOCATION):
        return True
    if sensitivity is Sensitivity.SENSITIVE and _is_text(value):
        return True
    return (cls, field.name) in REMOVED_PUBLIC_TEXT


def _is_text(value: object) -> bool:
    return isinstance(value, str) and not isinstance(value, enum.Enum)


def pseudonymise(case: Case, key: bytes, *, shift_dates: bool = False) -> PseudonymisedCase:
    """The case pseudonymised under ``key``, for research and statistics.

    The steps are those of :data:`PSEUDONYMISATION_STEPS`: person ids and the case id become
    keyed HMAC-SHA256 pseudonyms; names, identity numbers, birth dates, addresses and free text
    are removed; each person's year of birth is kept beside the case; with ``shift_dates``,
    every date moves by the case's :func:`date_offset`. Keep the key secret and apart from the
    data: whoever holds it can link pseudonyms back to the ids.

    Args:
        case: The case.
        key: A secret key of at least :data:`MIN_KEY_BYTES` random bytes.
        shift_dates: Whether to move the case's dates by a keyed offset.

    Raises:
        ValueError: If the key is shorter than :data:`MIN_KEY_BYTES`.
    """
    key = _check_key(key)
    offset = date_offset(key, case.id) if shift_dates else dt.timedelta(0)
    ids = {p.id: pseudonym(key, case.id, p.id) for p in case.family.persons}

    def rename(person_id: str) -> str:
        return ids[person_id]

    walk = _Pseudonymise(rename=rename, offset=offset)
    years = tuple(
        BirthYear(person=ids[p.id], year=(p.birth_date + offset).year)
        for p in case.family.persons
        if p.birth_date is not None
    )
    done = walk.model(case)
    done = evolve(done, id=_case_pseudonym(key, case.id))
    return PseudonymisedCase(case=done, birth_years=years, dates_shifted=shift_dates)


class _Pseudonymise:
    def __init__(self, *, rename: Callable[[str], str], offset: dt.timedelta) -> None:
        self.rename = rename
        self.offset = offset

    def model(self, value: Any) -> Any:  # noqa: ANN401 - any model
        cls = type(value)
        changes: dict[str, object] = {}
        for field in attrs.fields(cls):
            old = getattr(value, field.name)
            if _removes(cls, field, old):
                # Text stays marked as present: some models require a reason in some states.
                sensitive = field.metadata[SENSITIVITY] is Sensitivity.SENSITIVE
                new = REMOVED_TEXT if sensitive and _is_text(old) else blank_for(cls, field.name)
            elif (cls, field.name) in PERSON_ID_FIELDS:
                new = self._ids(old)
            else:
                new = self.value(old)
            if new is not old:
                changes[field.name] = new
        return evolve(value, **changes) if changes else value

    def _ids(self, value: object) -> object:
        if isinstance(value, str):
            return self.rename(value)
        if isinstance(value, tuple):
            return tuple(self.rename(v) for v in value)
        return value  # None

    def value(self, value: object) -> object:
        if attrs.has(type(value)):
            return self.model(value)
        if isinstance(value, tuple):
            new = tuple(self.value(v) for v in value)
            return value if all(a is b for a, b in zip(new, value, strict=True)) else new
        if isinstance(value, dt.date) and self.offset:
            # A datetime is a date too; both move by whole weeks.
            return value + self.offset
        return value
