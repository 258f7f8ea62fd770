"""The father's pathway at the perpetrator clinic in Malmö (all people invented)."""

import datetime as dt

from familyviolence import AgencyKind, Jurisdiction
from familyviolence.collaboration import (
    Agency,
    AssessmentTalk,
    ClinicPathway,
    NoPartnerContactReason,
    PartnerContact,
    Sector,
)

CLINIC = Agency(
    id="mvu-malmo",
    kind=AgencyKind.PERPETRATOR_CLINIC,
    jurisdiction=Jurisdiction.SE,
    sector=Sector.NON_PROFIT,
)


def day(text):
    return dt.date.fromisoformat(text)


def pathway(*steps):
    """The father's pathway at the clinic: a first talk on 1 April, then ``steps``."""
    return ClinicPathway(
        id="pathway-1",
        person="father",
        clinic=CLINIC,
        steps=(AssessmentTalk(on=day("2026-04-01"), in_target_group=True), *steps),
    )


def contact(on="2026-04-08", *, risk_assessment=None, established=True):
    return PartnerContact(
        on=day(on),
        partner="mother",
        established=established,
        reason=None if established else NoPartnerContactReason.PARTNER_DECLINED,
        risk_assessment=risk_assessment,
    )
