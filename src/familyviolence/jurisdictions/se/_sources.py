"""Sweden: for each of its verified references, the public source that confirmed it.

A reference is marked verified only where a public source quoting or citing the provision was
found; the source is recorded here, keyed by statute and provision, and shown on the
documentation's "Legal references" page.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["SOURCES"]

_OSL = "OSL 2009:400"
_SOL = "SoL 2001:453"
_CVE = (
    "https://www.cve.se/kunskap/lagar-och-regelverk/sekretess-och-informationsutbyte/"
    "mojligheter-till-informationsutbyte.html"
)

_IVO_TRANSFER = (
    "https://www.ivo.se/yrkesverksamma/anmala-och-rapportera-som-yrkesverksam/"
    "overflyttning-av-arenden-mellan-kommuner/"
)

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
        ("KL 2017:725", "7 kap."): (
            "https://processratt.se/prop-2016-17171-en-ny-kommunallag-forfattningskommentarer-7-kap"
        ),
        ("KL 2017:725", "6 kap. 38 §"): "https://nj.se/nyheter/delegation-fran-kommunala-namnder",
        ("LVU 1990:52", "6 § 2nd para."): "https://lagen.nu/avg/jo/956-2008",
        (_SOL, "2 a kap. 10 §"): _IVO_TRANSFER,
        (_SOL, "2 a kap. 11 §"): _IVO_TRANSFER,
        ("GDPR (EU) 2016/679", "art. 15"): "https://dpcuria.eu/case?reference=C-579/21",
        ("GDPR (EU) 2016/679", "art. 32"): (
            "https://gdprhub.eu/index.php?oldid=13204&title=Datainspektionen_-_DI-2019-3841"
        ),
        ("lag (2001:454) om behandling av personuppgifter inom socialtjänsten", "6 §"): (
            "https://lagen.nu/2001:454"
        ),
        ("patientdatalagen (2008:355)", "4 kap. 2 §"): (
            "Datainspektionen's decision on Region Gävleborg, http://docplayer.se/"
            "106891917-Tillsyn-enligt-personuppgiftslagen-1998-204-behorighetstilldelning-"
            "sparrar-m-m-enligt-patientdatalagen.html"
        ),
        (_SOL, "11 kap. 10 §"): (
            "https://www.ivo.se/faq-block/webbinarium-barnratt-25-mars-2021/"
            "barnets-ratt-att-fa-information-och-fritt-uttrycka-sin-asikt/ ; "
            "https://lagen.nu/prop/2012/13:10"
        ),
        (_SOL, "11 kap. 10 § 1st para."): (
            "https://barnrattskonsulterna.se/"
            "starkt-koppling-till-barnkonventionen-i-sol-har-ar-utredarens-forslag/ "
            "(quotes SOU 2020:47)"
        ),
        (_SOL, "11 kap. 10 § 3rd para."): (
            "https://www.ivo.se/faq-block/webbinarium-barnratt-25-mars-2021/"
            "samtal-med-barn-mot-vardnadshavarens-vilja/ ; https://lagen.nu/avg/jo/3891-2014"
        ),
        ("lag (2018:1197) om Förenta nationernas konvention om barnets rättigheter", "art. 12"): (
            "https://lagen.nu/prop/2017/18:186 ; "
            "https://www.boverket.se/sv/babhandboken/aktuellt/barnkonventionen-blir-lag/"
        ),
        ("förvaltningslagen (2017:900)", "13 §"): (
            "https://jpinfonet.se/kunskap/nyheter4/2024/november/"
            "nar-ska-en-myndighet-anvanda-tolk ; "
            "http://www.vaguiden.se/2018/2018/02/ska-vi-informera-om-ratten-till-tolk/"
        ),
        ("BrB", "4 kap. 4 e §"): (
            "https://lagen.nu/prop/2021/22:138 ; "
            "https://www.domarbloggen.se/det-nya-brottet-hedersfortryck/"
        ),
        ("BrB", "29 kap. 2 § 10 p."): "https://www.domarbloggen.se/det-nya-brottet-hedersfortryck/",
        ("LVU (1990:52)", "31 a §"): (
            "https://lup.lub.lu.se/student-papers/search/publication/9153047 ; "
            "https://lagen.nu/prop/2023/24:72"
        ),
        ("Lag (1988:688) om kontaktförbud", None): (
            "https://polisen.se/utsatt-for-brott/hjalp-och-stod-fran-samhallet/kontaktforbud/"
        ),
    }
)
"""For each verified Swedish reference (statute, provision), the public source that confirmed it."""
