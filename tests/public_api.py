"""The library's public modules and the names each exports: a helper for the tests, not a test.

A public module is one whose dotted name has no private part; its ``__all__`` is what it
exports. The top-level package re-exports the everyday names of the others.
"""

import importlib
import pkgutil
from types import ModuleType

import familyviolence


def public_modules() -> list[ModuleType]:
    """Every public module of the library, the top-level package first."""
    modules = [familyviolence]
    for info in pkgutil.walk_packages(familyviolence.__path__, "familyviolence."):
        if any(part.startswith("_") for part in info.name.split(".")[1:]):
            continue
        modules.append(importlib.import_module(info.name))
    return modules


def public_names() -> dict[str, object]:
    """Every name a public module exports, with what it is; each name once."""
    found: dict[str, object] = {}
    for module in public_modules():
        for name in getattr(module, "__all__", ()):
            found.setdefault(name, getattr(module, name))
    return found


def homes() -> dict[str, list[str]]:
    """For each exported name, the public modules that export it."""
    found: dict[str, list[str]] = {}
    for module in public_modules():
        for name in getattr(module, "__all__", ()):
            found.setdefault(name, []).append(module.__name__)
    return found
