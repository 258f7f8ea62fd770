"""Writes the docs' tables from the library's own data, so nothing in them is copied by hand.

Each table is a Markdown file in ``docs/_generated/``, written when the build starts and
included by the pages that show it.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import pkgutil
from pathlib import Path

from sphinx.application import Sphinx

import familyviolence
from familyviolence import (
    CommonRiskLevel,
    Language,
    default_catalogue,
    events,
    interventions,
    json_schema,
    privacy,
    process,
    vocabulary,
)
from familyviolence.cli import DOCUMENT_TYPES
from familyviolence.collaboration import _agencies as agencies
from familyviolence.collaboration import _agreements as agreements
from familyviolence.collaboration import _commissions as commissions
from familyviolence.collaboration import _consent as consent
from familyviolence.collaboration import _pathway as pathway
from familyviolence.collaboration import _provisions as legal
from familyviolence.collaboration import _referrals as referrals
from familyviolence.collaboration import _reports as reporting
from familyviolence.instruments import (
    InstrumentDefinition,
    InstrumentKind,
    ResponseScale,
    ScoringMethod,
)
from familyviolence.jurisdictions import (
    DEFAULT_GROUNDS,
    DEFAULT_REPORTING_DUTIES,
    PACKS,
    ReportingDutyAnswer,
    reporting_duty,
)
from familyviolence.jurisdictions import se as se_collaboration
from familyviolence.law import LegalReference
from familyviolence.legal_references import cited_references
from familyviolence.rulebook import RULE_PACKS
from familyviolence.rules import Rule
from familyviolence.rules import _engine as engine
from familyviolence.safety import _conference as conference
from familyviolence.safety import _measures as measures
from familyviolence.safety import _plans as plans

from familyviolence import (  # isort: skip - the records of the people the work is for
    competence,
    conversations,
    honour,
    interpreters,
    needs,
    voice,
    young_perpetrators,
)


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


def _result(definition: InstrumentDefinition) -> str:  # noqa: PLR0911 - one answer per rule
    """What an assessment with the definition gives, in a few words."""
    rule = definition.scoring
    bands = ", ".join(b.id for b in definition.bands)
    if rule is ScoringMethod.SUM:
        if not definition.bands:
            return "points; no bands (cut-offs from the user)"
        low, high = definition.score_range() or (0, 0)
        return f"score {low}–{high} and its band ({bands})"
    if rule is ScoringMethod.COUNT and not definition.bands:
        return f"count of yes 0–{len(definition.items)}, no cut-offs; the level is judged"
    if rule is ScoringMethod.COUNT:
        text = f"count of yes 0–{len(definition.items)} and level ({bands}); judgement raises only"
        referring = [b for b in definition.bands if b.refers_to_conference]
        if referring and definition.referral_to:
            text += f"; {definition.referral_to} referral from {referring[0].minimum}"
        return text
    if rule is ScoringMethod.WEIGHTED_SUM:
        return (
            f"weighted score with the user's weight table, and band ({bands}); no score without it"
        )
    if rule is ScoringMethod.JUDGEMENT:
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


def _mapping_rows(definition: InstrumentDefinition) -> list[str]:
    risk = definition.risk
    if risk is None:
        return []
    rows = [_row("result", "level", "confirmed"), _row("---", "---", "---")]
    for band in definition.bands:
        level = risk.level_of_band(band.id)
        entry = next(e for e in risk.bands if e.band == band.id)
        if band.maximum is None:
            scores = f"{band.minimum} or more"
        elif band.maximum == band.minimum:
            scores = str(band.minimum)
        else:
            scores = f"{band.minimum}–{band.maximum}"
        rows.append(
            _row(
                f"band `{band.id}`: {band.label.en}, {scores}",
                "" if level is None else level.label(Language.EN),
                "yes" if entry.verified else "no: the library's reading",
            )
        )
    for judgement_id in risk.judgements:
        judgement = definition.judgement(judgement_id)
        name = judgement.label.en if judgement else judgement_id
        rows.append(
            _row(
                f"judgement `{judgement_id}` ({name}): low, moderate or high",
                "low, moderate or high risk",
                "yes" if risk.judgements_verified else "no: the library's reading",
            )
        )
    return rows


def _how_counted(definition: InstrumentDefinition) -> str:
    bands, judgements = bool(definition.bands), (definition.risk and definition.risk.judgements)
    if bands and judgements:
        return "the higher of the band's and the judgements' levels counts"
    if bands and definition.kind is InstrumentKind.THRESHOLD_CHECKLIST:
        return "the level of the band counts, after any judgement override"
    if bands:
        return "the level of the band counts"
    if judgements and len(judgements) > 1:
        return "the highest of the judgements listed counts"
    return "the judgement counts"


def risk_scale() -> str:
    """The common scale of risk: each level, its labels, and whether it is high."""
    rows = [
        _row("level", "sv", "nb", "en", "high for safety purposes"),
        _row(*["---"] * 5),
        *(
            _row(
                f"`{level.value}`",
                *(level.label(lang) for lang in Language),
                "yes" if level.is_high else "no",
            )
            for level in CommonRiskLevel
        ),
    ]
    return "\n".join(rows) + "\n"


def risk_level_tables() -> str:
    """Each shipped instrument's mapping onto the common scale, its source and its gaps."""
    parts: list[str] = []
    for d in default_catalogue().definitions:
        parts += [f"### {d.name} (`{d.id}` {d.version})", ""]
        if d.risk is None:
            parts += [f"{d.kind.label(Language.EN).capitalize()}: no level of risk.", ""]
            continue
        how = _how_counted(d)
        parts += [
            f"{d.kind.label(Language.EN).capitalize()}; {how}.",
            "",
            *_mapping_rows(d),
            "",
            f"Source: {d.risk.source}",
            "",
        ]
        if d.risk.note:
            parts += [d.risk.note, ""]
        if d.uncertain:
            parts += ["Not confirmed here:", "", *(f"- {fact}" for fact in d.uncertain), ""]
    return "\n".join(parts)


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
                for r in pack.deadline_provisions
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
    "safety": "Safety rules (every jurisdiction)",
    "responsibility": "Who decides and who holds a case (both countries)",
    "SE-proposed": "Sweden, proposed (not run by default)",
    "voice": "The child's voice (Sweden and Norway)",
    "interpreters": "Interpreters (Sweden, Norway and practice)",
    "honour": "Honour-related violence (practice rules, every jurisdiction)",
    "needs": "Other needs of those who use violence (practice rule)",
    "young": "Young people who use violence (Sweden, Norway and practice)",
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


def _any(members: tuple[vocabulary.LabelledEnum, ...], nothing: str = "any") -> str:
    return "; ".join(m.label("en") for m in members) or nothing


def _conditions(rule: legal.DisclosureProvision) -> str:
    """The conditions of a ground the library checks, in words."""
    parts = []
    if rule.discloser_sectors:
        parts.append("discloser is a " + " or ".join(s.label("en") for s in rule.discloser_sectors))
    if rule.person_under is not None:
        parts.append(f"person under {rule.person_under}")
    if rule.minor_or_close_relative:
        parts.append("person is a minor, or a parent or custodian of one")
    if rule.offence_chapters:
        parts.append("offence under BrB ch. " + ", ".join(map(str, rule.offence_chapters)))
    if rule.victim_under is not None:
        parts.append(f"victim under {rule.victim_under}")
    if rule.minimum_penalty_months is not None:
        parts.append(f"minimum penalty ≥ {rule.minimum_penalty_months} months")
    if rule.attempt is True:
        parts.append("attempt, preparation or conspiracy")
    if rule.averting_listed:
        parts.append("an offence the duty to avert lists")
    if rule.ground is legal.LegalGround.CONSENT:
        parts.append("a consent in force from the right persons covers recipient, purpose, data")
    return "; ".join(parts)


def disclosure_ground_tables() -> str:
    """Every jurisdiction's grounds for disclosure: conditions, references, validity."""
    parts = []
    for jurisdiction, rules in DEFAULT_GROUNDS.items():
        parts += [
            f"### {jurisdiction.label('en')}",
            "",
            _row(
                "ground",
                "in words",
                "by",
                "to",
                "for",
                "also checked",
                "reference",
                "also resting on",
                "from",
                "until",
                "left to a human",
            ),
            _row(*["---"] * 11),
            *(
                _row(
                    f"`{r.ground.value}`" + ("" if r.available else " (never available)"),
                    r.summary,
                    _any(r.disclosers),
                    _any(r.recipients),
                    _any(r.purposes),
                    _conditions(r),
                    str(r.reference),
                    "; ".join(str(a) for a in r.also),
                    _day(r.valid_from),
                    _day(r.valid_to),
                    "; ".join(r.judgements),
                )
                for r in rules
            ),
            "",
        ]
    return "\n".join(parts)


def _duty_rows(rules: tuple[legal.ReportingDutyProvision, ...]) -> list[str]:
    return [
        _row(
            "rule",
            "duty",
            "who",
            "agency kinds",
            "sectors",
            "roles",
            "reference",
            "equivalent",
            "from",
            "until",
            "left to a human",
        ),
        _row(*["---"] * 11),
        *(
            _row(
                f"`{r.id}`",
                r.duty.value,
                r.who,
                _any(r.agency_kinds, "any, or none (a private individual)"),
                _any(r.sectors),
                _any(r.roles) + ("" if not r.excluded_roles else f"; not {_any(r.excluded_roles)}"),
                str(r.reference),
                "" if r.equivalent is None else str(r.equivalent),
                _day(r.valid_from),
                _day(r.valid_to),
                "; ".join(r.judgements),
            )
            for r in rules
        ),
        "",
    ]


def reporting_duty_tables() -> str:
    """Every jurisdiction's reporting duties, and Sweden's proposed wider duty (opt-in)."""
    parts = []
    for jurisdiction, rules in DEFAULT_REPORTING_DUTIES.items():
        parts += [f"### {jurisdiction.label('en')}", "", *_duty_rows(rules)]
    parts += [
        "### Sweden: proposed by prop. 2025/26:12 (unverified; enable with `extra_rules`)",
        "",
        *_duty_rows(se_collaboration.PROPOSED_REPORTERS_2026),
    ]
    return "\n".join(parts)


_MATRIX_DAY = dt.date(2026, 3, 2)


def _duty_cell(answer: ReportingDutyAnswer) -> str:
    return answer.duty.value + (" ¹" if answer.judgements and answer.duty.value == "must" else "")


def reporting_duty_matrix() -> str:
    """Which reporters must, should or need not report, by agency kind, sector and role."""
    volunteer = agencies.ProfessionalRole.VOLUNTEER
    nurse = agencies.ProfessionalRole.NURSE
    parts = []
    for jurisdiction in DEFAULT_REPORTING_DUTIES:
        parts += [
            f"### {jurisdiction.label('en')}, on {_MATRIX_DAY.isoformat()}",
            "",
            _row(
                "agency kind",
                "public: staff",
                "public: volunteer",
                "private or non-profit: staff",
                "private or non-profit: volunteer",
                "private: a nurse",
            ),
            _row(*["---"] * 6),
        ]
        for kind in vocabulary.AgencyKind:
            cells = [
                _duty_cell(reporting_duty(jurisdiction, kind, role, sector=sector, on=_MATRIX_DAY))
                for sector, role in (
                    (agencies.Sector.PUBLIC, None),
                    (agencies.Sector.PUBLIC, volunteer),
                    (agencies.Sector.PRIVATE, None),
                    (agencies.Sector.PRIVATE, volunteer),
                    (agencies.Sector.PRIVATE, nurse),
                )
            ]
            parts.append(_row(kind.label("en"), *cells))
        individual = reporting_duty(jurisdiction, None, on=_MATRIX_DAY)
        parts += [
            "",
            f"A private individual (no agency): {individual.duty.value}.",
            "¹ must, if what the rule leaves to a human judgement holds (see the rules above).",
            "",
        ]
    return "\n".join(parts)


def _link(source: str) -> str:
    url, _, rest = source.partition(" ")
    if url.startswith(("http://", "https://")):
        return f"<{url}>" + (f" {rest}" if rest else "")
    return source


def legal_references() -> str:
    """Every reference the library cites: law, section, validity, verified or not, and source."""
    rows = [
        _row("law", "section", "in force", "verified", "source or note", "cited by"),
        _row(*["---"] * 6),
    ]
    for cited in cited_references():
        ref = cited.reference
        if ref.verified:
            status = "yes"
            source = _link(cited.source or "")
            if ref.note:
                source += f" ({ref.note})"
        else:
            status = "**no**"
            source = ref.note or ""
        rows.append(
            _row(
                ref.statute,
                ref.provision or "(cited by name)",
                _span(cited.valid_from, cited.valid_to),
                status,
                source,
                ", ".join(f"`{c.rsplit('.', 1)[-1]}`" for c in cited.cited_by),
            )
        )
    return "\n".join(rows) + "\n"


def collaboration_vocabulary_tables() -> str:
    """The vocabularies of collaboration."""
    modules = (agencies, legal, referrals, commissions, pathway, consent, reporting, agreements)
    return "\n".join(vocabulary_tables(m) for m in modules)


def safety_vocabulary_tables() -> str:
    """The vocabularies of protective measures, safety plans and risk conferences."""
    return "\n".join(vocabulary_tables(m) for m in (measures, plans, conference))


def people_vocabulary_tables() -> str:
    """The vocabularies of conversations, interpreters, the child's voice, honour, needs."""
    modules = (
        conversations, interpreters, voice, honour, needs, young_perpetrators, competence,
    )  # fmt: skip
    return "\n".join(vocabulary_tables(m) for m in modules)


def _category_cell(category: object) -> str:
    if isinstance(category, vocabulary.DataCategory):
        return f"`{category.value}`"
    return "structure (kept for every recipient)"


def privacy_categories() -> str:
    """The data category of each field that opens one, as redaction reads it."""
    lines = [_row("model", "field", "belongs to"), _row("---", "---", "---")]
    lines += [
        _row(cls.__name__, f"`{name}`", _category_cell(category))
        for (cls, name), category in privacy.FIELD_CATEGORIES.items()
    ]
    lines += ["", _row("model, redacted on its own", "belongs to"), _row("---", "---")]
    lines += [
        _row(cls.__name__, _category_cell(category))
        for cls, category in privacy.MODEL_CATEGORIES.items()
    ]
    return "\n".join(lines) + "\n"


def pseudonymisation_steps() -> str:
    """What pseudonymisation does, step by step, and which fields hold person ids."""
    lines = [_row("step", "what it does"), _row("---", "---")]
    lines += [_row(step, what) for step, what in privacy.PSEUDONYMISATION_STEPS.items()]
    fields = sorted(f"{cls.__name__}.{name}" for cls, name in privacy.PERSON_ID_FIELDS)
    lines += ["", "Fields holding person ids: " + ", ".join(f"`{f}`" for f in fields) + "."]
    lines += ["", _row("rule", "needs what pseudonymisation removes"), _row("---", "---")]
    lines += [_row(f"`{rule}`", why) for rule, why in privacy.RULES_NEEDING_REMOVED_DATA.items()]
    return "\n".join(lines) + "\n"


def statistics_columns() -> str:
    """The columns of each row of the statistics view, from the rows' docstrings."""
    parts = []
    rows = (
        privacy.CaseRow,
        privacy.IncidentRow,
        privacy.AssessmentRow,
        privacy.ExposureRow,
        privacy.InterventionRow,
        privacy.PartnerContactRow,
        privacy.DeadlineRow,
    )
    for row in rows:
        parts += [f"**{row.__name__}**", "", _row("column", "what it holds"), _row("---", "---")]
        parts += [_row(f"`{name}`", text) for name, text in _attributes(row.__doc__ or "")]
        parts.append("")
    return "\n".join(parts)


def statistics_tables() -> str:
    """The Arrow schema of each statistics table: column, type, whether it may be empty."""
    # The analytics extra is needed for this table only.
    from familyviolence.analytics import TABLE_SCHEMAS  # noqa: PLC0415

    parts = []
    for name, schema in TABLE_SCHEMAS.items():
        parts += [f"**`{name}`** ({schema.metadata[b'row'].decode()})", ""]
        parts += [_row("column", "type", "may be empty", "what it holds"), _row(*["---"] * 4)]
        for field in schema:
            meta = field.metadata
            kind = str(field.type)
            if b"vocabulary" in meta:
                codes = ", ".join(json.loads(meta[b"codes"]))
                of = f"dictionary (int8) of {meta[b'vocabulary'].decode()} codes: {codes}"
                kind = f"list of {of}" if kind.startswith("list") else of
            empty = "yes" if field.nullable else "no"
            parts.append(_row(f"`{field.name}`", kind, empty, meta[b"description"].decode()))
        parts.append("")
    return "\n".join(parts)


def _attributes(doc: str) -> list[tuple[str, str]]:
    """The ``Attributes:`` section of a Google-style docstring, as (name, text) pairs."""
    section = doc.split("Attributes:", 1)[1]
    found: list[tuple[str, str]] = []
    for line in section.splitlines():
        text = line.strip()
        if not text:
            continue
        name, sep, rest = text.partition(": ")
        if (
            sep
            and name.isidentifier()
            and line.startswith(" " * 8)
            and not line.startswith(" " * 12)
        ):
            found.append((name, rest))
        elif found:
            found[-1] = (found[-1][0], f"{found[-1][1]} {text}")
    return found


def schema_files() -> dict[str, str]:
    """The JSON Schema of each document type of the command line, as published files."""
    return {
        f"{name}.schema.json": json.dumps(json_schema(model), indent=2, ensure_ascii=False) + "\n"
        for name, model in DOCUMENT_TYPES.items()
    }


def schema_list() -> str:
    """The published schema files, as a list of links."""
    return (
        "\n".join(
            f"- {{download}}`{name}.schema.json <_extra/schema/{name}.schema.json>`: "
            f"{model.__name__}"
            for name, model in DOCUMENT_TYPES.items()
        )
        + "\n"
    )


def everyday_names() -> str:
    """The top-level package's names, each with the module that is its home."""
    homes = {}
    for info in pkgutil.walk_packages(familyviolence.__path__, "familyviolence."):
        if any(part.startswith("_") for part in info.name.split(".")[1:]):
            continue
        module = importlib.import_module(info.name)
        for name in getattr(module, "__all__", ()):
            if name in familyviolence.__all__ and getattr(module, name) is getattr(
                familyviolence, name
            ):
                homes.setdefault(name, info.name)
    rows = [_row("name", "home"), _row("---", "---")]
    for name in sorted(familyviolence.__all__, key=str.lower):
        home = homes.get(name, "familyviolence")
        rows.append(_row(f"{{py:obj}}`~{home}.{name}`", f"{{py:mod}}`{home}`"))
    return "\n".join(rows) + "\n"


TABLES = {
    "everyday_names.md": everyday_names,
    "vocabulary.md": vocabulary_tables,
    "instruments.md": instrument_catalogue,
    "risk_scale.md": risk_scale,
    "risk_levels.md": risk_level_tables,
    "response_scales.md": response_scales,
    "case_vocabulary.md": case_vocabulary_tables,
    "deadlines.md": deadline_tables,
    "transitions.md": transition_tables,
    "rules.md": rule_catalogue,
    "rule_vocabulary.md": rule_vocabulary,
    "disclosure_grounds.md": disclosure_ground_tables,
    "reporting_duties.md": reporting_duty_tables,
    "reporting_matrix.md": reporting_duty_matrix,
    "collaboration_vocabulary.md": collaboration_vocabulary_tables,
    "safety_vocabulary.md": safety_vocabulary_tables,
    "people_vocabulary.md": people_vocabulary_tables,
    "schema_list.md": schema_list,
    "privacy_categories.md": privacy_categories,
    "pseudonymisation_steps.md": pseudonymisation_steps,
    "statistics_columns.md": statistics_columns,
    "statistics_tables.md": statistics_tables,
    "legal_references.md": legal_references,
}
"""Generated file name → function that writes its content."""


def _write_tables(app: Sphinx) -> None:
    target = Path(app.srcdir) / "_generated"
    target.mkdir(exist_ok=True)
    # Published as they are, next to the pages (html_extra_path in conf.py).
    schemas = Path(app.srcdir) / "_extra" / "schema"
    schemas.mkdir(parents=True, exist_ok=True)
    for name, content in schema_files().items():
        path = schemas / name
        if not path.exists() or path.read_text(encoding="utf-8") != content:
            path.write_text(content, encoding="utf-8")
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
