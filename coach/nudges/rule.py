"""A row of the rule table: what the rule is, how it is checked, where its evidence comes from."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from coach.nudges.context import RuleInput
from coach.nudges.model import Family, Trigger


@dataclass(frozen=True)
class Fired:
    """What a check reports: the rule's row turns it into a Trigger.

    ``advice``, ``family``, ``priority`` and ``worsening`` override the row's for rules with
    variants (R6 becomes a rest nudge, R9 escalates, R10 has two paths, R4 above the usual level
    is a worsening).
    """

    why: str
    inputs: dict[str, Any]
    metric: float | None = None
    advice: str | None = None
    family: Family | None = None
    priority: int | None = None
    worsening: bool | None = None


Check = Callable[["RuleInput"], Fired | None]
Hold = Callable[["RuleInput", Trigger], str | None]


def _always(ctx: RuleInput, trigger: Trigger) -> bool:
    return True


@dataclass(frozen=True)
class Rule:
    """One row of the rule table: what the rule is, how it is checked, and where it comes from.

    ``sustained``: it reads several days (a 3-day average, a week, a trend, a weekly pattern), not
    one morning; a one-morning warning does not hold it back within an episode.
    ``pauses_running``: sent as a rest tip, its advice is to stop running for now (R15 may later
    say to resume).
    ``opens_episode``: a trigger (sent or not) opens an M5 episode. ``keeps_open``: it is about
    today's pain, so it keeps an episode from closing. ``pain_scale``: ``metric`` is a 0-10 pain
    level, so M3's "2 points worse" bypass applies. ``holds_only_itself``: sending it starts no
    cool-down for other rules (information only). ``ignores_cool_down``: no cool-down holds it
    (the all-clear). ``covers``: rules that are held back on a day this one fires, sent or not
    (a named pattern covers the single-day rule it is made of). ``hold``: the rule's own repeat
    policy, returning the reason it is held back today, if it is.
    """

    id: str
    name: str
    family: Family
    priority: int
    check: Check
    advice: str
    condition: str  # when it fires, in plain words, with the thresholds
    source: str  # a few words, shown in the message
    reference: str  # the source in full, shown by /why
    worsening: bool = False
    sustained: bool = False
    pauses_running: bool = False
    opens_episode: bool = False
    keeps_open: bool = False
    pain_scale: bool = False
    holds_only_itself: bool = False
    ignores_cool_down: bool = False
    covers: tuple[str, ...] = ()
    enough: Callable[[RuleInput, Trigger], bool] = field(default=_always)
    hold: Hold | None = None
    stage: int = 1  # 2: needs today's other triggers and the episode state

    def trigger(self, fired: Fired) -> Trigger:
        clean = {k: _num(v) if isinstance(v, float) else v for k, v in fired.inputs.items()}
        return Trigger(
            rule_id=self.id,
            family=fired.family or self.family,
            priority=fired.priority or self.priority,
            why=fired.why,
            advice=fired.advice or self.advice,
            source=self.source,
            inputs=clean,
            metric=None if fired.metric is None else _num(fired.metric),
            worsening=self.worsening if fired.worsening is None else fired.worsening,
        )


def _num(x: float) -> float:
    return round(float(x), 3)
