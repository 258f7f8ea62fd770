"""People in a case: who they are, as far as the work needs to know, and how old they are."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs

from familyviolence._model import Model, invalid, model, personal, public
from familyviolence._validators import non_empty_id
from familyviolence.errors import InvalidModel
from familyviolence.identity import IdentityNumber
from familyviolence.vocabulary import AddressProtection, RecordedSex

__all__ = ["AGE_OF_MAJORITY", "Person"]

AGE_OF_MAJORITY = 18
"""Age at which a person is no longer a child, in Sweden and in Norway."""

_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def _language_code(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not (isinstance(value, str) and _LANGUAGE_CODE.fullmatch(value)):
        raise invalid(instance, attribute, "must be an ISO 639 language code such as 'sv' or 'ar'")


@model
class Person(Model):
    """A person in a case: a child, a parent, a partner, a relative.

    Only ``id`` is required; record what the work needs. The id must be a stable code that is not
    itself personal data (never an identity number). When an identity number is given and the
    birth date is not, the birth date is read off the number; when both are given they must
    agree.

    >>> import datetime as dt
    >>> from familyviolence.identity import IdentityNumber
    >>> from familyviolence.vocabulary import Country
    >>> child = Person(
    ...     id="child-1",
    ...     name="Saga Lind",
    ...     identity_number=IdentityNumber(country=Country.SE, number="20140312-1237"),
    ... )
    >>> child.birth_date
    datetime.date(2014, 3, 12)
    >>> child.age_on(dt.date(2026, 3, 11)), child.is_minor_on(dt.date(2026, 3, 11))
    (11, True)
    >>> child
    Person(id='child-1', name=<personal>, identity_number=<personal>, birth_date=<personal>, \
sex=<RecordedSex.UNKNOWN: 'unknown'>, address_protection=None, preferred_language=None, \
needs_interpreter=False)

    Attributes:
        id: Stable id of the person within the case's family system.
        name: The person's name (personal data).
        identity_number: National identity number (personal data).
        birth_date: Date of birth (personal data); read off ``identity_number`` if not given.
        sex: Sex or gender as recorded.
        address_protection: How the person's address is protected (skyddade personuppgifter;
            adressebeskyttelse), or ``None``: if protected, their whereabouts must never reach a
            recipient who is not entitled to them (see :attr:`protected_identity`).
        preferred_language: ISO 639 code of the language the person prefers, if recorded.
        needs_interpreter: Whether the person needs an interpreter.
    """

    id: str = public(validator=non_empty_id)
    name: str | None = personal(default=None)
    identity_number: IdentityNumber | None = personal(default=None)
    birth_date: dt.date | None = personal(default=None)
    sex: RecordedSex = public(default=RecordedSex.UNKNOWN)
    address_protection: AddressProtection | None = public(default=None)
    preferred_language: str | None = public(default=None, validator=_language_code)
    needs_interpreter: bool = public(default=False)

    def __attrs_post_init__(self) -> None:
        number = self.identity_number
        if number is None:
            return
        if self.birth_date is None:
            # Filled in once, while the instance is being built; it stays frozen afterwards.
            object.__setattr__(self, "birth_date", number.birth_date)
        elif self.birth_date != number.birth_date:
            raise InvalidModel("Person", "birth_date", "does not agree with the identity number")

    @property
    def protected_identity(self) -> bool:
        """Whether the person's identity is protected, at whatever level.

        >>> from familyviolence.vocabulary import AddressProtection
        >>> Person(id="mother", address_protection=AddressProtection.PROTECTED_REGISTRATION
        ...        ).protected_identity
        True
        """
        return self.address_protection is not None

    def age_on(self, day: dt.date) -> int | None:
        """Age in whole years on ``day``, or ``None`` if the birth date is unknown.

        A person born on 29 February becomes a year older on 1 March in other years.

        Raises:
            ValueError: If ``day`` is before the person was born.
        """
        born = self.birth_date
        if born is None:
            return None
        if day < born:
            msg = "the date is before the person was born"
            raise ValueError(msg)
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))

    def is_minor_on(self, day: dt.date) -> bool | None:
        """Whether the person is born and under 18 on ``day``; ``None`` if birth date is unknown."""
        born = self.birth_date
        if born is None:
            return None
        return born <= day < self.majority_date()

    def majority_date(self) -> dt.date:
        """The day the person turns 18 (1 March for those born on 29 February).

        For a birth date so late that the day lies beyond the calendar (year 9999), its last
        day: the person is a minor on every day there is.

        Raises:
            ValueError: If the birth date is unknown.
        """
        born = self.birth_date
        if born is None:
            msg = "the birth date is unknown"
            raise ValueError(msg)
        year = born.year + AGE_OF_MAJORITY
        if year > dt.MAXYEAR:
            return dt.date.max
        try:
            return born.replace(year=year)
        except ValueError:
            return dt.date(year, 3, 1)
