"""Karin's safety in the scenario tests (all people invented).

Her and the father's assessments, the contact ban, the father's housing, her safety plan and
her referral to a risk conference.
"""

import datetime as dt

from familyviolence import (
    AgencyKind,
    Answer,
    Assessment,
    Judgement,
    Jurisdiction,
    Period,
    Response,
    RiskLevel,
    default_catalogue,
)
from familyviolence.collaboration import Agency
from familyviolence.safety import (
    CONTACT_BAN_LAW,
    ConferenceCriterion,
    ContactBan,
    ContactBanBreach,
    ContactBanKind,
    DecidingAuthority,
    PerpetratorHousing,
    PlanAction,
    PlanRisk,
    PlanStatus,
    RiskConference,
    SafetyPlan,
)

D = dt.date.fromisoformat
POLICE = Agency(id="police-syd", kind=AgencyKind.POLICE, jurisdiction=Jurisdiction.SE)


def dash(yes, *, assessment_id="dash-1", on="2026-03-02", subject="mother", asked=24):
    """The police's DASH: ``yes`` questions answered yes and the rest of those ``asked`` no."""
    return Assessment(
        id=assessment_id,
        instrument="dash",
        version="2009",
        subject=subject,
        assessor="police-4711",
        assessed_on=D(on),
        answers=tuple(
            Answer(item=str(n), value=Response.YES if n <= yes else Response.NO)
            for n in range(1, asked + 1)
        ),
    )


def sara(
    *, assessment_id="sara-1", on="2026-03-18", imminence=RiskLevel.LOW, answered=True, **levels
):
    """A SARA v3 of the father by the specialist: the conclusions given, every factor rated
    unless not ``answered``."""
    definition = default_catalogue().definition("sara", "3")
    judged = {"case_priority": RiskLevel.MODERATE, "serious_harm": RiskLevel.MODERATE}
    judged |= levels
    judged["imminence"] = imminence
    return Assessment(
        id=assessment_id,
        instrument="sara",
        version="3",
        subject="father",
        assessor="specialist-2",
        assessed_on=D(on),
        answers=tuple(
            Answer(item=item.code, value=Response.PARTIAL, past=Response.PRESENT)
            for item in definition.items
        )
        if answered
        else (),
        judgements=tuple(Judgement(id=j, level=level) for j, level in judged.items()),
    )


def ban(*, start="2026-03-03", end="2026-04-30", breaches=(), ban_id="ban-1"):
    """A contact ban covering the shared home: the father must keep away from the mother."""
    return ContactBan(
        id=ban_id,
        protected="mother",
        restrained="father",
        kind=ContactBanKind.SHARED_HOME,
        decided_by=DecidingAuthority.PROSECUTOR,
        decided_on=D(start),
        period=Period(start=D(start), end=D(end)),
        breaches=tuple(ContactBanBreach(on=D(day)) for day in breaches),
        legal_basis=CONTACT_BAN_LAW[Jurisdiction.SE],
    )


def housing(*, risk_assessment="sara-1", start="2026-03-20", decided_on=None, **fields):
    """The father housed temporarily so that the mother and the children can stay at home."""
    return PerpetratorHousing(
        id="housing-1",
        person="father",
        staying_home=("mother", "elias", "saga"),
        period=Period(start=D(start), end=D("2026-06-30")),
        decided_on=None if decided_on is None else D(decided_on),
        risk_assessment=risk_assessment,
        **fields,
    )


def referral(*, conference_id="marac-1", on="2026-03-05", repeat=False, **fields):
    return RiskConference(
        id=conference_id,
        victim="mother",
        perpetrators=("father",),
        referred_on=D(on),
        referred_by=POLICE,
        criteria=(ConferenceCriterion.THRESHOLD,),
        repeat=repeat,
        **fields,
    )


def plan(*actions, review_on="2026-04-15", status=PlanStatus.ACTIVE):
    return SafetyPlan(
        id="plan-1",
        person="mother",
        made_on=D("2026-03-04"),
        risks=(PlanRisk(id="risk-1", assessment="dash-1"),),
        actions=actions,
        review_on=D(review_on),
        status=status,
    )


ALARM = PlanAction(
    id="alarm",
    description="Larmpaket i bostaden.",
    addresses=("risk-1",),
    agency=POLICE,
    professional="police-4711",
    due_on=D("2026-03-06"),
)


def odara(present, *, assessment_id="odara-1", on="2026-03-18", unanswered=()):
    """The police's ODARA of the father, from their files: ``present`` items scored 1."""
    return Assessment(
        id=assessment_id,
        instrument="odara",
        version="2004",
        subject="father",
        assessor="police-0815",
        assessed_on=D(on),
        answers=tuple(
            Answer(item=str(n), value=Response.YES if n <= present else Response.NO)
            for n in range(1, 14)
            if str(n) not in unanswered
        ),
    )
