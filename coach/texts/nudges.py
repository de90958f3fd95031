"""Around the tips: feedback, muting, /why. The tips' own sentences sit beside their rules."""

from __future__ import annotations

import datetime as dt
from coach.texts.common import day_label

def feedback_thanks(helpful: bool) -> str:
    return "Thanks, noted." if helpful else "Thanks, noted. That helps me tune the tips."


def no_nudge_yet() -> str:
    return "I haven't sent you a tip yet. When I do, /why shows the numbers behind it."


def nudges_on() -> str:
    return "Tips are back on. (Safety messages were never off.)"


def nudges_off(until: dt.date) -> str:
    return f"Tips muted until {day_label(until)}. Safety messages still come. /nudges on to undo."


def nudges_usage(max_days: int) -> str:
    return f"Try /nudges off 7d (1-{max_days} days) or /nudges on."


def nudges_status(muted_until: dt.date | None, max_days: int) -> str:
    state = f"muted until {day_label(muted_until)}" if muted_until else "on"
    return f"Tips are {state}. " + nudges_usage(max_days)


def why_header(day: dt.date) -> str:
    return f"My last tip, {day_label(day)}:"
