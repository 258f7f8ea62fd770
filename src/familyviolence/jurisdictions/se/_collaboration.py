"""Sweden: who must report concern for a child, and on which grounds information may be disclosed.

The duty to report (anmälningsplikt) is in the Social Services Act: SoL 2001:453 14 kap. 1 §
until 30 June 2025; the duty continues in SoL 2025:400 from 1 July 2025, whose section number
is not confirmed here, so the new act is cited by name. It binds every authority whose
activity concerns children and young people, the authorities of health care, forensic
psychiatric examination, social services, the prison and probation service, the police and
the Security Service, their employees, and professionals in private activity concerning
children, health care or the social services' area. Family counselling reports only what it
*knows* of a child abused at home. Everyone else *should* report (14 kap. 1 c §). A
government bill (prop. 2025/26:12) proposed widening the mandatory reporters, public-order
guards (ordningsvakter) among them; whether and when it entered into force is not confirmed,
so it is shipped as :data:`PROPOSED_REPORTERS_2026`, which a user enables explicitly.

The grounds for disclosure are those of the Public Access to Information and Secrecy Act
(OSL 2009:400) for social-services and health-care secrecy. The general clause (10 kap. 27 §)
is listed as never available for that secrecy.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from familyviolence._model import evolve
from familyviolence.collaboration import (
    CareGroup,
    DisclosureProvision,
    DisclosurePurpose,
    JudgementCondition,
    LegalGround,
    ProfessionalRole,
    ReportingDuty,
    ReportingDutyProvision,
    Sector,
)
from familyviolence.jurisdictions.se._process import NEW_ACT_FROM
from familyviolence.law import LegalReference
from familyviolence.vocabulary import AgencyKind, DataCategory, Jurisdiction

__all__ = [
    "CHILD_CONSENT_AGE",
    "DISCLOSURE_GROUNDS",
    "HARM_TEST_HEALTH_CARE",
    "HARM_TEST_SOCIAL_SERVICES",
    "PROPOSAL_FROM",
    "PROPOSED_REPORTERS_2026",
    "PROTECTED_IDENTITY",
    "REPORTING_DUTIES",
    "SERIOUS_VIOLENCE_CONDITIONS",
    "SERIOUS_VIOLENCE_FROM",
    "SOCIAL_SERVICES_AND_HEALTH_CARE",
]

_OLD_ACT_UNTIL = NEW_ACT_FROM - dt.timedelta(days=1)
_OLD = "SoL 2001:453"
_NEW = "SoL 2025:400"
_OSL = "OSL 2009:400"
_BY_NAME = "the duty continues in the new act; section number not confirmed: cited by name"

CHILD_CONSENT_AGE: int | None = None
"""Sweden sets no age from which a child consents alone: a child's say grows with maturity,
which a human judges."""

_K = AgencyKind
_SOCIAL_SERVICES = tuple(k for k in AgencyKind if k.is_social_services)
_HEALTH_CARE = tuple(k for k in AgencyKind if k.is_health_care)
SOCIAL_SERVICES_AND_HEALTH_CARE = (*_SOCIAL_SERVICES, *_HEALTH_CARE)
"""Agency kinds whose secrecy is social-services or health-care secrecy."""

_POLICE_OR_PROSECUTOR = (_K.POLICE, _K.PROSECUTOR)
_PRIVATE = (Sector.PRIVATE, Sector.NON_PROFIT)
_VOLUNTEERS = (ProfessionalRole.VOLUNTEER,)
_PUBLIC_BODIES = (Sector.PUBLIC,)  # secrecy law (OSL) binds public bodies


def _sol(provision: str) -> tuple[LegalReference, LegalReference]:
    """A provision of the old act, and the new act cited by name."""
    return (
        LegalReference(statute=_OLD, provision=provision, verified=True),
        LegalReference(statute=_NEW, verified=False, note=_BY_NAME),
    )


def _reporting(
    rule: ReportingDutyProvision, *, new: LegalReference
) -> tuple[ReportingDutyProvision, ReportingDutyProvision]:
    """``rule``, citing the old act, until 30 June 2025; and the same citing ``new`` from 1 July."""
    old = rule.reference
    return (
        evolve(rule, valid_to=_OLD_ACT_UNTIL, equivalent=new),
        evolve(rule, valid_from=NEW_ACT_FROM, reference=new, equivalent=old),
    )


_AUTHORITIES = (
    *_SOCIAL_SERVICES,
    *_HEALTH_CARE,
    _K.FORENSIC_PSYCHIATRY,
    _K.SECURITY_SERVICE,
    _K.POLICE,
    _K.PRISON_AND_PROBATION,
    _K.SCHOOL,
    _K.PRESCHOOL,
    _K.BARNAHUS,
    # Run by a public body, these are social services.
    _K.PLACEMENT_HOME,
    _K.WOMENS_SHELTER,
    _K.PERPETRATOR_CLINIC,
    _K.CRIME_VICTIM_SUPPORT,
)
_PRIVATE_CHILDREN_OR_HEALTH = (_K.SCHOOL, _K.PRESCHOOL, _K.PLACEMENT_HOME, *_HEALTH_CARE)
_PRIVATE_MAYBE_SOCIAL_AREA = (
    *_SOCIAL_SERVICES,
    _K.WOMENS_SHELTER,
    _K.PERPETRATOR_CLINIC,
    _K.CRIME_VICTIM_SUPPORT,
    _K.FAITH_COMMUNITY,
    _K.VOLUNTARY_ORGANISATION,
)

_MUST = _sol("14 kap. 1 §")
_SHOULD = _sol("14 kap. 1 c §")
_FAMILY_COUNSELLING = _sol("14 kap. 1 § 2nd para.")
# Public bodies of kinds not named above: each must report if its activity concerns children.
_OTHER_AUTHORITIES = tuple(
    k for k in AgencyKind if k not in (*_AUTHORITIES, _K.PROSECUTOR, _K.FAMILY_COUNSELLING)
)

REPORTING_DUTIES: tuple[ReportingDutyProvision, ...] = (
    *_reporting(
        ReportingDutyProvision(
            id="SE-REPORTING-AUTHORITIES",
            jurisdiction=Jurisdiction.SE,
            duty=ReportingDuty.MUST,
            who="employees of authorities whose work concerns children (schools, preschool, police,"
            " social services, prison and probation), of health care (child health centres and"
            " dental care too), forensic psychiatric examination and the Security Service;"
            " Barnahus staff are employed by such authorities",
            report_to=_K.SOCIAL_SERVICES_CHILDREN,
            agency_kinds=_AUTHORITIES,
            sectors=(Sector.PUBLIC,),
            excluded_roles=_VOLUNTEERS,
            reference=_MUST[0],
        ),
        new=_MUST[1],
    ),
    *_reporting(
        ReportingDutyProvision(
            id="SE-REPORTING-PROSECUTION",
            jurisdiction=Jurisdiction.SE,
            duty=ReportingDuty.MUST,
            who="employees of the prosecution service, as an authority whose work concerns"
            " children",
            report_to=_K.SOCIAL_SERVICES_CHILDREN,
            agency_kinds=(_K.PROSECUTOR,),
            sectors=(Sector.PUBLIC,),
            excluded_roles=_VOLUNTEERS,
            reference=LegalReference(
                statute=_OLD,
                provision="14 kap. 1 §",
                verified=False,
                note=(
                    "the prosecution service as an authority whose work concerns children: not"
                    " confirmed"
                ),
            ),
        ),
        new=_MUST[1],
    ),
    *_reporting(
        ReportingDutyProvision(
            id="SE-REPORTING-PRIVATE",
            jurisdiction=Jurisdiction.SE,
            duty=ReportingDuty.MUST,
            who="professionals in private activity concerning children (independent schools and"
            " preschools, placement homes) or in private health care, dental care included",
            report_to=_K.SOCIAL_SERVICES_CHILDREN,
            agency_kinds=_PRIVATE_CHILDREN_OR_HEALTH,
            sectors=_PRIVATE,
            excluded_roles=_VOLUNTEERS,
            reference=_MUST[0],
        ),
        new=_MUST[1],
    ),
    *_reporting(
        ReportingDutyProvision(
            id="SE-REPORTING-PRIVATE-SOCIAL-SERVICES-AREA",
            jurisdiction=Jurisdiction.SE,
            duty=ReportingDuty.MUST,
            who="professionals in private activity on the social services' area or concerning"
            " children (e.g. protected housing, a commissioned perpetrator programme, children's"
            " activities of an organisation)",
            report_to=_K.SOCIAL_SERVICES_CHILDREN,
            agency_kinds=_PRIVATE_MAYBE_SOCIAL_AREA,
            sectors=_PRIVATE,
            excluded_roles=_VOLUNTEERS,
            judgements=(
                (
                    "whether the private activity concerns children or is on the social services'"
                    " area"
                    " (e.g. protected housing, a commissioned intervention); if it is neither, the"
                    " person should report but is not bound to"
                ),
            ),
            reference=_MUST[0],
        ),
        new=_MUST[1],
    ),
    *_reporting(
        ReportingDutyProvision(
            id="SE-REPORTING-AUTHORITIES-CONCERNING-CHILDREN",
            jurisdiction=Jurisdiction.SE,
            duty=ReportingDuty.MUST,
            who="employees of any other authority whose activity concerns children and young people"
            " (e.g. a housing agency, the Employment Service, the Social Insurance Agency)",
            report_to=_K.SOCIAL_SERVICES_CHILDREN,
            agency_kinds=_OTHER_AUTHORITIES,
            sectors=(Sector.PUBLIC,),
            excluded_roles=_VOLUNTEERS,
            judgements=(
                (
                    "whether the authority's activity concerns children and young people; if it"
                    " does"
                    " not, its staff should report but are not bound to"
                ),
            ),
            reference=_MUST[0],
        ),
        new=_MUST[1],
    ),
    *_reporting(
        ReportingDutyProvision(
            id="SE-REPORTING-FAMILY-COUNSELLING",
            jurisdiction=Jurisdiction.SE,
            duty=ReportingDuty.MUST,
            who="those who work in family counselling, public or private",
            report_to=_K.SOCIAL_SERVICES_CHILDREN,
            agency_kinds=(_K.FAMILY_COUNSELLING,),
            excluded_roles=_VOLUNTEERS,
            judgements=(
                (
                    "only on knowledge, not suspicion, gained in the work that a child is sexually"
                    " exploited or subjected to physical or psychological abuse or other violation"
                    " at"
                    " home; a child who lives with violence between close relatives is subjected to"
                    " psychological abuse"
                ),
            ),
            reference=_FAMILY_COUNSELLING[0],
        ),
        new=_FAMILY_COUNSELLING[1],
    ),
    *_reporting(
        ReportingDutyProvision(
            id="SE-REPORTING-EVERYONE",
            jurisdiction=Jurisdiction.SE,
            duty=ReportingDuty.SHOULD,
            who="everyone else: other staff, volunteers, organisations and members of the public",
            report_to=_K.SOCIAL_SERVICES_CHILDREN,
            reference=_SHOULD[0],
        ),
        new=_SHOULD[1],
    ),
)
"""Sweden's reporting duties in force, each in a version for SoL 2001:453 and SoL 2025:400."""

PROPOSAL_FROM = dt.date(2026, 1, 15)
"""The day prop. 2025/26:12 proposed the wider duty to report would apply from."""

_PROPOSAL = LegalReference(
    statute="prop. 2025/26:12",
    verified=False,
    note=(
        "government bill amending SoL 2025:400; whether and when it entered into force is not"
        " confirmed"
    ),
)

PROPOSED_REPORTERS_2026: tuple[ReportingDutyProvision, ...] = (
    ReportingDutyProvision(
        id="SE-REPORTING-PROPOSED-AUTHORITIES",
        jurisdiction=Jurisdiction.SE,
        duty=ReportingDuty.MUST,
        who=(
            "employees of the Public Employment Service, the Social Insurance Agency, the"
            " Enforcement Authority, the Coast Guard, county administrative boards, the Tax"
            " Agency and Customs"
        ),
        report_to=_K.SOCIAL_SERVICES_CHILDREN,
        agency_kinds=(
            _K.EMPLOYMENT_AGENCY,
            _K.SOCIAL_INSURANCE_AGENCY,
            _K.ENFORCEMENT_AUTHORITY,
            _K.COAST_GUARD,
            _K.COUNTY_ADMINISTRATIVE_BOARD,
            _K.TAX_AGENCY,
            _K.CUSTOMS,
        ),
        sectors=(Sector.PUBLIC,),
        excluded_roles=_VOLUNTEERS,
        reference=_PROPOSAL,
        valid_from=PROPOSAL_FROM,
    ),
    ReportingDutyProvision(
        id="SE-REPORTING-PROPOSED-PUBLIC-ORDER-GUARDS",
        jurisdiction=Jurisdiction.SE,
        duty=ReportingDuty.MUST,
        who="public-order guards (ordningsvakter), wherever they serve",
        report_to=_K.SOCIAL_SERVICES_CHILDREN,
        roles=(ProfessionalRole.PUBLIC_ORDER_GUARD,),
        reference=_PROPOSAL,
        valid_from=PROPOSAL_FROM,
    ),
)
"""The wider mandatory reporters proposed by prop. 2025/26:12 (unverified; off by default).

The bill names public-order guards (ordningsvakter), not security guards (väktare). Which
authorities it adds, its time limit for feedback to mandatory reporters and its day of entry into
force are not confirmed: the authorities listed and the day are as a summary of the bill gave them.
Pass the rules to :func:`~familyviolence.jurisdictions.reporting_duty` as ``extra_rules`` to apply
them."""


def _osl(provision: str) -> LegalReference:
    return LegalReference(statute=_OSL, provision=provision, verified=True)


def _unconfirmed(provision: str, note: str) -> LegalReference:
    return LegalReference(statute=_OSL, provision=provision, verified=False, note=note)


SERIOUS_VIOLENCE_FROM = dt.date(2021, 8, 1)
"""The day OSL 10 kap. 18 c § came into force."""

SERIOUS_VIOLENCE_CONDITIONS = (
    JudgementCondition(
        id="SE-18C-RISK",
        question=(
            "whether special circumstances show a risk that the person will commit the crime"
            " against the close relative"
        ),
    ),
    JudgementCondition(
        id="SE-18C-PREVENTS",
        question="whether the information can be assumed to help prevent the crime",
    ),
    JudgementCondition(
        id="SE-18C-NOT-INAPPROPRIATE",
        question=(
            "whether disclosure is not inappropriate given interventions planned or under way,"
            " or other special reasons"
        ),
    ),
)
"""The conditions of OSL 10 kap. 18 c § a professional judges; each judgement is recorded on
the request (:class:`~familyviolence.collaboration.RecordedJudgement`) with who made it and
when."""


_NEEDED_FOR_SUSPICION = "whether the facts amount to a suspicion of the offence"

_DUTY_TO_INFORM: dict[str, Any] = {
    "id": "SE-DISCLOSURE-DUTY-TO-INFORM",
    "ground": LegalGround.DUTY_BY_LAW,
    "jurisdiction": Jurisdiction.SE,
    "summary": (
        "the bodies with the duty to report must give social services, investigating a child's"
        " need of protection, the information that may matter for it"
    ),
    "reference": _osl("10 kap. 28 §"),
    "disclosers": (*_AUTHORITIES, _K.PROSECUTOR, _K.FAMILY_COUNSELLING),
    "discloser_sectors": _PUBLIC_BODIES,
    "recipients": _SOCIAL_SERVICES,
    "purposes": (DisclosurePurpose.CHILD_PROTECTION,),
    "judgements": (
        (
            "whether the information may matter for the investigation of the child's need of"
            " protection"
        ),
    ),
}

DISCLOSURE_GROUNDS: tuple[DisclosureProvision, ...] = (
    DisclosureProvision(
        id="SE-DISCLOSURE-CONSENT",
        ground=LegalGround.CONSENT,
        jurisdiction=Jurisdiction.SE,
        summary=(
            "the person consents to the recipient, the purpose and the data; for a child the"
            " custodians not suspected of violence in the case, or the child alone when mature"
            " enough (no age is fixed: a recorded judgement)"
        ),
        reference=_osl("12 kap. 2 §"),
        also=(_osl("12 kap. 3 §"),),
    ),
    DisclosureProvision(
        id="SE-DISCLOSURE-OWN-WORK",
        ground=LegalGround.NECESSARY_FOR_OWN_WORK,
        jurisdiction=Jurisdiction.SE,
        summary="disclosure is necessary for the disclosing authority to carry out its own task",
        reference=_osl("10 kap. 2 §"),
        discloser_sectors=_PUBLIC_BODIES,
        purposes=(DisclosurePurpose.OWN_WORK,),
        judgements=(
            (
                "whether the disclosure is necessary for the disclosing authority's own task (read"
                " narrowly)"
            ),
        ),
    ),
    DisclosureProvision(
        **_DUTY_TO_INFORM,
        also=(_sol("14 kap. 1 § 3rd para.")[0],),
        valid_to=_OLD_ACT_UNTIL,
    ),
    DisclosureProvision(
        **_DUTY_TO_INFORM,
        also=(_sol("14 kap. 1 § 3rd para.")[1],),
        valid_from=NEW_ACT_FROM,
    ),
    DisclosureProvision(
        id="SE-DISCLOSURE-MINORS-CARE-SOCIAL-SERVICES",
        ground=LegalGround.MINORS_CARE,
        jurisdiction=Jurisdiction.SE,
        summary=(
            "social services to another social-services authority or to health care, about a"
            " person or a close relative, when needed for the necessary care, treatment or other"
            " support of a minor, of someone with ongoing substance abuse, or of someone in"
            " compulsory psychiatric care"
        ),
        reference=_osl("26 kap. 9 §"),
        disclosers=_SOCIAL_SERVICES,
        discloser_sectors=_PUBLIC_BODIES,
        recipients=(*_SOCIAL_SERVICES, *_HEALTH_CARE),
        purposes=(DisclosurePurpose.SUPPORT_AND_CARE,),
        minor_or_close_relative=True,
        care_groups=tuple(CareGroup),
        judgements=(
            (
                "whether the information is needed to give the minor necessary care, treatment or"
                " other support"
            ),
        ),
    ),
    DisclosureProvision(
        id="SE-DISCLOSURE-MINORS-CARE-HEALTH-CARE",
        ground=LegalGround.MINORS_CARE,
        jurisdiction=Jurisdiction.SE,
        summary=(
            "health care to another health-care authority or to social services, about a person"
            " or a close relative, when needed for the necessary care, treatment or other"
            " support of a minor, of someone with ongoing substance abuse, or of someone in"
            " compulsory psychiatric care"
        ),
        reference=_osl("25 kap. 12 §"),
        disclosers=_HEALTH_CARE,
        discloser_sectors=_PUBLIC_BODIES,
        recipients=(*_HEALTH_CARE, *_SOCIAL_SERVICES),
        purposes=(DisclosurePurpose.SUPPORT_AND_CARE,),
        minor_or_close_relative=True,
        care_groups=tuple(CareGroup),
        judgements=(
            (
                "whether the information is needed to give the minor necessary care, treatment or"
                " other support"
            ),
        ),
    ),
    DisclosureProvision(
        id="SE-DISCLOSURE-YOUTH-CRIME",
        ground=LegalGround.YOUTH_CRIME_PREVENTION,
        jurisdiction=Jurisdiction.SE,
        summary="social services to the police, about a person under 21, to prevent crime",
        reference=_unconfirmed(
            "10 kap. 18 a §",
            "the ground is confirmed (bra.se, 2021); its section number is from a secondary source",
        ),
        disclosers=_SOCIAL_SERVICES,
        discloser_sectors=_PUBLIC_BODIES,
        recipients=(_K.POLICE,),
        purposes=(DisclosurePurpose.CRIME_PREVENTION,),
        person_under=21,
        judgements=("whether the information is needed to prevent the young person's crime",),
    ),
    DisclosureProvision(
        id="SE-DISCLOSURE-SERIOUS-VIOLENCE",
        ground=LegalGround.SERIOUS_VIOLENCE_PREVENTION,
        jurisdiction=Jurisdiction.SE,
        summary=(
            "social services or health care to the police, about a person or a close relative,"
            " when special circumstances show a risk that the person will commit against the"
            " relative a crime under the Penal Code ch. 3, 4 or 6 with a minimum penalty of one"
            " year's imprisonment, the information can be assumed to help prevent it, and"
            " disclosure is not inappropriate given planned or ongoing interventions"
        ),
        reference=_osl("10 kap. 18 c §"),
        disclosers=SOCIAL_SERVICES_AND_HEALTH_CARE,
        discloser_sectors=_PUBLIC_BODIES,
        recipients=(_K.POLICE,),
        purposes=(DisclosurePurpose.VIOLENCE_PREVENTION,),
        offence_chapters=(3, 4, 6),
        minimum_penalty_months=12,
        feared=True,
        close_relative_victim=True,
        excluded_categories=(DataCategory.OFFENCES,),
        exclusion=(
            "information about a crime already committed goes only on another ground (10 kap."
            " 18 c § 2nd para.)"
        ),
        conditions=SERIOUS_VIOLENCE_CONDITIONS,
        judgements=(
            (
                "incidents of violence go only as the ground of the risk, not as suspicions of"
                " crimes already committed"
            ),
        ),
        valid_from=SERIOUS_VIOLENCE_FROM,
    ),
    DisclosureProvision(
        id="SE-DISCLOSURE-CRIME-AGAINST-CHILD",
        ground=LegalGround.CRIME_AGAINST_CHILD,
        jurisdiction=Jurisdiction.SE,
        summary=(
            "to the police or a prosecutor, a suspected crime under the Penal Code ch. 3, 4 or 6,"
            " or under the act prohibiting female genital mutilation, against a person under 18"
        ),
        reference=_osl("10 kap. 21 §"),
        also=(
            LegalReference(
                statute="lag (1982:316) om förbud mot könsstympning av kvinnor", verified=True
            ),
        ),
        disclosers=SOCIAL_SERVICES_AND_HEALTH_CARE,
        discloser_sectors=_PUBLIC_BODIES,
        recipients=_POLICE_OR_PROSECUTOR,
        purposes=(DisclosurePurpose.CRIMINAL_INVESTIGATION,),
        offence_chapters=(3, 4, 6),
        genital_mutilation=True,
        feared=False,
        victim_under=18,
        judgements=(_NEEDED_FOR_SUSPICION,),
    ),
    DisclosureProvision(
        id="SE-DISCLOSURE-SERIOUS-CRIME",
        ground=LegalGround.SERIOUS_CRIME,
        jurisdiction=Jurisdiction.SE,
        summary=(
            "to the police or a prosecutor, a suspected crime whose minimum penalty is"
            " imprisonment for one year or more"
        ),
        reference=_unconfirmed(
            "10 kap. 23 §", "from a secondary source, not checked against the law text"
        ),
        disclosers=SOCIAL_SERVICES_AND_HEALTH_CARE,
        discloser_sectors=_PUBLIC_BODIES,
        recipients=_POLICE_OR_PROSECUTOR,
        purposes=(DisclosurePurpose.CRIMINAL_INVESTIGATION,),
        minimum_penalty_months=12,
        attempt=False,
        feared=False,
        judgements=(_NEEDED_FOR_SUSPICION,),
    ),
    DisclosureProvision(
        id="SE-DISCLOSURE-SERIOUS-CRIME-ATTEMPT",
        ground=LegalGround.SERIOUS_CRIME_ATTEMPT,
        jurisdiction=Jurisdiction.SE,
        summary=(
            "to the police or a prosecutor, a suspected attempt, preparation or conspiracy to a"
            " crime whose minimum penalty is imprisonment for two years or more"
        ),
        reference=_unconfirmed(
            "10 kap. 24 §", "from a secondary source, not checked against the law text"
        ),
        disclosers=SOCIAL_SERVICES_AND_HEALTH_CARE,
        discloser_sectors=_PUBLIC_BODIES,
        recipients=_POLICE_OR_PROSECUTOR,
        purposes=(DisclosurePurpose.CRIMINAL_INVESTIGATION,),
        minimum_penalty_months=24,
        attempt=True,
        feared=False,
        judgements=(_NEEDED_FOR_SUSPICION,),
    ),
    DisclosureProvision(
        id="SE-DISCLOSURE-GENERAL-CLAUSE",
        ground=LegalGround.GENERAL_CLAUSE,
        jurisdiction=Jurisdiction.SE,
        summary="the general clause: never available for social-services or health-care secrecy",
        reference=_unconfirmed(
            "10 kap. 27 §",
            "likely: no source found that states it is closed to social-services and"
            " health-care secrecy",
        ),
        disclosers=SOCIAL_SERVICES_AND_HEALTH_CARE,
        available=False,
        note="the general clause does not apply to social-services or health-care secrecy",
        judgements=(
            (
                "for another agency's secrecy: whether the general clause applies to it and the"
                " interest in disclosure clearly outweighs the interest the secrecy protects"
            ),
        ),
    ),
)
"""Sweden's grounds for disclosure under OSL 2009:400, as data."""

HARM_TEST_SOCIAL_SERVICES = LegalReference(statute=_OSL, provision="26 kap. 1 §", verified=True)
"""Social-services secrecy's harm test: whether it is clear that the information can be
disclosed without harm to the person or a close relative. A human judges it."""

HARM_TEST_HEALTH_CARE = LegalReference(statute=_OSL, provision="25 kap. 1 §", verified=True)
"""Health-care secrecy's harm test: whether it is clear that the information can be disclosed
without harm to the person or a close relative. A human judges it."""

PROTECTED_IDENTITY: tuple[LegalReference, ...] = (
    _osl("22 kap. 1 §"),
    LegalReference(
        statute="folkbokföringslagen",
        verified=False,
        note="protected population registration (skyddad folkbokföring) since 2019: cited by name",
    ),
)
"""Why a protected person's whereabouts reach no recipient who is not entitled to them."""
