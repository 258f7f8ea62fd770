import pytest

from familyviolence import InvalidModel, LegalReference


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
