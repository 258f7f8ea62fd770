"""References to the law: which statute and provision a rule comes from, and how sure we are.

A rule the library ships cites its source with a :class:`LegalReference`. Where the section
number could not be confirmed, the reference names the law only and says so (``verified`` is
false): a section number is never guessed.
"""

from __future__ import annotations

from familyviolence._model import Model, model, public
from familyviolence._validators import non_blank, optional_non_blank

__all__ = ["LegalReference"]


@model
class LegalReference(Model):
    """A statute, the provision in it where known, and whether the reference is confirmed.

    >>> ref = LegalReference(statute="SoL 2025:400", provision="20 kap. 2 §", verified=True)
    >>> str(ref)
    'SoL 2025:400 20 kap. 2 §'
    >>> unconfirmed = LegalReference(
    ...     statute="barnevernsloven 2021:97", verified=False, note="section not confirmed"
    ... )
    >>> str(unconfirmed)
    'barnevernsloven 2021:97 (unverified: section not confirmed)'

    Attributes:
        statute: The statute, as it is usually cited (``"SoL 2001:453"``,
            ``"barnevernsloven 2021:97"``).
        provision: Chapter, section and paragraph (``"11 kap. 1 a § 2nd para."``,
            ``"§ 2-1"``), or ``None`` when the provision is not known: then the law is cited by
            name only.
        verified: Whether the reference has been confirmed against the law text. An
            unverified reference is shipped, but must be checked before it is relied on.
        note: Why a reference is unverified, or anything else a reader must know.
    """

    statute: str = public(validator=non_blank)
    provision: str | None = public(default=None, validator=optional_non_blank)
    verified: bool = public(default=False)
    note: str | None = public(default=None, validator=optional_non_blank)

    def __str__(self) -> str:
        cited = self.statute if self.provision is None else f"{self.statute} {self.provision}"
        if self.verified:
            return cited
        return f"{cited} (unverified{': ' + self.note if self.note else ''})"
