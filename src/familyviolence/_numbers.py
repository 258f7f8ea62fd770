"""Swedish and Norwegian identity numbers as text: their canonical forms and whether text is one.

Validation is python-stdnum's. The model of a number is
:class:`~familyviolence.identity.IdentityNumber`; this module also serves the check that an id is
not an identity number.
"""

from __future__ import annotations

import datetime as dt

from stdnum import luhn
from stdnum.exceptions import InvalidComponent, InvalidFormat, InvalidLength, ValidationError
from stdnum.no import fodselsnummer
from stdnum.se import personnummer

__all__ = ["SE_COORDINATION_OFFSET", "canonical_se", "is_identity_number", "se_birth_date"]

SE_COORDINATION_OFFSET = 60
"""Coordination numbers (samordningsnummer) add 60 to the day of birth."""

_SHORTEST = len("YYMMDDNNNN")


def is_identity_number(text: str) -> bool:
    """Whether ``text`` is a valid Swedish or Norwegian identity number, in any spelling.

    With or without separators, ten or twelve digits for Sweden (personnummer and
    samordningsnummer), eleven for Norway (fødselsnummer, D and H numbers).

    >>> is_identity_number("19900514-1008"), is_identity_number("151086 95088")
    (True, True)
    >>> is_identity_number("case-2026-0117"), is_identity_number("19900514-1009")
    (False, False)
    """
    if len(text) < _SHORTEST or not ("0" <= text[0] <= "9"):
        return False
    try:
        canonical_se(text)
    except (ValidationError, ValueError):
        return bool(fodselsnummer.is_valid(text))
    return True


def canonical_se(text: str) -> tuple[str, dt.date]:
    """Twelve digits, and the date of birth they encode.

    A ten-digit number gets its century from stdnum's rule (``+`` = 100+).
    """
    if len(text) == 12 and text.isascii() and text.isdigit():  # noqa: PLR2004
        # Already canonical, as in every stored document: skip stdnum's slower clean-up.
        luhn.validate(text[2:])
        return text, se_birth_date(text)
    compact = personnummer.compact(text)
    if len(compact) not in (11, 13):
        raise InvalidLength
    digits = compact[:-5] + compact[-4:]
    if compact[-5] not in "-+" or not digits.isdigit():
        raise InvalidFormat
    luhn.validate(digits[-10:])
    day = int(compact[-7:-5])
    if day > SE_COORDINATION_OFFSET:
        birth_form = f"{compact[:-7]}{day - SE_COORDINATION_OFFSET:02d}{compact[-5:]}"
    else:
        birth_form = compact
    born = personnummer.get_birth_date(birth_form)
    return f"{born.year // 100:02d}{digits[-10:]}", born


def se_birth_date(canonical: str) -> dt.date:
    day = int(canonical[6:8])
    day -= SE_COORDINATION_OFFSET if day > SE_COORDINATION_OFFSET else 0
    try:
        return dt.date(int(canonical[0:4]), int(canonical[4:6]), day)
    except ValueError:
        raise InvalidComponent from None
