"""Every vocabulary member has a label in every language, and values are stable."""

import enum

import pytest

from familyviolence import vocabulary
from familyviolence.vocabulary import LabelledEnum, Language, ViolenceForm, label

VOCABULARIES = [
    v
    for name in vocabulary.__all__
    if isinstance(v := getattr(vocabulary, name), type)
    and issubclass(v, LabelledEnum)
    and v is not LabelledEnum
]
MEMBERS = [member for v in VOCABULARIES for member in v]


def test_the_vocabularies_of_the_domain_are_all_there():
    names = {v.__name__ for v in VOCABULARIES}
    assert {
        "RelationshipKind",
        "RecordedSex",
        "ViolenceForm",
        "ExposureKind",
        "Country",
        "IdentityNumberKind",
        "Sensitivity",
    } <= names


@pytest.mark.parametrize("member", MEMBERS, ids=repr)
@pytest.mark.parametrize("lang", list(Language))
def test_every_member_has_a_non_empty_label_in_every_language(member, lang):
    text = label(member, lang)
    assert text.strip() == text
    assert text


@pytest.mark.parametrize("vocabulary_type", VOCABULARIES, ids=lambda v: v.__name__)
def test_labels_tell_members_apart_in_every_language(vocabulary_type):
    for lang in Language:
        labels = [m.label(lang) for m in vocabulary_type]
        assert len(set(labels)) == len(labels)


@pytest.mark.parametrize("vocabulary_type", VOCABULARIES, ids=lambda v: v.__name__)
def test_values_are_stable_snake_case_or_country_codes(vocabulary_type):
    for member in vocabulary_type:
        assert member.value == str(member)
        assert vocabulary_type(member.value) is member
        if vocabulary_type not in (vocabulary.Country, vocabulary.Jurisdiction):
            assert member.value.islower()
            assert " " not in member.value


def test_the_forms_of_violence_are_those_of_the_domain():
    assert {f.value for f in ViolenceForm} == {
        "physical",
        "psychological",
        "sexual",
        "material",
        "economic",
        "latent",
        "neglect",
        "honour_related",
        "digital",
        "stalking",
    }


def test_the_kinds_of_child_exposure_are_those_of_the_domain():
    assert [e.value for e in vocabulary.ExposureKind] == [
        "subjected",
        "witnessed",
        "heard",
        "noticed_afterwards",
    ]


def test_labels_in_each_language():
    assert label(vocabulary.RelationshipKind.CUSTODIAN) == "vårdnadshavare"
    assert label(vocabulary.RelationshipKind.CONTACT_RIGHT, "nb") == "samvær"
    assert label(ViolenceForm.HONOUR_RELATED, Language.EN) == (
        "honour-related violence and oppression"
    )


def test_an_unknown_language_is_an_error_not_a_fallback():
    with pytest.raises(ValueError, match="de"):
        label(ViolenceForm.PHYSICAL, "de")


def test_a_member_without_all_three_labels_cannot_be_declared():
    def declare():
        class Incomplete(LabelledEnum):
            ONLY_SWEDISH = "only_swedish", "bara svenska"

        return Incomplete

    with pytest.raises(TypeError):
        declare()


def test_relationship_kind_groups():
    kinds = vocabulary.RelationshipKind
    assert {k for k in kinds if k.is_parenthood} == {
        kinds.BIOLOGICAL_PARENT,
        kinds.ADOPTIVE_PARENT,
    }
    assert {k for k in kinds if k.is_care} == {
        kinds.BIOLOGICAL_PARENT,
        kinds.ADOPTIVE_PARENT,
        kinds.STEP_PARENT,
        kinds.CUSTODIAN,
    }
    assert kinds.PARTNER.is_symmetric
    assert not kinds.CUSTODIAN.is_symmetric


def test_vocabularies_are_string_enums():
    for v in VOCABULARIES:
        assert issubclass(v, enum.StrEnum)


def test_labels_use_the_statutes_and_public_bodies_own_terms():
    from familyviolence import AgencyKind  # noqa: PLC0415
    from familyviolence.collaboration import LegalGround, ProfessionalRole  # noqa: PLC0415

    assert LegalGround.DUTY_TO_AVERT.label("nb") == "avvergingsplikt"  # straffeloven § 196
    assert AgencyKind.CHILD_WELFARE.label("sv").startswith("barnevernet")
    assert AgencyKind.PLACEMENT_HOME.label("sv") == "hem för vård eller boende (HVB)"
    assert AgencyKind.PLACEMENT_HOME.label("nb") == "barnevernsinstitusjon"
    assert AgencyKind.ENFORCEMENT_AUTHORITY.label("nb") == "namsmannen"
    assert "økonomisk stønad" in AgencyKind.INCOME_SUPPORT.label("nb")  # sosialtjenesteloven § 18
    assert ProfessionalRole.PUBLIC_ORDER_GUARD.label("sv") == "ordningsvakt"
    every_label = [
        m.label(lang)
        for enum in (AgencyKind, LegalGround, ProfessionalRole)
        for m in enum
        for lang in ("sv", "nb")
    ]
    for wrong in ("avvergelsesplikt", "barnskyddet", "placeringshem", "polititjenestemann"):
        assert not any(wrong in label for label in every_label)
