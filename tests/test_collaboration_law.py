"""The jurisdiction data of collaboration: grounds and duties cite the law as RULES.md gives it."""

import datetime as dt
import itertools

import pytest

from familyviolence import AgencyKind, Jurisdiction
from familyviolence.collaboration import LegalGround, ReportingDuty
from familyviolence.jurisdictions import DEFAULT_GROUNDS, DEFAULT_REPORTING_DUTIES
from familyviolence.jurisdictions import no as no_collaboration
from familyviolence.jurisdictions import se as se_collaboration

ALL_RULES = [
    *se_collaboration.DISCLOSURE_GROUNDS,
    *no_collaboration.DISCLOSURE_GROUNDS,
    *se_collaboration.REPORTING_DUTIES,
    *se_collaboration.PROPOSED_REPORTERS_2026,
    *no_collaboration.REPORTING_DUTIES,
]
REFERENCES = [
    ref
    for rule in ALL_RULES
    for ref in (rule.reference, *getattr(rule, "also", ()), getattr(rule, "equivalent", None))
    if ref is not None
]


def test_swedens_closed_list_of_grounds():
    assert {r.ground for r in se_collaboration.DISCLOSURE_GROUNDS} == {
        LegalGround.CONSENT,
        LegalGround.NECESSARY_FOR_OWN_WORK,
        LegalGround.DUTY_BY_LAW,
        LegalGround.MINORS_CARE,
        LegalGround.YOUTH_CRIME_PREVENTION,
        LegalGround.SERIOUS_VIOLENCE_PREVENTION,
        LegalGround.CRIME_AGAINST_CHILD,
        LegalGround.SERIOUS_CRIME,
        LegalGround.SERIOUS_CRIME_ATTEMPT,
        LegalGround.GENERAL_CLAUSE,
    }


def test_norways_closed_list_of_grounds():
    # forvaltningsloven §§ 13 a, 13 b nr. 5-7; the child welfare act; helsepersonelloven
    # §§ 23, 31, 33; straffeloven § 196; politiregisterloven.
    assert {r.ground for r in no_collaboration.DISCLOSURE_GROUNDS} == {
        LegalGround.CONSENT,
        LegalGround.DUTY_BY_LAW,
        LegalGround.DUTY_TO_AVERT,
        LegalGround.NECESSARY_FOR_OWN_WORK,
        LegalGround.REPORTING_OFFENCES,
        LegalGround.AVERT_DANGER,
        LegalGround.OVERRIDING_INTEREST,
        LegalGround.POLICE_SHARING,
    }
    cited = {str(r.reference) for r in no_collaboration.DISCLOSURE_GROUNDS if r.reference.verified}
    assert {
        "forvaltningsloven § 13 b nr. 5",
        "forvaltningsloven § 13 b nr. 6",
        "forvaltningsloven § 13 b nr. 7",
        "helsepersonelloven § 23",
        "helsepersonelloven § 31",
        "helsepersonelloven § 33",
        "straffeloven § 196",
    } <= cited


def test_the_general_clause_is_never_available_for_social_services_or_health_care_secrecy():
    (clause,) = [
        r for r in se_collaboration.DISCLOSURE_GROUNDS if r.ground is LegalGround.GENERAL_CLAUSE
    ]
    assert not clause.available
    assert clause.reference.provision == "10 kap. 27 §"
    assert not clause.reference.verified  # likely; no source found (RULES.md)
    assert set(clause.disclosers) == {
        k for k in AgencyKind if k.is_social_services or k.is_health_care
    }


@pytest.mark.parametrize(
    ("rule_id", "cited"),
    [
        ("SE-DISCLOSURE-CONSENT", "OSL 2009:400 12 kap. 2 §"),
        ("SE-DISCLOSURE-OWN-WORK", "OSL 2009:400 10 kap. 2 §"),
        ("SE-DISCLOSURE-DUTY-TO-INFORM", "OSL 2009:400 10 kap. 28 §"),
        ("SE-DISCLOSURE-MINORS-CARE-SOCIAL-SERVICES", "OSL 2009:400 26 kap. 9 §"),
        ("SE-DISCLOSURE-MINORS-CARE-HEALTH-CARE", "OSL 2009:400 25 kap. 12 §"),
        ("SE-DISCLOSURE-SERIOUS-VIOLENCE", "OSL 2009:400 10 kap. 18 c §"),
        ("SE-DISCLOSURE-CRIME-AGAINST-CHILD", "OSL 2009:400 10 kap. 21 §"),
    ],
)
def test_each_swedish_ground_cites_its_provision_as_rules_md_gives_it(rule_id, cited):
    rules = [r for r in se_collaboration.DISCLOSURE_GROUNDS if r.id == rule_id]
    assert rules
    assert {str(r.reference) for r in rules} == {cited}
    assert all(r.reference.verified for r in rules)


@pytest.mark.parametrize(
    ("rule_id", "provision"),
    [
        ("SE-DISCLOSURE-YOUTH-CRIME", "10 kap. 18 a §"),
        ("SE-DISCLOSURE-SERIOUS-CRIME", "10 kap. 23 §"),
        ("SE-DISCLOSURE-SERIOUS-CRIME-ATTEMPT", "10 kap. 24 §"),
    ],
)
def test_grounds_without_a_recorded_source_are_marked_unverified(rule_id, provision):
    (rule,) = [r for r in se_collaboration.DISCLOSURE_GROUNDS if r.id == rule_id]
    assert rule.reference.provision == provision
    assert not rule.reference.verified
    assert rule.reference.note


def test_the_violence_ground_applies_from_1_august_2021():
    (rule,) = [
        r
        for r in se_collaboration.DISCLOSURE_GROUNDS
        if r.ground is LegalGround.SERIOUS_VIOLENCE_PREVENTION
    ]
    assert rule.valid_from == dt.date(2021, 8, 1)


def test_no_section_of_the_new_swedish_act_is_invented():
    for ref in REFERENCES:
        if ref.statute == "SoL 2025:400":
            assert ref.provision is None
            assert not ref.verified


def test_unconfirmed_references_say_so():
    unverified = {(r.statute, r.provision) for r in REFERENCES if not r.verified}
    assert ("barnevernsloven 2021:97", None) in unverified
    assert ("prop. 2025/26:12", None) in unverified
    verified = {(r.statute, r.provision) for r in REFERENCES if r.verified}
    assert ("barnevernsloven 2021:97", "§ 13-2") in verified  # bufdir.no (RULES.md)
    for ref in REFERENCES:
        if not ref.verified:
            assert ref.note, ref


def test_confirmed_references_from_rules_md():
    cited = {str(r) for r in REFERENCES if r.verified}
    assert {
        "SoL 2001:453 14 kap. 1 §",
        "SoL 2001:453 14 kap. 1 c §",
        "SoL 2001:453 14 kap. 1 § 3rd para.",
        "helsepersonelloven § 33",
        "straffeloven § 196",
        "barnevernloven 1992:100 (old act) § 6-4",
    } <= cited


def test_the_proposed_wider_reporters_are_opt_in_dated_and_unverified():
    shipped = {r.id for r in DEFAULT_REPORTING_DUTIES[Jurisdiction.SE]}
    for rule in se_collaboration.PROPOSED_REPORTERS_2026:
        assert rule.id not in shipped
        assert rule.valid_from == dt.date(2026, 1, 15)
        assert not rule.reference.verified
        assert rule.duty is ReportingDuty.MUST


@pytest.mark.parametrize(
    "rules",
    [
        *DEFAULT_GROUNDS.values(),
        *DEFAULT_REPORTING_DUTIES.values(),
    ],
    ids=lambda rules: f"{rules[0].jurisdiction.value}-{type(rules[0]).__name__}",
)
def test_versions_of_a_rule_never_apply_on_the_same_day_and_follow_each_other(rules):
    by_id = {}
    for rule in rules:
        by_id.setdefault(rule.id, []).append(rule)
    for versions in by_id.values():
        ordered = sorted(versions, key=lambda r: r.valid_from or dt.date.min)
        for earlier, later in itertools.pairwise(ordered):
            assert earlier.valid_to is not None
            assert later.valid_from == earlier.valid_to + dt.timedelta(days=1)


def test_the_swedish_versions_change_with_the_new_act():
    (old, new) = [
        r for r in se_collaboration.REPORTING_DUTIES if r.id == "SE-REPORTING-AUTHORITIES"
    ]
    assert old.valid_to == dt.date(2025, 6, 30)
    assert new.valid_from == dt.date(2025, 7, 1)
    assert old.equivalent == new.reference
    assert new.equivalent == old.reference
