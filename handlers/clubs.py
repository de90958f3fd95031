"""Running clubs in the conversation: create, join, leave, and broadcast with a preview and a confirm.

Every organiser action checks the role in storage, and buttons check it again when pressed:
callback data comes from the client and proves nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from coach import texts
from coach.schedule import at_local, next_gentle_moment, next_weekly_after
from coach.zones import parse_clock_time, tzinfo_for
from handlers.replies import Button, Reply
from handlers.turn import Turn
from storage import broadcasts, club_reminders, clubs, runners

ORGANISERS = ("owner", "coach")
MAX_NAME = 60
MAX_BROADCAST = 3500
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def club(turn: Turn, args: str, *, bot_username: str | None = None) -> list[Reply]:
    action, _, rest = args.strip().partition(" ")
    if action.lower() == "new" and rest.strip():
        made = clubs.create_club(turn.db, rest.strip()[:MAX_NAME], turn.runner.id, turn.runner.tz, now=turn.now)
        link = f"https://t.me/{bot_username}?start=club_{made.code}" if bot_username else None
        return [Reply(texts.club_created(made.name, made.code, link))]
    if action:
        return [Reply(texts.club_usage())]
    mine = clubs.clubs_of(turn.db, turn.runner.id)
    return [Reply(texts.club_list([f"• {c.name} ({role}), code {c.code}" for c, role in mine]))]


def join(turn: Turn, args: str) -> list[Reply]:
    found = clubs.club_by_code(turn.db, args.strip().removeprefix("club_")) if args.strip() else None
    if found is None:
        return [Reply(texts.club_unknown_code())]
    buttons = ((Button("Join", f"club:join:{found.id}"), Button("Cancel", "club:cancel:0")),)
    return [Reply(texts.club_join_preview(found.name), buttons)]


def leave(turn: Turn, args: str) -> list[Reply]:
    mine = [(c, role) for c, role in clubs.clubs_of(turn.db, turn.runner.id) if role != "owner"]
    if not mine:
        return [Reply(texts.not_in_a_club())]
    return [Reply("Leave which club?", tuple((Button(f"Leave {c.name}", f"club:leave:{c.id}"),) for c, _ in mine))]


def broadcast(turn: Turn, args: str) -> list[Reply]:
    text = args.strip()
    own = clubs.clubs_of(turn.db, turn.runner.id, ORGANISERS)
    if not own:
        return [Reply(texts.broadcast_not_allowed())]
    if not text:
        return [Reply(texts.broadcast_usage())]
    replies = []
    for found, _ in own:
        draft = broadcasts.draft(turn.db, found.id, turn.runner.id, text[:MAX_BROADCAST], now=turn.now)
        count = len([m for m in clubs.members(turn.db, found.id) if m.runner_id != turn.runner.id and not m.unreachable])
        buttons = ((Button("Send", f"bc:send:{draft.id}"), Button("Cancel", f"bc:cancel:{draft.id}")),)
        replies.append(Reply(texts.broadcast_preview(found.name, count, draft.text), buttons))
    return replies


def on_button(turn: Turn, kind: str, action: str, item: int) -> list[Reply]:
    if kind == "club":
        return _membership(turn, action, item)
    draft = broadcasts.get(turn.db, item)
    if draft is None or draft.runner_id != turn.runner.id or draft.status != "draft":
        return [Reply(texts.stale_button())]
    if clubs.role_of(turn.db, draft.club_id, turn.runner.id) not in ORGANISERS:
        return [Reply(texts.broadcast_not_allowed())]
    if action == "send":
        count = broadcasts.confirm(turn.db, draft, now=turn.now, deliver_at=deliver_at(turn.db, turn.now))
        return [Reply(texts.broadcast_queued(count))]
    broadcasts.cancel(turn.db, draft)
    return [Reply(texts.broadcast_cancelled())]


def _membership(turn: Turn, action: str, club_id: int) -> list[Reply]:
    if action == "cancel":
        return [Reply(texts.club_not_joined())]
    target = clubs.maybe_club(turn.db, club_id)
    if target is None:
        return [Reply(texts.stale_button())]
    if action == "join":
        if clubs.role_of(turn.db, club_id, turn.runner.id) is None:
            clubs.add_member(turn.db, club_id, turn.runner.id, "member", now=turn.now)
        return [Reply(texts.club_joined(target.name))]
    if action == "leave" and clubs.remove_member(turn.db, club_id, turn.runner.id):
        return [Reply(texts.club_left(target.name))]
    return [Reply(texts.stale_button())]


def remind(turn: Turn, args: str) -> list[Reply]:
    """``/remind add tue 18:00 <text>`` (weekly) or ``/remind add 2026-12-05 08:30 <text>``; ``list``; ``del <n>``."""
    own = clubs.clubs_of(turn.db, turn.runner.id, ORGANISERS)
    if not own:
        return [Reply(texts.broadcast_not_allowed())]
    club_ = own[0][0]
    action, _, rest = args.strip().partition(" ")
    if action == "list":
        listed = club_reminders.active_for(turn.db, club_.id)
        return [Reply(texts.reminder_list(club_.name, [_describe(r) for r in listed]))]
    if action == "del":
        listed = club_reminders.active_for(turn.db, club_.id)
        if not rest.strip().isdigit() or not 1 <= int(rest) <= len(listed):
            return [Reply(texts.remind_usage())]
        club_reminders.deactivate(turn.db, listed[int(rest) - 1].id)
        return [Reply(texts.reminder_deleted(int(rest)))]
    if action != "add":
        return [Reply(texts.remind_usage())]
    when, clock_text, text = (rest.split(" ", 2) + ["", ""])[:3]
    clock = parse_clock_time(clock_text)
    weekday = WEEKDAYS.index(when[:3].lower()) if when[:3].lower() in WEEKDAYS else None
    on_date = _iso_date(when) if weekday is None else None
    if clock is None or not text.strip() or (weekday is None and on_date is None):
        return [Reply(texts.remind_usage())]
    tz = tzinfo_for(club_.tz)
    next_at = next_weekly_after(turn.now, weekday, clock, tz) if weekday is not None else at_local(on_date, clock, tz)
    if next_at <= turn.now:
        return [Reply(texts.reminder_in_past())]
    made = club_reminders.add(turn.db, club_.id, turn.runner.id, text.strip()[:MAX_BROADCAST], weekday=weekday,
                              on_date=on_date, time=clock, next_at=next_at, now=turn.now)
    return [Reply(texts.reminder_added(club_.name, _describe(made)))]


def _describe(reminder: club_reminders.ClubReminder) -> str:
    when = f"every {WEEKDAYS[reminder.weekday].title()}" if reminder.weekday is not None else texts.day_label(reminder.on_date)
    return f"{when} at {reminder.time:%H:%M}: {reminder.text}"


def _iso_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def deliver_at(db, now: dt.datetime) -> Callable[[int], dt.datetime]:
    """When a club message may reach each member: now, or after their quiet hours or pause."""
    def moment(runner_id: int) -> dt.datetime:
        runner = runners.get_runner(db, runner_id)
        return next_gentle_moment(now, tzinfo_for(runner.tz), runner.quiet_start, runner.quiet_end, runner.paused_until)
    return moment


def send_due_reminders(db, now: dt.datetime) -> int:
    """Fan out every club reminder that is due into the outbox; each member's copy waits for their quiet hours."""
    queued = 0
    for reminder in club_reminders.due(db, now):
        with db.atomic():
            draft = broadcasts.draft(db, reminder.club_id, reminder.runner_id, reminder.text, now=now)
            queued += broadcasts.confirm(db, draft, now=now, deliver_at=deliver_at(db, now), report=False)
            club_ = clubs.get_club(db, reminder.club_id)
            upcoming = (
                next_weekly_after(now, reminder.weekday, reminder.time, tzinfo_for(club_.tz))
                if reminder.weekday is not None else None
            )
            club_reminders.set_next(db, reminder.id, upcoming)
    return queued
