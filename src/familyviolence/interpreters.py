"""Interpreters: who interpreted a conversation, and of what kind and standing.

Every conversation the library records (a talk in an investigation, with a child, at a
perpetrator clinic, a partner contact) may say whether an interpreter took part, as an
:class:`InterpreterUse`. What the law asks of it (Sweden's förvaltningslagen 13 §, Norway's
tolkeloven §§ 4, 6 and 7) is judged by the rules in :mod:`familyviolence.rules.interpreters`;
a person's need of an interpreter is :attr:`familyviolence.people.Person.needs_interpreter`.
"""

from __future__ import annotations

import re
from typing import Any

import attrs

from familyviolence._model import Model, invalid, model, public
from familyviolence._validators import optional_id
from familyviolence.errors import InvalidModel
from familyviolence.vocabulary import LabelledEnum

__all__ = [
    "InterpreterException",
    "InterpreterKind",
    "InterpreterUse",
    "RegisterCategory",
]


class InterpreterKind(LabelledEnum):
    """Who interpreted, by their standing: a qualified interpreter, someone else, or no one.

    ``qualified`` is an interpreter authorised by Kammarkollegiet (Sweden) or qualified for
    Nasjonalt tolkeregister (Norway, categories A–E). A family member or a child is never an
    impartial interpreter bound by confidentiality.
    """

    QUALIFIED = (
        "qualified",
        "auktoriserad tolk",
        "kvalifisert tolk",
        "authorised or qualified interpreter",
    )
    OTHER_PROFESSIONAL = (
        "other_professional",
        "annan yrkestolk",
        "annen tolk (ikke kvalifisert)",
        "other professional interpreter",
    )
    NONE = "none", "ingen tolk", "ingen tolk", "no interpreter"
    FAMILY_MEMBER = (
        "family_member",
        "familjemedlem som tolk",
        "familiemedlem som tolk",
        "a family member as interpreter",
    )
    CHILD = "child", "barn som tolk", "barn som tolk", "a child as interpreter"

    @property
    def is_relative_or_child(self) -> bool:
        """Whether someone close to the family interpreted: a family member or a child."""
        return self in (InterpreterKind.FAMILY_MEMBER, InterpreterKind.CHILD)

    @property
    def interprets(self) -> bool:
        """Whether someone interpreted at all."""
        return self is not InterpreterKind.NONE

    @property
    def exceptions(self) -> frozenset[InterpreterException]:
        """The exceptions that can be recorded for this kind (tolkeloven §§ 4 and 7).

        None for a qualified interpreter or for no one; § 7's for another professional; § 4's
        for a child; both for a family member, who is not qualified and may be under 18.
        """
        child = frozenset(
            {
                InterpreterException.LIFE_OR_HEALTH,
                InterpreterException.EMERGENCY,
                InterpreterException.JUSTIFIABLE_FOR_CHILD,
            }
        )
        unqualified = frozenset(
            {
                InterpreterException.CANNOT_WAIT,
                InterpreterException.EMERGENCY,
                InterpreterException.OTHER_STRONG_REASON,
            }
        )
        return {
            InterpreterKind.OTHER_PROFESSIONAL: unqualified,
            InterpreterKind.CHILD: child,
            InterpreterKind.FAMILY_MEMBER: child | unqualified,
        }.get(self, frozenset())


class RegisterCategory(LabelledEnum):
    """A category of Norway's national register of interpreters (Nasjonalt tolkeregister, IMDi).

    A is the highest. An interpreter in any category meets tolkeloven's requirements of a
    qualified interpreter.
    """

    A = "A", "kategori A", "kategori A", "category A (state authorisation and a bachelor's degree)"
    B = "B", "kategori B", "kategori B", "category B"
    C = "C", "kategori C", "kategori C", "category C (state authorisation)"
    D = "D", "kategori D", "kategori D", "category D"
    E = "E", "kategori E", "kategori E", "category E"


class InterpreterException(LabelledEnum):
    """Why a child interpreted, or an interpreter who is not qualified was used, as recorded.

    Norway's tolkeloven allows a child as interpreter only to avert danger to life or serious
    harm to health, in another emergency, or where it is justifiable for the child given the
    circumstances (§ 4); an interpreter who is not qualified only where waiting is not
    justifiable, in an emergency, or for other strong reasons (§ 7).
    """

    LIFE_OR_HEALTH = (
        "life_or_health",
        "fara för liv eller allvarlig skada på hälsa",
        "fare for liv eller alvorlig helseskade",
        "to avert danger to life or serious harm to health",
    )
    EMERGENCY = "emergency", "annan nödsituation", "annen nødsituasjon", "another emergency"
    JUSTIFIABLE_FOR_CHILD = (
        "justifiable_for_child",
        "försvarligt med hänsyn till barnet",
        "forsvarlig ut fra hensynet til barnet",
        "justifiable for the child given the circumstances",
    )
    CANNOT_WAIT = (
        "cannot_wait",
        "inte försvarligt att vänta på kvalificerad tolk",
        "ikke forsvarlig å vente på kvalifisert tolk",
        "not justifiable to wait for a qualified interpreter",
    )
    OTHER_STRONG_REASON = (
        "other_strong_reason",
        "andra tungt vägande skäl",
        "andre tungtveiende grunner",
        "other strong reasons",
    )


_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def _language(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not (isinstance(value, str) and _LANGUAGE_CODE.fullmatch(value)):
        raise invalid(instance, attribute, "must be an ISO 639 language code such as 'ar'")


@model
class InterpreterUse(Model):
    """Whether an interpreter took part in a conversation, who, and in which language.

    A family member or a child who interpreted is named by ``person`` (a person of the case's
    family system; for a child the case checks that they were under 18 that day). A register
    category is only for a qualified interpreter; an exception only where someone interpreted.

    >>> InterpreterUse(kind=InterpreterKind.QUALIFIED, language="ar",
    ...                category=RegisterCategory.B).kind.label("en")
    'authorised or qualified interpreter'
    >>> InterpreterUse(kind=InterpreterKind.CHILD)
    Traceback (most recent call last):
    ...
    familyviolence.InvalidModel: InterpreterUse.person: names the child who interpreted

    Attributes:
        kind: Who interpreted, by their standing; ``none`` if no one did.
        language: ISO 639 code of the language interpreted, if recorded.
        person: Id of the family member or child who interpreted, in the case's family system.
        category: The interpreter's category in Norway's register of interpreters, if any.
        exception: Why a child, or an interpreter who is not qualified, was used, if recorded.
        remote: Whether the interpreter took part by telephone or video (which can keep them
            anonymous to the family).
    """

    kind: InterpreterKind = public()
    language: str | None = public(default=None, validator=_language)
    person: str | None = public(default=None, validator=optional_id)
    category: RegisterCategory | None = public(default=None)
    exception: InterpreterException | None = public(default=None)
    remote: bool = public(default=False)

    def __attrs_post_init__(self) -> None:
        kind = self.kind
        if kind.is_relative_or_child and self.person is None:
            who = "child" if kind is InterpreterKind.CHILD else "family member"
            raise InvalidModel("InterpreterUse", "person", f"names the {who} who interpreted")
        if not kind.is_relative_or_child and self.person is not None:
            raise InvalidModel(
                "InterpreterUse", "person", "is only for a family member or child who interpreted"
            )
        if self.category is not None and kind is not InterpreterKind.QUALIFIED:
            raise InvalidModel("InterpreterUse", "category", "is only for a qualified interpreter")
        if self.exception is not None and not kind.interprets:
            raise InvalidModel("InterpreterUse", "exception", "no one interpreted")
        if self.exception is not None and self.exception not in kind.exceptions:
            raise InvalidModel(
                "InterpreterUse", "exception", f"does not fit the kind ({kind.label('en')})"
            )
        if kind is InterpreterKind.NONE and (self.language is not None or self.remote):
            raise InvalidModel(
                "InterpreterUse", "language" if self.language else "remote", "no one interpreted"
            )
