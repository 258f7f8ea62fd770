"""The rule book: every rule set the library ships, the default selection, and evaluation with it.

The rules engine (:mod:`familyviolence.rules`) runs whatever rules it is given; this module, at
the top of the library, knows the shipped packs (Sweden's and Norway's law, good practice,
safety) and chooses the default: :func:`default_rules`. :func:`evaluate` judges a case with
them unless told otherwise.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping
from types import MappingProxyType

from familyviolence.cases import Case
from familyviolence.jurisdictions.no.rules import NORWAY_RULES
from familyviolence.jurisdictions.se.rules import SWEDEN_PROPOSED_RULES, SWEDEN_RULES
from familyviolence.rules import Findings, Rule, RuleContext, RuleSet
from familyviolence.rules.honour import HONOUR_RULES
from familyviolence.rules.interpreters import INTERPRETER_RULES
from familyviolence.rules.needs import NEEDS_RULES
from familyviolence.rules.practice import PRACTICE_RULES
from familyviolence.rules.protection import SAFETY_RULES
from familyviolence.rules.responsibility import RESPONSIBILITY_RULES
from familyviolence.rules.voice import VOICE_RULES
from familyviolence.rules.young_perpetrators import YOUNG_PERPETRATOR_RULES

__all__ = ["RULE_PACKS", "default_rules", "evaluate"]

RULE_PACKS: Mapping[str, RuleSet] = MappingProxyType(
    {
        "SE": SWEDEN_RULES,
        "NO": NORWAY_RULES,
        "practice": PRACTICE_RULES,
        "safety": SAFETY_RULES,
        "responsibility": RESPONSIBILITY_RULES,
        "voice": VOICE_RULES,
        "interpreters": INTERPRETER_RULES,
        "honour": HONOUR_RULES,
        "needs": NEEDS_RULES,
        "young": YOUNG_PERPETRATOR_RULES,
        "SE-proposed": SWEDEN_PROPOSED_RULES,
    }
)
"""Every rule set shipped, by name. ``SE-proposed`` is not run by default."""


@functools.cache
def default_rules() -> RuleSet:
    """The rules :func:`evaluate` runs unless told otherwise.

    Sweden's pack, Norway's pack, the practice rules, the safety rules, the rules on who
    decides and who holds a case, then the rules on the child's voice, interpreters,
    honour-related violence, other needs and young people who use violence, in that order; each
    case is evaluated against its own jurisdiction's rules and the rules for every case.
    Rules proposed but not confirmed in force (``RULE_PACKS["SE-proposed"]``) are left out:
    add them with :meth:`RuleSet.with_rules <familyviolence.rules.RuleSet.with_rules>`.

    >>> rules = default_rules()
    >>> rules.ids[:2]
    ('SE-PROTECTION-ASSESSMENT-OVERDUE', 'SE-PREASSESSMENT-OVERDUE')
    """
    return RuleSet(
        rules=(
            *SWEDEN_RULES,
            *NORWAY_RULES,
            *PRACTICE_RULES,
            *SAFETY_RULES,
            *RESPONSIBILITY_RULES,
            *VOICE_RULES,
            *INTERPRETER_RULES,
            *HONOUR_RULES,
            *NEEDS_RULES,
            *YOUNG_PERPETRATOR_RULES,
        )
    )


def evaluate(
    case: Case,
    *,
    on: dt.date,
    rules: RuleSet | Iterable[Rule] | None = None,
    context: RuleContext | None = None,
) -> Findings:
    """Evaluate ``case`` on the day ``on`` against the rules in force that day.

    Runs the rules of ``rules`` (by default :func:`default_rules`: the Swedish and Norwegian
    packs, the practice and the safety rules) that apply to the case's jurisdiction and are in
    force on ``on``, as :meth:`RuleSet.evaluate <familyviolence.rules.RuleSet.evaluate>` does.
    Only what was recorded by the end of ``on`` counts: later events are left out, and checks
    leave out incidents and assessments recorded later. So evaluating on a day before the case
    was opened finds no time limit overdue.

    Args:
        case: The case.
        on: The day to evaluate on (a date, never read from the clock).
        rules: The rules to run, in order; the shipped ones if ``None``.
        context: What the organisation knows that the case does not hold (the instrument
            catalogue, assessors' qualifications); by default the shipped catalogue only.

    Returns:
        The findings, in the rules' order, then by path and by person ids.

    Raises:
        TypeError: If ``on`` is not a date.
        RuleFailed: If a rule's check crashed (a bug in the rule), naming the first such rule,
            once every other rule has run: its ``findings`` are theirs, and list in ``failed``
            every rule that crashed.
    """
    if rules is None:
        chosen = default_rules()
    elif isinstance(rules, RuleSet):
        chosen = rules
    else:
        chosen = RuleSet(rules=tuple(rules))
    return chosen.evaluate(case, on=on, context=context)
