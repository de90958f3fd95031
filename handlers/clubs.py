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
from coach.digest import MemberWeek, club_digest
from storage import broadcasts, club_reminders, clubs, diary, nudges, outbox, runners
from storage.db import utc_text

ORGANISERS = ("owner", "coach")
MAX_NAME = 60
MAX_BROADCAST = 3500
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DIGEST_DAY = 0
DIGEST_TIME = dt.time(8, 0)


def organised(turn: Turn, roles: tuple[str, ...] = ORGANISERS) -> clubs.Club | None:
    """The club an organiser's commands act on: the one chosen with ``/club use``, else their first."""
    own = [c for c, _ in clubs.clubs_of(turn.db, turn.runner.id, roles)]
    chosen = clubs.current_club_id(turn.db, turn.runner.id)
    return next((c for c in own if c.id == chosen), own[0] if own else None)


def club(turn: Turn, args: str, *, bot_username: str | None = None) -> list[Reply]:
    action, _, rest = args.strip().partition(" ")
    if action.lower() == "use":
        return _use(turn, rest)
    if action.lower() in ("coach", "remove", "digest"):
        return _organiser_action(turn, action.lower(), rest)
    if action.lower() == "new" and rest.strip():
        made = clubs.create_club(turn.db, rest.strip()[:MAX_NAME], turn.runner.id, turn.runner.tz, now=turn.now)
        link = f"https://t.me/{bot_username}?start=club_{made.code}" if bot_username else None
        return [Reply(texts.club_created(made.name, made.code, link))]
    if action:
        return [Reply(texts.club_usage())]
    mine = clubs.clubs_of(turn.db, turn.runner.id)
    current = organised(turn)
    lines = [f"• {c.name} ({role}), code {c.code}" + (" ← your commands act here" if current and c.id == current.id and len(mine) > 1 else "")
             for c, role in mine]
    return [Reply(texts.club_list(lines))]


def _use(turn: Turn, code: str) -> list[Reply]:
    found = clubs.club_by_code(turn.db, code) if code.strip() else None
    if found is None or clubs.role_of(turn.db, found.id, turn.runner.id) not in ORGANISERS:
        return [Reply(texts.club_unknown_code())]
    clubs.set_current_club(turn.db, turn.runner.id, found.id)
    return [Reply(texts.club_in_use(found.name))]


def join(turn: Turn, args: str) -> list[Reply]:
    code = args.strip().removeprefix("club_")
    coaching = clubs.club_by_coach_code(turn.db, code) if code else None
    found = coaching or (clubs.club_by_code(turn.db, code) if code else None)
    if found is None:
        return [Reply(texts.club_unknown_code())]
    action = "coach" if coaching else "join"
    buttons = ((Button("Join", f"club:{action}:{found.id}"), Button("Cancel", "club:cancel:0")),)
    return [Reply(texts.club_join_preview(found.name, as_coach=coaching is not None), buttons)]


def share(turn: Turn, args: str) -> list[Reply]:
    """Sharing with each club, opt-in and revocable: the anonymous numbers, and one's own summary by name."""
    mine = clubs.clubs_of(turn.db, turn.runner.id)
    if not mine:
        return [Reply(texts.not_in_a_club())]
    replies = []
    for found, _ in mine:
        me = next(m for m in clubs.members(turn.db, found.id) if m.runner_id == turn.runner.id)
        buttons = (
            (Button(("Stop sharing" if me.share_aggregate else "Share") + " pain trend (anonymous)", f"share:agg:{found.id}"),),
            (Button(("Stop sharing" if me.share_summary else "Share") + " my weekly numbers by name", f"share:sum:{found.id}"),),
        )
        replies.append(Reply(texts.sharing_status(found.name, me.share_aggregate, me.share_summary), buttons))
    return replies


def digest(turn: Turn, args: str) -> list[Reply]:
    own = clubs.clubs_of(turn.db, turn.runner.id, ORGANISERS)
    if not own:
        return [Reply(texts.broadcast_not_allowed())]
    return [Reply(club_digest_text(turn.db, found, turn.today, turn.runner.units)) for found, _ in own]


def club_digest_text(db, found: clubs.Club, today: dt.date, unit) -> str:
    week_end = today - dt.timedelta(days=1)
    weeks = []
    for m in clubs.members(db, found.id):
        entries = diary.entries_between(db, m.runner_id, week_end - dt.timedelta(days=13), week_end)
        episode = nudges.open_episode(db, m.runner_id) if m.share_aggregate else None
        weeks.append(MemberWeek(
            name=m.display_name or f"Member {m.runner_id}", shares_aggregate=m.share_aggregate,
            shares_summary=m.share_summary,
            week=[e for e in entries if e.date > week_end - dt.timedelta(days=7)],
            last_week=[e for e in entries if e.date <= week_end - dt.timedelta(days=7)],
            episode=episode.family if episode else None,
        ))
    return club_digest(found.name, week_end, weeks, unit)


def _organiser_action(turn: Turn, action: str, rest: str) -> list[Reply]:
    found = organised(turn, ("owner",) if action in ("coach", "remove") else ORGANISERS)
    if found is None:
        return [Reply(texts.owner_only() if action in ("coach", "remove") else texts.broadcast_not_allowed())]
    if action == "coach":
        return [Reply(texts.coach_code(found.name, clubs.coach_code(turn.db, found.id)))]
    if action == "digest":
        return [Reply(club_digest_text(turn.db, found, turn.today, turn.runner.units))]
    others = [m for m in clubs.members(turn.db, found.id) if m.runner_id != turn.runner.id]
    if not others:
        return [Reply(texts.no_members())]
    buttons = tuple(
        (Button(f"Remove {m.display_name or 'member ' + str(m.runner_id)} ({m.role})", f"cm:{found.id}:{m.runner_id}"),)
        for m in others
    )
    return [Reply(texts.remove_which(found.name), buttons)]


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
    if kind == "share":
        return _toggle_sharing(turn, action, item)
    if kind == "cm":
        return _remove_member(turn, int(action), item)
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
    if action in ("join", "coach"):
        current = clubs.role_of(turn.db, club_id, turn.runner.id)
        if current is None or (action == "coach" and current == "member"):
            role = "coach" if action == "coach" else "member"
            clubs.add_member(turn.db, club_id, turn.runner.id, role, now=turn.now, display_name=turn.name)
        return [Reply(texts.club_joined(target.name))] + _sharing_offer(turn, target)
    if action == "leave" and clubs.remove_member(turn.db, club_id, turn.runner.id):
        return [Reply(texts.club_left(target.name))]
    return [Reply(texts.stale_button())]


def remind(turn: Turn, args: str) -> list[Reply]:
    """``/remind add tue 18:00 <text>`` (weekly) or ``/remind add 2026-12-05 08:30 <text>``; ``list``; ``del <n>``."""
    club_ = organised(turn)
    if club_ is None:
        return [Reply(texts.broadcast_not_allowed())]
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


def _sharing_offer(turn: Turn, target: clubs.Club) -> list[Reply]:
    buttons = (
        (Button("Share pain trend (anonymous)", f"share:agg:{target.id}"),),
        (Button("Share my weekly numbers by name", f"share:sum:{target.id}"),),
    )
    return [Reply(texts.sharing_offer(target.name), buttons)]


def _toggle_sharing(turn: Turn, what: str, club_id: int) -> list[Reply]:
    me = next((m for m in clubs.members(turn.db, club_id) if m.runner_id == turn.runner.id), None)
    if me is None or what not in ("agg", "sum"):
        return [Reply(texts.stale_button())]
    if what == "agg":
        clubs.set_sharing(turn.db, club_id, turn.runner.id, aggregate=not me.share_aggregate)
    else:
        clubs.set_sharing(turn.db, club_id, turn.runner.id, summary=not me.share_summary)
    me = next(m for m in clubs.members(turn.db, club_id) if m.runner_id == turn.runner.id)
    return [Reply(texts.sharing_status(clubs.get_club(turn.db, club_id).name, me.share_aggregate, me.share_summary))]


def _remove_member(turn: Turn, club_id: int, runner_id: int) -> list[Reply]:
    """Checked again on the press: only the owner may remove, and never themselves."""
    if clubs.role_of(turn.db, club_id, turn.runner.id) != "owner" or runner_id == turn.runner.id:
        return [Reply(texts.owner_only())]
    if not clubs.remove_member(turn.db, club_id, runner_id):
        return [Reply(texts.stale_button())]
    return [Reply(texts.member_removed())]


def link_group(turn: Turn, group_chat_id: str, *, group_admin: bool) -> list[Reply]:
    """``/club link`` sent in a group: the sender must organise a club here AND be an admin of the group."""
    found = organised(turn)
    if found is None or not group_admin:
        return [Reply(texts.link_refused())]
    clubs.link_group(turn.db, found.id, group_chat_id, turn.runner.id, now=turn.now)
    return [Reply(texts.group_linked(found.name))]


def send_due_digests(db, now: dt.datetime) -> int:
    """Monday 08:00 in the club's zone: last week's digest to its owner and coaches, through the outbox."""
    queued = 0
    for found in clubs.clubs_due_digest(db, now):
        tz = tzinfo_for(found.tz)
        with db.atomic():
            due = clubs.next_digest_at(db, found.id)
            clubs.set_next_digest(db, found.id, next_weekly_after(now, DIGEST_DAY, DIGEST_TIME, tz))
            if due is None:
                continue
            today = due.astimezone(tz).date()
            when = deliver_at(db, now)
            organisers = [m for m in clubs.members(db, found.id) if m.role in ORGANISERS and not m.unreachable]
            for m in organisers:
                unit = runners.get_runner(db, m.runner_id).units
                queued += outbox.enqueue(db, [{
                    "channel": m.channel, "chat_id": m.chat_id, "runner_id": m.runner_id,
                    "text": club_digest_text(db, found, today, unit),
                    "idem_key": f"digest:{found.id}:{today.isoformat()}:runner:{m.runner_id}",
                    "next_attempt_utc": utc_text(when(m.runner_id)),
                }], now=now)
    return queued
