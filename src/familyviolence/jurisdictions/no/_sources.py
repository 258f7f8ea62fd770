"""Norway: for each of its verified references, the public source that confirmed it.

A reference is marked verified only where a public source quoting or citing the provision was
found; the source is recorded here, keyed by statute and provision, and shown on the
documentation's "Legal references" page.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["SOURCES"]

_PROP_166 = "https://www.regjeringen.no/no/dokumenter/prop.-166-l-20202021/id2843338/?ch=8"
_HELSEDIR = "helsedirektoratet.no, guidance on the health personnel act (page not recorded)"

SOURCES: Mapping[tuple[str, str | None], str] = MappingProxyType(
    {
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
        ("straffeloven", "§ 253"): "https://www.bufdir.no/vold/aresrelatert/lovverk/",
        ("barnevernloven 1992:100 (old act)", "§ 1-6"): (
            "http://www.barnerettsadvokater.no/barnevernloven-1-6/ ; bufdir.no, Barns medvirkning "
            "i barnevernets undersøkelse (Politi og barnevern - nasjonale retningslinjer)"
        ),
        ("menneskerettsloven (barnekonvensjonen)", "art. 12"): (
            "https://www.regjeringen.no/no/dokumenter/prop-85-l-20122013/id720054/?ch=6"
        ),
        ("tolkeloven", "§ 4"): (
            "https://www.imdi.no/regelverk/veileder-til-tolkeloven-og-tolkeforskriften/"
            "2.-forbud-mot-bruk-av-barn-som-tolk"
        ),
        ("tolkeloven", "§ 6"): (
            "https://www.imdi.no/regelverk/veileder-til-tolkeloven-og-tolkeforskriften/"
            "3-krav-til-offentlige-organer"
        ),
        ("tolkeloven", "§ 7"): (
            "https://www.imdi.no/regelverk/veileder-til-tolkeloven-og-tolkeforskriften/"
            "7-nasjonalt-tolkeregister-statsautorisasjonsordningen-og-reaksjoner ; "
            "helsedirektoratet.no, Tolketjenester i helse- og omsorgstjenesten (consultation draft)"
        ),
        ("folkeregisterloven", "§ 10-4"): (
            "https://regjeringen.no/no/dokumenter/prop.-84-l-20192020/id2698870/?ch=7"
        ),
    }
)
"""For each verified Norwegian reference (statute, provision), the public source that confirmed
it."""
