"""Rules on young people who use violence: a child in the library's sense, not an adult perpetrator.

A perpetrator under 18 is reported to social services or the child welfare service as a child
at risk (Sweden: the duty to report of SoL 14 kap. 1 §; Norway: barnevernsloven § 13-2, which
names serious behavioural problems), and the young person's own situation is assessed. The
rule on change-oriented support for adults who use violence (SE-PERPETRATOR-SUPPORT-NOT-DECIDED)
leaves them out. A finding cites the act in force when the first violence was recorded.
Young people are found with
:func:`~familyviolence.young_perpetrators.young_perpetrators`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from familyviolence.cases import Case
from familyviolence.events import ReportOfConcernReceived
from familyviolence.law import LegalReference
from familyviolence.rules import Check, Hit, Rule, RuleContext, RuleSet, Severity, hit, rule
from familyviolence.rules.practice import GOOD_PRACTICE
from familyviolence.vocabulary import Jurisdiction, Labels
from familyviolence.young_perpetrators import YoungPerpetrator, young_perpetrators

__all__ = ["YOUNG_PERPETRATOR_RULES"]

_SE_NEW_ACT_FROM = dt.date(2025, 7, 1)
_NO_NEW_ACT_FROM = dt.date(2023, 1, 1)

_SOL_OLD = LegalReference(statute="SoL 2001:453", provision="14 kap. 1 §", verified=True)
_SOL_NEW = LegalReference(
    statute="SoL 2025:400",
    verified=False,
    note="the duty to report concern for a child; its number in SoL 2025:400 is not confirmed: "
    "cited by name",
)
_BVL_NEW = LegalReference(statute="barnevernsloven 2021:97", provision="§ 13-2", verified=True)
_BVL_OLD = LegalReference(
    statute="barnevernloven 1992:100 (old act)", provision="§ 6-4", verified=True
)


def _incident_path(case: Case, young: YoungPerpetrator) -> str:
    first = young.incidents[0]
    return f"$.incidents[{next(k for k, i in enumerate(case.incidents) if i.id == first)}]"


def _first_day(case: Case, young: YoungPerpetrator) -> dt.date | None:
    """The first day the young person's first violence can have happened, if known."""
    first = next(i for i in case.incidents if i.id == young.incidents[0])
    return first.when.earliest


def _concerns(case: Case, report_ids: tuple[str, ...], person: str) -> bool:
    """Whether reports ``report_ids`` concern ``person``, as far as the data says.

    A report in detail names its child; one not recorded in detail is about the case's subjects.
    """
    named = [r.child for r in (case.report(i) for i in report_ids) if r is not None]
    return person in named if named else person in case.subjects


def _reported(case: Case, person: str, since: dt.date | None, on: dt.date) -> bool:
    """Whether a report of concern about ``person`` was received from ``since`` to ``on``.

    A report received before the violence can have happened is not about it.
    """
    for _, event in case.events(ReportOfConcernReceived):
        if not isinstance(event, ReportOfConcernReceived):
            continue
        day = event.at.date()
        if day > on or (since is not None and day < since):
            continue
        if _concerns(case, (event.report_id,), person):
            return True
    return False


def _not_reported(old: LegalReference, new: LegalReference, new_from: dt.date) -> Check:
    """The check, each finding citing the act in force when the first violence was recorded.

    The duty to report arises when the concern becomes known: an incident recorded under the
    old act is judged, and cited, by it whenever the case is read.
    """

    def check(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
        for young in young_perpetrators(case, on=on):
            if _reported(case, young.person, _first_day(case, young), on):
                continue
            first = next(i for i in case.incidents if i.id == young.incidents[0])
            reference = new if first.recorded_at.date() >= new_from else old
            yield hit(_incident_path(case, young), young.person, reference=reference)

    return check


_MESSAGE = Labels(
    sv="En ung person under 18 har utövat våld, men ingen orosanmälan om hen finns i ärendet.",
    nb="En ungdom under 18 har utøvd vold, men ingen bekymringsmelding om ungdommen finnes i "
    "saken.",
    en="A young person under 18 used violence, but the case holds no report of concern about them.",
)
_GIVEN = "a person recorded as using violence in an incident while under 18"
_WHEN = (
    "the case holds no report of concern about the young person received on or after the first "
    "day their violence can have happened (a report in detail naming them, or a report about "
    "the case's subjects when they are one)"
)
_THEN = (
    "the young person is a child at risk: a report of concern is made about them, so that "
    "their own situation is assessed, whatever is done about the violence"
)


def _version(
    rule_id: str,
    jurisdiction: Jurisdiction,
    reference: LegalReference,
    check: Check,
    valid: tuple[dt.date | None, dt.date | None],
) -> Rule:
    return Rule(
        id=rule_id,
        jurisdiction=jurisdiction,
        severity=Severity.WARNING,
        reference=reference,
        message=_MESSAGE,
        given=_GIVEN,
        when=_WHEN,
        then=_THEN,
        check=check,
        valid_from=valid[0],
        valid_to=valid[1],
    )


@rule(
    id="PRACTICE-YOUNG-PERPETRATOR-OWN-SITUATION",
    severity=Severity.WARNING,
    reference=GOOD_PRACTICE,
    message=Labels(
        sv="Den unga personens egen situation är inte utredd i ärendet.",
        nb="Ungdommens egen situasjon er ikke undersøkt i saken.",
        en="The young person's own situation has not been investigated in the case.",
    ),
    given="a person recorded as using violence in an incident while under 18",
    when="the young person is not a subject of the case, or no investigation about them (by "
    "its reports, or the case's subjects where they are not recorded in detail) was open on or "
    "after the first day their violence can have happened (their situation may be "
    "investigated in a case of their own, which the library "
    "cannot see: then this finding says to link it)",
    then="the young person's own situation is investigated as a child's: home, school, "
    "substance use, their own exposure to violence, and whether a victim lives in the same "
    "home; treatment for young people, not the programmes for adults",
)
def _own_situation(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    for young in young_perpetrators(case, on=on):
        if not (young.person in case.subjects and _investigated(case, young, on)):
            yield hit(_incident_path(case, young), young.person)


def _investigated(case: Case, young: YoungPerpetrator, on: dt.date) -> bool:
    """Whether an investigation about the young person was open on or after their first violence.

    One concluded before the violence can have happened did not look at it.
    """
    since = _first_day(case, young)
    return any(
        x.opened_at.date() <= on
        and (since is None or x.concluded_at is None or x.concluded_at.date() >= since)
        and _concerns(case, (*x.reports, *x.joined), young.person)
        for x in case.state.investigations
    )


_SE_NOT_REPORTED = _not_reported(_SOL_OLD, _SOL_NEW, _SE_NEW_ACT_FROM)
_NO_NOT_REPORTED = _not_reported(_BVL_OLD, _BVL_NEW, _NO_NEW_ACT_FROM)

YOUNG_PERPETRATOR_RULES = RuleSet(
    rules=(
        _version(
            "SE-YOUNG-PERPETRATOR-NOT-REPORTED",
            Jurisdiction.SE,
            _SOL_OLD,
            _SE_NOT_REPORTED,
            (None, _SE_NEW_ACT_FROM - dt.timedelta(days=1)),
        ),
        _version(
            "SE-YOUNG-PERPETRATOR-NOT-REPORTED",
            Jurisdiction.SE,
            _SOL_NEW,
            _SE_NOT_REPORTED,
            (_SE_NEW_ACT_FROM, None),
        ),
        _version(
            "NO-YOUNG-PERPETRATOR-NOT-REPORTED",
            Jurisdiction.NO,
            _BVL_OLD,
            _NO_NOT_REPORTED,
            (None, _NO_NEW_ACT_FROM - dt.timedelta(days=1)),
        ),
        _version(
            "NO-YOUNG-PERPETRATOR-NOT-REPORTED",
            Jurisdiction.NO,
            _BVL_NEW,
            _NO_NOT_REPORTED,
            (_NO_NEW_ACT_FROM, None),
        ),
        _own_situation,
    )
)
"""The rules on young people who use violence: Swedish, Norwegian and of good practice."""
