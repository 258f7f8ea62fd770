"""Hypothesis strategies that generate *valid* objects of the library's types.

Every function returns a :class:`~hypothesis.strategies.SearchStrategy`; the objects it
generates satisfy every invariant of their type, so a test can use them as input without
filtering. The same strategies are registered for :func:`hypothesis.strategies.from_type`
when the ``testing`` extra is installed.

>>> from hypothesis import given
>>> from familyviolence.testing import strategies as fvst
>>> @given(fvst.family_systems())
... def test_a_parent_is_listed_by_their_children(family):
...     for person in family.persons:
...         for child in family.children_of(person.id):
...             assert person in family.parents_of(child.id)
>>> test_a_parent_is_listed_by_their_children()
"""

from familyviolence.testing._strategies.agencies import (
    agencies,
    collaboration_agreements,
    directories,
    professionals,
    routines,
    trainings,
)
from familyviolence.testing._strategies.cases import cases
from familyviolence.testing._strategies.conferences import (
    conference_actions,
    information_shares,
    risk_conferences,
)
from familyviolence.testing._strategies.disclosure import (
    consents,
    disclosure_decisions,
    disclosure_ground_rules,
    disclosure_outcomes,
    disclosure_requests,
    grounds_considered,
    human_judgements,
    judgement_conditions,
    recorded_judgements,
    suspected_offences,
    withholdings,
)
from familyviolence.testing._strategies.events import actors, case_events, interventions
from familyviolence.testing._strategies.incidents import child_exposures, incident_times, incidents
from familyviolence.testing._strategies.instruments import (
    assessments,
    assessor_qualifications,
    band_levels,
    instrument_catalogues,
    instrument_definitions,
    risk_mappings,
    weight_tables,
)
from familyviolence.testing._strategies.pathways import clinic_pathways, pathway_steps
from familyviolence.testing._strategies.people import (
    family_systems,
    households,
    identity_numbers,
    names,
    persons,
    relationships,
)
from familyviolence.testing._strategies.privacy import (
    birth_years,
    pseudonymised_cases,
    redacted_cases,
    redaction_markers,
    redactions,
)
from familyviolence.testing._strategies.referrals import (
    commissions,
    promised_reports,
    referral_changes,
    referrals,
)
from familyviolence.testing._strategies.registers import (
    case_systems,
    child_participations,
    code_lists,
    code_mappings,
    controls_not_applicable,
    legal_bases,
    mapping_tables,
    omissions,
    register_codes,
    register_documents,
    reporting_agencies,
)
from familyviolence.testing._strategies.reporting import (
    reporting_duty_answers,
    reporting_duty_rules,
    reports_of_concern,
)
from familyviolence.testing._strategies.responsibility import (
    access_decisions,
    access_report_lines,
    approvals,
    assignments,
    audit_logs,
    chain_breaks,
    chain_heads,
    decision_makers,
    delegations,
    external_reviews,
    responsibility_decisions,
    responsible_agencies,
    responsible_agency_histories,
    staff_ties,
    transfer_requests,
)
from familyviolence.testing._strategies.risk import (
    assessed_risks,
    assessment_currencies,
    criteria_met,
    current_risks,
    referral_criteria,
)
from familyviolence.testing._strategies.rules import evaluations, findings, rule_contexts, rule_sets
from familyviolence.testing._strategies.safety import (
    accompanying_children,
    address_protection_measures,
    contact_ban_breaches,
    contact_bans,
    other_measures,
    perpetrator_housings,
    plan_actions,
    plan_gaps,
    plan_risks,
    protected_housings,
    protective_measures,
    safety_plans,
)
from familyviolence.testing._strategies.statistics import (
    assessment_rows,
    case_rows,
    deadline_rows,
    exposure_rows,
    incident_rows,
    intervention_rows,
    partner_contact_rows,
    statistics_views,
)
from familyviolence.testing._strategies.values import ids, legal_references, periods

__all__ = [
    "access_decisions",
    "access_report_lines",
    "accompanying_children",
    "actors",
    "address_protection_measures",
    "agencies",
    "approvals",
    "assessed_risks",
    "assessment_currencies",
    "assessment_rows",
    "assessments",
    "assessor_qualifications",
    "assignments",
    "audit_logs",
    "band_levels",
    "birth_years",
    "case_events",
    "case_rows",
    "case_systems",
    "cases",
    "chain_breaks",
    "chain_heads",
    "child_exposures",
    "child_participations",
    "clinic_pathways",
    "code_lists",
    "code_mappings",
    "collaboration_agreements",
    "commissions",
    "conference_actions",
    "consents",
    "contact_ban_breaches",
    "contact_bans",
    "controls_not_applicable",
    "criteria_met",
    "current_risks",
    "deadline_rows",
    "decision_makers",
    "delegations",
    "directories",
    "disclosure_decisions",
    "disclosure_ground_rules",
    "disclosure_outcomes",
    "disclosure_requests",
    "evaluations",
    "exposure_rows",
    "external_reviews",
    "family_systems",
    "findings",
    "grounds_considered",
    "households",
    "human_judgements",
    "identity_numbers",
    "ids",
    "incident_rows",
    "incident_times",
    "incidents",
    "information_shares",
    "instrument_catalogues",
    "instrument_definitions",
    "intervention_rows",
    "interventions",
    "judgement_conditions",
    "legal_bases",
    "legal_references",
    "mapping_tables",
    "names",
    "omissions",
    "other_measures",
    "partner_contact_rows",
    "pathway_steps",
    "periods",
    "perpetrator_housings",
    "persons",
    "plan_actions",
    "plan_gaps",
    "plan_risks",
    "professionals",
    "promised_reports",
    "protected_housings",
    "protective_measures",
    "pseudonymised_cases",
    "recorded_judgements",
    "redacted_cases",
    "redaction_markers",
    "redactions",
    "referral_changes",
    "referral_criteria",
    "referrals",
    "register_codes",
    "register_documents",
    "relationships",
    "reporting_agencies",
    "reporting_duty_answers",
    "reporting_duty_rules",
    "reports_of_concern",
    "responsibility_decisions",
    "responsible_agencies",
    "responsible_agency_histories",
    "risk_conferences",
    "risk_mappings",
    "routines",
    "rule_contexts",
    "rule_sets",
    "safety_plans",
    "staff_ties",
    "statistics_views",
    "suspected_offences",
    "trainings",
    "transfer_requests",
    "weight_tables",
    "withholdings",
]
