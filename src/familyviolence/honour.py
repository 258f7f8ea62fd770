"""Honour-related violence and oppression: the marker that a person lives under it, and by whom.

Honour-related violence and oppression (hedersrelaterat våld och förtryck; æresmotivert vold og
negativ sosial kontroll) is exercised by a collective: parents, siblings, relatives or a wider
network, to keep or restore the family's honour. A :class:`HonourMarker` says that a person of
the case is at risk of it, in which forms, and who the perpetrators are; the safeguards it
calls for (no mediation or joint meeting with the perpetrators, no consent asked of a custodian
among them, protected identity considered, PATRIARK where a structured assessment is due) are
the rules of :mod:`familyviolence.rules.honour`. An incident may name several perpetrators.
"""

from __future__ import annotations

import datetime as dt

from familyviolence._model import Model, model, public, sensitive
from familyviolence._validators import (
    date_field,
    id_list,
    members_of,
    non_empty_id,
    optional_date,
    optional_non_blank,
)
from familyviolence.errors import InvalidModel
from familyviolence.law import LegalReference
from familyviolence.vocabulary import LabelledEnum

__all__ = ["HONOUR_LAW", "HonourForm", "HonourMarker"]

HONOUR_LAW: tuple[LegalReference, ...] = (
    LegalReference(
        statute="BrB",
        provision="4 kap. 4 e §",
        verified=True,
        note="hedersförtryck (honour oppression), in force from 1 June 2022",
    ),
    LegalReference(
        statute="BrB",
        provision="29 kap. 2 § 10 p.",
        verified=True,
        note="an honour motive is an aggravating circumstance, from 1 July 2020",
    ),
    LegalReference(
        statute="LVU (1990:52)",
        provision="31 a §",
        verified=True,
        note="utreseförbud: a ban on taking a child abroad at risk of marriage or genital "
        "mutilation, widened in 2024",
    ),
    LegalReference(
        statute="straffeloven",
        provision="§ 253",
        verified=True,
        note="tvangsekteskap (forced marriage), informal marriages included from 1 April 2021",
    ),
)
"""The offences and measures that name honour-related violence (Sweden, then Norway), for
reference: the library's honour rules are practice rules and cite none of them."""


class HonourForm(LabelledEnum):
    """A form that honour-related violence and oppression takes."""

    CONTROL = (
        "control",
        "kontroll och begränsningar",
        "negativ sosial kontroll",
        "control and restrictions",
    )
    THREATS = "threats", "hot", "trusler", "threats"
    VIOLENCE = "violence", "våld", "vold", "violence"
    FORCED_MARRIAGE = (
        "forced_marriage",
        "tvångsäktenskap eller barnäktenskap",
        "tvangsekteskap eller barneekteskap",
        "forced or child marriage",
    )
    TRAVEL_ABROAD = (
        "travel_abroad",
        "planerad resa utomlands",
        "planlagt reise til utlandet",
        "planned travel abroad (risk of being left or married abroad)",
    )
    GENITAL_MUTILATION = (
        "genital_mutilation",
        "könsstympning",
        "kjønnslemlestelse",
        "genital mutilation",
    )
    SEVERAL_PERPETRATORS = (
        "several_perpetrators",
        "flera förövare i familjen eller nätverket",
        "flere utøvere i familien eller nettverket",
        "several perpetrators in the family or network",
    )


@model
class HonourMarker(Model):
    """That a person of the case is at risk of honour-related violence and oppression.

    >>> import datetime as dt
    >>> marker = HonourMarker(
    ...     id="honour-1", person="amira", recorded_on=dt.date(2026, 3, 2),
    ...     forms=(HonourForm.CONTROL, HonourForm.TRAVEL_ABROAD, HonourForm.SEVERAL_PERPETRATORS),
    ...     perpetrators=("father", "uncle"),
    ... )
    >>> marker.in_force(on=dt.date(2026, 4, 1))
    True

    Attributes:
        id: Stable id of the marker within the case.
        person: Id of the person at risk, in the case's family system.
        recorded_on: The day the marker was set.
        forms: The forms it takes; at least one, each once.
        perpetrators: Ids of the perpetrators in the family or network; at least one, and two
            or more where ``several_perpetrators`` is among the forms.
        protected_identity_considered_on: The day protected personal data for the person was
            considered, if it was.
        ended_on: The day the marker was lifted, if it was.
        note: What the marker rests on (sensitive free text).
    """

    id: str = public(validator=non_empty_id)
    person: str = public(validator=non_empty_id)
    recorded_on: dt.date = public(validator=date_field)
    forms: tuple[HonourForm, ...] = public(validator=members_of(HonourForm, required=True))
    perpetrators: tuple[str, ...] = public(validator=id_list(required=True))
    protected_identity_considered_on: dt.date | None = public(default=None, validator=optional_date)
    ended_on: dt.date | None = public(default=None, validator=optional_date)
    note: str | None = sensitive(default=None, validator=optional_non_blank)

    def __attrs_post_init__(self) -> None:
        if self.person in self.perpetrators:
            raise InvalidModel("HonourMarker", "perpetrators", "names the person at risk")
        if HonourForm.SEVERAL_PERPETRATORS in self.forms and len(self.perpetrators) < 2:  # noqa: PLR2004 - several
            raise InvalidModel(
                "HonourMarker", "perpetrators", "several perpetrators must be named as such"
            )
        if self.ended_on is not None and self.ended_on < self.recorded_on:
            raise InvalidModel("HonourMarker", "ended_on", "must not be before recorded_on")

    def in_force(self, *, on: dt.date) -> bool:
        """Whether the marker is set on ``on``: recorded by then and not lifted before."""
        return self.recorded_on <= on and (self.ended_on is None or on <= self.ended_on)
