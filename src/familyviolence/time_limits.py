"""The deadlines of a case: what the law requires by when, whether it was met, what is overdue.

:func:`deadlines` reads a case's history and applies its jurisdiction's deadline rules, each
in the version in force on the day its time limit starts to run. An overdue deadline is a fact
to report, never an error: the case stays valid. Every moment is read in the jurisdiction's
own time zone, so the day a report arrived and whether it arrived late are the local ones.
"""

from __future__ import annotations

import datetime as dt

from familyviolence._model import Model, model, public
from familyviolence._validators import date_argument, non_empty_id
from familyviolence.cases import Case, CaseState, InvestigationState, ReportState
from familyviolence.dates import add_months, local_moment, next_swedish_working_day
from familyviolence.events import FeedbackKind
from familyviolence.jurisdictions import pack_for
from familyviolence.law import LegalReference
from familyviolence.process import CountedFrom, DeadlineKind, DeadlineProvision, JurisdictionPack
from familyviolence.vocabulary import Jurisdiction, ReporterKind

__all__ = ["Deadline", "deadlines"]


@model
class Deadline(Model):
    """One time limit in a case, as it stands on the day ``on``.

    Attributes:
        rule_id: Id of the rule that sets it (e.g. ``"SE-DEADLINE-PREASSESSMENT"``).
        kind: What must be done.
        on: The day the deadline is looked at.
        started_on: The day the time limit started to run.
        due: The last day to do it, after any extension recorded by ``on``. An extension
            beyond the law's outer limit moves it no further than the limit.
        extended: Whether an extension moved the due date.
        limit: The latest due date an extension may set, where the law has one.
        extended_to: The date the latest extension named, if there was one (it may lie
            beyond ``limit``: that is a finding, not a later due date).
        next_working_day: Where the due date is a Saturday, Sunday or public holiday and the
            jurisdiction's law lets the act be done on the next working day (Sweden: lag
            (1930:173) § 2), that day. Information only: ``due`` stays the calendar date.
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
    extended_to: dt.date | None = public(default=None)
    next_working_day: dt.date | None = public(default=None)
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

    - Every moment is read in the pack's ``time_zone`` whatever offset it carries (a moment
      without an offset is local time already): the day of receipt, and whether a report
      arrived at or after the pack's ``late_report_cutoff`` (for rules with
      ``next_day_if_late``), are the local ones.
    - Days and weeks are calendar days; months are calendar months with the day clamped to
      the end of the month (:func:`~familyviolence.dates.add_months`). The due date is the calendar
      date even when it is a Saturday, Sunday or holiday; where the law lets the act be done
      on the next working day, ``next_working_day`` says which day that is.
    - An investigation counted from the decision to open it (Sweden) counts from the day of
      that decision: the opening event's ``decided_on``, else the pre-assessment that decided
      to investigate, else the opening. A record made later moves nothing.
    - An investigation counted from receipt (Norway) counts from the earliest report that
      led to it, after the review period; one that followed no report (a request for help)
      counts from its opening, without a review period.
    - An extension sets the due date, but never beyond the law's outer limit.
    - Closing a case ends every deadline still open. Reopening it lets an investigation the
      closure ended continue, its deadline counted as before; nothing else revives.

    Raises:
        TypeError: If ``on`` is a datetime rather than a date.
    """
    date_argument(on)
    pack = pack or pack_for(case.jurisdiction)
    state = case.state
    clock = _Clock(pack, on)
    found: list[Deadline] = []
    for report in state.reports:
        if clock.day(report.received_at) <= on:
            found += _report_deadlines(report, state, clock)
    for investigation in state.investigations:
        if clock.day(investigation.opened_at) <= on:
            found += _investigation_deadlines(investigation, state, clock)
    order = {kind: i for i, kind in enumerate(DeadlineKind)}
    return tuple(sorted(found, key=lambda d: (d.event, order[d.kind], d.report_id or "")))


class _Clock:
    """The pack and the day asked about, and how moments read as local days."""

    def __init__(self, pack: JurisdictionPack, on: dt.date) -> None:
        self.pack = pack
        self.on = on
        self.zone = pack.time_zone

    def local(self, moment: dt.datetime) -> dt.datetime:
        return local_moment(moment, self.zone)

    def day(self, moment: dt.datetime) -> dt.date:
        return local_moment(moment, self.zone).date()

    def known(self, moment: dt.datetime | None) -> dt.date | None:
        """The local day of ``moment`` if it happened by the day asked about."""
        if moment is None:
            return None
        day = self.day(moment)
        return day if day <= self.on else None

    def next_working_day(self, due: dt.date) -> dt.date | None:
        if self.pack.non_working_day_rule is None or self.pack.jurisdiction is not Jurisdiction.SE:
            return None
        moved = next_swedish_working_day(due)
        return moved if moved != due else None


def _first_closure(
    state: CaseState, after: dt.datetime, before: dt.datetime | None
) -> dt.datetime | None:
    return next((c for c in state.closures if c >= after and (before is None or c < before)), None)


def _due(rule: DeadlineProvision, start: dt.date, months: int) -> dt.date:
    return add_months(start + dt.timedelta(days=rule.days), months)


def _deadline(
    rule: DeadlineProvision,
    clock: _Clock,
    *,
    start: dt.date,
    due: dt.date,
    event: int,
    fulfilled: dt.datetime | None,
    ended_on: dt.date | None,
    report_id: str | None = None,
    extended: bool = False,
    limit: dt.date | None = None,
    extended_to: dt.date | None = None,
) -> Deadline:
    return Deadline(
        rule_id=rule.id,
        kind=rule.kind,
        on=clock.on,
        started_on=start,
        due=due,
        event=event,
        reference=rule.reference,
        equivalent=rule.equivalent,
        next_working_day=clock.next_working_day(due),
        # Once the case closed with it undone, a later fulfilment is moot.
        fulfilled_on=None if ended_on else clock.known(fulfilled),
        ended_on=ended_on,
        report_id=report_id,
        extended=extended,
        limit=limit,
        extended_to=extended_to,
    )


def _applies_to_reporter(
    rule: DeadlineProvision, report: ReportState, pack: JurisdictionPack
) -> bool:
    if rule.public_reporters_only and report.reporter_kind not in pack.public_reporters:
        return False
    return not (rule.named_reporters_only and report.reporter_kind is ReporterKind.ANONYMOUS)


def _report_deadlines(report: ReportState, state: CaseState, clock: _Clock) -> list[Deadline]:
    pack = clock.pack
    received = clock.local(report.received_at)
    start = received.date()
    found = []
    done: dict[DeadlineKind, dt.datetime | None] = {
        DeadlineKind.PROTECTION_ASSESSMENT: report.protection_at,
        DeadlineKind.PRE_ASSESSMENT: report.pre_assessment_at,
        DeadlineKind.REVIEW: report.pre_assessment_at,
        DeadlineKind.FEEDBACK_ON_RECEIPT: report.first_feedback(FeedbackKind.RECEIPT),
    }
    for kind, fulfilled in done.items():
        rule = pack.provision_for(kind, on=start)
        if rule is None or not _applies_to_reporter(rule, report, pack):
            continue
        if kind in (DeadlineKind.PRE_ASSESSMENT, DeadlineKind.REVIEW) and not (
            report.needs_pre_assessment
        ):
            continue
        due = _due(rule, start, rule.months)
        cutoff = pack.late_report_cutoff
        if rule.next_day_if_late and cutoff is not None and received.time() >= cutoff:
            due += dt.timedelta(days=1)
        ended = _first_closure(state, report.received_at, fulfilled)
        found.append(
            _deadline(
                rule,
                clock,
                start=start,
                due=due,
                event=report.event,
                report_id=report.report_id,
                fulfilled=fulfilled,
                ended_on=clock.known(ended),
            )
        )
    found += _outcome_feedback(report, state, clock)
    return found


def _outcome_feedback(report: ReportState, state: CaseState, clock: _Clock) -> list[Deadline]:
    if report.investigation is None:
        return []
    investigation = state.investigations[report.investigation]
    concluded = investigation.concluded_at
    start = clock.known(concluded)
    if concluded is None or start is None:
        return []
    rule = clock.pack.provision_for(DeadlineKind.FEEDBACK_ON_OUTCOME, on=start)
    if rule is None or not _applies_to_reporter(rule, report, clock.pack):
        return []
    # Feedback on the outcome counts once the investigation has an outcome to tell.
    given = report.feedback_times(FeedbackKind.OUTCOME)
    fulfilled = next((at for at in given if at >= concluded), None)
    ended = _first_closure(state, concluded, fulfilled)
    return [
        _deadline(
            rule,
            clock,
            start=start,
            due=_due(rule, start, rule.months),
            event=investigation.event,
            report_id=report.report_id,
            fulfilled=fulfilled,
            ended_on=clock.known(ended),
        )
    ]


def _investigation_start(
    rule: DeadlineProvision,
    investigation: InvestigationState,
    receipts: list[dt.date],
    clock: _Clock,
) -> tuple[dt.date, dt.date]:
    """The day the time limit is counted from under ``rule``, and the first day it runs."""
    opened = clock.day(investigation.opened_at)
    if rule.counted_from is CountedFrom.RECEIPT and receipts:
        start = min(receipts)
        return start, start + dt.timedelta(days=rule.review_days)
    if rule.counted_from is CountedFrom.DECISION_TO_OPEN:
        decided = investigation.decided_on
        if decided is None and investigation.decided_at is not None:
            decided = clock.day(investigation.decided_at)
        start = opened if decided is None else min(decided, opened)
        return start, start
    return opened, opened


def _investigation_deadlines(
    investigation: InvestigationState, state: CaseState, clock: _Clock
) -> list[Deadline]:
    received = {r.report_id: r.received_at for r in state.reports}
    receipts = [clock.day(received[r]) for r in investigation.reports]
    # Which version applies depends on when the clock starts, which depends on the version:
    # try each version in force on a candidate start day and keep the one that counts from it.
    for rule in clock.pack.deadline_provisions:
        if rule.kind is not DeadlineKind.INVESTIGATION:
            continue
        start, runs_from = _investigation_start(rule, investigation, receipts, clock)
        if not rule.applies_on(start) or (rule.children_only and not investigation.concerns_child):
            continue
        due = _due(rule, runs_from, rule.months)
        extensions = [e.new_due for e in investigation.extensions if clock.day(e.at) <= clock.on]
        limit = None
        if rule.extension_limit_months is not None:
            limit = _due(rule, runs_from, rule.extension_limit_months)
        extended_to = extensions[-1] if extensions else None
        if extended_to is not None:
            # An extension beyond the law's outer limit is a finding: it moves the due date
            # only as far as the law allows.
            due = extended_to if limit is None else min(extended_to, limit)
        ended_on = investigation.ended_on_day(clock.on, clock.day)
        return [
            _deadline(
                rule,
                clock,
                start=start,
                due=due,
                event=investigation.event,
                extended=extended_to is not None,
                limit=limit,
                extended_to=extended_to,
                fulfilled=investigation.concluded_at,
                ended_on=ended_on,
            )
        ]
    return []
