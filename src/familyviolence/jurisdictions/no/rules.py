"""Norway's rule pack: what the Child Welfare Act requires of the handling of a report.

Every rule here reads the deadlines of :data:`~familyviolence.jurisdictions.no.NORWAY`: the review
of a report, the investigation and its outer limit, and feedback to a public reporter, under
the 2021 act or the old act according to when each time limit started to run.
"""

from __future__ import annotations

from familyviolence.jurisdictions._time_limit_rules import (
    extension_beyond_limit_rule,
    met_late_rule,
    overdue_rule,
)
from familyviolence.jurisdictions.no import NORWAY
from familyviolence.process import DeadlineKind
from familyviolence.rules import RuleSet
from familyviolence.vocabulary import Labels

__all__ = ["NORWAY_DEADLINE_RULES", "NORWAY_RULES"]

_FEEDBACK_GIVEN = "a report of concern from a public reporter"

NORWAY_DEADLINE_RULES = RuleSet(
    rules=(
        overdue_rule(
            NORWAY,
            DeadlineKind.REVIEW,
            rule_id="NO-REVIEW-OVERDUE",
            message=Labels(
                sv="Genomgången av anmälan {report_id} skulle ha avslutats senast {due} och är "
                "inte avslutad.",
                nb="Gjennomgangen av melding {report_id} skulle vært avsluttet innen {due} og er "
                "ikke avsluttet.",
                en="The review of report {report_id} was due on {due} and has not been concluded.",
            ),
            given="a report of concern received by the child welfare service",
            when="no review is concluded by its due date",
            then="the service decides to investigate or to close the report",
        ),
        overdue_rule(
            NORWAY,
            DeadlineKind.INVESTIGATION,
            rule_id="NO-INVESTIGATION-OVERDUE",
            message=Labels(
                sv="Utredningen skulle ha avslutats senast {due} och pågår fortfarande.",
                nb="Undersøkelsen skulle vært avsluttet innen {due} og pågår fortsatt.",
                en="The investigation was due to be completed on {due} and is still open.",
            ),
            given="an investigation by the child welfare service",
            when="it is still open after its due date, extensions included",
            then="it is completed in time; in special cases it may be extended, up to the "
            "outer limit",
        ),
        overdue_rule(
            NORWAY,
            DeadlineKind.FEEDBACK_ON_RECEIPT,
            rule_id="NO-FEEDBACK-ON-RECEIPT-OVERDUE",
            message=Labels(
                sv="Återkoppling till anmälaren om att anmälan {report_id} tagits emot skulle "
                "ha getts senast {due} och har inte getts.",
                nb="Tilbakemelding til melderen om at melding {report_id} er mottatt, skulle "
                "vært gitt innen {due} og er ikke gitt.",
                en="Feedback to the reporter of report {report_id} on its receipt was due on "
                "{due} and has not been given.",
            ),
            given=_FEEDBACK_GIVEN,
            when="no feedback on its receipt is recorded by the due date",
            then="the reporter is told the report was received and whether it is investigated",
        ),
        overdue_rule(
            NORWAY,
            DeadlineKind.FEEDBACK_ON_OUTCOME,
            rule_id="NO-FEEDBACK-ON-OUTCOME-OVERDUE",
            message=Labels(
                sv="Återkoppling till anmälaren av anmälan {report_id} om utredningens utfall "
                "skulle ha getts senast {due} och har inte getts.",
                nb="Tilbakemelding til melderen av melding {report_id} om utfallet av "
                "undersøkelsen skulle vært gitt innen {due} og er ikke gitt.",
                en="Feedback to the reporter of report {report_id} on the investigation's "
                "outcome was due on {due} and has not been given.",
            ),
            given=f"{_FEEDBACK_GIVEN} that led to an investigation, once it is concluded",
            when="no feedback on the outcome is recorded by the due date",
            then="the reporter is told the investigation's outcome",
        ),
        extension_beyond_limit_rule(
            NORWAY,
            rule_id="NO-INVESTIGATION-EXTENDED-BEYOND-LIMIT",
            message=Labels(
                sv="Utredningen förlängdes till {due}, längre än lagen tillåter ({limit}).",
                nb="Undersøkelsen ble forlenget til {due}, lenger enn loven tillater ({limit}).",
                en="The investigation was extended to {due}, beyond the latest date the law "
                "allows ({limit}).",
            ),
        ),
        met_late_rule(
            NORWAY,
            rule_id="NO-DEADLINE-MET-LATE",
            message=Labels(
                sv="Tidsfristen för {deadline} hölls inte: gjord {done}, senast {due}.",
                nb="Fristen for {deadline} ble ikke overholdt: gjort {done}, frist {due}.",
                en="The time limit for the {deadline} was not met: done on {done}, due on {due}.",
            ),
        ),
    )
)
"""Norway's time limits as rules: overdue or beyond the outer limit an error, met late a
warning."""

NORWAY_RULES = RuleSet(rules=(*NORWAY_DEADLINE_RULES,))
"""Norway's rule pack: run on Norwegian cases by default."""
