"""The audit log: appended in order, hash-chained, every change, deletion, reordering and
insertion found at its first broken link; who saw a person's data, and what the person is told."""

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from familyviolence import InvalidModel, evolve, from_json, to_json
from familyviolence.audit import (
    GENESIS,
    RIGHT_OF_ACCESS,
    AccessPurpose,
    AuditAction,
    AuditEntry,
    AuditLog,
    ChainProblem,
    EmergencyReason,
    access_report,
    digest_of,
    verify,
    who_saw,
)
from familyviolence.law import LegalReference
from familyviolence.privacy import sensitivity_of
from familyviolence.testing import strategies as fvst
from familyviolence.vocabulary import Sensitivity
from scenario import at

OSL_10_2 = LegalReference(statute="OSL 2009:400", provision="10 kap. 2 §", verified=True)


def a_week_of_work():
    """Anna reads Elias's case, notes a change, discloses to the school's health service; on
    the night, the on-call social worker breaks the glass; Bo reads it on Monday."""
    log = AuditLog()
    log = log.record(
        at=at("2026-03-02", "09:00"),
        actor="staff-17",
        agency="malmo-bou",
        action=AuditAction.READ,
        purpose=AccessPurpose.CASEWORK,
        case="case-1",
        persons=("elias", "mother", "father"),
    )
    log = log.record(
        at=at("2026-03-02", "09:40"),
        actor="staff-17",
        agency="malmo-bou",
        action=AuditAction.CHANGE,
        purpose=AccessPurpose.CASEWORK,
        case="case-1",
        persons=("elias",),
    )
    log = log.record(
        at=at("2026-03-03", "11:00"),
        actor="staff-17",
        agency="malmo-bou",
        action=AuditAction.DISCLOSURE,
        purpose=AccessPurpose.DISCLOSURE,
        case="case-1",
        persons=("elias",),
        recipient="school-health",
        ground=OSL_10_2,
    )
    log = log.record(
        at=at("2026-03-07", "02:10"),
        actor="staff-90",
        agency="malmo-bou",
        action=AuditAction.EMERGENCY_ACCESS,
        purpose=AccessPurpose.EMERGENCY,
        case="case-1",
        persons=("elias", "mother", "father", "saga"),
        emergency_reason=EmergencyReason.CHILD_AT_IMMEDIATE_RISK,
    )
    return log.record(
        at=at("2026-03-09", "08:30"),
        actor="staff-18",
        agency="malmo-bou",
        action=AuditAction.READ,
        purpose=AccessPurpose.SUPERVISION,
        case="case-1",
        persons=("mother",),
    )


def tampered(entries):
    return AuditLog(entries=tuple(entries))


def test_a_log_recorded_in_order_holds_and_each_entry_links_to_the_one_before():
    log = a_week_of_work()
    assert verify(log) is None
    assert log.entries[0].previous == GENESIS
    for before, entry in zip(log.entries, log.entries[1:], strict=False):
        assert entry.previous == before.digest
    assert [e.sequence for e in log.entries] == list(range(5))
    assert log.head.length == 5
    assert log.head.digest == log.entries[-1].digest


def test_recording_leaves_the_log_it_was_given_unchanged():
    log = a_week_of_work()
    longer = log.record(
        at=at("2026-03-10"),
        actor="staff-17",
        agency="malmo-bou",
        action=AuditAction.READ,
        purpose=AccessPurpose.CASEWORK,
        case="case-1",
    )
    assert len(log.entries) == 5
    assert len(longer.entries) == 6


def test_a_changed_entry_is_found():
    log = a_week_of_work()
    entries = list(log.entries)
    # Someone hides that Bo read the mother's data: only the purpose is altered.
    entries[4] = evolve(entries[4], purpose=AccessPurpose.CASEWORK)
    broken = verify(tampered(entries))
    assert (broken.index, broken.problem) == (4, ChainProblem.DIGEST)


def test_a_changed_entry_with_its_digest_recomputed_breaks_the_next_link():
    log = a_week_of_work()
    entries = list(log.entries)
    forged = evolve(entries[1], persons=("saga",))
    entries[1] = evolve(forged, digest=digest_of(forged))
    broken = verify(tampered(entries))
    assert (broken.index, broken.problem) == (2, ChainProblem.PREVIOUS)


def test_a_deleted_entry_is_found():
    log = a_week_of_work()
    entries = [e for e in log.entries if e.action is not AuditAction.EMERGENCY_ACCESS]
    broken = verify(tampered(entries))
    assert (broken.index, broken.problem) == (3, ChainProblem.SEQUENCE)


def test_a_deleted_entry_with_the_rest_renumbered_is_found_by_its_link():
    log = a_week_of_work()
    kept = [e for e in log.entries if e.sequence != 3]
    entries = [evolve(e, sequence=i) for i, e in enumerate(kept)]
    broken = verify(tampered(entries))
    assert broken.index == 3
    assert broken.problem in {ChainProblem.PREVIOUS, ChainProblem.DIGEST}


def test_reordered_entries_are_found():
    log = a_week_of_work()
    entries = list(log.entries)
    entries[1], entries[2] = entries[2], entries[1]
    broken = verify(tampered(entries))
    assert broken.index == 1


def test_an_inserted_entry_is_found():
    log = a_week_of_work()
    entries = list(log.entries)
    stray = AuditEntry(
        sequence=2,
        at=at("2026-03-02", "10:00"),
        actor="staff-40",
        agency="malmo-bou",
        action=AuditAction.READ,
        purpose=AccessPurpose.CASEWORK,
        case="case-1",
        previous=entries[1].digest,
        digest=GENESIS,
    )
    stray = evolve(stray, digest=digest_of(stray))
    entries.insert(2, stray)
    broken = verify(tampered(entries))
    assert broken.index == 3


def test_entries_cut_from_the_end_are_found_against_the_kept_head():
    log = a_week_of_work()
    head = log.head
    cut = AuditLog(entries=log.entries[:3])
    assert verify(cut) is None  # the chain alone cannot tell
    broken = verify(cut, head=head)
    assert (broken.index, broken.problem) == (3, ChainProblem.TRUNCATED)
    assert verify(log, head=head) is None
    longer = log.record(
        at=at("2026-03-10"),
        actor="staff-17",
        agency="malmo-bou",
        action=AuditAction.READ,
        purpose=AccessPurpose.CASEWORK,
        case="case-1",
    )
    assert verify(longer, head=head) is None


def test_a_log_rewritten_from_the_start_does_not_match_the_kept_head():
    log = a_week_of_work()
    head = log.head
    rewritten = AuditLog()
    for entry in log.entries:
        purpose = AccessPurpose.CASEWORK if entry.sequence == 4 else entry.purpose
        rewritten = rewritten.record(
            at=entry.at,
            actor=entry.actor,
            agency=entry.agency,
            action=entry.action,
            purpose=purpose,
            case=entry.case,
            persons=entry.persons,
            emergency_reason=entry.emergency_reason,
            recipient=entry.recipient,
            ground=entry.ground,
        )
    assert verify(rewritten) is None
    broken = verify(rewritten, head=head)
    assert (broken.index, broken.problem) == (4, ChainProblem.HEAD)


def test_an_entry_before_the_last_cannot_be_appended():
    with pytest.raises(InvalidModel) as raised:
        a_week_of_work().record(
            at=at("2026-03-01"),
            actor="staff-17",
            agency="malmo-bou",
            action=AuditAction.READ,
            purpose=AccessPurpose.CASEWORK,
            case="case-1",
        )
    assert raised.value.field == "at"


@pytest.mark.parametrize("when", ["2026-03-03", dt.date(2026, 3, 3)])
def test_a_read_recorded_with_a_day_instead_of_a_moment_is_refused_naming_at(when):
    for log in (AuditLog(), a_week_of_work()):
        with pytest.raises(InvalidModel) as raised:
            log.record(
                at=when,
                actor="staff-17",
                agency="malmo-bou",
                action=AuditAction.READ,
                purpose=AccessPurpose.CASEWORK,
                case="case-1",
            )
        assert (raised.value.model, raised.value.field) == ("AuditEntry", "at")


def test_verifying_something_that_is_not_a_log_says_so():
    with pytest.raises(TypeError, match="AuditLog"):
        verify("case-1")
    with pytest.raises(TypeError, match="ChainHead"):
        verify(a_week_of_work(), head="0" * 64)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"action": AuditAction.DISCLOSURE}, "recipient"),
        ({"recipient": "school-health"}, "recipient"),
        ({"ground": OSL_10_2}, "ground"),
        ({"emergency_reason": EmergencyReason.CONSENT_GIVEN}, "emergency_reason"),
        (
            {
                "action": AuditAction.EMERGENCY_ACCESS,
                "emergency_reason": EmergencyReason.CONSENT_GIVEN,
            },
            "purpose",
        ),
        ({"actor": "19850921-1234"}, "actor"),
        ({"persons": ("elias", "elias")}, "persons[1]"),
        ({"persons": ("elias", "198509211234")}, "persons[1]"),
    ],
)
def test_an_impossible_entry_is_refused_naming_its_field_and_no_personal_value(fields, field):
    values = {
        "at": at("2026-03-02"),
        "actor": "staff-17",
        "agency": "malmo-bou",
        "action": AuditAction.READ,
        "purpose": AccessPurpose.CASEWORK,
        "case": "case-1",
    }
    with pytest.raises(InvalidModel) as raised:
        AuditLog().record(**{**values, **fields})
    assert raised.value.field == field
    assert "19850921" not in str(raised.value)
    assert "8509211234" not in str(raised.value)


def test_a_digest_must_be_a_sha256_in_hex():
    entry = a_week_of_work().entries[0]
    with pytest.raises(InvalidModel) as raised:
        evolve(entry, digest="not-a-digest")
    assert raised.value.field == "digest"


def test_who_saw_the_mothers_data_when_and_for_what():
    seen = who_saw(a_week_of_work(), "mother")
    assert [(e.actor, e.at, e.purpose) for e in seen] == [
        ("staff-17", at("2026-03-02", "09:00"), AccessPurpose.CASEWORK),
        ("staff-90", at("2026-03-07", "02:10"), AccessPurpose.EMERGENCY),
        ("staff-18", at("2026-03-09", "08:30"), AccessPurpose.SUPERVISION),
    ]
    assert who_saw(a_week_of_work(), "nobody") == ()


def test_the_person_is_told_when_why_and_by_which_agency_not_by_which_employee():
    lines = access_report(a_week_of_work(), "elias")
    assert [
        (line.at, line.action, line.purpose, line.agency, line.recipient) for line in lines
    ] == [
        (at("2026-03-02", "09:00"), AuditAction.READ, AccessPurpose.CASEWORK, "malmo-bou", None),
        (at("2026-03-02", "09:40"), AuditAction.CHANGE, AccessPurpose.CASEWORK, "malmo-bou", None),
        (
            at("2026-03-03", "11:00"),
            AuditAction.DISCLOSURE,
            AccessPurpose.DISCLOSURE,
            "malmo-bou",
            "school-health",
        ),
        (
            at("2026-03-07", "02:10"),
            AuditAction.EMERGENCY_ACCESS,
            AccessPurpose.EMERGENCY,
            "malmo-bou",
            None,
        ),
    ]
    assert all("staff-" not in repr(line) for line in lines)
    assert {str(ref) for ref in RIGHT_OF_ACCESS} >= {"GDPR (EU) 2016/679 art. 32"}


def test_the_log_holds_ids_codes_and_purposes_only():
    for cls in (AuditEntry, AuditLog):
        for field in attrs.fields(cls):
            assert sensitivity_of(field) is Sensitivity.PUBLIC, field.name


def test_a_log_reads_back_and_still_holds():
    log = a_week_of_work()
    back = from_json(AuditLog, to_json(log))
    assert back == log
    assert verify(back) is None


@settings(max_examples=60)
@given(fvst.audit_logs())
def test_every_log_recorded_in_order_holds_and_reads_back(log):
    assert verify(log) is None
    assert verify(from_json(AuditLog, to_json(log)), head=log.head) is None


TAMPERING = ("change", "delete", "swap", "insert")


@settings(max_examples=150)
@given(fvst.audit_logs(max_entries=8).filter(lambda log: len(log.entries) >= 2), st.data())
def test_any_tampering_is_found_at_or_before_the_entry_tampered_with(log, data):
    entries = list(log.entries)
    how = data.draw(st.sampled_from(TAMPERING))
    i = data.draw(st.integers(0, len(entries) - 2))
    if how == "change":
        entries[i] = evolve(entries[i], case="case-9" if entries[i].case != "case-9" else "case-8")
    elif how == "delete":
        del entries[i]
    elif how == "swap":
        if entries[i].digest == entries[i + 1].digest:
            return
        entries[i], entries[i + 1] = entries[i + 1], entries[i]
    else:
        entries.insert(i, evolve(entries[i], at=entries[i].at - dt.timedelta(seconds=1)))
    broken = verify(AuditLog(entries=tuple(entries)), head=log.head)
    assert broken is not None
    assert broken.index <= i + 1
