"""The practice rule on other needs: substance misuse or mental ill-health referred to health care.

A perpetrator clinic works on the violence; substance misuse and mental ill-health are treated
by health care beside it (the clinic in the seed documents refers them on). No statute read
requires the referral of a violence programme: it is a practice rule. Sweden's joint agreements
between regions and municipalities on substance misuse, and Norway's municipal duty to offer
health and care services (helse- og omsorgstjenesteloven), are the frame it works in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from familyviolence import _case_facts as facts
from familyviolence.cases import Case
from familyviolence.collaboration import RequestedService, TreatmentStarted
from familyviolence.needs import NeedKind
from familyviolence.rules import Hit, RuleContext, RuleSet, Severity, hit, rule
from familyviolence.rules.practice import GOOD_PRACTICE
from familyviolence.vocabulary import AgencyKind, Labels

__all__ = ["HEALTH_CARE_KINDS", "NEEDS_RULES"]

HEALTH_CARE_KINDS = frozenset(
    {AgencyKind.HEALTH_CARE, AgencyKind.PSYCHIATRY, AgencyKind.FORENSIC_PSYCHIATRY}
)
"""The kinds of agency a referral for substance misuse or mental ill-health may go to."""

# What a referral to health care must ask for to answer a need: the care of its kind, or an
# assessment or treatment not named further.
_ANSWERS = {
    NeedKind.SUBSTANCE_MISUSE: frozenset(
        {
            RequestedService.SUBSTANCE_ABUSE_TREATMENT,
            RequestedService.ASSESSMENT,
            RequestedService.TREATMENT,
        }
    ),
    NeedKind.MENTAL_ILL_HEALTH: frozenset(
        {RequestedService.PSYCHIATRIC_CARE, RequestedService.ASSESSMENT, RequestedService.TREATMENT}
    ),
}


def _in_programme(case: Case, person: str, on: dt.date) -> bool:
    """Whether the person is granted perpetrator treatment, or started it at a clinic, by ``on``."""
    granted = any(
        x.for_person == person and x.kind in facts.PERPETRATOR_TREATMENT
        for _, decision in facts.decisions(case)
        if decision.at.date() <= on
        for x in decision.granted
    )
    return granted or any(
        isinstance(step, TreatmentStarted) and step.on <= on
        for pathway in case.pathways_of(person)
        for step in pathway.steps
    )


@rule(
    id="PRACTICE-NEED-WITHOUT-HEALTH-REFERRAL",
    severity=Severity.WARNING,
    reference=GOOD_PRACTICE,
    message=Labels(
        sv="Ett behov ({need}) är dokumenterat för en person i behandling för våldsutövare, "
        "men ingen remiss till hälso- och sjukvården finns.",
        nb="Et behov ({need}) er dokumentert for en person i behandling for voldsutøvere, "
        "men ingen henvisning til helsetjenesten finnes.",
        en="A need ({need}) is recorded for a person in a violence programme, but there is no "
        "referral to health care.",
    ),
    given="a need of substance misuse or mental ill-health recorded for a person who is granted "
    "perpetrator treatment or has started treatment at a perpetrator clinic",
    when="the need is in force and no referral of the person has been sent to health care, "
    "psychiatry or forensic psychiatry asking for the care the need calls for (substance-abuse "
    "treatment or psychiatric care, by the need's kind) or for an assessment or treatment",
    then="the need is referred to health care beside the violence programme, as the "
    "perpetrator clinic works",
)
def _need_not_referred(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    for n, need in enumerate(case.needs):
        if not need.in_force(on=on) or not _in_programme(case, need.person, on):
            continue
        answers = _ANSWERS[need.kind]
        referred = any(
            r.sent_on <= on
            and r.to_agency.kind in HEALTH_CARE_KINDS
            and any(a in answers for a in r.asks)
            for r in case.referrals_of(need.person)
        )
        if not referred:
            yield hit(f"$.needs[{n}]", need.person, need=need.kind)


NEEDS_RULES = RuleSet(rules=(_need_not_referred,))
"""The practice rule on needs of care beside the violence programme."""
