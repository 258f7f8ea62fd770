"""The register's code lists, and the library's vocabularies mapped onto them, as data.

:data:`CODE_LISTS` holds every code list of format 4.0.1 as Statistics Norway publishes it
(``data/kodelister-4.0.1.json``, read from its ``Kodelister.md`` and the schema), each code with
its valid period. Each :class:`MappingTable` maps one vocabulary of the library onto one code
list: a row per member (and per period, where the register changed its codes), with the code,
the code-list version it comes from, and ``None`` where the library cannot give a code, with the
reason. A table checks when it is built that every code it gives is in its list and valid for
the whole period of the row.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType
from typing import Any

import attrs

from familyviolence._labelled import LabelledEnum
from familyviolence._model import Model, model, public
from familyviolence._validators import non_blank, optional_date, optional_non_blank
from familyviolence.collaboration import ConcernCategory
from familyviolence.errors import InvalidModel
from familyviolence.interventions import InterventionKind
from familyviolence.process import EventType
from familyviolence.registers.barnevern._outcomes import (
    DecisionStatus,
    InvestigationOutcome,
    ParticipationKind,
    ReportOutcome,
)
from familyviolence.vocabulary import AgencyKind, RecordedSex, ReporterKind

__all__ = [
    "CODE_LISTS",
    "DECISION_STATUS",
    "EXTENSION_GRANTED",
    "FORMAT_VERSION",
    "INVESTIGATION_CONCLUSION",
    "MAPPING_TABLES",
    "MEASURE_CATEGORY",
    "PARTICIPATION",
    "REPORTER",
    "REPORT_CONCLUSION",
    "REPORT_CONTENT",
    "SEX",
    "SUPPORT_MEASURE_BASIS",
    "CodeList",
    "CodeMapping",
    "LegalBasis",
    "MappingTable",
    "RegisterCode",
    "support_measure_basis",
]

FORMAT_VERSION = "4.0.1"
"""The version of the register's format this package writes (schema of 6 December 2025)."""


def _covers(start: dt.date | None, end: dt.date | None, day: dt.date) -> bool:
    return (start is None or start <= day) and (end is None or day <= end)


@model
class RegisterCode(Model):
    """One code of one of the register's code lists.

    Attributes:
        code: The code as written in the file (``"2.4.02"``).
        title: What it means, in the register's Norwegian.
        valid_from: First day the register accepts it.
        valid_to: Last day it accepts it; ``None`` while it is in use.
    """

    code: str = public(validator=non_blank)
    title: str = public(validator=non_blank)
    valid_from: dt.date | None = public(default=None, validator=optional_date)
    valid_to: dt.date | None = public(default=None, validator=optional_date)

    def valid_on(self, day: dt.date) -> bool:
        """Whether the register accepts the code for something dated ``day``."""
        return _covers(self.valid_from, self.valid_to, day)


def _codes(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(c, RegisterCode) for c in value):
        raise InvalidModel(type(instance).__name__, attribute.name, "must be a tuple of codes")


@model
class CodeList(Model):
    """One of the register's code lists, as published.

    Attributes:
        name: Its name (``"Melder"``, ``"Saksinnhold"``).
        path: Where the file uses it (``"/Barnevern/Sak/Melding/Melder/@Kode"``).
        version: The format version it was read from.
        codes: Its codes, in the published order.
    """

    name: str = public(validator=non_blank)
    path: str = public(validator=non_blank)
    version: str = public(validator=non_blank)
    codes: tuple[RegisterCode, ...] = public(validator=_codes)

    def code_values(self) -> frozenset[str]:
        """Every code of the list."""
        return frozenset(c.code for c in self.codes)

    def code(self, code: str) -> RegisterCode:
        """The code ``code`` of the list.

        Raises:
            KeyError: If the list has no such code.
        """
        for found in self.codes:
            if found.code == code:
                return found
        raise KeyError(code)


@functools.cache
def _load() -> Mapping[str, CodeList]:
    data = json.loads(
        resources.files("familyviolence.registers.barnevern")
        .joinpath("data")
        .joinpath("kodelister-4.0.1.json")
        .read_text(encoding="utf-8")
    )

    def day(text: str | None) -> dt.date | None:
        return None if text is None else dt.date.fromisoformat(text)

    return MappingProxyType(
        {
            entry["name"]: CodeList(
                name=entry["name"],
                path=entry["path"],
                version=data["format_version"],
                codes=tuple(
                    RegisterCode(
                        code=c["code"],
                        title=c["title"],
                        valid_from=day(c.get("valid_from")),
                        valid_to=day(c.get("valid_to")),
                    )
                    for c in entry["codes"]
                ),
            )
            for entry in data["code_lists"]
        }
    )


CODE_LISTS: Mapping[str, CodeList] = _load()
"""Every code list of the format, by name (``CODE_LISTS["Melder"]``)."""


@model
class CodeMapping(Model):
    """One row of a mapping table: a member of a library vocabulary and its register code.

    Attributes:
        source: The member of the library's vocabulary.
        code: The register's code for it, or ``None`` where the library cannot give one.
        version: The code-list version the code comes from.
        valid_from: First day the row applies (the day something happened is compared).
        valid_to: Last day it applies.
        specification: The fixed text the code's ``Presisering`` gets, where the code needs one
            and the library's vocabulary says enough; never text from a case.
        note: How the row reads the library's vocabulary, or why there is no code.
    """

    source: LabelledEnum = public(validator=attrs.validators.instance_of(LabelledEnum))
    code: str | None = public(validator=optional_non_blank)
    version: str = public(default=FORMAT_VERSION, validator=non_blank)
    valid_from: dt.date | None = public(default=None, validator=optional_date)
    valid_to: dt.date | None = public(default=None, validator=optional_date)
    specification: str | None = public(default=None, validator=optional_non_blank)
    note: str | None = public(default=None, validator=optional_non_blank)

    def applies_on(self, day: dt.date) -> bool:
        """Whether the row applies to something dated ``day``."""
        return _covers(self.valid_from, self.valid_to, day)


def _rows(instance: MappingTable, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(r, CodeMapping) for r in value):
        raise InvalidModel("MappingTable", attribute.name, "must be a tuple of CodeMapping")
    for i, row in enumerate(value):
        where = f"rows[{i}]"
        if row.code is None:
            continue
        try:
            code = instance.code_list.code(row.code)
        except KeyError:
            raise InvalidModel("MappingTable", where, "names a code not in its list") from None
        starts_in = code.valid_from is None or (
            row.valid_from is not None and code.valid_from <= row.valid_from
        )
        ends_in = code.valid_to is None or (
            row.valid_to is not None and row.valid_to <= code.valid_to
        )
        if not (starts_in and ends_in):
            raise InvalidModel("MappingTable", where, "applies when its code is not valid")
        if row.version != instance.code_list.version:
            raise InvalidModel("MappingTable", where, "comes from another version of the list")


@model
class MappingTable(Model):
    """How one library vocabulary maps onto one of the register's code lists.

    Attributes:
        code_list: The register's code list.
        rows: One row per member and period; members without a row have no code.
        not_produced: Why the codes that no row gives are not produced.
    """

    code_list: CodeList = public(validator=attrs.validators.instance_of(CodeList))
    rows: tuple[CodeMapping, ...] = public(validator=_rows)
    not_produced: str = public(validator=non_blank)

    def row_for(self, source: LabelledEnum, *, on: dt.date) -> CodeMapping | None:
        """The row for ``source`` that applies on ``on``, if any."""
        for row in self.rows:
            if row.source is source and row.applies_on(on):
                return row
        return None

    def code_for(self, source: LabelledEnum, *, on: dt.date) -> str | None:
        """The code for ``source`` on ``on``, or ``None`` if the library cannot give one."""
        row = self.row_for(source, on=on)
        return None if row is None else row.code

    @property
    def produced(self) -> frozenset[str]:
        """The codes some row gives."""
        return frozenset(r.code for r in self.rows if r.code is not None)


_UNTIL_2024 = dt.date(2024, 12, 31)
_FROM_2025 = dt.date(2025, 1, 1)
_UNTIL_2025 = dt.date(2025, 12, 31)
_FROM_2026 = dt.date(2026, 1, 1)
_UNTIL_2020 = dt.date(2020, 12, 31)
_FROM_2021 = dt.date(2021, 1, 1)
_UNTIL_2021 = dt.date(2021, 12, 31)
_FROM_2022 = dt.date(2022, 1, 1)
_FROM_2013 = dt.date(2013, 1, 1)
_FROM_2020 = dt.date(2020, 1, 1)


def _row(
    source: LabelledEnum,
    code: str | None,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    specification: str | None = None,
    note: str | None = None,
) -> CodeMapping:
    return CodeMapping(
        source=source,
        code=code,
        valid_from=start,
        valid_to=end,
        specification=specification,
        note=note,
    )


def _by_period(
    source: LabelledEnum,
    *codes: tuple[dt.date | None, dt.date | None, str | None],
    note: str | None = None,
) -> tuple[CodeMapping, ...]:
    return tuple(_row(source, code, start=start, end=end, note=note) for start, end, code in codes)


_READING = "the library's reading"

SEX = MappingTable(
    code_list=CODE_LISTS["Kjonn"],
    rows=(
        _row(RecordedSex.MALE, "1", start=_FROM_2022),
        _row(RecordedSex.FEMALE, "2", start=_FROM_2022),
        _row(
            RecordedSex.OTHER,
            None,
            note="the register knows boy and girl only: read off the identity number instead",
        ),
        _row(
            RecordedSex.UNKNOWN,
            None,
            note="read off the identity number, where the child has one",
        ),
    ),
    not_produced="0 (unborn): the library records no unborn child, only persons born; a child"
    " with no birth date and no identity number gets no Personalia at all",
)
"""The child's recorded sex → Personalia/@Kjonn. Where the recorded sex gives no code, the
export reads it off a Norwegian identity number (its ninth digit, as the register's Personalia
kontroll 14 does)."""

_HEALTH = "Lege/sykehus and Tannlege replaced the shared code 15 from 2025"

REPORTER = MappingTable(
    code_list=CODE_LISTS["Melder"],
    rows=(
        # Where the report is recorded in detail, the reporter's agency is looked up first.
        _row(AgencyKind.CHILD_WELFARE, "5", start=_FROM_2013),
        _row(AgencyKind.INCOME_SUPPORT, "6", start=_FROM_2013),
        _row(AgencyKind.EMPLOYMENT_AGENCY, "6", start=_FROM_2013),
        _row(AgencyKind.POLICE, "8", start=_FROM_2013),
        _row(AgencyKind.PRESCHOOL, "9", start=_FROM_2013),
        _row(AgencyKind.CHILD_HEALTH_CENTRE, "10", start=_FROM_2013),
        _row(AgencyKind.SCHOOL, "11", start=_FROM_2013),
        *_by_period(
            AgencyKind.HEALTH_CARE,
            (_FROM_2013, _UNTIL_2024, "15"),
            (_FROM_2025, None, "24"),
            note=_HEALTH,
        ),
        *_by_period(
            AgencyKind.DENTAL_CARE,
            (_FROM_2013, _UNTIL_2024, "15"),
            (_FROM_2025, None, "25"),
            note=_HEALTH,
        ),
        _row(AgencyKind.FAMILY_COUNSELLING, "16", start=_FROM_2013),
        _row(AgencyKind.WOMENS_SHELTER, "18", start=_FROM_2013),
        _row(AgencyKind.VOLUNTARY_ORGANISATION, "21", start=_FROM_2013),
        _row(
            AgencyKind.PRISON_AND_PROBATION,
            "22",
            start=_FROM_2013,
            specification="kriminalomsorgen",
        ),
        _row(AgencyKind.BARNAHUS, "22", start=_FROM_2013, specification="Statens barnehus"),
        _row(
            AgencyKind.PSYCHIATRY,
            None,
            note="13 or 14: the library does not record whether the service is for children or"
            " adults, so the reporter's kind decides",
        ),
        # Otherwise the kind of reporter decides.
        _row(ReporterKind.CHILD, "1", start=_FROM_2013),
        _row(ReporterKind.PARENT, "2", start=_FROM_2013),
        _row(ReporterKind.RELATIVE, "3", start=_FROM_2013),
        _row(ReporterKind.MEMBER_OF_PUBLIC, "4", start=_FROM_2013),
        _row(
            ReporterKind.SOCIAL_SERVICES,
            "6",
            start=_FROM_2013,
            note=f"{_READING}: Norway's municipal social services are run from NAV offices",
        ),
        _row(ReporterKind.POLICE, "8", start=_FROM_2013),
        _row(ReporterKind.PRESCHOOL, "9", start=_FROM_2013),
        _row(ReporterKind.CHILD_HEALTH_CENTRE, "10", start=_FROM_2013),
        _row(ReporterKind.SCHOOL, "11", start=_FROM_2013),
        *_by_period(
            ReporterKind.HEALTH_CARE,
            (_FROM_2013, _UNTIL_2024, "15"),
            (_FROM_2025, None, "24"),
            note=_HEALTH,
        ),
        *_by_period(
            ReporterKind.DENTAL_CARE,
            (_FROM_2013, _UNTIL_2024, "15"),
            (_FROM_2025, None, "25"),
            note=_HEALTH,
        ),
        _row(ReporterKind.VOLUNTARY_ORGANISATION, "21", start=_FROM_2013),
        _row(
            ReporterKind.PRISON_AND_PROBATION,
            "22",
            start=_FROM_2013,
            specification="kriminalomsorgen",
        ),
        _row(
            ReporterKind.OTHER_AUTHORITY,
            "22",
            start=_FROM_2013,
            note="the register wants the authority named (Presisering), which the library does"
            " not record: its Melder kontroll 2 says so",
        ),
        _row(ReporterKind.ANONYMOUS, "23", start=_FROM_2013),
        _row(
            ReporterKind.PRIVATE_PROFESSIONAL,
            None,
            note="the code depends on the professional's field: record the report in detail,"
            " with the reporter's agency",
        ),
        _row(ReporterKind.OTHER, None, note="the library does not record who the reporter was"),
    ),
    not_produced="7 (the child-welfare emergency service), 12 (PPT), 13 and 14 (mental health"
    " care for children, for adults), 17 (substance-abuse services), 19 (asylum reception, UDI)"
    " and 20 (outreach, youth clubs): the library's kinds of agency and reporter do not tell"
    " these services apart",
)
"""Who reported → Melding/Melder/@Kode. Rows for kinds of agency apply to a report recorded in
detail with the reporter's agency, and come first; the kind of reporter decides otherwise."""

_OLD_CODES = "the register's codes until 2025"
_KNOWLEDGE_MODEL = "Kunnskapsmodellen, the register's codes from 2026"

REPORT_CONTENT = MappingTable(
    code_list=CODE_LISTS["Saksinnhold"],
    rows=(
        *_by_period(
            ConcernCategory.VIOLENCE_AGAINST_CHILD,
            (_FROM_2013, _UNTIL_2025, "7"),
            (_FROM_2026, None, "2.4.05"),
            note=f"{_READING}: violence against a child by a close person is violence in the"
            " home (7); codes 9 and 10 (physical, psychological) need the form of violence, which"
            " a report's category does not record",
        ),
        *_by_period(
            ConcernCategory.WITNESSED_VIOLENCE,
            (_FROM_2013, _UNTIL_2025, "7"),
            (_FROM_2026, None, "2.4.02"),
        ),
        *_by_period(
            ConcernCategory.SEXUAL_ABUSE,
            (_FROM_2013, _UNTIL_2025, "11"),
            (_FROM_2026, None, "2.4.07"),
        ),
        *_by_period(
            ConcernCategory.NEGLECT,
            (_FROM_2013, _UNTIL_2025, "8"),
            (_FROM_2026, None, "2.1.02"),
            note=f"{_READING}: neglect is a failure of basic, everyday care",
        ),
        _row(
            ConcernCategory.HONOUR_RELATED,
            "19",
            start=_FROM_2013,
            end=_UNTIL_2024,
            specification="æresrelatert vold og negativ sosial kontroll",
            note="before 2025 the list had no code of its own: 19 (other), specified",
        ),
        _row(ConcernCategory.HONOUR_RELATED, "32", start=_FROM_2025, end=_UNTIL_2025),
        _row(ConcernCategory.HONOUR_RELATED, "2.4.01", start=_FROM_2026),
        *_by_period(
            ConcernCategory.PARENT_SUBSTANCE_ABUSE,
            (_FROM_2013, _UNTIL_2025, "3"),
            (_FROM_2026, None, "3.1.08"),
        ),
        *_by_period(
            ConcernCategory.PARENT_MENTAL_ILLNESS,
            (_FROM_2013, _UNTIL_2025, "2"),
            (_FROM_2026, None, "3.1.03"),
        ),
        *_by_period(
            ConcernCategory.CHILD_BEHAVIOUR,
            (_FROM_2013, _UNTIL_2020, "16"),
            (_FROM_2021, _UNTIL_2025, "25"),
            (_FROM_2026, None, "1.3.08"),
            note=f"{_READING}: the child's behaviour; the list's codes for the child's crimes"
            " (26) and substance use (15) are not told apart by the library's category",
        ),
        *_by_period(
            ConcernCategory.UNMET_HEALTH_NEEDS,
            (None, _UNTIL_2021, None),
            (_FROM_2022, _UNTIL_2025, "28"),
            (_FROM_2026, None, "1.1.04"),
            note=f"{_READING}: the parents do not see to the child's need of health care; the"
            " list had no such code before 2022",
        ),
        *_by_period(
            ConcernCategory.TRAFFICKING,
            (None, _UNTIL_2020, None),
            (_FROM_2021, _UNTIL_2025, "27"),
            (_FROM_2026, None, "2.4.06"),
            note="the list had no code for trafficking before 2021",
        ),
        _row(
            ConcernCategory.OTHER,
            None,
            note="codes 18 and 19 need a specification the library does not record, and from"
            " 2026 the list has no code for other concerns",
        ),
    ),
    not_produced=f"every other code, of {_OLD_CODES} and of {_KNOWLEDGE_MODEL}: the library's"
    " categories are about violence and its immediate causes and do not cover, for instance,"
    " the child's health, schooling or the family's finances. The investigation's grounds"
    " (Undersokelse/Vedtaksgrunnlag) and a measure's grounds (Tiltak/Tiltaksgrunnlag) use this"
    " list too and are not produced: the library does not record what an investigation found",
)
"""What a report is about → Melding/Saksinnhold/@Kode, from a report recorded in detail."""

REPORT_CONCLUSION = MappingTable(
    code_list=CODE_LISTS["MeldingKonklusjon"],
    rows=(
        _row(ReportOutcome.INVESTIGATE, "2", start=_FROM_2013),
        _row(ReportOutcome.JOINED_INVESTIGATION, "4", start=_FROM_2020),
        _row(ReportOutcome.CLOSED, "1", start=_FROM_2013, end=_UNTIL_2025),
        _row(
            ReportOutcome.CLOSED,
            None,
            start=_FROM_2026,
            note="from 2026 the register wants to know why (codes 5 to 10: moved abroad, to an"
            " unknown place, to another municipality, transferred to another agency, another"
            " law, other reasons), which the library does not record",
        ),
    ),
    not_produced="3 (closed because measures are in force) and 5 to 10 (the reasons for"
    " closing from 2026): the library records that a review closed a report, not why",
)
"""How a report was concluded → Melding/Konklusjon/@Kode."""

INVESTIGATION_CONCLUSION = MappingTable(
    code_list=CODE_LISTS["UndersokelseKonklusjon"],
    rows=(
        _row(InvestigationOutcome.MEASURES_DECIDED, "1", start=_FROM_2013),
        _row(
            InvestigationOutcome.NO_MEASURES,
            "3",
            start=_FROM_2013,
            note=f"{_READING}: the service found no grounds for measures",
        ),
        _row(InvestigationOutcome.DECLINED, "4", start=_FROM_2013),
        _row(
            InvestigationOutcome.MOVED,
            "5",
            start=_FROM_2013,
            end=_UNTIL_2025,
            note="the register asks for a specification (was the case sent on to the new"
            " municipality?), which the library does not record",
        ),
        _row(
            InvestigationOutcome.MOVED,
            None,
            start=_FROM_2026,
            note="from 2026 the register tells moves abroad, to an unknown place and to another"
            " municipality apart (7, 8, 9); the library does not",
        ),
        _row(
            InvestigationOutcome.TRANSFERRED,
            "5",
            start=_FROM_2013,
            end=_UNTIL_2025,
            note="the register asks for a specification, which the library does not record",
        ),
        _row(InvestigationOutcome.TRANSFERRED, "9", start=_FROM_2026),
        _row(InvestigationOutcome.OTHER, None, note="the reason is not one the list names"),
    ),
    not_produced="2 (measures asked of the county board: the library does not model the board),"
    " 6 (closed after referral to another service), 7 and 8 (moved abroad or to an unknown"
    " place: not recorded)",
)
"""How an investigation ended → Undersokelse/Konklusjon/@Kode."""

EXTENSION_GRANTED = MappingTable(
    code_list=CODE_LISTS["UtvidetFrist"],
    rows=(
        _row(
            EventType.INVESTIGATION_EXTENDED,
            "1",
            start=_FROM_2022,
            note="the library records an extension once it is decided; the date the register"
            " asks for (when it was applied for) is given as the day it was decided",
        ),
    ),
    not_produced="2 (an extension applied for and refused): the library records granted"
    " extensions only",
)
"""An extension of an investigation → Undersokelse/UtvidetFrist/@Innvilget."""

DECISION_STATUS = MappingTable(
    code_list=CODE_LISTS["VedtakStatus"],
    rows=(
        _row(DecisionStatus.GRANTED, "1", start=_FROM_2022),
        _row(DecisionStatus.REFUSED, "4", start=_FROM_2022),
        _row(DecisionStatus.ENDED, "4", start=_FROM_2022),
    ),
    not_produced="2 (request sent to the county board) and 3 (lapsed under the act): the library"
    " does not model the county board or lapsing",
)
"""Where a decision stands → Vedtak/Status/@Kode."""

_NOT_CHILD_WELFARE = "not a child-welfare measure for the child"

MEASURE_CATEGORY = MappingTable(
    code_list=CODE_LISTS["Kategori"],
    rows=(
        _row(
            InterventionKind.CHILD_SUPPORT,
            "4.99",
            start=_FROM_2013,
            specification="støttesamtaler for barn",
        ),
        _row(InterventionKind.CHILD_GROUP, "4.7", start=_FROM_2013),
        _row(
            InterventionKind.PARENTING_SUPPORT,
            "3.9",
            start=_FROM_2013,
            note=f"{_READING}: parenting support is advice and guidance",
        ),
        _row(
            InterventionKind.FAMILY_TREATMENT,
            "3.7",
            start=_FROM_2013,
            specification="familiebehandling",
            note=f"{_READING}: family treatment is a home-based measure",
        ),
        _row(
            InterventionKind.CARING_DADS,
            "3.99",
            start=_FROM_2013,
            specification="Caring Dads",
            note="a programme to strengthen the parenting of fathers who used violence",
        ),
        _row(
            InterventionKind.PERPETRATOR_INDIVIDUAL_TREATMENT,
            "7.99",
            start=_FROM_2013,
            specification="individuell behandling for voldsutøver",
            note=f"{_READING}: treatment given by another service",
        ),
        _row(
            InterventionKind.PERPETRATOR_GROUP_TREATMENT,
            "7.99",
            start=_FROM_2013,
            specification="gruppebehandling for voldsutøvere",
            note=f"{_READING}: treatment given by another service",
        ),
        _row(InterventionKind.FINANCIAL_ASSISTANCE, "4.4", start=_FROM_2013),
        _row(
            InterventionKind.CONTACT_PERSON,
            None,
            note="the library's kind covers both 4.5 (visiting home, relief) and 4.6 (support"
            " contact)",
        ),
        _row(
            InterventionKind.OUT_OF_HOME_PLACEMENT,
            None,
            note="the register wants the kind of placement (institution or which kind of foster"
            " home, 1.x and 2.x) and its legal basis (voluntary or a care order), which the"
            " library does not record",
        ),
        _row(
            InterventionKind.VICTIM_SUPPORT,
            None,
            note=f"support for the adult victim: {_NOT_CHILD_WELFARE}",
        ),
        _row(
            InterventionKind.IDAP,
            None,
            note=f"the probation service's programme: {_NOT_CHILD_WELFARE}",
        ),
        _row(
            InterventionKind.PROTECTED_HOUSING,
            None,
            note=f"a stay at a crisis centre with a parent: {_NOT_CHILD_WELFARE}",
        ),
        _row(InterventionKind.PERPETRATOR_HOUSING, None, note=_NOT_CHILD_WELFARE),
        _row(
            InterventionKind.YOUNG_PERPETRATOR_PROGRAMME,
            None,
            note="no register category is chosen for it: which one fits is not confirmed",
        ),
        _row(InterventionKind.OTHER, None, note="the library does not record what it was"),
    ),
    not_produced="every placement (1.x, 2.x, 8.2), and the measures the library has no kind for"
    " (MST, PMTO, FFT, kindergarten, after-school care, supervision and control, network"
    " meetings, housing and others)",
)
"""The kind of an intervention → Tiltak/Kategori/@Kode. An intervention with no code is left out
of the export (and listed among its omissions)."""

PARTICIPATION = MappingTable(
    code_list=CODE_LISTS["Medvirkning"],
    rows=tuple(
        _row(kind, code, start=_FROM_2026)
        for kind, code in zip(
            ParticipationKind, ("1.1", "1.2", "1.3", "1.4", "2.1", "2.2"), strict=True
        )
    ),
    not_produced="none: every code has a kind. The caller supplies the participation (see"
    " ChildParticipation); recorded_participation reads it from the case's child's voice",
)
"""The child's participation in an investigation → Undersokelse/BarnetsMedvirkning."""

MAPPING_TABLES: tuple[MappingTable, ...] = (
    SEX,
    REPORTER,
    REPORT_CONTENT,
    REPORT_CONCLUSION,
    INVESTIGATION_CONCLUSION,
    EXTENSION_GRANTED,
    PARTICIPATION,
    MEASURE_CATEGORY,
    DECISION_STATUS,
)
"""Every mapping table, in the order of the file's elements."""


def _basis_act(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in CODE_LISTS["Lov"].code_values():
        raise InvalidModel("LegalBasis", attribute.name, "must be a code of the list Lov")


@model
class LegalBasis(Model):
    """The provision a decision or measure rests on, as the register writes it (Lovhjemmel).

    Attributes:
        act: The act's code in the list ``Lov`` (``"BVL2021"``, ``"BVL"`` for the act of 1992).
        chapter: The chapter (``Kapittel``).
        section: The section within it (``Paragraf``).
        valid_from: First day a decision takes this basis.
        valid_to: Last day it does.
        verified: Whether the provision was confirmed against a published source.
        source: Where it was confirmed, or why it is the library's reading.
    """

    act: str = public(validator=_basis_act)
    chapter: str = public(validator=non_blank)
    section: str = public(validator=non_blank)
    valid_from: dt.date | None = public(default=None, validator=optional_date)
    valid_to: dt.date | None = public(default=None, validator=optional_date)
    verified: bool = public(default=False, validator=attrs.validators.instance_of(bool))
    source: str = public(default="", validator=attrs.validators.instance_of(str))

    def applies_on(self, day: dt.date) -> bool:
        """Whether a decision made on ``day`` takes this basis."""
        return _covers(self.valid_from, self.valid_to, day)


_SUPPORT_SOURCE = (
    "the register's code list Undersokelse/Konklusjon (code 4) names support measures as"
    " measures under BVL2021 §§ 3-1 to 3-5, formerly BVL1992 § 4-4; the library takes the"
    " first, general section"
)

SUPPORT_MEASURE_BASIS: tuple[LegalBasis, ...] = (
    LegalBasis(
        act="BVL",
        chapter="4",
        section="4",
        valid_to=dt.date(2022, 12, 31),
        verified=True,
        source=_SUPPORT_SOURCE,
    ),
    LegalBasis(
        act="BVL2021",
        chapter="3",
        section="1",
        valid_from=dt.date(2023, 1, 1),
        verified=False,
        source=_SUPPORT_SOURCE,
    ),
)
"""The legal basis of the measures the library maps (support measures, hjelpetiltak), by the
day of the decision: the act of 1992 until 2022, the act of 2021 from 2023, as the register's
Vedtak kontroll 5 requires."""


def support_measure_basis(on: dt.date) -> LegalBasis:
    """The basis of a support measure decided on ``on``."""
    return next(b for b in SUPPORT_MEASURE_BASIS if b.applies_on(on))
