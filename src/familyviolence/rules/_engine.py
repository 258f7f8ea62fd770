"""The rules engine: rules as data plus a small check, findings traceable to their source.

A :class:`Rule` holds everything a reader needs (id, severity, legal reference and whether it is
verified, validity period, a one-line message in sv, nb and en, and a given/when/then
description) and one pure function that finds where the rule applies in a case. A
:class:`RuleSet` is an ordered collection of rules that users select from, disable or extend.
:func:`evaluate` runs the rules in force on a day against a case and returns its
:class:`Findings`, each with the rule id, severity, message, path into the case, the person ids
concerned and the legal reference.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Callable, Iterable, Iterator
from typing import Any, cast

import attrs

from familyviolence._model import Model, evolve, invalid, model, public
from familyviolence._validators import (
    date_argument,
    non_blank,
    non_empty_id,
    optional_date,
    tuple_of,
)
from familyviolence.cases import Case
from familyviolence.collaboration import CollaborationAgreement, Directory
from familyviolence.errors import FamilyViolenceError, InvalidModel, UnknownRule
from familyviolence.instruments import (
    AssessorQualifications,
    InstrumentCatalogue,
    default_catalogue,
)
from familyviolence.law import LegalReference
from familyviolence.responsibility import Delegation
from familyviolence.vocabulary import Jurisdiction, LabelledEnum, Labels, Language

__all__ = [
    "Check",
    "Finding",
    "Findings",
    "Hit",
    "Rule",
    "RuleContext",
    "RuleFailed",
    "RuleSet",
    "Severity",
    "Value",
    "hit",
    "rule",
]


class Severity(LabelledEnum):
    """How serious a finding is.

    ``error``: a legal requirement is not met (a time limit passed, a duty not done).
    ``warning``: good practice is not followed, or something the law requires may be missing
    but the library cannot see all of it. ``info``: worth knowing; nothing is necessarily wrong.
    """

    ERROR = "error", "fel", "feil", "error"
    WARNING = "warning", "varning", "advarsel", "warning"
    INFO = "info", "information", "informasjon", "information"

    @property
    def rank(self) -> int:
        """2 for an error, 1 for a warning, 0 for information: higher is more serious."""
        return _RANK[self]


_RANK = {Severity.ERROR: 2, Severity.WARNING: 1, Severity.INFO: 0}

Value = str | int | dt.date | LabelledEnum
"""What a message placeholder may be filled with: ids, codes, numbers, dates and vocabulary
members (shown by their label in the message's language). Never a name or free text."""

_RULE_ID = re.compile(r"[A-Z0-9]+(?:-[A-Z0-9]+)*")
_PATH = re.compile(r"\$(?:\.[A-Za-z_][A-Za-z0-9_]*|\[\d+\])*")
_PLACEHOLDER = re.compile(r"[a-z_][a-z0-9_]*")


def _checked(kind: type | tuple[type, ...], what: str) -> Callable[..., None]:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            raise invalid(instance, attribute, f"must be {what}")

    return check


def _person_ids(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple):
        raise invalid(instance, attribute, "must be a tuple of person ids")
    for item in value:
        non_empty_id(instance, attribute, item)


def _path(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not _PATH.fullmatch(value):
        raise invalid(instance, attribute, "must be a JSON path such as '$.history[7]'")


def _values(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple):
        raise invalid(instance, attribute, "must be a tuple of (name, value) pairs")
    for pair in value:
        if not (isinstance(pair, tuple) and len(pair) == 2):  # noqa: PLR2004 - a pair
            raise invalid(instance, attribute, "must be a tuple of (name, value) pairs")
        name, item = pair
        if not isinstance(name, str) or not _PLACEHOLDER.fullmatch(name):
            raise invalid(instance, attribute, "names must be lower-case identifiers")
        if isinstance(item, bool) or not isinstance(item, str | int | dt.date | LabelledEnum):
            raise InvalidModel(
                type(instance).__name__,
                f"{attribute.name}.{name}",
                "must be an id, a code, a number, a date or a vocabulary member",
            )


@model
class Hit(Model):
    """Where a rule's check found the rule to apply: what a check returns, one per finding.

    Build it with :func:`hit`. The engine turns each hit into a :class:`Finding`, taking the
    severity, the message and (unless the hit names one) the reference from the rule.

    Attributes:
        path: JSON path into the case (``"$.history[7]"``, ``"$.assessments[1]"``).
        persons: Ids of the persons concerned, in the family system of the case.
        values: The values of the message's placeholders, as ``(name, value)`` pairs.
        reference: The provision applied, where it differs from the rule's own (a time
            limit set under an earlier act cites that act).
    """

    path: str = public(validator=_path)
    persons: tuple[str, ...] = public(default=(), validator=_person_ids)
    values: tuple[tuple[str, Value], ...] = public(default=(), validator=_values)
    reference: LegalReference | None = public(default=None)


def hit(path: str, *persons: str, reference: LegalReference | None = None, **values: Value) -> Hit:
    """A :class:`Hit` at ``path`` concerning ``persons``, with the message's placeholder values.

    >>> import datetime as dt
    >>> hit("$.history[0]", "elias", due=dt.date(2026, 3, 16))
    Hit(path='$.history[0]', persons=('elias',), values=(('due', datetime.date(2026, 3, 16)),), \
reference=None)
    """
    return Hit(
        path=path,
        persons=tuple(dict.fromkeys(persons)),
        values=tuple(values.items()),
        reference=reference,
    )


def _qualifications(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    tuple_of(AssessorQualifications, "AssessorQualifications")(instance, attribute, value)
    assert isinstance(value, tuple)  # noqa: S101 - narrowed by the check above
    ids = [q.professional_id for q in value]
    if len(set(ids)) != len(ids):
        raise invalid(instance, attribute, "lists a professional more than once")


@model
class RuleContext(Model):
    """What an organisation knows that a case does not hold, for the rules that need it.

    A rule names the fields it needs (:attr:`Rule.needs`); a rule whose needs are ``None`` here
    does not run, and its id is listed in :attr:`Findings.skipped`.

    Attributes:
        catalogue: The instrument catalogue that assessments are checked against; the shipped
            one unless given.
        qualifications: Which instruments each professional is qualified for, keyed by the
            professional id an assessment records as its ``assessor``. ``None``: not known, so
            rules about assessors' qualifications do not run. A professional not listed is
            taken to be qualified for nothing.
        agreements: The collaboration agreements the organisation is a party to. ``None``: not
            known, so rules about agreements do not run. See :meth:`from_directory`.
        delegations: The lines of the agencies' delegation orders. ``None``: not known, so
            rules about who may decide do not run.
    """

    catalogue: InstrumentCatalogue | None = public(
        factory=default_catalogue,
        validator=attrs.validators.optional(_checked(InstrumentCatalogue, "a catalogue")),
    )
    qualifications: tuple[AssessorQualifications, ...] | None = public(
        default=None, validator=_qualifications
    )
    agreements: tuple[CollaborationAgreement, ...] | None = public(
        default=None,
        validator=attrs.validators.optional(
            tuple_of(CollaborationAgreement, "CollaborationAgreement")
        ),
    )
    delegations: tuple[Delegation, ...] | None = public(
        default=None, validator=attrs.validators.optional(tuple_of(Delegation, "Delegation"))
    )

    @classmethod
    def from_directory(
        cls, directory: Directory, *, catalogue: InstrumentCatalogue | None = None
    ) -> RuleContext:
        """The context an organisation's :class:`~familyviolence.collaboration.Directory` gives.

        The qualifications are those of the directory's professionals (each qualified for the
        instruments it lists for them), the agreements its agreements; the catalogue is the
        shipped one unless given.

        >>> from familyviolence.collaboration import Directory
        >>> from familyviolence.vocabulary import AgencyKind, Jurisdiction
        >>> from familyviolence.collaboration import Agency, Professional, ProfessionalRole
        >>> directory = Directory(
        ...     agencies=(Agency(id="risk-group", kind=AgencyKind.SOCIAL_SERVICES_ADULTS,
        ...                      jurisdiction=Jurisdiction.SE),),
        ...     professionals=(Professional(id="specialist-2", agency="risk-group",
        ...                                 role=ProfessionalRole.SOCIAL_WORKER,
        ...                                 instruments=("sara",)),),
        ... )
        >>> context = RuleContext.from_directory(directory)
        >>> context.is_qualified("specialist-2", "sara"), context.is_qualified("other", "sara")
        (True, False)
        """
        return cls(
            catalogue=default_catalogue() if catalogue is None else catalogue,
            qualifications=tuple(p.qualifications for p in directory.professionals),
            agreements=directory.agreements,
        )

    def is_qualified(self, professional_id: str, instrument: str) -> bool | None:
        """Whether the professional is qualified for the instrument; ``None`` if not known."""
        if self.qualifications is None:
            return None
        found = next((q for q in self.qualifications if q.professional_id == professional_id), None)
        return found is not None and found.is_qualified_for(instrument)


_CONTEXT_FIELDS = frozenset(f.name for f in attrs.fields(cast("Any", RuleContext)))

Check = Callable[[Case, dt.date, RuleContext], Iterable[Hit]]
"""A rule's check: given the case as recorded by the end of a day, the day and the context,
where the rule applies. It must be pure (no clock, no I/O) and must not raise for a valid case."""


def _placeholders(template: str) -> frozenset[str]:
    names = set()
    for _, name, spec, conversion in string.Formatter().parse(template):
        if name is None:
            continue
        if not _PLACEHOLDER.fullmatch(name) or spec or conversion:
            msg = f"placeholder {{{name}}} must be a plain lower-case name"
            raise ValueError(msg)
        names.add(name)
    return frozenset(names)


def _message(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, Labels):
        raise invalid(instance, attribute, "must be Labels (sv, nb and en)")
    try:
        found = {lang: _placeholders(value.in_language(lang)) for lang in Language}
    except ValueError as error:
        raise invalid(instance, attribute, str(error)) from None
    if len(set(found.values())) != 1:
        raise invalid(instance, attribute, "must use the same placeholders in sv, nb and en")


def _needs(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(v, str) for v in value):
        raise invalid(instance, attribute, "must be a tuple of RuleContext field names")
    unknown = sorted(set(value) - _CONTEXT_FIELDS)
    if unknown:
        raise invalid(instance, attribute, f"{unknown[0]!r} is not a field of RuleContext")


def _rule_id(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not _RULE_ID.fullmatch(value):
        raise invalid(
            instance, attribute, "must be upper-case words joined by hyphens (SE-DEADLINE-X)"
        )


def _callable(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not callable(value):
        raise invalid(instance, attribute, "must be a function (case, on, context) -> hits")


def _render(template: str, values: dict[str, Value], lang: Language) -> str:
    shown = {
        name: value.label(lang)
        if isinstance(value, LabelledEnum)
        else value.isoformat()
        if isinstance(value, dt.date)
        else str(value)
        for name, value in values.items()
    }
    return template.format_map(shown)


@model
class Rule(Model):
    """A rule of law or of good practice, as data plus a small check.

    A rule exists in versions when the law changes: versions share the id and have validity
    periods that do not overlap. Build your own organisation's routines as rules like these
    and add them to a :class:`RuleSet`; change a shipped rule with
    :func:`~familyviolence._model.evolve` (e.g. its severity).

    >>> import datetime as dt
    >>> from familyviolence.law import LegalReference
    >>> from familyviolence.rules import Severity
    >>> from familyviolence.vocabulary import Labels
    >>> def notes_are_signed(case, on, context):
    ...     return ()
    >>> signed = Rule(
    ...     id="ACME-NOTES-SIGNED",
    ...     severity=Severity.INFO,
    ...     reference=LegalReference(statute="ACME routine 12", verified=True),
    ...     message=Labels(sv="Anteckning {n} är inte signerad.",
    ...                    nb="Notat {n} er ikke signert.", en="Note {n} is not signed."),
    ...     given="a case", when="a note is not signed", then="the note is signed",
    ...     check=notes_are_signed,
    ... )
    >>> signed.applies_on(dt.date(2026, 3, 2)), sorted(signed.placeholders)
    (True, ['n'])

    Attributes:
        id: Stable id, shared by the rule's versions (``"SE-PREASSESSMENT-OVERDUE"``).
        severity: How serious a finding of the rule is.
        reference: The provision (or practice) the rule comes from; its ``verified`` flag
            says whether it was confirmed against the law text.
        message: One line in sv, nb and en, possibly with ``{placeholders}`` filled from each
            hit's values (ids, codes, dates and vocabulary only).
        given: The situation the rule is about (for the documentation).
        when: What makes the rule find something.
        then: What the law or good practice requires instead.
        check: The function that finds where the rule applies: ``(case, on, context)`` to an
            iterable of :class:`Hit`. ``case`` is the case as recorded by the end of ``on``.
        jurisdiction: The jurisdiction whose cases the rule applies to; ``None`` for a
            practice rule that applies to every case.
        also: Further references: the same provision in an earlier or later act, or other
            provisions the rule rests on.
        needs: Fields of :class:`RuleContext` the check needs; without them it does not run.
        valid_from: First day the rule is in force (``None``: no known start).
        valid_to: Last day the rule is in force (``None``: still in force).
    """

    id: str = public(validator=_rule_id)
    severity: Severity = public(validator=_checked(Severity, "a Severity"))
    reference: LegalReference = public(validator=_checked(LegalReference, "a LegalReference"))
    message: Labels = public(validator=_message)
    given: str = public(validator=non_blank)
    when: str = public(validator=non_blank)
    then: str = public(validator=non_blank)
    check: Check = public(validator=_callable)
    jurisdiction: Jurisdiction | None = public(
        default=None, validator=attrs.validators.optional(_checked(Jurisdiction, "a Jurisdiction"))
    )
    also: tuple[LegalReference, ...] = public(
        default=(), validator=tuple_of(LegalReference, "LegalReference")
    )
    needs: tuple[str, ...] = public(default=(), validator=_needs)
    valid_from: dt.date | None = public(default=None, validator=optional_date)
    valid_to: dt.date | None = public(default=None, validator=optional_date)

    def __attrs_post_init__(self) -> None:
        if (
            self.valid_from is not None
            and self.valid_to is not None
            and self.valid_to < self.valid_from
        ):
            raise InvalidModel("Rule", "valid_to", "must not be before valid_from")

    @property
    def verified(self) -> bool:
        """Whether the rule's reference was confirmed against the law text."""
        return self.reference.verified

    @property
    def placeholders(self) -> frozenset[str]:
        """The names of the message's placeholders."""
        return _placeholders(self.message.en)

    def applies_on(self, day: dt.date) -> bool:
        """Whether the rule is in force on ``day``."""
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )

    def applies_to(self, jurisdiction: Jurisdiction) -> bool:
        """Whether the rule applies to cases of ``jurisdiction``."""
        return self.jurisdiction is None or self.jurisdiction is jurisdiction

    def can_run_with(self, context: RuleContext) -> bool:
        """Whether ``context`` holds everything the rule needs."""
        return all(getattr(context, name) is not None for name in self.needs)

    def finding(self, found: Hit) -> Finding:
        """The finding for one hit of the rule's check.

        Raises:
            KeyError: If the hit lacks a value for one of the message's placeholders.
        """
        values = dict(found.values)
        message = Labels(**{lang.value: _render(self.message.in_language(lang), values, lang)
                            for lang in Language})  # fmt: skip
        return Finding(
            rule_id=self.id,
            severity=self.severity,
            path=found.path,
            persons=found.persons,
            reference=found.reference or self.reference,
            message=message,
        )


def rule(
    *,
    id: str,  # noqa: A002 - a rule's id, as Rule names it
    severity: Severity,
    reference: LegalReference,
    message: Labels,
    given: str,
    when: str,
    then: str,
    jurisdiction: Jurisdiction | None = None,
    also: tuple[LegalReference, ...] = (),
    needs: tuple[str, ...] = (),
    valid_from: dt.date | None = None,
    valid_to: dt.date | None = None,
) -> Callable[[Check], Rule]:
    """Declare a rule on the function that checks it: the function becomes the :class:`Rule`.

    So a rule's id, severity, reference, validity and messages sit beside the check that
    applies them, and the type checker sees each of them. The arguments are the fields of
    :class:`Rule`, but for ``check``: the decorated function.

    >>> from familyviolence.law import LegalReference
    >>> from familyviolence.vocabulary import Labels
    >>> @rule(
    ...     id="ACME-NOTES-SIGNED",
    ...     severity=Severity.INFO,
    ...     reference=LegalReference(statute="ACME routine 12", verified=True),
    ...     message=Labels(sv="Anteckning {n} är inte signerad.",
    ...                    nb="Notat {n} er ikke signert.", en="Note {n} is not signed."),
    ...     given="a case", when="a note is not signed", then="the note is signed",
    ... )
    ... def notes_are_signed(case, on, context):
    ...     return ()
    >>> notes_are_signed.id, sorted(notes_are_signed.placeholders)
    ('ACME-NOTES-SIGNED', ['n'])
    """

    def declare(check: Check) -> Rule:
        return Rule(
            id=id,
            severity=severity,
            reference=reference,
            message=message,
            given=given,
            when=when,
            then=then,
            check=check,
            jurisdiction=jurisdiction,
            also=also,
            needs=needs,
            valid_from=valid_from,
            valid_to=valid_to,
        )

    return declare


def _overlap(a: Rule, b: Rule) -> bool:
    return (a.valid_from is None or b.valid_to is None or a.valid_from <= b.valid_to) and (
        b.valid_from is None or a.valid_to is None or b.valid_from <= a.valid_to
    )


def _rules(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple):
        raise invalid(instance, attribute, "must be a tuple of Rule")
    for i, rule in enumerate(value):
        if not isinstance(rule, Rule):
            raise InvalidModel("RuleSet", f"rules[{i}]", "must be a Rule")
        for other in value[:i]:
            if other.id == rule.id and _overlap(other, rule):
                raise InvalidModel(
                    "RuleSet", f"rules[{i}]", f"two versions of {rule.id} are in force on one day"
                )


@model
class RuleSet(Model):
    """An ordered set of rules: the shipped packs, a selection of them, or your own.

    The order of the rules is the order of the findings. Versions of a rule share its id and
    must not be in force on the same day. Every method returns a new set.

    >>> from familyviolence.rulebook import default_rules
    >>> rules = default_rules()
    >>> "SE-PREASSESSMENT-OVERDUE" in rules
    True
    >>> lenient = rules.without("PRACTICE-FAMILY-CONTACT-NOT-OFFERED")
    >>> "PRACTICE-FAMILY-CONTACT-NOT-OFFERED" in lenient
    False

    Attributes:
        rules: The rules, in order.
    """

    rules: tuple[Rule, ...] = public(default=(), validator=_rules)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def __contains__(self, rule_id: object) -> bool:
        return any(rule.id == rule_id for rule in self.rules)

    @property
    def ids(self) -> tuple[str, ...]:
        """The rule ids, each once, in order."""
        return tuple(dict.fromkeys(rule.id for rule in self.rules))

    def versions(self, rule_id: str) -> tuple[Rule, ...]:
        """Every version of the rule with ``rule_id``.

        Raises:
            UnknownRule: If the set holds no rule with that id.
        """
        found = tuple(rule for rule in self.rules if rule.id == rule_id)
        if not found:
            raise UnknownRule(rule_id)
        return found

    def rule(self, rule_id: str, *, on: dt.date) -> Rule | None:
        """The version of the rule with ``rule_id`` in force on ``on``, if any.

        Raises:
            UnknownRule: If the set holds no rule with that id.
        """
        return next((r for r in self.versions(rule_id) if r.applies_on(on)), None)

    def in_force(
        self, *, on: dt.date, jurisdiction: Jurisdiction | None = None
    ) -> tuple[Rule, ...]:
        """The rules in force on ``on`` (for cases of ``jurisdiction``, if given), in order."""
        return tuple(
            rule
            for rule in self.rules
            if rule.applies_on(on) and (jurisdiction is None or rule.applies_to(jurisdiction))
        )

    def _known(self, rule_ids: Iterable[str]) -> set[str]:
        wanted = set(rule_ids)
        for rule_id in sorted(wanted):
            if rule_id not in self:
                raise UnknownRule(rule_id)
        return wanted

    def without(self, *rule_ids: str) -> RuleSet:
        """The set without every version of the rules with ``rule_ids``.

        Raises:
            UnknownRule: If an id is not in the set (a misspelt id would disable nothing).
        """
        dropped = self._known(rule_ids)
        return RuleSet(rules=tuple(r for r in self.rules if r.id not in dropped))

    def only(self, *rule_ids: str) -> RuleSet:
        """The set with only the rules with ``rule_ids``, in the set's order.

        Raises:
            UnknownRule: If an id is not in the set.
        """
        kept = self._known(rule_ids)
        return RuleSet(rules=tuple(r for r in self.rules if r.id in kept))

    def with_rules(self, *rules: Rule) -> RuleSet:
        """The set with ``rules`` added at the end; each replaces every version with its id.

        Several versions of one new rule can be given together.
        """
        replaced = {rule.id for rule in rules}
        return RuleSet(rules=(*(r for r in self.rules if r.id not in replaced), *rules))

    def with_severity(self, severity: Severity, *rule_ids: str) -> RuleSet:
        """The set with every version of the rules with ``rule_ids`` at ``severity``.

        Raises:
            UnknownRule: If an id is not in the set.
        """
        changed = self._known(rule_ids)
        return RuleSet(
            rules=tuple(
                evolve(rule, severity=severity) if rule.id in changed else rule
                for rule in self.rules
            )
        )

    def evaluate(self, case: Case, *, on: dt.date, context: RuleContext | None = None) -> Findings:
        """Evaluate ``case`` on the day ``on`` against the rules of this set in force that day.

        Runs the rules that apply to the case's jurisdiction and are in force on ``on``, in the
        set's order. Only what was recorded by the end of ``on`` counts: later events are left
        out, and checks leave out incidents and assessments recorded later. So evaluating on a
        day before the case was opened finds no time limit overdue.
        :func:`familyviolence.rulebook.evaluate` does this with the shipped rules.

        Args:
            case: The case.
            on: The day to evaluate on (a date, never read from the clock).
            context: What the organisation knows that the case does not hold (the instrument
                catalogue, assessors' qualifications); by default the shipped catalogue only.

        Returns:
            The findings, in the rules' order, then by path and by person ids.

        Raises:
            TypeError: If ``on`` is not a date.
            RuleFailed: If a rule's check crashed (a bug in the rule), naming the first such
                rule, once every other rule has run: its ``findings`` are theirs, and list in
                ``failed`` every rule that crashed.
        """
        date_argument(on)
        context = RuleContext() if context is None else context
        recorded = _as_recorded(case, on)
        found: list[tuple[int, tuple[tuple[int, int | str], ...], tuple[str, ...], Finding]] = []
        skipped: list[str] = []
        failures: list[RuleFailed] = []
        for position, rule in enumerate(self.rules):
            if not (rule.applies_to(case.jurisdiction) and rule.applies_on(on)):
                continue
            if not rule.can_run_with(context):
                skipped.append(rule.id)
                continue
            try:
                ran = _run(rule, recorded, on, context)
            except RuleFailed as failure:
                failures.append(failure)
                continue
            found += ((position, _path_key(f.path), f.persons, f) for f in ran)
        found.sort(key=lambda entry: entry[:3])
        findings = Findings(
            case_id=case.id,
            on=on,
            findings=tuple(entry[3] for entry in found),
            skipped=tuple(dict.fromkeys(skipped)),
            failed=tuple(dict.fromkeys(f.rule_id for f in failures)),
        )
        if failures:
            first = failures[0]
            raise RuleFailed(first.rule_id, first.case_id, first.reason, findings=findings) from (
                first.__cause__
            )
        return findings


@model
class Finding(Model):
    """Something wrong, overdue or missing in a case, under a rule and its source.

    Attributes:
        rule_id: Id of the rule.
        severity: How serious it is.
        path: JSON path into the case (``"$.history[7]"``, ``"$.incidents[0].children[1]"``).
        persons: Ids of the persons concerned (never names).
        reference: The provision the rule comes from.
        message: What was found, in sv, nb and en.
    """

    rule_id: str = public(validator=_rule_id)
    severity: Severity = public()
    path: str = public(validator=_path)
    reference: LegalReference = public()
    message: Labels = public()
    persons: tuple[str, ...] = public(default=(), validator=_person_ids)

    def text(self, lang: Language | str = Language.EN) -> str:
        """The message in ``lang`` (``"sv"``, ``"nb"`` or ``"en"``)."""
        return self.message.in_language(lang)

    def __str__(self) -> str:
        return f"{self.severity.value} {self.rule_id} at {self.path}: {self.message.en}"


class RuleFailed(FamilyViolenceError, RuntimeError):
    """A rule's check crashed while a case was evaluated: a bug in the rule, not a finding.

    The original exception is chained as ``__cause__``; the message names the rule and the case
    by id and the kind of exception only, since the exception's own message may hold a value
    from the case. evaluation runs every other rule first: what they
    found is in ``findings``, whose ``failed`` lists every rule that crashed.

    Args:
        rule_id: Id of the rule that failed (the first, if several did).
        case_id: Id of the case being evaluated.
        reason: What went wrong, without any value from the case.
        findings: What the other rules found, if they ran.

    Attributes:
        rule_id: Id of the rule that failed.
        case_id: Id of the case being evaluated.
        reason: What went wrong.
        findings: The :class:`Findings` of the rules that ran, or ``None``.
    """

    def __init__(
        self, rule_id: str, case_id: str, reason: str, *, findings: Findings | None = None
    ) -> None:
        self.rule_id = rule_id
        self.case_id = case_id
        self.reason = reason
        self.findings = findings
        super().__init__(f"rule {rule_id} failed on case {case_id!r}: {reason}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rule_failed, (self.rule_id, self.case_id, self.reason, self.findings))


def _rule_failed(rule_id: str, case_id: str, reason: str, findings: Findings | None) -> RuleFailed:
    return RuleFailed(rule_id, case_id, reason, findings=findings)


RuleFailed.__module__ = "familyviolence.rules"


@model
class Findings(Model):
    """What :func:`evaluate` found in a case on a day, in a deterministic order.

    Iterating gives the findings, and ``len`` counts them (so no findings is falsy). They are
    ordered by the rule's place in the rule set, then by path (numbers compared as numbers, so
    ``history[2]`` comes before ``history[10]``), then by the person ids concerned.

    Attributes:
        case_id: Id of the case evaluated.
        on: The day it was evaluated on.
        findings: The findings.
        skipped: Ids of rules in force that did not run because the context lacked what they
            need (see :attr:`Rule.needs`).
        failed: Ids of rules in force whose check crashed (a bug in the rule, not a finding):
            what they would have found is not known. :func:`evaluate` raises
            :class:`~familyviolence.rules.RuleFailed` when any did, with these findings of the other
            rules; a ``Findings`` with failed rules is never all there is to know.
    """

    case_id: str = public(validator=non_empty_id)
    on: dt.date = public()
    findings: tuple[Finding, ...] = public(default=(), validator=tuple_of(Finding, "Finding"))
    skipped: tuple[str, ...] = public(default=(), validator=tuple_of(str, "rule ids"))
    failed: tuple[str, ...] = public(default=())

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    @property
    def rule_ids(self) -> tuple[str, ...]:
        """Ids of the rules that found something, each once, in order."""
        return tuple(dict.fromkeys(f.rule_id for f in self.findings))

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The error-level findings."""
        return self.of_severity(Severity.ERROR)

    @property
    def worst(self) -> Severity | None:
        """The most serious severity found, or ``None`` if nothing was found."""
        return max((f.severity for f in self.findings), key=lambda s: s.rank, default=None)

    def of_severity(self, severity: Severity) -> tuple[Finding, ...]:
        """The findings of ``severity``."""
        return tuple(f for f in self.findings if f.severity is severity)

    def of_rule(self, rule_id: str) -> tuple[Finding, ...]:
        """The findings of the rule with ``rule_id``."""
        return tuple(f for f in self.findings if f.rule_id == rule_id)


def _as_recorded(case: Case, on: dt.date) -> Case:
    """The case with only the events recorded by the end of ``on`` (indices unchanged)."""
    kept = 0
    for event in case.history:
        if event.at.date() > on:
            break
        kept += 1
    if kept == len(case.history):
        return case
    # A prefix of a valid history is valid: every event was allowed where it was recorded.
    return evolve(case, history=case.history[:kept])


def _path_key(path: str) -> tuple[tuple[int, int | str], ...]:
    parts = re.findall(r"[A-Za-z_][A-Za-z0-9_]*|\d+", path)
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts)


def _run(rule: Rule, case: Case, on: dt.date, context: RuleContext) -> list[Finding]:
    try:
        findings = []
        # Typed as objects: a user's check may return anything, and that is its bug to name.
        hits: Iterable[object] = rule.check(case, on, context)
        for found in hits:
            if not isinstance(found, Hit):
                msg = f"the check returned a {type(found).__name__}, not a Hit"
                raise TypeError(msg)  # noqa: TRY301 - reported with the rule's id below
            for person_id in found.persons:
                case.family.person(person_id)
            findings.append(rule.finding(found))
    except Exception as error:
        raise RuleFailed(rule.id, case.id, type(error).__name__) from error
    return findings
