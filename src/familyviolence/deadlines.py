"""Deadlines of a case: what the law requires by when, whether it was met, what is overdue.

:func:`deadlines` reads a case's history and applies its jurisdiction's deadline rules, each
in the version in force on the day its time limit starts to run. An overdue deadline is a fact
to report, never an error: the case stays valid.
"""

from __future__ import annotations

import datetime as dt

from familyviolence._history import InvestigationFacts, Replay, ReportFacts
from familyviolence._model import model, non_empty_id, public
from familyviolence.cases import Case
from familyviolence.dates import add_months
from familyviolence.events import FeedbackKind
from familyviolence.jurisdictions import pack_for
from familyviolence.law import LegalReference
from familyviolence.process import CountedFrom, DeadlineKind, DeadlineRule, JurisdictionPack

__all__ = ["Deadline", "deadlines"]


@model
class Deadline:
    """One time limit in a case, as it stands on the day ``on``.

    Attributes:
        rule_id: Id of the rule that sets it (e.g. ``"SE-DEADLINE-PREASSESSMENT"``).
        kind: What must be done.
        on: The day the deadline is looked at.
        started_on: The day the time limit started to run.
        due: The last day to do it, after any extension recorded by ``on``.
        extended: Whether an extension moved the due date.
        limit: The latest due date an extension may set, where the law has one.
        fulfilled_on: The day it was done, if done by ``on``.
        ended_on: The day the case was closed with it undone, if closed by ``on``.
        event: Index in the case's history of the event that started the time limit.
        report_id: The report it concerns, if any.
        reference: The provision the rule comes from.
        equivalent: The same rule in the other act's numbering, where known.
    """

    rule_id: str = public(validator=non_empty_id)
    kind: DeadlineKind = public()
    on: dt.date = public()
    started_on: dt.date = public()
    due: dt.date = public()
    event: int = public()
    reference: LegalReference = public()
    extended: bool = public(default=False)
    limit: dt.date | None = public(default=None)
    fulfilled_on: dt.date | None = public(default=None)
    ended_on: dt.date | None = public(default=None)
    report_id: str | None = public(default=None)
    equivalent: LegalReference | None = public(default=None)

    @property
    def met(self) -> bool:
        """Whether it was done on or before the due date."""
        return self.fulfilled_on is not None and self.fulfilled_on <= self.due

    @property
    def open(self) -> bool:
        """Whether it is still to be done: neither done nor ended by the case's closure."""
        return self.fulfilled_on is None and self.ended_on is None

    @property
    def overdue(self) -> bool:
        """Whether it is still open after its due date."""
        return self.open and self.on > self.due


def deadlines(
    case: Case, *, on: dt.date, pack: JurisdictionPack | None = None
) -> tuple[Deadline, ...]:
    """Every deadline of ``case`` as known on ``on``: due date, whether met, whether overdue.

    Only what was recorded on or before ``on`` counts, so asking about an earlier day shows
    the case as it stood then. Deadlines are listed in the order of the events that started
    them. ``pack`` replaces the jurisdiction's pack, e.g. to use another cut-off time for
    late reports.

    How each time limit is counted:

    - Days and weeks are calendar days; months are calendar months with the day clamped to
      the end of the month (:func:`~familyviolence.add_months`); nothing skips weekends.
    - A report received at or after the pack's ``late_report_cutoff`` counts as received
      late, for rules with ``next_day_if_late``.
    - Closing a case ends every deadline still open; reopening it does not revive them.
    - An investigation counted from receipt (Norway) counts from the earliest report that
      led to it; one that followed no report (a request for help) counts from its opening.

    Raises:
        TypeError: If ``on`` is a datetime rather than a date.
    """
    if isinstance(on, dt.datetime) or not isinstance(on, dt.date):
        msg = "on must be a date"
        raise TypeError(msg)
    pack = pack or pack_for(case.jurisdiction)
    replay: Replay = case._replay  # noqa: SLF001 - the case's own cached replay
    found: list[Deadline] = []
    for report in replay.reports.values():
        if report.received_at.date() <= on:
            found += _report_deadlines(report, replay, pack, on)
    for investigation in replay.investigations:
        if investigation.opened_at.date() <= on:
            found += _investigation_deadlines(investigation, replay, pack, on)
    order = {kind: i for i, kind in enumerate(DeadlineKind)}
    return tuple(sorted(found, key=lambda d: (d.event, order[d.kind], d.report_id or "")))


def _day(moment: dt.datetime | None, on: dt.date) -> dt.date | None:
    """The day of ``moment`` if it happened by ``on``."""
    return moment.date() if moment is not None and moment.date() <= on else None


def _first_closure(
    replay: Replay, after: dt.datetime, before: dt.datetime | None
) -> dt.datetime | None:
    return next((c for c in replay.closures if c >= after and (before is None or c < before)), None)


def _due(rule: DeadlineRule, start: dt.date, months: int) -> dt.date:
    return add_months(start + dt.timedelta(days=rule.days), months)


def _deadline(
    rule: DeadlineRule, *, on: dt.date, start: dt.date, due: dt.date, event: int, **rest: object
) -> Deadline:
    return Deadline(
        rule_id=rule.id,
        kind=rule.kind,
        on=on,
        started_on=start,
        due=due,
        event=event,
        reference=rule.reference,
        equivalent=rule.equivalent,
        **rest,  # type: ignore[arg-type]
    )


def _outcome(
    fulfilled: dt.datetime | None, ended: dt.datetime | None, on: dt.date
) -> dict[str, dt.date | None]:
    """Fulfilment and end as known on ``on``; once the case closed, later fulfilment is moot."""
    ended_on = _day(ended, on)
    return {"fulfilled_on": None if ended_on else _day(fulfilled, on), "ended_on": ended_on}


def _report_deadlines(
    report: ReportFacts, replay: Replay, pack: JurisdictionPack, on: dt.date
) -> list[Deadline]:
    received = report.received_at
    start = received.date()
    public_reporter = report.reporter_kind in pack.public_reporters
    found = []
    done: dict[DeadlineKind, dt.datetime | None] = {
        DeadlineKind.PROTECTION_ASSESSMENT: report.protection_at,
        DeadlineKind.PRE_ASSESSMENT: report.pre_assessment_at,
        DeadlineKind.REVIEW: report.pre_assessment_at,
        DeadlineKind.FEEDBACK_ON_RECEIPT: report.feedback.get(FeedbackKind.RECEIPT.value),
    }
    for kind, fulfilled in done.items():
        rule = pack.rule_for(kind, on=start)
        if rule is None or (rule.public_reporters_only and not public_reporter):
            continue
        if kind in (DeadlineKind.PRE_ASSESSMENT, DeadlineKind.REVIEW) and not (
            report.needs_pre_assessment
        ):
            continue
        due = _due(rule, start, rule.months)
        cutoff = pack.late_report_cutoff
        if rule.next_day_if_late and cutoff is not None and received.time() >= cutoff:
            due += dt.timedelta(days=1)
        ended = _first_closure(replay, received, fulfilled)
        found.append(
            _deadline(
                rule,
                on=on,
                start=start,
                due=due,
                event=report.index,
                report_id=report.report_id,
                **_outcome(fulfilled, ended, on),
            )
        )
    found += _outcome_feedback(report, replay, pack, on, public_reporter=public_reporter)
    return found


def _outcome_feedback(
    report: ReportFacts,
    replay: Replay,
    pack: JurisdictionPack,
    on: dt.date,
    *,
    public_reporter: bool,
) -> list[Deadline]:
    if report.investigation is None:
        return []
    concluded = replay.investigations[report.investigation].concluded_at
    if concluded is None or concluded.date() > on:
        return []
    start = concluded.date()
    rule = pack.rule_for(DeadlineKind.FEEDBACK_ON_OUTCOME, on=start)
    if rule is None or (rule.public_reporters_only and not public_reporter):
        return []
    fulfilled = report.feedback.get(FeedbackKind.OUTCOME.value)
    ended = _first_closure(replay, concluded, fulfilled)
    return [
        _deadline(
            rule,
            on=on,
            start=start,
            due=_due(rule, start, rule.months),
            event=replay.investigations[report.investigation].index,
            report_id=report.report_id,
            **_outcome(fulfilled, ended, on),
        )
    ]


def _investigation_deadlines(
    investigation: InvestigationFacts, replay: Replay, pack: JurisdictionPack, on: dt.date
) -> list[Deadline]:
    opened = investigation.opened_at.date()
    receipts = [replay.reports[r].received_at.date() for r in investigation.reports]
    # Which version applies depends on when the clock starts, which depends on the version:
    # try each version in force on a candidate start day and keep the one that counts from it.
    for rule in pack.deadline_rules:
        if rule.kind is not DeadlineKind.INVESTIGATION:
            continue
        counts_from_receipt = rule.counted_from is CountedFrom.RECEIPT and receipts
        start = min(receipts) if counts_from_receipt else opened
        if not rule.applies_on(start) or (rule.children_only and not investigation.concerns_child):
            continue
        due = _due(rule, start, rule.months)
        extensions = [new_due for _, at, new_due in investigation.extensions if at.date() <= on]
        limit = None
        if rule.extension_limit_months is not None:
            limit = _due(rule, start, rule.extension_limit_months)
        return [
            _deadline(
                rule,
                on=on,
                start=start,
                due=extensions[-1] if extensions else due,
                event=investigation.index,
                extended=bool(extensions),
                limit=limit,
                **_outcome(investigation.concluded_at, investigation.ended_at, on),
            )
        ]
    return []
