"""Documents at the edges: models to and from dicts and JSON, fast and exact.

Every document carries ``schema_version`` at its top. Decoding JSON takes the fast path first
(msgspec into strict mirrors of the models); a document it refuses is decoded again on the
exact path (cattrs), which raises :class:`~familyviolence.errors.InvalidDocument` listing every
problem with its JSON path. Both paths build the models through their constructors, so both
check every invariant, and both produce equal objects.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from typing import Any, TypeVar

import attrs
import msgspec

from familyviolence.codec._exact import MISSING, converter, describe_kind, problems_from
from familyviolence.codec._fast import VersionMismatch, fast_decoder
from familyviolence.codec._migrations import MIGRATIONS
from familyviolence.errors import FamilyViolenceError, InvalidDocument, Problem

__all__ = ["SCHEMA_VERSION", "from_dict", "from_json", "to_dict", "to_json", "unreadable"]

SCHEMA_VERSION = 3
"""The layout of documents this version of the library writes.

Documents of every earlier version are read too: they are migrated step by step (see
:doc:`/documents`). Version 2 replaced a person's ``protected_identity`` flag with
``address_protection``; version 3 renamed a score band's and an assessment result's
``referral`` flag ``refers_to_conference`` and a jurisdiction pack's ``deadline_rules``
``deadline_provisions``.
"""

T = TypeVar("T")

_encoder = msgspec.json.Encoder()
_json = msgspec.json.Decoder()
_VERSION_HEAD = b'{"schema_version":%d' % SCHEMA_VERSION
_BODY_START = len(_VERSION_HEAD)

_buffers: list[bytearray] = []
"""Buffers that :func:`to_json` encodes into, each starting with ``_VERSION_HEAD``.

A call takes one from the list and puts it back when done, so no two calls share one, in any
thread. Buffers that grew past ``_KEPT_BUFFER_BYTES`` are left to be freed.
"""
_KEPT_BUFFER_BYTES = 1 << 20
_COMMA = ord(",")
_CLOSE = ord("}")


def to_dict(obj: object) -> dict[str, Any]:
    """The document of a model as a dict of JSON values (strings, numbers, lists, dicts).

    >>> import datetime as dt
    >>> from familyviolence.periods import Period
    >>> to_dict(Period(start=dt.date(2026, 3, 2)))
    {'schema_version': 3, 'start': '2026-03-02', 'end': None}
    """
    _check_model(obj)
    body: dict[str, Any] = converter.unstructure(obj)
    return {"schema_version": SCHEMA_VERSION, **body}


def to_json(obj: object) -> bytes:
    """The document of a model as UTF-8 JSON.

    >>> from familyviolence.periods import Period
    >>> to_json(Period())
    b'{"schema_version":3,"end":null,"start":null}'
    """
    _check_model(obj)
    # Encoding into a buffer kept from an earlier call, right after the version, spares
    # growing a new one for every document and copying the result to put the version first.
    try:
        buffer = _buffers.pop()
    except IndexError:
        buffer = bytearray(_VERSION_HEAD)
    _encoder.encode_into(obj, buffer, _BODY_START)
    if buffer[_BODY_START + 1] == _CLOSE:
        # A model without fields encodes as "{}": the version is all there is.
        document = bytes(buffer[:_BODY_START]) + b"}"
    else:
        # The model's opening brace becomes the comma after the version.
        buffer[_BODY_START] = _COMMA
        document = bytes(buffer)
    if len(buffer) <= _KEPT_BUFFER_BYTES:
        _buffers.append(buffer)
    return document


def from_dict(cls: type[T], document: object) -> T:
    """Build a model of type ``cls`` from a document given as a dict.

    Raises:
        InvalidDocument: Listing every problem with its JSON path, if the document is not a
            valid ``cls`` of a schema version this library knows.
    """
    if not isinstance(document, Mapping):
        raise InvalidDocument(
            [Problem(path="$", expected="an object", found=describe_kind(document))]
        )
    migrated: list[Problem] = []  # what the migrations could not rewrite
    body = _upgrade(document, cls, migrated)
    try:
        result: T = converter.structure(body, cls)
    except Exception as error:  # noqa: BLE001 - every failure becomes a report of problems
        raise InvalidDocument([*migrated, *_problems(error, body)]) from None
    if migrated:
        raise InvalidDocument(migrated)
    return result


def from_json(cls: type[T], data: bytes | str) -> T:
    """Build a model of type ``cls`` from a JSON document.

    >>> from familyviolence.people import Person
    >>> from_json(Person, '{"schema_version": 2, "id": "child-1", "name": 7}')
    Traceback (most recent call last):
    familyviolence.InvalidDocument: 1 problem in document
      $.name: expected a string, found a number

    Raises:
        InvalidDocument: Listing every problem with its JSON path, if the data is not JSON or
            not a valid ``cls`` of a schema version this library knows.
    """
    model: type = cls  # a plain class, as the decoder cache keys on it
    try:
        return fast_decoder(model, SCHEMA_VERSION)(data)  # type: ignore[no-any-return]
    except _REFUSED:
        pass  # the exact path below reports what is wrong, problem by problem
    except Exception as error:  # noqa: BLE001 - reported, then the exact path decodes
        _fast_path_failed(model, error)
    try:
        document = _json.decode(data)
    except (msgspec.DecodeError, RecursionError) as error:
        found = unreadable(data, error)
        raise InvalidDocument(
            [Problem(path="$", expected="a JSON document in UTF-8", found=found)]
        ) from None
    return from_dict(cls, document)


_REFUSED = (msgspec.DecodeError, FamilyViolenceError, VersionMismatch, RecursionError)
"""What the fast path raises for a document it refuses: not JSON, not of the model's shape (a
``msgspec.ValidationError`` is a ``DecodeError``), an invariant broken, another schema
version, or nesting too deep. The exact path decodes such a document again and says why."""

_logger = logging.getLogger("familyviolence.codec")
_reported: set[tuple[type, type]] = set()


def _fast_path_failed(model: type, error: Exception) -> None:
    """Log, once per model and kind of error, that the fast path failed where it should not.

    Such a failure is a bug in the fast path: the exact path still decodes the document, so the
    answer stays right, but slower. The log names the model and the exception's class only:
    its message may hold a value from the document.
    """
    key = (model, type(error))
    if key in _reported:
        return
    _reported.add(key)
    _logger.error(
        "the fast path failed on a %s document with %s; the exact path decoded it instead",
        model.__name__,
        type(error).__name__,
    )


def _complete(raw: bytes) -> bool:
    try:
        json.loads(raw)
    except (ValueError, RecursionError):
        return False
    return True


_BYTE = re.compile(r"\(byte (\d+)\)")


def unreadable(data: bytes | str, error: Exception) -> str:  # noqa: PLR0911 - one reason each
    """Why ``data`` could not be read as JSON, in words that hold nothing of its content.

    The position is given as a byte offset, which is not personal; the text there is not.
    """
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else bytes(data)
    if raw.startswith(b"\xef\xbb\xbf"):
        return "text that starts with a byte order mark (save it as UTF-8 without one)"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16 text (save it as UTF-8)"
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as bad:
        return f"bytes that are not UTF-8 text, the first at byte {bad.start} (save it as UTF-8)"
    if not raw.strip():
        return "an empty document"
    if isinstance(error, RecursionError) or "depth" in str(error):
        return "arrays or objects nested too deep to read"
    if "truncated" in str(error):
        if _complete(raw):
            # msgspec says "truncated" of an escaped lone surrogate too, which Python's reads.
            return "an escaped lone surrogate (\\ud800 to \\udfff), which is no character"
        return "a document that ends too early (it is truncated)"
    where = _BYTE.search(str(error))
    at = f" at byte {where.group(1)}" if where else ""
    return f"text that is not valid JSON{at}"


def _problems(error: BaseException, body: Mapping[str, Any]) -> list[Problem]:
    problems = list(problems_from(error, body))
    return problems or [Problem(path="$", expected="a valid document", found="an invalid one")]


def _upgrade(document: Mapping[str, Any], cls: type, problems: list[Problem]) -> dict[str, Any]:
    """The document's body, migrated to :data:`SCHEMA_VERSION` step by step."""
    version = document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InvalidDocument(
            [
                Problem(
                    path="$.schema_version",
                    expected="a schema version (a positive integer)",
                    found=describe_kind(document.get("schema_version", MISSING)),
                )
            ]
        )
    if version > SCHEMA_VERSION:
        raise InvalidDocument(
            [
                Problem(
                    path="$.schema_version",
                    expected=f"a schema version up to {SCHEMA_VERSION}, which this library knows",
                    found=f"version {version}, written by a newer library",
                )
            ]
        )
    body = {k: v for k, v in document.items() if k != "schema_version"}
    for step in range(version, SCHEMA_VERSION):
        body = MIGRATIONS[step](body, cls, problems)
    return body


def _check_model(obj: object) -> None:
    if not attrs.has(type(obj)):
        msg = f"expected a model of familyviolence, got {type(obj).__name__}"
        raise TypeError(msg)
