"""Norway's national child-welfare register: the reporting format, its code lists and controls.

Every Norwegian municipality reports its child-welfare cases to the national child-welfare
register (Nasjonalt barnevernregister, run by Statistics Norway) as XML in a published format.
This package writes that format, version 4.0.1, from the library's Norwegian cases:
:func:`to_register_xml` gives one validated document per child, with the register's own
controls (:data:`REGISTER_CONTROLS`) run on the case; the mapping of the library's vocabularies
onto the register's code lists is data (:data:`MAPPING_TABLES`).

It is an optional edge: the library never imports it, and validating needs the ``registers``
extra (``xmlschema``).
"""

from familyviolence.registers.barnevern._agency import (
    DISTRICT_MUNICIPALITIES,
    CaseSystem,
    ChildParticipation,
    ReportingAgency,
)
from familyviolence.registers.barnevern._build import Participation
from familyviolence.registers.barnevern._codes import (
    CODE_LISTS,
    FORMAT_VERSION,
    MAPPING_TABLES,
    SUPPORT_MEASURE_BASIS,
    CodeList,
    CodeMapping,
    LegalBasis,
    MappingTable,
    RegisterCode,
)
from familyviolence.registers.barnevern._controls import (
    NOT_APPLICABLE,
    REGISTER_CONTROLS,
    ControlNotApplicable,
)
from familyviolence.registers.barnevern._document import Omission
from familyviolence.registers.barnevern._export import (
    ExportRefused,
    RegisterDocument,
    draft_register_xml,
    to_register_xml,
)
from familyviolence.registers.barnevern._outcomes import (
    DecisionStatus,
    InvestigationOutcome,
    ParticipationKind,
    ReportOutcome,
)
from familyviolence.registers.barnevern._voice import recorded_participation

__all__ = [
    "CODE_LISTS",
    "DISTRICT_MUNICIPALITIES",
    "FORMAT_VERSION",
    "MAPPING_TABLES",
    "NOT_APPLICABLE",
    "REGISTER_CONTROLS",
    "SUPPORT_MEASURE_BASIS",
    "CaseSystem",
    "ChildParticipation",
    "CodeList",
    "CodeMapping",
    "ControlNotApplicable",
    "DecisionStatus",
    "ExportRefused",
    "InvestigationOutcome",
    "LegalBasis",
    "MappingTable",
    "Omission",
    "Participation",
    "ParticipationKind",
    "RegisterCode",
    "RegisterDocument",
    "ReportOutcome",
    "ReportingAgency",
    "draft_register_xml",
    "recorded_participation",
    "to_register_xml",
]
