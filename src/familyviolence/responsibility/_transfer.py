"""Moving a case to another municipality: the request, the answer, what follows the case.

In Sweden a municipality asks another in writing to take over a case (överflyttning); if the
other does not answer in writing within a month, or refuses, the requesting one may apply to
the Health and Social Care Inspectorate (IVO). In Norway responsibility moves by agreement
between the municipalities; an agreement may set a time to answer. A :class:`TransferRequest`
records the request, the answer and what information follows the case, on which ground.
Whether the case's own time limits continue or restart after a transfer is not settled by the
sources the library has read: they are left as they are.
"""

from __future__ import annotations

import datetime as dt

from familyviolence._model import Model, model, public
from familyviolence._validators import (
    date_field,
    members_of,
    non_empty_id,
    optional_date,
    optional_instance_of,
)
from familyviolence.errors import InvalidModel
from familyviolence.law import LegalReference
from familyviolence.vocabulary import DataCategory, LabelledEnum

__all__ = ["TransferOutcome", "TransferRequest"]


class TransferOutcome(LabelledEnum):
    """The receiving municipality's answer to a request to take over a case."""

    ACCEPTED = "accepted", "begäran godtagen", "anmodning akseptert", "accepted"
    REFUSED = "refused", "begäran avslagen", "anmodning avslått", "refused"


@model
class TransferRequest(Model):
    """A request to move the case to another agency, and what came of it.

    >>> import datetime as dt
    >>> from familyviolence.vocabulary import DataCategory
    >>> from familyviolence.law import LegalReference
    >>> request = TransferRequest(
    ...     id="transfer-1", from_agency="soc-uppsala", to_agency="soc-enkoping",
    ...     requested_on=dt.date(2026, 4, 1),
    ...     information=(DataCategory.CONTACT_DETAILS,),
    ...     ground=LegalReference(statute="OSL 2009:400", provision="10 kap. 2 §"),
    ... )
    >>> request.answered
    False

    Attributes:
        id: Stable id of the request within the case.
        from_agency: Id of the agency that asks to hand the case over.
        to_agency: Id of the agency asked to take it.
        requested_on: The day the written request was sent.
        answered_on: The day the written answer came, if it has.
        outcome: The answer, given exactly when ``answered_on`` is.
        answer_by: The day an agreement between the agencies requires an answer by, if any.
        applied_to_supervisor_on: The day the requesting agency applied to the supervisory
            authority (in Sweden, IVO) to decide the transfer, if it did.
        information: What information follows the case to the receiving agency.
        ground: The provision it is disclosed on; required when information follows.
    """

    id: str = public(validator=non_empty_id)
    from_agency: str = public(validator=non_empty_id)
    to_agency: str = public(validator=non_empty_id)
    requested_on: dt.date = public(validator=date_field)
    answered_on: dt.date | None = public(default=None, validator=optional_date)
    outcome: TransferOutcome | None = public(
        default=None, validator=optional_instance_of(TransferOutcome)
    )
    answer_by: dt.date | None = public(default=None, validator=optional_date)
    applied_to_supervisor_on: dt.date | None = public(default=None, validator=optional_date)
    information: tuple[DataCategory, ...] = public(
        default=(), validator=members_of(DataCategory, required=False)
    )
    ground: LegalReference | None = public(
        default=None, validator=optional_instance_of(LegalReference)
    )

    def __attrs_post_init__(self) -> None:
        if self.from_agency == self.to_agency:
            raise InvalidModel("TransferRequest", "to_agency", "must differ from from_agency")
        if (self.answered_on is None) != (self.outcome is None):
            raise InvalidModel(
                "TransferRequest", "outcome", "is given exactly when answered_on is given"
            )
        for name in ("answered_on", "answer_by", "applied_to_supervisor_on"):
            day = getattr(self, name)
            if day is not None and day < self.requested_on:
                raise InvalidModel("TransferRequest", name, "must not be before requested_on")
        if self.information and self.ground is None:
            raise InvalidModel(
                "TransferRequest", "ground", "information that follows the case needs its ground"
            )

    @property
    def answered(self) -> bool:
        """Whether the receiving agency has answered."""
        return self.answered_on is not None

    def answered_by(self, day: dt.date) -> bool:
        """Whether the answer had come by the end of ``day``."""
        return self.answered_on is not None and self.answered_on <= day
