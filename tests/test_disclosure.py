"""Consent and disclosure: who may tell whom what, on which ground, and what is left to judge."""

import datetime as dt

import pytest

from familyviolence import (
    AgencyKind,
    Consent,
    DisclosureRequest,
    FamilySystem,
    Household,
    InvalidModel,
    Jurisdiction,
    Period,
    Person,
    decide_disclosure,
    evolve,
)
from familyviolence.collaboration import (
    MATURITY,
    Agency,
    CareGroup,
    ChildView,
    DisclosureOutcome,
    DisclosurePurpose,
    LegalGround,
    RecordedJudgement,
    Sector,
    SuspectedOffence,
)
from familyviolence.errors import UnknownPerson
from familyviolence.jurisdictions import no as no_collaboration
from familyviolence.jurisdictions import se as se_collaboration
from familyviolence.vocabulary import AddressProtection, DataCategory
from honour_scenario import honour_case, marker
from rule_checks import incident
from scenario import family, new_case

SE, NO = Jurisdiction.SE, Jurisdiction.NO
D = DataCategory
P = DisclosurePurpose
G = LegalGround
DAY = dt.date(2026, 3, 10)

SOCIAL_SERVICES = Agency(id="malmo-bou", kind=AgencyKind.SOCIAL_SERVICES_CHILDREN, jurisdiction=SE)
ADULT_UNIT = Agency(id="malmo-vuxen", kind=AgencyKind.SOCIAL_SERVICES_ADULTS, jurisdiction=SE)
POLICE = Agency(id="police-syd", kind=AgencyKind.POLICE, jurisdiction=SE)
PROSECUTOR = Agency(id="aklagare-malmo", kind=AgencyKind.PROSECUTOR, jurisdiction=SE)
HOUSING = Agency(id="bostad-malmo", kind=AgencyKind.HOUSING_AGENCY, jurisdiction=SE)
CLINIC = Agency(
    id="mvu-malmo", kind=AgencyKind.PERPETRATOR_CLINIC, jurisdiction=SE, sector=Sector.NON_PROFIT
)
OTHER_CLINIC = Agency(
    id="mvu-lund", kind=AgencyKind.PERPETRATOR_CLINIC, jurisdiction=SE, sector=Sector.NON_PROFIT
)
HEALTH_CARE = Agency(id="bvc-rosengard", kind=AgencyKind.CHILD_HEALTH_CENTRE, jurisdiction=SE)
SCHOOL = Agency(id="school-1", kind=AgencyKind.SCHOOL, jurisdiction=SE)
SHELTER = Agency(
    id="jouren", kind=AgencyKind.WOMENS_SHELTER, jurisdiction=SE, sector=Sector.NON_PROFIT
)


def request(**fields):
    values = {
        "id": "disclosure-1",
        "from_agency": SOCIAL_SERVICES,
        "to_agency": POLICE,
        "person": "father",
        "categories": (D.IDENTITY, D.INCIDENTS),
        "purpose": P.VIOLENCE_PREVENTION,
        "requested_on": DAY,
    }
    return DisclosureRequest(**(values | fields))


def consent(**fields):
    values = {
        "id": "consent-1",
        "person": "father",
        "given_by": ("father",),
        "given_on": dt.date(2026, 3, 2),
        "recipient_kinds": (AgencyKind.PERPETRATOR_CLINIC,),
        "purposes": (P.SUPPORT_AND_CARE,),
        "categories": (D.IDENTITY, D.INCIDENTS, D.RISK_ASSESSMENTS),
        "valid": Period(end=dt.date(2026, 12, 31)),
    }
    return Consent(**(values | fields))


# Grov misshandel (BrB 3 kap. 6 §) feared from the father against the mother.
FEARED = SuspectedOffence(
    penal_code_chapter=3, minimum_penalty_months=12, feared=True, victim="mother"
)


def judged(condition, *, holds=True, on=DAY):
    return RecordedJudgement(condition=condition, holds=holds, by="staff-17", on=on)


def rejected(decision, ground):
    return [g.reason for g in decision.rejected if g.ground is ground]


# -- legal grounds ---------------------------------------------------------------------------


def test_social_services_may_tell_the_police_to_prevent_serious_violence_against_a_close_relative():
    # OSL 10 kap. 18 c §: a feared BrB 3 kap. crime with at least one year's minimum penalty
    # against a close relative; three conditions a professional judges.
    decision = decide_disclosure(request(offence=FEARED), new_case(), on=DAY)
    assert decision.permitted
    assert decision.grounds == (G.SERIOUS_VIOLENCE_PREVENTION,)
    assert decision.categories == (D.IDENTITY, D.INCIDENTS)
    assert str(decision.relied_on[0].reference) == "OSL 2009:400 10 kap. 18 c §"
    conditions = [j.condition for j in decision.judgements if j.condition]
    assert conditions == ["SE-18C-RISK", "SE-18C-PREVENTS", "SE-18C-NOT-INAPPROPRIATE"]
    assert all(j.recorded is None for j in decision.judgements if j.condition)
    assert decision.needs_human_judgement
    questions = [j.question for j in decision.judgements]
    assert any(q.startswith("the harm test") for q in questions)
    assert any(q.startswith("proportionality") for q in questions)


def test_before_1_august_2021_there_was_no_such_ground():
    decision = decide_disclosure(request(offence=FEARED), new_case(), on=dt.date(2021, 7, 31))
    assert not decision.permitted
    assert rejected(decision, G.SERIOUS_VIOLENCE_PREVENTION) == [
        "not in force on 2021-07-31: applies from 2021-08-01"
    ]


def test_social_services_may_not_disclose_on_the_general_clause():
    # Nothing but the general clause could carry this: it is not available to social services.
    housing = request(to_agency=HOUSING, purpose=P.COORDINATION)
    decision = decide_disclosure(housing, new_case(), on=DAY)
    assert not decision.permitted
    assert decision.categories == ()
    assert G.GENERAL_CLAUSE not in decision.grounds
    assert rejected(decision, G.GENERAL_CLAUSE) == [
        "the general clause does not apply to social-services or health-care secrecy"
    ]
    assert {w.category for w in decision.withheld} == {D.IDENTITY, D.INCIDENTS}
    assert all(not w.protected_identity for w in decision.withheld)


def test_health_care_may_not_disclose_on_the_general_clause_either():
    decision = decide_disclosure(
        request(from_agency=HEALTH_CARE, to_agency=HOUSING, purpose=P.COORDINATION),
        new_case(),
        on=DAY,
    )
    assert not decision.permitted
    assert rejected(decision, G.GENERAL_CLAUSE)[0].startswith("the general clause does not apply")


def test_for_a_school_the_general_clause_is_left_to_a_human():
    decision = decide_disclosure(
        request(from_agency=SCHOOL, to_agency=HOUSING, purpose=P.COORDINATION), new_case(), on=DAY
    )
    assert not decision.permitted
    assert any("general clause applies" in j.question for j in decision.judgements)
    assert any("not modelled here" in j.question for j in decision.judgements)


def test_a_suspected_crime_against_a_child_may_go_to_the_police_or_a_prosecutor():
    assault = SuspectedOffence(penal_code_chapter=3, victim="elias")
    for recipient in (POLICE, PROSECUTOR):
        decision = decide_disclosure(
            request(to_agency=recipient, purpose=P.CRIMINAL_INVESTIGATION, offence=assault),
            new_case(),
            on=DAY,
        )
        assert decision.grounds == (G.CRIME_AGAINST_CHILD,)


def test_a_crime_outside_chapters_3_4_and_6_or_against_an_adult_is_not_a_crime_against_a_child():
    theft = SuspectedOffence(penal_code_chapter=8, victim="elias")
    against_mother = SuspectedOffence(penal_code_chapter=3, victim="mother")
    no_victim = SuspectedOffence(penal_code_chapter=3)
    reasons = [
        rejected(
            decide_disclosure(
                request(purpose=P.CRIMINAL_INVESTIGATION, offence=offence), new_case(), on=DAY
            ),
            G.CRIME_AGAINST_CHILD,
        )[0]
        for offence in (theft, against_mother, no_victim)
    ]
    assert reasons == [
        (
            "only for an offence under the Penal Code ch. 3, 4, 6 or lag (1982:316) on female"
            " genital mutilation"
        ),
        "only if the victim is under 18",
        "only for an offence against a person under 18",
    ]


@pytest.mark.parametrize(
    ("months", "attempt", "grounds"),
    [
        (12, False, (G.SERIOUS_CRIME,)),
        (11, False, ()),
        (24, True, (G.SERIOUS_CRIME_ATTEMPT,)),
        (23, True, ()),
        (120, False, (G.SERIOUS_CRIME,)),
    ],
)
def test_the_minimum_penalty_thresholds(months, attempt, grounds):
    offence = SuspectedOffence(
        penal_code_chapter=3, minimum_penalty_months=months, attempt=attempt, victim="mother"
    )
    decision = decide_disclosure(
        request(purpose=P.CRIMINAL_INVESTIGATION, offence=offence), new_case(), on=DAY
    )
    assert decision.grounds == grounds


def test_the_grounds_about_crime_need_the_request_to_describe_the_offence():
    decision = decide_disclosure(request(purpose=P.CRIMINAL_INVESTIGATION), new_case(), on=DAY)
    assert rejected(decision, G.SERIOUS_CRIME) == [
        "only for a suspected offence, and the request describes none"
    ]


def test_social_services_may_tell_the_police_about_a_young_person_under_21_to_prevent_crime():
    young = FamilySystem(
        persons=(*family().persons, Person(id="cousin", birth_date=dt.date(2006, 1, 1)))
    )
    case = evolve(new_case(), family=young)
    ask = request(person="cousin", purpose=P.CRIME_PREVENTION)
    assert decide_disclosure(ask, case, on=DAY).grounds == (G.YOUTH_CRIME_PREVENTION,)
    assert rejected(decide_disclosure(ask, case, on=dt.date(2027, 1, 1)), G.YOUTH_CRIME_PREVENTION)


def test_social_services_may_tell_health_care_about_a_parent_for_the_childs_necessary_care():
    ask = request(to_agency=HEALTH_CARE, purpose=P.SUPPORT_AND_CARE)
    decision = decide_disclosure(ask, new_case(), on=DAY)
    assert decision.grounds == (G.MINORS_CARE,)
    assert str(decision.relied_on[0].reference) == "OSL 2009:400 26 kap. 9 §"
    back = decide_disclosure(
        request(from_agency=HEALTH_CARE, to_agency=SOCIAL_SERVICES, purpose=P.SUPPORT_AND_CARE),
        new_case(),
        on=DAY,
    )
    assert str(back.relied_on[0].reference) == "OSL 2009:400 25 kap. 12 §"


def test_a_school_must_tell_social_services_investigating_a_child():
    ask = request(
        from_agency=SCHOOL, to_agency=SOCIAL_SERVICES, person="elias", purpose=P.CHILD_PROTECTION
    )
    decision = decide_disclosure(ask, new_case(), on=DAY)
    assert decision.grounds == (G.DUTY_BY_LAW,)
    assert str(decision.relied_on[0].reference) == "OSL 2009:400 10 kap. 28 §"
    assert str(decision.relied_on[0].also[0]).startswith("SoL 2025:400 (unverified")
    old = decide_disclosure(ask, new_case(), on=dt.date(2025, 6, 30))
    assert str(old.relied_on[0].also[0]) == "SoL 2001:453 14 kap. 1 § 3rd para."


def test_secrecy_law_binds_public_bodies_and_a_private_disclosers_rules_are_left_to_a_human():
    decision = decide_disclosure(request(from_agency=SHELTER), new_case(), on=DAY)
    assert not decision.permitted
    assert rejected(decision, G.SERIOUS_VIOLENCE_PREVENTION) == [
        "binds public bodies only; the discloser is a non-profit organisation"
    ]
    assert any("private or non-profit" in j.question for j in decision.judgements)


# -- consent -----------------------------------------------------------------------------------


def clinic_request(**fields):
    values = {"from_agency": ADULT_UNIT, "to_agency": CLINIC, "purpose": P.SUPPORT_AND_CARE}
    return request(**(values | fields))


def test_a_consented_disclosure_is_permitted_within_its_recipients_purposes_and_period():
    case = new_case(consents=(consent(),))
    decision = decide_disclosure(clinic_request(), case, on=DAY)
    assert decision.grounds == (G.CONSENT,)
    assert decision.relied_on[0].consents == ("consent-1",)
    assert str(decision.relied_on[0].reference) == "OSL 2009:400 12 kap. 2 §"
    assert decision.categories == (D.IDENTITY, D.INCIDENTS)


@pytest.mark.parametrize(
    ("changed", "on", "reason"),
    [
        ({"to_agency": POLICE}, DAY, "does not name the recipient"),
        ({"purpose": P.COORDINATION}, DAY, "does not cover the purpose"),
        ({"categories": (D.HEALTH,)}, DAY, "covers none of the data asked for"),
        ({}, dt.date(2026, 3, 1), "is not in force on the day"),
        ({}, dt.date(2027, 1, 1), "is not in force on the day"),
    ],
)
def test_a_consent_permits_nothing_outside_its_recipients_purposes_data_and_period(
    changed, on, reason
):
    case = new_case(consents=(consent(),))
    decision = decide_disclosure(clinic_request(**changed), case, on=on)
    assert G.CONSENT not in decision.grounds
    assert rejected(decision, G.CONSENT) == [f"consent 'consent-1' {reason}"]


def test_a_consent_naming_one_agency_permits_that_agency_and_no_other_of_its_kind():
    named = consent(recipient_kinds=(), recipient_agencies=("mvu-malmo",))
    case = new_case(consents=(named,))
    assert decide_disclosure(clinic_request(), case, on=DAY).permitted
    assert not decide_disclosure(clinic_request(to_agency=OTHER_CLINIC), case, on=DAY).permitted


def test_a_consent_permits_only_the_data_it_covers():
    case = new_case(consents=(consent(categories=(D.IDENTITY,)),))
    decision = decide_disclosure(clinic_request(), case, on=DAY)
    assert decision.categories == (D.IDENTITY,)
    assert [(w.category, w.reason) for w in decision.withheld] == [
        (D.INCIDENTS, "no ground relied on permits it")
    ]


def test_a_withdrawn_consent_stays_in_the_record_and_permits_nothing_from_its_withdrawal():
    withdrawn = consent().withdraw(on=dt.date(2026, 3, 9))
    case = new_case(consents=(withdrawn,))
    assert case.consent("consent-1").withdrawn_on == dt.date(2026, 3, 9)
    assert decide_disclosure(clinic_request(), case, on=dt.date(2026, 3, 8)).permitted
    decision = decide_disclosure(clinic_request(), case, on=dt.date(2026, 3, 9))
    assert not decision.permitted
    assert rejected(decision, G.CONSENT) == ["consent 'consent-1' was withdrawn on 2026-03-09"]
    with pytest.raises(InvalidModel, match="already withdrawn"):
        withdrawn.withdraw(on=DAY)


def test_a_consent_must_come_from_the_person_or_for_a_child_from_every_custodian():
    from_mother = consent(given_by=("mother",))
    decision = decide_disclosure(clinic_request(), new_case(consents=(from_mother,)), on=DAY)
    assert rejected(decision, G.CONSENT) == ["consent 'consent-1' lacks the consent of father"]
    about_elias = consent(person="elias", given_by=("mother",))
    ask = clinic_request(person="elias")
    decision = decide_disclosure(ask, new_case(consents=(about_elias,)), on=DAY)
    assert rejected(decision, G.CONSENT) == ["consent 'consent-1' lacks the consent of father"]
    both = evolve(about_elias, given_by=("mother", "father"), child_view=ChildView.AGREES)
    decision = decide_disclosure(ask, new_case(consents=(both,)), on=DAY)
    assert decision.grounds == (G.CONSENT,)
    assert any(
        "the child's own view (recorded: the child agrees)" in j.question
        for j in decision.judgements
    )


def test_in_norway_a_child_from_15_consents_too():
    norwegian = FamilySystem(
        persons=(*family().persons[:2], Person(id="elias", birth_date=dt.date(2011, 3, 12))),
        relationships=tuple(r for r in family().relationships if r.to_person != "saga"),
    )
    case = evolve(new_case(jurisdiction=NO), family=norwegian)
    child_welfare = Agency(id="bergen-bv", kind=AgencyKind.CHILD_WELFARE, jurisdiction=NO)
    bup = Agency(id="bup-bergen", kind=AgencyKind.PSYCHIATRY, jurisdiction=NO)
    parents_only = consent(
        person="elias", given_by=("mother", "father"), recipient_kinds=(AgencyKind.PSYCHIATRY,)
    )
    ask = request(
        from_agency=child_welfare, to_agency=bup, person="elias", purpose=P.SUPPORT_AND_CARE
    )
    on = dt.date(2026, 3, 12)  # his fifteenth birthday
    before = decide_disclosure(ask, evolve(case, consents=(parents_only,)), on=on - dt.timedelta(1))
    assert before.grounds == (G.CONSENT,)
    decision = decide_disclosure(ask, evolve(case, consents=(parents_only,)), on=on)
    assert rejected(decision, G.CONSENT) == ["consent 'consent-1' lacks the consent of elias"]
    with_child = evolve(parents_only, given_by=("mother", "father", "elias"))
    assert decide_disclosure(ask, evolve(case, consents=(with_child,)), on=on).permitted


# -- Norway's grounds -------------------------------------------------------------------------


def test_in_norway_the_duty_to_inform_child_welfare_overrides_confidentiality():
    kindergarten = Agency(id="barnehage", kind=AgencyKind.PRESCHOOL, jurisdiction=NO)
    child_welfare = Agency(id="bergen-bv", kind=AgencyKind.CHILD_WELFARE, jurisdiction=NO)
    ask = request(
        from_agency=kindergarten,
        to_agency=child_welfare,
        person="elias",
        purpose=P.CHILD_PROTECTION,
    )
    decision = decide_disclosure(ask, new_case(jurisdiction=NO), on=DAY)
    assert decision.grounds == (G.DUTY_BY_LAW,)
    assert decision.jurisdiction is NO
    assert "reason to believe" in decision.judgements[0].question
    assert not any(j.question.startswith("the harm test") for j in decision.judgements)


def test_in_norway_a_private_kindergarten_informs_child_welfare_if_it_does_a_public_task():
    child_welfare = Agency(id="bergen-bv", kind=AgencyKind.CHILD_WELFARE, jurisdiction=NO)
    private = Agency(
        id="barnehage-as", kind=AgencyKind.PRESCHOOL, jurisdiction=NO, sector=Sector.PRIVATE
    )
    ask = request(
        from_agency=private, to_agency=child_welfare, person="elias", purpose=P.CHILD_PROTECTION
    )
    decision = decide_disclosure(ask, new_case(jurisdiction=NO), on=DAY)
    assert [g.rule for g in decision.relied_on] == ["NO-DISCLOSURE-DUTY-TO-INFORM-PUBLIC-TASKS"]
    assert any("state, a county or a municipality" in j.question for j in decision.judgements)
    company = evolve(private, kind=AgencyKind.OTHER)
    decision = decide_disclosure(
        evolve(ask, from_agency=company), new_case(jurisdiction=NO), on=DAY
    )
    assert not decision.permitted
    assert "binds public bodies only" in rejected(decision, G.DUTY_BY_LAW)[0]


def test_in_norway_everyone_must_avert_a_listed_serious_offence():
    nav = Agency(id="nav", kind=AgencyKind.INCOME_SUPPORT, jurisdiction=NO)
    police = Agency(id="politi", kind=AgencyKind.POLICE, jurisdiction=NO)
    listed = SuspectedOffence(averting_listed=True)
    ask = request(from_agency=nav, to_agency=police, offence=listed)
    decision = decide_disclosure(ask, new_case(jurisdiction=NO), on=DAY)
    assert G.DUTY_TO_AVERT in decision.grounds
    (avert,) = [g for g in decision.relied_on if g.ground is G.DUTY_TO_AVERT]
    assert str(avert.reference) == "straffeloven § 196"
    not_listed = decide_disclosure(
        request(from_agency=nav, to_agency=police, offence=SuspectedOffence()),
        new_case(jurisdiction=NO),
        on=DAY,
    )
    assert G.DUTY_TO_AVERT not in not_listed.grounds
    # forvaltningsloven § 13 b nr. 7 (from 1 July 2021) still lets NAV share to avoid danger.
    assert not_listed.grounds == (G.AVERT_DANGER,)


# -- protected identity -------------------------------------------------------------------------


def protected(person_id, case):
    persons = tuple(
        evolve(p, address_protection=AddressProtection.PROTECTED_REGISTRATION)
        if p.id == person_id
        else p
        for p in case.family.persons
    )
    return evolve(case, family=evolve(case.family, persons=persons))


WHERE = (D.IDENTITY, D.WHEREABOUTS, D.HOUSEHOLD, D.INCIDENTS)


def test_a_protected_persons_address_is_never_permitted_to_an_unentitled_recipient():
    everything = consent(person="mother", given_by=("mother",), categories=tuple(DataCategory))
    case = protected("mother", new_case(consents=(everything,)))
    ask = clinic_request(person="mother", categories=WHERE)
    decision = decide_disclosure(ask, case, on=DAY)
    assert decision.permitted
    assert decision.categories == (D.IDENTITY, D.INCIDENTS)
    withheld = {w.category: w for w in decision.withheld}
    assert set(withheld) == {D.WHEREABOUTS, D.HOUSEHOLD}
    assert withheld[D.WHEREABOUTS].protected_identity
    assert str(withheld[D.WHEREABOUTS].references[0]) == "OSL 2009:400 22 kap. 1 §"
    assert any("entitled to the address and whereabouts" in j.question for j in decision.judgements)


def test_whatever_the_ground_the_address_stays_withheld():
    case = protected("father", new_case())
    decision = decide_disclosure(request(categories=WHERE, offence=FEARED), case, on=DAY)
    assert decision.grounds == (G.SERIOUS_VIOLENCE_PREVENTION,)
    assert not decision.permits(D.WHEREABOUTS)
    assert not decision.permits(D.HOUSEHOLD)


def test_the_address_of_someone_living_with_a_protected_person_is_withheld_too():
    home = Household(id="home", members=("mother", "elias", "saga"), address="Storgatan 1")
    case = protected("mother", evolve(new_case(), family=evolve(family(), households=(home,))))
    ask = request(
        to_agency=HEALTH_CARE, person="elias", categories=WHERE, purpose=P.SUPPORT_AND_CARE
    )
    decision = decide_disclosure(ask, case, on=DAY)
    assert decision.grounds == (G.MINORS_CARE,)
    assert not decision.permits(D.WHEREABOUTS)


def test_an_entitled_recipient_may_have_the_address():
    case = protected("father", new_case())
    decision = decide_disclosure(
        request(categories=WHERE, offence=FEARED), case, on=DAY, entitled_to_whereabouts=True
    )
    assert decision.categories == (D.IDENTITY, D.WHEREABOUTS, D.HOUSEHOLD, D.INCIDENTS)


# -- the records themselves -------------------------------------------------------------------


def test_a_request_and_its_outcome_are_recorded_with_the_case():
    outcome = DisclosureOutcome(
        decided_on=DAY,
        disclosed=True,
        categories=(D.IDENTITY,),
        grounds=(G.SERIOUS_VIOLENCE_PREVENTION,),
        decided_by="staff-17",
    )
    case = new_case().with_records(request(outcome=outcome))
    assert case.disclosure("disclosure-1").outcome.grounds == (G.SERIOUS_VIOLENCE_PREVENTION,)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"disclosed": True}, "name what was disclosed"),
        ({"disclosed": True, "categories": (D.IDENTITY,)}, "name the grounds"),
        ({"disclosed": False, "grounds": (G.CONSENT,)}, "nothing was disclosed"),
    ],
)
def test_an_outcome_says_what_went_out_and_on_which_grounds(fields, message):
    with pytest.raises(InvalidModel, match=message):
        DisclosureOutcome(decided_on=DAY, **fields)


def test_a_request_goes_to_another_agency_and_is_decided_after_it_was_made():
    with pytest.raises(InvalidModel, match="must be another agency"):
        request(to_agency=SOCIAL_SERVICES)
    early = DisclosureOutcome(decided_on=DAY - dt.timedelta(1), disclosed=False)
    with pytest.raises(InvalidModel, match=r"outcome\.decided_on"):
        request(outcome=early)
    unasked = DisclosureOutcome(
        decided_on=DAY, disclosed=True, categories=(D.HEALTH,), grounds=(G.CONSENT,)
    )
    with pytest.raises(InvalidModel, match=r"outcome\.categories\[0\]: was not asked for"):
        request(outcome=unasked)


def test_a_consent_names_a_recipient_and_is_not_withdrawn_before_it_was_given():
    with pytest.raises(InvalidModel, match="name at least one recipient"):
        consent(recipient_kinds=())
    with pytest.raises(InvalidModel, match="withdrawn_on"):
        consent(withdrawn_on=dt.date(2026, 3, 1))
    with pytest.raises(InvalidModel, match="valid"):
        consent(valid=Period(end=dt.date(2026, 3, 1)))


def test_deciding_needs_a_date_and_a_person_of_the_case():
    with pytest.raises(TypeError, match="date"):
        decide_disclosure(request(), new_case(), on=dt.datetime(2026, 3, 10, 9, 0))  # noqa: DTZ001
    with pytest.raises(UnknownPerson):
        decide_disclosure(request(person="nobody"), new_case(), on=DAY)


# -- OSL 10 kap. 18 c §, condition by condition ------------------------------------------------


def test_each_18_c_condition_judged_to_hold_is_recorded_with_who_and_when():
    ask = request(
        offence=FEARED,
        judgements=tuple(
            judged(c.id, on=dt.date(2026, 3, 9))
            for c in se_collaboration.SERIOUS_VIOLENCE_CONDITIONS
        ),
    )
    decision = decide_disclosure(ask, new_case(), on=DAY)
    assert decision.grounds == (G.SERIOUS_VIOLENCE_PREVENTION,)
    recorded = [j.recorded for j in decision.judgements if j.condition]
    assert [(r.by, r.on) for r in recorded] == [("staff-17", dt.date(2026, 3, 9))] * 3
    # What is left: the harm test, proportionality, the incidents' use; no 18 c condition.
    assert all(j.condition is None for j in decision.judgements if j.recorded is None)


def test_a_condition_judged_not_to_hold_rejects_18_c():
    # OSL 10 kap. 18 c § 1st para. 3: not if disclosure is inappropriate given interventions.
    ask = request(offence=FEARED, judgements=(judged("SE-18C-NOT-INAPPROPRIATE", holds=False),))
    decision = decide_disclosure(ask, new_case(), on=DAY)
    assert not decision.permitted
    (reason,) = rejected(decision, G.SERIOUS_VIOLENCE_PREVENTION)
    assert reason.startswith("judged not to hold on 2026-03-10 by staff-17: whether disclosure")
    later = request(
        offence=FEARED,
        judgements=(
            judged("SE-18C-NOT-INAPPROPRIATE", holds=False, on=dt.date(2026, 3, 2)),
            judged("SE-18C-NOT-INAPPROPRIATE", holds=True, on=dt.date(2026, 3, 9)),
        ),
    )
    assert decide_disclosure(later, new_case(), on=DAY).permitted  # the latest judgement counts


def test_a_crime_already_committed_goes_only_on_another_ground():
    # OSL 10 kap. 18 c § 2nd para.
    committed = evolve(FEARED, feared=False)
    decision = decide_disclosure(request(offence=committed), new_case(), on=DAY)
    assert not decision.permitted
    assert (
        "crime already committed goes only on another ground"
        in (rejected(decision, G.SERIOUS_VIOLENCE_PREVENTION)[0])
    )


def test_18_c_never_permits_offences_the_request_asks_for():
    # OSL 10 kap. 18 c § 2nd para.: information about crimes committed is refused under 18 c.
    ask = request(offence=FEARED, categories=(D.IDENTITY, D.OFFENCES))
    decision = decide_disclosure(ask, new_case(), on=DAY)
    assert decision.categories == (D.IDENTITY,)
    assert [w.category for w in decision.withheld] == [D.OFFENCES]
    only_offences = decide_disclosure(
        request(offence=FEARED, categories=(D.OFFENCES,)), new_case(), on=DAY
    )
    assert rejected(only_offences, G.SERIOUS_VIOLENCE_PREVENTION) == [
        (
            "information about a crime already committed goes only on another ground (10 kap."
            " 18 c § 2nd para.)"
        )
    ]


@pytest.mark.parametrize(
    ("offence", "reason"),
    [
        (evolve(FEARED, penal_code_chapter=12), "only for an offence under the Penal Code ch."),
        (evolve(FEARED, minimum_penalty_months=6), "minimum penalty is 12 months"),
        (evolve(FEARED, victim=None), "it names no victim"),
    ],
)
def test_18_c_needs_a_ch_3_4_or_6_crime_of_a_years_minimum_against_a_close_relative(
    offence, reason
):
    decision = decide_disclosure(request(offence=offence), new_case(), on=DAY)
    assert reason in rejected(decision, G.SERIOUS_VIOLENCE_PREVENTION)[0]


def test_a_victim_the_family_system_does_not_relate_is_left_to_a_human():
    stranger = FamilySystem(
        persons=(*family().persons, Person(id="neighbour", birth_date=dt.date(1990, 1, 1))),
        relationships=family().relationships,
    )
    case = evolve(new_case(), family=stranger)
    decision = decide_disclosure(request(offence=evolve(FEARED, victim="neighbour")), case, on=DAY)
    assert decision.permitted
    assert any("close relative of the one who would" in j.question for j in decision.judgements)


# -- OSL 26 kap. 9 §, 25 kap. 12 §, 10 kap. 21 §, 25 kap. 1 § -----------------------------------


def test_social_services_may_tell_another_social_services_authority_for_a_childs_care():
    # OSL 26 kap. 9 §: another social-services authority, not only health care.
    ask = request(from_agency=ADULT_UNIT, to_agency=SOCIAL_SERVICES, purpose=P.SUPPORT_AND_CARE)
    decision = decide_disclosure(ask, new_case(), on=DAY)
    assert decision.grounds == (G.MINORS_CARE,)
    assert str(decision.relied_on[0].reference) == "OSL 2009:400 26 kap. 9 §"


def test_health_care_may_tell_another_health_care_authority_about_substance_abuse():
    # OSL 25 kap. 12 §: ongoing substance abuse is one of the groups the law names.
    psychiatry = Agency(id="psyk-malmo", kind=AgencyKind.PSYCHIATRY, jurisdiction=SE)
    ask = request(
        from_agency=HEALTH_CARE,
        to_agency=psychiatry,
        person="mother",
        purpose=P.SUPPORT_AND_CARE,
        care_group=CareGroup.SUBSTANCE_ABUSE,
    )
    decision = decide_disclosure(ask, new_case(subjects=("mother",)), on=DAY)
    assert decision.grounds == (G.MINORS_CARE,)
    assert str(decision.relied_on[0].reference) == "OSL 2009:400 25 kap. 12 §"
    assert any("ongoing abuse of alcohol" in j.question for j in decision.judgements)


def test_female_genital_mutilation_of_a_child_may_go_to_the_police():
    # OSL 10 kap. 21 § and lag (1982:316) om förbud mot könsstympning av kvinnor.
    fgm = SuspectedOffence(genital_mutilation=True, minimum_penalty_months=24, victim="saga")
    ask = request(purpose=P.CRIMINAL_INVESTIGATION, offence=fgm, person="saga")
    decision = decide_disclosure(ask, new_case(subjects=("saga",)), on=DAY)
    assert G.CRIME_AGAINST_CHILD in decision.grounds
    (relied,) = [g for g in decision.relied_on if g.ground is G.CRIME_AGAINST_CHILD]
    assert [str(a) for a in relied.also] == [
        "lag (1982:316) om förbud mot könsstympning av kvinnor"
    ]


def test_health_cares_harm_test_is_cited_as_25_kap_1():
    ask = request(from_agency=HEALTH_CARE, offence=FEARED)
    decision = decide_disclosure(ask, new_case(), on=DAY)
    (harm,) = [j for j in decision.judgements if j.question.startswith("the harm test")]
    assert str(harm.reference) == "OSL 2009:400 25 kap. 1 §"


# -- a minor's own say ----------------------------------------------------------------------------


def seventeen(jurisdiction=SE, perpetrator=None):
    """Elias is 17 on the day; with an incident naming ``perpetrator`` if given."""
    persons = tuple(
        evolve(p, birth_date=dt.date(2008, 9, 1)) if p.id == "elias" else p
        for p in family().persons
    )
    case = evolve(new_case(jurisdiction), family=evolve(family(), persons=persons))
    if perpetrator:
        case = evolve(case, incidents=(incident(perpetrators=perpetrator, victims=("elias",)),))
    return case


def elias_consent(**fields):
    values = {"person": "elias", "given_by": ("elias",)}
    return consent(**(values | fields))


def test_a_17_year_olds_own_consent_is_not_refused_for_lack_of_the_parents():
    # OSL 12 kap. 2-3 §§: a mature child decides alone; no age is fixed.
    case = evolve(seventeen(), consents=(elias_consent(),))
    decision = decide_disclosure(clinic_request(person="elias"), case, on=DAY)
    assert decision.grounds == (G.CONSENT,)
    assert any("mature enough to decide alone" in j.question for j in decision.judgements)


def test_a_recorded_maturity_judgement_decides_whose_consent_counts():
    mature = elias_consent(maturity=judged(MATURITY, on=dt.date(2026, 3, 2)))
    case = evolve(seventeen(), consents=(mature,))
    decision = decide_disclosure(clinic_request(person="elias"), case, on=DAY)
    assert decision.permitted
    assert not any("mature enough" in j.question for j in decision.judgements)
    not_mature = elias_consent(maturity=judged(MATURITY, holds=False, on=dt.date(2026, 3, 2)))
    refused = decide_disclosure(
        clinic_request(person="elias"), evolve(seventeen(), consents=(not_mature,)), on=DAY
    )
    assert rejected(refused, G.CONSENT) == [
        "consent 'consent-1' lacks the consent of mother, father"
    ]


def test_a_custodian_suspected_of_violence_never_unlocks_the_childs_information():
    # OSL 12 kap. 3 §: the consent of a custodian suspected in the case is not counted and not
    # needed; the other custodian's is.
    case = seventeen(perpetrator=("father",))
    by_father = elias_consent(given_by=("father",), maturity=judged(MATURITY, holds=False))
    refused = decide_disclosure(
        clinic_request(person="elias"), evolve(case, consents=(by_father,)), on=DAY
    )
    assert rejected(refused, G.CONSENT) == ["consent 'consent-1' lacks the consent of mother"]
    by_mother = evolve(by_father, given_by=("mother",))
    decision = decide_disclosure(
        clinic_request(person="elias"), evolve(case, consents=(by_mother,)), on=DAY
    )
    assert decision.grounds == (G.CONSENT,)
    assert any(
        "custodian father, suspected of violence in the case" in j.question
        for j in decision.judgements
    )


def test_when_every_custodian_is_suspected_no_custodians_consent_counts():
    case = seventeen(perpetrator=("father", "mother"))
    both = elias_consent(given_by=("mother", "father"), maturity=judged(MATURITY, holds=False))
    decision = decide_disclosure(
        clinic_request(person="elias"), evolve(case, consents=(both,)), on=DAY
    )
    assert (
        "every custodian is suspected of violence in the case" in rejected(decision, G.CONSENT)[0]
    )
    own = elias_consent()
    assert decide_disclosure(
        clinic_request(person="elias"), evolve(case, consents=(own,)), on=DAY
    ).permitted


def test_in_norway_a_16_year_old_consents_alone_to_sharing_health_information():
    # Pasient- og brukerrettighetsloven § 4-3: consent to health care from 16.
    case = evolve(seventeen(NO), consents=(elias_consent(recipient_kinds=(AgencyKind.POLICE,)),))
    helsestasjon = Agency(id="helse-bergen", kind=AgencyKind.CHILD_HEALTH_CENTRE, jurisdiction=NO)
    bup = Agency(id="bup-bergen", kind=AgencyKind.PSYCHIATRY, jurisdiction=NO)
    own = evolve(elias_consent(), recipient_kinds=(AgencyKind.PSYCHIATRY,))
    health = request(
        from_agency=helsestasjon, to_agency=bup, person="elias", purpose=P.SUPPORT_AND_CARE
    )
    decision = decide_disclosure(health, evolve(case, consents=(own,)), on=DAY)
    assert G.CONSENT in decision.grounds
    child_welfare = Agency(id="bergen-bv", kind=AgencyKind.CHILD_WELFARE, jurisdiction=NO)
    from_barnevern = evolve(health, from_agency=child_welfare)
    refused = decide_disclosure(from_barnevern, evolve(case, consents=(own,)), on=DAY)
    assert rejected(refused, G.CONSENT) == [
        "consent 'consent-1' lacks the consent of mother, father"
    ]


# -- Norway's closed list -------------------------------------------------------------------------


def test_norwegian_consent_is_cited_as_forvaltningsloven_13_a():
    (rule,) = [r for r in no_collaboration.DISCLOSURE_GROUNDS if r.ground is G.CONSENT]
    assert (rule.reference.statute, rule.reference.provision) == (
        "forvaltningsloven",
        "§ 13 a nr. 1",
    )
    assert "helsepersonelloven § 22" in {f"{a.statute} {a.provision}" for a in rule.also}


def test_barnevernet_may_tell_the_police_to_prevent_violence():
    # The child welfare act's provision on giving information to other bodies (old act
    # § 6-7), and forvaltningsloven § 13 b nr. 7 from 1 July 2021.
    barnevernet = Agency(id="bergen-bv", kind=AgencyKind.CHILD_WELFARE, jurisdiction=NO)
    politi = Agency(id="politi-vest", kind=AgencyKind.POLICE, jurisdiction=NO)
    ask = request(from_agency=barnevernet, to_agency=politi)
    decision = decide_disclosure(ask, new_case(jurisdiction=NO), on=DAY)
    assert decision.grounds == (G.AVERT_DANGER,)
    assert [g.rule for g in decision.relied_on] == [
        "NO-DISCLOSURE-DANGER-TO-LIFE-OR-HEALTH",
        "NO-DISCLOSURE-CHILD-WELFARE-DANGER",
    ]
    before_2021 = decide_disclosure(ask, new_case(jurisdiction=NO), on=dt.date(2021, 6, 30))
    assert [g.rule for g in before_2021.relied_on] == ["NO-DISCLOSURE-CHILD-WELFARE-DANGER"]
    assert str(before_2021.relied_on[0].reference).startswith("barnevernloven 1992:100")


def test_health_personnel_may_alert_the_police_and_the_police_share_under_their_own_act():
    legevakt = Agency(id="legevakt", kind=AgencyKind.HEALTH_CARE, jurisdiction=NO)
    politi = Agency(id="politi-vest", kind=AgencyKind.POLICE, jurisdiction=NO)
    barnevernet = Agency(id="bergen-bv", kind=AgencyKind.CHILD_WELFARE, jurisdiction=NO)
    alert = decide_disclosure(
        request(from_agency=legevakt, to_agency=politi), new_case(jurisdiction=NO), on=DAY
    )
    assert "helsepersonelloven § 31" in {str(g.reference) for g in alert.relied_on}
    police = decide_disclosure(
        request(from_agency=politi, to_agency=barnevernet, purpose=P.CHILD_PROTECTION),
        new_case(jurisdiction=NO),
        on=DAY,
    )
    assert G.POLICE_SHARING in police.grounds
    assert G.DUTY_BY_LAW in police.grounds  # the police inform barnevernet too


def amira_under_the_marker(*perpetrators):
    """Amira (16) under an honour marker naming ``perpetrators``; her parents both consented."""
    both = consent(
        person="amira",
        given_by=("mother", "father"),
        categories=(D.IDENTITY, D.INCIDENTS, D.WHEREABOUTS),
        maturity=judged(MATURITY, holds=False, on=dt.date(2026, 3, 2)),
    )
    return honour_case(marker(perpetrators=perpetrators), both, with_marker=False)


def test_parents_the_honour_marker_names_cannot_consent_for_amira():
    # Both parents are in the perpetrator group; no incident names them. Their consent to tell
    # the clinic about her does not count.
    case = amira_under_the_marker("father", "mother")
    decision = decide_disclosure(clinic_request(person="amira"), case, on=DAY)
    assert (
        "every custodian is suspected of violence in the case" in rejected(decision, G.CONSENT)[0]
    )


def test_the_mother_outside_the_perpetrator_group_still_consents_for_amira():
    case = amira_under_the_marker("father", "uncle")
    decision = decide_disclosure(
        clinic_request(person="amira", categories=(D.IDENTITY, D.WHEREABOUTS)), case, on=DAY
    )
    assert decision.grounds == (G.CONSENT,)
    assert any(
        "custodian father, suspected of violence in the case" in j.question
        for j in decision.judgements
    )
    # Her address may go on the consent, but whether it can reach the collective is a human's
    # judgement, listed and not decided.
    assert D.WHEREABOUTS in decision.categories
    assert any(
        "under an honour marker" in j.question and j.recorded is None for j in decision.judgements
    )
