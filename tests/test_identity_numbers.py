"""Swedish and Norwegian identity numbers: accepted, rejected, normalised."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.no import fodselsnummer

from familyviolence import Country, IdentityNumber, InvalidModel
from familyviolence.testing import strategies as fvst
from familyviolence.vocabulary import IdentityNumberKind

SE, NO = Country.SE, Country.NO

# The known-valid examples of python-stdnum's own documentation and tests, and Skatteverket's
# published example of a coordination number.
VALID = [
    (SE, "880320-0016", IdentityNumberKind.SE_PERSONNUMMER, dt.date(1988, 3, 20)),
    (SE, "811228-9841", IdentityNumberKind.SE_PERSONNUMMER, dt.date(1981, 12, 28)),
    (SE, "890102-3286", IdentityNumberKind.SE_PERSONNUMMER, dt.date(1989, 1, 2)),
    (SE, "8803200016", IdentityNumberKind.SE_PERSONNUMMER, dt.date(1988, 3, 20)),
    (SE, "19880320-0016", IdentityNumberKind.SE_PERSONNUMMER, dt.date(1988, 3, 20)),
    (SE, "19121212+1212", IdentityNumberKind.SE_PERSONNUMMER, dt.date(1912, 12, 12)),
    (SE, "701063-2391", IdentityNumberKind.SE_SAMORDNINGSNUMMER, dt.date(1970, 10, 3)),
    (NO, "151086 95088", IdentityNumberKind.NO_FODSELSNUMMER, dt.date(1986, 10, 15)),
    (NO, "15108695088", IdentityNumberKind.NO_FODSELSNUMMER, dt.date(1986, 10, 15)),
    (NO, "55108695071", IdentityNumberKind.NO_D_NUMMER, dt.date(1986, 10, 15)),
]


@pytest.mark.parametrize(("country", "number", "kind", "born"), VALID)
def test_valid_numbers_are_accepted_with_kind_and_birth_date(country, number, kind, born):
    identity = IdentityNumber(country=country, number=number)
    assert identity.kind is kind
    assert identity.birth_date == born


def _corrupt_check_digit(number: str) -> str:
    last = int(number[-1])
    return number[:-1] + str((last + 1) % 10)


@pytest.mark.parametrize(("country", "number"), [(c, n) for c, n, _, _ in VALID])
def test_a_corrupted_check_digit_is_rejected_without_showing_the_number(country, number):
    corrupted = _corrupt_check_digit(number)
    with pytest.raises(InvalidModel) as caught:
        IdentityNumber(country=country, number=corrupted)
    assert caught.value.model == "IdentityNumber"
    assert caught.value.field == "number"
    assert "check digit" in caught.value.reason
    assert corrupted not in str(caught.value)
    assert corrupted.replace(" ", "")[:6] not in str(caught.value)


@pytest.mark.parametrize(
    ("country", "number", "reason"),
    [
        (SE, "880320-001", "digits"),
        (SE, "880320001", "wrong number of digits"),
        (SE, "88032O-0016", "digits"),
        (SE, "881320-0014", "date of birth"),  # month 13, with a matching check digit
        (NO, "1510869508", "wrong number of digits"),
        (NO, "15108695O88", "digits"),
        (NO, "15508695088", "check digit"),
    ],
)
def test_malformed_numbers_are_rejected_with_a_reason(country, number, reason):
    with pytest.raises(InvalidModel, match=reason):
        IdentityNumber(country=country, number=number)


def test_norwegian_h_numbers_are_refused():
    body = "154586950"  # 15 Oct 1986 with 40 added to the month
    body += fodselsnummer.calc_check_digit1(body)
    body += fodselsnummer.calc_check_digit2(body)
    with pytest.raises(InvalidModel, match="H number"):
        IdentityNumber(country=NO, number=body)


def test_a_swedish_number_is_not_a_norwegian_one():
    with pytest.raises(InvalidModel):
        IdentityNumber(country=NO, number="880320-0016")


def test_spellings_of_one_number_are_equal_and_canonical():
    spellings = ["880320-0016", "8803200016", "19880320-0016", "198803200016", " 880320-0016 "]
    numbers = {IdentityNumber(country=SE, number=s) for s in spellings}
    assert len(numbers) == 1
    assert numbers.pop().number == "198803200016"


def test_the_number_is_never_in_the_repr():
    identity = IdentityNumber(country=SE, number="880320-0016")
    assert "0016" not in repr(identity)
    assert "<personal>" in repr(identity)


def test_the_country_must_be_supported():
    with pytest.raises(InvalidModel, match="country"):
        IdentityNumber(country="DK", number="880320-0016")  # type: ignore[arg-type]


@given(fvst.identity_numbers())
def test_generated_numbers_are_canonical_and_valid_in_their_country(identity):
    again = IdentityNumber(country=identity.country, number=identity.number)
    assert again == identity
    assert identity.number.isdigit()
    assert len(identity.number) == (12 if identity.country is SE else 11)


@given(st.sampled_from(Country), st.dates(dt.date(1940, 1, 1), dt.date(2025, 12, 31)), st.data())
def test_the_birth_date_read_off_a_number_is_the_one_it_was_made_for(country, born, data):
    identity = data.draw(fvst.identity_numbers(country, born=born))
    assert identity.birth_date == born
    assert identity.country is country
