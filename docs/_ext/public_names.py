"""Every name a public module exports is documented on its page, data included.

A constant or a type alias is defined, with its doc comment, in a private module and exported
by its package. autodoc reads doc comments only from the module it documents, so it would leave
such names out as undocumented: before the build reads its pages, the comment of each exported
name is given to the exporting module's source analyser, and a value too long to read in a
header is hidden. When the build ends, any name of a public module's ``__all__`` that no page
documents is a warning, which ``-W`` makes an error.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from types import ModuleType
from typing import TYPE_CHECKING

from sphinx.pycode import ModuleAnalyzer
from sphinx.util import logging
from sphinx.util.inspect import object_description

if TYPE_CHECKING:
    from sphinx.application import Sphinx

LOGGER = logging.getLogger(__name__)
ROOT = "familyviolence"
LONGEST_VALUE = 80


def _public_modules() -> list[ModuleType]:
    root = importlib.import_module(ROOT)
    names = [info.name for info in pkgutil.walk_packages(root.__path__, f"{ROOT}.")]
    public = [n for n in names if not any(part.startswith("_") for part in n.split(".")[1:])]
    return [root, *map(importlib.import_module, public)]


def _attr_docs(module: str) -> dict[tuple[str, str], list[str]]:
    try:
        analyzer = ModuleAnalyzer.for_module(module)
        analyzer.analyze()
    except Exception:  # noqa: BLE001 - a module without source has no comments
        return {}
    return analyzer.attr_docs


def _comment(module: str, name: str) -> list[str] | None:
    """The doc comment of ``name`` in a module inside ``module``, where it is defined."""
    for inside in sorted(m for m in sys.modules if m.startswith(f"{module}.")):
        found = _attr_docs(inside).get(("", name))
        if found is not None:
            return list(found)
    return None


def _lend_comments(_app: Sphinx) -> None:
    for module in _public_modules():
        own = _attr_docs(module.__name__)
        for name in getattr(module, "__all__", ()):
            if ("", name) in own:
                continue
            comment = _comment(module.__name__, name)
            if comment is None:
                continue
            if len(object_description(getattr(module, name))) > LONGEST_VALUE:
                comment = [*comment, "", ":meta hide-value:", ""]
            own["", name] = comment


def _first_line_is_text(
    _app: Sphinx, what: str, _name: str, _obj: object, _options: object, lines: list[str]
) -> None:
    # napoleon reads a data docstring's first line "a: b" as type "a" and text "b": an empty
    # comment before it, which shows nothing, keeps the sentence whole.
    if what == "data" and lines and ":" in lines[0]:
        lines[:0] = ["..", ""]


def _check_documented(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None:
        return
    documented = set(app.env.get_domain("py").objects)
    for module in _public_modules():
        if module.__name__ == ROOT:
            continue  # the top-level names are documented in the module that owns each
        for name in getattr(module, "__all__", ()):
            if f"{module.__name__}.{name}" not in documented:
                LOGGER.warning("%s.%s is exported but documented nowhere", module.__name__, name)


def setup(app: Sphinx) -> dict[str, object]:
    """Register the lending of comments and the check with Sphinx."""
    app.connect("builder-inited", _lend_comments)
    app.connect("autodoc-process-docstring", _first_line_is_text, priority=400)
    app.connect("build-finished", _check_documented)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
