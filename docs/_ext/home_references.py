"""Cross-references by any import path of a name lead to the page that documents it.

A name is documented once, in the module that owns it (``familyviolence.privacy.redact``), but
the pages also name it by its top-level path (``familyviolence.redact``) or by a path through a
module it used to live in. When Sphinx finds no object under the path written, this looks for
the one documented object whose dotted name ends in the same parts and links to it; a path that
fits none, or more than one, stays unresolved and is reported by a nitpicky build.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from docutils.nodes import Element, TextElement
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment


def _home(names: list[str], target: str) -> str | None:
    parts = target.split(".")[1:]
    # The longest ending first; a bare last part only where it names one object.
    for start in range(len(parts)):
        ending = "." + ".".join(parts[start:])
        found = [name for name in names if name.endswith(ending)]
        if len(found) == 1:
            return found[0]
        if found:
            return None
    return None


def _resolve(
    app: Sphinx, env: BuildEnvironment, node: Element, contnode: TextElement
) -> Element | None:
    target = node.get("reftarget", "")
    if node.get("refdomain") != "py" or not target.startswith("familyviolence."):
        return None
    domain: Any = env.get_domain("py")
    kinds = set(domain.objtypes_for_role(node["reftype"]) or ())
    names = [
        name
        for name, found in domain.objects.items()
        # A private path is where the name is defined, not where it is documented.
        if name.startswith("familyviolence.")
        and not any(part.startswith("_") for part in name.split("."))
        and (not kinds or found.objtype in kinds)
    ]
    home = _home(names, target)
    if home is None or home == target:
        return None
    resolved: Element | None = domain.resolve_xref(
        env, node["refdoc"], app.builder, node["reftype"], home, node, contnode
    )
    return resolved


def setup(app: Sphinx) -> dict[str, object]:
    """Register the resolver with Sphinx."""
    app.connect("missing-reference", _resolve)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
