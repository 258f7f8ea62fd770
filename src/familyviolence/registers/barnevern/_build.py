"""From a Norwegian case to the register's case folders: one per child the case is about.

The case's history as corrected is read once, in order, into what the register counts: each
report of concern and how it was concluded, each investigation and how it ended, each decision
and the measures it put into effect. Then one folder is made per child: the case's subjects,
except those known to have been adults when the case began (a child-welfare client is a child;
the register is no place for an adult who asked for help).

Which child an element belongs to: a report recorded in detail belongs to its child, any other
report to every child; investigations belong to every child; a decision belongs to the children
it names (a measure for them, or their needs), or to every child if it names none; a measure
for one of the children belongs to that child only, one for a parent to every child whose folder
holds the decision.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from familyviolence.cases import Case
from familyviolence.events import (
    CaseClosed,
    CaseReopened,
    ClosureReason,
    DecisionMade,
    InterventionCompleted,
    InterventionStarted,
    InvestigationConcluded,
    InvestigationExtended,
    InvestigationOpened,
    PreAssessmentConcluded,
    ReportOfConcernReceived,
)
from familyviolence.interventions import Intervention
from familyviolence.people import Person
from familyviolence.registers.barnevern import _codes as codes
from familyviolence.registers.barnevern._agency import ChildParticipation
from familyviolence.registers.barnevern._document import (
    Coded,
    Conclusion,
    Decision,
    Investigation,
    Measure,
    Omission,
    Personalia,
    RegisterCase,
    Relation,
    Report,
    Status,
    derived_id,
)
from familyviolence.registers.barnevern._outcomes import (
    DecisionStatus,
    InvestigationOutcome,
    ReportOutcome,
)
from familyviolence.vocabulary import Country

__all__ = ["Participation", "register_cases"]

Participation = Callable[[Case, str, int], ChildParticipation | None]
"""Where the child's participation in an investigation is recorded: given the case, the child's
id and the history index of the investigation's opening, the participation or ``None``."""

_OSLO = zoneinfo.ZoneInfo("Europe/Oslo")
_REGISTER_BEGAN = dt.date(2022, 1, 1)
"""The first day of the register's lists for a child's sex and a decision's status: a case or
decision older than the register is reported with the codes it began with."""

_CLOSURE_OUTCOME = {
    ClosureReason.NO_INTERVENTION: InvestigationOutcome.NO_MEASURES,
    ClosureReason.DECLINED: InvestigationOutcome.DECLINED,
    ClosureReason.MOVED: InvestigationOutcome.MOVED,
    ClosureReason.TRANSFERRED: InvestigationOutcome.TRANSFERRED,
}
"""How an investigation ended when the case was closed while it was open or awaiting a decision
(any other reason: :attr:`InvestigationOutcome.OTHER`)."""


def local_day(moment: dt.datetime) -> dt.date:
    """The day in Norway of ``moment`` (a moment without an offset is Norwegian time already)."""
    if moment.tzinfo is None:
        return moment.date()
    return moment.astimezone(_OSLO).date()


@attrs.define
class _ReportDraft:
    index: int
    event: ReportOfConcernReceived
    outcome: tuple[ReportOutcome, dt.date] | None = None
    investigation: _InvestigationDraft | None = None


@attrs.define
class _InvestigationDraft:
    index: int
    start: dt.date
    reports: list[str]
    extended_on: dt.date | None = None
    end: dt.date | None = None
    outcome: InvestigationOutcome | None = None
    decision: int | None = None
    superseded: bool = False


@attrs.define
class _InterventionDraft:
    intervention: Intervention
    decision: int
    started: dt.date | None = None
    ended: dt.date | None = None


@attrs.define
class _Walk:
    """What the history says, read in one pass."""

    reports: dict[str, _ReportDraft] = attrs.Factory(dict)
    pending: list[str] = attrs.Factory(list)
    awaiting: list[str] = attrs.Factory(list)
    investigations: list[_InvestigationDraft] = attrs.Factory(list)
    open: _InvestigationDraft | None = None
    undecided: _InvestigationDraft | None = None
    decisions: dict[int, DecisionMade] = attrs.Factory(dict)
    interventions: dict[str, _InterventionDraft] = attrs.Factory(dict)
    closed_on: dt.date | None = None
    at_closure: tuple[list[str], _InvestigationDraft | None, _InvestigationDraft | None] | None = (
        None
    )

    def read(self, events: Iterable[tuple[int, object]]) -> None:
        for index, event in events:
            handle = _HANDLERS.get(type(event))
            if handle is not None:
                handle(self, index, event)

    def _extended(self, _: int, event: InvestigationExtended) -> None:
        if self.open is not None and self.open.extended_on is None:
            self.open.extended_on = local_day(event.at)

    def _concluded(self, _: int, event: InvestigationConcluded) -> None:
        if self.open is not None:
            self.open.end = local_day(event.at)
            self.undecided, self.open = self.open, None

    def _started(self, _: int, event: InterventionStarted) -> None:
        found = self.interventions.get(event.intervention_id)
        if found is not None and found.started is None:
            found.started = local_day(event.at)

    def _completed(self, _: int, event: InterventionCompleted) -> None:
        found = self.interventions.get(event.intervention_id)
        if found is not None:
            found.ended = local_day(event.at)

    def _report(self, index: int, event: ReportOfConcernReceived) -> None:
        draft = _ReportDraft(index=index, event=event)
        self.reports[event.report_id] = draft
        if self.open is not None:
            # A report about a child whose investigation is open joins it, without a review.
            draft.outcome = (ReportOutcome.JOINED_INVESTIGATION, local_day(event.at))
            draft.investigation = self.open
            self.open.reports.append(event.report_id)
        else:
            self.pending.append(event.report_id)

    def _review(self, _: int, event: PreAssessmentConcluded) -> None:
        outcome = ReportOutcome.INVESTIGATE if event.investigate else ReportOutcome.CLOSED
        for report_id in self.pending:
            self.reports[report_id].outcome = (outcome, local_day(event.at))
        if event.investigate:
            self.awaiting += self.pending
        self.pending = []

    def _opened(self, index: int, event: InvestigationOpened) -> None:
        if self.open is not None:
            # Opened anew after a reopening: the old investigation ends without a conclusion.
            self.open.superseded = True
            self.awaiting = [*self.open.reports, *self.awaiting]
        draft = _InvestigationDraft(index=index, start=local_day(event.at), reports=self.awaiting)
        for report_id in self.awaiting:
            self.reports[report_id].investigation = draft
        self.awaiting = []
        self.investigations.append(draft)
        self.open = draft

    def _decided(self, index: int, event: DecisionMade) -> None:
        self.decisions[index] = event
        if self.undecided is not None:
            self.undecided.outcome = (
                InvestigationOutcome.MEASURES_DECIDED
                if event.granted
                else InvestigationOutcome.NO_MEASURES
            )
            self.undecided.decision = index
            self.undecided = None
        for intervention in event.granted:
            self.interventions[intervention.id] = _InterventionDraft(
                intervention=intervention, decision=index
            )

    def _closed(self, _: int, event: CaseClosed) -> None:
        day = local_day(event.at)
        self.closed_on = day
        for report_id in self.pending:
            self.reports[report_id].outcome = (ReportOutcome.CLOSED, day)
        self.pending = []
        outcome = _CLOSURE_OUTCOME.get(event.reason, InvestigationOutcome.OTHER)
        for draft in (self.open, self.undecided):
            if draft is not None and draft.outcome is None:
                draft.outcome = outcome
                draft.end = draft.end or day
        self.at_closure = (self.awaiting, self.open, self.undecided)
        self.awaiting, self.open, self.undecided = [], None, None
        for found in self.interventions.values():
            if found.ended is None:
                found.ended = day

    def _reopened(self, _: int, __: CaseReopened) -> None:
        self.closed_on = None
        if self.at_closure is None:
            return
        awaiting, still_open, undecided = self.at_closure
        self.at_closure = None
        # What the closing ended revives on reopening, as the case's own replay has it.
        self.awaiting = awaiting
        if still_open is not None:
            still_open.outcome, still_open.end = None, None
        if undecided is not None:
            undecided.outcome = None
        self.open, self.undecided = still_open, undecided


_HANDLERS: dict[type, Callable[[_Walk, int, Any], None]] = {
    ReportOfConcernReceived: _Walk._report,  # noqa: SLF001 - the walk's own handlers
    PreAssessmentConcluded: _Walk._review,  # noqa: SLF001
    InvestigationOpened: _Walk._opened,  # noqa: SLF001
    InvestigationExtended: _Walk._extended,  # noqa: SLF001
    InvestigationConcluded: _Walk._concluded,  # noqa: SLF001
    DecisionMade: _Walk._decided,  # noqa: SLF001
    InterventionStarted: _Walk._started,  # noqa: SLF001
    InterventionCompleted: _Walk._completed,  # noqa: SLF001
    CaseClosed: _Walk._closed,  # noqa: SLF001
    CaseReopened: _Walk._reopened,  # noqa: SLF001
}
"""The events the register counts, and what each does to the walk; others change nothing."""


def _children(case: Case, start: dt.date) -> list[tuple[int, Person]]:
    found = []
    for i, subject in enumerate(case.subjects):
        person = case.family.person(subject)
        born = person.birth_date
        if born is not None and born <= start and not person.is_minor_on(start):
            continue  # an adult when the case began
        found.append((i, person))
    return found


def register_cases(
    case: Case, *, participation: Participation | None = None
) -> tuple[RegisterCase, ...]:
    """The register's case folders of ``case``, one per child, as its history stands."""
    events = case.events()
    if not events:
        return ()
    walk = _Walk()
    walk.read(events)
    start = local_day(case.history[0].at)
    children = _children(case, start)
    child_ids = {person.id for _, person in children}
    return tuple(
        _Folder(
            case=case,
            walk=walk,
            position=position,
            child=person,
            start=start,
            child_ids=child_ids,
            participation=participation,
        ).build()
        for position, person in children
    )


class _Folder:
    """One child's case folder, put together from the walk."""

    def __init__(
        self,
        *,
        case: Case,
        walk: _Walk,
        position: int,
        child: Person,
        start: dt.date,
        child_ids: set[str],
        participation: Participation | None,
    ) -> None:
        self.case = case
        self.walk = walk
        self.position = position
        self.child = child
        self.start = start
        self.child_ids = child_ids
        self.participation = participation
        self.omissions: list[Omission] = []
        self.relations: list[Relation] = []

    def id(self, kind: str, *keys: str) -> str:
        return derived_id(self.case.id, kind, *keys, self.child.id)

    def omit(self, path: str, element: str, reason: str) -> None:
        self.omissions.append(Omission(path=path, element=element, reason=reason))

    def relate(self, from_id: str, from_type: str, to_id: str, to_type: str) -> None:
        self.relations.append(
            Relation(
                id=derived_id(self.case.id, "Relasjon", from_id, to_id),
                from_id=from_id,
                from_type=from_type,
                to_id=to_id,
                to_type=to_type,
            )
        )

    def build(self) -> RegisterCase:
        reports = self.reports()
        investigations = self.investigations()
        decisions, measures = self.decisions()
        return RegisterCase(
            id=self.id("Sak"),
            case_id=self.case.id,
            child=self.child.id,
            path=f"$.subjects[{self.position}]",
            journal_number=self.case.id,
            start=self.start,
            end=self.walk.closed_on,
            birth_date=self.child.birth_date,
            personalia=self.personalia(),
            reports=reports,
            investigations=investigations,
            measures=measures,
            decisions=decisions,
            relations=tuple(self.relations),
            omissions=tuple(self.omissions),
        )

    def personalia(self) -> Personalia | None:
        person = self.child
        index = next(i for i, p in enumerate(self.case.family.persons) if p.id == person.id)
        path = f"$.family.persons[{index}]"
        number = person.identity_number
        if number is None or number.country is not Country.NO or person.birth_date is None:
            self.omit(path, "Personalia", "no Norwegian identity number is recorded for the child")
            return None
        sex = codes.SEX.code_for(person.sex, on=max(self.start, _REGISTER_BEGAN))
        if sex is None:
            # The ninth digit is even for women and girls, odd for men and boys.
            sex = "2" if int(number.number[8]) % 2 == 0 else "1"
        return Personalia(
            id=self.id("Personalia"),
            path=path,
            start=self.start,
            person=person,
            number=number.number,
            sex=sex,
        )

    def reports(self) -> tuple[Report, ...]:
        found = []
        for report_id, draft in self.walk.reports.items():
            detail = draft.event.report
            if detail is not None and detail.child != self.child.id:
                continue
            path = f"$.history[{draft.index}]"
            day = local_day(draft.event.at)
            report = Report(
                id=self.id("Melding", report_id),
                path=path,
                start=day,
                reporters=self.reporters(draft, path, day),
                contents=self.contents(draft, path, day),
                conclusion=self.report_conclusion(draft, path),
            )
            found.append(report)
            if draft.investigation is not None:
                self.relate(
                    report.id,
                    "Melding",
                    self.id("Undersokelse", str(draft.investigation.index)),
                    "Undersokelse",
                )
        return tuple(found)

    def reporters(self, draft: _ReportDraft, path: str, day: dt.date) -> tuple[Coded, ...]:
        detail = draft.event.report
        row = None
        if detail is not None and detail.reporter_agency is not None:
            row = codes.REPORTER.row_for(detail.reporter_agency, on=day)
        if row is None or row.code is None:
            row = codes.REPORTER.row_for(draft.event.reporter_kind, on=day)
        if row is None or row.code is None:
            self.omit(path, "Melding/Melder", "the kind of reporter has no code in the register")
            return ()
        return (Coded(code=row.code, specification=row.specification),)

    def contents(self, draft: _ReportDraft, path: str, day: dt.date) -> tuple[Coded, ...]:
        detail = draft.event.report
        if detail is None:
            self.omit(path, "Melding/Saksinnhold", "the report is not recorded in detail")
            return ()
        found: dict[str, Coded] = {}
        for concern in detail.concerns:
            row = codes.REPORT_CONTENT.row_for(concern, on=day)
            if row is None or row.code is None:
                self.omit(path, "Melding/Saksinnhold", "a category of concern has no code then")
                continue
            found.setdefault(row.code, Coded(code=row.code, specification=row.specification))
        return tuple(found.values())

    def report_conclusion(self, draft: _ReportDraft, path: str) -> Conclusion | None:
        if draft.outcome is None:
            return None
        outcome, day = draft.outcome
        code = codes.REPORT_CONCLUSION.code_for(outcome, on=day)
        if code is None:
            self.omit(path, "Melding/Konklusjon", "the register's code depends on why it closed")
            return None
        return Conclusion(on=day, code=code)

    def investigations(self) -> tuple[Investigation, ...]:
        found = []
        for draft in self.walk.investigations:
            path = f"$.history[{draft.index}]"
            found.append(
                Investigation(
                    id=self.id("Undersokelse", str(draft.index)),
                    path=path,
                    start=draft.start,
                    extended_on=draft.extended_on,
                    participation=self.participation_in(draft),
                    conclusion=self.investigation_conclusion(draft, path),
                )
            )
        return tuple(found)

    def participation_in(self, draft: _InvestigationDraft) -> tuple[dt.date, str] | None:
        if self.participation is None:
            return None
        given = self.participation(self.case, self.child.id, draft.index)
        if given is None:
            return None
        code = codes.PARTICIPATION.code_for(given.kind, on=given.on)
        return None if code is None else (given.on, code)

    def investigation_conclusion(self, draft: _InvestigationDraft, path: str) -> Conclusion | None:
        if draft.superseded:
            self.omit(path, "Undersokelse/Konklusjon", "a new investigation replaced it")
            return None
        if draft.end is None:
            return None
        if draft.outcome is None:
            self.omit(
                path,
                "Undersokelse/Konklusjon",
                "its code depends on what follows the conclusion: a decision or a closing",
            )
            return None
        code = codes.INVESTIGATION_CONCLUSION.code_for(draft.outcome, on=draft.end)
        if code is None:
            self.omit(path, "Undersokelse/Konklusjon", "how it ended has no code then")
            return None
        return Conclusion(on=draft.end, code=code)

    def decisions(self) -> tuple[tuple[Decision, ...], tuple[Measure, ...]]:
        decisions: list[Decision] = []
        measures: list[Measure] = []
        for index, event in self.walk.decisions.items():
            named = {i.for_person for i in (*event.granted, *event.refused)} | set(
                event.child_needs
            )
            mine = named & self.child_ids
            if mine and self.child.id not in mine:
                continue
            path = f"$.history[{index}]"
            day = local_day(event.at)
            relevant = [
                (k, i)
                for k, i in enumerate(event.granted)
                if i.for_person == self.child.id or i.for_person not in self.child_ids
            ]
            refused = [
                i
                for i in event.refused
                if i.for_person == self.child.id or i.for_person not in self.child_ids
            ]
            coded = [
                (k, i)
                for k, i in relevant
                if codes.MEASURE_CATEGORY.code_for(i.kind, on=day) is not None
            ]
            for k, intervention in relevant:
                if (k, intervention) not in coded:
                    self.omit(
                        f"{path}.granted[{k}]",
                        "Tiltak",
                        "the kind of intervention has no category in the register",
                    )
            any_refused = any(
                codes.MEASURE_CATEGORY.code_for(i.kind, on=day) is not None for i in refused
            )
            if not (coded or any_refused):
                self.omit(path, "Vedtak", "no measure it decided has a category in the register")
                continue
            decision = self.decision(index, path, day, coded)
            decisions.append(decision)
            for investigation in self.walk.investigations:
                if investigation.decision == index:
                    self.relate(
                        self.id("Undersokelse", str(investigation.index)),
                        "Undersokelse",
                        decision.id,
                        "Vedtak",
                    )
            for k, intervention in coded:
                measure = self.measure(intervention, f"{path}.granted[{k}]", day)
                if measure is not None:
                    measures.append(measure)
                    self.relate(decision.id, "Vedtak", measure.id, "Tiltak")
        return tuple(decisions), tuple(measures)

    def decision(
        self,
        index: int,
        path: str,
        day: dt.date,
        coded: list[tuple[int, Intervention]],
    ) -> Decision:
        decision_id = self.id("Vedtak", str(index))

        def status(kind: DecisionStatus, on: dt.date) -> Status:
            code = codes.DECISION_STATUS.code_for(kind, on=max(on, _REGISTER_BEGAN))
            assert code is not None  # noqa: S101 - every status has a code from 2022
            status_id = derived_id(self.case.id, "Status", decision_id, kind.value)
            return Status(id=status_id, on=on, code=code)

        end = None
        statuses: tuple[Status, ...]
        if not coded:
            statuses = (status(DecisionStatus.REFUSED, day),)
            end = day
        else:
            statuses = (status(DecisionStatus.GRANTED, day),)
            ends = [self.walk.interventions[i.id].ended for _, i in coded]
            if all(e is not None for e in ends):
                end = max(e for e in ends if e is not None)
                statuses = (*statuses, status(DecisionStatus.ENDED, end))
        return Decision(
            id=decision_id,
            path=path,
            start=day,
            basis=codes.support_measure_basis(day),
            statuses=statuses,
            end=end,
        )

    def measure(self, intervention: Intervention, path: str, decided: dt.date) -> Measure | None:
        draft = self.walk.interventions[intervention.id]
        if draft.started is None:
            return None  # reported once it is put into effect
        row = codes.MEASURE_CATEGORY.row_for(intervention.kind, on=decided)
        assert row is not None  # noqa: S101 - only coded interventions come here
        assert row.code is not None  # noqa: S101
        return Measure(
            id=self.id("Tiltak", intervention.id),
            path=path,
            start=draft.started,
            basis=codes.support_measure_basis(decided),
            category=Coded(code=row.code, specification=row.specification),
            end=draft.ended,
        )
