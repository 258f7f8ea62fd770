"""Every word the command line shows, in Swedish, Norwegian bokmål and English.

The command line's own sentences are kept here by key. The problems of a document come from the
codec in English, in a closed set of phrases (see ``_converter`` and ``codec``): they are
translated phrase by phrase; the reason a model gives for a broken invariant is translated where
it is one of the common ones and otherwise shown as the model gave it, marked as English. A
vocabulary's codes are shown with their labels.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from familyviolence.errors import Problem
from familyviolence.law import LegalReference
from familyviolence.vocabulary import LabelledEnum, Language

__all__ = [
    "document_kind",
    "os_error",
    "problem_line",
    "problem_words",
    "reference_text",
    "register_reason",
    "say",
    "vocabulary",
]

_Text = tuple[str, str, str]
"""A sentence in sv, nb and en, with ``{named}`` places for values."""

_ORDER = {Language.SV: 0, Language.NB: 1, Language.EN: 2}

SENTENCES: dict[str, _Text] = {
    "not_exported": (
        "{file}: inte exporterat: {reason}",
        "{file}: ikke eksportert: {reason}",
        "{file}: not exported: {reason}",
    ),
    "schema_refuses": (
        "{xsd}: registrets schema godtar inte filen",
        "{xsd}: registerets skjema godtar ikke filen",
        "{xsd}: the register's schema refuses the file",
    ),
    "cannot_write": (
        "{file}: kan inte skrivas ({reason})",
        "{file}: kan ikke skrives ({reason})",
        "{file}: cannot be written ({reason})",
    ),
    "written_to": ("  skrivet till {path}", "  skrevet til {path}", "  written to {path}"),
    "not_written": (
        "{path}: {element} inte skrivet: {reason}",
        "{path}: {element} ikke skrevet: {reason}",
        "{path}: {element} not written: {reason}",
    ),
    "case_field": (
        "ärende {case}, {field}: {reason}",
        "sak {case}, {field}: {reason}",
        "case {case}, {field}: {reason}",
    ),
    "quarantined": (
        "{file}: i karantän",
        "{file}: i karantene",
        "{file}: quarantined",
    ),
    "stats_done": (
        "{documents} dokument: {cases} skrivna, {quarantined} i karantän, på {seconds} s",
        "{documents} dokumenter: {cases} skrevet, {quarantined} i karantene, på {seconds} s",
        "{documents} documents: {cases} written, {quarantined} quarantined, in {seconds} s",
    ),
    "stats_rows": ("rader: {rows}", "rader: {rows}", "rows: {rows}"),
    "stats_written": (
        "tabeller i {out}; {count} indikatorer i {file}",
        "tabeller i {out}; {count} indikatorer i {file}",
        "tables in {out}; {count} indicators in {file}",
    ),
    "key_unreadable": (
        "{file}: nyckelfilen kan inte läsas ({reason})",
        "{file}: nøkkelfilen kan ikke leses ({reason})",
        "{file}: the key file cannot be read ({reason})",
    ),
    "key_too_short": (
        (
            "{file}: nyckelfilen har {bytes} byte; nyckeln måste vara minst {least} slumpmässiga"
            " byte (t.ex. head -c 32 /dev/urandom > {file})"
        ),
        (
            "{file}: nøkkelfilen har {bytes} byte; nøkkelen må være minst {least} tilfeldige"
            " byte (f.eks. head -c 32 /dev/urandom > {file})"
        ),
        (
            "{file}: the key file holds {bytes} bytes; the key must be at least {least} random"
            " bytes (e.g. head -c 32 /dev/urandom > {file})"
        ),
    ),
    "progress_name": ("statistik", "statistikk", "statistics"),
    "progress_unit": ("dokument", "dokumenter", "documents"),
    "progress_quarantined": (
        "i karantän={count}",
        "i karantene={count}",
        "quarantined={count}",
    ),
    "needs_extra": (
        "{command} kräver tillägget {extra}: pip install 'familyviolence[{extra}]'",
        "{command} krever tillegget {extra}: pip install 'familyviolence[{extra}]'",
        "{command} needs the {extra} extra: pip install 'familyviolence[{extra}]'",
    ),
    "case_on": (
        "{file}: ärende {case} den {on}: {counts}",
        "{file}: sak {case} den {on}: {counts}",
        "{file}: case {case} on {on}: {counts}",
    ),
    "finding": (
        "  {severity} {rule} {path}: {message} [{reference}]",
        "  {severity} {rule} {path}: {message} [{reference}]",
        "  {severity} {rule} {path}: {message} [{reference}]",
    ),
    "skipped": (
        "  inte körda, då uppgifter saknas: {rules}",
        "  ikke kjørt, fordi opplysninger mangler: {rules}",
        "  not run, for want of what they need: {rules}",
    ),
    "rule_failed": (
        (
            "  problem: regeln {rule} kunde inte prövas, ett fel i regeln och inget fynd; "
            "de andra reglerna prövades"
        ),
        (
            "  problem: regelen {rule} kunne ikke prøves, en feil i regelen og ikke et funn; "
            "de andre reglene ble prøvd"
        ),
        (
            "  problem: the rule {rule} could not be evaluated, a bug in the rule and not a "
            "finding; the other rules were"
        ),
    ),
    "rule_failed_json": (
        "regeln {rule} kunde inte prövas ({kind}): ett fel i regeln, inget fynd",
        "regelen {rule} kunne ikke prøves ({kind}): en feil i regelen, ikke et funn",
        "the rule {rule} could not be evaluated ({kind}): a bug in the rule, not a finding",
    ),
    "cannot_read": (
        "{file}: kan inte läsas ({reason})",
        "{file}: kan ikke leses ({reason})",
        "{file}: cannot be read ({reason})",
    ),
    "not_a_document": (
        "{file}: inte ett giltigt dokument av typen {kind}",
        "{file}: ikke et gyldig dokument av typen {kind}",
        "{file}: not a valid {kind} document",
    ),
    "problem": (
        "  {path}: väntade {expected}, fann {found}",
        "  {path}: forventet {expected}, fant {found}",
        "  {path}: expected {expected}, found {found}",
    ),
    "other_type": (
        "  det här är ett dokument av typen {found}: {hint}",
        "  dette er et dokument av typen {found}: {hint}",
        "  this is a {found} document: {hint}",
    ),
    "use_check": (
        "pröva det med `python -m familyviolence check {file}`",
        "prøv det med `python -m familyviolence check {file}`",
        "check it with `python -m familyviolence check {file}`",
    ),
    "use_assess": (
        "visa resultatet med `python -m familyviolence assess {file}`",
        "vis resultatet med `python -m familyviolence assess {file}`",
        "show its result with `python -m familyviolence assess {file}`",
    ),
    "use_weights": (
        "ge det med --weights till `assess`",
        "gi det med --weights til `assess`",
        "give it with --weights to `assess`",
    ),
    "use_schema": (
        "se dess form med `python -m familyviolence schema {kind}`",
        "se formen med `python -m familyviolence schema {kind}`",
        "see its shape with `python -m familyviolence schema {kind}`",
    ),
    "does_not_fit": (
        "{file}: bedömningen passar inte sitt instrument: {reason}",
        "{file}: vurderingen passer ikke instrumentet sitt: {reason}",
        "{file}: the assessment does not fit its instrument: {reason}",
    ),
    "unknown_instrument": (
        "instrumentet {instrument} version {version} finns inte i katalogen",
        "instrumentet {instrument} versjon {version} finnes ikke i katalogen",
        "the catalogue has no instrument {instrument} version {version}",
    ),
    "internal_error": (
        "internt fel ({kind}): ett fel i familyviolence, inte i dina filer; rapportera det gärna",
        "intern feil ({kind}): en feil i familyviolence, ikke i filene dine; rapporter den gjerne",
        "internal error ({kind}): a bug in familyviolence, not in your files; please report it",
    ),
    "instrument_row": (
        "{id} {version}\t{name}\t{kind}\t{items} punkter",
        "{id} {version}\t{name}\t{kind}\t{items} ledd",
        "{id} {version}\t{name}\t{kind}\t{items} items",
    ),
    "not_valid": ("Inte giltigt:", "Ikke gyldig:", "Not valid:"),
    "omissions": (
        (
            "  {count} punkter är utelämnade eller obesvarade; {instrument} version {version} "
            "tål högst {tolerated}"
        ),
        (
            "  {count} ledd er utelatt eller ubesvart; {instrument} versjon {version} "
            "tåler høyst {tolerated}"
        ),
        (
            "  {count} items are omitted or unanswered; {instrument} version {version} "
            "tolerates at most {tolerated}"
        ),
    ),
    "score": ("Poäng: {score}", "Poeng: {score}", "Score: {score}"),
    "level": ("Nivå: {level}", "Nivå: {level}", "Level: {level}"),
    "raised": (
        "Nivån höjdes genom professionell bedömning.",
        "Nivået ble hevet etter faglig skjønn.",
        "The level was raised by professional judgement.",
    ),
    "referral": (
        "Hänvisa till en multiprofessionell riskbedömningskonferens (MARAC).",
        "Henvis til et tverrfaglig risikovurderingsmøte (MARAC).",
        "Refer to a multi-agency risk assessment conference (MARAC).",
    ),
    "judgement": ("{label} ({id}): {level}", "{label} ({id}): {level}", "{label} ({id}): {level}"),
    "omitted": (
        "Utelämnade eller obesvarade punkter: {items}",
        "Utelatte eller ubesvarte ledd: {items}",
        "Items omitted or unanswered: {items}",
    ),
    "critical": ("Kritiska punkter: {items}", "Kritiske ledd: {items}", "Critical items: {items}"),
    "note": ("Obs: {note}", "Merk: {note}", "Note: {note}"),
    "note_no_weights": (
        (
            "{instrument} version {version} poängsätts med vikter per punkt som biblioteket inte "
            "levererar; ingen vikttabell gavs, så ingen poäng redovisas"
        ),
        (
            "{instrument} versjon {version} skåres med vekter per ledd som biblioteket ikke "
            "leverer; ingen vekttabell ble gitt, så ingen poengsum vises"
        ),
        (
            "{instrument} version {version} is scored with item weights that the library does not "
            "ship; no weight table was supplied, so no score is reported"
        ),
    ),
    "note_judgement": (
        (
            "en strukturerad professionell bedömning: resultatet är bedömarens "
            "sammanfattande bedömningar; ingen totalpoäng redovisas"
        ),
        (
            "en strukturert faglig vurdering: resultatet er vurdererens samlede vurderinger; "
            "ingen totalsum vises"
        ),
        (
            "a structured professional judgement: the result is the assessor's summary "
            "judgements; no total score is presented"
        ),
    ),
    "note_no_bands": (
        "{instrument} version {version} har inga nivåer: poängen har ingen nivå",
        "{instrument} versjon {version} har ingen nivåer: poengsummen har intet nivå",
        "{instrument} version {version} has no bands: the score has no level",
    ),
    "note_uncertain_band": (
        "gränserna för nivån {band} är osäkra",
        "grensene for nivået {band} er usikre",
        "the cut-offs of the band {band} are uncertain",
    ),
    "no_such_file": ("filen finns inte", "fila finnes ikke", "no such file"),
    "no_permission": ("åtkomst nekas", "ingen tilgang", "permission denied"),
    "is_directory": ("det är en mapp", "det er en mappe", "it is a directory"),
    "in_english": ("på engelska: {text}", "på engelsk: {text}", "{text}"),
    "unverified": ("ej verifierad", "ikke verifisert", "unverified"),
    "and": ("och", "og", "and"),
}

_DOCUMENT_KINDS: dict[str, _Text] = {
    "case": ("ärende", "sak", "case"),
    "family-system": ("familjesystem", "familiesystem", "family system"),
    "assessment": ("bedömning", "vurdering", "assessment"),
    "instrument-definition": (
        "instrumentdefinition",
        "instrumentdefinisjon",
        "instrument definition",
    ),
    "weight-table": ("vikttabell", "vekttabell", "weight table"),
    "reporting-agency": ("rapporterande myndighet", "rapporterende instans", "reporting agency"),
}


def _pick(text: _Text, lang: str) -> str:
    return text[_ORDER[Language(lang)]]


def say(key: str, lang: str, **values: object) -> str:
    """The sentence ``key`` in ``lang``, its places filled with ``values``."""
    return _pick(SENTENCES[key], lang).format(**values)


def document_kind(name: str, lang: str) -> str:
    """The name of a kind of document (``"case"``) in ``lang``, its code beside it."""
    shown = _pick(_DOCUMENT_KINDS[name], lang)
    return shown if lang == Language.EN else f"{shown} ({name})"


def _vocabularies() -> dict[str, type[LabelledEnum]]:
    found: dict[str, type[LabelledEnum]] = {}
    pending = list(LabelledEnum.__subclasses__())
    while pending:
        cls = pending.pop()
        found[cls.__name__] = cls
        pending.extend(cls.__subclasses__())
    return found


def vocabulary(name: str, codes: str, lang: str) -> str:
    """Codes of the vocabulary ``name`` (comma-separated), each with its label in ``lang``."""
    cls = _vocabularies().get(name)
    shown = []
    for code in (c.strip() for c in codes.split(",")):
        member = None if cls is None else cls._value2member_map_.get(code)
        shown.append(code if not isinstance(member, LabelledEnum) else _with_label(member, lang))
    return ", ".join(shown)


def _with_label(member: LabelledEnum, lang: str) -> str:
    label = member.label(lang)
    return member.value if label == member.value else f"{member.value} ({label})"


_STATUTES: dict[str, _Text] = {
    "good practice": ("god praxis", "god praksis", "good practice"),
}
"""Sources cited by a common name rather than a statute's name, in each language."""

_NOTES: dict[str, _Text] = {
    "a practice rule, not a legal requirement": (
        "en praxisregel, inget lagkrav",
        "en praksisregel, ikke et lovkrav",
        "a practice rule, not a legal requirement",
    ),
    "section not confirmed: cited by name": (
        "paragrafen är inte bekräftad: citerad med namn",
        "paragrafen er ikke bekreftet: sitert ved navn",
        "section not confirmed: cited by name",
    ),
}
"""The most common notes of unverified references, in each language; others are shown as
written, marked as English."""


def reference_text(reference: LegalReference, lang: str) -> str:
    """A legal reference as cited, with whether it is verified, in ``lang``."""
    statute = reference.statute
    if statute in _STATUTES:
        statute = _pick(_STATUTES[statute], lang)
    cited = statute if reference.provision is None else f"{statute} {reference.provision}"
    if reference.verified:
        return cited
    unverified = say("unverified", lang)
    if not reference.note:
        return f"{cited} ({unverified})"
    if reference.note in _NOTES:
        note = _pick(_NOTES[reference.note], lang)
    elif lang == Language.EN:
        note = reference.note
    else:
        note = say("in_english", lang, text=reference.note)
    return f"{cited} ({unverified}: {note})"


def os_error(error: OSError, lang: str) -> str:
    """Why a file could not be opened, in ``lang``."""
    if isinstance(error, FileNotFoundError):
        return say("no_such_file", lang)
    if isinstance(error, PermissionError):
        return say("no_permission", lang)
    if isinstance(error, IsADirectoryError):
        return say("is_directory", lang)
    return say("in_english", lang, text=error.strerror or type(error).__name__)


# -- the register export's reasons ------------------------------------------------------------

_REGISTER: list[_Phrase] = [
    (
        r"no Norwegian identity number is recorded for the child",
        "inget norskt personnummer är registrerat för barnet",
        "det er ikke registrert norsk fødselsnummer for barnet",
    ),
    (
        r"the kind of reporter has no code in the register",
        "slaget av anmälare har ingen kod i registret",
        "meldertypen har ingen kode i registeret",
    ),
    (
        r"the report is not recorded in detail",
        "anmälan är inte registrerad i detalj",
        "meldingen er ikke registrert i detalj",
    ),
    (
        r"a category of concern has no code then",
        "en kategori av oro har ingen kod vid den tiden",
        "en kategori av bekymring har ingen kode på det tidspunktet",
    ),
    (
        r"the register's code depends on why it closed",
        "registrets kod beror på varför det avslutades",
        "registerets kode avhenger av hvorfor den ble avsluttet",
    ),
    (
        r"a new investigation replaced it",
        "en ny utredning ersatte den",
        "en ny undersøkelse erstattet den",
    ),
    (
        r"its code depends on what follows the conclusion: a decision or a closing",
        "dess kod beror på vad som följer på slutsatsen: ett beslut eller ett avslut",
        "koden avhenger av hva som følger etter konklusjonen: et vedtak eller en henleggelse",
    ),
    (
        r"how it ended has no code then",
        "hur den avslutades har ingen kod vid den tiden",
        "hvordan den ble avsluttet har ingen kode på det tidspunktet",
    ),
    (
        r"the kind of intervention has no category in the register",
        "insatsens slag har ingen kategori i registret",
        "tiltakstypen har ingen kategori i registeret",
    ),
    (
        r"no measure it decided has a category in the register",
        "ingen åtgärd som beslutet gällde har en kategori i registret",
        "ingen av tiltakene vedtaket gjaldt har en kategori i registeret",
    ),
    (
        r"is longer than the (?P<n>\d+) characters the register allows for a journal number",
        r"är längre än de \g<n> tecken som registret tillåter för ett journalnummer",
        r"er lengre enn de \g<n> tegnene registeret tillater for et journalnummer",
    ),
    (
        r"the register takes Norwegian child-welfare cases only",
        "registret tar bara emot norska barnavårdsärenden",
        "registeret tar bare imot norske barnevernssaker",
    ),
    (
        (
            r"the child's address is protected \((?P<level>[^)]*)\), and the register's format"
            r" (?P<version>[\d.]+) defines no handling for a child with protected identity: .*"
        ),
        (
            r"barnets adress är skyddad (\g<level>), och registrets format \g<version> anger ingen"
            r" hantering av ett barn med skyddad identitet: varje fil bär barnets personnummer och"
            r" födelsedatum som för vilket barn som helst. Ärendet exporteras inte; rapportera det"
            r" så som Statistisk sentralbyrå (SSB) anvisar"
        ),
        (
            r"barnets adresse er sperret (\g<level>), og registerets format \g<version> beskriver"
            r" ingen håndtering av barn med sperret adresse: hver fil inneholder barnets"
            r" fødselsnummer og fødselsdato som for alle barn. Saken eksporteres ikke;"
            r" rapporter den slik Statistisk sentralbyrå (SSB) anviser"
        ),
    ),
]


def register_reason(reason: str, lang: str) -> str:
    """Why the register export left something out or refused a case, in ``lang``."""
    if lang == Language.EN:
        return reason
    translated = _translated(reason, _REGISTER, lang)
    return translated if translated is not None else say("in_english", lang, text=reason)


# -- the codec's phrases ------------------------------------------------------------------------

_Form = str | Callable[[re.Match[str], str], str]
_Phrase = tuple[str, _Form, _Form]
"""An English phrase (a pattern), and its Swedish and Norwegian forms (``\\g<name>`` places)."""

_EXPECTED: list[_Phrase] = [
    (r"a readable file", "en fil som kan läsas", "en fil som kan leses"),
    (
        r"a case the library can process",
        "ett ärende som biblioteket kan behandla",
        "en sak som biblioteket kan behandle",
    ),
    (r"a string", "en textsträng", "en tekststreng"),
    (r"a boolean", "ett sanningsvärde (true eller false)", "en sannhetsverdi (true eller false)"),
    (r"an integer", "ett heltal", "et heltall"),
    (
        r"an ISO 8601 date \(YYYY-MM-DD\)",
        "ett datum enligt ISO 8601 (ÅÅÅÅ-MM-DD)",
        "en dato etter ISO 8601 (ÅÅÅÅ-MM-DD)",
    ),
    (
        r"an ISO 8601 date and time",
        "datum och tid enligt ISO 8601",
        "dato og klokkeslett etter ISO 8601",
    ),
    (
        r"an ISO 8601 time of day \(HH:MM:SS\)",
        "en tid på dygnet enligt ISO 8601 (TT:MM:SS)",
        "et klokkeslett etter ISO 8601 (TT:MM:SS)",
    ),
    (r"an array", "en lista (JSON-array)", "en liste (JSON-array)"),
    (r"an object", "ett objekt", "et objekt"),
    (r"an object \(an? (?P<cls>\w+)\)", r"ett objekt (\g<cls>)", r"et objekt (\g<cls>)"),
    (r"no such key", "ingen sådan nyckel", "ingen slik nøkkel"),
    (
        r"a value that keeps the model's invariants",
        "ett värde som uppfyller modellens villkor",
        "en verdi som oppfyller modellens vilkår",
    ),
    (r"a value", "ett värde", "en verdi"),
    (r"a value or null", "ett värde eller null", "en verdi eller null"),
    (r"a value of another kind", "ett värde av annat slag", "en verdi av et annet slag"),
    (r"a valid value", "ett giltigt värde", "en gyldig verdi"),
    (r"a valid document", "ett giltigt dokument", "et gyldig dokument"),
    (r"a JSON document in UTF-8", "ett JSON-dokument i UTF-8", "et JSON-dokument i UTF-8"),
    (
        r"a schema version \(a positive integer\)",
        "en schemaversion (ett positivt heltal)",
        "en skjemaversjon (et positivt heltall)",
    ),
    (
        r"a schema version up to (?P<n>\d+), which this library knows",
        r"en schemaversion till och med \g<n>, som detta bibliotek känner",
        r"en skjemaversjon til og med \g<n>, som dette biblioteket kjenner",
    ),
    (r"a readable file", "en fil som kan läsas", "en fil som kan leses"),
    (
        r"an instrument of the catalogue",
        "ett instrument i katalogen",
        "et instrument i katalogen",
    ),
]

_FOUND: list[_Phrase] = [
    (r"no such file", "ingen sådan fil", "ingen slik fil"),
    (
        r"a file it may not read",
        "en fil som inte får läsas",
        "en fil som ikke kan leses uten tillatelse",
    ),
    (r"a directory", "en katalog", "en mappe"),
    (
        r"a file that cannot be read \((?P<why>.*)\)",
        r"en fil som inte kan läsas (på engelska: \g<why>)",
        r"en fil som ikke kan leses (på engelsk: \g<why>)",
    ),
    (
        r"an error of kind (?P<kind>\w+)",
        r"ett fel av slaget \g<kind>",
        r"en feil av typen \g<kind>",
    ),
    (
        r"nothing \(the key is missing\)",
        "ingenting (nyckeln saknas)",
        "ingenting (nøkkelen mangler)",
    ),
    (r"null", "null", "null"),
    (r"a boolean", "ett sanningsvärde", "en sannhetsverdi"),
    (r"a number", "ett tal", "et tall"),
    (r"a string", "en textsträng", "en tekststreng"),
    (r"an empty string", "en tom textsträng", "en tom tekststreng"),
    (r"an array", "en lista", "en liste"),
    (r"an object", "ett objekt", "et objekt"),
    (r"a value of another kind", "ett värde av annat slag", "en verdi av et annet slag"),
    (r"an extra key", "en okänd nyckel", "en ukjent nøkkel"),
    (r"an invalid one", "ett ogiltigt", "et ugyldig"),
    (
        r"a string that is not one of them",
        "en textsträng som inte är något av dem",
        "en tekststreng som ikke er noen av dem",
    ),
    (
        r"a date that does not exist \(no such day in that month, or month or year 0\)",
        "ett datum som inte finns (ingen sådan dag i månaden, eller månad eller år 0)",
        "en dato som ikke finnes (ingen slik dag i måneden, eller måned eller år 0)",
    ),
    (
        r"version (?P<n>\d+), written by a newer library",
        r"version \g<n>, skriven av en nyare version av biblioteket",
        r"versjon \g<n>, skrevet av en nyere versjon av biblioteket",
    ),
    (
        r"text that starts with a byte order mark \(save it as UTF-8 without one\)",
        "text som börjar med ett byte order mark (spara den som UTF-8 utan BOM)",
        "tekst som starter med et byte order mark (lagre den som UTF-8 uten BOM)",
    ),
    (
        r"UTF-16 text \(save it as UTF-8\)",
        "UTF-16-text (spara den som UTF-8)",
        "UTF-16-tekst (lagre den som UTF-8)",
    ),
    (
        r"bytes that are not UTF-8 text, the first at byte (?P<n>\d+) \(save it as UTF-8\)",
        r"byte som inte är UTF-8-text, den första vid byte \g<n> (spara den som UTF-8)",
        r"byte som ikke er UTF-8-tekst, den første ved byte \g<n> (lagre den som UTF-8)",
    ),
    (r"an empty document", "ett tomt dokument", "et tomt dokument"),
    (
        r"arrays or objects nested too deep to read",
        "listor eller objekt som är för djupt nästlade för att läsas",
        "lister eller objekter som er for dypt nøstet til å leses",
    ),
    (
        r"a document that ends too early \(it is truncated\)",
        "ett dokument som slutar för tidigt (det är avkortat)",
        "et dokument som slutter for tidlig (det er avkortet)",
    ),
    (
        r"an escaped lone surrogate \(\\ud800 to \\udfff\), which is no character",
        "ett ensamt surrogattecken (\\\\ud800 till \\\\udfff), som inte är något tecken",
        "et enslig surrogattegn (\\\\ud800 til \\\\udfff), som ikke er noe tegn",
    ),
    (
        r"text that is not valid JSON",
        "text som inte är giltig JSON",
        "tekst som ikke er gyldig JSON",
    ),
    (
        r"text that is not valid JSON at byte (?P<n>\d+)",
        r"text som inte är giltig JSON vid byte \g<n>",
        r"tekst som ikke er gyldig JSON ved byte \g<n>",
    ),
    (r"no such file", "filen finns inte", "fila finnes ikke"),
    (r"permission denied", "åtkomst nekas", "ingen tilgang"),
    (r"it is a directory", "det är en mapp", "det er en mappe"),
]

# The reasons models give most often for a document's broken invariants.
_REASONS: list[_Phrase] = [
    (
        r"no person with id (?P<id>'[^']*')",
        r"ingen person med id \g<id>",
        r"ingen person med id \g<id>",
    ),
    (
        r"id (?P<id>'[^']*') is not unique",
        r"id \g<id> förekommer mer än en gång",
        r"id \g<id> forekommer mer enn én gang",
    ),
    (r"must not be before (?P<f>\w+)", r"får inte vara före \g<f>", r"kan ikke være før \g<f>"),
    (
        r"must be a non-empty string without surrounding spaces",
        "måste vara en icke-tom textsträng utan blanksteg först eller sist",
        "må være en ikke-tom tekststreng uten mellomrom først eller sist",
    ),
    (
        r"is a national identity number, which is personal data: .*",
        (
            "är ett personnummer, som är en personuppgift: använd ett id som inte identifierar "
            "någon utanför ärendet (som 'child-1') och lägg numret i Person.identity_number"
        ),
        (
            "er et fødselsnummer, som er en personopplysning: bruk en id som ikke identifiserer "
            "noen utenfor saken (som 'child-1'), og legg nummeret i Person.identity_number"
        ),
    ),
    (
        r"has a check digit that does not match",
        "har en kontrollsiffra som inte stämmer",
        "har et kontrollsiffer som ikke stemmer",
    ),
    (r"has the wrong number of digits", "har fel antal siffror", "har feil antall sifre"),
    (
        r"does not contain a valid date of birth",
        "innehåller inget giltigt födelsedatum",
        "inneholder ingen gyldig fødselsdato",
    ),
    (
        r"does not agree with the identity number",
        "stämmer inte med personnumret",
        "stemmer ikke med fødselsnummeret",
    ),
    (
        r"a person cannot relate to themselves",
        "en person kan inte ha en relation till sig själv",
        "en person kan ikke ha en relasjon til seg selv",
    ),
    (
        r"was not a minor at the time of the incident",
        "var inte minderårig vid händelsen",
        "var ikke mindreårig da hendelsen skjedde",
    ),
]


def _translated(text: str, phrases: list[_Phrase], lang: str) -> str | None:
    index = _ORDER[Language(lang)]
    for pattern, *forms in phrases:
        match = re.fullmatch(pattern, text)
        if match:
            form = forms[index]
            return form(match, lang) if callable(form) else match.expand(form)
    return None


def _keys(match: re.Match[str], lang: str) -> str:
    keys = match.group("keys").replace(" and ", f" {say('and', lang)} ")
    shown = "ett objekt" if lang == Language.SV else "et objekt"
    return f"{shown} ({match.group('cls')}) med {keys}"


def _values(match: re.Match[str], lang: str) -> str:
    codes = vocabulary(match.group("vocabulary"), match.group("values"), lang)
    if lang == Language.SV:
        return f"ett av värdena i {match.group('vocabulary')}: {codes}"
    return f"en av verdiene i {match.group('vocabulary')}: {codes}"


def _tags(match: re.Match[str], lang: str) -> str:
    tags = match.group("tags")
    if lang == Language.SV:
        return f"ett objekt vars 'type' är en av {tags}"
    return f"et objekt der 'type' er en av {tags}"


def _document(match: re.Match[str], lang: str) -> str:
    kind = match.group("kind")
    shown = document_kind(kind, lang) if kind in _DOCUMENT_KINDS else kind
    return (
        f"ett dokument av typen {shown}"
        if lang == Language.SV
        else (f"et dokument av typen {shown}")
    )


_FOUND.append((r"an? (?P<kind>[\w-]+) document", _document, _document))

_EXPECTED += [
    (r"an? (?P<kind>[\w-]+) document", _document, _document),
    (r"an object \(an? (?P<cls>\w+)\) with (?P<keys>.+)", _keys, _keys),
    (r"one of the (?P<vocabulary>\w+) values \((?P<values>[^)]*)\)", _values, _values),
    (r"an object with a 'type' of (?P<tags>.+)", _tags, _tags),
]


def _expected(text: str, lang: str) -> str:
    if lang == Language.EN:
        return _english_values(text)
    found = _translated(text, _EXPECTED, lang)
    if found is not None:
        return found
    if text.endswith(" or null"):
        return f"{_expected(text.removesuffix(' or null'), lang)} {_or(lang)} null"
    return say("in_english", lang, text=text)


def _english_values(text: str) -> str:
    match = re.fullmatch(r"one of the (?P<vocabulary>\w+) values \((?P<values>[^)]*)\)", text)
    if match is None:
        return text
    codes = vocabulary(match.group("vocabulary"), match.group("values"), Language.EN)
    return f"one of the {match.group('vocabulary')} values ({codes})"


def _or(lang: str) -> str:
    return "eller" if lang != Language.EN else "or"


def _found(text: str, lang: str) -> str:
    if lang == Language.EN:
        return text
    found = _translated(text, _FOUND, lang)
    if found is not None:
        return found
    broken = re.fullmatch(r"one that breaks them \((?P<reason>.*)\)", text, re.DOTALL)
    if broken is not None:
        reason = broken.group("reason")
        shown = _translated(reason, _REASONS, lang) or say("in_english", lang, text=reason)
        return (
            f"ett som bryter mot dem ({shown})"
            if lang == Language.SV
            else (f"en som bryter dem ({shown})")
        )
    return say("in_english", lang, text=text)


def problem_line(problem: Problem, lang: str) -> str:
    """A problem of a document as one indented line in ``lang``."""
    return say(
        "problem",
        lang,
        path=problem.path,
        expected=_expected(problem.expected, lang),
        found=_found(problem.found, lang),
    )


def problem_words(problem: Problem, lang: str) -> tuple[str, str]:
    """What was expected and what was found, in ``lang``."""
    return _expected(problem.expected, lang), _found(problem.found, lang)
