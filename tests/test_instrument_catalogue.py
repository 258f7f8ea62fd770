"""The shipped catalogue: each definition loads, validates and has the published structure."""

import attrs
import pytest

from familyviolence import InvalidModel, Language, default_catalogue
from familyviolence.errors import UnknownInstrument
from familyviolence.instruments import (
    AssessmentTarget,
    InstrumentCatalogue,
    InstrumentDefinition,
    InstrumentItem,
    InstrumentKind,
    InstrumentSection,
    ResponseScale,
    ScoreBand,
    ScoringMethod,
)
from familyviolence.vocabulary import Labels

CATALOGUE = default_catalogue()

STRUCTURE = [
    # id, version, items, sections (in order), items per section
    (
        "sara",
        "2",
        20,
        (
            "criminal_history",
            "psychosocial_adjustment",
            "spousal_assault_history",
            "most_recent_offence",
        ),
        (3, 7, 7, 3),
    ),
    (
        "sara",
        "3",
        24,
        ("nature_of_ipv", "perpetrator_risk_factors", "victim_vulnerability"),
        (8, 10, 6),
    ),
    (
        "b_safer",
        "2",
        15,
        ("partner_violence", "psychosocial_adjustment", "victim_vulnerability"),
        (5, 5, 5),
    ),
    (
        "patriark",
        "1",
        15,
        ("types_of_violence", "perpetrator_problems", "victim_vulnerability"),
        (5, 5, 5),
    ),
    ("danger_assessment", "2009", 20, ("questions",), (20,)),
    ("odara", "2004", 13, ("items",), (13,)),
    ("dash", "2009", 24, ("questions",), (24,)),
    ("freda_danger_assessment", "2014", 20, ("danger",), (20,)),
    ("freda_short_questions", "2014", 5, ("violence", "children"), (3, 2)),
]


@pytest.mark.parametrize(("instrument", "version", "count", "sections", "per_section"), STRUCTURE)
def test_each_definition_has_its_published_items_and_sections(
    instrument, version, count, sections, per_section
):
    definition = CATALOGUE.definition(instrument, version)
    assert len(definition.items) == count
    assert tuple(s.id for s in definition.sections) == sections
    assert tuple(len(definition.items_in(s)) for s in sections) == per_section


def test_freda_comes_as_its_three_published_parts_with_their_structure():
    freda = [d for d in CATALOGUE.definitions if d.id.startswith("freda")]
    assert [d.id for d in freda] == [
        "freda_short_questions",
        "freda_description",
        "freda_danger_assessment",
    ]
    assert all(d.items and not d.items_supplied_by_user for d in freda)
    assert all(d.bands == () for d in freda)  # FREDA publishes no cut-offs
    short = CATALOGUE.definition("freda_short_questions", "2014")
    assert [s.id for s in short.sections] == ["violence", "children"]
    description = CATALOGUE.definition("freda_description", "2014")
    assert [s.id for s in description.sections] == [
        "psychological",
        "physical",
        "sexual",
        "children",
    ]
    danger = CATALOGUE.definition("freda_danger_assessment", "2014")
    # Points without cut-offs, read together with the victim's own estimate: not actuarial.
    assert danger.kind is InstrumentKind.SCORED_INTERVIEW
    assert danger.scoring is ScoringMethod.COUNT
    assert len(danger.items) == 20
    assert danger.required_judgements == ("assessor_judgement",)
    assert any("number of questions" in fact for fact in danger.uncertain)


def test_b_safer_asks_for_each_of_its_conclusions_not_one_summary():
    b_safer = CATALOGUE.definition("b_safer", "2")
    assert b_safer.required_judgements == ("imminent_risk", "long_term_risk", "severe_violence")
    assert b_safer.judgement("summary_risk") is None
    assert b_safer.level_judgements == b_safer.required_judgements


def test_sara_3_rates_the_victims_vulnerability_factors():
    sara = CATALOGUE.definition("sara", "3")
    factors = sara.items_in("victim_vulnerability")
    assert [f.code for f in factors] == ["V1", "V2", "V3", "V4", "V5", "V6"]
    assert all(f.scale is ResponseScale.PRESENCE_RECENT_AND_PAST_RELEVANCE for f in factors)


def test_the_catalogue_lists_every_shipped_instrument_once():
    assert CATALOGUE.instruments() == (
        "sara",
        "b_safer",
        "patriark",
        "danger_assessment",
        "odara",
        "dash",
        "freda_short_questions",
        "freda_description",
        "freda_danger_assessment",
    )
    assert CATALOGUE.versions("sara") == ("2", "3")


@pytest.mark.parametrize("definition", CATALOGUE.definitions, ids=lambda d: f"{d.id}-{d.version}")
def test_every_definition_names_its_licence_and_source_and_asks_for_the_wording(definition):
    assert definition.licence
    assert definition.source
    assert definition.wording_supplied_by_user
    assert definition.uncertain  # every shipped definition states what is not confirmed
    for item in definition.items:
        for lang in Language:
            assert item.label.in_language(lang)
        assert item.wording is None  # the library ships no wording


@pytest.mark.parametrize(
    ("instrument", "version", "words"),
    [
        ("sara", "2", "risk to others"),
        ("sara", "3", "relevance"),
        ("b_safer", "2", "current period and the past"),
        ("danger_assessment", "2009", "cut-offs 8, 14 and 18"),
        ("odara", "2004", "missing items"),
        ("dash", "2009", "potential escalation"),
        ("freda_danger_assessment", "2014", "number of questions"),
        ("freda_short_questions", "2014", "number and order of the questions"),
        ("b_safer", "2", "three conclusions"),
    ],
)
def test_facts_the_design_marks_uncertain_are_marked_uncertain_in_the_data(
    instrument, version, words
):
    definition = CATALOGUE.definition(instrument, version)
    assert any(words in note.lower() for note in definition.uncertain)


def test_the_danger_assessment_cut_offs_are_flagged_uncertain_and_no_weights_are_shipped():
    da = CATALOGUE.definition("danger_assessment", "2009")
    assert da.scoring is ScoringMethod.WEIGHTED_SUM
    assert [b.minimum for b in da.bands] == [0, 8, 14, 18]
    assert all(b.uncertain for b in da.bands)
    assert da.score_range() is None  # it depends on the user's weights
    assert da.calendar is not None
    assert len(da.calendar.levels) == 5


def test_sara_v2_items_can_be_marked_critical_and_are_rated_0_1_2():
    sara = CATALOGUE.definition("sara", "2")
    assert all(item.critical and item.scale is ResponseScale.PRESENCE for item in sara.items)
    assert [j.id for j in sara.judgements] == ["risk_to_partner", "risk_to_others"]
    assert sara.required_judgements == ("risk_to_partner",)


def test_sara_v3_asks_for_case_priority_serious_harm_and_imminence():
    sara = CATALOGUE.definition("sara", "3")
    assert sara.required_judgements == ("case_priority", "serious_harm", "imminence")
    assert all(i.scale is ResponseScale.PRESENCE_RECENT_AND_PAST_RELEVANCE for i in sara.items)
    assert [i.code for i in sara.items_in("nature_of_ipv")] == [f"N{n}" for n in range(1, 9)]


def test_dash_refers_to_marac_from_14_yes():
    dash = CATALOGUE.definition("dash", "2009")
    assert dash.kind is InstrumentKind.THRESHOLD_CHECKLIST
    assert dash.referral_to == "MARAC"
    assert [(b.id, b.minimum, b.maximum, b.refers_to_conference) for b in dash.bands] == [
        ("standard", 0, 9, False),
        ("medium", 10, 13, False),
        ("high", 14, 24, True),
    ]


def test_odara_bands_carry_the_published_reassault_shares():
    odara = CATALOGUE.definition("odara", "2004")
    assert [(b.minimum, b.maximum, b.reassault_percent) for b in odara.bands] == [
        (0, 0, 5),
        (1, 1, 10),
        (2, 2, 20),
        (3, 3, 27),
        (4, 4, 41),
        (5, 6, 59),
        (7, 13, 70),
    ]
    assert odara.score_range() == (0, 13)


def test_asking_for_an_instrument_the_catalogue_lacks_raises_unknown_instrument():
    with pytest.raises(UnknownInstrument, match="'sara' version '4'"):
        CATALOGUE.definition("sara", "4")


def test_a_catalogue_holds_each_id_and_version_once():
    dash = CATALOGUE.definition("dash", "2009")
    with pytest.raises(InvalidModel, match=r"definitions\[1\]"):
        InstrumentCatalogue(definitions=(dash, dash))


def test_a_users_definition_replaces_the_shipped_one_with_the_same_id_and_version():
    dash = CATALOGUE.definition("dash", "2009")
    local = attrs.evolve(dash, omissions_tolerated=2)
    mine = CATALOGUE.with_definitions(local)
    assert mine.definition("dash", "2009").omissions_tolerated == 2
    assert len(mine.definitions) == len(CATALOGUE.definitions)
    assert CATALOGUE.definition("dash", "2009").omissions_tolerated == 0  # unchanged


def _labels(text):
    return Labels(sv=text, nb=text, en=text)


def _definition(**changes):
    fields = {
        "id": "local",
        "version": "1",
        "name": "A local checklist",
        "kind": InstrumentKind.THRESHOLD_CHECKLIST,
        "target": AssessmentTarget.VICTIM_INTERVIEW,
        "scoring": ScoringMethod.COUNT,
        "sections": (InstrumentSection(id="all", label=_labels("All")),),
        "items": tuple(
            InstrumentItem(
                code=str(n), section="all", scale=ResponseScale.YES_NO, label=_labels(f"Q{n}")
            )
            for n in (1, 2, 3)
        ),
        "bands": (
            ScoreBand(id="low", label=_labels("Low"), minimum=0, maximum=1),
            ScoreBand(id="high", label=_labels("High"), minimum=2, maximum=3),
        ),
        "licence": "Our own",
        "source": "Our service",
    }
    fields.update(changes)
    return InstrumentDefinition(**fields)


def test_a_definition_built_in_python_is_checked_like_a_file():
    assert _definition().score_range() == (0, 3)
    items = _definition().items
    with pytest.raises(InvalidModel, match=r"items\[1\]\.code"):
        _definition(items=(items[0], items[0]))
    stray = attrs.evolve(items[2], section="elsewhere")
    with pytest.raises(InvalidModel, match=r"items\[2\]\.section"):
        _definition(items=(*items[:2], stray))
    with pytest.raises(InvalidModel, match=r"bands\[1\]\.minimum"):
        _definition(bands=(_definition().bands[0], attrs.evolve(_definition().bands[1], minimum=3)))
    with pytest.raises(InvalidModel, match=r"bands\[1\]\.maximum"):
        _definition(bands=(_definition().bands[0], attrs.evolve(_definition().bands[1], maximum=2)))
    with pytest.raises(InvalidModel, match="scoring"):
        _definition(scoring=ScoringMethod.JUDGEMENT)
    with pytest.raises(InvalidModel, match="judgements"):
        _definition(
            kind=InstrumentKind.STRUCTURED_PROFESSIONAL_JUDGEMENT,
            scoring=ScoringMethod.JUDGEMENT,
            bands=(),
        )
