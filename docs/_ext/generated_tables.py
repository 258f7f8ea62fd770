"""Writes the docs' tables from the library's own data, so nothing in them is copied by hand.

Each table is a Markdown file in ``docs/_generated/``, written when the build starts and
included by the pages that show it.
"""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx

from familyviolence import vocabulary


def _row(*cells: str) -> str:
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"


def vocabulary_tables() -> str:
    """One table per vocabulary: value and labels in sv, nb and en."""
    parts = []
    for name in vocabulary.__all__:
        enum = getattr(vocabulary, name)
        if not (isinstance(enum, type) and issubclass(enum, vocabulary.LabelledEnum)):
            continue
        if enum is vocabulary.LabelledEnum:
            continue
        parts += [
            f"## {name}",
            "",
            (enum.__doc__ or "").strip().splitlines()[0],
            "",
            _row("value", "sv", "nb", "en"),
            _row("---", "---", "---", "---"),
            *(_row(f"`{m.value}`", *(m.label(lang) for lang in vocabulary.Language)) for m in enum),
            "",
        ]
    return "\n".join(parts)


TABLES = {"vocabulary.md": vocabulary_tables}
"""Generated file name → function that writes its content."""


def _write_tables(app: Sphinx) -> None:
    target = Path(app.srcdir) / "_generated"
    target.mkdir(exist_ok=True)
    for name, make in TABLES.items():
        path = target / name
        content = make()
        # Leave unchanged files alone so that Sphinx does not rebuild every page.
        if not path.exists() or path.read_text(encoding="utf-8") != content:
            path.write_text(content, encoding="utf-8")


def setup(app: Sphinx) -> dict[str, object]:
    """Register the table writer with Sphinx."""
    app.connect("builder-inited", _write_tables)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
