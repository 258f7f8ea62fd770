"""Norway: who must inform child welfare, and on which grounds information may be shared.

The duty to inform the child welfare service (opplysningsplikt) binds anyone working for a
public body, organisations carrying out public tasks, and health personnel wherever they work:
the Child Welfare Act 2021:97 § 13-2 (section to be verified; § 6-4 of the old act 1992:100,
which applied until 31 December 2022) and the Health Personnel Act § 33. It overrides
confidentiality. Below its threshold, sharing needs the consent of the parents with parental
responsibility and of the child from 15. The duty to avert (straffeloven § 196) binds
everyone, regardless of confidentiality.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from familyviolence.collaboration.agencies import ProfessionalRole, Sector
from familyviolence.collaboration.legal import (
    DisclosureGroundRule,
    DisclosurePurpose,
    LegalGround,
    ReportingDuty,
    ReportingDutyRule,
)
from familyviolence.jurisdictions.no import NEW_ACT_FROM
from familyviolence.law import LegalReference
from familyviolence.vocabulary import AgencyKind, Jurisdiction

__all__ = ["CHILD_CONSENT_AGE", "DISCLOSURE_GROUNDS", "REPORTING_DUTIES"]

_OLD_ACT_UNTIL = NEW_ACT_FROM - dt.timedelta(days=1)
_K = AgencyKind

CHILD_CONSENT_AGE: int | None = 15
"""From 15 a child's own consent is needed too, beside the parents' with parental
responsibility."""

_DUTY_NEW = LegalReference(
    statute="barnevernsloven 2021:97",
    provision="§ 13-2",
    verified=False,
    note="section number to be verified",
)
_DUTY_OLD = LegalReference(
    statute="barnevernloven 1992:100 (old act)", provision="§ 6-4", verified=True
)
_HEALTH_PERSONNEL = LegalReference(statute="helsepersonelloven", provision="§ 33", verified=True)
_AVERT = LegalReference(statute="straffeloven", provision="§ 196", verified=True)

_HEALTH_ROLES = tuple(r for r in ProfessionalRole if r.is_health_personnel)
_PUBLIC_TASKS = (
    _K.PRESCHOOL,
    _K.SCHOOL,
    _K.PLACEMENT_HOME,
    _K.WOMENS_SHELTER,
    _K.PERPETRATOR_CLINIC,
    _K.CRIME_VICTIM_SUPPORT,
    _K.BARNAHUS,
    *(k for k in AgencyKind if k.is_social_services),
    *(k for k in AgencyKind if k.is_health_care),
)
_THRESHOLD = (
    "whether there is reason to believe that a child is abused or seriously neglected, has a"
    " serious untreated illness or injury or unmet needs as a disabled child, shows serious"
    " behavioural problems, or is a victim of trafficking"
)


def _duty_versions(
    **rule: Any,  # noqa: ANN401 - the rule's own fields
) -> tuple[ReportingDutyRule, ReportingDutyRule]:
    """The duty under the old act (until 2022) and under the Child Welfare Act 2021:97."""
    return (
        ReportingDutyRule(
            valid_to=_OLD_ACT_UNTIL, reference=_DUTY_OLD, equivalent=_DUTY_NEW, **rule
        ),
        ReportingDutyRule(
            valid_from=NEW_ACT_FROM, reference=_DUTY_NEW, equivalent=_DUTY_OLD, **rule
        ),
    )


def _ground_versions(
    **rule: Any,  # noqa: ANN401 - the rule's own fields
) -> tuple[DisclosureGroundRule, DisclosureGroundRule]:
    """The ground under the old act (until 2022) and under the Child Welfare Act 2021:97."""
    return (
        DisclosureGroundRule(
            valid_to=_OLD_ACT_UNTIL, reference=_DUTY_OLD, also=(_DUTY_NEW,), **rule
        ),
        DisclosureGroundRule(
            valid_from=NEW_ACT_FROM, reference=_DUTY_NEW, also=(_DUTY_OLD,), **rule
        ),
    )


REPORTING_DUTIES: tuple[ReportingDutyRule, ...] = (
    *_duty_versions(
        id="NO-REPORTING-PUBLIC",
        jurisdiction=Jurisdiction.NO,
        duty=ReportingDuty.MUST,
        who="anyone working for a public body (kindergartens, schools, health, police, NAV …)",
        report_to=_K.CHILD_WELFARE,
        sectors=(Sector.PUBLIC,),
    ),
    *_duty_versions(
        id="NO-REPORTING-PUBLIC-TASKS",
        jurisdiction=Jurisdiction.NO,
        duty=ReportingDuty.MUST,
        who=(
            "anyone working for an organisation or private business that carries out tasks for"
            " the state, a county or a municipality (private kindergartens and schools,"
            " institutions, shelters, treatment services)"
        ),
        report_to=_K.CHILD_WELFARE,
        agency_kinds=_PUBLIC_TASKS,
        sectors=(Sector.PRIVATE, Sector.NON_PROFIT),
        judgements=(
            (
                "whether the organisation carries out the task for the state, a county or a"
                " municipality"
            ),
        ),
    ),
    ReportingDutyRule(
        id="NO-REPORTING-HEALTH-PERSONNEL",
        jurisdiction=Jurisdiction.NO,
        duty=ReportingDuty.MUST,
        who="health personnel, wherever they work",
        report_to=_K.CHILD_WELFARE,
        roles=_HEALTH_ROLES,
        reference=_HEALTH_PERSONNEL,
    ),
    ReportingDutyRule(
        id="NO-REPORTING-EVERYONE",
        jurisdiction=Jurisdiction.NO,
        duty=ReportingDuty.NONE,
        who="everyone else: private individuals and those not working for a public task",
        report_to=_K.CHILD_WELFARE,
        reference=LegalReference(
            statute="barnevernsloven 2021:97",
            verified=False,
            note=(
                "no duty for others under the act; anyone may still inform the child welfare"
                " service"
            ),
        ),
        judgements=(
            (
                "the duty to avert listed serious offences (straffeloven § 196) binds everyone,"
                " regardless of confidentiality"
            ),
        ),
    ),
)
"""Norway's duties to inform the child welfare service, under the old and the new act."""

DISCLOSURE_GROUNDS: tuple[DisclosureGroundRule, ...] = (
    *_ground_versions(
        id="NO-DISCLOSURE-CONSENT",
        ground=LegalGround.CONSENT,
        jurisdiction=Jurisdiction.NO,
        summary=(
            "below the threshold of the duty to inform: the consent of the parents with parental"
            " responsibility, and of the child from 15 (of the person, for an adult)"
        ),
    ),
    *_ground_versions(
        id="NO-DISCLOSURE-DUTY-TO-INFORM",
        ground=LegalGround.DUTY_BY_LAW,
        jurisdiction=Jurisdiction.NO,
        summary="public bodies' duty to inform the child welfare service overrides confidentiality",
        discloser_sectors=(Sector.PUBLIC,),
        recipients=(_K.CHILD_WELFARE,),
        purposes=(DisclosurePurpose.CHILD_PROTECTION,),
        judgements=(_THRESHOLD,),
    ),
    *_ground_versions(
        id="NO-DISCLOSURE-DUTY-TO-INFORM-PUBLIC-TASKS",
        ground=LegalGround.DUTY_BY_LAW,
        jurisdiction=Jurisdiction.NO,
        summary=(
            "the duty to inform the child welfare service binds organisations and private"
            " businesses carrying out tasks for the state, a county or a municipality"
        ),
        disclosers=_PUBLIC_TASKS,
        discloser_sectors=(Sector.PRIVATE, Sector.NON_PROFIT),
        recipients=(_K.CHILD_WELFARE,),
        purposes=(DisclosurePurpose.CHILD_PROTECTION,),
        judgements=(
            _THRESHOLD,
            (
                "whether the organisation carries out the task for the state, a county or a"
                " municipality"
            ),
        ),
    ),
    DisclosureGroundRule(
        id="NO-DISCLOSURE-HEALTH-PERSONNEL",
        ground=LegalGround.DUTY_BY_LAW,
        jurisdiction=Jurisdiction.NO,
        summary="health personnel's duty to inform the child welfare service",
        reference=_HEALTH_PERSONNEL,
        disclosers=tuple(k for k in AgencyKind if k.is_health_care),
        recipients=(_K.CHILD_WELFARE,),
        purposes=(DisclosurePurpose.CHILD_PROTECTION,),
        judgements=(_THRESHOLD,),
    ),
    DisclosureGroundRule(
        id="NO-DISCLOSURE-DUTY-TO-AVERT",
        ground=LegalGround.DUTY_TO_AVERT,
        jurisdiction=Jurisdiction.NO,
        summary=(
            "everyone, regardless of confidentiality, must report to the police (or otherwise"
            " avert) a listed serious offence that will certainly or most probably be committed"
        ),
        reference=_AVERT,
        recipients=(_K.POLICE,),
        purposes=(DisclosurePurpose.CRIME_PREVENTION, DisclosurePurpose.VIOLENCE_PREVENTION),
        averting_listed=True,
        judgements=("whether it is certain or most probable that the offence will be committed",),
    ),
)
"""Norway's grounds for sharing information, as data."""
