"""The register's own controls, scenario by scenario: where each fires and where it stays quiet.

Every control of REGISTER_CONTROLS has a test calling fires and one calling quiet with its id
(the last test checks that by reading this file).
"""

import ast
import datetime as dt
from pathlib import Path

import pytest

from familyviolence import AgencyKind, Language
from familyviolence.collaboration import ConcernCategory, ReportOfConcern
from familyviolence.events import ClosureReason, InterventionStarted, InvestigationExtended
from familyviolence.interventions import InterventionKind
from familyviolence.registers.barnevern import NOT_APPLICABLE, REGISTER_CONTROLS
from familyviolence.vocabulary import RecordedSex, ReporterKind
from register_scenario import (
    ELIAS_D_NUMBER,
    NW,
    asked_for_help,
    closed,
    concluded,
    day,
    decided,
    elias_case,
    group,
    investigated,
    opened,
    received,
    reviewed,
)
from rule_checks import fires, quiet
from scenario import at

RULES = REGISTER_CONTROLS


def check_fires(rule_id, case, on, path):
    return fires(rule_id, case, on=day(on), path=path, persons=("elias",), rules=RULES)


def check_quiet(rule_id, case, on):
    quiet(rule_id, case, on=day(on), rules=RULES)


def detailed(concerns=(ConcernCategory.WITNESSED_VIOLENCE,), *, when="2026-05-04",
             reporter=ReporterKind.SCHOOL, agency=AgencyKind.SCHOOL):  # fmt: skip
    return ReportOfConcern(
        id="report-1",
        child="elias",
        received_at=at(when, "13:00"),
        reporter_kind=reporter,
        reporter_agency=agency,
        concerns=concerns,
    )


# -- Sak ------------------------------------------------------------------------------------


def test_a_date_more_than_26_years_before_the_extraction_is_refused():
    old = received(elias_case(None, born=day("1995-06-01")), "1999-03-01")
    found = check_fires("NO-REGISTER-SAK-1", old, "2026-09-01", "$.subjects[0]")
    assert "Sak/StartDato" in found.text("en")
    assert "2000-01-01" in found.text("en")


def test_dates_of_this_decade_are_within_the_registers_range():
    check_quiet("NO-REGISTER-SAK-1", investigated(), "2026-09-01")


def test_a_client_of_25_with_an_open_case_is_to_be_ended():
    case = received(elias_case(None, born=day("2000-01-10")), "2017-03-01")
    check_fires("NO-REGISTER-SAK-7", case, "2026-09-01", "$.subjects[0]")


def test_a_client_of_24_may_still_be_a_client():
    case = received(elias_case(None, born=day("2000-01-10")), "2017-03-01")
    check_quiet("NO-REGISTER-SAK-7", case, "2024-09-01")


def test_a_client_over_18_without_a_measure_is_an_error():
    case = received(elias_case(None, born=day("2007-01-10")), "2024-03-01")
    check_fires("NO-REGISTER-SAK-8", case, "2026-03-01", "$.subjects[0]")


def test_a_client_under_18_needs_no_measure():
    case = received(elias_case(None, born=day("2007-01-10")), "2024-03-01")
    check_quiet("NO-REGISTER-SAK-8", case, "2024-12-31")


def test_an_open_case_with_nothing_the_register_counts_should_be_ended():
    # The mother asked for help; no report, no investigation yet.
    case = asked_for_help(elias_case())
    check_fires("NO-REGISTER-SAK-21", case, "2026-06-01", "$.subjects[0]")


def test_an_open_case_with_a_report_has_content():
    check_quiet("NO-REGISTER-SAK-21", received(elias_case()), "2026-06-01")


def test_a_closed_case_whose_report_has_no_conclusion_the_register_accepts():
    # Closed before the review: from 2026 the register wants to know why, which is not recorded.
    case = closed(received(elias_case()), "2026-05-06")
    check_fires("NO-REGISTER-SAK-23", case, "2026-09-01", "$.history[0]")


def test_a_closed_case_whose_parts_are_all_ended_is_in_order():
    case = closed(received(elias_case(), "2025-05-05"), "2025-05-07")
    check_quiet("NO-REGISTER-SAK-23", case, "2026-09-01")


# -- Personalia -----------------------------------------------------------------------------


def test_a_child_without_a_norwegian_identity_number_has_no_personalia():
    check_fires(
        "NO-REGISTER-PERSONALIA-11", received(elias_case(None)), "2026-06-01", "$.subjects[0]"
    )


def test_a_child_with_a_norwegian_identity_number_has_personalia():
    check_quiet("NO-REGISTER-PERSONALIA-11", received(elias_case()), "2026-06-01")


def test_a_recorded_sex_the_identity_number_contradicts_is_an_error():
    case = received(elias_case(sex=RecordedSex.FEMALE))
    check_fires("NO-REGISTER-PERSONALIA-14", case, "2026-06-01", "$.family.persons[2]")


def test_an_unknown_sex_is_read_off_the_identity_number():
    check_quiet(
        "NO-REGISTER-PERSONALIA-14", received(elias_case(sex=RecordedSex.UNKNOWN)), "2026-06-01"
    )


def test_a_case_begun_more_than_nine_months_before_the_birth_is_an_error():
    # A report about an unborn child, born 1 December 2024.
    case = received(elias_case("01122450011", sex=RecordedSex.UNKNOWN), "2024-01-15")
    found = check_fires("NO-REGISTER-PERSONALIA-16", case, "2026-06-01", "$.family.persons[2]")
    assert "2024-01-15" in found.text("nb")


def test_a_report_about_an_unborn_child_within_nine_months_is_in_order():
    case = received(elias_case("01122450011", sex=RecordedSex.UNKNOWN), "2024-04-15")
    check_quiet("NO-REGISTER-PERSONALIA-16", case, "2026-06-01")


def test_a_d_number_is_reported_with_advice_to_use_the_national_number():
    found = check_fires(
        "NO-REGISTER-PERSONALIA-18",
        received(elias_case(ELIAS_D_NUMBER)),
        "2026-06-01",
        "$.family.persons[2]",
    )
    assert found.text("nb").endswith("Gjelder saksnummer: case-1")
    assert ELIAS_D_NUMBER not in found.text("en")


def test_a_national_identity_number_needs_no_advice():
    check_quiet("NO-REGISTER-PERSONALIA-18", received(elias_case()), "2026-06-01")


# -- Melding ----------------------------------------------------------------------------------


def test_a_report_reviewed_after_more_than_a_week_is_late():
    case = reviewed(received(elias_case()), "2026-05-14")
    found = check_fires("NO-REGISTER-MELDING-3", case, "2026-06-01", "$.history[0]")
    assert (
        found.text("nb")
        == "Fristoverskridelse på behandlingstid for melding, (2026-05-04 -> 2026-05-14)."
    )


def test_a_report_reviewed_within_a_week_is_in_time():
    check_quiet("NO-REGISTER-MELDING-3", reviewed(received(elias_case())), "2026-06-01")


def test_a_concluded_report_from_an_unknown_kind_of_reporter_has_no_reporter():
    case = reviewed(received(elias_case(), reporter=ReporterKind.OTHER))
    check_fires("NO-REGISTER-MELDING-4", case, "2026-06-01", "$.history[0]")


def test_a_concluded_report_from_the_school_has_its_reporter():
    check_quiet("NO-REGISTER-MELDING-4", reviewed(received(elias_case())), "2026-06-01")


def test_a_concluded_report_not_recorded_in_detail_has_no_content():
    case = reviewed(received(elias_case()))
    check_fires("NO-REGISTER-MELDING-5", case, "2026-06-01", "$.history[0]")


def test_a_report_recorded_in_detail_has_its_content():
    case = reviewed(received(elias_case(), report=detailed()))
    check_quiet("NO-REGISTER-MELDING-5", case, "2026-06-01")


def test_two_identical_reports_with_different_ids_are_a_duplicate():
    case = received(received(elias_case()), report_id="report-2", time="13:30")
    case = reviewed(case)
    check_fires("NO-REGISTER-MELDING-19", case, "2026-06-01", "$.history[1]")


def test_two_reports_from_different_reporters_are_not_a_duplicate():
    case = received(received(elias_case()), report_id="report-2", reporter=ReporterKind.POLICE)
    check_quiet("NO-REGISTER-MELDING-19", reviewed(case), "2026-06-01")


def test_a_report_from_another_authority_lacks_the_authoritys_name():
    case = received(elias_case(), reporter=ReporterKind.OTHER_AUTHORITY)
    found = check_fires("NO-REGISTER-MELDER-2", case, "2026-06-01", "$.history[0]")
    assert found.text("nb") == "Melder med kode (22) mangler presisering."


def test_a_report_from_the_probation_service_names_it():
    case = received(elias_case(), reporter=ReporterKind.PRISON_AND_PROBATION)
    check_quiet("NO-REGISTER-MELDER-2", case, "2026-06-01")


# -- Undersøkelse -----------------------------------------------------------------------------


def test_an_investigation_that_led_to_measures_lacks_the_grounds_the_library_does_not_hold():
    case = decided(investigated(), group())
    found = check_fires("NO-REGISTER-UNDERSOKELSE-7", case, "2026-09-01", "$.history[2]")
    assert "code 1" in found.text("en")


def test_an_investigation_closed_without_measures_needs_no_grounds():
    case = closed(investigated(), "2026-08-20")
    check_quiet("NO-REGISTER-UNDERSOKELSE-7", case, "2026-09-01")


def test_an_investigation_open_more_than_97_days_after_the_report_is_late():
    case = opened(reviewed(received(elias_case(), "2026-01-05"), "2026-01-08"), "2026-01-09")
    found = check_fires("NO-REGISTER-UNDERSOKELSE-11", case, "2026-04-20", "$.history[2]")
    assert "7 + 90" in found.text("en")


def test_an_extended_investigation_is_late_only_after_187_days():
    case = opened(reviewed(received(elias_case(), "2026-01-05"), "2026-01-08"), "2026-01-09")
    case = case.record(
        InvestigationExtended(
            at=at("2026-03-20"), actor=NW, new_due=day("2026-07-01"), reason="Særlige grunner."
        )
    )
    check_quiet("NO-REGISTER-UNDERSOKELSE-11", case, "2026-06-01")
    found = check_fires("NO-REGISTER-UNDERSOKELSE-11", case, "2026-07-20", "$.history[2]")
    assert "7 + 180" in found.text("en")


def test_an_investigation_within_97_days_of_the_report_is_in_time():
    case = opened(reviewed(received(elias_case(), "2026-01-05"), "2026-01-08"), "2026-01-09")
    check_quiet("NO-REGISTER-UNDERSOKELSE-11", case, "2026-04-10")


def test_two_investigations_opened_and_concluded_the_same_day_are_a_duplicate():
    case = concluded(
        opened(reviewed(received(elias_case())), "2026-05-11", "09:00"), "2026-05-11", "10:00"
    )
    case = asked_for_help(case, "2026-05-11", time="11:00")
    case = concluded(opened(case, "2026-05-11", "13:00"), "2026-05-11", "14:00")
    check_fires("NO-REGISTER-UNDERSOKELSE-19", case, "2026-06-01", "$.history[5]")


def test_investigations_on_different_days_are_not_a_duplicate():
    case = concluded(opened(reviewed(received(elias_case())), "2026-05-11"), "2026-05-12")
    case = asked_for_help(case, "2026-05-20")
    case = concluded(opened(case, "2026-05-21"), "2026-05-22")
    check_quiet("NO-REGISTER-UNDERSOKELSE-19", case, "2026-06-01")


def test_an_investigation_after_a_request_for_help_has_no_report_leading_to_it():
    # The report was closed at the review; then the mother asked for help.
    case = asked_for_help(reviewed(received(elias_case()), investigate=False))
    case = opened(case, "2026-05-21")
    check_fires("NO-REGISTER-UNDERSOKELSE-20", case, "2026-06-01", "$.history[3]")


def test_an_investigation_of_a_report_is_related_to_it():
    check_quiet("NO-REGISTER-UNDERSOKELSE-20", investigated(), "2026-09-01")


# -- Vedtak and Tiltak ------------------------------------------------------------------------


def test_two_identical_decisions_the_same_day_are_a_duplicate():
    case = decided(investigated(), group("group-1"))
    case = decided(case, group("group-2"), time="11:00")
    check_fires("NO-REGISTER-VEDTAK-19", case, "2026-09-01", "$.history[5]")


def test_decisions_on_different_days_are_not_a_duplicate():
    case = decided(investigated(), group("group-1"))
    case = decided(case, group("group-2"), when="2026-08-12")
    check_quiet("NO-REGISTER-VEDTAK-19", case, "2026-09-01")


def started(case, *intervention_ids, when="2026-08-17"):
    return case.record(
        *(InterventionStarted(at=at(when), actor=NW, intervention_id=i) for i in intervention_ids)
    )


def test_two_identical_measures_with_different_ids_are_a_duplicate():
    case = started(
        decided(investigated(), group("group-1"), group("group-2")), "group-1", "group-2"
    )
    check_fires("NO-REGISTER-TILTAK-19", case, "2026-09-01", "$.history[4].granted[1]")


def test_two_different_measures_are_not_a_duplicate():
    talks = group("talks-1", kind=InterventionKind.CHILD_SUPPORT)
    case = started(decided(investigated(), group("group-1"), talks), "group-1", "talks-1")
    check_quiet("NO-REGISTER-TILTAK-19", case, "2026-09-01")


# -- the pack as a whole ----------------------------------------------------------------------


@pytest.mark.parametrize("rule", list(RULES), ids=lambda r: r.id)
def test_every_control_cites_the_registers_control_and_speaks_three_languages(rule):
    assert rule.reference.statute.startswith("Statistics Norway, Kravspesifikasjon")
    assert rule.reference.provision
    assert rule.verified
    assert all(rule.message.in_language(lang).strip() for lang in Language)
    assert rule.message.sv != rule.message.en
    assert rule.given.strip()
    assert rule.when.strip()
    assert rule.then.strip()


def test_every_control_is_tested_where_it_fires_and_where_it_stays_quiet():
    tree = ast.parse(Path(__file__).read_text(encoding="utf-8"))
    called = {"check_fires": set(), "check_quiet": set()}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            name = node.func.id
            if name in called and node.args and isinstance(node.args[0], ast.Constant):
                called[name].add(node.args[0].value)
    for rule_id in RULES.ids:
        assert rule_id in called["check_fires"], f"{rule_id} has no test where it fires"
        assert rule_id in called["check_quiet"], f"{rule_id} has no test where it is quiet"


def test_every_control_not_implemented_is_listed_with_its_reason():
    names = [c.control for c in NOT_APPLICABLE]
    assert len(set(names)) == len(names)
    assert all(c.reason.strip() for c in NOT_APPLICABLE)
    implemented = {r.reference.provision.split(":")[0].lower() for r in RULES}
    listed = {n.split(":")[0].lower() for n in names}
    assert not implemented & listed
    # Each of the kinds the issue names is either implemented or listed, control by control.
    for kind, numbers in {
        "sak kontroll": ("1", "2a", "6", "7", "8", "21", "22", "23"),
        "melding kontroll": ("2a", "2c", "2e", "3", "4", "5", "19"),
        "undersøkelse kontroll": ("2a", "2c", "2e", "3", "7", "11", "19", "20", "21"),
        "vedtak kontroll": ("2a", "2c", "2e", "2f", "2g", "2h", "2i", "2j", "3", "4", "5", "19",
                            "20"),
        "tiltak kontroll": ("2a", "2c", "2e", "5", "6", "7", "8", "9", "12", "13", "14", "19",
                            "20", "21", "22", "23"),
    }.items():  # fmt: skip
        for number in numbers:
            assert f"{kind} {number}" in implemented | listed, f"{kind} {number}"


def test_the_controls_apply_to_norwegian_cases_only():
    assert {rule.jurisdiction.value for rule in RULES} == {"NO"}
    assert all(rule.valid_from is None or rule.valid_from <= dt.date(2022, 1, 1) for rule in RULES)


def test_a_decision_refusing_everything_ends_with_the_decision():
    # Its status is refused (4) and it ends the day it was made: Vedtak kontroll 3 holds.
    case = decided(investigated(), refused=(group(),))
    check_quiet(
        "NO-REGISTER-UNDERSOKELSE-7", closed(case, "2026-08-20", ClosureReason.OTHER), "2026-09-01"
    )
