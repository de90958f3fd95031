"""Setting a runner's next daily question and weekly summary from their settings.

Onboarding, settings, /resume and the command line call this; the sweep moves the times on.
"""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from coach import weeks
from coach.models import Runner
from coach.schedule import next_prompt_after
from coach.zones import tzinfo_for
from storage import runners


def schedule(db: Database, runner: Runner, now: dt.datetime) -> dt.datetime:
    """Set the next question and summary; returns the question's time."""
    tz = tzinfo_for(runner.tz)
    due = next_prompt_after(now, runner.checkin_time, tz)
    runners.set_next_prompt(db, runner.id, due)
    runners.set_next_summary(db, runner.id, next_summary_check(runner, now))
    return due


def next_summary_check(runner: Runner, now: dt.datetime) -> dt.datetime:
    """When the sweep looks for this runner's next weekly summary, if no answer has brought it first."""
    tz = tzinfo_for(runner.tz)
    local = weeks.next_check(runner.mode, now.astimezone(tz).replace(tzinfo=None), runner.checkin_time,
                             (runner.summary_day, runner.summary_time))
    return local.replace(tzinfo=tz).astimezone(dt.timezone.utc)
