"""The directory of an organisation: its agencies, their professionals and their agreements.

Agencies, professionals and collaboration agreements are organisation data, kept apart from
cases. A :class:`Directory` is what a rule or a decision takes as an argument when it needs to
know who a professional is (is this assessor qualified for SARA?) or which agreements an
agency is party to.
"""

from __future__ import annotations

import datetime as dt
import functools

from familyviolence._model import Model, model, public
from familyviolence._validators import tuple_of, unique_ids
from familyviolence.collaboration._agencies import Agency, Professional
from familyviolence.collaboration._agreements import CollaborationAgreement
from familyviolence.errors import InvalidModel
from familyviolence.vocabulary import AgencyKind

__all__ = ["Directory"]


@model
class Directory(Model):
    """Agencies, the professionals who work at them, and the agreements between them.

    Built only if it holds together: ids are unique, each professional works at an agency of
    the directory, and each agreement's parties and contact persons are in it (a contact
    person works at one of the parties).

    >>> from familyviolence.vocabulary import AgencyKind, Jurisdiction
    >>> from familyviolence.collaboration import Agency, Professional, ProfessionalRole
    >>> clinic = Agency(id="mvu", kind=AgencyKind.PERPETRATOR_CLINIC, jurisdiction=Jurisdiction.SE)
    >>> therapist = Professional(
    ...     id="t-1", agency="mvu", role=ProfessionalRole.THERAPIST, instruments=("sara",)
    ... )
    >>> directory = Directory(agencies=(clinic,), professionals=(therapist,))
    >>> [p.id for p in directory.qualified_for("sara")]
    ['t-1']

    Attributes:
        agencies: The agencies, each id once.
        professionals: The professionals, each id once.
        agreements: Collaboration agreements between agencies of the directory.
    """

    agencies: tuple[Agency, ...] = public(default=(), validator=tuple_of(Agency))
    professionals: tuple[Professional, ...] = public(default=(), validator=tuple_of(Professional))
    agreements: tuple[CollaborationAgreement, ...] = public(
        default=(), validator=tuple_of(CollaborationAgreement)
    )

    def __attrs_post_init__(self) -> None:
        unique_ids("Directory", "agencies", self.agencies)
        unique_ids("Directory", "professionals", self.professionals)
        unique_ids("Directory", "agreements", self.agreements)
        agencies = self._agencies
        for i, professional in enumerate(self.professionals):
            if professional.agency not in agencies:
                raise InvalidModel(
                    "Directory",
                    f"professionals[{i}].agency",
                    f"no agency with id {professional.agency!r}",
                )
        professionals = self._professionals
        for i, agreement in enumerate(self.agreements):
            for k, party in enumerate(agreement.parties):
                if party not in agencies:
                    raise InvalidModel(
                        "Directory", f"agreements[{i}].parties[{k}]", f"no agency with id {party!r}"
                    )
            for k, contact in enumerate(agreement.contact_persons):
                field = f"agreements[{i}].contact_persons[{k}]"
                found = professionals.get(contact)
                if found is None:
                    raise InvalidModel("Directory", field, f"no professional with id {contact!r}")
                if found.agency not in agreement.parties:
                    raise InvalidModel("Directory", field, "does not work at a party")

    @functools.cached_property
    def _agencies(self) -> dict[str, Agency]:
        return {a.id: a for a in self.agencies}

    @functools.cached_property
    def _professionals(self) -> dict[str, Professional]:
        return {p.id: p for p in self.professionals}

    def agency(self, agency_id: str) -> Agency | None:
        """The agency with ``agency_id``, or ``None`` if the directory has none."""
        return self._agencies.get(agency_id)

    def professional(self, professional_id: str) -> Professional | None:
        """The professional with ``professional_id``, or ``None`` if the directory has none."""
        return self._professionals.get(professional_id)

    def agencies_of_kind(self, kind: AgencyKind) -> tuple[Agency, ...]:
        """The agencies of ``kind``, in order."""
        return tuple(a for a in self.agencies if a.kind is kind)

    def professionals_at(self, agency_id: str) -> tuple[Professional, ...]:
        """The professionals who work at the agency with ``agency_id``, in order."""
        return tuple(p for p in self.professionals if p.agency == agency_id)

    def key_persons(self, agency_id: str, *, on: dt.date) -> tuple[Professional, ...]:
        """The agency's professionals with advanced key-person training completed by ``on``."""
        return tuple(p for p in self.professionals_at(agency_id) if p.is_key_person(on=on))

    def qualified_for(self, instrument: str) -> tuple[Professional, ...]:
        """The professionals qualified to use the instrument with id ``instrument``."""
        return tuple(p for p in self.professionals if p.is_qualified_for(instrument))

    def agreements_of(self, agency_id: str) -> tuple[CollaborationAgreement, ...]:
        """The agreements the agency with ``agency_id`` is a party to, in order."""
        return tuple(a for a in self.agreements if agency_id in a.parties)
