"""The labelled enumeration every vocabulary is made of, and the languages of its labels.

A member of a :class:`LabelledEnum` has a stable string value (what documents store) and a
label in each :class:`Language`; it cannot be declared without all three. The public home of
these names is :mod:`familyviolence.vocabulary`; they live here, below the model decorator,
because the decorator's sensitivity classes are a vocabulary too.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Self

__all__ = ["LabelledEnum", "Language", "Sensitivity", "label"]


class Language(enum.StrEnum):
    """A language the library has display labels in (ISO 639-1 codes)."""

    SV = "sv"
    """Swedish."""
    NB = "nb"
    """Norwegian bokmål."""
    EN = "en"
    """English."""


class LabelledEnum(enum.StrEnum):
    """A string enum whose members carry a display label per :class:`Language`.

    Members are declared as ``NAME = "value", "svenska", "norsk bokmål", "English"``.
    """

    _value_: str
    _labels: tuple[str, str, str]

    if TYPE_CHECKING:
        # Members are looked up by value alone (``Country("SE")``); the labels only appear in
        # the member declarations, which type checkers do not check against ``__new__``.
        def __new__(cls, value: str) -> Self: ...

    else:

        def __new__(cls, value: str, sv: str, nb: str, en: str) -> Self:
            member = str.__new__(cls, value)
            member._value_ = value
            member._labels = (sv, nb, en)  # noqa: SLF001 - the member is being built here
            return member

    def label(self, lang: Language | str = Language.SV) -> str:
        """The member's display label in ``lang`` (``"sv"``, ``"nb"`` or ``"en"``).

        Raises:
            ValueError: If ``lang`` is not one of the library's languages.
        """
        return self._labels[_LANGUAGE_INDEX[Language(lang)]]


_LANGUAGE_INDEX = {Language.SV: 0, Language.NB: 1, Language.EN: 2}


def label(value: LabelledEnum, lang: Language | str = Language.SV) -> str:
    """The display label of a vocabulary member in a language.

    >>> from familyviolence.vocabulary import RelationshipKind, ViolenceForm
    >>> label(ViolenceForm.PHYSICAL, "nb")
    'fysisk vold'
    >>> label(RelationshipKind.CUSTODIAN, lang="en")
    'custodian (legal custody)'

    Raises:
        ValueError: If ``lang`` is not one of the library's languages.
    """
    return value.label(lang)


class Sensitivity(LabelledEnum):
    """How sensitive a model field's value is; every field of every model carries one.

    The library keeps everything but ``PUBLIC`` values out of ``repr``, logs and error messages.
    """

    PUBLIC = "public", "offentlig", "offentlig", "public (codes and vocabulary)"
    PERSONAL = "personal", "personuppgift", "personopplysning", "personal data"
    SENSITIVE = (
        "sensitive",
        "känslig personuppgift",
        "sensitiv personopplysning",
        "sensitive personal data",
    )
    PROTECTED_LOCATION = (
        "protected_location",
        "skyddad uppgift om vistelseort",
        "oppholdssted for en person med adressebeskyttelse",
        "whereabouts of a person with protected identity",
    )
