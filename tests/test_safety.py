"""The safety records on their own and in a case: what can exist, and what a case must hold."""

import datetime as dt

import pytest

from familyviolence import (
    AgencyKind,
    DisclosureRequest,
    InvalidModel,
    Jurisdiction,
    Period,
    RiskLevel,
    evolve,
    from_json,
    to_json,
)
from familyviolence.collaboration import Agency, DisclosurePurpose
from familyviolence.collaboration import Agency as CollaborationAgency
from familyviolence.conference_criteria import repeat_of
from familyviolence.interventions import Intervention, InterventionKind
from familyviolence.safety import (
    ADDRESS_PROTECTION_LAW,
    CONTACT_BAN_LAW,
    AccompanyingChild,
    AddressProtectionMeasure,
    ConferenceAction,
    ContactBan,
    ContactBanBreach,
    HousingEndReason,
    InformationShare,
    OtherMeasure,
    OtherMeasureKind,
    PlanAction,
    PlanGapKind,
    PlanRisk,
    PlanStatus,
    ProtectedHousing,
    RiskConference,
    SafetyPlan,
)
from familyviolence.vocabulary import AddressProtection, DataCategory
from rule_checks import incident, through_decision
from safety_scenario import ALARM, POLICE, ban, dash, housing, plan, referral, sara
from scenario import new_case

D = dt.date.fromisoformat


def test_the_safety_names_are_exported_from_the_package():
    assert CollaborationAgency is Agency
    assert type(ban()) is ContactBan


def test_a_contact_ban_cannot_protect_a_person_from_themselves():
    with pytest.raises(InvalidModel, match=r"ContactBan\.restrained"):
        evolve(ban(), restrained="mother")


def test_a_breach_must_fall_within_the_ban():
    with pytest.raises(InvalidModel, match=r"ContactBan\.breaches\[0\]\.on"):
        ban(breaches=("2026-05-01",))


def test_a_ban_needs_a_first_day_and_is_in_force_on_both_ends():
    with pytest.raises(InvalidModel, match="first day"):
        evolve(ban(), period=Period(end=D("2026-04-30")))
    made = ban()
    assert made.in_force(on=D("2026-03-03"))
    assert made.in_force(on=D("2026-04-30"))
    assert not made.in_force(on=D("2026-05-01"))
    assert made.between("father", "mother")


def test_the_laws_of_a_contact_ban_are_cited_by_name_where_the_section_is_not_confirmed():
    sweden, norway = CONTACT_BAN_LAW[Jurisdiction.SE], CONTACT_BAN_LAW[Jurisdiction.NO]
    assert sweden.statute == "Lag (1988:688) om kontaktförbud"
    assert sweden.provision is None
    assert norway.statute == "straffeprosessloven"
    assert (norway.provision, norway.verified) == (None, False)
    assert ADDRESS_PROTECTION_LAW[Jurisdiction.SE].provision == "22 kap. 1 §"
    # Folkeregisterloven § 10-4 grades addresses fortrolig / strengt fortrolig: verified in
    # Prop. 84 L (2019-2020) (RULES.md, December 2026).
    assert str(ADDRESS_PROTECTION_LAW[Jurisdiction.NO]) == "folkeregisterloven § 10-4"


def test_a_stay_in_protected_housing_ends_with_a_reason_and_names_each_child_once():
    stay = ProtectedHousing(
        id="shelter-1",
        person="mother",
        period=Period(start=D("2026-03-03"), end=D("2026-05-31")),
        children=(AccompanyingChild(child="elias"),),
        end_reason=HousingEndReason.MOVED_TO_OWN_HOME,
    )
    assert stay.in_force(on=D("2026-05-31"))
    with pytest.raises(InvalidModel, match="end_reason"):
        evolve(stay, period=Period(start=D("2026-03-03")))
    with pytest.raises(InvalidModel, match=r"children\[1\]\.child"):
        evolve(stay, children=(AccompanyingChild(child="elias"), AccompanyingChild(child="elias")))
    with pytest.raises(InvalidModel, match=r"children\[0\]\.child"):
        evolve(stay, children=(AccompanyingChild(child="mother"),))


def test_a_childs_needs_note_is_hidden_in_repr():
    child = AccompanyingChild(child="saga", needs_note="Rädd för mörker efter flytten.")
    assert child.needs_recorded
    assert "mörker" not in repr(child)


def test_the_housed_person_does_not_stay_home():
    with pytest.raises(InvalidModel, match=r"PerpetratorHousing\.staying_home"):
        evolve(housing(), staying_home=("father", "elias"))


def test_address_protection_is_granted_after_it_is_applied_for_or_refused():
    applied = AddressProtectionMeasure(
        id="protection-1",
        person="mother",
        level=AddressProtection.CONFIDENTIAL_ADDRESS,
        applied_on=D("2026-03-04"),
    )
    assert not applied.in_force(on=D("2026-03-05"))
    granted = evolve(applied, granted_on=D("2026-03-10"))
    assert granted.in_force(on=D("2026-03-10"))
    with pytest.raises(InvalidModel, match="granted_on"):
        evolve(applied, granted_on=D("2026-03-01"))
    with pytest.raises(InvalidModel, match="refused"):
        evolve(granted, refused=True)


def test_another_measure_of_an_organisations_own_kind_carries_its_code():
    escort = OtherMeasure(
        id="escort-1",
        person="mother",
        kind=OtherMeasureKind.POLICE_ESCORT,
        period=Period(start=D("2026-03-04")),
    )
    own = evolve(escort, kind=OtherMeasureKind.OTHER, code="safe_room")
    assert own.code == "safe_room"
    with pytest.raises(InvalidModel, match=r"OtherMeasure\.code"):
        evolve(escort, kind=OtherMeasureKind.OTHER)
    with pytest.raises(InvalidModel, match=r"OtherMeasure\.code"):
        evolve(escort, code="safe_room")


def test_a_plans_actions_address_only_its_own_risks_and_ids_are_unique():
    with pytest.raises(InvalidModel, match=r"SafetyPlan\.actions\[0\]\.addresses\[0\]"):
        plan(evolve(ALARM, addresses=("risk-9",)))
    with pytest.raises(InvalidModel, match=r"SafetyPlan\.actions\[1\]\.id"):
        plan(ALARM, ALARM)


def test_plan_gaps_name_the_risk_and_the_action():
    vague = PlanAction(id="talk", description="Stödsamtal.", addresses=("risk-1",))
    made = SafetyPlan(
        id="plan-1",
        person="mother",
        made_on=D("2026-03-04"),
        risks=(
            PlanRisk(id="risk-1", level=RiskLevel.HIGH),
            PlanRisk(id="risk-2", assessment="dash-1"),
        ),
        actions=(vague,),
    )
    assert [(g.kind, g.field, g.item) for g in made.gaps()] == [
        (PlanGapKind.ACTION_WITHOUT_AGENCY, "actions[0].agency", "talk"),
        (PlanGapKind.ACTION_WITHOUT_DUE_DATE, "actions[0].due_on", "talk"),
    ]
    assert next(g.item for g in made.gaps(high_assessments={"dash-1"})) == "risk-2"
    complete = evolve(made, actions=(evolve(vague, agency=POLICE, due_on=D("2026-03-10")),))
    assert complete.is_complete()
    assert not complete.is_complete(high_assessments={"dash-1"})


def test_a_conference_not_yet_held_records_nothing_from_it():
    with pytest.raises(InvalidModel, match=r"RiskConference\.actions"):
        referral(
            actions=(
                ConferenceAction(
                    id="a", description="Hotbedömning.", agency=POLICE, due_on=D("2026-03-20")
                ),
            )
        )
    with pytest.raises(InvalidModel, match=r"RiskConference\.held_on"):
        referral(on="2026-03-05", held_on=D("2026-03-01"))
    with pytest.raises(InvalidModel, match=r"RiskConference\.perpetrators"):
        evolve(referral(), perpetrators=("mother",))


# -- in a case ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "path"),
    [
        (
            {"protective_measures": (evolve(ban(), protected="aunt"),)},
            "protective_measures[0].protected",
        ),
        (
            {"protective_measures": (ban(breaches=("2026-03-20",)),)},
            None,
        ),
        ({"protective_measures": (housing(),)}, "protective_measures[0].risk_assessment"),
        (
            {"assessments": (sara(),), "protective_measures": (evolve(housing(), pathway="p-1"),)},
            "protective_measures[0].pathway",
        ),
        ({"safety_plans": (plan(),)}, "safety_plans[0].risks[0].assessment"),
        (
            {
                "conferences": (
                    referral(held_on=D("2026-03-12"), shared=(InformationShare(disclosure="d-1"),)),
                )
            },
            "conferences[0].shared[0].disclosure",
        ),
        ({"conferences": (evolve(referral(), victim="aunt"),)}, "conferences[0].victim"),
    ],
)
def test_a_case_checks_what_its_safety_records_name(fields, path):
    if path is None:
        assert new_case(**fields).protective_measures
        return
    with pytest.raises(InvalidModel) as error:
        new_case(**fields)
    assert error.value.field == path


def test_a_breach_names_an_incident_of_the_case():
    breached = evolve(ban(), breaches=(ContactBanBreach(on=D("2026-03-20"), incident="x-1"),))
    with pytest.raises(InvalidModel) as error:
        new_case(protective_measures=(breached,))
    assert error.value.field == "protective_measures[0].breaches[0].incident"
    made = new_case(
        incidents=(incident(incident_id="x-1", day="2026-03-20", recorded="2026-03-21"),),
        protective_measures=(breached,),
    )
    assert made.measure("ban-1") == breached


def test_safety_record_ids_are_unique_in_their_field():
    with pytest.raises(InvalidModel) as error:
        new_case(protective_measures=(ban(), ban()))
    assert error.value.field == "protective_measures[1].id"


def test_the_housing_names_the_decision_that_granted_it_and_the_treatment_it_enables():
    decided = through_decision(
        new_case(assessments=(sara(),)),
        Intervention(
            id="housing-decision", kind=InterventionKind.PERPETRATOR_HOUSING, for_person="father"
        ),
        Intervention(
            id="treatment",
            kind=InterventionKind.PERPETRATOR_INDIVIDUAL_TREATMENT,
            for_person="father",
        ),
        decided="2026-03-19",
    )
    linked = evolve(housing(), intervention="housing-decision", enables=("treatment",))
    case = decided.with_records(linked)
    assert case.measure("housing-1").enables == ("treatment",)
    granted = {s.intervention.id for s in case.state.interventions}
    assert {linked.intervention, *linked.enables} <= granted


def test_a_protected_person_has_one_open_safety_plan():
    second = evolve(plan(ALARM), id="plan-2")
    with pytest.raises(InvalidModel) as error:
        new_case(assessments=(dash(15),), safety_plans=(plan(ALARM), second))
    assert error.value.field == "safety_plans[1].person"
    closed = evolve(plan(ALARM), status=PlanStatus.CLOSED)
    assert len(new_case(assessments=(dash(15),), safety_plans=(closed, second)).safety_plans) == 2


def test_with_records_files_and_replaces_safety_records_by_id():
    case = new_case(assessments=(dash(15),))
    filed = case.with_records(ban(), plan(ALARM), referral())
    assert [m.id for m in filed.protective_measures] == ["ban-1"]
    assert filed.safety_plan("plan-1").actions == (ALARM,)
    assert filed.conference("marac-1").victim == "mother"
    longer = filed.with_records(ban(end="2026-06-30"))
    assert len(longer.protective_measures) == 1
    assert longer.measure("ban-1").period.end == D("2026-06-30")
    assert case.protective_measures == ()


def test_error_messages_about_safety_records_hold_ids_never_free_text():
    described = "Hotade med kniv i hallen"
    breached = evolve(
        ban(),
        breaches=(ContactBanBreach(on=D("2026-03-20"), incident="x-1", description=described),),
    )
    with pytest.raises(InvalidModel) as error:
        new_case(protective_measures=(breached,))
    assert described not in str(error.value)
    assert described not in repr(breached)


def test_a_case_with_safety_records_round_trips_through_json():
    shelter = ProtectedHousing(
        id="shelter-1",
        person="mother",
        period=Period(start=D("2026-03-03")),
        children=(AccompanyingChild(child="elias"),),
        provider=Agency(id="jouren", kind=AgencyKind.WOMENS_SHELTER, jurisdiction=Jurisdiction.SE),
    )
    disclosure = DisclosureRequest(
        id="d-1",
        from_agency=POLICE,
        to_agency=Agency(
            id="bou", kind=AgencyKind.SOCIAL_SERVICES_CHILDREN, jurisdiction=Jurisdiction.SE
        ),
        person="mother",
        categories=(DataCategory.IDENTITY,),
        purpose=DisclosurePurpose.RISK_ASSESSMENT,
        requested_on=D("2026-03-10"),
    )
    case = new_case(
        incidents=(incident(),),
        assessments=(dash(15), sara()),
        disclosures=(disclosure,),
        protective_measures=(ban(breaches=("2026-03-20",)), housing(), shelter),
        safety_plans=(plan(ALARM),),
        conferences=(
            referral(held_on=D("2026-03-12"), shared=(InformationShare(disclosure="d-1"),)),
        ),
    )
    assert from_json(type(case), to_json(case)) == case


def test_repeat_of_names_the_earlier_referral():
    case = new_case(
        incidents=(
            incident(),
            incident(day="2026-09-01", recorded="2026-09-02", incident_id="i-2"),
        ),
        conferences=(referral(), referral(conference_id="marac-2", on="2026-09-04")),
    )
    assert repeat_of(case, case.conferences[1]).id == "marac-1"
    assert repeat_of(case, case.conferences[0]) is None
    assert isinstance(case.conferences[0], RiskConference)
