"""Rules and findings: selections of the shipped rules, rule contexts, findings, evaluations."""

from __future__ import annotations

from hypothesis import strategies as st

from familyviolence.instruments import default_catalogue
from familyviolence.rulebook import default_rules
from familyviolence.rules import Finding, Findings, RuleContext, RuleSet, Severity
from familyviolence.testing._strategies.agencies import collaboration_agreements
from familyviolence.testing._strategies.instruments import assessor_qualifications
from familyviolence.testing._strategies.values import (
    CASES_FROM,
    CASES_UNTIL,
    ids,
    legal_references,
    record_id,
)
from familyviolence.vocabulary import Labels


def rule_sets() -> st.SearchStrategy[RuleSet]:
    """Selections of the shipped rules (:func:`~familyviolence.default_rules`), in their order.

    Rules hold code, so they are not documents: these are not registered for
    :func:`hypothesis.strategies.from_type`.
    """
    rules = default_rules()
    return st.lists(st.sampled_from(rules.ids), unique=True).map(lambda ids: rules.only(*ids))


def rule_contexts() -> st.SearchStrategy[RuleContext]:
    """Contexts with or without the shipped catalogue, assessors' qualifications and agreements."""
    return st.builds(
        RuleContext,
        catalogue=st.none() | st.just(default_catalogue()),
        qualifications=st.none()
        | st.lists(
            assessor_qualifications(), max_size=3, unique_by=lambda q: q.professional_id
        ).map(tuple),
        agreements=st.none()
        | st.lists(collaboration_agreements(), max_size=2, unique_by=record_id).map(tuple),
    )


_PATHS = ("$", "$.history[0]", "$.history[12]", "$.assessments[1]", "$.incidents[0].children[1]")
_MESSAGES = (
    Labels(sv="Skyddsbedömning saknas.", nb="Vurdering mangler.", en="Assessment missing."),
    Labels(sv="Insats {id} avbröts.", nb="Tiltak {id} ble avbrutt.", en="Intervention {id} ended."),
)


def findings() -> st.SearchStrategy[Finding]:
    """Findings of the shipped rules' ids, at paths into a case, concerning persons by id."""
    return st.builds(
        Finding,
        rule_id=st.sampled_from(default_rules().ids),
        severity=st.sampled_from(Severity),
        path=st.sampled_from(_PATHS),
        persons=st.lists(ids(), max_size=2, unique=True).map(tuple),
        reference=legal_references(),
        message=st.sampled_from(_MESSAGES),
    )


def evaluations() -> st.SearchStrategy[Findings]:
    """The findings of a case on a day, as :func:`~familyviolence.evaluate` returns them."""
    return st.builds(
        Findings,
        case_id=ids("case"),
        on=st.dates(CASES_FROM.date(), CASES_UNTIL.date()),
        findings=st.lists(findings(), max_size=4).map(tuple),
        skipped=st.lists(st.sampled_from(default_rules().ids), max_size=2, unique=True).map(tuple),
        failed=st.lists(st.sampled_from(default_rules().ids), max_size=1).map(tuple),
    )
