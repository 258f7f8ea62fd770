"""Writes the tables of the register's page from the export's own data.

The mapping tables, the codes the library cannot produce, and the register's controls (those
implemented and those not applicable) are Markdown files in ``docs/_generated/``, written when
the build starts and included by ``register.md``.
"""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx

from familyviolence.registers.barnevern import (
    CODE_LISTS,
    MAPPING_TABLES,
    NOT_APPLICABLE,
    REGISTER_CONTROLS,
    SUPPORT_MEASURE_BASIS,
    MappingTable,
)


def _row(*cells: str) -> str:
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"


def _period(start: object, end: object) -> str:
    if start is None and end is None:
        return "always"
    if end is None:
        return f"from {start}"
    if start is None:
        return f"until {end}"
    return f"{start} to {end}"


def _table(table: MappingTable) -> list[str]:
    code_list = table.code_list
    lines = [
        f"### {code_list.name}: `{code_list.path}`",
        "",
        _row("library value", "code", "meaning in the register", "applies", "list", "note"),
        _row(*["---"] * 6),
    ]
    for row in table.rows:
        meaning = "" if row.code is None else code_list.code(row.code).title
        if row.specification:
            meaning += f" (Presisering: «{row.specification}»)"
        lines.append(
            _row(
                f"`{type(row.source).__name__}.{row.source.name}`",
                "—" if row.code is None else f"`{row.code}`",
                meaning,
                _period(row.valid_from, row.valid_to),
                row.version,
                row.note or "",
            )
        )
    unproduced = [c.code for c in code_list.codes if c.code not in table.produced]
    lines += [
        "",
        (
            f"Not produced ({len(unproduced)} of {len(code_list.codes)} codes:"
            f" {', '.join(unproduced) or 'none'}): {table.not_produced}."
        ),
        "",
    ]
    return lines


def mapping_tables() -> str:
    """One table per code list the export writes, with the codes it cannot produce."""
    parts: list[str] = []
    for table in MAPPING_TABLES:
        parts += _table(table)
    parts += [
        "### Lovhjemmel (legal basis of decisions and measures)",
        "",
        _row("act (Lov)", "chapter", "section", "decided", "verified", "source"),
        _row(*["---"] * 6),
        *(
            _row(
                f"`{b.act}`",
                b.chapter,
                b.section,
                _period(b.valid_from, b.valid_to),
                "yes" if b.verified else "no: the library's reading",
                b.source,
            )
            for b in SUPPORT_MEASURE_BASIS
        ),
        "",
    ]
    written = {t.code_list.name for t in MAPPING_TABLES} | {"Lov"}
    others = [c for name, c in CODE_LISTS.items() if name not in written]
    parts += [
        "### Code lists the export does not write",
        "",
        _row("list", "used at", "codes"),
        _row("---", "---", "---"),
        *(_row(c.name, f"`{c.path}`", str(len(c.codes))) for c in others),
        "",
    ]
    return "\n".join(parts)


def control_tables() -> str:
    """The controls implemented, then those not applicable with the reason."""
    parts = [
        _row("rule", "the register's control", "severity", "valid from", "given", "when"),
        _row(*["---"] * 6),
        *(
            _row(
                f"`{r.id}`",
                r.reference.provision or "",
                r.severity.value,
                str(r.valid_from or ""),
                r.given,
                r.when,
            )
            for r in REGISTER_CONTROLS
        ),
        "",
        "### Not applicable",
        "",
        _row("the register's control", "severity", "why"),
        _row("---", "---", "---"),
        *(_row(c.control, c.severity, c.reason) for c in NOT_APPLICABLE),
        "",
    ]
    return "\n".join(parts)


TABLES = {"register_mappings.md": mapping_tables, "register_controls.md": control_tables}


def _write(app: Sphinx) -> None:
    target = Path(app.srcdir) / "_generated"
    target.mkdir(exist_ok=True)
    for name, make in TABLES.items():
        path = target / name
        content = make()
        if not path.exists() or path.read_text(encoding="utf-8") != content:
            path.write_text(content, encoding="utf-8")


def setup(app: Sphinx) -> dict[str, object]:
    """Register the table writer with Sphinx."""
    app.connect("builder-inited", _write)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
