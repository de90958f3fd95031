"""The weekly club digest for owners and coaches, built only from what each member agreed to share.

Everyone in the club counts towards "checked in" and the club's total distance. Pain appears only
as an aggregate of the members who opted in to share with this club, and never for fewer than
three of them, so no single member's pain can be read off it. A member's own numbers appear by
name only if that member chose to share their weekly summary with the club's coaches.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from coach.models import Entry, Unit, in_order_sum
from coach.texts import day_label, distance_value_text

MIN_GROUP = 3


@dataclass(frozen=True)
class MemberWeek:
    name: str
    shares_aggregate: bool
    shares_summary: bool
    week: Sequence[Entry]
    last_week: Sequence[Entry]
    episode: str | None  # "rest" or "caution" while an episode is open


def _mean_pain(entries: Sequence[Entry]) -> float | None:
    pains = [e.pain for e in entries if e.pain is not None]
    return sum(pains) / len(pains) if pains else None


def _distance(entries: Sequence[Entry], unit: Unit) -> float:
    """Summed in the club's unit from the distances as typed, so 3 x 5 mi reads 15.0 mi."""
    return in_order_sum(e.distance_in(unit) or 0.0 for e in entries)


def club_digest(club: str, week_end: dt.date, members: Sequence[MemberWeek], unit: Unit) -> str:
    start = week_end - dt.timedelta(days=6)
    checked_in = sum(1 for m in members if m.week)
    lines = [
        f"{club}: week {day_label(start)} to {day_label(week_end)}",
        f"Checked in: {checked_in} of {len(members)} members",
        f"Club distance: {distance_value_text(in_order_sum(_distance(m.week, unit) for m in members), unit)}",
    ]
    sharing = [m for m in members if m.shares_aggregate]
    if len(sharing) >= MIN_GROUP:
        resting = sum(1 for m in sharing if m.episode == "rest")
        careful = sum(1 for m in sharing if m.episode == "caution")
        lines.append(f"Of {len(sharing)} members who share: {resting} easing off (rest), {careful} taking care (caution)")
        now = [p for p in (_mean_pain(m.week) for m in sharing) if p is not None]
        before = [p for p in (_mean_pain(m.last_week) for m in sharing) if p is not None]
        if len(now) >= MIN_GROUP:
            trend = f" (last week {sum(before) / len(before):.1f})" if len(before) >= MIN_GROUP else ""
            lines.append(f"Their average back pain: {sum(now) / len(now):.1f}{trend}")
    else:
        lines.append(f"Pain trends appear once {MIN_GROUP} or more members share them ({len(sharing)} do now).")
    named = [m for m in members if m.shares_summary and m.week]
    for m in named:
        pain = _mean_pain(m.week)
        pain_text = f"average pain {pain:.1f}" if pain is not None else "no pain ratings"
        lines.append(f"• {m.name}: {len(m.week)} days logged, {distance_value_text(_distance(m.week, unit), unit)}, {pain_text}")
    return "\n".join(lines)
