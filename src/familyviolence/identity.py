"""National identity numbers of Sweden and Norway, validated with python-stdnum.

A number is stored in one canonical form per country, so two spellings of the same number are
equal: Swedish numbers as twelve digits (``YYYYMMDDNNNN``), Norwegian ones as eleven digits.
"""

from __future__ import annotations

import datetime as dt
import functools

from stdnum.exceptions import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)
from stdnum.no import fodselsnummer

from familyviolence._model import Model, model, personal, public
from familyviolence._numbers import SE_COORDINATION_OFFSET, canonical_se, se_birth_date
from familyviolence.errors import InvalidModel
from familyviolence.vocabulary import Country, IdentityNumberKind

__all__ = ["IdentityNumber"]

# Norwegian D numbers add 40 to the day of birth.
_NO_D_NUMBER_OFFSET = 40
# Norwegian H numbers add 40 to the month: temporary numbers of the health services only.
_NO_H_NUMBER_MONTH = 40

_REASONS: dict[type[ValidationError], str] = {
    InvalidLength: "has the wrong number of digits",
    InvalidFormat: "is not written as digits with an optional separator",
    InvalidChecksum: "has a check digit that does not match",
    InvalidComponent: "does not contain a valid date of birth",
}


def _fail(error: ValidationError) -> InvalidModel:
    reason = next((r for t, r in _REASONS.items() if isinstance(error, t)), "is not valid")
    return InvalidModel("IdentityNumber", "number", reason)


def _canonical_no(text: str) -> tuple[str, None]:
    """Eleven digits (the date of birth is left to be read when asked for)."""
    number = fodselsnummer.validate(text)
    if int(number[2:4]) > _NO_H_NUMBER_MONTH:
        # H numbers carry a birth date but identify no one outside one health service.
        raise InvalidModel("IdentityNumber", "number", "is an H number, which is not supported")
    return number, None


def _validated(number: object, country: Country) -> tuple[str, dt.date | None]:
    """The canonical form of a valid number, and its date of birth if read on the way."""
    if not isinstance(number, str):
        raise InvalidModel("IdentityNumber", "number", "must be a string")
    try:
        return canonical_se(number) if country is Country.SE else _canonical_no(number)
    except ValidationError as error:
        raise _fail(error) from None


def _canonical(number: object, country: Country) -> str:
    """The canonical form of a valid number of ``country``."""
    return _validated(number, country)[0]


@model
class IdentityNumber(Model):
    """A Swedish or Norwegian national identity number; the country is always explicit.

    Accepted: Swedish personnummer and samordningsnummer, Norwegian fødselsnummer and D-nummer,
    with or without separators. Swedish ten-digit numbers are given their century by the usual
    rule (a ``+`` separator marks a person aged 100 or more). The number is kept in canonical
    form and never shown in ``repr``.

    >>> number = IdentityNumber(country=Country.SE, number="811228-9874")
    >>> number.kind, number.birth_date
    (<IdentityNumberKind.SE_PERSONNUMMER: 'se_personnummer'>, datetime.date(1981, 12, 28))
    >>> number
    IdentityNumber(country=<Country.SE: 'SE'>, number=<personal>)
    >>> IdentityNumber(country=Country.SE, number="811228-9875")
    Traceback (most recent call last):
    familyviolence.InvalidModel: IdentityNumber.number: has a check digit that does not match

    Attributes:
        country: The country that issued the number.
        number: The number in canonical form (personal data).

    Raises:
        InvalidModel: If the number is not a valid number of that country.
    """

    country: Country = public()
    number: str = personal()

    def __attrs_post_init__(self) -> None:
        # Normalised here rather than by an attrs converter, because decoders that build
        # instances field by field (msgspec) run validators and this hook, but not converters.
        number, born = _validated(self.number, self.country)
        object.__setattr__(self, "number", number)
        if born is not None:
            # Read while validating: kept, so that a person's birth date is not read again.
            object.__setattr__(self, "_birth_date", born)

    @property
    def kind(self) -> IdentityNumberKind:
        """Which kind of number this is, read off the number itself."""
        if self.country is Country.SE:
            if int(self.number[6:8]) > SE_COORDINATION_OFFSET:
                return IdentityNumberKind.SE_SAMORDNINGSNUMMER
            return IdentityNumberKind.SE_PERSONNUMMER
        if int(self.number[0:2]) > _NO_D_NUMBER_OFFSET:
            return IdentityNumberKind.NO_D_NUMMER
        return IdentityNumberKind.NO_FODSELSNUMMER

    @property
    def birth_date(self) -> dt.date:
        """The date of birth the number encodes."""
        return self._birth_date

    @functools.cached_property
    def _birth_date(self) -> dt.date:
        if self.country is Country.SE:
            return se_birth_date(self.number)
        return fodselsnummer.get_birth_date(self.number)
