"""Peers no one here wrote: pydantic models and msgspec Structs generated from the JSON Schema.

The library publishes the JSON Schema of its documents (``familyviolence.json_schema``). A
team that takes the schema and generates its models with ``datamodel-code-generator`` gets
these peers: pydantic v2 models and msgspec Structs, the history's events and the other tagged
records as unions told apart by their ``type``, unknown keys forbidden, strings and integers
strict. They check what the schema states and nothing else: the shape, the vocabularies and
ids' pattern, not the invariants that span objects (a relationship to a person of the family),
nor identity numbers' check digits, nor the order of a history. Where the schema says only
"a string" (a date and time: msgspec's schema gives no format for them), they take any string.

The code is generated when this module is first imported, into a folder of the system's
temporary directory named by the schema's hash, and reused while the schema stays the same:
nothing generated is kept in the repository. To see it, run
``python benchmarks/schema_peers.py``, which prints the folder.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

import msgspec
import pydantic

from familyviolence import Case, json_schema

__all__ = ["generated_folder", "msgspec_decoder", "pydantic_model"]

_COMMON = [
    "--input-file-type",
    "jsonschema",
    "--target-python-version",
    "3.11",
    "--use-annotated",
    "--field-constraints",
    "--use-standard-collections",
    "--use-union-operator",
    "--disable-timestamp",
    "--formatters",
    "builtin",
    "--output-datetime-class",
    "datetime",
    "--output-date-class",
    "date",
]
_OUTPUTS = {
    "pydantic_generated": [
        "--output-model-type",
        "pydantic_v2.BaseModel",
        "--extra-fields",
        "forbid",
        "--strict-types",
        "str",
        "int",
        "bool",
    ],
    "msgspec_generated": [
        "--output-model-type",
        "msgspec.Struct",
        "--use-msgspec-tagged-unions",
        "--use-msgspec-forbid-unknown-fields",
    ],
}


def generated_folder() -> Path:
    """The folder of the generated modules, made for the schema of this library's version."""
    schema = json.dumps(json_schema(Case), sort_keys=True).encode()
    digest = hashlib.sha256(schema).hexdigest()[:16]
    folder = Path(tempfile.gettempdir()) / f"familyviolence-schema-peers-{digest}"
    if all((folder / f"{name}.py").exists() for name in _OUTPUTS):
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "case.schema.json"
    source.write_bytes(schema)
    for name, options in _OUTPUTS.items():
        target = folder / f"{name}.py.part"
        subprocess.run(  # noqa: S603 - the generator of the bench extra, on our own schema
            [
                sys.executable,
                "-m",
                "datamodel_code_generator",
                "--input",
                str(source),
                "--output",
                str(target),
                *_COMMON,
                *options,
            ],
            check=True,
            capture_output=True,
        )
        target.replace(folder / f"{name}.py")  # whole or not at all, for a later run
    return folder


@functools.cache
def _module(name: str) -> ModuleType:
    path = generated_folder() / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:  # pragma: no cover - the file was just written
        msg = f"cannot load {path}"
        raise ImportError(msg)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def pydantic_model() -> type[pydantic.BaseModel]:
    """The generated pydantic model of a case document."""
    model: type[pydantic.BaseModel] = _module("pydantic_generated").Case
    model.model_rebuild()
    return model


def msgspec_decoder() -> msgspec.json.Decoder[Any]:
    """A decoder of case documents into the generated msgspec Structs."""
    return msgspec.json.Decoder(_module("msgspec_generated").Case)


if __name__ == "__main__":
    print(generated_folder())
