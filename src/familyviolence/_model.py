"""The decorator and field specifiers every model of the library is declared with.

Models are frozen, slotted, keyword-only attrs classes. Each field states how sensitive its value
is; values that are not public are shown as a placeholder in ``repr`` (and so in ``str``,
tracebacks and logs), and a model that forgets to classify a field cannot be defined.
"""

from __future__ import annotations

import functools
import operator
import sys
from collections.abc import Callable
from typing import Any, TypeVar, cast, dataclass_transform

import attrs

from familyviolence._labelled import Sensitivity
from familyviolence._typecheck import Kind, describe, fast_test, kind_of
from familyviolence.errors import InvalidModel

__all__ = [
    "SENSITIVITY",
    "VALIDATORS",
    "FieldType",
    "Model",
    "TypeCheck",
    "Validator",
    "evolve",
    "invalid",
    "model",
    "personal",
    "protected_location",
    "public",
    "sensitive",
    "sensitivity_of",
    "tag",
    "validators_of",
]

SENSITIVITY = "familyviolence.sensitivity"
"""Key of a field's sensitivity class in its attrs metadata."""

VALIDATORS = "familyviolence.validators"
"""Key of a field's validators in its attrs metadata (see :func:`validators_of`)."""

T = TypeVar("T")


def public(**kwargs: Any) -> Any:  # noqa: ANN401 - mirrors attrs.field
    """A field whose value is a code, an id or vocabulary: safe to show anywhere.

    A field that holds other models is public too: each model classifies its own fields.
    Keyword arguments are those of :func:`attrs.field`.
    """
    return _field(Sensitivity.PUBLIC, kwargs)


def personal(**kwargs: Any) -> Any:  # noqa: ANN401 - mirrors attrs.field
    """A field holding personal data (names, identity numbers, birth dates)."""
    return _field(Sensitivity.PERSONAL, kwargs)


def sensitive(**kwargs: Any) -> Any:  # noqa: ANN401 - mirrors attrs.field
    """A field holding sensitive personal data (violence details, health, free text)."""
    return _field(Sensitivity.SENSITIVE, kwargs)


def protected_location(**kwargs: Any) -> Any:  # noqa: ANN401 - mirrors attrs.field
    """A field that can reveal where a person lives or stays (addresses, households)."""
    return _field(Sensitivity.PROTECTED_LOCATION, kwargs)


def _field(sensitivity: Sensitivity, kwargs: dict[str, Any]) -> Any:  # noqa: ANN401
    validators = tuple(_flattened(kwargs.pop("validator", None)))
    metadata = {**kwargs.pop("metadata", {}), SENSITIVITY: sensitivity, VALIDATORS: validators}
    return attrs.field(metadata=metadata, **kwargs)


def _flattened(validator: Any) -> list[Validator]:  # noqa: ANN401 - any validator as declared
    """The validators of a field's ``validator=``: one, or a list or tuple of them, opened.

    A validator combined with ``attrs.validators.and_`` stays one: attrs does not say what it
    holds, so a type check inside it always runs. Give a field its validators as a tuple.
    """
    if validator is None:
        return []
    if isinstance(validator, list | tuple):
        return [v for part in validator for v in _flattened(part)]
    return [validator]


def validators_of(field: attrs.Attribute[Any]) -> tuple[Validator, ...]:
    """Every validator of a model's field, in the order they run.

    The type checks come first: the field's own (:class:`TypeCheck`) as declared, then the
    check of its annotation (:class:`FieldType`); then the field's other validators, which may
    rely on the value's type.
    """
    validators: tuple[Validator, ...] = field.metadata[VALIDATORS]
    return validators


def sensitivity_of(field: attrs.Attribute[Any]) -> Sensitivity:
    """The sensitivity class of a model's field.

    >>> import attrs
    >>> from familyviolence.people import Person
    >>> sensitivity_of(attrs.fields(Person).name)
    <Sensitivity.PERSONAL: 'personal'>
    """
    return Sensitivity(field.metadata[SENSITIVITY])


def _placeholder(sensitivity: Sensitivity) -> Callable[[object], str]:
    shown = f"<{sensitivity.value}>"

    def hide(value: object) -> str:
        # Whether a value is present at all is not personal; the value is.
        return "None" if value is None else shown

    return hide


_HIDERS = {s: _placeholder(s) for s in Sensitivity if s is not Sensitivity.PUBLIC}


def _classify(cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    classified = []
    for field in fields:
        if SENSITIVITY not in field.metadata:
            msg = f"{cls.__name__}.{field.name} has no sensitivity class; declare it with public()"
            raise TypeError(msg)
        hider = _HIDERS.get(field.metadata[SENSITIVITY])
        changes: dict[str, Any] = {} if hider is None else {"repr": hider}
        # A field inherited from a model has its checks already (attrs' stubs lack the flag).
        if not getattr(field, "inherited", False):
            changes.update(_with_type_check(cls, field))
        classified.append(field.evolve(**changes) if changes else field)
    return classified


def _with_type_check(cls: type, field: attrs.Attribute[Any]) -> dict[str, Any]:
    """The field's validators with the check of its annotation among them, as attrs takes them.

    The type checks run first, so that the other validators may rely on the value's type: the
    field's own type checks (whose errors may say more, such as the item an answer is to), then
    the check of the annotation, which refuses whatever they let through.
    """
    declared: tuple[Validator, ...] = field.metadata.get(VALIDATORS, ())
    own_types = [v for v in declared if isinstance(v, TypeCheck)]
    others = [v for v in declared if not isinstance(v, TypeCheck)]
    validators: tuple[Validator, ...] = (*own_types, FieldType(field.type, cls.__module__), *others)
    return {
        "validator": validators[0] if len(validators) == 1 else attrs.validators.and_(*validators),
        "metadata": {**field.metadata, VALIDATORS: validators},
    }


class Model:
    """The base of every model: its instances have a ``__dict__``, which stays empty.

    Declare a model as ``@model`` over ``class Person(Model)``. msgspec encodes an object that
    is not one of its own Structs by reading its ``__dict__`` first and its slots after; an
    object without a ``__dict__`` makes it raise and clear an ``AttributeError`` on the way,
    which would take a good part of the time of encoding a case. The dict is made (empty) the
    first time an instance is encoded. Nothing is ever stored in it: fields and cached
    properties have slots, and models are frozen.
    """

    __slots__ = ("__dict__",)


@dataclass_transform(
    frozen_default=True,
    kw_only_default=True,
    field_specifiers=(attrs.field, public, personal, sensitive, protected_location),
)
def model(cls: type[T]) -> type[T]:
    """Declare a model: a frozen, slotted, keyword-only attrs class with classified fields.

    Every field checks that its value is of the field's annotated type (see :class:`FieldType`)
    before the field's own validators run. Its fields live in slots; its instances also have a
    ``__dict__``, which stays empty (see :class:`Model`, which every model derives from), and no
    ``__weakref__``.

    Raises:
        TypeError: If ``cls`` does not derive from :class:`Model`, or a field has no
            sensitivity class.
    """
    if not issubclass(cls, Model):
        msg = f"{cls.__name__} must derive from Model: class {cls.__name__}(Model)"
        raise TypeError(msg)
    _hide_cached_properties(cls)
    return attrs.frozen(kw_only=True, weakref_slot=False, field_transformer=_classify)(cls)


def _hide_cached_properties(cls: type) -> None:
    """Keep a cached property's value under a private name, shown through a property.

    attrs keeps a cached property's value in a slot of the same name, and msgspec encodes
    every set slot whose name is not private: a case whose ``state`` had been read was
    written with a ``state`` key, which no decoder accepts.
    """
    for name, value in list(vars(cls).items()):
        if isinstance(value, functools.cached_property) and not name.startswith("_"):
            hidden = f"_cached_{name}"
            setattr(cls, hidden, functools.cached_property(value.func))
            setattr(cls, name, property(operator.attrgetter(hidden), doc=value.__doc__))


def evolve(instance: T, **changes: Any) -> T:  # noqa: ANN401 - any field's value
    """A copy of a model with some fields changed, checked like a new model.

    The same as :func:`attrs.evolve`, typed so that type checkers accept the library's models
    (they see them as dataclass-like classes, which :func:`attrs.evolve` is not typed for).

    >>> from familyviolence.people import Person
    >>> evolve(Person(id="child-1"), needs_interpreter=True).needs_interpreter
    True
    """
    changed: T = attrs.evolve(cast("Any", instance), **changes)
    return changed


def invalid(instance: object, attribute: attrs.Attribute[Any], reason: str) -> InvalidModel:
    """The error for a field validator of ``instance`` that found ``reason``."""
    return InvalidModel(type(instance).__name__, attribute.name, reason)


Validator = Callable[[object, "attrs.Attribute[Any]", object], None]
"""An attrs validator."""


class TypeCheck:
    """A validator that checks a value's type and nothing else.

    A decoder that already guarantees the type of what it builds (the codec's fast path: its
    strict mirrors only ever yield values of the declared types) may skip it; a model's
    constructor never does. ``kind`` is the type checked; ``of_tuple`` says whether the value
    is a tuple of ``kind`` rather than a ``kind``; ``optional`` whether ``None`` passes too.

    A model whose validator checks both a type and something more declares the two apart: the
    type with a ``TypeCheck``, the rest with a validator of its own, which always runs.
    """

    __slots__ = ("described", "kind", "of_tuple", "optional")

    def __init__(
        self, kind: type, *, of_tuple: bool, described: str, optional: bool = False
    ) -> None:
        self.kind = kind
        self.of_tuple = of_tuple
        self.described = described
        self.optional = optional

    def passes(self, value: object) -> bool:
        """Whether a single value (not a tuple's element) is of the checked type."""
        if value is None and self.optional:
            return True
        return isinstance(value, self.kind)

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        """Raise :class:`InvalidModel` if the value is not of the checked type."""
        if not self.of_tuple:
            if not self.passes(value):
                raise invalid(instance, attribute, self.reason(instance))
            return
        if not isinstance(value, tuple):
            raise invalid(instance, attribute, f"must be a tuple of {self.described}")
        for i, element in enumerate(value):
            if not self.passes(element):
                raise InvalidModel(
                    type(instance).__name__, f"{attribute.name}[{i}]", self.reason(instance)
                )

    def reason(self, instance: object) -> str:  # noqa: ARG002 - a subclass may name more
        """Why a value (or an element) of ``instance`` failed the check."""
        if self.of_tuple:
            return f"must be a {self.kind.__name__}"
        return f"must be a {self.described}" + (" or None" if self.optional else "")

    def __repr__(self) -> str:
        if self.of_tuple:
            return f"tuple_of({self.kind.__name__})"
        return f"{'optional_' if self.optional else ''}instance_of({self.kind.__name__})"


class FieldType(TypeCheck):
    """The type check of a field made from the field's own annotation; every field has one.

    So a field added later is checked without anyone remembering to. What the annotation admits
    is told in :mod:`familyviolence._typecheck`. Under ``from __future__ import annotations``
    the annotation is a string that may name classes defined further down its module or in
    modules imported later: it is resolved in the model's ``module`` when the check first
    runs, and kept. A decoder whose values always have their field's annotated type (the
    codec's fast path) may skip it.
    """

    __slots__ = ("_annotation", "_kind", "_module", "_resolved")

    def __init__(self, annotation: object, module: str) -> None:
        super().__init__(object, of_tuple=False, described="anything")
        self._annotation = annotation
        self._module = module
        self._kind: Kind | None = None
        self._resolved = False

    @property
    def annotation(self) -> Any:  # noqa: ANN401 - any annotation
        """The field's annotation, resolved.

        Raises:
            TypeError: If it names something its module does not define.
        """
        if isinstance(self._annotation, str):
            namespace = vars(sys.modules[self._module])
            try:
                self._annotation = eval(self._annotation, namespace)  # noqa: S307 - the model's own annotation
            except NameError as error:
                msg = (
                    f"the annotation {self._annotation!r} cannot be resolved in "
                    f"{self._module} ({error}); define the model at module level"
                )
                raise TypeError(msg) from None
        return self._annotation

    def _resolve(self) -> Kind | None:
        self._kind = kind_of(self.annotation)
        self._resolved = True
        return self._kind

    def passes(self, value: object) -> bool:
        """Whether ``value`` is of the annotated type."""
        kind = self._kind if self._resolved else self._resolve()
        return kind is None or kind.accepts(value)

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        """Raise :class:`InvalidModel` if ``value`` is not of the annotated type.

        The first call makes this check one of a class made for its annotation, whose own
        ``__call__`` decides the common case inline (every model's constructor runs it for
        every field).
        """
        self._resolve()
        self.__class__ = _specialised(self.annotation)
        self(instance, attribute, value)

    def _check(self, instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        """The whole check, for a value the inline test leaves undecided."""
        kind = self._kind
        if kind is None or kind.accepts(value):
            return
        below, reason = kind.problem(value)
        raise InvalidModel(type(instance).__name__, f"{attribute.name}{below}", reason)

    def __repr__(self) -> str:
        if isinstance(self._annotation, str):
            return f"<type check: {self._annotation}>"
        return f"<type check: {describe(self._annotation)}>"


@functools.cache
def _specialised(annotation: object) -> type[FieldType]:
    """A subclass of :class:`FieldType` whose ``__call__`` tests ``annotation`` inline."""
    names: dict[str, object] = {}
    test = fast_test(annotation, names)
    source = (
        "def __call__(self, instance, attribute, v):\n"
        f"    if {test}:\n"
        "        return\n"
        "    self._check(instance, attribute, v)\n"
    )
    exec(source, names)  # noqa: S102 - code made from a model's own annotation
    call = names["__call__"]
    call.__doc__ = FieldType.__call__.__doc__
    return type("FieldType", (FieldType,), {"__slots__": (), "__call__": call})


def tag(value: str) -> Any:  # noqa: ANN401 - a field specifier
    """The ``type`` field of a member of a tagged union: its tag, a fixed string and its default.

    Both codec paths tell the members of a union apart by this field.
    """

    def check(instance: object, attribute: attrs.Attribute[Any], given: object) -> None:
        if given != value:
            raise invalid(instance, attribute, f"must be {value!r}")

    return public(default=value, validator=check)
