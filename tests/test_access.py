"""May this professional read this case: assigned or not, protected persons, a colleague's or a
relative's case, emergency access with and without a reason; decided from the data alone."""

import datetime as dt

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from familyviolence import InvalidModel, evolve
from familyviolence.access import (
    EMERGENCY_WINDOW,
    ROLE_PURPOSES,
    AccessReason,
    break_glass,
    may_access,
)
from familyviolence.audit import (
    AccessPurpose,
    AuditAction,
    AuditEntry,
    AuditLog,
    EmergencyReason,
    verify,
)
from familyviolence.cases import Case
from familyviolence.collaboration import Professional, ProfessionalRole
from familyviolence.family import FamilySystem
from familyviolence.people import Person
from familyviolence.periods import Period
from familyviolence.responsibility import (
    Assignment,
    AssignmentRole,
    ResponsibleAgency,
    StaffTie,
    TieKind,
)
from familyviolence.testing import strategies as fvst
from familyviolence.vocabulary import AddressProtection, Jurisdiction
from scenario import at, family, new_case

MALMO = "malmo-bou"
ANNA = Professional(id="staff-17", agency=MALMO, role=ProfessionalRole.SOCIAL_WORKER)
BO = Professional(id="staff-18", agency=MALMO, role=ProfessionalRole.SOCIAL_WORKER)
ON_CALL = Professional(id="staff-90", agency=MALMO, role=ProfessionalRole.SOCIAL_WORKER)
NOW = at("2026-03-10", "10:00")


def assigned(professional=ANNA, role=AssignmentRole.RESPONSIBLE, **fields):
    return Assignment(
        id=f"assignment-{professional.id}",
        professional=professional.id,
        agency=professional.agency,
        role=role,
        period=Period(start=dt.date(2026, 3, 2)),
        **fields,
    )


def protected_family():
    """Karin (the mother) lives at a protected address; the rest as in the scenario."""
    persons = tuple(
        evolve(p, address_protection=AddressProtection.PROTECTED_REGISTRATION)
        if p.id == "mother"
        else p
        for p in family().persons
    )
    return evolve(family(), persons=persons)


def _protected(**fields):
    return Case(
        id="case-1",
        jurisdiction=Jurisdiction.SE,
        family=protected_family(),
        subjects=("elias",),
        **fields,
    )


def test_the_assigned_caseworker_may_read_the_case_for_casework():
    case = new_case(assignments=(assigned(),))
    answer = may_access(ANNA, case, AccessPurpose.CASEWORK, on=NOW)
    assert answer.granted
    assert answer.reason is AccessReason.ASSIGNED
    assert answer.basis == "assignment-staff-17"


def test_a_colleague_not_assigned_may_not():
    case = new_case(assignments=(assigned(),))
    answer = may_access(BO, case, AccessPurpose.CASEWORK, on=NOW)
    assert not answer
    assert answer.reason is AccessReason.NOT_ASSIGNED
    assert answer.basis is None


def test_an_assignment_counts_only_while_it_holds():
    ended = evolve(assigned(), period=Period(start=dt.date(2026, 3, 2), end=dt.date(2026, 3, 9)))
    case = new_case(assignments=(ended,))
    assert may_access(ANNA, case, AccessPurpose.CASEWORK, on=at("2026-03-09", "16:00"))
    assert may_access(ANNA, case, AccessPurpose.CASEWORK, on=NOW).reason is (
        AccessReason.NOT_ASSIGNED
    )


def test_a_co_worker_may_do_casework_but_not_take_decisions():
    case = new_case(assignments=(assigned(BO, AssignmentRole.CO_WORKER),))
    assert may_access(BO, case, AccessPurpose.CASEWORK, on=NOW)
    refused = may_access(BO, case, AccessPurpose.DECISION, on=NOW)
    assert refused.reason is AccessReason.PURPOSE_NOT_COVERED


def test_after_the_case_moved_to_another_municipality_the_old_assignment_gives_no_access():
    held = (
        ResponsibleAgency(
            id="held-1",
            agency=MALMO,
            period=Period(start=dt.date(2026, 1, 1), end=dt.date(2026, 3, 5)),
        ),
        ResponsibleAgency(id="held-2", agency="lund-bou", period=Period(start=dt.date(2026, 3, 6))),
    )
    case = new_case(assignments=(assigned(),), responsible_agencies=held)
    assert may_access(ANNA, case, AccessPurpose.CASEWORK, on=at("2026-03-05", "15:00"))
    answer = may_access(ANNA, case, AccessPurpose.CASEWORK, on=NOW)
    assert answer.reason is AccessReason.AGENCY_NOT_RESPONSIBLE


def test_an_assignment_at_another_agency_than_the_professionals_does_not_count():
    elsewhere = evolve(assigned(), agency="lund-bou")
    answer = may_access(ANNA, new_case(assignments=(elsewhere,)), AccessPurpose.CASEWORK, on=NOW)
    assert answer.reason is AccessReason.NOT_ASSIGNED


def test_a_protected_person_is_seen_only_by_staff_designated_for_her():
    case = _protected(assignments=(assigned(), assigned(BO, designated_for=("mother",))))
    refused = may_access(ANNA, case, AccessPurpose.CASEWORK, on=NOW)
    assert not refused
    assert refused.reason is AccessReason.PROTECTED_PERSON
    assert refused.persons == ("mother",)
    assert may_access(BO, case, AccessPurpose.CASEWORK, on=NOW).reason is AccessReason.ASSIGNED


def test_a_case_of_a_colleague_is_refused_until_a_manager_clears_it():
    tie = StaffTie(
        id="tie-1", person="father", kind=TieKind.STAFF, professional="staff-40", agency=MALMO
    )
    case = new_case(assignments=(assigned(),), staff_ties=(tie,))
    refused = may_access(ANNA, case, AccessPurpose.CASEWORK, on=NOW)
    assert refused.reason is AccessReason.COLLEAGUE
    assert refused.persons == ("father",)
    cleared = evolve(case, assignments=(assigned(conflict_cleared_by="manager-3"),))
    assert may_access(ANNA, cleared, AccessPurpose.CASEWORK, on=NOW).granted


def test_a_member_of_staff_whose_agency_is_not_recorded_counts_as_a_colleague():
    tie = StaffTie(id="tie-1", person="father", kind=TieKind.STAFF, professional="staff-40")
    case = new_case(assignments=(assigned(),), staff_ties=(tie,))
    assert may_access(ANNA, case, AccessPurpose.CASEWORK, on=NOW).reason is AccessReason.COLLEAGUE


def test_a_staff_member_of_another_agency_is_no_colleague():
    tie = StaffTie(
        id="tie-1",
        person="father",
        kind=TieKind.STAFF,
        professional="nurse-2",
        agency="skane-hospital",
    )
    case = new_case(assignments=(assigned(),), staff_ties=(tie,))
    assert may_access(ANNA, case, AccessPurpose.CASEWORK, on=NOW).granted


def test_a_professionals_own_case_or_a_relatives_is_refused_even_when_assigned_or_in_an_emergency():
    mine = StaffTie(
        id="tie-1", person="mother", kind=TieKind.STAFF, professional="staff-17", agency=MALMO
    )
    sisters = StaffTie(id="tie-2", person="mother", kind=TieKind.RELATIVE, professional="staff-17")
    for tie, reason in ((mine, AccessReason.OWN_CASE), (sisters, AccessReason.RELATIVE)):
        case = new_case(assignments=(assigned(),), staff_ties=(tie,))
        log = break_glass(
            AuditLog(), ANNA, case, reason=EmergencyReason.CHILD_AT_IMMEDIATE_RISK, at=NOW
        )
        for purpose in (AccessPurpose.CASEWORK, AccessPurpose.EMERGENCY):
            answer = may_access(ANNA, case, purpose, on=NOW, log=log)
            assert not answer
            assert answer.reason is reason
            assert answer.persons == ("mother",)


def test_emergency_access_with_a_reason_is_logged_and_then_granted_for_an_hour():
    case = _protected(assignments=(assigned(),))
    night = at("2026-03-10", "02:10")
    assert may_access(ON_CALL, case, AccessPurpose.EMERGENCY, on=night).reason is (
        AccessReason.NOT_ASSIGNED
    )
    log = break_glass(
        AuditLog(), ON_CALL, case, reason=EmergencyReason.CHILD_AT_IMMEDIATE_RISK, at=night
    )
    (entry,) = log.entries
    assert entry.action is AuditAction.EMERGENCY_ACCESS
    assert entry.emergency_reason is EmergencyReason.CHILD_AT_IMMEDIATE_RISK
    assert set(entry.persons) == {"mother", "father", "elias", "saga"}
    answer = may_access(ON_CALL, case, AccessPurpose.EMERGENCY, on=night, log=log)
    assert answer.granted
    assert answer.reason is AccessReason.EMERGENCY
    assert answer.basis == "0"
    later = night + EMERGENCY_WINDOW
    assert not may_access(ON_CALL, case, AccessPurpose.EMERGENCY, on=later, log=log)
    # The emergency opens the case for the emergency, not for everyday casework.
    assert not may_access(ON_CALL, case, AccessPurpose.CASEWORK, on=night, log=log)
    assert verify(log) is None


def test_emergency_access_without_a_reason_cannot_be_logged_nor_granted():
    case = _protected()
    with pytest.raises(InvalidModel) as raised:
        break_glass(AuditLog(), ON_CALL, case, reason=None, at=NOW)
    assert raised.value.field == "emergency_reason"
    with pytest.raises(InvalidModel):
        AuditLog().record(
            at=NOW,
            actor=ON_CALL.id,
            agency=MALMO,
            action=AuditAction.EMERGENCY_ACCESS,
            purpose=AccessPurpose.EMERGENCY,
            case=case.id,
        )
    assert not may_access(ON_CALL, case, AccessPurpose.EMERGENCY, on=NOW, log=AuditLog())


def test_someone_elses_emergency_access_opens_nothing_for_me():
    case = _protected()
    log = break_glass(AuditLog(), BO, case, reason=EmergencyReason.DANGER_TO_LIFE_OR_HEALTH, at=NOW)
    assert not may_access(ON_CALL, case, AccessPurpose.EMERGENCY, on=NOW, log=log)
    other_case = evolve(case, id="case-2")
    assert not may_access(BO, other_case, AccessPurpose.EMERGENCY, on=NOW, log=log)


def test_an_assignment_ends_on_the_local_day_whatever_offset_the_moment_carries():
    """Anna's assignment ended on 9 March. At 00:30 on 10 March in Malmö she is off the case,
    whether the system asking writes that moment in Swedish time, in UTC or ten hours behind."""
    ended = evolve(assigned(), period=Period(start=dt.date(2026, 3, 2), end=dt.date(2026, 3, 9)))
    case = new_case(assignments=(ended,))
    local = dt.datetime(2026, 3, 10, 0, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    for zone in (local.tzinfo, dt.UTC, dt.timezone(dt.timedelta(hours=-10))):
        answer = may_access(ANNA, case, AccessPurpose.CASEWORK, on=local.astimezone(zone))
        assert answer.reason is AccessReason.NOT_ASSIGNED, zone
    last_evening = dt.datetime(2026, 3, 9, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert may_access(ANNA, case, AccessPurpose.CASEWORK, on=last_evening.astimezone(dt.UTC))


def test_an_emergency_entry_in_a_log_that_does_not_verify_opens_nothing():
    """A forged entry put into the log, or a log cut short and held against its kept head,
    grants no emergency access."""
    case = _protected()
    forged = AuditEntry(
        sequence=5,
        at=NOW,
        actor=BO.id,
        agency=MALMO,
        action=AuditAction.EMERGENCY_ACCESS,
        purpose=AccessPurpose.EMERGENCY,
        case=case.id,
        emergency_reason=EmergencyReason.CONSENT_GIVEN,
        previous="a" * 64,
        digest="b" * 64,
    )
    log = AuditLog(entries=(forged,))
    assert verify(log) is not None
    later = NOW + dt.timedelta(minutes=10)
    assert may_access(BO, case, AccessPurpose.EMERGENCY, on=later, log=log).reason is (
        AccessReason.NOT_ASSIGNED
    )
    genuine = break_glass(AuditLog(), BO, case, reason=EmergencyReason.CONSENT_GIVEN, at=NOW)
    genuine = break_glass(genuine, BO, case, reason=EmergencyReason.CONSENT_GIVEN, at=NOW)
    head = genuine.head
    assert may_access(BO, case, AccessPurpose.EMERGENCY, on=later, log=genuine, head=head)
    # Cut back to its first entry, the log still verifies on its own, not against the head.
    cut = AuditLog(entries=genuine.entries[:1])
    assert may_access(BO, case, AccessPurpose.EMERGENCY, on=later, log=cut)
    assert not may_access(BO, case, AccessPurpose.EMERGENCY, on=later, log=cut, head=head)


def test_an_emergency_access_logged_at_another_agency_opens_nothing_here():
    """Bo broke the glass while seconded to the police; back at Malmö it does not count."""
    case = _protected()
    log = AuditLog().record(
        at=NOW,
        actor=BO.id,
        agency="police-skane",
        action=AuditAction.EMERGENCY_ACCESS,
        purpose=AccessPurpose.EMERGENCY,
        case=case.id,
        emergency_reason=EmergencyReason.CONSENT_GIVEN,
    )
    later = NOW + dt.timedelta(minutes=10)
    assert not may_access(BO, case, AccessPurpose.EMERGENCY, on=later, log=log)
    at_police = evolve(BO, agency="police-skane")
    assert may_access(at_police, case, AccessPurpose.EMERGENCY, on=later, log=log)


def test_the_colleague_a_case_is_about_cannot_clear_access_to_it():
    tie = StaffTie(
        id="tie-1", person="mother", kind=TieKind.STAFF, professional="staff-55", agency=MALMO
    )
    with pytest.raises(InvalidModel) as raised:
        new_case(assignments=(assigned(BO, conflict_cleared_by="staff-55"),), staff_ties=(tie,))
    assert raised.value.field == "assignments[0].conflict_cleared_by"
    assert "staff-55" not in str(raised.value)
    cleared = new_case(
        assignments=(assigned(BO, conflict_cleared_by="manager-3"),), staff_ties=(tie,)
    )
    assert may_access(BO, cleared, AccessPurpose.CASEWORK, on=NOW)


# -- the property ------------------------------------------------------------------------------

FROM = dt.datetime(2018, 1, 1)  # noqa: DTZ001 - local times, as a case records them
UNTIL = dt.datetime(2031, 1, 1)  # noqa: DTZ001
PROFESSIONALS = st.builds(
    Professional,
    id=st.sampled_from(("sw-1", "sw-2", "sw-3")),
    agency=st.sampled_from(("soc-north", "soc-south", "bv-bergen", "bv-oslo")),
    role=st.sampled_from(ProfessionalRole),
)


@st.composite
def protected_cases(draw):
    """Cases with at least one person of protected identity, and any responsibility records."""
    ids = ("child-1", "adult-1", "adult-2")
    protection = st.none() | st.sampled_from(AddressProtection)
    levels = [draw(protection) for _ in ids]
    if all(level is None for level in levels):
        levels[draw(st.integers(0, 2))] = draw(st.sampled_from(AddressProtection))
    family_ = FamilySystem(
        persons=tuple(Person(id=i, address_protection=a) for i, a in zip(ids, levels, strict=True))
    )
    protected = tuple(i for i, a in zip(ids, levels, strict=True) if a is not None)
    assignments = draw(st.lists(fvst.assignments(), max_size=4, unique_by=lambda a: a.id))
    if assignments and draw(st.booleans()):
        # Often one assignee is designated for every protected person.
        assignments[0] = evolve(assignments[0], designated_for=protected)
    held = draw(fvst.responsible_agency_histories())
    return Case(
        id="case-1",
        jurisdiction=draw(st.sampled_from(Jurisdiction)),
        family=family_,
        subjects=("child-1",),
        assignments=tuple(assignments),
        responsible_agencies=tuple(held) if draw(st.booleans()) else (),
        staff_ties=tuple(draw(st.lists(fvst.staff_ties(), max_size=2, unique_by=lambda t: t.id))),
    )


@st.composite
def situations(draw):
    """A protected case, someone asking, a purpose, a log and a moment, often ones that grant.

    Three plans: an assignee of the case asks on a day of the assignment; someone asks just
    after logging an emergency access to the case; anyone asks at any moment.
    """
    case = draw(protected_cases())
    log = draw(fvst.audit_logs(max_entries=4))
    anywhere = st.datetimes(min_value=FROM, max_value=UNTIL)
    purpose = draw(st.sampled_from(AccessPurpose))
    plan = draw(st.sampled_from(("assignee", "emergency", "anyone")))
    if plan == "assignee" and case.assignments:
        a = draw(st.sampled_from(case.assignments))
        professional = Professional(
            id=a.professional, agency=a.agency, role=ProfessionalRole.SOCIAL_WORKER
        )
        length = 30 if a.period.end is None else (a.period.end - a.period.start).days
        day = a.period.start + dt.timedelta(days=draw(st.integers(0, length)))
        on = dt.datetime.combine(day, dt.time(10))
        purpose = draw(st.sampled_from(sorted(ROLE_PURPOSES[a.role])) | st.just(purpose))
    elif plan == "emergency":
        professional = draw(PROFESSIONALS)
        opened = (log.entries[-1].at if log.entries else FROM) + dt.timedelta(minutes=5)
        reason = draw(st.sampled_from(EmergencyReason))
        log = break_glass(log, professional, case, reason=reason, at=opened)
        on = opened + dt.timedelta(minutes=draw(st.integers(-10, 70)))
        purpose = draw(st.just(AccessPurpose.EMERGENCY) | st.just(purpose))
    else:
        professional = draw(PROFESSIONALS)
        on = draw(anywhere)
    return case, professional, purpose, log, on


@settings(max_examples=400)
@given(situations())
def test_no_one_without_assignment_and_designation_or_a_logged_emergency_reads_a_protected_case(
    situation,
):
    case, professional, purpose, log, on = situation
    answer = may_access(professional, case, purpose, on=on, log=log)
    event(answer.reason.value)
    if not answer.granted:
        return
    protected = {p.id for p in case.family.persons if p.protected_identity}
    assert protected
    designated = any(
        a.professional == professional.id
        and a.agency == professional.agency
        and a.holds_on(on.date())
        and protected <= set(a.designated_for)
        for a in case.assignments
    )
    emergency = any(
        e.action is AuditAction.EMERGENCY_ACCESS
        and e.emergency_reason is not None
        and e.actor == professional.id
        and e.case == case.id
        and e.at <= on
        for e in log.entries
    )
    assert designated or emergency, answer


@settings(max_examples=100)
@given(case=protected_cases(), professional=PROFESSIONALS, purpose=st.sampled_from(AccessPurpose))
def test_the_answer_is_the_same_for_the_same_data(case, professional, purpose):
    assert may_access(professional, case, purpose, on=NOW) == may_access(
        professional, case, purpose, on=NOW
    )


@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        ((ANNA.id, "case", AccessPurpose.CASEWORK, NOW), "professional"),
        ((ANNA, "case-1", AccessPurpose.CASEWORK, NOW), "case"),
        ((ANNA, None, "casework", NOW), "case"),
        ((ANNA, "case", "casework", NOW), "purpose"),
        ((ANNA, "case", AccessPurpose.CASEWORK, NOW.date()), "on"),
    ],
)
def test_a_wrong_argument_is_an_error_never_an_answer(arguments, named):
    professional, case, purpose, on = arguments
    if case == "case":
        case = new_case(assignments=(assigned(),))
    with pytest.raises(TypeError, match=f"^{named} must be"):
        may_access(professional, case, purpose, on=on)
    with pytest.raises(TypeError, match=r"^log must be"):
        may_access(ANNA, new_case(), AccessPurpose.CASEWORK, on=NOW, log=())
