"""WU, the scheduled warm-up tip: when it is due, and every limit that holds it back."""

from __future__ import annotations

import datetime as dt

from coach.nudges import Episode, PastNudge
from coach.nudges.warmup import warmup_due

DAY = dt.date(2026, 11, 24)


def sent(rule: str, days_ago: int, family: str = "caution") -> PastNudge:
    return PastNudge(DAY - dt.timedelta(days=days_ago), rule, family, True, None)


def test_it_follows_a_spike_tip_once() -> None:
    tip = warmup_due(DAY, past=[sent("R11", 1)], episode=None, muted_until=None)
    assert tip is not None and tip.rule_id == "WU"
    assert "R11 tip on Mon 23 Nov" in tip.why
    assert warmup_due(DAY, past=[sent("R11", 2), sent("WU", 1, "positive")], episode=None, muted_until=None) is None


def test_it_needs_a_recent_load_or_trend_tip() -> None:
    assert warmup_due(DAY, past=[], episode=None, muted_until=None) is None
    assert warmup_due(DAY, past=[sent("R11", 7)], episode=None, muted_until=None) is None
    assert warmup_due(DAY, past=[sent("R4", 1, "rest")], episode=None, muted_until=None) is None
    assert warmup_due(DAY, past=[sent("R11", 0)], episode=None, muted_until=None) is None


def test_it_respects_mute_the_daily_limit_the_weekly_cap_and_rest_episodes() -> None:
    past = [sent("R11", 1)]
    assert warmup_due(DAY, past=past, episode=None, muted_until=DAY) is None
    assert warmup_due(DAY, past=[*past, sent("R16", 0, "positive")], episode=None, muted_until=None) is None
    capped = [*past, sent("R6", 3), sent("R16", 5, "positive")]
    assert warmup_due(DAY, past=capped, episode=None, muted_until=None) is None
    resting = Episode(DAY - dt.timedelta(days=2), "rest", 3.0, 1, 0)
    assert warmup_due(DAY, past=past, episode=resting, muted_until=None) is None
    assert warmup_due(DAY, past=past, episode=Episode(DAY, "caution", 3.0, 0, 0), muted_until=None) is not None
