"""The command line, ``python -m familyviolence``: documents checked, schemas, instruments.

Exit codes: 0 when all is well, 1 when a check finds error-level findings, 2 when a file cannot
be read or is not a valid document. Problems are reported with the file and the JSON path, never
with a traceback or a personal value.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO, TypeVar

from familyviolence._errors import FamilyViolenceError, InvalidDocument, InvalidModel
from familyviolence.cases import Case
from familyviolence.codec import from_json, to_dict
from familyviolence.family import FamilySystem
from familyviolence.instruments import (
    Assessment,
    AssessmentResult,
    InstrumentCatalogue,
    InstrumentDefinition,
    WeightTable,
    default_catalogue,
)
from familyviolence.rules import Findings, Severity, evaluate
from familyviolence.schema import json_schema
from familyviolence.vocabulary import Language

__all__ = ["DOCUMENT_TYPES", "main"]

T = TypeVar("T")

OK, FINDINGS, BAD_INPUT = 0, 1, 2

DOCUMENT_TYPES: dict[str, type] = {
    "case": Case,
    "family-system": FamilySystem,
    "assessment": Assessment,
    "instrument-definition": InstrumentDefinition,
    "weight-table": WeightTable,
}
"""Name on the command line → the model at the top of such a document."""


class _BadInput(Exception):
    """A file that cannot be read or decoded; the message is safe to print."""


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    out = stdout or sys.stdout
    args = _parser().parse_args(argv)
    command: Callable[[argparse.Namespace, TextIO], int] = args.command
    try:
        return command(args, out)
    except _BadInput as error:
        sys.stderr.write(f"{error}\n")
        return BAD_INPUT
    except BrokenPipeError:
        # The reader (say, `head`) has gone: stop quietly, as command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m familyviolence",
        description="Check case documents, print schemas, list and score instruments.",
    )
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    check = commands.add_parser(
        "check",
        help="check case documents against the law and good practice",
        description="Validate case documents and evaluate each against the rules in force on "
        "a day. Exit 0: no error-level findings; 1: error-level findings; 2: a file cannot be "
        "read or is not a valid case document.",
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

    schema = commands.add_parser("schema", help="print the JSON Schema of a document type")
    schema.add_argument("type", nargs="?", default="family-system", choices=sorted(DOCUMENT_TYPES))
    schema.set_defaults(command=_schema)

    instruments = commands.add_parser("instruments", help="list the instrument catalogue")
    _output_options(instruments)
    instruments.set_defaults(command=_instruments)

    assess = commands.add_parser("assess", help="print the result of an assessment document")
    assess.add_argument("file", help="an assessment document (JSON), or - for standard input")
    assess.add_argument("--weights", help="a weight table document, for the Danger Assessment")
    _output_options(assess)
    assess.set_defaults(command=_assess)

    register = commands.add_parser(
        "register-export",
        help="write Norwegian cases as files for the national child-welfare register",
        description="Write each Norwegian case as the child-welfare register's XML (one file per"
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


def _output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--lang", choices=[lang.value for lang in Language], default="en")


def _schema(args: argparse.Namespace, out: TextIO) -> int:
    json.dump(json_schema(DOCUMENT_TYPES[args.type]), out, indent=2, ensure_ascii=False)
    out.write("\n")
    return OK


def _instruments(args: argparse.Namespace, out: TextIO) -> int:
    catalogue = default_catalogue()
    rows = [
        {
            "id": d.id,
            "version": d.version,
            "name": d.name,
            "kind": d.kind.value,
            "items": len(d.items),
            "licence": d.licence,
        }
        for d in catalogue.definitions
    ]
    if args.format == "json":
        json.dump(rows, out, indent=2, ensure_ascii=False)
        out.write("\n")
        return OK
    for d in catalogue.definitions:
        kind = d.kind.label(args.lang)
        out.write(f"{d.id} {d.version}\t{d.name}\t{kind}\t{len(d.items)} items\n")
    return OK


def _assess(args: argparse.Namespace, out: TextIO) -> int:
    assessment = _read(args.file, Assessment)
    weights = _read(args.weights, WeightTable) if args.weights else None
    catalogue = default_catalogue()
    try:
        result = catalogue.result(assessment, weights=weights)
    except (InvalidModel, FamilyViolenceError) as error:
        raise _BadInput(f"{args.file}: {error}") from None
    if args.format == "json":
        json.dump(_without_version(to_dict(result)), out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        _print_result(result, catalogue, args.lang, out)
    return OK


def _print_result(
    result: AssessmentResult, catalogue: InstrumentCatalogue, lang: str, out: TextIO
) -> None:
    definition = catalogue.definition(result.instrument, result.version)
    out.write(f"{definition.name} ({result.instrument} {result.version})\n")
    if not result.valid:
        out.write("Not valid:\n")
        out.writelines(f"  {reason}\n" for reason in result.invalid_reasons)
    if result.score is not None:
        out.write(f"Score: {result.score}\n")
    if result.band is not None:
        meaning = f" ({result.band.meaning.in_language(lang)})" if result.band.meaning else ""
        out.write(f"Level: {result.band.label.in_language(lang)}{meaning}\n")
    if result.overridden:
        out.write("The level was raised by professional judgement.\n")
    if result.referral:
        out.write("Refer to a multi-agency risk assessment conference.\n")
    out.writelines(
        f"{judgement.id}: {judgement.level.label(lang)}\n" for judgement in result.judgements
    )
    out.writelines(f"Note: {note}\n" for note in result.notes)


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
    from familyviolence.registers.barnevern import (  # noqa: PLC0415
        ExportRefused,
        RegisterDocument,
        ReportingAgency,
        to_register_xml,
    )
    from familyviolence.registers.barnevern.command import output_paths  # noqa: PLC0415

    # The command line is the one place that reads the clock; the library is always told.
    extracted_at = args.extracted_at or dt.datetime.now(dt.UTC).replace(microsecond=0)
    agency = _read(args.agency, ReportingAgency)
    bad = False
    exported: list[tuple[str, RegisterDocument]] = []
    for name in args.files:
        try:
            case = _read(name, Case)
            documents = to_register_xml([case], agency, extracted_at, xsd=args.xsd)
        except _BadInput as error:
            sys.stderr.write(f"{error}\n")
            bad = True
            continue
        except ExportRefused as error:
            sys.stderr.write(f"{name}: not exported: {error}\n")
            bad = True
            continue
        except InvalidDocument as error:
            problems = "\n".join(f"  {p}" for p in error.problems)
            raise _BadInput(
                f"{args.xsd}: the register's schema refuses the file\n{problems}"
            ) from None
        exported += ((name, d) for d in documents)
    paths = output_paths(Path(args.out), [d for _, d in exported])
    try:
        for path, (_, document) in zip(paths, exported, strict=True):
            path.write_bytes(document.xml)
    except OSError as error:
        raise _BadInput(f"{args.out}: cannot be written ({error.strerror})") from None
    if args.format == "json":
        rows = [
            {
                **_as_json(name, d.findings, args.lang),
                "child": d.child,
                "written_to": str(path),
                "omissions": [str(o) for o in d.omissions],
            }
            for path, (name, d) in zip(paths, exported, strict=True)
        ]
        json.dump(rows, out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        for path, (name, document) in zip(paths, exported, strict=True):
            _print_findings(name, document.findings, args.lang, out)
            out.write(f"  written to {path}\n")
            out.writelines(f"  {o}\n" for o in document.omissions)
    if bad:
        return BAD_INPUT
    return FINDINGS if any(d.findings.errors for _, d in exported) else OK


def _check(args: argparse.Namespace, out: TextIO) -> int:
    # The command line is the one place that reads the clock; the library is always told.
    on: dt.date = args.on or dt.date.today()  # noqa: DTZ011 - the user's local day
    results: list[tuple[str, Findings]] = []
    bad = False
    for name in args.files:
        try:
            case = _read(name, Case)
        except _BadInput as error:
            sys.stderr.write(f"{error}\n")
            bad = True
            continue
        results.append((name, evaluate(case, on=on)))
    if args.format == "json":
        documents = [_as_json(name, findings, args.lang) for name, findings in results]
        json.dump(documents, out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        for name, findings in results:
            _print_findings(name, findings, args.lang, out)
    if bad:
        return BAD_INPUT
    return FINDINGS if any(f.errors for _, f in results) else OK


def _as_json(name: str, findings: Findings, lang: str) -> dict[str, Any]:
    return {
        "file": name,
        "case": findings.case_id,
        "on": findings.on.isoformat(),
        "findings": [
            {
                "rule_id": f.rule_id,
                "severity": f.severity.value,
                "path": f.path,
                "persons": list(f.persons),
                "message": f.text(lang),
                "reference": str(f.reference),
                "verified": f.reference.verified,
            }
            for f in findings
        ],
        "skipped": list(findings.skipped),
    }


def _print_findings(name: str, findings: Findings, lang: str, out: TextIO) -> None:
    counts = ", ".join(f"{s.label(lang)} {len(findings.of_severity(s))}" for s in Severity)
    out.write(f"{name}: case {findings.case_id} on {findings.on}: {counts}\n")
    out.writelines(
        f"  {f.severity.label(lang)} {f.rule_id} {f.path}: {f.text(lang)}\n" for f in findings
    )


def _without_version(document: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k != "schema_version"}


def _read(name: str, model: type[T]) -> T:
    """The document in file ``name`` (``-`` is standard input), or a printable refusal."""
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as error:
        raise _BadInput(f"{name}: cannot be read ({error.strerror})") from None
    try:
        return from_json(model, data)
    except InvalidDocument as error:
        problems = "\n".join(f"  {p}" for p in error.problems)
        raise _BadInput(f"{name}: not a valid {model.__name__} document\n{problems}") from None
