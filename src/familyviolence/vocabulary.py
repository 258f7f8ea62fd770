"""Closed vocabularies of the domain, each with display labels in Swedish, Norwegian and English.

Every member has a stable string value (what documents store) and a label in each language of
:class:`Language`. A member cannot be defined without all three labels, so a translation can
never be missing at run time. :class:`Labels` is a short text of the library's own (a rule's
message, an item's label) in the same three languages.
"""

from __future__ import annotations

from familyviolence._labelled import LabelledEnum, Language, Sensitivity, label
from familyviolence._model import Model, model, public
from familyviolence._validators import non_blank

__all__ = [
    "AddressProtection",
    "AgencyKind",
    "Country",
    "DataCategory",
    "ExposureKind",
    "IdentityNumberKind",
    "InformationSource",
    "Jurisdiction",
    "LabelledEnum",
    "Labels",
    "Language",
    "RecordedSex",
    "RelationshipKind",
    "ReporterKind",
    "Sensitivity",
    "ViolenceForm",
    "label",
]


@model
class Labels(Model):
    """A short text in each of the library's languages; all three are required.

    >>> Labels(sv="Hot", nb="Trusler", en="Threats").in_language("nb")
    'Trusler'

    Attributes:
        sv: Swedish.
        nb: Norwegian bokmål.
        en: English.
    """

    sv: str = public(validator=non_blank)
    nb: str = public(validator=non_blank)
    en: str = public(validator=non_blank)

    def in_language(self, lang: Language | str = Language.SV) -> str:
        """The text in ``lang`` (``"sv"``, ``"nb"`` or ``"en"``).

        Raises:
            ValueError: If ``lang`` is not one of the library's languages.
        """
        return str(getattr(self, Language(lang).value))


class Country(LabelledEnum):
    """A country whose identity numbers and law the library knows (ISO 3166-1 alpha-2)."""

    SE = "SE", "Sverige", "Sverige", "Sweden"
    NO = "NO", "Norge", "Norge", "Norway"


class IdentityNumberKind(LabelledEnum):
    """The kind of a national identity number; each belongs to one :class:`Country`."""

    SE_PERSONNUMMER = (
        "se_personnummer",
        "personnummer",
        "svensk personnummer",
        "Swedish personal identity number",
    )
    SE_SAMORDNINGSNUMMER = (
        "se_samordningsnummer",
        "samordningsnummer",
        "svensk samordningsnummer",
        "Swedish coordination number",
    )
    NO_FODSELSNUMMER = (
        "no_fodselsnummer",
        "norskt fødselsnummer",
        "fødselsnummer",
        "Norwegian national identity number",
    )
    NO_D_NUMMER = "no_d_nummer", "norskt D-nummer", "D-nummer", "Norwegian D number"


class RecordedSex(LabelledEnum):
    """Sex or gender as recorded by the agency, including unknown and other."""

    FEMALE = "female", "kvinna", "kvinne", "female"
    MALE = "male", "man", "mann", "male"
    OTHER = "other", "annat", "annet", "other"
    UNKNOWN = "unknown", "okänt", "ukjent", "unknown"


class RelationshipKind(LabelledEnum):
    """How one person is related to another.

    A :class:`~familyviolence.relations.Relationship` reads "``from_person`` is the *kind* of
    ``to_person``": a ``CUSTODIAN`` relationship runs from the custodian to the child. The
    symmetric kinds (partners, siblings, other relatives and close persons) read the same both
    ways. The period of a ``FORMER_PARTNER`` relationship is the time they were together, as far
    as it is known.
    """

    PARTNER = "partner", "partner", "partner", "partner"
    FORMER_PARTNER = "former_partner", "tidigare partner", "tidligere partner", "former partner"
    BIOLOGICAL_PARENT = (
        "biological_parent",
        "biologisk förälder",
        "biologisk forelder",
        "biological parent",
    )
    ADOPTIVE_PARENT = "adoptive_parent", "adoptivförälder", "adoptivforelder", "adoptive parent"
    STEP_PARENT = (
        "step_parent",
        "styvförälder eller förälders partner",
        "steforelder eller forelders partner",
        "step-parent or parent's partner",
    )
    CUSTODIAN = (
        "custodian",
        "vårdnadshavare",
        "har foreldreansvar",
        "custodian (legal custody)",
    )
    CONTACT_RIGHT = "contact_right", "umgänge", "samvær", "contact right"
    SIBLING = "sibling", "syskon", "søsken", "sibling"
    OTHER_RELATIVE = "other_relative", "annan släkting", "annen slektning", "other relative"
    OTHER_CLOSE_PERSON = (
        "other_close_person",
        "annan närstående",
        "annen nærstående",
        "other close person",
    )

    @property
    def is_symmetric(self) -> bool:
        """Whether the relationship reads the same in both directions."""
        return self in _SYMMETRIC

    @property
    def is_parenthood(self) -> bool:
        """Whether the kind makes ``from_person`` a legal parent (biological or adoptive)."""
        return self in _PARENTHOOD

    @property
    def is_care(self) -> bool:
        """Whether ``from_person`` cares for ``to_person`` as a parent, step-parent or custodian.

        Care relationships may not form cycles.
        """
        return self in _CARE


_SYMMETRIC = frozenset(
    {
        RelationshipKind.PARTNER,
        RelationshipKind.FORMER_PARTNER,
        RelationshipKind.SIBLING,
        RelationshipKind.OTHER_RELATIVE,
        RelationshipKind.OTHER_CLOSE_PERSON,
    }
)
_PARENTHOOD = frozenset({RelationshipKind.BIOLOGICAL_PARENT, RelationshipKind.ADOPTIVE_PARENT})
_CARE = _PARENTHOOD | {RelationshipKind.STEP_PARENT, RelationshipKind.CUSTODIAN}


class ViolenceForm(LabelledEnum):
    """A form of violence. An incident may involve several."""

    PHYSICAL = "physical", "fysiskt våld", "fysisk vold", "physical violence"
    PSYCHOLOGICAL = (
        "psychological",
        "psykiskt våld (hot, kontroll, isolering)",
        "psykisk vold (trusler, kontroll, isolering)",
        "psychological violence (threats, control, isolation)",
    )
    SEXUAL = "sexual", "sexuellt våld", "seksuell vold", "sexual violence"
    MATERIAL = (
        "material",
        "materiellt våld (förstörelse av egendom)",
        "materiell vold (ødeleggelse av eiendom)",
        "material violence (destroying property)",
    )
    ECONOMIC = "economic", "ekonomiskt våld", "økonomisk vold", "economic violence"
    LATENT = (
        "latent",
        "latent våld (hotet som ligger kvar)",
        "latent vold (trusselen som ligger i luften)",
        "latent violence (the threat that lingers)",
    )
    NEGLECT = "neglect", "försummelse", "omsorgssvikt", "neglect"
    HONOUR_RELATED = (
        "honour_related",
        "hedersrelaterat våld och förtryck",
        "æresrelatert vold og undertrykking",
        "honour-related violence and oppression",
    )
    DIGITAL = "digital", "digitalt våld", "digital vold", "digital violence"
    STALKING = (
        "stalking",
        "förföljelse och trakasserier",
        "forfølgelse og trakassering",
        "stalking and harassment",
    )


class ExposureKind(LabelledEnum):
    """How a child was exposed to violence. Children who see, hear or notice it are exposed too."""

    SUBJECTED = "subjected", "utsatt för våld", "utsatt for vold", "subjected to violence"
    WITNESSED = "witnessed", "såg våldet", "så volden", "witnessed (saw) the violence"
    HEARD = "heard", "hörde våldet", "hørte volden", "heard the violence"
    NOTICED_AFTERWARDS = (
        "noticed_afterwards",
        "märkte det efteråt (skador, förstörelse, stämning)",
        "merket det i etterkant (skader, ødeleggelser, stemning)",
        "noticed afterwards (injuries, damage, atmosphere)",
    )


class Jurisdiction(LabelledEnum):
    """A legal order whose case-handling process and deadlines the library knows.

    Each jurisdiction has a pack of its process and deadline rules in
    :mod:`familyviolence.jurisdictions`; a new jurisdiction is a new member and a new pack.
    """

    SE = "SE", "Sverige", "Sverige", "Sweden"
    NO = "NO", "Norge", "Norge", "Norway"


class AgencyKind(LabelledEnum):
    """A kind of agency or organisation that works with violence in close relationships."""

    SOCIAL_SERVICES_CHILDREN = (
        "social_services_children",
        "socialtjänsten, barn och unga",
        "sosialtjenesten, barn og unge",
        "social services, child-and-youth unit",
    )
    SOCIAL_SERVICES_ADULTS = (
        "social_services_adults",
        "socialtjänsten, vuxenenheten",
        "sosialtjenesten, voksne",
        "social services, adult unit",
    )
    SOCIAL_SERVICES_FAMILY = (
        "social_services_family",
        "socialtjänsten, familjeenheten",
        "sosialtjenesten, familieenheten",
        "social services, family unit",
    )
    INCOME_SUPPORT = (
        "income_support",
        "socialtjänsten, försörjningsstöd",
        "NAV, økonomisk stønad",
        "social services, income support",
    )
    SOCIAL_SERVICES_HOUSING = (
        "social_services_housing",
        "socialtjänsten, boende",
        "sosialtjenesten, bolig",
        "social services, housing",
    )
    CHILD_WELFARE = (
        "child_welfare",
        "barnevernet (Norges barnavårdstjänst)",
        "barnevernet",
        "child welfare service",
    )
    FAMILY_COUNSELLING = (
        "family_counselling",
        "familjerådgivningen",
        "familievernet",
        "family counselling",
    )
    POLICE = "police", "polisen", "politiet", "police"
    SECURITY_SERVICE = (
        "security_service",
        "Säkerhetspolisen",
        "Politiets sikkerhetstjeneste (PST)",
        "security service",
    )
    PROSECUTOR = "prosecutor", "åklagare", "påtalemyndigheten", "prosecution service"
    PRISON_AND_PROBATION = (
        "prison_and_probation",
        "Kriminalvården",
        "kriminalomsorgen",
        "prison and probation service",
    )
    HEALTH_CARE = "health_care", "hälso- och sjukvården", "helsetjenesten", "health care"
    CHILD_HEALTH_CENTRE = (
        "child_health_centre",
        "barnavårdscentral (BVC)",
        "helsestasjon",
        "child health centre",
    )
    PSYCHIATRY = "psychiatry", "psykiatrin", "psykisk helsevern", "psychiatry"
    DENTAL_CARE = "dental_care", "tandvården", "tannhelsetjenesten", "dental care"
    FORENSIC_PSYCHIATRY = (
        "forensic_psychiatry",
        "rättspsykiatrisk undersökningsverksamhet",
        "rettspsykiatrisk undersøkelse",
        "forensic psychiatric examination",
    )
    SCHOOL = "school", "skolan", "skolen", "school"
    PRESCHOOL = "preschool", "förskolan", "barnehagen", "preschool"
    WOMENS_SHELTER = "womens_shelter", "kvinnojour", "krisesenter", "women's shelter"
    CRIME_VICTIM_SUPPORT = (
        "crime_victim_support",
        "brottsofferjour",
        "støttesenter for kriminalitetsutsatte",
        "crime-victim support",
    )
    PERPETRATOR_CLINIC = (
        "perpetrator_clinic",
        "verksamhet för våldsutövare (MVU)",
        "behandlingstilbud for voldsutøvere",
        "perpetrator clinic",
    )
    BARNAHUS = "barnahus", "Barnahus", "Statens barnehus", "Barnahus (children's house)"
    PLACEMENT_HOME = (
        "placement_home",
        "hem för vård eller boende (HVB)",
        "barnevernsinstitusjon",
        "placement home",
    )
    EMPLOYMENT_AGENCY = "employment_agency", "Arbetsförmedlingen", "NAV arbeid", "employment agency"
    HOUSING_AGENCY = "housing_agency", "bostadsförmedling", "boligkontor", "housing agency"
    SOCIAL_INSURANCE_AGENCY = (
        "social_insurance_agency",
        "Försäkringskassan",
        "NAV trygd",
        "social insurance agency",
    )
    ENFORCEMENT_AUTHORITY = (
        "enforcement_authority",
        "Kronofogdemyndigheten",
        "namsmannen",
        "enforcement authority",
    )
    COAST_GUARD = "coast_guard", "Kustbevakningen", "Kystvakten", "coast guard"
    COUNTY_ADMINISTRATIVE_BOARD = (
        "county_administrative_board",
        "länsstyrelsen",
        "statsforvalteren",
        "county administrative board",
    )
    TAX_AGENCY = "tax_agency", "Skatteverket", "Skatteetaten", "tax agency"
    CUSTOMS = "customs", "Tullverket", "Tolletaten", "customs"
    FAITH_COMMUNITY = "faith_community", "trossamfund", "trossamfunn", "faith community"
    VOLUNTARY_ORGANISATION = (
        "voluntary_organisation",
        "frivilligorganisation",
        "frivillig organisasjon",
        "voluntary organisation",
    )
    OTHER = "other", "annan verksamhet", "annen virksomhet", "other agency"

    @property
    def is_social_services(self) -> bool:
        """Whether the kind is a unit of social services, or the child welfare service."""
        return self in _SOCIAL_SERVICES

    @property
    def is_health_care(self) -> bool:
        """Whether the kind is health care: child health centres, psychiatry and dental care too."""
        return self in _HEALTH_CARE


_SOCIAL_SERVICES = frozenset(
    {
        AgencyKind.SOCIAL_SERVICES_CHILDREN,
        AgencyKind.SOCIAL_SERVICES_ADULTS,
        AgencyKind.SOCIAL_SERVICES_FAMILY,
        AgencyKind.INCOME_SUPPORT,
        AgencyKind.SOCIAL_SERVICES_HOUSING,
        AgencyKind.CHILD_WELFARE,
    }
)
_HEALTH_CARE = frozenset(
    {
        AgencyKind.HEALTH_CARE,
        AgencyKind.CHILD_HEALTH_CENTRE,
        AgencyKind.PSYCHIATRY,
        AgencyKind.DENTAL_CARE,
    }
)


class ReporterKind(LabelledEnum):
    """Who made a report of concern about a child (orosanmälan; bekymringsmelding)."""

    POLICE = "police", "polisen", "politiet", "police"
    SCHOOL = "school", "skolan", "skolen", "school"
    PRESCHOOL = "preschool", "förskolan", "barnehagen", "preschool"
    HEALTH_CARE = "health_care", "hälso- och sjukvården", "helsetjenesten", "health care"
    CHILD_HEALTH_CENTRE = (
        "child_health_centre",
        "barnavårdscentral (BVC)",
        "helsestasjon",
        "child health centre",
    )
    DENTAL_CARE = "dental_care", "tandvården", "tannhelsetjenesten", "dental care"
    SOCIAL_SERVICES = "social_services", "socialtjänsten", "sosialtjenesten", "social services"
    PRISON_AND_PROBATION = (
        "prison_and_probation",
        "Kriminalvården",
        "kriminalomsorgen",
        "prison and probation service",
    )
    OTHER_AUTHORITY = (
        "other_authority",
        "annan myndighet",
        "annen offentlig myndighet",
        "other authority",
    )
    PRIVATE_PROFESSIONAL = (
        "private_professional",
        "yrkesverksam i enskild verksamhet",
        "fagperson i privat virksomhet",
        "professional in private activity",
    )
    VOLUNTARY_ORGANISATION = (
        "voluntary_organisation",
        "frivilligorganisation",
        "frivillig organisasjon",
        "voluntary organisation",
    )
    PARENT = "parent", "förälder", "forelder", "parent"
    RELATIVE = "relative", "släkting", "slektning", "relative"
    MEMBER_OF_PUBLIC = "member_of_public", "privatperson", "privatperson", "member of the public"
    CHILD = "child", "barnet självt", "barnet selv", "the child themself"
    ANONYMOUS = "anonymous", "anonym", "anonym", "anonymous"
    OTHER = "other", "annan", "annen", "other"


class InformationSource(LabelledEnum):
    """Where information about an incident comes from."""

    VICTIM = "victim", "den våldsutsatta", "den voldsutsatte", "the victim"
    PERPETRATOR = "perpetrator", "våldsutövaren", "voldsutøveren", "the perpetrator"
    CHILD = "child", "barnet", "barnet", "the child"
    POLICE = "police", "polisen", "politiet", "police"
    OTHER_AGENCY = "other_agency", "annan verksamhet", "annen virksomhet", "another agency"
    OTHER_PERSON = "other_person", "annan person", "annen person", "another person"


class DataCategory(LabelledEnum):
    """A category of information about a person, as consented to, asked for and disclosed.

    Consents, disclosure requests and disclosure decisions name what they cover by these
    categories, so that what may reach a recipient is explicit and machine-readable. The
    whereabouts and the household reveal where a person lives or stays: for a person with
    protected identity they reach only a recipient who is entitled to them.
    """

    IDENTITY = (
        "identity",
        "identitet (namn, personnummer, födelsedatum)",
        "identitet (navn, fødselsnummer, fødselsdato)",
        "identity (name, identity number, birth date)",
    )
    CONTACT_DETAILS = (
        "contact_details",
        "kontaktuppgifter (telefon, e-post)",
        "kontaktopplysninger (telefon, e-post)",
        "contact details (phone, e-mail)",
    )
    WHEREABOUTS = (
        "whereabouts",
        "adress och vistelseort",
        "adresse og oppholdssted",
        "address and whereabouts",
    )
    HOUSEHOLD = (
        "household",
        "hushåll (vem som bor med vem)",
        "husstand (hvem som bor med hvem)",
        "household (who lives with whom)",
    )
    FAMILY_RELATIONS = (
        "family_relations",
        "familjeförhållanden",
        "familieforhold",
        "family relations",
    )
    INCIDENTS = "incidents", "våldshändelser", "voldshendelser", "incidents of violence"
    RISK_ASSESSMENTS = (
        "risk_assessments",
        "riskbedömningar",
        "risikovurderinger",
        "risk assessments",
    )
    HEALTH = (
        "health",
        "hälsa (även missbruk)",
        "helse (også rus)",
        "health (including substance use)",
    )
    OFFENCES = (
        "offences",
        "brott och misstankar om brott",
        "straffbare forhold og mistanker om dem",
        "offences and suspicions of crime",
    )
    CASE_HISTORY = (
        "case_history",
        "ärendets handläggning (anmälningar, utredningar, beslut, insatser)",
        "saksbehandlingen (meldinger, undersøkelser, vedtak, tiltak)",
        "case handling (reports, investigations, decisions, interventions)",
    )

    @property
    def reveals_whereabouts(self) -> bool:
        """Whether the category can reveal where a person lives or stays."""
        return self in (DataCategory.WHEREABOUTS, DataCategory.HOUSEHOLD)


class AddressProtection(LabelledEnum):
    """How a person's address is protected in the population register.

    Every level means the same for the library: the person's whereabouts, and those of the
    people they live with, reach only a recipient entitled to them (OSL 22 kap. 1 § in Sweden).
    The levels differ in what the register shows and in how they are granted, which matters to
    the professionals handling the case. ``unspecified`` is for records that say only that the
    identity is protected (documents of schema version 1 had no more than that).
    """

    UNSPECIFIED = (
        "unspecified",
        "skyddade personuppgifter (nivå ej angiven)",
        "adressebeskyttelse (nivå ikke oppgitt)",
        "protected personal data (level not recorded)",
    )
    CONFIDENTIALITY_MARKING = (
        "confidentiality_marking",
        "sekretessmarkering",
        "sekretessmarkering (Sverige)",
        "confidentiality marking (Sweden)",
    )
    PROTECTED_REGISTRATION = (
        "protected_registration",
        "skyddad folkbokföring",
        "skyddad folkbokföring (Sverige)",
        "protected population registration (Sweden)",
    )
    FICTITIOUS_IDENTITY = (
        "fictitious_identity",
        "fingerade personuppgifter",
        "fingerade personuppgifter (Sverige)",
        "fictitious identity (Sweden)",
    )
    CONFIDENTIAL_ADDRESS = (
        "confidential_address",
        "fortrolig adresse (Norge, kod 7)",
        "fortrolig adresse (kode 7)",
        "confidential address (Norway, code 7)",
    )
    STRICTLY_CONFIDENTIAL_ADDRESS = (
        "strictly_confidential_address",
        "strengt fortrolig adresse (Norge, kod 6)",
        "strengt fortrolig adresse (kode 6)",
        "strictly confidential address (Norway, code 6)",
    )
