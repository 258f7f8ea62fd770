"""The register's own validation controls, as a rule pack a municipality runs before it sends.

Statistics Norway publishes the controls the register runs on every file it receives
(``Kravspesifikasjon.md``): a name, given / when / then, a severity and the day it applies from.
Each control here is a :class:`~familyviolence.rules.Rule` with the control's name as its reference
and its severity and valid-from day, checking the case folders the export would write (one per
child); findings point at what the folder was read from in the case. Run them with
:func:`~familyviolence.rulebook.evaluate` (``rules=REGISTER_CONTROLS``), on the day of the
extraction. The controls that the library's data cannot trigger are listed in
:data:`NOT_APPLICABLE`, each with the reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs

from familyviolence._model import Model, model, public
from familyviolence.cases import Case
from familyviolence.dates import add_months
from familyviolence.errors import InvalidModel
from familyviolence.law import LegalReference
from familyviolence.registers.barnevern._build import register_cases
from familyviolence.registers.barnevern._codes import FORMAT_VERSION
from familyviolence.registers.barnevern._document import Conclusion, RegisterCase
from familyviolence.rules import Hit, Rule, RuleContext, RuleSet, Severity, hit
from familyviolence.vocabulary import Jurisdiction, Labels

__all__ = ["NOT_APPLICABLE", "REGISTER_CONTROLS", "SPECIFICATION", "ControlNotApplicable"]

SPECIFICATION = f"Statistics Norway, Kravspesifikasjon for validering (Barnevern {FORMAT_VERSION})"
"""How the controls' source is cited."""

_Control = Callable[[RegisterCase, dt.date], Iterable[Hit]]

_last: list[Any] = [None, ()]


def _folders(case: Case) -> tuple[RegisterCase, ...]:
    # The rules of the pack run one after another on the same case: build its folders once.
    if _last[0] is not case:
        _last[0], _last[1] = case, register_cases(case)
    folders: tuple[RegisterCase, ...] = _last[1]
    return folders


@attrs.frozen
class _OnFolders:
    """A rule's check that runs one control on each of the case's folders."""

    control: _Control

    def __call__(self, case: Case, on: dt.date, context: RuleContext) -> Iterator[Hit]:  # noqa: ARG002
        for folder in _folders(case):
            yield from self.control(folder, on)


def _control(
    rule_id: str,
    name: str,
    severity: Severity,
    valid_from: dt.date | None,
    *,
    given: str,
    when: str,
    then: str,
    message: Labels,
) -> Callable[[_Control], Rule]:
    """Declare a control of the register on the function that checks a folder: it becomes a Rule.

    The rule cites the control by its name in the specification, and runs the function on each
    of the case's folders.
    """

    def declare(control: _Control) -> Rule:
        return Rule(
            id=rule_id,
            severity=severity,
            reference=LegalReference(statute=SPECIFICATION, provision=name, verified=True),
            message=message,
            given=given,
            when=when,
            then=then,
            check=_OnFolders(control),
            jurisdiction=Jurisdiction.NO,
            valid_from=valid_from,
        )

    return declare


_2013 = dt.date(2013, 1, 1)
_2022 = dt.date(2022, 1, 1)


def _age(folder: RegisterCase, on: dt.date) -> int | None:
    born = folder.birth_date
    if born is None or on < born:
        return None
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _open_parts(folder: RegisterCase) -> list[str]:
    """Paths of the folder's parts without an end date (decisions excepted, as in the register)."""
    return [
        *(r.path for r in folder.reports if r.conclusion is None),
        *(i.path for i in folder.investigations if i.conclusion is None),
        *(m.path for m in folder.measures if m.end is None),
    ]


def _end(conclusion: Conclusion | None) -> dt.date | None:
    return None if conclusion is None else conclusion.on


def _dates(folder: RegisterCase) -> Iterator[tuple[str, str, dt.date | None]]:
    yield folder.path, "Sak/StartDato", folder.start
    yield folder.path, "Sak/SluttDato", folder.end
    if folder.personalia is not None:
        yield folder.personalia.path, "Personalia/StartDato", folder.personalia.start
        yield folder.personalia.path, "Personalia/Fodseldato", folder.birth_date
    for r in folder.reports:
        yield r.path, "Melding/StartDato", r.start
        yield r.path, "Melding/Konklusjon/SluttDato", _end(r.conclusion)
    for i in folder.investigations:
        yield i.path, "Undersokelse/StartDato", i.start
        yield i.path, "Undersokelse/UtvidetFrist/StartDato", i.extended_on
        yield i.path, "Undersokelse/Konklusjon/SluttDato", _end(i.conclusion)
    for m in folder.measures:
        yield m.path, "Tiltak/StartDato", m.start
        yield m.path, "Tiltak/Konklusjon/SluttDato", m.end
    for d in folder.decisions:
        yield d.path, "Vedtak/StartDato", d.start
        yield d.path, "Vedtak/Konklusjon/SluttDato", d.end
        for s in d.statuses:
            yield d.path, "Vedtak/Status/EndretDato", s.on


@_control(
    "NO-REGISTER-SAK-1",
    "Sak kontroll 1: Dato innenfor lovlige verdier",
    Severity.ERROR,
    _2013,
    given="a child's case folder, as it would be reported",
    when="a date in it lies more than 26 years before or after the extraction year",
    then="every date lies between 1 January 26 years before and 31 December 26 years"
    " after the year of the extraction",
    message=Labels(
        sv="{field}: datumet måste ligga mellan {first} och {last}.",
        nb="{field}: Dato må være mellom {first} og {last}.",
        en="{field}: the date must lie between {first} and {last}.",
    ),
)
def _sak_1(folder: RegisterCase, on: dt.date) -> Iterator[Hit]:
    first, last = dt.date(on.year - 26, 1, 1), dt.date(on.year + 26, 12, 31)
    for path, field, day in _dates(folder):
        if day is not None and not first <= day <= last:
            yield hit(path, folder.child, field=field, first=first, last=last)


@_control(
    "NO-REGISTER-SAK-7",
    "Sak Kontroll 7: Klient over 25 år og skal avsluttes i barnevernet",
    Severity.WARNING,
    _2013,
    given="a child's case folder with the child's birth date",
    when="the client is 25 or older on the extraction day and the case, or a part of it"
    " other than a decision, has no end date",
    then="the client's case is ended: the child welfare service serves clients up to 25",
    message=Labels(
        sv="Klienten är 25 år eller äldre och ska avslutas som klient.",
        nb="Klienten er over 25 år og skal avsluttes som klient.",
        en="The client is 25 or older and is to be ended as a client.",
    ),
)
def _sak_7(folder: RegisterCase, on: dt.date) -> Iterator[Hit]:
    age = _age(folder, on)
    if age is not None and age >= 25 and (folder.end is None or _open_parts(folder)):  # noqa: PLR2004
        yield hit(folder.path, folder.child)


@_control(
    "NO-REGISTER-SAK-8",
    "Sak Kontroll 8: Klient over 18 år skal ha tiltak",
    Severity.ERROR,
    _2013,
    given="a child's case folder with the child's birth date",
    when="the client is 18 or older, has no measure, and the case or a part of it other"
    " than a decision has no end date",
    then="a client over 18 is a client because of a measure (aftercare)",
    message=Labels(
        sv="Klienten är 18 år eller äldre och ska därför ha insatser.",
        nb="Klienten er over 18 år og skal dermed ha tiltak.",
        en="The client is 18 or older and must therefore have a measure.",
    ),
)
def _sak_8(folder: RegisterCase, on: dt.date) -> Iterator[Hit]:
    age = _age(folder, on)
    if age is None or age < 18 or folder.measures:  # noqa: PLR2004
        return
    if folder.end is None or _open_parts(folder):
        yield hit(folder.path, folder.child)


@_control(
    "NO-REGISTER-SAK-21",
    "Sak Kontroll 21: Klienten skal ha melding, undersøkelse, vedtak, tiltak, plan,"
    " ettervern eller oversendelse fylkesnemnd",
    Severity.ERROR,
    _2013,
    given="a child's case folder without an end date",
    when="it holds no report, investigation, decision, measure, plan, aftercare or"
    " request to the county board",
    then="the case is ended",
    message=Labels(
        sv="Klienten har inga anmälningar, utredningar, beslut eller insatser. Ärendet"
        " bör avslutas.",
        nb="Klienten har ingen meldinger, undersøkelser, vedtak, tiltak, planer, ettervern"
        " eller oversendelse fylkesnemnd. Saken bør avsluttes.",
        en="The client has no reports, investigations, decisions or measures. The case"
        " should be ended.",
    ),
)
def _sak_21(folder: RegisterCase, _: dt.date) -> Iterator[Hit]:
    empty = not (folder.reports or folder.investigations or folder.decisions or folder.measures)
    if folder.end is None and empty:
        yield hit(folder.path, folder.child)


@_control(
    "NO-REGISTER-SAK-23",
    "Sak kontroll 23: Dersom saken er lukket bør alle underelementer være lukket",
    Severity.INFO,
    _2013,
    given="a child's case folder with an end date",
    when="a report, investigation or measure in it has no end date",
    then="everything in a closed case is ended",
    message=Labels(
        sv="En del av ett avslutat ärende saknar slutdatum.",
        nb="Underelement i lukket sak mangler sluttdato.",
        en="A part of a closed case has no end date.",
    ),
)
def _sak_23(folder: RegisterCase, _: dt.date) -> Iterator[Hit]:
    if folder.end is not None:
        for path in _open_parts(folder):
            yield hit(path, folder.child)


@_control(
    "NO-REGISTER-PERSONALIA-11",
    "Personalia kontroll 11: Klienten skal ha personalia",
    Severity.ERROR,
    _2022,
    given="a child's case folder",
    when="it has no Personalia: the child's Norwegian identity number is not recorded",
    then="the child's identity number, birth date and sex are reported",
    message=Labels(
        sv="Klienten saknar personuppgifter (norskt identitetsnummer).",
        nb="Klienten mangler personaliainformasjon.",
        en="The client has no Personalia (no Norwegian identity number is recorded).",
    ),
)
def _personalia_11(folder: RegisterCase, _: dt.date) -> Iterator[Hit]:
    if folder.personalia is None:
        yield hit(folder.path, folder.child)


@_control(
    "NO-REGISTER-PERSONALIA-14",
    "Personalia Kontroll 14: Kontroll av Fødselsnummer og Kjønn",
    Severity.ERROR,
    _2022,
    given="the child's identity number and recorded sex",
    when="the sex the number encodes (its ninth digit) is not the sex recorded",
    then="the recorded sex agrees with the identity number",
    message=Labels(
        sv="Identitetsnumret och det registrerade könet stämmer inte överens.",
        nb="Fødselsnummer og Kjønn viser til forskjellige kjønn.",
        en="The identity number and the recorded sex do not agree.",
    ),
)
def _personalia_14(folder: RegisterCase, _: dt.date) -> Iterator[Hit]:
    found = folder.personalia
    if found is None or found.number.endswith("99999"):
        return
    from_number = "2" if int(found.number[8]) % 2 == 0 else "1"
    if found.sex != from_number:
        yield hit(found.path, folder.child)


@_control(
    "NO-REGISTER-PERSONALIA-16",
    "Personalia Kontroll 16: Kontroll av Fødselsdato og StartDato",
    Severity.ERROR,
    _2022,
    given="the child's birth date and the day the case began",
    when="the case began more than nine months before the child was born",
    then="a case about an unborn child begins at most nine months before the birth",
    message=Labels(
        sv="Personuppgifternas startdatum {start} ligger mer än nio månader före"
        " barnets födelsedatum.",
        nb="Personalia sin startdato {start} er mer enn 9 måneder før barnets fødselsdato.",
        en="The Personalia's start date {start} is more than nine months before the"
        " child's birth date.",
    ),
)
def _personalia_16(folder: RegisterCase, _: dt.date) -> Iterator[Hit]:
    found, born = folder.personalia, folder.birth_date
    if found is not None and born is not None and found.start < add_months(born, -9):
        yield hit(found.path, folder.child, start=found.start)


_D_NUMBER = 4  # a D number adds 40 to the day of birth: its first digit is 4 to 7


@_control(
    "NO-REGISTER-PERSONALIA-18",
    "Personalia Kontroll 18: Ufullstendig fødselsnummer og D-nummer",
    Severity.INFO,
    None,
    given="the child's identity number",
    when="it is a D number",
    then="a national identity number or DUF number, where the population register has"
    " one, is used instead",
    message=Labels(
        sv="Om folkbokföringen har ett födselsnummer eller DUF-nummer ska det användas i"
        " stället för D-numret. Gäller ärende {journal}.",
        nb="Om DUF- eller fødselsnummer foreligger i folkeregisteret, skal dette"
        " benyttes fremfor D-nummer. Gjelder saksnummer: {journal}",
        en="Where the population register has a national identity number or DUF"
        " number, it is used instead of the D number. Case: {journal}.",
    ),
)
def _personalia_18(folder: RegisterCase, _: dt.date) -> Iterator[Hit]:
    found = folder.personalia
    if found is not None and int(found.number[0]) >= _D_NUMBER:
        yield hit(found.path, folder.child, journal=folder.journal_number)


@_control(
    "NO-REGISTER-MELDING-3",
    "Melding Kontroll 3: Fristoverskridelse på behandlingstid",
    Severity.WARNING,
    _2013,
    given="a report with a conclusion",
    when="it was concluded more than 7 days after it was received",
    then="a report is reviewed within a week",
    message=Labels(
        sv="Tidsfristen för behandlingen av anmälan överskreds ({start} -> {end}).",
        nb="Fristoverskridelse på behandlingstid for melding, ({start} -> {end}).",
        en="The time limit for handling the report was exceeded ({start} -> {end}).",
    ),
)
def _melding_3(folder: RegisterCase, _: dt.date) -> Iterator[Hit]:
    for report in folder.reports:
        end = _end(report.conclusion)
        if end is not None and (end - report.start).days > 7:  # noqa: PLR2004
            yield hit(report.path, folder.child, start=report.start, end=end)


@_control(
    "NO-REGISTER-MELDING-4",
    "Melding Kontroll 4: Konkludert melding mangler melder",
    Severity.ERROR,
    _2013,
    given="a report with a conclusion",
    when="it has no reporter code",
    then="who reported is given",
    message=Labels(
        sv="Den avslutade anmälan saknar anmälare.",
        nb="Konkludert melding mangler melder(e).",
        en="The concluded report has no reporter.",
    ),
)
def _melding_4(folder: RegisterCase, _: dt.date) -> Iterator[Hit]:
    for report in folder.reports:
        if report.conclusion is not None and not report.reporters:
            yield hit(report.path, folder.child)


@_control(
    "NO-REGISTER-MELDING-5",
    "Melding Kontroll 5: Konkludert melding mangler saksinnhold",
    Severity.ERROR,
    _2013,
    given="a report with a conclusion",
    when="it has no case content (record the report in detail, with its concerns)",
    then="what the report is about is given",
    message=Labels(
        sv="Den avslutade anmälan saknar uppgift om vad den gäller.",
        nb="Konkludert melding mangler saksinnhold.",
        en="The concluded report has no case content.",
    ),
)
def _melding_5(folder: RegisterCase, _: dt.date) -> Iterator[Hit]:
    for report in folder.reports:
        if report.conclusion is not None and not report.contents:
            yield hit(report.path, folder.child)


def _duplicates(
    folder: RegisterCase, items: Iterable[Any], content: Callable[[Any], object]
) -> Iterator[Hit]:
    seen: set[object] = set()
    for item in items:
        key = content(item)
        if key in seen:
            yield hit(item.path, folder.child)
        seen.add(key)


@_control(
    "NO-REGISTER-MELDING-19",
    "Melding Kontroll 19: Dublett på innhold, men forskjellige identer",
    Severity.INFO,
    _2013,
    given="two or more concluded reports",
    when="two have the same content (day, reporter, content, conclusion) but different ids",
    then="one report is recorded once",
    message=Labels(
        sv="Det finns två eller flera anmälningar med samma innehåll men olika id.",
        nb="Det finnes 2 eller flere meldinger med identisk innhold, men med forskjellige identer.",
        en="There are two or more reports with the same content but different ids.",
    ),
)
def _melding_19(folder: RegisterCase, _: dt.date) -> Iterator[Hit]:
    concluded = [r for r in folder.reports if r.conclusion is not None]
    yield from _duplicates(
        folder, concluded, lambda r: (r.start, r.reporters, r.contents, r.conclusion)
    )


@_control(
    "NO-REGISTER-MELDER-2",
    "Melder Kontroll 2: Mangler Presisering",
    Severity.ERROR,
    _2013,
    given="a reporter of code 22 (another public authority)",
    when="the authority is not specified",
    then="the authority is named (Presisering)",
    message=Labels(
        sv="Anmälare med kod ({code}) saknar precisering.",
        nb="Melder med kode ({code}) mangler presisering.",
        en="Reporter of code ({code}) has no specification.",
    ),
)
def _melder_2(folder: RegisterCase, _: dt.date) -> Iterator[Hit]:
    for report in folder.reports:
        for reporter in report.reporters:
            if reporter.code == "22" and reporter.specification is None:
                yield hit(report.path, folder.child, code=reporter.code)


@_control(
    "NO-REGISTER-UNDERSOKELSE-7",
    "Undersøkelse Kontroll 7: Konkludert undersøkelse mangler vedtaksgrunnlag",
    Severity.ERROR,
    _2013,
    given="an investigation concluded with code 1 or 2 (measures decided or asked for)",
    when="it has no grounds for the decision (Vedtaksgrunnlag), which the library does not record",
    then="the grounds the investigation found are given",
    message=Labels(
        sv="Utredningen, avslutad med kod {code}, saknar beslutsunderlag.",
        nb="Undersøkelse konkludert med kode {code} mangler vedtaksgrunnlag.",
        en="The investigation concluded with code {code} has no grounds for the decision.",
    ),
)
def _undersokelse_7(folder: RegisterCase, _: dt.date) -> Iterator[Hit]:
    for investigation in folder.investigations:
        conclusion = investigation.conclusion
        if (
            conclusion is not None
            and conclusion.code in ("1", "2")
            and not investigation.has_grounds
        ):
            yield hit(investigation.path, folder.child, code=conclusion.code)


@_control(
    "NO-REGISTER-UNDERSOKELSE-11",
    "Undersøkelse Kontroll 11: Fristoverskridelse på behandlingstid i forhold til"
    " melding sin startdato",
    Severity.WARNING,
    _2013,
    given="an investigation without a conclusion that a report led to",
    when="on the extraction day more than 7 + 90 days have passed since the report was"
    " received and no extension was granted, or more than 7 + 180 days in any case",
    then="the investigation is concluded in time (the register's own reading of the"
    " time limit in days; the library's NO-INVESTIGATION-OVERDUE counts in months)",
    message=Labels(
        sv="Utredningen ska avslutas inom 7 + {days} dagar efter anmälans startdatum.",
        nb="Undersøkelse skal konkluderes innen 7 + {days} dager etter melding sin startdato.",
        en="The investigation must be concluded within 7 + {days} days of the report's start date.",
    ),
)
def _undersokelse_11(folder: RegisterCase, on: dt.date) -> Iterator[Hit]:
    received = {r.id: r.start for r in folder.reports}
    related = folder.related("Melding", "Undersokelse")
    for investigation in folder.investigations:
        if investigation.conclusion is not None:
            continue
        starts = [received[m] for m, u in related if u == investigation.id and m in received]
        if not starts:
            continue
        waited = (on - min(starts)).days
        if waited > 7 + 180:
            yield hit(investigation.path, folder.child, days=180)
        elif waited > 7 + 90 and investigation.extended_on is None:
            yield hit(investigation.path, folder.child, days=90)


@_control(
    "NO-REGISTER-UNDERSOKELSE-19",
    "Undersøkelse Kontroll 19: Dublett på innhold, men forskjellige identer",
    Severity.ERROR,
    _2013,
    given="two or more investigations",
    when="two have the same content (start, extension, participation, conclusion) but"
    " different ids",
    then="one investigation is recorded once",
    message=Labels(
        sv="Det finns två eller flera utredningar med samma innehåll men olika id.",
        nb="Det finnes 2 eller flere Undersøkelser med identisk innhold, men med"
        " forskjellige identer.",
        en="There are two or more investigations with the same content but different ids.",
    ),
)
def _undersokelse_19(folder: RegisterCase, _: dt.date) -> Iterator[Hit]:
    yield from _duplicates(
        folder,
        folder.investigations,
        lambda i: (i.start, i.extended_on, i.participation, i.conclusion),
    )


@_control(
    "NO-REGISTER-UNDERSOKELSE-20",
    "Undersøkelse Kontroll 20: Undersøkelse skal ha relasjon fra melding",
    Severity.ERROR,
    _2013,
    given="a child's case folder with reports and an investigation",
    when="no report led to the investigation (it followed a request for help)",
    then="an investigation is related to the report it follows",
    message=Labels(
        sv="Utredningen saknar koppling till en anmälan.",
        nb="Undersøkelse mangler en relasjon fra melding.",
        en="The investigation has no relation from a report.",
    ),
)
def _undersokelse_20(folder: RegisterCase, _: dt.date) -> Iterator[Hit]:
    if not folder.reports:
        return
    related = {u for _, u in folder.related("Melding", "Undersokelse")}
    for investigation in folder.investigations:
        if investigation.id not in related:
            yield hit(investigation.path, folder.child)


@_control(
    "NO-REGISTER-VEDTAK-19",
    "Vedtak Kontroll 19: Dublett på innhold, men forskjellige identer",
    Severity.INFO,
    _2013,
    given="two or more decisions",
    when="two have the same content (day, legal basis, statuses, end) but different ids",
    then="one decision is recorded once",
    message=Labels(
        sv="Det finns två eller flera beslut med samma innehåll men olika id.",
        nb="Det finnes 2 eller flere Vedtak med identisk innhold, men med forskjellige identer.",
        en="There are two or more decisions with the same content but different ids.",
    ),
)
def _vedtak_19(folder: RegisterCase, _: dt.date) -> Iterator[Hit]:
    yield from _duplicates(
        folder,
        folder.decisions,
        lambda d: (d.start, d.basis, tuple((s.on, s.code) for s in d.statuses), d.end),
    )


@_control(
    "NO-REGISTER-TILTAK-19",
    "Tiltak Kontroll 19: Dublett på innhold, men forskjellige identer",
    Severity.WARNING,
    _2022,
    given="two or more measures",
    when="two have the same content (start, legal basis, category, end) but different ids",
    then="one measure is recorded once",
    message=Labels(
        sv="Det finns två eller flera insatser med samma innehåll men olika id.",
        nb="Det finnes 2 eller flere tiltak med identisk innhold, men med forskjellige identer.",
        en="There are two or more measures with the same content but different ids.",
    ),
)
def _tiltak_19(folder: RegisterCase, _: dt.date) -> Iterator[Hit]:
    yield from _duplicates(folder, folder.measures, lambda m: (m.start, m.basis, m.category, m.end))


REGISTER_CONTROLS = RuleSet(
    rules=(
        _sak_1,
        _sak_7,
        _sak_8,
        _sak_21,
        _sak_23,
        _personalia_11,
        _personalia_14,
        _personalia_16,
        _personalia_18,
        _melding_3,
        _melding_4,
        _melding_5,
        _melding_19,
        _melder_2,
        _undersokelse_7,
        _undersokelse_11,
        _undersokelse_19,
        _undersokelse_20,
        _vedtak_19,
        _tiltak_19,
    )
)
"""The register's controls that the library's data can trigger, as rules of Norway."""


_REGISTER_SEVERITIES = ("FATAL", "ERROR", "WARNING", "INFO")


def _register_severity(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not str or value not in _REGISTER_SEVERITIES:
        what = ", ".join(_REGISTER_SEVERITIES)
        raise InvalidModel("ControlNotApplicable", attribute.name, f"must be one of {what}")


@model
class ControlNotApplicable(Model):
    """A control of the register that the library's data cannot trigger, and why.

    Attributes:
        control: The control's name, as the register publishes it.
        severity: Its severity there (``"ERROR"``, ``"WARNING"``, ``"INFO"``, ``"FATAL"``).
        reason: Why the export cannot trigger it, or where else it is enforced.
    """

    control: str = public(validator=attrs.validators.instance_of(str))
    severity: str = public(validator=_register_severity)
    reason: str = public(validator=attrs.validators.instance_of(str))


_ORDERED = (
    "the case's history is in time order and every part of a folder is dated from it: a part"
    " cannot end before it starts, begin before the case or end after it"
)
_NOT_WRITTEN = "the export writes no such element: the library does not model it"


def _na(control: str, severity: str, reason: str) -> ControlNotApplicable:
    return ControlNotApplicable(control=control, severity=severity, reason=reason)


NOT_APPLICABLE: tuple[ControlNotApplicable, ...] = (
    _na(
        "Validéring av innhold mot filbeskrivelse",
        "FATAL",
        "enforced by the export: a document the schema refuses is never returned (it raises"
        " InvalidDocument)",
    ),
    _na(
        "Avgiver Kontroll 1: Bydelsnummer og bydelsnavn",
        "ERROR",
        "enforced when the agency is built: a ReportingAgency of Oslo, Bergen or Trondheim"
        " without its district cannot exist",
    ),
    _na("Sak Kontroll 2a: StartDato er etter SluttDato", "ERROR", _ORDERED),
    _na(
        "Sak Kontroll 6: Klienten skal ha melding, plan eller tiltak",
        "ERROR",
        "withdrawn by the register (UTGÅR); Sak Kontroll 21 replaces it",
    ),
    _na(
        "Sak Kontroll 22: SlettetType peker til eksisterende element",
        "WARNING",
        "the export writes no Slettet: an element is never deleted, only corrected in place",
    ),
    _na(
        "Personalia Kontroll 2f: StartDato er etter sakens SluttDato",
        "ERROR",
        "the Personalia's start date is the case's start date",
    ),
    _na(
        "Personalia kontroll 12: Fødselsnummer",
        "ERROR",
        "the library accepts only valid"
        " Norwegian identity numbers and D numbers (check digits checked) and writes no"
        " incomplete number",
    ),
    _na(
        "Personalia Kontroll 13: Kontroll av Fødselsnummer og Fødselsdato",
        "WARNING",
        "a person's birth date must agree with their identity number to be recorded at all",
    ),
    _na(
        "Personalia Kontroll 15: Kontroll av Fødselsnummer, fødselsdato og StartDato",
        "ERROR",
        "the export writes no number ending in 99999 (an unborn child's)",
    ),
    _na(
        "Personalia Kontroll 17: Kontroll av DUF-nummer",
        "ERROR",
        "the library records no DUF number",
    ),
    _na("Melding Kontroll 2a: StartDato er etter SluttDato", "ERROR", _ORDERED),
    _na("Melding Kontroll 2c: SluttDato er etter sakens SluttDato", "ERROR", _ORDERED),
    _na("Melding Kontroll 2e: StartDato er før sakens StartDato", "ERROR", _ORDERED),
    _na(
        "Saksinnhold Kontroll 2: Mangler Presisering",
        "ERROR",
        "the export writes code 19 only with the library's fixed specification, and never code 18",
    ),
    _na("Undersøkelse Kontroll 2a: StartDato er etter SluttDato", "ERROR", _ORDERED),
    _na("Undersøkelse Kontroll 2c: SluttDato er etter sakens SluttDato", "ERROR", _ORDERED),
    _na("Undersøkelse Kontroll 2e: StartDato er før sakens StartDato", "ERROR", _ORDERED),
    _na(
        "Undersøkelse Kontroll 3: Vedtaksgrunnlag mangler presisering",
        "ERROR",
        "the export"
        " writes no Vedtaksgrunnlag: the library does not record what an investigation found",
    ),
    _na(
        "Undersøkelse Kontroll 21: Konkludert Undersøkelse skal ha relasjon til Vedtak",
        "ERROR",
        "the export gives code 1 only to an investigation a decision followed, and"
        " relates the two; it never gives code 2",
    ),
    *(
        _na(f"Vedtak Kontroll {n}", "ERROR", _ORDERED)
        for n in (
            "2a: StartDato er etter SluttDato",
            "2c: SluttDato er etter sakens SluttDato",
            "2e: StartDato er før sakens StartDato",
        )
    ),
    *(
        _na(
            f"Vedtak Kontroll {n}",
            "ERROR",
            "the export writes no Krav: the library does not model the county board",
        )
        for n in (
            "2f: Krav sin StartDato er etter SluttDato",
            "2g: Krav sin SluttDato er etter vedtakets SluttDato",
            "2h: Krav sin StartDato er før vedtakets StartDato",
        )
    ),
    _na(
        "Vedtak Kontroll 2i: Status sin EndretDato er etter vedtakets SluttDato",
        "INFO",
        "a decision's statuses are dated on the decision and on its end",
    ),
    _na(
        "Vedtak Kontroll 2j: Status sin EndretDato er før vedtakets StartDato",
        "INFO",
        "a decision's statuses are dated on the decision and on its end",
    ),
    _na(
        "Vedtak Kontroll 3: Avsluttet vedtak skal ha SluttDato",
        "ERROR",
        "the export gives status 4 only together with the end date",
    ),
    _na(
        "Vedtak Kontroll 4: Lovhjemmel refererer til feil barnevernlov",
        "ERROR",
        "the schema admits no other act; the export writes BVL or BVL2021",
    ),
    _na(
        "Vedtak kontroll 5: Lovhjemmel refererer til feil barnevernlov",
        "ERROR",
        "the act is chosen by the day of the decision: BVL until 2022, BVL2021 from 2023",
    ),
    _na(
        "Vedtak Kontroll 20: Vedtak med status 2 skal ha relasjon til OversendelseFylkesnemnd",
        "WARNING",
        "the export never gives status 2: the library does not model the county board",
    ),
    _na("Tiltak Kontroll 2a: StartDato er etter SluttDato", "ERROR", _ORDERED),
    _na("Tiltak Kontroll 2c: SluttDato er etter sakens SluttDato", "ERROR", _ORDERED),
    _na("Tiltak Kontroll 2e: StartDato er før sakens StartDato", "ERROR", _ORDERED),
    _na(
        "Tiltak Kontroll 5: Barnet er over 7 år og er i barnehage",
        "WARNING",
        "the export never gives category 4.1 (kindergarten)",
    ),
    _na(
        "Tiltak Kontroll 6: Barnet er over 11 år og i SFO",
        "WARNING",
        "the export never gives category 4.2 (after-school care)",
    ),
    _na(
        "Tiltak Kontroll 7: Kontroll om presisering av tiltakskategori",
        "ERROR",
        "every category the export gives that needs a specification gets the library's fixed one",
    ),
    _na(
        "Tiltak Kontroll 8: Kontroll av kode og presisering av opphevelse",
        "ERROR",
        _NOT_WRITTEN + " (Opphevelse)",
    ),
    _na(
        "Tiltak Kontroll 9: Flere plasseringstiltak er oppgitt i samme tidsperiode",
        "WARNING",
        "the export writes no placement: see the category table",
    ),
    _na(
        "Tiltak Kontroll 12: Omsorgstiltak med sluttdato krever årsak til opphevelse",
        "ERROR",
        "the export writes no care order",
    ),
    _na(
        "Tiltak Kontroll 13: Individ er over 18 år og har omsorgtiltak",
        "ERROR",
        "the export writes no care order",
    ),
    _na(
        "Tiltak Kontroll 14: Lovhjemmel er fylt ut med tallet 0",
        "ERROR",
        "the export writes chapter and section from its table of legal bases, none of them 0",
    ),
    _na(
        "Tiltak Kontroll 20: Tiltak skal ha relasjon fra Vedtak",
        "ERROR",
        "every measure is written with its relation from the decision that granted it",
    ),
    _na(
        "Tiltak Kontroll 21: Tiltak sin Lovhjemmel skal baseres på det relaterte Vedtak sin"
        " Lovhjemmel",
        "ERROR",
        "a measure takes the legal basis of its decision",
    ),
    _na(
        "Tiltak Kontroll 22: Tiltak med kode 1.99 Andre tiltak",
        "WARNING",
        "the export never gives category 1.99",
    ),
    _na(
        "Tiltak Kontroll 23: Tiltak med kode 2.99 Andre tiltak",
        "WARNING",
        "the export never gives category 2.99",
    ),
    *(
        _na(
            f"Plan Kontroll {n}",
            "INFO" if n.startswith("19") else "ERROR",
            _NOT_WRITTEN + " (plans of measures)",
        )
        for n in ("2a", "2c", "2e", "2f", "2g", "19")
    ),
    *(
        _na(f"Ettervern Kontroll {n}", "ERROR", _NOT_WRITTEN + " (aftercare)")
        for n in ("2a", "2c", "2e")
    ),
    *(
        _na(f"Flytting Kontroll {n}", "ERROR", _NOT_WRITTEN + " (relocations of a child in care)")
        for n in ("2c", "2f")
    ),
    *(
        _na(
            f"Oversendelse til fylkesnemnd Kontroll {n}",
            "ERROR",
            _NOT_WRITTEN + " (the county board)",
        )
        for n in ("2e", "2f", "5")
    ),
)
"""The register's controls the export cannot trigger, each with the reason."""
