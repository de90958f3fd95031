"""The nudge engine's plain records: what fired today, what was sent before, what the caller stores.

Everything in ``coach.nudges`` imports from here and nothing here imports them. A rule's nature
(its family, whether it opens an episode, whether its metric is on the 0-10 pain scale) is a field
of its row in ``coach.nudges.rule``, read by the engine, never a hand-kept list of rule ids.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal, Protocol

Family = Literal["rest", "see_pro", "caution", "positive"]
FAMILY_RANK: dict[str, int] = {"positive": 0, "caution": 1, "see_pro": 2, "rest": 3}
EPS = 1e-9


@dataclass(frozen=True)
class Trigger:
    """A rule that fired today, with the numbers behind it (M9, M10)."""

    rule_id: str
    family: Family
    priority: int  # M1 order, lower = more important
    why: str  # the numbers that fired it, in the runner's unit
    advice: str  # one line
    source: str  # a few words
    inputs: dict[str, Any]  # JSON-serialisable numbers behind `why`, for the log (M10)
    metric: float | None  # the driving pain-scale metric, for M3's "a further 2 points"
    worsening: bool  # pain-worsening rules: what the false-alarm figure counts


@dataclass(frozen=True)
class PastNudge:
    """One row of the nudge log: everything sent or suppressed before."""

    date: dt.date
    rule_id: str
    family: Family
    sent: bool
    metric: float | None


@dataclass(frozen=True)
class Episode:
    """M5: a stretch of worse pain, stored by the caller between days."""

    opened_on: dt.date
    family: Family
    baseline: float | None  # the usual level before the episode, frozen while it is open
    worsening_fires: int
    calm_days: int


@dataclass(frozen=True)
class Decision:
    send: Trigger | None
    suppressed: tuple[tuple[Trigger, str], ...]
    episode: Episode | None  # state after today (None = no open episode)
    episode_closed: bool
    ask_screen: str | None  # why the red-flag screen (R3) should be asked today, if it should


class RuleTraits(Protocol):
    """What a rule reading the day needs to know of another rule's row (``coach.nudges.rule.Rule``)."""

    sustained: bool
    pauses_running: bool
