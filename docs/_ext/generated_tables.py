"""Writes the docs' tables from the library's own data, so nothing in them is copied by hand.

Each table is a Markdown file in ``docs/_generated/``, written when the build starts and
included by the pages that show it.
"""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx

from familyviolence import (
    InstrumentDefinition,
    Language,
    ResponseScale,
    ScoringRule,
    default_catalogue,
    vocabulary,
)


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


def _result(definition: InstrumentDefinition) -> str:
    """What an assessment with the definition gives, in a few words."""
    rule = definition.scoring
    bands = ", ".join(b.id for b in definition.bands)
    if rule is ScoringRule.SUM:
        if not definition.bands:
            return "points; no bands (cut-offs from the user)"
        low, high = definition.score_range() or (0, 0)
        return f"score {low}–{high} and its band ({bands})"
    if rule is ScoringRule.COUNT:
        text = f"count of yes 0–{len(definition.items)} and level ({bands}); judgement raises only"
        referring = [b for b in definition.bands if b.referral]
        if referring and definition.referral_to:
            text += f"; {definition.referral_to} referral from {referring[0].minimum}"
        return text
    if rule is ScoringRule.WEIGHTED_SUM:
        return (
            f"weighted score with the user's weight table, and band ({bands}); no score without it"
        )
    if rule is ScoringRule.JUDGEMENT:
        judgements = ", ".join(
            j.label.en.lower() + ("" if j.required else " (optional)")
            for j in definition.judgements
        )
        return f"summary judgements only ({judgements}), each low/moderate/high; never a total"
    return "answers recorded; no score"


def instrument_catalogue() -> str:
    """The shipped catalogue: one row per definition."""
    rows = [
        _row("id, version", "kind", "items", "scale", "result", "licence", "source", "uncertain"),
        _row(*["---"] * 8),
    ]
    for d in default_catalogue().definitions:
        sections = f"{len(d.sections)} section{'s' if len(d.sections) > 1 else ''}"
        if d.items_supplied_by_user and not d.items:
            items = f"supplied by the user ({sections})"
        else:
            items = f"{len(d.items)} in {sections}"
        scales = dict.fromkeys(item.scale.label(Language.EN) for item in d.items)
        rows.append(
            _row(
                f"`{d.id}` {d.version}",
                d.kind.label(Language.EN),
                items,
                "; ".join(scales) or "from the user",
                _result(d),
                d.licence,
                d.source,
                " ".join(f"({n}) {note}" for n, note in enumerate(d.uncertain, 1)),
            )
        )
    return "\n".join(rows) + "\n"


def response_scales() -> str:
    """The response scales and the responses each accepts."""
    rows = [
        _row("scale", "meaning", "responses", "two time frames", "relevance"),
        _row(*["---"] * 5),
    ]
    rows += [
        _row(
            f"`{scale.value}`",
            scale.label(Language.EN),
            ", ".join(f"`{r.value}`" for r in scale.responses),
            "yes" if scale.two_time_frames else "no",
            "yes" if scale.rates_relevance else "no",
        )
        for scale in ResponseScale
    ]
    return "\n".join(rows) + "\n"


TABLES = {
    "vocabulary.md": vocabulary_tables,
    "instruments.md": instrument_catalogue,
    "response_scales.md": response_scales,
}
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
