"""The documentation shows every public name where a reader looks for it."""

import re
from pathlib import Path

import familyviolence
from public_api import homes, public_modules

DOCS = Path(__file__).parent.parent / "docs"
DIRECTIVE = re.compile(
    r"^\.\. (automodule|autofunction|autoclass|py:data):: ([\w.]+)", re.MULTILINE
)


def _api_directives() -> dict[str, set[str]]:
    """What each page of the API reference documents: directive kind → dotted names."""
    found: dict[str, set[str]] = {}
    for page in (DOCS / "api").glob("*.md"):
        for kind, name in DIRECTIVE.findall(page.read_text(encoding="utf-8")):
            found.setdefault(kind, set()).add(name)
    return found


def test_every_top_level_name_is_on_getting_started_or_its_modules_api_page():
    documented = _api_directives()
    modules = documented.get("automodule", set())
    one_by_one = documented.get("autofunction", set()) | documented.get("py:data", set())
    getting_started = (DOCS / "getting-started.md").read_text(encoding="utf-8")
    for name in familyviolence.__all__:
        if re.search(rf"\b{re.escape(name)}\b", getting_started):
            continue
        home = [m for m in homes()[name] if m != "familyviolence"]
        if home:
            assert home[0] in modules, f"{name}: no API page documents {home[0]}"
        else:
            assert f"familyviolence.{name}" in one_by_one, f"{name} is documented nowhere"


def test_every_public_module_has_a_page_in_the_api_reference():
    modules = _api_directives().get("automodule", set())
    for module in public_modules():
        if module is familyviolence or not getattr(module, "__all__", ()):
            continue
        assert module.__name__ in modules, module.__name__
