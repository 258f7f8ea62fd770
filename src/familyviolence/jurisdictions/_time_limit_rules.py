"""Rules built from a jurisdiction pack's deadline rules: a time limit overdue, or met late.

The rules read :func:`~familyviolence.time_limits`, so the arithmetic of every time limit lives
in one place. Their references come from the pack's deadline rules: the rule cites the current
version and lists the others; each finding cites the version that set its time limit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from familyviolence.cases import Case
from familyviolence.events import InvestigationExtended, InvestigationOpened
from familyviolence.law import LegalReference
from familyviolence.process import DeadlineKind, DeadlineProvision, JurisdictionPack
from familyviolence.rules import Hit, Rule, RuleContext, Severity, hit
from familyviolence.time_limits import deadlines
from familyviolence.vocabulary import Labels

__all__ = ["extension_beyond_limit_rule", "met_late_rule", "overdue_rule"]


def _versions(pack: JurisdictionPack, kinds: tuple[DeadlineKind, ...]) -> list[DeadlineProvision]:
    """The pack's deadline rules of ``kinds``, the current version of each kind last."""
    found = [r for r in pack.deadline_provisions if r.kind in kinds]
    return sorted(found, key=lambda r: (r.valid_to is None, r.valid_from or dt.date.min))


def _references(
    versions: list[DeadlineProvision],
) -> tuple[LegalReference, tuple[LegalReference, ...]]:
    """The current version's reference, and every other reference of the versions, once."""
    current = [r for r in versions if r.valid_to is None] or versions
    primary = current[-1].reference
    return primary, tuple(r for r in _all_references(versions) if r != primary)


def _all_references(versions: list[DeadlineProvision]) -> list[LegalReference]:
    found: list[LegalReference] = []
    for rule in versions:
        for reference in (rule.reference, rule.equivalent):
            if reference is not None and reference not in found:
                found.append(reference)
    return found


def _start(versions: list[DeadlineProvision]) -> dt.date | None:
    starts = [r.valid_from for r in versions]
    return None if None in starts else min(s for s in starts if s is not None)


def overdue_rule(
    pack: JurisdictionPack,
    kind: DeadlineKind,
    *,
    rule_id: str,
    message: Labels,
    given: str,
    when: str,
    then: str,
) -> Rule:
    """An error for every deadline of ``kind`` still open after its due date.

    Each finding is at the event that started the time limit and concerns the case's subjects;
    the message may use ``{due}`` and, for deadlines of a report, ``{report_id}``.
    """
    versions = _versions(pack, (kind,))
    primary, others = _references(versions)

    def check(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
        for deadline in deadlines(case, on=on, pack=pack):
            if deadline.kind is kind and deadline.overdue:
                report = {"report_id": deadline.report_id} if deadline.report_id else {}
                yield hit(
                    f"$.history[{deadline.event}]",
                    *case.subjects,
                    reference=deadline.reference,
                    due=deadline.due,
                    **report,
                )

    limits = "; ".join(dict.fromkeys(r.time_limit for r in versions))
    return Rule(
        id=rule_id,
        jurisdiction=pack.jurisdiction,
        severity=Severity.ERROR,
        reference=primary,
        also=others,
        message=message,
        given=given,
        when=when,
        then=f"{then} ({limits})",
        check=check,
        valid_from=_start(versions),
    )


def met_late_rule(pack: JurisdictionPack, *, rule_id: str, message: Labels) -> Rule:
    """A warning for every deadline of the pack that was met after its due date.

    The message may use ``{deadline}`` (what was due, shown by its label), ``{done}`` and
    ``{due}``.
    """
    kinds = tuple(dict.fromkeys(r.kind for r in pack.deadline_provisions))
    versions = _versions(pack, kinds)
    current, _ = _references(versions)
    # The rule covers several provisions: it cites the act, and each finding its provision.
    primary = LegalReference(
        statute=current.statute,
        verified=False,
        note="cited by name: each finding cites the provision of its own time limit",
    )
    others = tuple(r for r in _all_references(versions) if r != primary)

    def check(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
        for deadline in deadlines(case, on=on, pack=pack):
            done = deadline.fulfilled_on
            if done is not None and done > deadline.due:
                yield hit(
                    f"$.history[{deadline.event}]",
                    *case.subjects,
                    reference=deadline.reference,
                    deadline=deadline.kind,
                    done=done,
                    due=deadline.due,
                )

    names = ", ".join(k.label("en") for k in kinds)
    return Rule(
        id=rule_id,
        jurisdiction=pack.jurisdiction,
        severity=Severity.WARNING,
        reference=primary,
        also=others,
        message=message,
        given=f"a time limit of the case ({names})",
        when="it was met, but after its due date",
        then=(
            "it is met by its due date; each finding cites the provision of its own time limit. "
            "A late step is a fact of the case's history and stays a finding"
        ),
        check=check,
        valid_from=_start(versions),
    )


def extension_beyond_limit_rule(pack: JurisdictionPack, *, rule_id: str, message: Labels) -> Rule:
    """An error where an investigation was extended beyond the outer limit the law sets.

    Such an extension moves the due date no further than the limit (see
    :func:`~familyviolence.time_limits`). The finding is at the last extension; the message may
    use ``{due}`` (the date the extension named) and ``{limit}``.
    """
    versions = [
        r
        for r in _versions(pack, (DeadlineKind.INVESTIGATION,))
        if r.extension_limit_months is not None
    ]
    primary, others = _references(versions)

    def check(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
        extensions = case.events(InvestigationExtended)
        openings = [i for i, _ in case.events(InvestigationOpened)]
        for deadline in deadlines(case, on=on, pack=pack):
            limit, extended_to = deadline.limit, deadline.extended_to
            if deadline.kind is not DeadlineKind.INVESTIGATION or limit is None:
                continue
            if extended_to is None or extended_to <= limit:
                continue
            # The extension that set the due date: the last one of this investigation.
            until = min((i for i in openings if i > deadline.event), default=len(case.history))
            index = max(
                (i for i, _ in extensions if deadline.event < i < until), default=deadline.event
            )
            yield hit(
                f"$.history[{index}]",
                *case.subjects,
                reference=deadline.reference,
                due=extended_to,
                limit=limit,
            )

    limits = "; ".join(dict.fromkeys(r.time_limit for r in versions))
    return Rule(
        id=rule_id,
        jurisdiction=pack.jurisdiction,
        severity=Severity.ERROR,
        reference=primary,
        also=others,
        message=message,
        given="an investigation whose time limit was extended",
        when="the extension names a date after the latest date the law allows",
        then=f"an extension stays within the law's outer limit ({limits}); the due date stays at"
        " the limit, and past it the investigation is overdue",
        check=check,
        valid_from=_start(versions),
    )
