"""Writing a case folder as the register's XML, and checking it against the register's schema.

The document is written with the standard library's ElementTree, elements and attributes in the
schema's order, so that the same folder always gives the same bytes. It is checked with
``xmlschema`` (the ``registers`` extra) against the schema file the caller names: the register
publishes a new one about once a year. A document the schema refuses is reported by the path of
each problem and the kind of check that failed, never with the value.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from familyviolence.errors import InvalidDocument, Problem
from familyviolence.registers.barnevern._agency import ReportingAgency
from familyviolence.registers.barnevern._codes import LegalBasis
from familyviolence.registers.barnevern._document import (
    Coded,
    Decision,
    Investigation,
    Measure,
    RegisterCase,
    Report,
)

__all__ = ["validate", "write"]


def _day(day: dt.date) -> str:
    return day.isoformat()


def _element(parent: ET.Element, tag: str, **attributes: str | None) -> ET.Element:
    return ET.SubElement(parent, tag, {k: v for k, v in attributes.items() if v is not None})


def _coded(parent: ET.Element, tag: str, coded: Coded) -> None:
    _element(parent, tag, Kode=coded.code, Presisering=coded.specification)


def _basis(parent: ET.Element, basis: LegalBasis) -> None:
    element = _element(parent, "Lovhjemmel")
    ET.SubElement(element, "Lov").text = basis.act
    ET.SubElement(element, "Kapittel").text = basis.chapter
    ET.SubElement(element, "Paragraf").text = basis.section


def _report(sak: ET.Element, report: Report) -> None:
    element = _element(sak, "Melding", Id=report.id, StartDato=_day(report.start))
    for reporter in report.reporters:
        _coded(element, "Melder", reporter)
    for content in report.contents:
        _coded(element, "Saksinnhold", content)
    if report.conclusion is not None:
        _element(
            element,
            "Konklusjon",
            SluttDato=_day(report.conclusion.on),
            Kode=report.conclusion.code,
        )


def _investigation(sak: ET.Element, investigation: Investigation) -> None:
    element = _element(
        sak, "Undersokelse", Id=investigation.id, StartDato=_day(investigation.start)
    )
    if investigation.participation is not None:
        on, code = investigation.participation
        participation = _element(element, "BarnetsMedvirkning")
        ET.SubElement(participation, "StartDato").text = _day(on)
        ET.SubElement(participation, "MedvirkningType").text = code
    if investigation.extended_on is not None:
        _element(element, "UtvidetFrist", StartDato=_day(investigation.extended_on), Innvilget="1")
    if investigation.conclusion is not None:
        _element(
            element,
            "Konklusjon",
            SluttDato=_day(investigation.conclusion.on),
            Kode=investigation.conclusion.code,
            Presisering=investigation.conclusion.specification,
        )


def _measure(sak: ET.Element, measure: Measure) -> None:
    element = _element(sak, "Tiltak", Id=measure.id, StartDato=_day(measure.start))
    _basis(element, measure.basis)
    _coded(element, "Kategori", measure.category)
    if measure.end is not None:
        _element(element, "Konklusjon", SluttDato=_day(measure.end))


def _decision(sak: ET.Element, decision: Decision) -> None:
    element = _element(sak, "Vedtak", Id=decision.id, StartDato=_day(decision.start))
    _basis(element, decision.basis)
    for status in decision.statuses:
        _element(element, "Status", Id=status.id, EndretDato=_day(status.on), Kode=status.code)
    if decision.end is not None:
        _element(element, "Konklusjon", SluttDato=_day(decision.end))


def write(
    folder: RegisterCase,
    *,
    agency: ReportingAgency,
    extracted_at: dt.datetime,
    submission_id: str,
    previous_id: str | None = None,
) -> bytes:
    """The register's document for one child's case folder, as UTF-8 XML."""
    root = ET.Element(
        "Barnevern",
        {
            "Id": submission_id,
            "DatoUttrekk": extracted_at.isoformat(timespec="seconds"),
            **({} if previous_id is None else {"ForrigeId": previous_id}),
        },
    )
    system = agency.case_system
    _element(root, "Fagsystem", Leverandor=system.vendor, Navn=system.name, Versjon=system.version)
    _element(
        root,
        "Avgiver",
        Organisasjonsnummer=agency.organisation_number,
        Kommunenummer=agency.municipality_number,
        Kommunenavn=agency.municipality_name,
        Bydelsnummer=agency.district_number,
        Bydelsnavn=agency.district_name,
    )
    sak = _element(
        root,
        "Sak",
        Id=folder.id,
        StartDato=_day(folder.start),
        SluttDato=None if folder.end is None else _day(folder.end),
        Journalnummer=folder.journal_number,
    )
    personalia = folder.personalia
    if personalia is not None:
        born = personalia.person.birth_date
        assert born is not None  # noqa: S101 - a folder has Personalia only with a birth date
        _element(
            sak,
            "Personalia",
            Id=personalia.id,
            StartDato=_day(personalia.start),
            Fodselsnummer=personalia.number,
            Fodseldato=_day(born),
            Kjonn=personalia.sex,
        )
    for report in folder.reports:
        _report(sak, report)
    for investigation in folder.investigations:
        _investigation(sak, investigation)
    for measure in folder.measures:
        _measure(sak, measure)
    for decision in folder.decisions:
        _decision(sak, decision)
    for relation in folder.relations:
        _element(
            sak,
            "Relasjon",
            Id=relation.id,
            FraId=relation.from_id,
            FraType=relation.from_type,
            TilId=relation.to_id,
            TilType=relation.to_type,
        )
    ET.indent(root)
    written: bytes = ET.tostring(root, encoding="UTF-8", xml_declaration=True)
    return written + b"\n"


@functools.lru_cache(maxsize=4)
def _schema(path: str, modified: int, size: int) -> Any:  # noqa: ANN401 - xmlschema is untyped here
    del modified, size  # part of the cache key only: a changed file is read again
    try:
        import xmlschema  # noqa: PLC0415 - an optional extra, needed only to validate
    except ImportError:  # pragma: no cover - the extra is installed wherever the tests run
        msg = (
            "validating the register's file needs xmlschema:"
            " pip install 'familyviolence[registers]'"
        )
        raise ImportError(msg) from None
    return xmlschema.XMLSchema(path)


def load_schema(xsd: str | os.PathLike[str]) -> Any:  # noqa: ANN401
    """The register's schema read from ``xsd`` (cached while the file is unchanged).

    Raises:
        InvalidDocument: If the file cannot be read or is not an XML schema.
    """
    path = Path(xsd)
    try:
        stat = path.stat()
        return _schema(str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    except ImportError:
        raise
    except OSError:
        found = "no readable file"
    except Exception:  # noqa: BLE001 - xmlschema raises many kinds for a file that is no schema
        found = "a file that is not an XML schema"
    raise InvalidDocument([Problem(path=str(xsd), expected="the register's XSD", found=found)])


_KINDS = {
    "XsdPatternFacets": "a value of the form the schema requires",
    "XsdEnumerationFacets": "one of the schema's codes",
    "XsdLengthFacet": "a value of the length the schema requires",
    "XsdMinLengthFacet": "a value at least as long as the schema requires",
    "XsdMaxLengthFacet": "a value no longer than the schema allows",
    "XsdAttributeGroup": "the attributes the schema requires and allows",
    "XsdGroup": "the elements the schema requires, in its order",
    "XsdElement": "an element the schema allows",
    "XsdUnique": "ids unique within their kind",
}


def _attribute_of(validator: object) -> str | None:
    """The attribute whose value a failed check was about, if it was about one."""
    # A facet belongs to a simple type, which belongs to the attribute; stop at its element.
    while validator is not None and type(validator).__name__ != "XsdElement":
        if type(validator).__name__ == "XsdAttribute":
            name: str | None = getattr(validator, "local_name", None)
            return name
        validator = getattr(validator, "parent", None)
    return None


def validate(document: bytes, xsd: str | os.PathLike[str]) -> None:
    """Check ``document`` against the register's schema in the file ``xsd``.

    Raises:
        InvalidDocument: Listing every place the schema refuses, by path and kind of check;
            the refused values are never shown.
    """
    schema = load_schema(xsd)
    root = ET.fromstring(document)  # noqa: S314 - a document this module wrote
    problems = []
    for error in schema.iter_errors(root):
        path = error.path or "/Barnevern"
        validator = type(error.validator).__name__
        attribute = _attribute_of(error.validator)
        if attribute:
            path = f"{path}/@{attribute}"
        expected = _KINDS.get(validator, f"what the schema allows ({validator})")
        problems.append(Problem(path=path, expected=expected, found="something it refuses"))
    if problems:
        raise InvalidDocument(problems)
