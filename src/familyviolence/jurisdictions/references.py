"""Every legal reference the library cites, found in its own data, with what verified it.

:func:`cited_references` walks the library's modules and collects each
:class:`~familyviolence.LegalReference` that its rules, grounds, duties, deadlines and measures
cite, with the ids of what cites it and when that is in force. :data:`SOURCES` records, for
each verified reference, the public source that confirmed it. The documentation's "Legal
references" page is generated from both, so it cannot drift from the data.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
from collections.abc import Iterator, Mapping
from types import MappingProxyType, ModuleType
from typing import Any

import attrs

from familyviolence._model import model, public
from familyviolence.law import LegalReference

__all__ = ["SOURCES", "CitedReference", "cited_references", "source_of"]

_OSL = "OSL 2009:400"
_SOL = "SoL 2001:453"
_CVE = (
    "https://www.cve.se/kunskap/lagar-och-regelverk/sekretess-och-informationsutbyte/"
    "mojligheter-till-informationsutbyte.html"
)
_PROP_166 = "https://www.regjeringen.no/no/dokumenter/prop.-166-l-20202021/id2843338/?ch=8"
_HELSEDIR = "helsedirektoratet.no, guidance on the health personnel act (page not recorded)"

SOURCES: Mapping[tuple[str, str | None], str] = MappingProxyType(
    {
        (_OSL, "10 kap. 2 §"): "elevhalsan.uppsala.se, on secrecy between authorities",
        (_OSL, "10 kap. 18 c §"): "https://lagen.nu/prop/2020/21:163",
        (_OSL, "10 kap. 21 §"): "hedersfortryck.se, on disclosure to the police",
        (_OSL, "10 kap. 28 §"): _CVE,
        ("BrB", "4 kap. 3 §"): "https://liu.se/forskning/barnafrid/barnfridsbrottet",
        (_OSL, "12 kap. 2 §"): (
            "https://socionomen.se/aktuellt/dilemmat-vem-styr-over-sekretesskyddet/"
        ),
        (_OSL, "12 kap. 3 §"): (
            "https://socionomen.se/aktuellt/dilemmat-vem-styr-over-sekretesskyddet/"
        ),
        (_OSL, "22 kap. 1 §"): "polisen.se and skatteverket.se, on protected personal data",
        (_OSL, "25 kap. 1 §"): _CVE,
        (_OSL, "25 kap. 12 §"): _CVE,
        (_OSL, "26 kap. 1 §"): (
            "https://docplayer.se/amp/142205667-Offentlighet-och-sekretess-inom-socialtjansten.html"
        ),
        (_OSL, "26 kap. 9 §"): _CVE,
        ("lag (1982:316) om förbud mot könsstympning av kvinnor", None): (
            "hedersfortryck.se, on disclosure to the police"
        ),
        (_SOL, "14 kap. 1 §"): "chrille.nu, which quotes the law text",
        (_SOL, "14 kap. 1 § 2nd para."): (
            "http://mfof.se/vardnad-boende-och-umgange/vanliga-fragor/"
            "Vad-innebar-anmalningsskyldigheten-14-kap-1--2-stycket-SoL-for-verksamma-inom-"
            "familjeradgivningen-vid-kannedom-om-att-ett-barn-bevittnat-vald-om-det-inte-ar-"
            "absolut-pagaende/"
        ),
        (_SOL, "14 kap. 1 § 3rd para."): "chrille.nu, which quotes the law text",
        (_SOL, "14 kap. 1 c §"): (
            "Socialstyrelsen, Anmäla oro för barn (2014), http://docplayer.se/"
            "6422928-Anmala-oro-for-barn-stod-for-anmalningsskyldiga-och-andra-anmalare.html"
        ),
        (_SOL, "11 kap. 1 a § 1st para."): "hedersfortryck.se, on the protection assessment",
        (_SOL, "11 kap. 1 a § 2nd para."): (
            "https://kunskapsguiden.se/omraden-och-teman/barn-och-unga/"
            "handlaggning-och-dokumentation-med-barnet-i-centrum/aktualisera/"
            "besluta-om-att-inleda-eller-inte-inleda-en-utredning/"
        ),
        (_SOL, "11 kap. 2 §"): "https://lagen.nu/avg/jo/2565-2016 (JO quotes the provision)",
        (_SOL, "5 kap. 11 §"): "kunskapsguiden.se, on children who witness violence",
        (_SOL, "5 kap. 11 a §"): "nck.uu.se, on the duty towards those who use violence",
        ("lag (1930:173) om beräkning av lagstadgad tid", "2 §"): "https://lagen.nu/1930:173",
        ("Lag (1988:688) om kontaktförbud", None): (
            "https://polisen.se/utsatt-for-brott/hjalp-och-stod-fran-samhallet/kontaktforbud/"
        ),
        ("barnevernsloven 2021:97", "§ 13-2"): (
            "https://www.bufdir.no/barnevern/melde-fra-offentlig-melder/"
        ),
        ("barnevernloven 1992:100 (old act)", "§ 6-4"): (
            "https://www.udir.no/regelverkstolkninger/opplaring/Ovrige-tema/Udir-10-2012/"
        ),
        ("barnevernloven 1992:100 (old act)", "§ 4-2"): (
            "https://cms12.regjeringen.no/no/dokumenter/prop.-133-l-20202021/id2842271/?ch=8"
        ),
        ("barnevernloven 1992:100 (old act)", "§ 6-7 a"): (
            "https://bufdir.no/fagstotte/produkter/"
            "barn_med_nedsatt_funksjonsevne___veileder_barnevern_og_helse__og_omsorgstjenester/"
            "bekymringsmelding_fra_helse__og_omsorgstjenesten/"
            "tilbakemelding_til_den_som_har_meldt_bekymring_til_barnevernstjenesten/"
        ),
        ("forvaltningsloven", "§ 13 b nr. 5"): _PROP_166,
        ("forvaltningsloven", "§ 13 b nr. 6"): _PROP_166,
        ("forvaltningsloven", "§ 13 b nr. 7"): _PROP_166,
        ("helsepersonelloven", "§ 23"): _HELSEDIR,
        ("helsepersonelloven", "§ 31"): _HELSEDIR,
        ("helsepersonelloven", "§ 33"): _HELSEDIR,
        ("pasient- og brukerrettighetsloven", "§ 4-3"): (
            "design review, December 2026: health consent from 16 (page not recorded)"
        ),
        ("straffeloven", "§ 196"): "https://snl.no/avvergingsplikt",
        ("folkeregisterloven", "§ 10-4"): (
            "https://regjeringen.no/no/dokumenter/prop.-84-l-20192020/id2698870/?ch=7"
        ),
    }
)
"""For each verified reference (statute, provision), the public source that confirmed it."""


def source_of(reference: LegalReference) -> str | None:
    """The source that verified ``reference``, if one is recorded."""
    return SOURCES.get((reference.statute, reference.provision))


@model
class CitedReference:
    """A reference the library cites, what cites it, and when that is in force.

    Attributes:
        reference: The reference.
        cited_by: Ids of the rules, grounds, duties and deadlines that cite it (or the name of
            the constant that holds it).
        valid_from: The earliest day something citing it is in force (``None``: no known
            start, or always).
        valid_to: The last day something citing it is in force (``None``: still in force).
        source: The public source that verified it, if it is verified.
    """

    reference: LegalReference = public()
    cited_by: tuple[str, ...] = public()
    valid_from: dt.date | None = public(default=None)
    valid_to: dt.date | None = public(default=None)
    source: str | None = public(default=None)


# Modules that need an optional extra, or only run the command line: they cite no law.
# The register's controls cite Statistics Norway's specification of its file, not the law.
_SKIPPED = (
    "familyviolence.testing",
    "familyviolence.cli",
    "familyviolence.__main__",
    "familyviolence.registers",
)


def _modules() -> Iterator[ModuleType]:
    package = importlib.import_module("familyviolence")
    yield package
    for info in pkgutil.walk_packages(package.__path__, "familyviolence."):
        if info.name.startswith(_SKIPPED):
            continue
        yield importlib.import_module(info.name)


@attrs.define
class _Found:
    cited_by: dict[str, None] = attrs.Factory(dict)
    starts: list[dt.date | None] = attrs.Factory(list)
    ends: list[dt.date | None] = attrs.Factory(list)


def _walk(
    value: object, owner: object, name: str, found: dict[LegalReference, _Found], seen: set[int]
) -> None:
    if isinstance(value, LegalReference):
        entry = found.setdefault(value, _Found())
        entry.cited_by[str(getattr(owner, "id", None) or name)] = None
        entry.starts.append(getattr(owner, "valid_from", None))
        entry.ends.append(getattr(owner, "valid_to", None))
        return
    if id(value) in seen or isinstance(value, (str, bytes, int, float, type, ModuleType)):
        return
    seen.add(id(value))
    children: list[Any]
    if attrs.has(type(value)):
        children = [getattr(value, a.name) for a in attrs.fields(type(value))]  # type: ignore[arg-type]
        owner = value if hasattr(value, "id") or hasattr(value, "valid_from") else owner
    elif isinstance(value, Mapping):
        children = list(value.values())
    elif isinstance(value, (tuple, list, frozenset, set)):
        children = list(value)
    elif hasattr(value, "rules") and not callable(value):
        children = list(value.rules)
    else:
        return
    for child in children:
        _walk(child, owner, name, found, seen)


def _span(days: list[dt.date | None], *, first: bool) -> dt.date | None:
    if None in days or not days:
        return None
    known = [d for d in days if d is not None]
    return min(known) if first else max(known)


def cited_references() -> tuple[CitedReference, ...]:
    """Every legal reference the library's data cites, each once, ordered by statute.

    >>> refs = cited_references()
    >>> any(str(r.reference) == "OSL 2009:400 10 kap. 18 c §" for r in refs)
    True
    """
    found: dict[LegalReference, _Found] = {}
    seen: set[int] = set()
    for module in _modules():
        for name, value in vars(module).items():
            if name.startswith("__"):
                continue
            _walk(value, None, f"{module.__name__}.{name}", found, seen)
    return tuple(
        CitedReference(
            reference=reference,
            cited_by=tuple(entry.cited_by),
            valid_from=_span(entry.starts, first=True),
            valid_to=_span(entry.ends, first=False),
            source=source_of(reference) if reference.verified else None,
        )
        for reference, entry in sorted(
            found.items(),
            key=lambda item: (item[0].statute, item[0].provision or "", item[0].note or ""),
        )
    )
