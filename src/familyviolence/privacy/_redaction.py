"""Redaction: a copy of a case, or of any model, holding only what a recipient may receive.

:func:`redact` walks a model field by field. A field whose data category (see
:mod:`familyviolence.privacy`) the disclosure decision does not permit is emptied
and marked with a :class:`~familyviolence.privacy.Redacted` entry; so is a field no category covers.
The whereabouts and the households of a person with protected identity, and of everyone who
lives with them, are removed for every recipient not entitled to them, whatever the decision
permits; so are the case's records of which municipality holds it, where it moves and where its
people work.
"""

from __future__ import annotations

from typing import Any, TypeVar, overload

import attrs

from familyviolence._model import Model, evolve, model, public
from familyviolence._validators import tuple_of
from familyviolence.cases import Case
from familyviolence.collaboration import PathwayStep
from familyviolence.disclosure import DisclosureDecision
from familyviolence.events import CaseEvent
from familyviolence.family import FamilySystem
from familyviolence.honour import HonourMarker
from familyviolence.needs import RecordedNeed
from familyviolence.people import Person
from familyviolence.privacy._blanks import NoBlank, blank_for
from familyviolence.privacy._categories import (
    ABOUT_ONE_PERSON,
    FIELD_CATEGORIES,
    MODEL_CATEGORIES,
    STRUCTURE,
    Category,
    Redacted,
    WithheldBecause,
)
from familyviolence.relations import Household
from familyviolence.responsibility import Assignment, DecisionMaker
from familyviolence.vocabulary import DataCategory
from familyviolence.voice import ChildVoice

__all__ = ["RedactedCase", "Redaction", "redact", "shielded_persons"]

M = TypeVar("M")

_ROOT = "$"


@model
class RedactedCase(Model):
    """A case as disclosed to one recipient: the redacted copy and what was withheld from it.

    A recipient reads ``withheld`` to tell a withheld part of ``case`` (emptied, and marked
    here) from one that is simply not known. The document round-trips through JSON like any
    other.

    Attributes:
        request: Id of the disclosure request the decision was made on.
        categories: The data categories the decision permitted.
        case: The case, holding only what may be disclosed.
        withheld: Every part of the case that was withheld, and why.
    """

    request: str = public()
    categories: tuple[DataCategory, ...] = public(validator=tuple_of(DataCategory))
    case: Case = public()
    withheld: tuple[Redacted, ...] = public(validator=tuple_of(Redacted))


@model
class Redaction(Model):
    """Any model as disclosed to one recipient: the redacted copy and what was withheld.

    What :func:`redact` returns for a model other than a case; for a case it returns a
    :class:`RedactedCase`, which is also a JSON document. A redaction encodes to JSON like any
    model, but its value may be of any type: decode ``value`` and each of ``withheld`` with
    their own types.

    Attributes:
        value: The model, holding only what may be disclosed, or ``None`` if it is withheld
            whole.
        request: Id of the disclosure request the decision was made on.
        categories: The data categories the decision permitted.
        withheld: Every part of the model that was withheld, and why.
    """

    value: Any = public()
    request: str = public()
    categories: tuple[DataCategory, ...] = public(validator=tuple_of(DataCategory))
    withheld: tuple[Redacted, ...] = public(validator=tuple_of(Redacted))


def shielded_persons(family: FamilySystem) -> frozenset[str]:
    """Ids of the persons whose whereabouts reveal where a person with protected identity is.

    Each person with protected identity, and everyone who ever shares a household with one.

    >>> from familyviolence.family import FamilySystem
    >>> from familyviolence.people import Person
    >>> from familyviolence.relations import Household
    >>> from familyviolence.vocabulary import AddressProtection
    >>> hidden = AddressProtection.PROTECTED_REGISTRATION
    >>> family = FamilySystem(
    ...     persons=(Person(id="mother", address_protection=hidden), Person(id="child"),
    ...              Person(id="father")),
    ...     households=(Household(id="home", members=("mother", "child")),),
    ... )
    >>> sorted(shielded_persons(family))
    ['child', 'mother']
    """
    protected = {p.id for p in family.persons if p.protected_identity}
    shielded = set(protected)
    for household in family.households:
        if protected.intersection(household.members):
            shielded.update(household.members)
    return frozenset(shielded)


# A case is also an object: the more specific signature comes first and wins.
@overload
def redact(  # type: ignore[overload-overlap]
    value: Case | RedactedCase,
    decision: DisclosureDecision,
    *,
    entitled_to_whereabouts: bool = False,
    family: FamilySystem | None = None,
) -> RedactedCase: ...


@overload
def redact(
    value: object,
    decision: DisclosureDecision,
    *,
    entitled_to_whereabouts: bool = False,
    family: FamilySystem | None = None,
) -> Redaction: ...


def redact(
    value: object,
    decision: DisclosureDecision,
    *,
    entitled_to_whereabouts: bool = False,
    family: FamilySystem | None = None,
) -> RedactedCase | Redaction:
    """A copy of ``value`` holding only what ``decision`` permits, with what was withheld.

    Each field is kept if the decision permits its data category (``decision.categories``)
    and emptied otherwise: set to ``None``, to an empty tuple, to its default, or (required
    free text) to ``"[removed]"``; a record that cannot be emptied is removed whole. A field no
    category covers is withheld too. Every withheld part is listed as a
    :class:`~familyviolence.privacy.Redacted` entry with its JSON path, so a recipient can tell it
    from an unknown one.

    A decision is about one person (``decision.person``): the categories that belong to one person
    (:data:`~familyviolence.privacy.ABOUT_ONE_PERSON`: identity, contact details, whereabouts,
    health) are kept for that person and the households they live in only, and withheld from every
    other person's record, marked at that person. The others' own data needs a decision of its own.
    A decision that names no person is not narrowed.

    The households of a person with protected identity, and of everyone who lives with them
    (:func:`shielded_persons`), are removed whatever the decision permits, unless
    ``entitled_to_whereabouts`` (a human has established that the recipient is entitled to them, as
    for :func:`~familyviolence.disclosure.decide_disclosure`). Without a family system to read (a
    household redacted on its own with no ``family``), every household is removed.

    Redacting a :class:`RedactedCase` again redacts its case and keeps what it already
    withheld: redacting twice for the same decision gives the same document as once.

    Args:
        value: A case, a redacted case, or any model of the library.
        decision: The disclosure decision for the recipient.
        entitled_to_whereabouts: Whether the recipient is entitled to a protected person's
            whereabouts, as established by a human.
        family: The family system the value belongs to, if it is not a case or a family
            system itself.

    Returns:
        A :class:`RedactedCase` for a case or a redacted case, a :class:`Redaction` otherwise.

    Raises:
        TypeError: If ``value`` is not a model of the library.
    """
    earlier: tuple[Redacted, ...] = ()
    categories = decision.categories
    if isinstance(value, RedactedCase):
        earlier = value.withheld
        categories = tuple(c for c in categories if c in value.categories)
        value = value.case
    if not attrs.has(type(value)):
        msg = f"cannot redact a {type(value).__name__}: only models of the library"
        raise TypeError(msg)
    if isinstance(value, Case):
        family = value.family
    elif isinstance(value, FamilySystem):
        family = value
    walk = _Walk(
        permitted=frozenset(categories),
        about=decision.person,
        protect=not entitled_to_whereabouts,
        shielded=None if family is None else shielded_persons(family),
        found=dict.fromkeys(earlier),
    )
    category = _category_of_model(type(value))
    redacted = walk.top(value, category)
    withheld = tuple(walk.found)
    if isinstance(value, Case):
        return RedactedCase(
            request=decision.request, categories=categories, case=redacted, withheld=withheld
        )
    return Redaction(
        value=redacted, request=decision.request, categories=categories, withheld=withheld
    )


def _category_of_model(cls: type) -> Category | None:
    """What a whole object of ``cls`` belongs to; ``None`` if nothing says."""
    if cls in MODEL_CATEGORIES:
        return MODEL_CATEGORIES[cls]
    if issubclass(cls, CaseEvent | PathwayStep):
        return DataCategory.CASE_HISTORY
    return None


class _Walk:
    """One redaction: what is permitted, whose whereabouts to protect, what was withheld."""

    def __init__(
        self,
        *,
        permitted: frozenset[DataCategory],
        about: str | None,
        protect: bool,
        shielded: frozenset[str] | None,
        found: dict[Redacted, None],
    ) -> None:
        self.permitted = permitted
        # What a decision about one person permits for everyone else in the case.
        self.about = about
        self.for_others = permitted - ABOUT_ONE_PERSON
        self.protect = protect
        # None: no family to read, so any household may be a protected person's.
        self.shielded = shielded
        self.found = found

    def top(self, value: Any, category: Category | None) -> Any:  # noqa: ANN401 - any model
        """The model redacted, or ``None`` if it is withheld whole."""
        if category is None or (category is not STRUCTURE and category not in self.permitted):
            reason = (
                WithheldBecause.UNCLASSIFIED if category is None else WithheldBecause.NOT_PERMITTED
            )
            self._mark(_ROOT, _category(category), reason)
            return None
        if isinstance(value, Household) and self._hides(value):
            self._mark(_ROOT, DataCategory.HOUSEHOLD, WithheldBecause.PROTECTED_WHEREABOUTS)
            return None
        return self.model(value, category, _ROOT)

    def model(self, value: Any, inherited: Category, path: str) -> Any:  # noqa: ANN401
        cls = type(value)
        permitted = self.for_others if self._of_another(value) else self.permitted
        changes: dict[str, object] = {}
        for field in attrs.fields(cls):
            name = field.name
            where = f"{path}.{name}"
            category = FIELD_CATEGORIES.get((cls, name))
            if category is None and inherited is not STRUCTURE:
                category = inherited
            old = getattr(value, name)
            if self._case_whereabouts(cls, category) and old:
                new = blank_for(cls, name)
                self._mark(where, DataCategory.WHEREABOUTS, WithheldBecause.PROTECTED_WHEREABOUTS)
            elif category is None or (category is not STRUCTURE and category not in permitted):
                reason = (
                    WithheldBecause.UNCLASSIFIED
                    if category is None
                    else WithheldBecause.NOT_PERMITTED
                    if category not in self.permitted
                    else WithheldBecause.ANOTHER_PERSON
                )
                new = blank_for(cls, name)  # NoBlank: the caller removes this record
                self._mark(where, _category(category), reason)
            else:
                try:
                    new = self.value(old, category, where)
                except NoBlank:
                    # A model held here cannot be emptied: withhold it whole, if this can be.
                    new = blank_for(cls, name)
                    self._mark(where, _category(category), WithheldBecause.NOT_PERMITTED)
            if new is not old:
                changes[name] = new
        return evolve(value, **changes) if changes else value

    def value(self, value: object, category: Category, path: str) -> object:
        if isinstance(value, tuple):
            return self._elements(value, category, path)
        if attrs.has(type(value)):
            return self.model(value, category, path)
        return value

    def _elements(self, values: tuple[object, ...], category: Category, path: str) -> object:
        kept: list[object] = []
        changed = False
        for value in values:
            if not attrs.has(type(value)):
                kept.append(value)
                continue
            if isinstance(value, Household) and self._hides(value):
                self._mark(
                    _element(path, value),
                    DataCategory.HOUSEHOLD,
                    WithheldBecause.PROTECTED_WHEREABOUTS,
                )
                changed = True
                continue
            # Another person's own data is marked at that person, the rest for every element.
            where = _element(path, value) if self._of_another(value) else f"{path}[*]"
            try:
                new = self.model(value, category, where)
            except NoBlank:
                self._mark(
                    _element(path, value), _category(category), WithheldBecause.NOT_PERMITTED
                )
                changed = True
                continue
            changed = changed or new is not value
            kept.append(new)
        return tuple(kept) if changed else values

    def _of_another(self, value: object) -> bool:
        """Whether ``value`` is someone else's: a person, household or own record not of ``about``.

        A need, an honour marker or a child's voice belongs to its person as their own record
        does: a decision about the father does not give out the mother's mental ill-health.
        """
        if self.about is None or self.for_others == self.permitted:
            return False
        if isinstance(value, Person):
            return value.id != self.about
        if isinstance(value, Household):
            return self.about not in value.members
        if isinstance(value, RecordedNeed | HonourMarker):
            return value.person != self.about
        if isinstance(value, ChildVoice):
            return value.child != self.about
        return False

    def _case_whereabouts(self, cls: type, category: Category | None) -> bool:
        """Whether a field of a case that tells where its people are must go.

        It must when a person of the case has protected identity and the recipient is not
        entitled to whereabouts: which municipality holds the case, where it moves, where a
        person works, which agency works on the case or decides in it.
        """
        return (
            cls in _HOLD_WHEREABOUTS
            and category is DataCategory.WHEREABOUTS
            and self.protect
            and (self.shielded is None or bool(self.shielded))
        )

    def _hides(self, household: Household) -> bool:
        if not self.protect:
            return False
        if self.shielded is None:
            return True
        return not self.shielded.isdisjoint(household.members)

    def _mark(self, path: str, category: DataCategory | None, reason: WithheldBecause) -> None:
        self.found.setdefault(Redacted(path=path, category=category, reason=reason))


_HOLD_WHEREABOUTS = (Case, Assignment, DecisionMaker)
"""The models whose whereabouts fields go when a person of the case has protected identity."""


def _category(category: Category | None) -> DataCategory | None:
    return category if isinstance(category, DataCategory) else None


def _element(path: str, value: object) -> str:
    """The path of one element of an array, by its id."""
    ident = getattr(value, "id", None)
    if isinstance(ident, str):
        return f"{path}[?(@.id=={ident!r})]"
    return f"{path}[?]"
