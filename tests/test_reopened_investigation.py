"""A case reopened in the middle of an investigation may open a new one in its place."""

from familyviolence import Jurisdiction
from familyviolence.events import (
    CaseClosed,
    CaseReopened,
    ClosureReason,
    HelpRequested,
    InvestigationOpened,
)
from scenario import CHILD_WELFARE_WORKER, at, new_case

NW = CHILD_WELFARE_WORKER


def test_an_investigation_after_a_request_for_help_can_be_opened_anew_after_reopening():
    # The mother asks for help; the investigation opens, the case is closed and reopened, and
    # the service starts the investigation over: the request for help carries over to it.
    case = new_case(Jurisdiction.NO).record(
        HelpRequested(at=at("2026-05-04"), actor=NW, person_id="mother"),
        InvestigationOpened(at=at("2026-05-05"), actor=NW),
        CaseClosed(at=at("2026-05-20"), actor=NW, reason=ClosureReason.MOVED),
        CaseReopened(at=at("2026-06-02"), actor=NW, reason="Familien flyttet tilbake."),
    )
    assert case.state.investigation_open
    restarted = case.record(InvestigationOpened(at=at("2026-06-03"), actor=NW))
    assert restarted.state.investigation_open
    assert len(restarted.history) == 5
