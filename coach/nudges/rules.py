"""The rule table (clinical-rules.md section 7), for a physiotherapist to review, in M1 priority
order. Each row lives beside its check in a module per family:

- coach/nudges/rest.py      R12 spike plus pain, PT weekly pattern, R5 not settled, R7 flare, R4 ceiling
- coach/nudges/see_pro.py   R10 worse after easing off, R9 not improving
- coach/nudges/caution.py   R6 up on last week, R8 creeping up, RB back after a break, R11 spike,
                            R13 weekly jump, DT too few ratings to judge
- coach/nudges/positive.py  R15 back to usual

R1-R3 (the red-flag screen) live in coach/redflags.py and the engine's ``ask_screen``; R14 (the
load ratio) is a weekly-summary figure, never a nudge; R16 (steady week) and AR (active
recovery) were dropped. Their
thresholds are in thresholds.py; every sentence a runner reads is in coach/texts/nudges.py.
"""

from __future__ import annotations

from coach.nudges import caution, positive, rest, see_pro
from coach.nudges.model import Family
from coach.nudges.rule import Rule

RULES: tuple[Rule, ...] = tuple(
    sorted(rest.RULES + see_pro.RULES + caution.RULES + positive.RULES, key=lambda r: r.priority)
)
RULE_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
WORSENING: frozenset[str] = frozenset(r.id for r in RULES if r.worsening)
PAIN_RULES: frozenset[str] = frozenset(r.id for r in RULES if r.pain_scale)

__all__ = ["PAIN_RULES", "RULES", "RULE_BY_ID", "WORSENING", "Family", "Rule"]
