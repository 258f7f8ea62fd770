import pytest

from familyviolence import InvalidModel
from familyviolence.law import LegalReference


def test_a_verified_reference_reads_as_it_is_cited():
    ref = LegalReference(statute="SoL 2001:453", provision="11 kap. 2 §", verified=True)
    assert str(ref) == "SoL 2001:453 11 kap. 2 §"


def test_an_unverified_reference_says_so_and_why():
    ref = LegalReference(statute="barnevernsloven 2021:97", note="section not confirmed")
    assert not ref.verified
    assert str(ref) == "barnevernsloven 2021:97 (unverified: section not confirmed)"


def test_a_reference_names_a_statute():
    with pytest.raises(InvalidModel, match=r"LegalReference\.statute"):
        LegalReference(statute=" ")


def test_every_cited_reference_is_verified_with_a_source_or_marked_unverified_with_why():
    from familyviolence.legal_references import cited_references  # noqa: PLC0415

    cited = cited_references()
    assert len(cited) > 40
    for entry in cited:
        if entry.reference.verified:
            assert entry.source, entry.reference
        else:
            assert entry.reference.note, entry.reference
        assert entry.cited_by


def test_no_section_of_the_new_swedish_act_is_cited():
    from familyviolence.legal_references import cited_references  # noqa: PLC0415

    new_act = [c.reference for c in cited_references() if c.reference.statute == "SoL 2025:400"]
    assert new_act
    assert all(r.provision is None and not r.verified for r in new_act)
