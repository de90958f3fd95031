"""Positive notes: back to usual (R15); clinical-rules.md 7D. A positive note reassures and warns
of nothing, so it never starts a warning's cool-down, never counts towards a warning's weekly cap,
and never counts as a worsening nudge. The check sits above its row.

Corrections to clinical-rules.md
--------------------------------
- R15 follows only a flare in which Lumbar said to stop running for now (a rest tip whose row says
  ``pauses_running``: R4, R7, R12, R6 as a rest tip) and the pain really was up for 2 days or
  more (the 3-day average above the calm level, or pain above 5). After a single bad morning,
  "back to usual, resume gently" is news about nothing; after R5 ("make the next run easier")
  there is nothing to resume; after a rest tip that was never sent (muted, capped), "resume"
  answers advice the runner never got.
- R16 "steady week" (engineering default, no source) is dropped: it was 40% of all nudges sent
  and told the runner nothing their diary did not.
- AR (active recovery, a rest day logged during a rest episode) is dropped: every rest tip's
  advice already says to keep moving (walk, swim, easy bike; Dahm 2010, NICE NG59), so the note
  repeated it, once per false alarm, for about half a message a month on a stable diary.
"""

from __future__ import annotations

import datetime as dt

from coach import texts
from coach.nudges import metrics as m
from coach.nudges.context import RuleInput
from coach.nudges.model import EPS
from coach.nudges.rest import FRANDSEN, SILBERNAGEL
from coach.nudges.rule import Fired, Rule


def told_to_pause(ctx: RuleInput) -> bool:
    """A rest tip whose advice was to stop running went out in this episode."""
    ep = ctx.episode
    return ep is not None and any(
        (rule := ctx.rules.get(p.rule_id)) is not None and rule.pauses_running
        for p in ctx.sent_since(ep.opened_on, ("rest",))
    )


FLARE_MIN_DAYS = 2  # engineering default


def _flared(ctx: RuleInput) -> bool:
    """The episode had 2 days above the calm level or above the ceiling, not just one bad morning."""
    ep = ctx.episode
    assert ep is not None
    days = 0
    for k in range((ctx.day - ep.opened_on).days + 1):
        d = ep.opened_on + dt.timedelta(days=k)
        p3, pain = ctx.p3_on(d), m.pain_on(ctx.series, d)
        above = p3 is not None and p3 > ctx.close_level + EPS
        days += above or (pain is not None and pain >= ctx.t.rest_pain)
    return days >= FLARE_MIN_DAYS


# --- R15 ----------------------------------------------------------------------------------------


def check_r15(ctx: RuleInput) -> Fired | None:
    ep, t = ctx.episode, ctx.t
    if not ctx.closing or ep is None or ep.family not in ("rest", "see_pro") or ctx.p3 is None:
        return None
    level = ctx.pain if ctx.pain is not None else ctx.p3
    if level > t.safe_pain + EPS or not told_to_pause(ctx) or not _flared(ctx):
        return None
    return Fired(
        texts.why_back_to_usual(ctx.p3, ctx.base, t.close_margin, t.close_days, t.close_level_unknown_base),
        {
            "pain_3day_avg": ctx.p3,
            "usual": ctx.base,
            "calm_level": ctx.close_level,
            "calm_days": t.close_days,
            "pain": ctx.pain,
            "episode_opened": ep.opened_on.isoformat(),
        },
        ctx.p3,
    )


R15 = Rule(
    id="R15",
    name=texts.RULE_TEXT["R15"].name,
    family="positive",
    priority=100,
    check=check_r15,
    advice=texts.RULE_TEXT["R15"].advice,
    condition=texts.RULE_TEXT["R15"].condition,
    source="Silbernagel 2007; Frandsen 2025",
    reference=f"{SILBERNAGEL}; {FRANDSEN}",
    ignores_cool_down=True,
    stage=2,
)


RULES = (R15,)
