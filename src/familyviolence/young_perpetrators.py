"""Young people who use violence: perpetrators under 18, read from a case's incidents.

A perpetrator under 18 is a child in the library's sense: the case needs a report of concern
and an assessment of the young person's own situation, not the rules made for adults who use
violence. :func:`young_perpetrators` finds them in a case, with whom they used violence against
(a partner, someone of the family, someone they barely know) and whether it was sexualised, as
the incidents record it. The rules are in :mod:`familyviolence.rules.young_perpetrators`.
"""

from __future__ import annotations

import datetime as dt

from familyviolence import _case_facts as facts
from familyviolence._model import Model, model, public
from familyviolence._validators import codes, date_argument, non_empty_id
from familyviolence.cases import Case
from familyviolence.vocabulary import LabelledEnum, RelationshipKind, ViolenceForm

__all__ = ["VictimRelation", "YoungPerpetrator", "young_perpetrators"]


class VictimRelation(LabelledEnum):
    """How a victim is related to the young person who used violence against them."""

    PARTNER = (
        "partner",
        "partner eller tidigare partner",
        "kjæreste eller tidligere kjæreste",
        ("a partner or former partner"),
    )
    FAMILY = "family", "i familjen", "i familien", "someone of the family"
    NOT_RELATED = (
        "not_related",
        "knappt känd eller okänd",
        "knapt kjent eller ukjent",
        "someone barely known or unknown",
    )


_PARTNERS = frozenset({RelationshipKind.PARTNER, RelationshipKind.FORMER_PARTNER})


@model
class YoungPerpetrator(Model):
    """A person recorded as using violence in an incident while under 18.

    Attributes:
        person: Id of the young person.
        incidents: Ids of the incidents in which they used violence while under 18, in the
            order recorded.
        against: How the victims of those incidents are related to them, each once.
        sexualised_against: How the victims of those of the incidents that included sexual
            violence are related to them, each once: sexualised violence towards a partner or
            towards someone barely known is recorded as such.
    """

    person: str = public(validator=non_empty_id)
    incidents: tuple[str, ...] = public(validator=codes)
    against: tuple[VictimRelation, ...] = public(default=())
    sexualised_against: tuple[VictimRelation, ...] = public(default=())


def _relation(case: Case, young: str, victim: str, day: dt.date) -> VictimRelation:
    kinds = {
        r.kind
        for r in case.family.relationships
        if r.involves(young) and r.involves(victim) and r.period.contains(day)
    }
    if kinds & _PARTNERS:
        return VictimRelation.PARTNER
    return VictimRelation.FAMILY if kinds else VictimRelation.NOT_RELATED


def young_perpetrators(case: Case, *, on: dt.date) -> tuple[YoungPerpetrator, ...]:
    """The persons recorded by ``on`` as using violence while under 18, in the order first seen.

    Whether a perpetrator was under 18 is read from the birth date on the last day the incident
    can have happened; a perpetrator with no known birth date is not counted.

    >>> import datetime as dt
    >>> from familyviolence.family import FamilySystem
    >>> from familyviolence.people import Person
    >>> from familyviolence.vocabulary import Jurisdiction
    >>> case = Case(id="c", jurisdiction=Jurisdiction.SE, subjects=("a",),
    ...             family=FamilySystem(persons=(Person(id="a"),)))
    >>> young_perpetrators(case, on=dt.date(2026, 3, 2))
    ()

    Raises:
        TypeError: If ``on`` is not a date (a datetime among them).
    """
    date_argument(on)
    found: dict[str, tuple[list[str], dict[VictimRelation, None], dict[VictimRelation, None]]] = {}
    for _, incident in facts.known_incidents(case, on):
        day = incident.when.latest
        sexual = ViolenceForm.SEXUAL in incident.forms
        for perpetrator in incident.perpetrators:
            if not case.family.person(perpetrator).is_minor_on(day):
                continue
            ids, against, sexualised = found.setdefault(perpetrator, ([], {}, {}))
            ids.append(incident.id)
            for victim in incident.victims:
                relation = _relation(case, perpetrator, victim, day)
                against[relation] = None
                if sexual:
                    sexualised[relation] = None
    return tuple(
        YoungPerpetrator(
            person=person,
            incidents=tuple(ids),
            against=tuple(against),
            sexualised_against=tuple(sexualised),
        )
        for person, (ids, against, sexualised) in found.items()
    )
