"""Norway: who must inform child welfare, and on which grounds information may be shared.

The duty to inform the child welfare service (opplysningsplikt) binds anyone working for a
public body, organisations carrying out public tasks, and health personnel wherever they work:
the Child Welfare Act 2021:97 § 13-2 (§ 6-4 of the old act 1992:100, which applied until 31
December 2022) and the Health Personnel Act § 33. It overrides confidentiality.

Below that threshold the closed list of grounds for sharing is: consent (forvaltningsloven
§ 13 a nr. 1; helsepersonelloven § 22 for health personnel), the public administration's
exceptions in forvaltningsloven § 13 b (nr. 5 to further the disclosing body's own tasks, nr. 6
to report offences, and from 1 July 2021 nr. 7 to avoid danger to life or health), the child
welfare act's own provision on giving information to other bodies, the police included (the
old act's § 6-7; the 2021 act's section is not confirmed, so it is cited by name), the health
personnel act's §§ 23 and 31, the duty to avert (straffeloven § 196, everyone, regardless of
confidentiality), and, where the police share, the police register act (politiregisterloven,
cited by name: its sections on sharing are not confirmed).

A child's own consent counts from 15 in the child welfare service's matters, beside the
parents' (the party rights of the old act's § 6-3; the 2021 section is not confirmed), and
alone about the child's health from 16 (pasient- og brukerrettighetsloven § 4-3).
"""

from __future__ import annotations

import datetime as dt

from familyviolence._model import evolve
from familyviolence.collaboration import (
    DisclosureProvision,
    DisclosurePurpose,
    LegalGround,
    ProfessionalRole,
    ReportingDuty,
    ReportingDutyProvision,
    Sector,
)
from familyviolence.jurisdictions.no._process import NEW_ACT_FROM
from familyviolence.law import LegalReference
from familyviolence.vocabulary import AgencyKind, Jurisdiction

__all__ = [
    "CHILD_CONSENT_AGE",
    "DANGER_TO_LIFE_FROM",
    "DISCLOSURE_GROUNDS",
    "HEALTH_CONSENT_AGE",
    "REPORTING_DUTIES",
]

_OLD_ACT_UNTIL = NEW_ACT_FROM - dt.timedelta(days=1)
_K = AgencyKind
_P = DisclosurePurpose

CHILD_CONSENT_AGE: int | None = 15
"""From 15 a child's own consent is needed too, beside the parents' with parental
responsibility: the child is a party in the child welfare service's matters."""

HEALTH_CONSENT_AGE: int | None = 16
"""From 16 a child consents alone to health care and to sharing their health information
(pasient- og brukerrettighetsloven § 4-3)."""

DANGER_TO_LIFE_FROM = dt.date(2021, 7, 1)
"""The day forvaltningsloven § 13 b first paragraph nr. 7 came into force (lov 18 June 2021
nr. 127)."""

_NEW_ACT = "barnevernsloven 2021:97"
_OLD_ACT = "barnevernloven 1992:100 (old act)"
_DUTY_NEW = LegalReference(statute=_NEW_ACT, provision="§ 13-2", verified=True)
_DUTY_OLD = LegalReference(statute=_OLD_ACT, provision="§ 6-4", verified=True)
_SHARING_NEW = LegalReference(
    statute=_NEW_ACT,
    verified=False,
    note=(
        "the provision on giving information to other bodies continues the old act's § 6-7; its"
        " section number is not confirmed: cited by name"
    ),
)
_SHARING_OLD = LegalReference(
    statute=_OLD_ACT, provision="§ 6-7", verified=False, note="no source recorded"
)
_PARTY_NEW = LegalReference(
    statute=_NEW_ACT,
    verified=False,
    note="a child of 15 is a party; the section number is not confirmed: cited by name",
)
_PARTY_OLD = LegalReference(
    statute=_OLD_ACT, provision="§ 6-3", verified=False, note="no source recorded"
)
_HEALTH_PERSONNEL = LegalReference(statute="helsepersonelloven", provision="§ 33", verified=True)
_AVERT = LegalReference(statute="straffeloven", provision="§ 196", verified=True)
_FVL = "forvaltningsloven"


def _fvl_13b(number: int) -> LegalReference:
    return LegalReference(statute=_FVL, provision=f"§ 13 b nr. {number}", verified=True)


_HEALTH_ROLES = tuple(r for r in ProfessionalRole if r.is_health_personnel)
_HEALTH_CARE = tuple(k for k in AgencyKind if k.is_health_care)
_PUBLIC_TASKS = (
    _K.PRESCHOOL,
    _K.SCHOOL,
    _K.PLACEMENT_HOME,
    _K.WOMENS_SHELTER,
    _K.PERPETRATOR_CLINIC,
    _K.CRIME_VICTIM_SUPPORT,
    _K.BARNAHUS,
    _K.FAMILY_COUNSELLING,
    *(k for k in AgencyKind if k.is_social_services),
    *_HEALTH_CARE,
)
# The child welfare service's confidentiality is stricter than the administration's: it
# shares only on its own act's provision, not on forvaltningsloven § 13 b nr. 5 and 6.
_ADMINISTRATION_BUT_CHILD_WELFARE = tuple(k for k in AgencyKind if k is not _K.CHILD_WELFARE)
_THRESHOLD = (
    "whether there is reason to believe that a child is abused or seriously neglected, has a"
    " serious untreated illness or injury or unmet needs as a disabled child, shows serious"
    " behavioural problems, or is a victim of trafficking"
)
_RECIPIENT_IS_ADMINISTRATION = (
    "whether the recipient is an administrative body (forvaltningsorgan) or another recipient"
    " the provision allows"
)


def _duty_versions(
    rule: ReportingDutyProvision,
) -> tuple[ReportingDutyProvision, ReportingDutyProvision]:
    """``rule`` under the old act (until 2022), and under the Child Welfare Act 2021:97."""
    return (
        evolve(rule, valid_to=_OLD_ACT_UNTIL, reference=_DUTY_OLD, equivalent=_DUTY_NEW),
        evolve(rule, valid_from=NEW_ACT_FROM, reference=_DUTY_NEW, equivalent=_DUTY_OLD),
    )


def _ground_versions(
    rule: DisclosureProvision, *, new: LegalReference
) -> tuple[DisclosureProvision, DisclosureProvision]:
    """``rule``, citing the old act, until 2022; and the same citing ``new`` from 2023."""
    old = rule.reference
    return (
        evolve(rule, valid_to=_OLD_ACT_UNTIL, also=(new,)),
        evolve(rule, valid_from=NEW_ACT_FROM, reference=new, also=(old,)),
    )


REPORTING_DUTIES: tuple[ReportingDutyProvision, ...] = (
    *_duty_versions(
        ReportingDutyProvision(
            id="NO-REPORTING-PUBLIC",
            jurisdiction=Jurisdiction.NO,
            duty=ReportingDuty.MUST,
            who="anyone working for a public body (kindergartens, schools, health, police, NAV …)",
            report_to=_K.CHILD_WELFARE,
            sectors=(Sector.PUBLIC,),
            reference=_DUTY_OLD,
        )
    ),
    *_duty_versions(
        ReportingDutyProvision(
            id="NO-REPORTING-PUBLIC-TASKS",
            jurisdiction=Jurisdiction.NO,
            duty=ReportingDuty.MUST,
            who="anyone working for an organisation or private business that carries out tasks for"
            " the state, a county or a municipality (private kindergartens and schools,"
            " institutions, shelters, treatment services)",
            report_to=_K.CHILD_WELFARE,
            agency_kinds=_PUBLIC_TASKS,
            sectors=(Sector.PRIVATE, Sector.NON_PROFIT),
            judgements=(
                (
                    "whether the organisation carries out the task for the state, a county or a"
                    " municipality"
                ),
            ),
            reference=_DUTY_OLD,
        )
    ),
    ReportingDutyProvision(
        id="NO-REPORTING-HEALTH-PERSONNEL",
        jurisdiction=Jurisdiction.NO,
        duty=ReportingDuty.MUST,
        who="health personnel, wherever they work",
        report_to=_K.CHILD_WELFARE,
        roles=_HEALTH_ROLES,
        reference=_HEALTH_PERSONNEL,
    ),
    ReportingDutyProvision(
        id="NO-REPORTING-EVERYONE",
        jurisdiction=Jurisdiction.NO,
        duty=ReportingDuty.NONE,
        who="everyone else: private individuals and those not working for a public task",
        report_to=_K.CHILD_WELFARE,
        reference=LegalReference(
            statute=_NEW_ACT,
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

_CONSENT = DisclosureProvision(
    id="NO-DISCLOSURE-CONSENT",
    ground=LegalGround.CONSENT,
    jurisdiction=Jurisdiction.NO,
    summary=(
        "the person consents (of the parents with parental responsibility not suspected of"
        " violence in the case, and of the child from 15; the child alone about their health"
        " from 16)"
    ),
    reference=LegalReference(
        statute=_FVL,
        provision="§ 13 a nr. 1",
        verified=False,
        note="from a secondary source, not checked against the law text",
    ),
    also=(
        LegalReference(
            statute="helsepersonelloven",
            provision="§ 22",
            verified=False,
            note="consent for health personnel; from a secondary source",
        ),
        LegalReference(
            statute="pasient- og brukerrettighetsloven", provision="§ 4-3", verified=True
        ),
        _PARTY_OLD,
        _PARTY_NEW,
    ),
)

DISCLOSURE_GROUNDS: tuple[DisclosureProvision, ...] = (
    _CONSENT,
    *_ground_versions(
        DisclosureProvision(
            id="NO-DISCLOSURE-DUTY-TO-INFORM",
            ground=LegalGround.DUTY_BY_LAW,
            jurisdiction=Jurisdiction.NO,
            summary="public bodies' duty to inform the child welfare service overrides"
            " confidentiality",
            discloser_sectors=(Sector.PUBLIC,),
            recipients=(_K.CHILD_WELFARE,),
            purposes=(_P.CHILD_PROTECTION,),
            judgements=(_THRESHOLD,),
            reference=_DUTY_OLD,
        ),
        new=_DUTY_NEW,
    ),
    *_ground_versions(
        DisclosureProvision(
            id="NO-DISCLOSURE-DUTY-TO-INFORM-PUBLIC-TASKS",
            ground=LegalGround.DUTY_BY_LAW,
            jurisdiction=Jurisdiction.NO,
            summary="the duty to inform the child welfare service binds organisations and private"
            " businesses carrying out tasks for the state, a county or a municipality",
            disclosers=_PUBLIC_TASKS,
            discloser_sectors=(Sector.PRIVATE, Sector.NON_PROFIT),
            recipients=(_K.CHILD_WELFARE,),
            purposes=(_P.CHILD_PROTECTION,),
            judgements=(
                _THRESHOLD,
                (
                    "whether the organisation carries out the task for the state, a county or a"
                    " municipality"
                ),
            ),
            reference=_DUTY_OLD,
        ),
        new=_DUTY_NEW,
    ),
    DisclosureProvision(
        id="NO-DISCLOSURE-HEALTH-PERSONNEL",
        ground=LegalGround.DUTY_BY_LAW,
        jurisdiction=Jurisdiction.NO,
        summary="health personnel's duty to inform the child welfare service",
        reference=_HEALTH_PERSONNEL,
        disclosers=_HEALTH_CARE,
        recipients=(_K.CHILD_WELFARE,),
        purposes=(_P.CHILD_PROTECTION,),
        judgements=(_THRESHOLD,),
    ),
    DisclosureProvision(
        id="NO-DISCLOSURE-OWN-TASKS",
        ground=LegalGround.NECESSARY_FOR_OWN_WORK,
        jurisdiction=Jurisdiction.NO,
        summary=(
            "a public administrative body shares with another administrative body what is needed"
            " to further the disclosing body's own tasks"
        ),
        reference=_fvl_13b(5),
        disclosers=_ADMINISTRATION_BUT_CHILD_WELFARE,
        discloser_sectors=(Sector.PUBLIC,),
        purposes=(_P.OWN_WORK, _P.COORDINATION),
        judgements=(
            "whether sharing is needed to further the disclosing body's own tasks",
            _RECIPIENT_IS_ADMINISTRATION,
        ),
    ),
    DisclosureProvision(
        id="NO-DISCLOSURE-REPORTING-OFFENCES",
        ground=LegalGround.REPORTING_OFFENCES,
        jurisdiction=Jurisdiction.NO,
        summary=(
            "a public administrative body reports an offence, or gives information about it, to"
            " the police or the prosecution"
        ),
        reference=_fvl_13b(6),
        disclosers=_ADMINISTRATION_BUT_CHILD_WELFARE,
        discloser_sectors=(Sector.PUBLIC,),
        recipients=(_K.POLICE, _K.PROSECUTOR),
        purposes=(_P.CRIMINAL_INVESTIGATION,),
        judgements=(
            (
                "whether prosecuting the offence is naturally linked to the disclosing body's"
                " tasks, or is in the public interest"
            ),
        ),
    ),
    DisclosureProvision(
        id="NO-DISCLOSURE-DANGER-TO-LIFE-OR-HEALTH",
        ground=LegalGround.AVERT_DANGER,
        jurisdiction=Jurisdiction.NO,
        summary=(
            "a public administrative body shares with anyone what is needed to avoid danger to"
            " someone's life or serious harm to their health"
        ),
        reference=_fvl_13b(7),
        discloser_sectors=(Sector.PUBLIC,),
        purposes=(_P.VIOLENCE_PREVENTION, _P.CRIME_PREVENTION, _P.RISK_ASSESSMENT),
        judgements=(
            (
                "whether sharing is needed to avoid danger to someone's life or serious harm to"
                " their health (read narrowly)"
            ),
        ),
        valid_from=DANGER_TO_LIFE_FROM,
    ),
    *_ground_versions(
        DisclosureProvision(
            id="NO-DISCLOSURE-CHILD-WELFARE-OWN-TASKS",
            ground=LegalGround.NECESSARY_FOR_OWN_WORK,
            jurisdiction=Jurisdiction.NO,
            summary="the child welfare service gives other public bodies what is needed to further"
            " the"
            " service's own tasks",
            disclosers=(_K.CHILD_WELFARE,),
            discloser_sectors=(Sector.PUBLIC,),
            purposes=(_P.OWN_WORK, _P.CHILD_PROTECTION, _P.COORDINATION),
            judgements=(
                "whether it is needed to further the child welfare service's own tasks",
                _RECIPIENT_IS_ADMINISTRATION,
            ),
            reference=_SHARING_OLD,
        ),
        new=_SHARING_NEW,
    ),
    *_ground_versions(
        DisclosureProvision(
            id="NO-DISCLOSURE-CHILD-WELFARE-DANGER",
            ground=LegalGround.AVERT_DANGER,
            jurisdiction=Jurisdiction.NO,
            summary="the child welfare service gives other public bodies, the police among them,"
            " what is"
            " needed to prevent substantial danger to someone's life or serious harm to their"
            " health",
            disclosers=(_K.CHILD_WELFARE,),
            discloser_sectors=(Sector.PUBLIC,),
            purposes=(_P.VIOLENCE_PREVENTION, _P.CRIME_PREVENTION, _P.RISK_ASSESSMENT),
            judgements=(
                (
                    "whether it is needed to prevent substantial danger to someone's life or"
                    " serious"
                    " harm to their health"
                ),
            ),
            reference=_SHARING_OLD,
        ),
        new=_SHARING_NEW,
    ),
    DisclosureProvision(
        id="NO-DISCLOSURE-HEALTH-PERSONNEL-EXCEPTIONS",
        ground=LegalGround.OVERRIDING_INTEREST,
        jurisdiction=Jurisdiction.NO,
        summary=(
            "health personnel's confidentiality yields where the health personnel act's limits"
            " allow, e.g. when weighty private or public interests make it right to share"
        ),
        reference=LegalReference(statute="helsepersonelloven", provision="§ 23", verified=True),
        disclosers=_HEALTH_CARE,
        judgements=(
            (
                "which limit of helsepersonelloven § 23 applies (e.g. weighty private or public"
                " interests make it right to share)"
            ),
        ),
    ),
    DisclosureProvision(
        id="NO-DISCLOSURE-HEALTH-PERSONNEL-ALERT",
        ground=LegalGround.AVERT_DANGER,
        jurisdiction=Jurisdiction.NO,
        summary=(
            "health personnel alert the police where it is needed to avert serious harm to a"
            " person or property"
        ),
        reference=LegalReference(statute="helsepersonelloven", provision="§ 31", verified=True),
        disclosers=_HEALTH_CARE,
        recipients=(_K.POLICE,),
        purposes=(_P.VIOLENCE_PREVENTION, _P.CRIME_PREVENTION),
        judgements=("whether alerting the police is needed to avert serious harm",),
    ),
    DisclosureProvision(
        id="NO-DISCLOSURE-DUTY-TO-AVERT",
        ground=LegalGround.DUTY_TO_AVERT,
        jurisdiction=Jurisdiction.NO,
        summary=(
            "everyone, regardless of confidentiality, must report to the police (or otherwise"
            " avert) a listed serious offence that will certainly or most probably be committed"
        ),
        reference=_AVERT,
        recipients=(_K.POLICE,),
        purposes=(_P.CRIME_PREVENTION, _P.VIOLENCE_PREVENTION),
        averting_listed=True,
        judgements=("whether it is certain or most probable that the offence will be committed",),
    ),
    DisclosureProvision(
        id="NO-DISCLOSURE-POLICE",
        ground=LegalGround.POLICE_SHARING,
        jurisdiction=Jurisdiction.NO,
        summary="the police share information where the police register act allows it",
        reference=LegalReference(
            statute="politiregisterloven",
            verified=False,
            note=(
                "the police's confidentiality is § 23; the sections that allow sharing are not"
                " confirmed: cited by name"
            ),
        ),
        disclosers=(_K.POLICE,),
        discloser_sectors=(Sector.PUBLIC,),
        judgements=(
            (
                "which provision of the police register act allows the police to share this with"
                " the recipient, and whether it is needed"
            ),
        ),
    ),
)
"""Norway's closed list of grounds for sharing information, as data."""
