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
    LegalReference,
    ResponseScale,
    ScoringRule,
    default_catalogue,
    events,
    interventions,
    process,
    vocabulary,
)
from familyviolence.jurisdictions import PACKS
from familyviolence.rules import RULE_PACKS, Rule, engine


def _row(*cells: str) -> str:
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"


def vocabulary_tables(module: object = vocabulary) -> str:
    """One table per vocabulary of ``module``: value and labels in sv, nb and en."""
    parts = []
    for name in module.__all__:  # type: ignore[attr-defined]
        enum = getattr(module, name)
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


def case_vocabulary_tables() -> str:
    """The vocabularies of case handling: phases, event types, deadlines, interventions."""
    return "\n".join(vocabulary_tables(m) for m in (process, events, interventions))


def _day(day: object) -> str:
    return "" if day is None else str(day)


def deadline_tables() -> str:
    """Every deadline rule of every jurisdiction pack, with its references and validity."""
    parts = []
    for jurisdiction, pack in PACKS.items():
        parts += [
            f"### {jurisdiction.label('en')}",
            "",
            _row("rule", "deadline", "time limit", "from", "until", "reference", "equivalent"),
            _row("---", "---", "---", "---", "---", "---", "---"),
            *(
                _row(
                    f"`{r.id}`",
                    r.kind.label("en"),
                    r.time_limit,
                    _day(r.valid_from),
                    _day(r.valid_to),
                    str(r.reference),
                    "" if r.equivalent is None else str(r.equivalent),
                )
                for r in pack.deadline_rules
            ),
            "",
        ]
        if pack.late_report_cutoff is not None:
            cutoff = pack.late_report_cutoff.strftime("%H:%M")
            parts += [f"Reports received at or after {cutoff} count as received late.", ""]
        if pack.public_reporters:
            kinds = ", ".join(k.label("en") for k in pack.public_reporters)
            parts += [f"Public reporters: {kinds}.", ""]
    return "\n".join(parts)


def transition_tables() -> str:
    """For each jurisdiction, the events each phase allows and where they lead."""
    parts = []
    for jurisdiction, pack in PACKS.items():
        parts += [
            f"### {jurisdiction.label('en')}",
            "",
            _row("phase", "events allowed (→ phase they lead to)"),
            _row("---", "---"),
        ]
        for phase in pack.phases:
            cells = []
            for event in pack.allowed_in(phase):
                to = pack.next_phase(phase, event)
                if event is process.EventType.CASE_REOPENED:
                    cells.append(f"`{event.value}` → the phase it was closed in")
                else:
                    cells.append(f"`{event.value}`" + ("" if to is phase else f" → `{to}`"))
            parts.append(_row(f"`{phase.value}`", ", ".join(cells)))
        parts.append("")
    return "\n".join(parts)


_PACK_TITLES = {
    "SE": "Sweden",
    "NO": "Norway",
    "practice": "Practice rules (every jurisdiction)",
    "SE-proposed": "Sweden, proposed (not run by default)",
}


def _span(start: object, end: object) -> str:
    if start is None and end is None:
        return "always"
    if end is None:
        return f"from {start}"
    if start is None:
        return f"until {end}"
    return f"{start} to {end}"


def _validity(rule: Rule) -> str:
    return _span(rule.valid_from, rule.valid_to)


def _cited(reference: LegalReference) -> str:
    # An unverified reference says so itself.
    return f"{reference} (verified)" if reference.verified else str(reference)


def _needs(rule: Rule) -> str:
    fields = ", ".join(f"`{name}`" for name in rule.needs)
    return f"Needs the context's {fields}: without it the rule does not run."


def _rule_section(versions: list[Rule]) -> list[str]:
    rule = versions[-1]
    jurisdiction = (
        "every jurisdiction" if rule.jurisdiction is None else rule.jurisdiction.label("en")
    )
    lines = [
        f"#### `{rule.id}`",
        "",
        f"**{rule.severity.value}** · {jurisdiction} · in force {_validity_of(versions)}",
        "",
        f"- **Given** {rule.given}",
        f"- **When** {rule.when}",
        f"- **Then** {rule.then}",
        "",
    ]
    for version in versions:
        prefix = "Reference:" if len(versions) == 1 else f"{_validity(version).capitalize()}:"
        also = "; ".join(_cited(r) for r in version.also)
        lines.append(
            f"{prefix} {_cited(version.reference)}" + (f"; see also {also}" if also else "") + ".  "
        )
    if rule.needs:
        lines.append(_needs(rule))
    lines += [
        "",
        _row("language", "message"),
        _row("---", "---"),
        *(_row(lang.value, rule.message.in_language(lang)) for lang in Language),
        "",
    ]
    return lines


def _validity_of(versions: list[Rule]) -> str:
    """When some version of the rule is in force."""
    starts = [v.valid_from for v in versions]
    ends = [v.valid_to for v in versions]
    first = None if None in starts else min(d for d in starts if d is not None)
    last = None if None in ends else max(d for d in ends if d is not None)
    return _span(first, last)


def rule_catalogue() -> str:
    """Every shipped rule: a summary table, then each rule's description and messages."""
    parts = [
        _row("rule", "severity", "applies to", "in force", "reference", "verified"),
        _row(*["---"] * 6),
    ]
    sections: list[str] = []
    for name, rules in RULE_PACKS.items():
        sections += [f"### {_PACK_TITLES[name]}", ""]
        for rule_id in rules.ids:
            versions = list(rules.versions(rule_id))
            parts += (
                _row(
                    f"`{rule_id}`",
                    version.severity.value,
                    name,
                    _validity(version),
                    str(version.reference),
                    "yes" if version.verified else "no",
                )
                for version in versions
            )
            sections += _rule_section(versions)
    return "\n".join([*parts, "", *sections])


def rule_vocabulary() -> str:
    """The vocabulary of the rules engine: severities."""
    return vocabulary_tables(engine)


TABLES = {
    "vocabulary.md": vocabulary_tables,
    "instruments.md": instrument_catalogue,
    "response_scales.md": response_scales,
    "case_vocabulary.md": case_vocabulary_tables,
    "deadlines.md": deadline_tables,
    "transitions.md": transition_tables,
    "rules.md": rule_catalogue,
    "rule_vocabulary.md": rule_vocabulary,
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
