"""Definition files and wording overlays: read, checked in full, laid over the structure."""

import datetime as dt
import json
from importlib import resources

import pytest

from familyviolence import (
    Answer,
    Assessment,
    CommonRiskLevel,
    InvalidDocument,
    InvalidModel,
    Judgement,
    Response,
    RiskLevel,
    default_catalogue,
)
from familyviolence.instruments import load_definition, load_wording
from familyviolence.instruments._loading import SHIPPED

CATALOGUE = default_catalogue()
DATA = resources.files("familyviolence.instruments") / "data"


def _paths(error):
    return [p.path for p in error.value.problems]


def test_a_users_wording_file_overlays_the_labels_of_an_instrument(tmp_path):
    path = tmp_path / "dash-wording.toml"
    path.write_text(
        'instrument = "dash"\nversion = "2009"\n\n'
        '[items.1]\nen = "Licensed wording of question one"\n'
        'sv = "Licensierad lydelse av fråga ett"\n\n'
        '[items.14]\nen = "Licensed wording of question fourteen"\n',
        encoding="utf-8",
    )
    overlay = load_wording(path)
    catalogue = CATALOGUE.with_wording(overlay)
    dash = catalogue.definition("dash", "2009")
    assert dash.item("1").text("en") == "Licensed wording of question one"
    assert dash.item("1").text("sv") == "Licensierad lydelse av fråga ett"
    assert dash.item("14").text("nb") == dash.item("14").label.nb  # no Norwegian supplied
    assert dash.item("2").text("en") == dash.item("2").label.en  # not in the overlay
    assert CATALOGUE.definition("dash", "2009").item("1").wording is None  # shipped unchanged


def test_a_wording_file_may_be_json(tmp_path):
    path = tmp_path / "odara.json"
    path.write_text(
        json.dumps({"instrument": "odara", "version": "2004", "items": {"7": {"nb": "Ordlyd"}}}),
        encoding="utf-8",
    )
    odara = CATALOGUE.definition("odara", "2004").with_wording(load_wording(path))
    assert odara.item("7").text("nb") == "Ordlyd"


def test_a_malformed_wording_file_fails_with_every_path_and_names_the_file(tmp_path):
    path = tmp_path / "broken.toml"
    path.write_text(
        'instrument = "dash"\n\n[items.1]\nen = 3\nde = "Wortlaut"\n\n[items.2]\n',
        encoding="utf-8",
    )
    with pytest.raises(InvalidDocument) as error:
        load_wording(path)
    assert _paths(error) == ["$.version", '$.items["1"].de', '$.items["1"].en', '$.items["2"]']
    assert error.value.problems[2].found == "an integer"
    assert str(path) in "".join(error.value.__notes__)


def test_a_wording_for_an_item_the_instrument_lacks_names_the_item(tmp_path):
    path = tmp_path / "dash.toml"
    path.write_text('instrument = "dash"\nversion = "2009"\n[items.25]\nen = "x"\n')
    with pytest.raises(InvalidModel, match="item '25' is not in dash version 2009"):
        CATALOGUE.with_wording(load_wording(path))


def test_a_file_that_is_not_toml_fails_at_the_root(tmp_path):
    path = tmp_path / "dash.toml"
    path.write_text("instrument = \n", encoding="utf-8")
    with pytest.raises(InvalidDocument) as error:
        load_wording(path)
    assert _paths(error) == ["$"]
    assert error.value.problems[0].found.startswith("invalid TOML")
    other = tmp_path / "dash.txt"
    other.write_text("", encoding="utf-8")
    with pytest.raises(InvalidDocument, match=r"a \.toml or \.json file"):
        load_wording(other)


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.iterdir() if p.name.endswith(".toml")))
def test_each_shipped_file_loads_as_a_user_file_would(name, tmp_path):
    path = tmp_path / name
    path.write_text((DATA / name).read_text(encoding="utf-8"), encoding="utf-8")
    definition = load_definition(path)
    assert CATALOGUE.definition(definition.id, definition.version) == definition


def test_an_invalid_definition_file_lists_every_problem_with_its_path(tmp_path):
    text = (DATA / "dash-2009.toml").read_text(encoding="utf-8")
    text = text.replace('licence = "SafeLives', 'licenze = "SafeLives', 1)
    text = text.replace('scale = "yes_no_dont_know"', 'scale = "maybe"', 4)  # items 0-3
    text = text.replace('code = "6"', 'code = "5"', 1)
    text = text.replace("minimum = 10", "minimum = 11", 1)
    path = tmp_path / "dash.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidDocument) as error:
        load_definition(path)
    paths = _paths(error)
    assert "$.licenze" in paths  # an unknown key
    assert "$.licence" in paths  # missing
    assert "$.items[3].scale" in paths
    assert "$.items[5].code" in paths  # a duplicate
    assert "$.bands[1].minimum" in paths  # a gap after the first band
    problem = next(p for p in error.value.problems if p.path == "$.items[3].scale")
    assert problem.found == "an unknown string"
    assert "yes_no_dont_know" in problem.expected
    assert str(path) in "".join(error.value.__notes__)


def test_a_definition_file_of_the_wrong_shape_reports_kinds_never_values(tmp_path):
    path = tmp_path / "local.json"
    path.write_text(
        json.dumps(
            {
                "id": "local",
                "version": 1,
                "name": "Local",
                "kind": "threshold_checklist",
                "target": "victim_interview",
                "scoring": "count",
                "licence": "Ours",
                "source": "Ours",
                "sections": [{"id": "all", "label": {"sv": "Alla", "en": "All"}}],
                "items": [{"code": "1", "section": "all", "scale": "yes_no", "label": "Secret"}],
            }
        ),
        encoding="utf-8",
    )
    with pytest.raises(InvalidDocument) as error:
        load_definition(path)
    found = {p.path: p.found for p in error.value.problems}
    assert found == {
        "$.version": "an integer",
        "$.sections[0].label.nb": "missing",
        "$.items[0].label": "a string",
    }
    assert "Secret" not in str(error.value)


def test_a_user_supplies_freda_questions_in_a_definition_of_their_own(tmp_path):
    # A service that holds Socialstyrelsen's form writes its own questions over the structure.
    text = (DATA / "freda-danger-assessment-2014.toml").read_text(encoding="utf-8")
    text = text[: text.index("[[items]]")]
    for n in (1, 2, 3):
        text += (
            f'\n[[items]]\ncode = "q{n}"\nsection = "danger"\nscale = "yes_no"\n'
            f'label = {{ sv = "Fråga {n}", nb = "Spørsmål {n}", en = "Question {n}" }}\n'
        )
    path = tmp_path / "freda.toml"
    path.write_text(text, encoding="utf-8")
    catalogue = CATALOGUE.with_definitions(load_definition(path))
    assessment = Assessment(
        id="freda-1",
        instrument="freda_danger_assessment",
        version="2014",
        subject="victim-1",
        assessor="sw-3",
        assessed_on=dt.date(2026, 3, 2),
        answers=tuple(Answer(item=f"q{n}", value=Response.YES) for n in (1, 2, 3)),
        judgements=(Judgement(id="assessor_judgement", level=RiskLevel.MODERATE),),
    )
    result = catalogue.result(assessment)
    assert result.score == 3
    assert result.band is None  # the points have no cut-offs
    assert result.level is CommonRiskLevel.MODERATE  # the professional's judgement


def test_a_definition_declares_how_its_bands_map_onto_the_common_scale(tmp_path):
    text = (DATA / "dash-2009.toml").read_text(encoding="utf-8")
    path = tmp_path / "local-dash.toml"
    path.write_text(text.replace('version = "2009"', 'version = "local-1"'), encoding="utf-8")
    definition = load_definition(path)
    assert definition.risk is not None
    assert [(b.band, b.level.value) for b in definition.risk.bands] == [
        ("standard", "low"),
        ("medium", "moderate"),
        ("high", "high"),
    ]


def test_a_mapping_that_misses_a_band_or_names_an_unknown_one_is_refused_with_its_path(
    tmp_path,
):
    text = (DATA / "dash-2009.toml").read_text(encoding="utf-8")
    text = text.replace('band = "medium"', 'band = "middling"')
    path = tmp_path / "broken.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidDocument) as error:
        load_definition(path)
    found = {p.path: p.expected for p in error.value.problems}
    assert found == {
        "$.risk.bands[1].band": "the id of a band",
        "$.bands[1]": "a level in risk.bands",
    }


def test_a_mapping_with_an_unknown_level_is_refused(tmp_path):
    text = (DATA / "dash-2009.toml").read_text(encoding="utf-8")
    text = text.replace('level = "moderate"', 'level = "medium"')
    path = tmp_path / "broken.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidDocument) as error:
        load_definition(path)
    (problem,) = error.value.problems
    assert problem.path == "$.risk.bands[1].level"
    assert problem.found == "an unknown string"


def test_every_data_file_in_the_package_is_in_the_catalogue():
    assert sorted(p.name for p in DATA.iterdir() if p.name.endswith(".toml")) == sorted(SHIPPED)
