"""Club reminders at their local time and the Monday digest: both only queue messages; the drainer sends."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from coach.messages import split_lines
from coach.schedule import next_weekly_after
from coach.zones import tzinfo_for
from handlers import outgoing
from handlers.club_delivery import DIGEST_DAY, DIGEST_TIME, ORGANISERS, club_digest_text, fan_out
from handlers.replies import Reply
from storage import broadcasts, club_reminders, clubs, runners


def send_reminder(db: Database, reminder: club_reminders.ClubReminder, now: dt.datetime) -> int:
    """Fan one due club reminder out to the members, and set when it next comes (or retire a one-off)."""
    draft = broadcasts.draft(db, reminder.club_id, reminder.runner_id, reminder.text, now=now)
    queued = fan_out(db, draft, now=now, kind="club_reminder")
    club = clubs.get_club(db, reminder.club_id)
    upcoming = (
        next_weekly_after(now, reminder.weekday, reminder.time, tzinfo_for(club.tz))
        if reminder.weekday is not None else None
    )
    club_reminders.set_next(db, reminder.id, upcoming)
    return queued


def send_digest(db: Database, found: clubs.Club, now: dt.datetime) -> int:
    """Monday 08:00 in the club's zone: last week's digest to its owner and coaches."""
    due = clubs.next_digest_at(db, found.id)
    clubs.set_next_digest(db, found.id, next_weekly_after(now, DIGEST_DAY, DIGEST_TIME, tzinfo_for(found.tz)))
    if due is None:
        return 0
    today = due.astimezone(tzinfo_for(found.tz)).date()
    queued = 0
    for m in [m for m in clubs.members(db, found.id) if m.role in ORGANISERS and not m.unreachable]:
        unit = runners.get_runner(db, m.runner_id).units
        parts = [Reply(part) for part in split_lines(club_digest_text(db, found, today, unit))]
        queued += outgoing.enqueue(
            db, parts, channel=m.channel, chat_id=m.chat_id, runner_id=m.runner_id,
            key=f"digest:{found.id}:{today.isoformat()}:runner:{m.runner_id}", now=now, kind="digest",
            priority=outgoing.BULK, gentle_after=now,
        )
    return queued
