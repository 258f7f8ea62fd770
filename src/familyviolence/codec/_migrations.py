"""Older document layouts, and how a document of each is rewritten into the next version.

A migration takes the body of a document of version ``n`` (without ``schema_version``) and
the model class it is a document of, and returns the body in the layout of version ``n + 1``.
Migrations run before the document is checked: they rewrite what they recognise, leave
everything else for the codec to judge, and report a problem for what they cannot rewrite (the
codec reports it along with every other problem of the document). They find
the objects to rewrite by walking the document along the current models' fields, which is
sound as long as a migration only changes the insides of the objects it rewrites.

Version 2 (this library's first layout change): a person's ``protected_identity`` flag became
``address_protection``, the level of protection. A flag that was ``true`` becomes
``"unspecified"``: version 1 recorded that the identity is protected, not how.

Version 3: fields renamed so that a name means one thing. A score band's and an assessment
result's ``referral`` flag is ``refers_to_conference`` (a referral is one agency's to another;
this flag says the result calls for a multi-agency risk conference); a jurisdiction pack's
``deadline_rules`` are its ``deadline_provisions``. The values are unchanged.
"""

from __future__ import annotations

import copy
import typing
from collections.abc import Callable, Iterator
from typing import Any

import attrs

from familyviolence.codec._exact import TAG, describe_kind, is_tuple_of, tagged_classes
from familyviolence.errors import Problem
from familyviolence.instruments import AssessmentResult, ScoreBand
from familyviolence.people import Person
from familyviolence.process import JurisdictionPack
from familyviolence.vocabulary import AddressProtection

__all__ = ["MIGRATIONS", "Migration", "objects_of"]

Migration = Callable[[dict[str, Any], type, list[Problem]], dict[str, Any]]
"""Rewrites the body of a document of a model class into the next version's layout.

What it cannot rewrite it leaves out of the new body and adds to the list of problems.
"""


def objects_of(
    target: type, body: object, cls: object, path: str = "$"
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every object in a document of ``cls`` that stands for a ``target`` model, with its path.

    Objects that are not where the layout puts them, or not objects at all, are skipped: the
    codec reports them once the document is checked.
    """
    members = tagged_classes(cls)
    if members is not None:
        tag = body.get(TAG) if isinstance(body, dict) else None
        if isinstance(tag, str) and tag in members:
            yield from objects_of(target, body, members[tag], path)
    elif is_tuple_of(cls):
        item = typing.get_args(cls)[0]
        for i, value in enumerate(body if isinstance(body, list) else ()):
            yield from objects_of(target, value, item, f"{path}[{i}]")
    elif typing.get_args(cls):  # X | None, the only other generic the models use
        for arg in typing.get_args(cls):
            yield from objects_of(target, body, arg, path)
    elif isinstance(cls, type) and attrs.has(cls) and isinstance(body, dict):
        yield from _in_model(target, body, cls, path)


def _in_model(
    target: type, body: dict[str, Any], cls: type, path: str
) -> Iterator[tuple[str, dict[str, Any]]]:
    if cls is target:
        yield path, body
    for field in attrs.fields(attrs.resolve_types(cls)):
        if field.name in body:
            yield from objects_of(target, body[field.name], field.type, f"{path}.{field.name}")


def _address_protection_replaces_the_flag(
    body: dict[str, Any], cls: type, problems: list[Problem]
) -> dict[str, Any]:
    body = copy.deepcopy(body)  # the caller's document stays as it was
    for path, person in objects_of(Person, body, cls):
        if "protected_identity" not in person:
            continue
        flag = person.pop("protected_identity")
        if flag is True:
            person["address_protection"] = AddressProtection.UNSPECIFIED.value
        elif flag is not False:
            found = describe_kind(flag)
            problems.append(
                Problem(path=f"{path}.protected_identity", expected="a boolean", found=found)
            )
    return body


_RENAMED_IN_3: tuple[tuple[type, str, str], ...] = (
    (ScoreBand, "referral", "refers_to_conference"),
    (AssessmentResult, "referral", "refers_to_conference"),
    (JurisdictionPack, "deadline_rules", "deadline_provisions"),
)


def _fields_renamed(body: dict[str, Any], cls: type, problems: list[Problem]) -> dict[str, Any]:
    body = copy.deepcopy(body)  # the caller's document stays as it was
    for target, old, new in _RENAMED_IN_3:
        for path, found in objects_of(target, body, cls):
            if old not in found:
                continue
            if new in found:
                problems.append(
                    Problem(
                        path=f"{path}.{old}",
                        expected=f"only {new} (version 2 named it {old})",
                        found="both",
                    )
                )
                del found[old]
                continue
            found[new] = found.pop(old)
    return body


MIGRATIONS: dict[int, Migration] = {
    1: _address_protection_replaces_the_flag,
    2: _fields_renamed,
}
"""Version ``n`` → the migration that rewrites a document of version ``n`` into ``n + 1``."""
