"""Positive notes: back to usual (R15) and active recovery (AR); clinical-rules.md 7D. They praise
or reassure and warn of nothing, so they never start a warning's cool-down, never count towards
a warning's weekly cap, and never count as a worsening nudge. Each check sits above its row.

Corrections to clinical-rules.md
--------------------------------
- R15 follows only a flare in which Lumbar suggested resting (a rest tip was sent) and the pain
  really was up (a day with the 3-day average above the calm level, or pain above 5). After a
  single bad morning, "back to usual, resume gently" is news about nothing; after a rest tip that
  was never sent (muted, capped), "resume" answers advice the runner never got.
- R16 "steady week" (engineering default, no source) is dropped: it was 40% of all nudges sent
  and told the runner nothing their diary did not.
- AR (active recovery, new): a rest day logged during a flare in which a rest tip was sent
  suggests walking, swimming, cycling or yoga (Dahm 2010; NICE NG59 "keep active"). Like every
  lower family it waits out the 72 h after a rest nudge, whose advice already says the same.
"""

from __future__ import annotations

import datetime as dt

from coach import texts
from coach.nudges import metrics as m
from coach.nudges.context import RuleInput
from coach.nudges.model import EPS, Fired, Rule
from coach.nudges.rest import FRANDSEN, SILBERNAGEL


def rest_tip_sent(ctx: RuleInput) -> bool:
    ep = ctx.episode
    return ep is not None and bool(ctx.sent_since(ep.opened_on, ("rest",)))


def _flared(ctx: RuleInput) -> bool:
    """The episode had a day above the calm level or above the ceiling, not just one bad rise."""
    ep = ctx.episode
    assert ep is not None
    for k in range((ctx.day - ep.opened_on).days + 1):
        d = ep.opened_on + dt.timedelta(days=k)
        p3, pain = ctx.p3_on(d), m.pain_on(ctx.series, d)
        if (p3 is not None and p3 > ctx.close_level + EPS) or (pain is not None and pain >= ctx.t.rest_pain):
            return True
    return False


# --- R15 ----------------------------------------------------------------------------------------


def check_r15(ctx: RuleInput) -> Fired | None:
    ep, t = ctx.episode, ctx.t
    if not ctx.closing or ep is None or ep.family not in ("rest", "see_pro") or ctx.p3 is None:
        return None
    level = ctx.pain if ctx.pain is not None else ctx.p3
    if level > t.safe_pain + EPS or not rest_tip_sent(ctx) or not _flared(ctx):
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


# --- AR -----------------------------------------------------------------------------------------


def check_ar(ctx: RuleInput) -> Fired | None:
    ep, run = ctx.episode, ctx.run_day
    if (
        ep is None
        or ctx.after is None
        or ep.family not in ("rest", "see_pro")
        or run is None
        or run < ep.opened_on
        or m.km_on(ctx.series, run) != 0
        or not rest_tip_sent(ctx)
    ):
        return None
    return Fired(
        texts.why_active_recovery(run),
        {"rest_date": run.isoformat(), "episode_opened": ep.opened_on.isoformat()},
    )


AR = Rule(
    id="AR",
    name=texts.RULE_TEXT["AR"].name,
    family="positive",
    priority=120,
    check=check_ar,
    advice=texts.RULE_TEXT["AR"].advice,
    condition=texts.RULE_TEXT["AR"].condition,
    source="Dahm 2010, Cochrane; NICE NG59",
    reference="Dahm KT et al. Advice to rest in bed versus advice to stay active for acute low-back "
    "pain and sciatica. Cochrane CD007612 2010; NICE NG59; Qaseem A et al. (ACP) Ann Intern Med "
    "2017;166(7):514-530",
    stage=2,
)

RULES = (R15, AR)
