import datetime as dt

import attrs
import pytest
from hypothesis import given

from familyviolence import (
    ChildExposure,
    ExposureKind,
    Incident,
    IncidentTime,
    InformationSource,
    InvalidModel,
    ViolenceForm,
)
from familyviolence.testing import strategies as fvst
from scenario import at, family, new_case


def incident(**changes) -> Incident:
    """Jonas pushed Karin in the hall on 27 February; Elias heard it from his room."""
    fields = {
        "id": "incident-1",
        "when": IncidentTime.on(dt.date(2026, 2, 27)),
        "recorded_at": at("2026-03-02", "10:15"),
        "forms": (ViolenceForm.PHYSICAL,),
        "sources": (InformationSource.VICTIM,),
        "perpetrators": ("father",),
        "victims": ("mother",),
        "children": (ChildExposure(child="elias", kinds=(ExposureKind.HEARD,)),),
    }
    return Incident(**{**fields, **changes})


def test_an_incident_records_who_did_what_to_whom_and_who_heard_it():
    pushed = incident(injured=("mother",), reported_to_police=False)
    assert pushed.persons == ("father", "mother", "elias")
    assert pushed.weapon is None  # not known, rather than "no"


def test_honour_related_digital_violence_and_stalking_are_forms_of_violence():
    controlled = incident(
        forms=(ViolenceForm.HONOUR_RELATED, ViolenceForm.DIGITAL, ViolenceForm.STALKING)
    )
    assert len(controlled.forms) == 3


def test_a_person_cannot_be_both_perpetrator_and_victim_of_one_incident():
    with pytest.raises(InvalidModel, match=r"Incident\.victims: 'father' is also a perpetrator"):
        incident(victims=("mother", "father"))


def test_an_exposed_child_is_not_also_a_perpetrator_of_the_same_incident():
    with pytest.raises(InvalidModel, match=r"Incident\.children"):
        incident(perpetrators=("father", "elias"))


def test_an_incident_needs_a_victim_or_an_exposed_child():
    with pytest.raises(InvalidModel, match="needs a victim or an exposed child"):
        incident(victims=(), children=())
    assert incident(victims=()).children


def test_only_victims_and_exposed_children_can_be_recorded_as_injured():
    with pytest.raises(InvalidModel, match=r"Incident\.injured\[0\]"):
        incident(injured=("father",))


def test_an_incident_cannot_have_happened_after_it_was_recorded():
    with pytest.raises(InvalidModel, match=r"Incident\.when: is after the incident was recorded"):
        incident(when=IncidentTime.on(dt.date(2026, 3, 3)))
    with pytest.raises(InvalidModel, match=r"Incident\.when"):
        incident(when=IncidentTime.at(at("2026-03-02", "11:00")))
    assert incident(when=IncidentTime.at(at("2026-03-02", "08:00")))


def test_a_time_zone_is_given_for_both_or_neither_time():
    utc = dt.datetime(2026, 3, 1, 8, tzinfo=dt.UTC)
    with pytest.raises(InvalidModel, match=r"when\.moment"):
        incident(when=IncidentTime.at(utc))


def test_an_approximate_period_keeps_the_words_it_was_reported_in_out_of_sight():
    autumn = IncidentTime.between(
        dt.date(2025, 9, 1), dt.date(2025, 11, 30), as_reported="i höstas"
    )
    assert autumn.precision == "period"
    assert autumn.may_include(dt.date(2025, 10, 1))
    assert not autumn.may_include(dt.date(2025, 12, 1))
    assert "höstas" not in repr(autumn)


def test_violence_that_went_on_for_years_may_have_no_known_beginning():
    years = IncidentTime.between(None, dt.date(2025, 12, 31))
    assert years.may_include(dt.date(2019, 5, 1))


def test_a_period_ends_after_it_begins_and_a_moment_falls_within_its_day():
    with pytest.raises(InvalidModel, match=r"IncidentTime\.latest"):
        IncidentTime.between(dt.date(2026, 2, 1), dt.date(2026, 1, 1))
    with pytest.raises(InvalidModel, match=r"IncidentTime\.moment"):
        IncidentTime(
            earliest=dt.date(2026, 1, 1), latest=dt.date(2026, 1, 2), moment=at("2026-01-01")
        )


def test_exposure_names_at_least_one_kind_each_once():
    with pytest.raises(InvalidModel, match=r"ChildExposure\.kinds"):
        ChildExposure(child="elias", kinds=())
    with pytest.raises(InvalidModel, match=r"ChildExposure\.kinds"):
        ChildExposure(child="elias", kinds=(ExposureKind.HEARD, ExposureKind.HEARD))


def test_the_description_never_shows_in_repr():
    described = incident(description="He grabbed her by the throat.")
    assert "throat" not in repr(described)


def test_a_case_accepts_incidents_of_persons_in_its_family_system():
    case = new_case(incidents=(incident(),))
    assert case.incidents[0].victims == ("mother",)


def test_a_case_refuses_an_incident_naming_someone_outside_the_family():
    with pytest.raises(InvalidModel, match=r"Case\.incidents\[0\]\.perpetrators\[0\]: no person"):
        new_case(incidents=(incident(perpetrators=("oskar",)),))


def test_an_exposed_child_must_be_a_minor_at_the_time():
    grown_up = incident(
        when=IncidentTime.on(dt.date(2033, 1, 1)),
        recorded_at=at("2033-01-02"),
        children=(ChildExposure(child="elias", kinds=(ExposureKind.WITNESSED,)),),
    )
    with pytest.raises(
        InvalidModel, match=r"incidents\[0\]\.children\[0\]\.child: was not a minor"
    ):
        new_case(incidents=(grown_up,))
    not_yet_born = attrs.evolve(
        grown_up,
        when=IncidentTime.on(dt.date(2018, 1, 1)),
        recorded_at=at("2018-01-02"),
        children=(ChildExposure(child="saga", kinds=(ExposureKind.NOTICED_AFTERWARDS,)),),
    )
    with pytest.raises(InvalidModel, match="was not a minor"):
        new_case(incidents=(not_yet_born,))


def test_incident_ids_are_unique_within_a_case():
    with pytest.raises(InvalidModel, match=r"incidents\[1\]\.id"):
        new_case(incidents=(incident(), incident()))


@given(fvst.incidents())
def test_generated_incidents_are_valid_on_their_own(generated):
    assert not set(generated.perpetrators) & set(generated.victims)
    assert generated.when.latest <= generated.recorded_at.date()


@given(fvst.incidents(family()))
def test_generated_incidents_of_a_family_fit_a_case_of_that_family(generated):
    assert new_case(incidents=(generated,)).incidents == (generated,)
