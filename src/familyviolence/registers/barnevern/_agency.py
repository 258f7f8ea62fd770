"""Who reports, from which system, and what the case model does not hold yet.

A :class:`ReportingAgency` is the municipality's child welfare service that sends the file
(Avgiver), with the :class:`CaseSystem` it reports from (Fagsystem): neither is case data, so
the export takes them as arguments. :class:`ChildParticipation` is the child's participation in
an investigation, which a later version of the case model will record; until then the caller
may supply it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs
from stdnum.exceptions import ValidationError
from stdnum.no import orgnr

from familyviolence._model import Model, model, public
from familyviolence._validators import date_field
from familyviolence.errors import InvalidModel
from familyviolence.registers.barnevern._outcomes import ParticipationKind

__all__ = ["DISTRICT_MUNICIPALITIES", "CaseSystem", "ChildParticipation", "ReportingAgency"]

DISTRICT_MUNICIPALITIES = {
    "958935420": "Oslo",
    "964338531": "Bergen",
    "942110464": "Trondheim",
}
"""Organisation numbers of the municipalities that report by city district, as the register's
Avgiver kontroll 1 names them."""

_MUNICIPALITY = re.compile(r"\d{4}")
_DISTRICT = re.compile(r"\d{2}")


def _text(most: int, least: int = 1) -> Any:  # noqa: ANN401 - an attrs validator
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, str) or not value.strip() or value.strip() != value:
            raise InvalidModel(
                type(instance).__name__,
                attribute.name,
                "must be a non-empty text without surrounding spaces",
            )
        if not least <= len(value) <= most:
            raise InvalidModel(
                type(instance).__name__,
                attribute.name,
                f"must be {least} to {most} characters long, as the register allows",
            )

    return check


def _organisation_number(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or len(value) != 9 or not value.isdigit():  # noqa: PLR2004
        raise InvalidModel("ReportingAgency", attribute.name, "must be nine digits")
    try:
        orgnr.validate(value)
    except ValidationError:
        raise InvalidModel(
            "ReportingAgency", attribute.name, "has a check digit that does not match"
        ) from None


def _pattern(pattern: re.Pattern[str], what: str, *, optional: bool = False) -> Any:  # noqa: ANN401
    def check(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and optional:
            return
        if not isinstance(value, str) or not pattern.fullmatch(value):
            raise InvalidModel("ReportingAgency", attribute.name, f"must be {what}")

    return check


@model
class CaseSystem(Model):
    """The case-management system the file comes from (Fagsystem).

    Attributes:
        vendor: Who supplies it (Leverandor), 3 to 300 characters.
        name: Its name (Navn), 1 to 300 characters.
        version: Its version (Versjon), 1 to 100 characters.
    """

    vendor: str = public(validator=_text(300, least=3))
    name: str = public(validator=_text(300))
    version: str = public(validator=_text(100))


@model
class ReportingAgency(Model):
    """The municipality's child welfare service that sends the file (Avgiver).

    Oslo, Bergen and Trondheim report by city district: for their organisation numbers the
    district's number and name are required (the register's Avgiver kontroll 1, an error there,
    is a refusal here).

    >>> agency = ReportingAgency(
    ...     organisation_number="964338531", municipality_number="4601",
    ...     municipality_name="Bergen", district_number="01", district_name="Arna",
    ...     case_system=CaseSystem(vendor="Acme AS", name="Acme Barnevern", version="2.1"),
    ... )
    >>> agency.municipality_name, agency.district_name
    ('Bergen', 'Arna')
    >>> ReportingAgency(
    ...     organisation_number="964338531", municipality_number="4601",
    ...     municipality_name="Bergen", case_system=agency.case_system,
    ... )
    Traceback (most recent call last):
    familyviolence.InvalidModel: ReportingAgency.district_number: Bergen reports by city ...

    Attributes:
        organisation_number: The municipality's organisation number (nine digits).
        municipality_number: The municipality's number (four digits).
        municipality_name: The municipality's name.
        case_system: The system the file comes from.
        district_number: The city district's number (two digits), where the municipality
            reports by district.
        district_name: The city district's name.
    """

    organisation_number: str = public(validator=_organisation_number)
    municipality_number: str = public(validator=_pattern(_MUNICIPALITY, "four digits"))
    municipality_name: str = public(validator=_text(250))
    case_system: CaseSystem = public(validator=attrs.validators.instance_of(CaseSystem))
    district_number: str | None = public(
        default=None, validator=_pattern(_DISTRICT, "two digits or None", optional=True)
    )
    district_name: str | None = public(
        default=None, validator=attrs.validators.optional(_text(250))
    )

    def __attrs_post_init__(self) -> None:
        city = DISTRICT_MUNICIPALITIES.get(self.organisation_number)
        missing = self.district_number is None or self.district_name is None
        if city is not None and missing:
            raise InvalidModel(
                "ReportingAgency",
                "district_number" if self.district_number is None else "district_name",
                f"{city} reports by city district: the district's number and name are required"
                " (Avgiver kontroll 1)",
            )
        if (self.district_number is None) != (self.district_name is None):
            raise InvalidModel(
                "ReportingAgency", "district_name", "a district has both a number and a name"
            )


@model
class ChildParticipation(Model):
    """How a child took part in an investigation (BarnetsMedvirkning), where it is recorded.

    The export takes it from the caller (the ``participation`` argument of
    :func:`~familyviolence.registers.barnevern.to_register_xml`):
    :func:`~familyviolence.registers.barnevern.recorded_participation` reads it from the case's
    records of the child's voice. The register's codes apply from 1 January 2026.

    Attributes:
        on: The day the participation was recorded (StartDato).
        kind: How the child took part, or why not.
    """

    on: dt.date = public(validator=date_field)
    kind: ParticipationKind = public(validator=attrs.validators.instance_of(ParticipationKind))
