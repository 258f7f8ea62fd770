"""Reading instrument definitions and wording overlays from TOML and JSON documents.

A document is checked in full before anything is built: every problem is reported at once in an
:class:`~familyviolence.errors.InvalidDocument`, each with its path (``$.items[3].scale``) and the
kind of value found there, never the value.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import os
import tomllib
from collections.abc import Callable, Collection, Mapping
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from familyviolence.errors import InvalidDocument, InvalidModel, Problem
from familyviolence.instruments._definitions import (
    AssessmentTarget,
    InstrumentDefinition,
    InstrumentItem,
    InstrumentKind,
    InstrumentSection,
    ItemWording,
    ScoreBand,
    ScoringMethod,
    SeverityCalendar,
    SummaryJudgement,
    Wording,
    WordingOverlay,
    definition_issues,
)
from familyviolence.instruments._levels import BandLevel, CommonRiskLevel, RiskMapping
from familyviolence.instruments._scales import ResponseScale
from familyviolence.vocabulary import Labels

__all__ = [
    "definition_from_mapping",
    "load_definition",
    "load_wording",
    "shipped_definitions",
    "wording_from_mapping",
]

E = TypeVar("E", bound=enum.Enum)
M = TypeVar("M")

SHIPPED = (
    "sara-2.toml",
    "sara-3.toml",
    "b-safer-2.toml",
    "patriark-1.toml",
    "danger-assessment-2009.toml",
    "odara-2004.toml",
    "dash-2009.toml",
    "freda-short-questions-2014.toml",
    "freda-description-2014.toml",
    "freda-danger-assessment-2014.toml",
)
"""The definition files shipped in ``instruments/data``, in catalogue order."""


class _Missing(enum.Enum):
    MISSING = enum.auto()


_MISSING = _Missing.MISSING

_LANGUAGES = ("sv", "nb", "en")
_DEFINITION_KEYS = frozenset(
    {
        "id",
        "version",
        "name",
        "kind",
        "target",
        "scoring",
        "sections",
        "items",
        "bands",
        "judgements",
        "omissions_tolerated",
        "licence",
        "source",
        "wording_supplied_by_user",
        "items_supplied_by_user",
        "calendar",
        "referral_to",
        "notes",
        "uncertain",
        "risk",
    }
)
_SECTION_KEYS = frozenset({"id", "label"})
_ITEM_KEYS = frozenset({"code", "section", "scale", "label", "critical"})
_BAND_KEYS = frozenset(
    {
        "id",
        "label",
        "minimum",
        "maximum",
        "meaning",
        "reassault_percent",
        "refers_to_conference",
        "uncertain",
    }
)
_JUDGEMENT_KEYS = frozenset({"id", "label", "required"})
_CALENDAR_KEYS = frozenset({"months", "levels"})
_RISK_KEYS = frozenset({"source", "bands", "judgements", "judgements_verified", "note"})
_BAND_LEVEL_KEYS = frozenset({"band", "level", "verified"})
_WORDING_KEYS = frozenset({"instrument", "version", "items"})


def _kind(value: object) -> str:  # noqa: PLR0911 - one answer per kind of value
    """The kind of a value, for a problem report: never the value itself."""
    if value is _MISSING:
        return "missing"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number with a fraction"
    if isinstance(value, str):
        return "a string" if value.strip() else "an empty string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return "a date or time"
    if value is None:
        return "null"
    return "a value of another kind"


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if key.isidentifier() else f"{path}[{json.dumps(key)}]"


class _Reader:
    """Reads values out of a parsed document, collecting a problem for each that is wrong."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fail(self, path: str, expected: str, found: str) -> None:
        self.problems.append(Problem(path=path, expected=expected, found=found))

    def table(
        self, value: object, path: str, keys: Collection[str] | None = None
    ) -> Mapping[str, object] | None:
        """``value`` if it is a table; each key not in ``keys`` (if given) is a problem."""
        if not isinstance(value, dict):
            self.fail(path, "a table", _kind(value))
            return None
        if keys is not None:
            expected = f"one of the keys {', '.join(sorted(keys))}"
            for key in value:
                if key not in keys:
                    self.fail(_join(path, key), expected, "an unknown key")
        return value

    def text(
        self, table: Mapping[str, object], path: str, key: str, *, optional: bool = False
    ) -> str | None:
        value = table.get(key, _MISSING)
        if value is _MISSING and optional:
            return None
        if isinstance(value, str) and value.strip():
            return value
        self.fail(_join(path, key), "a non-empty string", _kind(value))
        return None

    def code(self, table: Mapping[str, object], path: str, key: str) -> str | None:
        value = table.get(key, _MISSING)
        if isinstance(value, str) and value and value.strip() == value:
            return value
        self.fail(_join(path, key), "a code (a string without surrounding spaces)", _kind(value))
        return None

    def integer(
        self,
        table: Mapping[str, object],
        path: str,
        key: str,
        *,
        default: int | _Missing | None = _MISSING,
        minimum: int | None = None,
    ) -> int | None:
        value = table.get(key, _MISSING)
        if value is _MISSING and default is not _MISSING:
            return default
        expected = "an integer" if minimum is None else f"an integer of at least {minimum}"
        if isinstance(value, int) and not isinstance(value, bool):
            if minimum is None or value >= minimum:
                return value
            self.fail(_join(path, key), expected, "a smaller integer")
            return None
        self.fail(_join(path, key), expected, _kind(value))
        return None

    def boolean(self, table: Mapping[str, object], path: str, key: str, *, default: bool) -> bool:
        value = table.get(key, default)
        if isinstance(value, bool):
            return value
        self.fail(_join(path, key), "true or false", _kind(value))
        return default

    def choice(
        self, table: Mapping[str, object], path: str, key: str, vocabulary: type[E]
    ) -> E | None:
        value = table.get(key, _MISSING)
        for member in vocabulary:
            if member.value == value:
                return member
        choices = ", ".join(str(m.value) for m in vocabulary)
        found = "an unknown string" if isinstance(value, str) else _kind(value)
        self.fail(_join(path, key), f"one of {choices}", found)
        return None

    def array(
        self, table: Mapping[str, object], path: str, key: str, *, optional: bool = False
    ) -> list[object]:
        value = table.get(key, _MISSING)
        if value is _MISSING and optional:
            return []
        if isinstance(value, list):
            return value
        self.fail(_join(path, key), "an array", _kind(value))
        return []

    def strings(self, table: Mapping[str, object], path: str, key: str) -> tuple[str, ...]:
        texts = []
        for i, value in enumerate(self.array(table, path, key, optional=True)):
            if isinstance(value, str) and value.strip():
                texts.append(value)
            else:
                self.fail(f"{_join(path, key)}[{i}]", "a non-empty string", _kind(value))
        return tuple(texts)

    def labels(self, value: object, path: str) -> Labels | None:
        table = self.table(value, path, _LANGUAGES)
        if table is None:
            return None
        sv, nb, en = (self.text(table, path, lang) for lang in _LANGUAGES)
        if sv is None or nb is None or en is None:
            return None
        return Labels(sv=sv, nb=nb, en=en)

    def optional_labels(self, table: Mapping[str, object], path: str, key: str) -> Labels | None:
        value = table.get(key, _MISSING)
        return None if value is _MISSING else self.labels(value, _join(path, key))

    def build(
        self, since: int, path: str, make: Callable[..., M], fields: Mapping[str, Any]
    ) -> M | None:
        """``make(**fields)`` if no problem was found since ``since``; else ``None``.

        A model's own invariant error becomes a problem too.
        """
        if len(self.problems) > since:
            return None
        try:
            return make(**fields)
        except InvalidModel as error:
            # The reader checks what the models check; this keeps any gap from escaping.
            self.fail(_join(path, error.field), error.reason, "a broken invariant")
            return None


def _section(r: _Reader, value: object, path: str) -> InstrumentSection | None:
    since = len(r.problems)
    table = r.table(value, path, _SECTION_KEYS)
    if table is None:
        return None
    fields = {
        "id": r.code(table, path, "id"),
        "label": r.labels(table.get("label", _MISSING), _join(path, "label")),
    }
    return r.build(since, path, InstrumentSection, fields)


def _item(r: _Reader, value: object, path: str) -> InstrumentItem | None:
    since = len(r.problems)
    table = r.table(value, path, _ITEM_KEYS)
    if table is None:
        return None
    fields = {
        "code": r.code(table, path, "code"),
        "section": r.code(table, path, "section"),
        "scale": r.choice(table, path, "scale", ResponseScale),
        "label": r.labels(table.get("label", _MISSING), _join(path, "label")),
        "critical": r.boolean(table, path, "critical", default=False),
    }
    return r.build(since, path, InstrumentItem, fields)


def _band(r: _Reader, value: object, path: str) -> ScoreBand | None:
    since = len(r.problems)
    table = r.table(value, path, _BAND_KEYS)
    if table is None:
        return None
    fields = {
        "id": r.code(table, path, "id"),
        "label": r.labels(table.get("label", _MISSING), _join(path, "label")),
        "minimum": r.integer(table, path, "minimum", minimum=0),
        "maximum": r.integer(table, path, "maximum", default=None, minimum=0),
        "meaning": r.optional_labels(table, path, "meaning"),
        "reassault_percent": r.integer(table, path, "reassault_percent", default=None, minimum=0),
        "refers_to_conference": r.boolean(table, path, "refers_to_conference", default=False),
        "uncertain": r.boolean(table, path, "uncertain", default=False),
    }
    return r.build(since, path, ScoreBand, fields)


def _judgement(r: _Reader, value: object, path: str) -> SummaryJudgement | None:
    since = len(r.problems)
    table = r.table(value, path, _JUDGEMENT_KEYS)
    if table is None:
        return None
    fields = {
        "id": r.code(table, path, "id"),
        "label": r.labels(table.get("label", _MISSING), _join(path, "label")),
        "required": r.boolean(table, path, "required", default=True),
    }
    return r.build(since, path, SummaryJudgement, fields)


def _calendar(r: _Reader, value: object, path: str) -> SeverityCalendar | None:
    since = len(r.problems)
    table = r.table(value, path, _CALENDAR_KEYS)
    if table is None:
        return None
    months = r.integer(table, path, "months", default=12, minimum=1)
    levels = r.array(table, path, "levels")
    if not levels:
        r.fail(_join(path, "levels"), "at least one level", "none")
    read = tuple(r.labels(v, f"{_join(path, 'levels')}[{i}]") for i, v in enumerate(levels))
    return r.build(since, path, SeverityCalendar, {"months": months, "levels": read})


def _band_level(r: _Reader, value: object, path: str) -> BandLevel | None:
    since = len(r.problems)
    table = r.table(value, path, _BAND_LEVEL_KEYS)
    if table is None:
        return None
    fields = {
        "band": r.code(table, path, "band"),
        "level": r.choice(table, path, "level", CommonRiskLevel),
        "verified": r.boolean(table, path, "verified", default=False),
    }
    return r.build(since, path, BandLevel, fields)


def _risk(r: _Reader, value: object, path: str) -> RiskMapping | None:
    since = len(r.problems)
    table = r.table(value, path, _RISK_KEYS)
    if table is None:
        return None
    bands_path = _join(path, "bands")
    bands = [
        _band_level(r, v, f"{bands_path}[{i}]")
        for i, v in enumerate(r.array(table, path, "bands", optional=True))
    ]
    judgements = []
    for i, v in enumerate(r.array(table, path, "judgements", optional=True)):
        if isinstance(v, str) and v and v.strip() == v:
            judgements.append(v)
        else:
            r.fail(f"{_join(path, 'judgements')}[{i}]", "the id of a judgement", _kind(v))
    fields = {
        "source": r.text(table, path, "source"),
        "bands": tuple(bands),
        "judgements": tuple(judgements),
        "judgements_verified": r.boolean(table, path, "judgements_verified", default=False),
        "note": r.text(table, path, "note", optional=True),
    }
    return r.build(since, path, RiskMapping, fields)


def _each(
    r: _Reader,
    table: Mapping[str, object],
    key: str,
    read: Callable[[_Reader, object, str], M | None],
    *,
    optional: bool = False,
) -> list[M | None]:
    values = r.array(table, "$", key, optional=optional)
    return [read(r, value, f"$.{key}[{i}]") for i, value in enumerate(values)]


def definition_from_mapping(data: object) -> InstrumentDefinition:
    """Build a definition from a parsed document (a TOML or JSON table).

    Raises:
        InvalidDocument: Listing every problem with its path.
    """
    r = _Reader()
    top = r.table(data, "$", _DEFINITION_KEYS)
    if top is None:
        raise InvalidDocument(r.problems)
    sections = _each(r, top, "sections", _section)
    items = _each(r, top, "items", _item, optional=bool(top.get("items_supplied_by_user")))
    bands = _each(r, top, "bands", _band, optional=True)
    judgements = _each(r, top, "judgements", _judgement, optional=True)
    calendar = top.get("calendar", _MISSING)
    risk = top.get("risk", _MISSING)
    fields: dict[str, Any] = {
        "id": r.code(top, "$", "id"),
        "version": r.code(top, "$", "version"),
        "name": r.text(top, "$", "name"),
        "kind": r.choice(top, "$", "kind", InstrumentKind),
        "target": r.choice(top, "$", "target", AssessmentTarget),
        "scoring": r.choice(top, "$", "scoring", ScoringMethod),
        "sections": tuple(sections),
        "items": tuple(items),
        "bands": tuple(bands),
        "judgements": tuple(judgements),
        "omissions_tolerated": r.integer(top, "$", "omissions_tolerated", default=0, minimum=0),
        "licence": r.text(top, "$", "licence"),
        "source": r.text(top, "$", "source"),
        "wording_supplied_by_user": r.boolean(top, "$", "wording_supplied_by_user", default=True),
        "items_supplied_by_user": r.boolean(top, "$", "items_supplied_by_user", default=False),
        "calendar": None if calendar is _MISSING else _calendar(r, calendar, "$.calendar"),
        "referral_to": r.text(top, "$", "referral_to", optional=True),
        "notes": r.strings(top, "$", "notes"),
        "uncertain": r.strings(top, "$", "uncertain"),
        "risk": None if risk is _MISSING else _risk(r, risk, "$.risk"),
    }
    for path, expected, found in definition_issues(
        kind=fields["kind"],
        scoring=fields["scoring"],
        sections=sections,
        items=items,
        bands=bands,
        judgements=judgements,
        items_supplied_by_user=fields["items_supplied_by_user"],
        risk=fields["risk"],
    ):
        r.fail(f"$.{path}", expected, found)
    if r.problems:
        raise InvalidDocument(r.problems)
    try:
        return InstrumentDefinition(**fields)
    except InvalidModel as error:  # pragma: no cover - the checks above are the model's own
        problem = Problem(
            path=f"$.{error.field}", expected=error.reason, found="a broken invariant"
        )
        raise InvalidDocument([problem]) from error


def wording_from_mapping(data: object) -> WordingOverlay:
    """Build a wording overlay from a parsed document (a TOML or JSON table).

    The document names the definition (``instrument``, ``version``) and has a table ``items``
    with, for each item code, its wording in one or more of ``sv``, ``nb`` and ``en``.

    Raises:
        InvalidDocument: Listing every problem with its path.
    """
    r = _Reader()
    top = r.table(data, "$", _WORDING_KEYS)
    if top is None:
        raise InvalidDocument(r.problems)
    instrument = r.code(top, "$", "instrument")
    version = r.code(top, "$", "version")
    entries = r.table(top.get("items", _MISSING), "$.items")
    items: list[ItemWording | None] = []
    for code, value in (entries or {}).items():
        path = _join("$.items", code)
        since = len(r.problems)
        table = r.table(value, path, _LANGUAGES)
        if table is None:
            continue
        if not table:
            r.fail(path, "wording in at least one of sv, nb, en", "an empty table")
        texts = {lang: r.text(table, path, lang, optional=True) for lang in _LANGUAGES}
        wording = r.build(since, path, Wording, texts)
        items.append(r.build(since, path, ItemWording, {"item": code, "wording": wording}))
    fields = {"instrument": instrument, "version": version, "items": tuple(items)}
    overlay = r.build(0, "$", WordingOverlay, fields)
    if overlay is None:
        raise InvalidDocument(r.problems)
    return overlay


def _parse(text: str, suffix: str) -> object:
    if suffix == ".toml":
        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            # The decoder's message says where and what is wrong, never what the text was.
            raise InvalidDocument(
                [Problem(path="$", expected="a TOML document", found=f"invalid TOML: {error}")]
            ) from None
    if suffix == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            found = f"invalid JSON at line {error.lineno}, column {error.colno}"
            raise InvalidDocument(
                [Problem(path="$", expected="a JSON document", found=found)]
            ) from None
    raise InvalidDocument(
        [Problem(path="$", expected="a .toml or .json file", found="another kind of file")]
    )


def _load(path: str | os.PathLike[str], build: Callable[[object], M]) -> M:
    file = Path(path)
    try:
        return build(_parse(file.read_text(encoding="utf-8"), file.suffix.lower()))
    except InvalidDocument as error:
        error.add_note(f"in {file}")
        raise


def load_definition(path: str | os.PathLike[str]) -> InstrumentDefinition:
    """Read an instrument definition from a TOML or JSON file (by its suffix).

    The file has the shape of the definitions shipped with the library (see the docs page
    "Assessment instruments"). Add it to a catalogue with
    :meth:`~familyviolence.instruments.InstrumentCatalogue.with_definitions`.

    Raises:
        InvalidDocument: Listing every problem with its path; a note names the file.
        OSError: If the file cannot be read.
    """
    return _load(path, definition_from_mapping)


def load_wording(path: str | os.PathLike[str]) -> WordingOverlay:
    """Read the user's licensed wording for one definition from a TOML or JSON file.

    .. code-block:: toml

        instrument = "dash"
        version = "2009"

        [items.1]
        en = "The wording of question 1, from your licensed copy"

    Raises:
        InvalidDocument: Listing every problem with its path; a note names the file.
        OSError: If the file cannot be read.
    """
    return _load(path, wording_from_mapping)


def shipped_definitions() -> tuple[InstrumentDefinition, ...]:
    """The definitions shipped in the package's ``data`` folder, in catalogue order."""
    folder = resources.files("familyviolence.instruments") / "data"
    definitions = []
    for name in SHIPPED:
        try:
            data = tomllib.loads((folder / name).read_text(encoding="utf-8"))
            definitions.append(definition_from_mapping(data))
        except InvalidDocument as error:
            error.add_note(f"in the shipped definition {name}")
            raise
    return tuple(definitions)
