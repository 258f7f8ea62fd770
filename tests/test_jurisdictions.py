import datetime as dt

import attrs
import pytest

from familyviolence import InvalidModel, Jurisdiction
from familyviolence.events import EVENT_CLASSES
from familyviolence.jurisdictions import PACKS, pack_for
from familyviolence.jurisdictions.no import NORWAY
from familyviolence.jurisdictions.se import SWEDEN
from familyviolence.process import DeadlineKind, EventType, Phase, Transition

PACK_LIST = list(PACKS.values())


def test_every_jurisdiction_has_a_pack():
    assert set(PACKS) == set(Jurisdiction)
    assert pack_for(Jurisdiction.SE) is SWEDEN


def test_every_event_type_has_a_model_whose_tag_is_its_value():
    assert set(EVENT_CLASSES) == set(EventType)
    for event_type, cls in EVENT_CLASSES.items():
        assert attrs.fields(cls).type.default == event_type.value


@pytest.mark.parametrize("pack", PACK_LIST, ids=lambda p: p.jurisdiction.value)
def test_every_event_type_is_allowed_somewhere_and_reopening_only_after_closure(pack):
    allowed = {t.event for t in pack.transitions}
    assert allowed == set(EventType)
    assert pack.allowed_in(Phase.CLOSED) == (EventType.CASE_REOPENED,)


@pytest.mark.parametrize("pack", PACK_LIST, ids=lambda p: p.jurisdiction.value)
def test_every_phase_of_the_process_can_be_reached(pack):
    reached = {Phase.NEW}
    changed = True
    while changed:
        changed = False
        for transition in pack.transitions:
            target = transition.to_phase
            if target and target not in reached and reached & set(transition.from_phases):
                reached.add(target)
                changed = True
    assert reached == set(pack.phases)


def test_swedens_and_norways_processes_follow_their_laws_order():
    assert SWEDEN.next_phase(Phase.REPORT, EventType.IMMEDIATE_PROTECTION_ASSESSED) is (
        Phase.PROTECTION_ASSESSMENT
    )
    assert SWEDEN.next_phase(Phase.PROTECTION_ASSESSMENT, EventType.PRE_ASSESSMENT_CONCLUDED) is (
        Phase.PRE_ASSESSMENT
    )
    assert NORWAY.next_phase(Phase.REPORT, EventType.PRE_ASSESSMENT_CONCLUDED) is Phase.REVIEW
    assert Phase.PROTECTION_ASSESSMENT not in NORWAY.phases
    assert Phase.REVIEW not in SWEDEN.phases


@pytest.mark.parametrize("pack", PACK_LIST, ids=lambda p: p.jurisdiction.value)
def test_each_deadline_rule_has_one_version_in_force_on_every_day(pack):
    kinds = {r.kind for r in pack.deadline_provisions}
    for day in (
        dt.date(2010, 1, 1),
        dt.date(2022, 12, 31),
        dt.date(2023, 1, 1),
        dt.date(2025, 6, 30),
        dt.date(2025, 7, 1),
        dt.date(2040, 1, 1),
    ):
        for kind in kinds:
            versions = [r for r in pack.deadline_provisions if r.kind is kind and r.applies_on(day)]
            assert len(versions) == 1, (kind, day)


def test_the_swedish_acts_change_on_1_july_2025():
    old = SWEDEN.provision_for(DeadlineKind.INVESTIGATION, on=dt.date(2025, 6, 30))
    new = SWEDEN.provision_for(DeadlineKind.INVESTIGATION, on=dt.date(2025, 7, 1))
    assert (old.reference.statute, new.reference.statute) == ("SoL 2001:453", "SoL 2025:400")
    assert old.equivalent == new.reference
    assert new.equivalent == old.reference


def test_references_rules_md_marks_for_verification_are_unverified():
    new = {r.kind: r for r in SWEDEN.deadline_provisions if r.valid_from}
    assert not new[DeadlineKind.PROTECTION_ASSESSMENT].reference.verified
    assert not new[DeadlineKind.INVESTIGATION].reference.verified
    # "20 kap. 2 §" could not be re-confirmed (RULES.md, December 2026): cited by name.
    assert not new[DeadlineKind.PRE_ASSESSMENT].reference.verified
    assert all(r.reference.provision is None for r in new.values())
    feedback = NORWAY.provision_for(DeadlineKind.FEEDBACK_ON_RECEIPT, on=dt.date(2026, 1, 1))
    assert feedback.reference.provision is None  # cited by name, never a guessed section


def test_a_pack_refuses_the_same_event_defined_twice_for_a_phase():
    twice = Transition(event=EventType.NOTE_ADDED, from_phases=(Phase.REPORT,))
    with pytest.raises(InvalidModel, match="note_added in phase report is defined twice"):
        attrs.evolve(SWEDEN, transitions=(*SWEDEN.transitions, twice))


def test_a_pack_refuses_two_versions_of_a_rule_in_force_at_once():
    overlapping = attrs.evolve(SWEDEN.deadline_provisions[0], valid_to=None)
    with pytest.raises(InvalidModel, match="apply on the same day"):
        attrs.evolve(SWEDEN, deadline_provisions=(overlapping, *SWEDEN.deadline_provisions[1:]))
