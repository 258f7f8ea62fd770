"""The command line, ``python -m familyviolence``: documents checked, schemas, instruments.

Exit codes: 0 when all is well; 1 when a check finds error-level findings; 2 when a file cannot
be read or is not a valid document, or a rule could not be evaluated (the other rules still are);
3 on an internal error, a bug of the library. Problems are reported with the file and the JSON
path, in the chosen language, and never with a traceback or a personal value.

``stats`` (statistics at scale) needs the ``analytics`` extra; its work is done in
:mod:`familyviolence.analytics.command`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

import msgspec

from familyviolence._cli_text import (
    document_kind,
    os_error,
    problem_line,
    problem_words,
    reference_text,
    register_reason,
    say,
)
from familyviolence._version import __version__
from familyviolence.cases import Case
from familyviolence.codec import from_dict, from_json, json_schema, to_dict
from familyviolence.errors import InvalidDocument, InvalidModel, Problem, UnknownInstrument
from familyviolence.family import FamilySystem
from familyviolence.instruments import (
    Assessment,
    AssessmentResult,
    InstrumentCatalogue,
    InstrumentDefinition,
    ScoringMethod,
    WeightTable,
    default_catalogue,
)
from familyviolence.rulebook import evaluate
from familyviolence.rules import Findings, RuleFailed, Severity
from familyviolence.vocabulary import Language

if TYPE_CHECKING:
    from familyviolence.registers.barnevern import Omission, RegisterDocument, ReportingAgency

__all__ = ["DOCUMENT_TYPES", "main"]

T = TypeVar("T")

OK, FINDINGS, BAD_INPUT, INTERNAL_ERROR = 0, 1, 2, 3

DOCUMENT_TYPES: dict[str, type] = {
    "case": Case,
    "family-system": FamilySystem,
    "assessment": Assessment,
    "instrument-definition": InstrumentDefinition,
    "weight-table": WeightTable,
}
"""Name on the command line → the model at the top of such a document."""

_NAMES = {model: name for name, model in DOCUMENT_TYPES.items()}


class _BadInput(Exception):
    """A file that cannot be read, or is not a document of the kind wanted.

    ``problems`` are its problems; ``heading`` says which (the file's name and what is wrong),
    ``hint`` what to do instead, if known; ``file`` is the file's name.
    """

    def __init__(
        self, heading: str, problems: Sequence[Problem], *, file: str, hint: str | None = None
    ) -> None:
        super().__init__(heading)
        self.heading = heading
        self.problems = tuple(problems)
        self.file = file
        self.hint = hint


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    out = stdout or sys.stdout
    args = _parser().parse_args(argv)
    command: Callable[[argparse.Namespace, TextIO], int] = args.command
    try:
        return command(args, out)
    except BrokenPipeError:
        # The reader (say, `head`) has gone: stop quietly, as command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return OK
    except Exception as error:  # noqa: BLE001 - a bug of the library, told without a traceback
        lang = getattr(args, "lang", Language.EN)
        sys.stderr.write(say("internal_error", lang, kind=type(error).__name__) + "\n")
        return INTERNAL_ERROR


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m familyviolence",
        description="Check case documents against the law and good practice, print the JSON "
        "Schema of a document type, list the instrument catalogue and show the result of an "
        "assessment. Exit codes: 0 all is well; 1 error-level findings; 2 a file cannot be "
        "read or is not a valid document, or a rule could not be evaluated; 3 an internal "
        "error.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}", help="print the version"
    )
    commands = parser.add_subparsers(required=True, metavar="COMMAND", title="commands")

    check = _command(
        commands,
        "check",
        "check case documents against the law and good practice",
        "Validate case documents and evaluate each against the rules in force on a day. Exit "
        "0: no error-level findings; 1: error-level findings; 2: a file cannot be read, is not "
        "a valid case document, or a rule could not be evaluated (the other rules still are).",
    )
    check.add_argument(
        "files", nargs="+", metavar="FILE", help="case documents (JSON), or - for standard input"
    )
    check.add_argument(
        "--on",
        type=_day,
        metavar="DATE",
        help="the day to evaluate on (YYYY-MM-DD); today if not given",
    )
    _output_options(check)
    check.set_defaults(command=_check)

    schema = _command(
        commands,
        "schema",
        "print the JSON Schema of a document type",
        "Print the JSON Schema (Draft 2020-12) of a document type, with descriptions taken from "
        "the models' documentation.",
    )
    schema.add_argument(
        "type",
        nargs="?",
        default="family-system",
        choices=sorted(DOCUMENT_TYPES),
        help="the document type",
    )
    schema.set_defaults(command=_schema)

    instruments = _command(
        commands,
        "instruments",
        "list the instrument catalogue",
        "List the assessment instruments the library ships: id, version, name, kind and number "
        "of items (structure only; no instrument's wording is shipped).",
    )
    _output_options(instruments)
    instruments.set_defaults(command=_instruments)

    assess = _command(
        commands,
        "assess",
        "print the result of an assessment document",
        "Check an assessment document against its instrument in the catalogue and print its "
        "result: score and level, or the assessor's summary judgements, and what to know about "
        "it. Exit 2 if the file cannot be read or the assessment does not fit its instrument.",
    )
    assess.add_argument(
        "file", metavar="FILE", help="an assessment document (JSON), or - for standard input"
    )
    assess.add_argument(
        "--weights",
        metavar="FILE",
        help="a weight table document, for instruments scored with item weights (the Danger "
        "Assessment)",
    )
    _output_options(assess)
    assess.set_defaults(command=_assess)
    _stats_parser(commands)

    register = _command(
        commands,
        "register-export",
        "write Norwegian cases as files for the national child-welfare register",
        "Write each Norwegian case as the child-welfare register's XML (one file per"
        " child, checked against the register's schema) and print the register's controls as"
        " check prints findings. The files hold the children's identity numbers. Exit 0: no"
        " error-level findings; 1: error-level findings; 2: a file cannot be read, or a case is"
        " refused.",
    )
    register.add_argument("files", nargs="+", metavar="CASE", help="case documents (JSON)")
    register.add_argument("--agency", required=True, metavar="FILE", help="the reporting agency")
    register.add_argument("--xsd", required=True, metavar="FILE", help="the register's schema")
    register.add_argument("--out", required=True, metavar="FILE", help="where to write the XML")
    register.add_argument(
        "--extracted-at",
        type=_moment,
        metavar="DATETIME",
        help="the moment of extraction (ISO 8601 with an offset); now if not given",
    )
    _output_options(register)
    register.set_defaults(command=_register_export)
    return parser


def _command(
    commands: Any,  # noqa: ANN401 - argparse's subparsers action has no public type
    name: str,
    summary: str,
    description: str,
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = commands.add_parser(
        name,
        help=summary,
        description=description,
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    return parser


def _stats_parser(commands: Any) -> None:  # noqa: ANN401 - argparse's subparsers action
    stats = _command(
        commands,
        "stats",
        "pseudonymise case documents into Parquet tables and indicators (analytics extra)",
        "Pseudonymise case documents, write their statistics view as Parquet tables "
        "partitioned by jurisdiction and year, and the standard indicators with small cells "
        "suppressed to DIR/indicators.csv. Exit 0: every document written; 2: a document was "
        "quarantined (the others are written) or the run could not start.",
    )
    stats.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="case documents, directories of them, or globs"
    )
    stats.add_argument(
        "--key-file", required=True, metavar="FILE", help="the secret pseudonymisation key"
    )
    stats.add_argument("--out", required=True, metavar="DIR", help="a new or empty directory")
    stats.add_argument(
        "--on",
        type=_day,
        metavar="DATE",
        help="the day deadlines are looked at; today if not given",
    )
    where = stats.add_mutually_exclusive_group()
    where.add_argument("--workers", type=int, metavar="N", help="local worker processes")
    where.add_argument("--scheduler", metavar="ADDRESS", help="a Dask distributed scheduler")
    stats.add_argument(
        "--threshold", type=int, default=5, metavar="N", help="counts under N are not shown"
    )
    _language_option(stats)
    stats.set_defaults(command=_stats)


def _stats(args: argparse.Namespace, out: TextIO) -> int:
    try:
        from familyviolence.analytics.command import run_stats  # noqa: PLC0415 - optional extra
    except ModuleNotFoundError as error:
        if not (error.name or "").startswith(("pyarrow", "dask", "distributed", "tqdm", "pandas")):
            raise
        sys.stderr.write(say("needs_extra", args.lang, command="stats", extra="analytics") + "\n")
        return BAD_INPUT
    return run_stats(
        args.inputs,
        key_file=args.key_file,
        out=args.out,
        on=args.on or dt.date.today(),  # noqa: DTZ011 - the user's local day
        workers=args.workers,
        scheduler=args.scheduler,
        threshold=args.threshold,
        stdout=out,
        stderr=sys.stderr,
        lang=args.lang,
    )


def _output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("text", "json"), default="text", help="what to print")
    _language_option(parser)


def _language_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=[lang.value for lang in Language],
        default="en",
        help="the language of everything printed: Swedish, Norwegian bokmål or English",
    )


def _schema(args: argparse.Namespace, out: TextIO) -> int:
    json.dump(json_schema(DOCUMENT_TYPES[args.type]), out, indent=2, ensure_ascii=False)
    out.write("\n")
    return OK


def _instruments(args: argparse.Namespace, out: TextIO) -> int:
    catalogue = default_catalogue()
    if args.format == "json":
        rows = [
            {
                "id": d.id,
                "version": d.version,
                "name": d.name,
                "kind": d.kind.value,
                "kind_label": d.kind.label(args.lang),
                "items": len(d.items),
                "licence": d.licence,
            }
            for d in catalogue.definitions
        ]
        _json_out(rows, out)
        return OK
    out.writelines(
        say(
            "instrument_row",
            args.lang,
            id=d.id,
            version=d.version,
            name=d.name,
            kind=d.kind.label(args.lang),
            items=len(d.items),
        )
        + "\n"
        for d in catalogue.definitions
    )
    return OK


# -- assess -------------------------------------------------------------------------------------


def _assess(args: argparse.Namespace, out: TextIO) -> int:
    lang = args.lang
    try:
        assessment = _read(args.file, Assessment, lang)
        weights = _read(args.weights, WeightTable, lang) if args.weights else None
        catalogue = default_catalogue()
        result = _result(args.file, catalogue, assessment, weights, lang)
    except _BadInput as bad:
        _report_bad(bad, args.format, lang, out)
        return BAD_INPUT
    if args.format == "json":
        document = {"file": args.file, **_without_version(to_dict(result))}
        document["labels"] = _result_labels(result, catalogue, lang)
        _json_out(document, out)
    else:
        _print_result(result, catalogue, lang, out)
    return OK


def _result(
    name: str,
    catalogue: InstrumentCatalogue,
    assessment: Assessment,
    weights: WeightTable | None,
    lang: str,
) -> AssessmentResult:
    try:
        return catalogue.result(assessment, weights=weights)
    except UnknownInstrument as error:
        reason = say("unknown_instrument", lang, instrument=error.instrument, version=error.version)
        expected = "an instrument of the catalogue"
        problem = Problem(path="$.instrument", expected=expected, found=reason)
        raise _BadInput(
            say("does_not_fit", lang, file=name, reason=reason), [problem], file=name
        ) from None
    except InvalidModel as error:
        problem = Problem(
            path=f"$.{error.field}",
            expected="a value that keeps the model's invariants",
            found=f"one that breaks them ({error.reason})",
        )
        _, found = problem_words(problem, lang)
        raise _BadInput(
            say("does_not_fit", lang, file=name, reason=found), [problem], file=name
        ) from None


def _result_labels(
    result: AssessmentResult, catalogue: InstrumentCatalogue, lang: str
) -> dict[str, Any]:
    definition = catalogue.definition(result.instrument, result.version)
    judgements = {j.id: j for j in definition.judgements}
    return {
        "kind": result.kind.label(lang),
        "band": None if result.band is None else result.band.label.in_language(lang),
        "judgements": {
            j.id: {
                "label": judgements[j.id].label.in_language(lang) if j.id in judgements else j.id,
                "level": j.level.label(lang),
            }
            for j in result.judgements
        },
        "notes": _notes(result, definition, lang),
        "invalid_reasons": _invalid_reasons(result, definition, lang),
    }


def _print_result(
    result: AssessmentResult, catalogue: InstrumentCatalogue, lang: str, out: TextIO
) -> None:
    definition = catalogue.definition(result.instrument, result.version)
    lines = [f"{definition.name} ({result.instrument} {result.version})"]
    if not result.valid:
        lines.append(say("not_valid", lang))
        lines += [f"  {reason}" for reason in _invalid_reasons(result, definition, lang)]
    if result.score is not None:
        lines.append(say("score", lang, score=result.score))
    if result.band is not None:
        meaning = result.band.meaning
        level = result.band.label.in_language(lang)
        if meaning is not None:
            level += f" ({meaning.in_language(lang)})"
        lines.append(say("level", lang, level=level))
    if result.overridden:
        lines.append(say("raised", lang))
    if result.refers_to_conference:
        lines.append(say("referral", lang))
    labels = {j.id: j.label.in_language(lang) for j in definition.judgements}
    lines += [
        say("judgement", lang, label=labels.get(j.id, j.id), id=j.id, level=j.level.label(lang))
        for j in result.judgements
    ]
    if result.omitted:
        lines.append(say("omitted", lang, items=", ".join(result.omitted)))
    if result.critical_items:
        lines.append(say("critical", lang, items=", ".join(result.critical_items)))
    lines += [say("note", lang, note=note) for note in _notes(result, definition, lang)]
    out.writelines(f"{line}\n" for line in lines)


_KNOWN_REASON = re.compile(r"\d+ items are omitted or unanswered; .*")


def _invalid_reasons(
    result: AssessmentResult, definition: InstrumentDefinition, lang: str
) -> list[str]:
    """Why the result is not valid, in ``lang``: the reasons the library knows, told anew."""
    told = []
    if len(result.omitted) > definition.omissions_tolerated:
        told.append(
            say(
                "omissions",
                lang,
                count=len(result.omitted),
                instrument=definition.id,
                version=definition.version,
                tolerated=definition.omissions_tolerated,
            ).strip()
        )
    others = [r for r in result.invalid_reasons if not _KNOWN_REASON.fullmatch(r)]
    return told + [_as_given(r, lang) for r in others]


_KNOWN_NOTES = (
    re.compile(r".* is scored with item weights that the library does not ship; .*"),
    re.compile(r"a structured professional judgement: .*"),
    re.compile(r".* has no bands: the score has no level"),
    re.compile(r"the cut-offs of the band .* are uncertain"),
)


def _notes(result: AssessmentResult, definition: InstrumentDefinition, lang: str) -> list[str]:
    """What the reader of the result must know, in ``lang``.

    The notes the library writes are told anew from the result; any other note is shown as
    written, so that nothing is lost.
    """
    told = []
    key = {"instrument": definition.id, "version": definition.version}
    if definition.scoring is ScoringMethod.WEIGHTED_SUM and result.score is None and result.valid:
        told.append(say("note_no_weights", lang, **key))
    if definition.scoring is ScoringMethod.JUDGEMENT:
        told.append(say("note_judgement", lang))
    if result.score is not None and result.band is None and result.valid:
        told.append(say("note_no_bands", lang, **key))
    if result.band is not None and result.band.uncertain:
        told.append(say("note_uncertain_band", lang, band=result.band.id))
    others = [n for n in result.notes if not any(p.fullmatch(n) for p in _KNOWN_NOTES)]
    return told + [_as_given(n, lang) for n in others]


def _as_given(text: str, lang: str) -> str:
    return text if lang == Language.EN else say("in_english", lang, text=text)


# -- check --------------------------------------------------------------------------------------


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        msg = f"not a date (YYYY-MM-DD): {text!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _moment(text: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        moment = None
    if moment is None or moment.utcoffset() is None:
        msg = f"not a date and time with an offset (2026-09-01T08:00:00+02:00): {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return moment


def _register_export(args: argparse.Namespace, out: TextIO) -> int:
    # Imported here: an optional edge, which `import familyviolence` never loads.
    from familyviolence.registers.barnevern import ReportingAgency  # noqa: PLC0415
    from familyviolence.registers.barnevern.command import output_paths  # noqa: PLC0415

    lang = args.lang
    try:
        agency = _read(args.agency, ReportingAgency, lang, kind="reporting-agency")
        exported, refused = _export(args, agency, out)
    except _BadInput as bad:
        _report_bad(bad, args.format, lang, out)
        return BAD_INPUT
    paths = output_paths(Path(args.out), [d for _, d in exported])
    try:
        for path, (_, document) in zip(paths, exported, strict=True):
            path.write_bytes(document.xml)
    except OSError as error:
        reason = os_error(error, lang)
        sys.stderr.write(say("cannot_write", lang, file=args.out, reason=reason) + "\n")
        return BAD_INPUT
    if args.format == "json":
        rows = [
            {
                **_as_json(name, d.findings, None, lang),
                "child": d.child,
                "written_to": str(path),
                "omissions": [_omission(o, lang) for o in d.omissions],
            }
            for path, (name, d) in zip(paths, exported, strict=True)
        ]
        _json_out([*rows, *refused], out)
    else:
        for path, (name, document) in zip(paths, exported, strict=True):
            _print_findings(name, document.findings, lang, out)
            out.write(say("written_to", lang, path=path) + "\n")
            out.writelines(f"  {_omission(o, lang)}\n" for o in document.omissions)
    if refused:
        return BAD_INPUT
    return FINDINGS if any(d.findings.errors for _, d in exported) else OK


def _omission(omission: Omission, lang: str) -> str:
    reason = register_reason(omission.reason, lang)
    return say("not_written", lang, path=omission.path, element=omission.element, reason=reason)


def _export(
    args: argparse.Namespace,
    agency: ReportingAgency,
    out: TextIO,
) -> tuple[list[tuple[str, RegisterDocument]], list[dict[str, Any]]]:
    """The register's documents of each case file, and the files refused (as JSON rows)."""
    from familyviolence.registers.barnevern import ExportRefused, to_register_xml  # noqa: PLC0415

    lang = args.lang
    # The command line is the one place that reads the clock; the library is always told.
    extracted_at = args.extracted_at or dt.datetime.now(dt.UTC).replace(microsecond=0)
    exported: list[tuple[str, RegisterDocument]] = []
    refused: list[dict[str, Any]] = []
    for name in args.files:
        try:
            case = _read(name, Case, lang)
            documents = to_register_xml([case], agency, extracted_at, xsd=args.xsd)
        except _BadInput as bad:
            refused.append(_bad_as_json(bad, lang))
            if args.format == "text":
                _report_bad(bad, "text", lang, out)
            continue
        except ExportRefused as error:
            why = register_reason(error.reason, lang)
            reason = say(
                "case_field", lang, case=repr(error.case_id), field=error.field, reason=why
            )
            line = say("not_exported", lang, file=name, reason=reason)
            refused.append({"file": name, "valid": True, "exported": False, "message": line})
            if args.format == "text":
                sys.stderr.write(f"{line}\n")
            continue
        except InvalidDocument as error:
            heading = say("schema_refuses", lang, xsd=args.xsd)
            raise _BadInput(heading, error.problems, file=name) from None
        exported += ((name, d) for d in documents)
    return exported, refused


def _check(args: argparse.Namespace, out: TextIO) -> int:
    # The command line is the one place that reads the clock; the library is always told.
    on: dt.date = args.on or dt.date.today()  # noqa: DTZ011 - the user's local day
    lang = args.lang
    documents: list[dict[str, Any]] = []
    code = OK
    for name in args.files:
        try:
            case = _read(name, Case, lang)
        except _BadInput as bad:
            documents.append(_bad_as_json(bad, lang))
            if args.format == "text":
                _report_bad(bad, "text", lang, out)
            code = BAD_INPUT
            continue
        try:
            findings, failed = evaluate(case, on=on), None
        except RuleFailed as error:
            # The other rules ran: what they found is reported, and the failure as a problem.
            if error.findings is None:  # pragma: no cover - evaluate gives the others' findings
                raise
            findings, failed = error.findings, error
        documents.append(_as_json(name, findings, failed, lang))
        if args.format == "text":
            _print_findings(name, findings, lang, out)
        if findings.failed:
            code = BAD_INPUT
        elif findings.errors and code == OK:
            code = FINDINGS
    if args.format == "json":
        _json_out(documents, out)
    return code


def _as_json(name: str, findings: Findings, failed: RuleFailed | None, lang: str) -> dict[str, Any]:
    kind = "" if failed is None or failed.__cause__ is None else type(failed.__cause__).__name__
    return {
        "file": name,
        "valid": True,
        "case": findings.case_id,
        "on": findings.on.isoformat(),
        "findings": [
            {
                "rule_id": f.rule_id,
                "severity": f.severity.value,
                "severity_label": f.severity.label(lang),
                "path": f.path,
                "persons": list(f.persons),
                "message": f.text(lang),
                "reference": reference_text(f.reference, lang),
                "verified": f.reference.verified,
            }
            for f in findings
        ],
        "skipped": list(findings.skipped),
        "failed": list(findings.failed),
        "problems": [
            {
                "path": "$",
                "rule_id": rule_id,
                "message": say("rule_failed_json", lang, rule=rule_id, kind=kind or "?"),
            }
            for rule_id in findings.failed
        ],
    }


def _print_findings(name: str, findings: Findings, lang: str, out: TextIO) -> None:
    counts = ", ".join(f"{s.label(lang)} {len(findings.of_severity(s))}" for s in Severity)
    lines = [say("case_on", lang, file=name, case=findings.case_id, on=findings.on, counts=counts)]
    lines += [
        say(
            "finding",
            lang,
            severity=f.severity.label(lang),
            rule=f.rule_id,
            path=f.path,
            message=f.text(lang),
            reference=reference_text(f.reference, lang),
        )
        for f in findings
    ]
    if findings.skipped:
        lines.append(say("skipped", lang, rules=", ".join(findings.skipped)))
    lines += [say("rule_failed", lang, rule=rule_id) for rule_id in findings.failed]
    out.writelines(f"{line}\n" for line in lines)


# -- reading documents --------------------------------------------------------------------------


def _read(name: str, model: type[T], lang: str, *, kind: str | None = None) -> T:
    """The document in file ``name`` (``-`` is standard input), or a refusal to report.

    ``kind`` names a kind of document that is not one of :data:`DOCUMENT_TYPES` (an optional
    edge's, which the command line does not import until it is asked for).
    """
    wanted = kind or _NAMES[model]
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as error:
        reason = os_error(error, lang)
        problem = Problem(path="$", expected="a readable file", found=os_error(error, "en"))
        raise _BadInput(
            say("cannot_read", lang, file=name, reason=reason), [problem], file=name
        ) from None
    try:
        return from_json(model, data)
    except InvalidDocument as error:
        heading = say("not_a_document", lang, file=name, kind=document_kind(wanted, lang))
        other = _other_type(data, model)
        if other is None:
            raise _BadInput(heading, error.problems, file=name) from None
        problem = Problem(path="$", expected=f"a {wanted} document", found=f"a {other} document")
        raise _BadInput(heading, [problem], file=name, hint=_hint(name, other, lang)) from None


def _other_type(data: bytes, wanted: type) -> str | None:
    """The kind of document ``data`` is, if it is a valid document of another kind."""
    try:
        document = msgspec.json.decode(data)
    except (msgspec.DecodeError, RecursionError):
        return None
    for name, model in DOCUMENT_TYPES.items():
        if model is wanted:
            continue
        try:
            from_dict(model, document)
        except InvalidDocument:
            continue
        return name
    return None


def _hint(name: str, other: str, lang: str) -> str:
    found = document_kind(other, lang)
    if other == "case":
        hint = say("use_check", lang, file=name)
    elif other == "assessment":
        hint = say("use_assess", lang, file=name)
    elif other == "weight-table":
        hint = say("use_weights", lang)
    else:
        hint = say("use_schema", lang, kind=other)
    return say("other_type", lang, found=found, hint=hint)


def _report_bad(bad: _BadInput, form: str, lang: str, out: TextIO) -> None:
    if form == "json":
        _json_out(_bad_as_json(bad, lang), out)
        return
    lines = [bad.heading]
    lines += [bad.hint] if bad.hint else [problem_line(p, lang) for p in bad.problems]
    sys.stderr.writelines(f"{line}\n" for line in lines)


def _bad_as_json(bad: _BadInput, lang: str) -> dict[str, Any]:
    problems = []
    for problem in bad.problems:
        expected, found = problem_words(problem, lang)
        problems.append({"path": problem.path, "expected": expected, "found": found})
    document: dict[str, Any] = {
        "file": bad.file,
        "valid": False,
        "message": bad.heading,
        "problems": problems,
    }
    if bad.hint:
        document["hint"] = bad.hint.strip()
    return document


def _json_out(value: object, out: TextIO) -> None:
    json.dump(value, out, indent=2, ensure_ascii=False)
    out.write("\n")


def _without_version(document: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k != "schema_version"}
