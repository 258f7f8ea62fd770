"""Redaction: a recipient gets what the disclosure decision permits, and sees what was withheld."""

import datetime as dt
import json
import re

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from familyviolence import (
    AgencyKind,
    Assessment,
    Case,
    Consent,
    DisclosureRequest,
    Household,
    Jurisdiction,
    Period,
    decide_disclosure,
    evolve,
    from_json,
    redact,
    to_dict,
    to_json,
)
from familyviolence.collaboration import Agency, DisclosurePurpose, LegalGround, SuspectedOffence
from familyviolence.disclosure import DisclosureDecision, GroundConsidered
from familyviolence.law import LegalReference
from familyviolence.needs import NeedKind, RecordedNeed
from familyviolence.privacy import (
    FIELD_CATEGORIES,
    MODEL_CATEGORIES,
    STRUCTURE,
    Redacted,
    RedactedCase,
    WithheldBecause,
    shielded_persons,
)
from familyviolence.testing import strategies as fvst
from familyviolence.vocabulary import AddressProtection, DataCategory
from privacy_checks import reachable
from scenario import family, new_case
from scenario_privacy import FATHERS_ADDRESS, MOTHERS_ADDRESS
from scenario_privacy import threat_to_kill as incident

SE = Jurisdiction.SE
PROTECTED = AddressProtection.PROTECTED_REGISTRATION
D = DataCategory
P = DisclosurePurpose
DAY = dt.date(2026, 3, 10)

SOCIAL_SERVICES = Agency(id="malmo-bou", kind=AgencyKind.SOCIAL_SERVICES_CHILDREN, jurisdiction=SE)
POLICE = Agency(id="police-syd", kind=AgencyKind.POLICE, jurisdiction=SE)
SHELTER = Agency(id="jouren", kind=AgencyKind.WOMENS_SHELTER, jurisdiction=SE)

ASKED = (D.IDENTITY, D.WHEREABOUTS, D.HOUSEHOLD, D.INCIDENTS, D.RISK_ASSESSMENTS)


def risk_assessment():
    return Assessment(
        id="assessment-1",
        instrument="patriark",
        version="1",
        subject="father",
        assessor="staff-17",
        assessed_on=dt.date(2026, 3, 5),
    )


def protected_family():
    """The mother lives with the children at a protected address; the father elsewhere."""
    persons = tuple(
        evolve(p, address_protection=PROTECTED, name="Karin Lind")
        if p.id == "mother"
        else evolve(p, name="Jonas Lind")
        if p.id == "father"
        else p
        for p in family().persons
    )
    homes = (
        Household(id="home-mother", members=("mother", "elias", "saga"), address=MOTHERS_ADDRESS),
        Household(id="home-father", members=("father",), address=FATHERS_ADDRESS),
    )
    return evolve(family(), persons=persons, households=homes)


def the_case(**fields):
    return evolve(
        new_case(), family=protected_family(), incidents=(incident(),),
        assessments=(risk_assessment(),), **fields,
    )  # fmt: skip


def police_request(**fields):
    values = {
        "id": "disclosure-1",
        "from_agency": SOCIAL_SERVICES,
        "to_agency": POLICE,
        "person": "father",
        "categories": ASKED,
        "purpose": P.VIOLENCE_PREVENTION,
        "requested_on": DAY,
        # OSL 10 kap. 18 c § needs the feared crime: grov misshandel against the mother.
        "offence": SuspectedOffence(
            penal_code_chapter=3, minimum_penalty_months=12, feared=True, victim="mother"
        ),
    }
    return DisclosureRequest(**(values | fields))


def decision_for(categories, request="disclosure-1", person=None):
    """A decision permitting exactly ``categories`` (for the properties)."""
    ground = GroundConsidered(
        ground=LegalGround.CONSENT,
        rule="se-consent",
        reference=LegalReference(statute="OSL 2009:400", provision="12 kap. 2 §"),
        reason="consent",
        categories=tuple(categories),
    )
    return DisclosureDecision(
        request=request,
        person=person,
        on=DAY,
        jurisdiction=SE,
        permitted=bool(categories),
        categories=tuple(c for c in DataCategory if c in categories),
        relied_on=(ground,) if categories else (),
    )


def paths(redacted):
    return {(r.path, r.reason) for r in redacted.withheld}


# -- scenarios ----------------------------------------------------------------------------------


def test_police_preventing_serious_violence_get_incident_and_risk_data_not_the_mothers_address():
    case = the_case()
    decision = decide_disclosure(police_request(), case, on=DAY)
    assert decision.grounds == (LegalGround.SERIOUS_VIOLENCE_PREVENTION,)
    out = redact(case, decision)
    assert out.case.incidents == case.incidents
    assert out.case.assessments == case.assessments
    assert [h.id for h in out.case.family.households] == ["home-father"]
    assert out.case.family.households[0].address == FATHERS_ADDRESS
    document = to_json(out).decode()
    assert MOTHERS_ADDRESS not in document
    # The decision is about the father: his identity goes, the mother's needs its own decision.
    assert "Jonas Lind" in document
    assert "Karin Lind" not in document
    assert out.case.family.person("mother").name is None
    assert out.case.family.person("mother").protected_identity  # whom to protect, still known
    assert (
        Redacted(
            path="$.family.persons[?(@.id=='mother')].name",
            category=D.IDENTITY,
            reason=WithheldBecause.ANOTHER_PERSON,
        )
        in out.withheld
    )
    marker = Redacted(
        path="$.family.households[?(@.id=='home-mother')]",
        category=D.HOUSEHOLD,
        reason=WithheldBecause.PROTECTED_WHEREABOUTS,
    )
    assert marker in out.withheld
    # The history and the collaboration records were not asked for: withheld, and marked.
    assert ("$.history", WithheldBecause.NOT_PERMITTED) in paths(out)
    assert ("$.family.relationships", WithheldBecause.NOT_PERMITTED) in paths(out)


def test_the_mothers_address_is_removed_whatever_the_decision_permits():
    everything = decision_for(tuple(DataCategory))
    out = redact(the_case(), everything)
    assert MOTHERS_ADDRESS not in to_json(out).decode()
    assert FATHERS_ADDRESS in to_json(out).decode()
    entitled = redact(the_case(), everything, entitled_to_whereabouts=True)
    assert MOTHERS_ADDRESS in to_json(entitled).decode()
    assert entitled.withheld == ()


def shelter_consent(**fields):
    values = {
        "id": "consent-1",
        "person": "mother",
        "given_by": ("mother",),
        "given_on": dt.date(2026, 3, 2),
        "recipient_agencies": ("jouren",),
        "purposes": (P.SUPPORT_AND_CARE,),
        "categories": (D.IDENTITY, D.INCIDENTS),
        "valid": Period(end=dt.date(2026, 12, 31)),
    }
    return Consent(**(values | fields))


def shelter_request():
    return police_request(to_agency=SHELTER, person="mother", purpose=P.SUPPORT_AND_CARE)


def test_a_shelter_with_the_mothers_consent_gets_what_the_consent_covers():
    case = the_case(consents=(shelter_consent(),))
    decision = decide_disclosure(shelter_request(), case, on=DAY)
    assert decision.categories == (D.IDENTITY, D.INCIDENTS)
    out = redact(case, decision)
    assert out.case.incidents == case.incidents
    assert out.case.family.person("mother").name == "Karin Lind"
    # Her consent covers her own identity, not the father's or the children's.
    others = [p for p in out.case.family.persons if p.id != "mother"]
    assert all(p.name is None and p.identity_number is None for p in others)
    assert "Jonas Lind" not in to_json(out).decode()
    assert ("$.family.persons[?(@.id=='father')].name", WithheldBecause.ANOTHER_PERSON) in paths(
        out
    )
    assert out.case.assessments == ()
    assert out.case.family.households == ()
    assert out.case.consents == ()
    assert {p for p, _ in paths(out)} >= {
        "$.assessments", "$.family.households", "$.family.relationships", "$.history",
        "$.consents",
    }  # fmt: skip


def test_after_withdrawal_the_shelter_gets_nothing():
    withdrawn = shelter_consent().withdraw(on=dt.date(2026, 3, 9))
    case = the_case(consents=(withdrawn,))
    decision = decide_disclosure(shelter_request(), case, on=DAY)
    assert not decision.permitted
    out = redact(case, decision)
    assert out.case.incidents == ()
    assert out.case.assessments == ()
    assert all(p.name is None and p.birth_date is None for p in out.case.family.persons)
    document = to_json(out).decode()
    for value in ("Karin Lind", "Jonas Lind", MOTHERS_ADDRESS, FATHERS_ADDRESS, "Threatened"):
        assert value not in document
    # What is left ties the document together: ids, the jurisdiction, who is protected.
    assert [p.id for p in out.case.family.persons] == ["mother", "father", "elias", "saga"]
    assert out.case.family.person("mother").protected_identity


def test_a_withheld_field_is_marked_even_when_it_held_nothing():
    # Otherwise "no incidents" would tell the recipient something the decision withholds.
    out = redact(new_case(), decision_for(()))
    assert ("$.incidents", WithheldBecause.NOT_PERMITTED) in paths(out)
    assert ("$.family.persons[*].name", WithheldBecause.NOT_PERMITTED) in paths(out)


def test_markers_survive_a_json_round_trip():
    out = redact(the_case(), decide_disclosure(police_request(), the_case(), on=DAY))
    assert from_json(RedactedCase, to_json(out)) == out


def test_any_model_can_be_redacted():
    out = redact(incident(), decision_for((D.IDENTITY,)))
    assert out.withheld == (
        Redacted(path="$", category=D.INCIDENTS, reason=WithheldBecause.NOT_PERMITTED),
    )
    assert out.value is None
    assert redact(incident(), decision_for((D.INCIDENTS,))).value == incident()
    alone = redact(protected_family().households[1], decision_for(tuple(DataCategory)))
    # Without the family, no one can tell whether a protected person lives there: removed.
    assert alone.value is None
    assert alone.withheld[0].reason is WithheldBecause.PROTECTED_WHEREABOUTS
    with_family = redact(
        protected_family().households[1], decision_for(tuple(DataCategory)),
        family=protected_family(),
    )  # fmt: skip
    assert with_family.value.address == FATHERS_ADDRESS


def test_only_models_can_be_redacted():
    with pytest.raises(TypeError, match="only models"):
        redact("Karin Lind", decision_for(()))


def test_everyone_living_with_a_protected_person_is_shielded():
    assert shielded_persons(protected_family()) == {"mother", "elias", "saga"}


# -- the tables ---------------------------------------------------------------------------------


def test_every_field_of_a_structural_model_in_a_case_says_where_it_belongs():
    # Below a category every field belongs to it; below structure, each field decides. A new
    # field of a structural model with no entry is withheld from everyone: this test asks for
    # the entry instead.
    structural = [m for m, c in MODEL_CATEGORIES.items() if c is STRUCTURE]
    for cls in structural:
        for field in attrs.fields(cls):
            assert (cls, field.name) in FIELD_CATEGORIES, f"{cls.__name__}.{field.name}"


def test_every_entry_of_the_table_names_a_real_field():
    for cls, name in FIELD_CATEGORIES:
        assert name in attrs.fields_dict(cls), f"{cls.__name__}.{name}"
    assert Case in reachable(Case)


# -- properties ---------------------------------------------------------------------------------

categories = st.sets(st.sampled_from(DataCategory))


def flattened(value, path="$"):
    """Every leaf of a JSON-like document with its path."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from flattened(inner, f"{path}.{key}")
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            yield from flattened(inner, f"{path}[{i}]")
    else:
        yield path, value


@settings(max_examples=30, deadline=None)
@given(st.from_type(Case), categories, st.booleans())
def test_redacting_twice_is_redacting_once(case, permitted, entitled):
    decision = decision_for(permitted)
    once = redact(case, decision, entitled_to_whereabouts=entitled)
    assert redact(once, decision, entitled_to_whereabouts=entitled) == once
    assert redact(once.case, decision, entitled_to_whereabouts=entitled).case == once.case


def _pattern(path):
    """A regular expression matching the leaves under a marker's path."""
    return re.compile(re.escape(path).replace(r"\[\*\]", r"\[\d+\]") + r"($|[.\[])")


@settings(max_examples=30, deadline=None)
@given(st.from_type(Case), categories, categories)
def test_a_narrower_decision_never_reveals_more_than_a_wider_one(case, narrow, more):
    wide = narrow | more
    narrowly = redact(case, decision_for(narrow))
    as_wide = dict(flattened(to_dict(redact(case, decision_for(wide)).case)))
    withheld = [_pattern(r.path) for r in narrowly.withheld]
    for path, value in flattened(to_dict(narrowly.case)):
        if not any(p.match(path) for p in withheld):
            assert as_wide.get(path) == value, path
    # What was withheld once stays withheld, however wide a later decision.
    assert redact(narrowly, decision_for(wide)) == narrowly


@settings(max_examples=30, deadline=None)
@given(st.from_type(Case), categories)
def test_a_redacted_case_round_trips_through_json_with_its_markers(case, permitted):
    out = redact(case, decision_for(permitted))
    assert from_json(RedactedCase, to_json(out)) == out


@settings(max_examples=30, deadline=None)
@given(st.from_type(Case), categories)
def test_no_protected_address_reaches_an_unentitled_recipient(case, permitted):
    shielded = shielded_persons(case.family)
    hidden = {
        h.address for h in case.family.households
        if h.address and shielded.intersection(h.members)
    }  # fmt: skip
    visible = {
        h.address for h in case.family.households
        if h.address and not shielded.intersection(h.members)
    }  # fmt: skip
    document = to_json(redact(case, decision_for(permitted))).decode()
    for address in hidden - visible:
        assert address not in document


@settings(max_examples=30, deadline=None)
@given(fvst.family_systems(), categories)
def test_any_model_redacts_to_a_valid_model(family, permitted):
    out = redact(family, decision_for(permitted))
    assert type(out.value) is type(family)
    for person in out.value.persons:
        assert (person.name is None) or D.IDENTITY in permitted


@st.composite
def about_one_person(draw):
    """A case, one of its persons, and categories a decision about that person permits."""
    case = draw(st.from_type(Case))
    person = draw(st.sampled_from([p.id for p in case.family.persons]))
    return case, person, draw(categories)


def own_data(person):
    return (person.name, person.identity_number, person.birth_date)


@settings(max_examples=30, deadline=None)
@given(about_one_person(), st.booleans())
def test_a_decision_about_one_person_reveals_no_one_elses_own_data(drawn, entitled):
    case, about, permitted = drawn
    decision = decision_for(permitted, person=about)
    out = redact(case, decision, entitled_to_whereabouts=entitled)
    for person in out.case.family.persons:
        if person.id != about:
            assert own_data(person) == (None, None, None)
    for household in out.case.family.households:
        if about not in household.members:
            assert household.address is None
    assert redact(out, decision, entitled_to_whereabouts=entitled) == out
    # Narrowing to one person never reveals more than the same decision about no one.
    unscoped = redact(case, decision_for(permitted), entitled_to_whereabouts=entitled)
    for scoped, wide in zip(out.case.family.persons, unscoped.case.family.persons, strict=True):
        for mine, theirs in zip(own_data(scoped), own_data(wide), strict=True):
            assert mine is None or mine == theirs


@settings(max_examples=20, deadline=None)
@given(fvst.redactions())
def test_generated_redactions_hold_a_valid_family_and_are_written_as_json(redaction):
    family = redaction.value
    assert family is None or type(family).__name__ == "FamilySystem"
    if family is not None:
        # The redacted family reads back as a family: the markers travel beside it.
        assert from_json(type(family), to_json(family)) == family
    document = json.loads(to_json(redaction))
    assert {m["path"] for m in document["withheld"]} == {m.path for m in redaction.withheld}


def test_a_decision_about_the_father_does_not_give_out_the_mothers_mental_ill_health():
    # Health care may hear of the father's drinking; the mother's depression is hers.
    drinking = RecordedNeed(
        id="need-father", person="father", kind=NeedKind.SUBSTANCE_MISUSE, recorded_on=DAY
    )
    depression = RecordedNeed(
        id="need-mother", person="mother", kind=NeedKind.MENTAL_ILL_HEALTH, recorded_on=DAY
    )
    case = new_case(needs=(drinking, depression))
    out = redact(case, decision_for((D.IDENTITY, D.HEALTH), person="father"))
    assert [n.id for n in out.case.needs] == ["need-father"]
    assert any(
        r.path == "$.needs[?(@.id=='need-mother')]" and r.reason is not None for r in out.withheld
    )
    # A decision about no one in particular gives both, as it permits.
    both = redact(case, decision_for((D.IDENTITY, D.HEALTH)))
    assert [n.id for n in both.case.needs] == ["need-father", "need-mother"]
