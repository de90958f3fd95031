"""Running clubs in the conversation: create, join, leave, and broadcast with a preview and a confirm.

Every organiser action checks the role in storage, and buttons check it again when pressed:
callback data comes from the client and proves nothing.
"""

from __future__ import annotations

import datetime as dt

from coach import arguments, texts
from coach.schedule import at_local, next_weekly_after
from coach.zones import tzinfo_for
from handlers import offers
from handlers.callbacks import Dismiss, Leave
from handlers.club_delivery import ORGANISERS, club_digest_text, fan_out, reachable_members
from handlers.replies import Button, Reply, paged
from handlers.turn import Turn
from storage import broadcasts, club_reminders, clubs, grants

MAX_NAME = 60
MAX_BROADCAST = 3500
MAX_REMINDER = 1000
BUTTONS_PER_MESSAGE = 25
WEEKDAYS = arguments.WEEKDAYS
INVITE_LASTS = dt.timedelta(days=7)
MAX_DISPLAY_NAME = 40


def _short_name(name: str | None) -> str | None:
    return " ".join(name.split())[:MAX_DISPLAY_NAME] if name else None


def organised(turn: Turn, roles: tuple[str, ...] = ORGANISERS) -> clubs.Club | None:
    """The club an organiser's commands act on: the one chosen with ``/club use``, else their first."""
    own = [c for c, _ in clubs.clubs_of(turn.db, turn.runner.id, roles)]
    chosen = clubs.current_club_id(turn.db, turn.runner.id)
    return next((c for c in own if c.id == chosen), own[0] if own else None)


def club(turn: Turn, args: str, *, bot_username: str | None = None) -> list[Reply]:
    action, _, rest = args.strip().partition(" ")
    if action.lower() == "use":
        return _use(turn, rest)
    if action.lower() in ("coach", "remove", "digest", "invite"):
        return _organiser_action(turn, action.lower(), rest, bot_username)
    if action.lower() == "new" and rest.strip():
        name = arguments.free_text(" ".join(rest.split()), MAX_NAME)
        if isinstance(name, arguments.Refusal):
            return [Reply(texts.too_long("A club name", MAX_NAME))]
        made = clubs.create_club(turn.db, name, turn.runner.id, turn.runner.tz, now=turn.now)
        link = f"https://t.me/{bot_username}?start=club_{made.code}" if bot_username else None
        return [Reply(texts.club_created(made.name, made.code, link))]
    if action:
        return [Reply(texts.club_usage())]
    mine = clubs.clubs_of(turn.db, turn.runner.id)
    current = organised(turn)
    lines = [f"• {c.name} ({role}), code {c.code}" + (" ← your commands act here" if current and c.id == current.id and len(mine) > 1 else "")
             for c, role in mine]
    return paged(texts.club_list(lines))


def _use(turn: Turn, code: str) -> list[Reply]:
    found = clubs.club_by_code(turn.db, code) if code.strip() else None
    if found is None or clubs.role_of(turn.db, found.id, turn.runner.id) not in ORGANISERS:
        return [Reply(texts.club_unknown_code())]
    clubs.set_current_club(turn.db, turn.runner.id, found.id)
    return [Reply(texts.club_in_use(found.name))]


def join(turn: Turn, args: str) -> list[Reply]:
    """A join code, a one-time invite or an invite link: a preview whose Join button is a grant for this runner."""
    code = arguments.code(args)
    if isinstance(code, arguments.Refusal):
        return [Reply(texts.club_unknown_code())]
    invite = clubs.open_invite(turn.db, code, now=turn.now)
    found = clubs.maybe_club(turn.db, invite.club_id) if invite else clubs.club_by_code(turn.db, code)
    if found is None:
        return [Reply(texts.club_unknown_code())]
    if invite is None and clubs.removed_at(turn.db, found.id, turn.runner.id) is not None:
        return [Reply(texts.club_removed_ask_invite(found.name))]
    role = invite.role if invite else "member"
    join_button = offers.button(turn, "Join", "join", club=found.id, role=role, invite=invite.code if invite else None)
    buttons = ((join_button, Button("Cancel", Dismiss("join").encode())),)
    return [Reply(texts.club_join_preview(found.name, as_coach=role == "coach"), buttons)]


def joined(turn: Turn, club_id: int, role: str, invite: str | None) -> list[Reply]:
    """The Join grant pressed: everything is checked again now, and a used invite is spent."""
    target = clubs.maybe_club(turn.db, club_id)
    if target is None:
        return [Reply(texts.stale_button())]
    if invite is not None:
        if not clubs.use_invite(turn.db, invite, now=turn.now):
            return [Reply(texts.stale_button())]
        clubs.forget_removal(turn.db, club_id, turn.runner.id)
    elif clubs.removed_at(turn.db, club_id, turn.runner.id) is not None:
        return [Reply(texts.club_removed_ask_invite(target.name))]
    current = clubs.role_of(turn.db, club_id, turn.runner.id)
    if current is None or (role == "coach" and current == "member"):
        clubs.add_member(turn.db, club_id, turn.runner.id, role, now=turn.now, display_name=_short_name(turn.name))
    return [Reply(texts.club_joined(target.name))] + _sharing_offer(turn, target)


def share(turn: Turn, args: str) -> list[Reply]:
    """Sharing with each club, opt-in and revocable: the anonymous numbers, and one's own summary by name."""
    mine = clubs.clubs_of(turn.db, turn.runner.id)
    if not mine:
        return [Reply(texts.not_in_a_club())]
    return [_sharing_status(turn, found) for found, _ in mine]


def _sharing_status(turn: Turn, found: clubs.Club) -> Reply:
    me = next(m for m in clubs.members(turn.db, found.id) if m.runner_id == turn.runner.id)
    buttons = (
        (offers.button(turn, ("Stop sharing" if me.share_aggregate else "Share") + " pain trend (anonymous)",
                       "share", club=found.id, what="agg"),),
        (offers.button(turn, ("Stop sharing" if me.share_summary else "Share") + " my weekly numbers by name",
                       "share", club=found.id, what="sum"),),
    )
    return Reply(texts.sharing_status(found.name, me.share_aggregate, me.share_summary), buttons)


def digest(turn: Turn, args: str) -> list[Reply]:
    own = clubs.clubs_of(turn.db, turn.runner.id, ORGANISERS)
    if not own:
        return [Reply(texts.broadcast_not_allowed())]
    return [part for found, _ in own for part in paged(club_digest_text(turn.db, found, turn.today, turn.runner.units))]


def _organiser_action(turn: Turn, action: str, rest: str, bot_username: str | None) -> list[Reply]:
    found = organised(turn, ("owner",) if action in ("coach", "remove") else ORGANISERS)
    if found is None:
        return [Reply(texts.owner_only() if action in ("coach", "remove") else texts.broadcast_not_allowed())]
    if action in ("coach", "invite"):
        role = "coach" if action == "coach" else "member"
        code = clubs.create_invite(turn.db, found.id, turn.runner.id, role, now=turn.now, lasts=INVITE_LASTS)
        link = f"https://t.me/{bot_username}?start=club_{code}" if bot_username else None
        return [Reply(texts.invite_code(found.name, code, role, link, INVITE_LASTS.days))]
    if action == "digest":
        return paged(club_digest_text(turn.db, found, turn.today, turn.runner.units))
    others = [m for m in clubs.members(turn.db, found.id) if m.runner_id != turn.runner.id]
    if not others:
        return [Reply(texts.no_members())]
    buttons = [
        (offers.button(turn, f"Remove {m.display_name or 'member ' + str(m.runner_id)} ({m.role})", "remove",
                       club=found.id, member=m.runner_id),)
        for m in others
    ]
    return _button_pages(texts.remove_which(found.name), buttons)


def leave(turn: Turn, args: str) -> list[Reply]:
    mine = [(c, role) for c, role in clubs.clubs_of(turn.db, turn.runner.id) if role != "owner"]
    if not mine:
        return [Reply(texts.not_in_a_club())]
    return _button_pages(texts.leave_which(), [(Button(f"Leave {c.name}", Leave(c.id).encode()),) for c, _ in mine])


def _button_pages(title: str, rows: list[tuple[Button, ...]]) -> list[Reply]:
    """Long lists of buttons over several messages, so no keyboard grows past what a client shows."""
    pages = [tuple(rows[i : i + BUTTONS_PER_MESSAGE]) for i in range(0, len(rows), BUTTONS_PER_MESSAGE)]
    return [Reply(title if n == 0 else texts.more_buttons(n + 1, len(pages)), page) for n, page in enumerate(pages)]


def broadcast(turn: Turn, args: str) -> list[Reply]:
    own = clubs.clubs_of(turn.db, turn.runner.id, ORGANISERS)
    if not own:
        return [Reply(texts.broadcast_not_allowed())]
    text = arguments.free_text(args, MAX_BROADCAST)
    if isinstance(text, arguments.Refusal):
        too_long = text.reason == "too_long"
        return [Reply(texts.too_long("A club message", MAX_BROADCAST) if too_long else texts.broadcast_usage())]
    replies = []
    for found, _ in own:
        count = len(reachable_members(turn.db, found.id, besides=turn.runner.id))
        if count == 0 and not clubs.groups_of(turn.db, found.id):
            replies.append(Reply(texts.broadcast_nobody(found.name)))
            continue
        draft = broadcasts.draft(turn.db, found.id, turn.runner.id, text, now=turn.now)
        buttons = ((offers.button(turn, "Send", "broadcast", broadcast=draft.id, send=True),
                    offers.button(turn, "Cancel", "broadcast", broadcast=draft.id, send=False)),)
        replies.append(Reply(texts.broadcast_preview(found.name, count, draft.text), buttons))
    return replies


def broadcast_decided(turn: Turn, broadcast_id: int, send: bool) -> list[Reply]:
    """Send or Cancel pressed on a preview: the draft, its sender and their role are checked again."""
    grants.spend_all(turn.db, turn.runner.id, "broadcast", now=turn.now, broadcast=broadcast_id)
    draft = broadcasts.get(turn.db, broadcast_id)
    if draft is None or draft.runner_id != turn.runner.id or draft.status != "draft":
        return [Reply(texts.stale_button())]
    if clubs.role_of(turn.db, draft.club_id, turn.runner.id) not in ORGANISERS:
        return [Reply(texts.broadcast_not_allowed())]
    if not send:
        broadcasts.cancel(turn.db, draft)
        return [Reply(texts.broadcast_cancelled())]
    count = fan_out(turn.db, draft, now=turn.now)
    return [Reply(texts.broadcast_queued(count))]


def left(turn: Turn, club_id: int) -> list[Reply]:
    target = clubs.maybe_club(turn.db, club_id)
    if target is None or clubs.role_of(turn.db, club_id, turn.runner.id) in (None, "owner"):
        return [Reply(texts.stale_button())]
    clubs.remove_member(turn.db, club_id, turn.runner.id)
    return [Reply(texts.club_left(target.name))]


def remind(turn: Turn, args: str) -> list[Reply]:
    """``/remind add tue 18:00 <text>`` (weekly) or ``/remind add 2026-12-05 08:30 <text>``; ``list``; ``del <n>``."""
    club_ = organised(turn)
    if club_ is None:
        return [Reply(texts.broadcast_not_allowed())]
    action, _, rest = args.strip().partition(" ")
    listed = club_reminders.active_for(turn.db, club_.id)
    if action == "list":
        return paged(texts.reminder_list(club_.name, [_describe(r) for r in listed]))
    if action == "del":
        number = arguments.list_number(rest, len(listed))
        if isinstance(number, arguments.Refusal):
            return [Reply(texts.remind_usage())]
        club_reminders.deactivate(turn.db, listed[number - 1].id)
        return [Reply(texts.reminder_deleted(number))]
    rule = arguments.reminder_rule(rest, today=turn.today, max_text=MAX_REMINDER) if action == "add" else arguments.Refusal()
    if isinstance(rule, arguments.Refusal):
        return [Reply(texts.remind_refused(rule.reason, MAX_REMINDER))]
    tz = tzinfo_for(club_.tz)
    if rule.weekday is not None:
        next_at = next_weekly_after(turn.now, rule.weekday, rule.time, tz)
    else:
        next_at = at_local(rule.on_date, rule.time, tz)
    if next_at <= turn.now:
        return [Reply(texts.reminder_in_past())]
    made = club_reminders.add(turn.db, club_.id, turn.runner.id, rule.text, weekday=rule.weekday,
                              on_date=rule.on_date, time=rule.time, next_at=next_at, now=turn.now)
    return [Reply(texts.reminder_added(club_.name, _describe(made)))]


def _describe(reminder: club_reminders.ClubReminder) -> str:
    when = f"every {WEEKDAYS[reminder.weekday].title()}" if reminder.weekday is not None else texts.day_label(reminder.on_date)
    return f"{when} at {reminder.time:%H:%M}: {reminder.text}"


def _sharing_offer(turn: Turn, target: clubs.Club) -> list[Reply]:
    buttons = (
        (offers.button(turn, "Share pain trend (anonymous)", "share", club=target.id, what="agg"),),
        (offers.button(turn, "Share my weekly numbers by name", "share", club=target.id, what="sum"),),
    )
    return [Reply(texts.sharing_offer(target.name), buttons)]


def sharing_toggled(turn: Turn, club_id: int, what: str) -> list[Reply]:
    me = next((m for m in clubs.members(turn.db, club_id) if m.runner_id == turn.runner.id), None)
    if me is None or what not in ("agg", "sum"):
        return [Reply(texts.stale_button())]
    if what == "agg":
        clubs.set_sharing(turn.db, club_id, turn.runner.id, aggregate=not me.share_aggregate)
    else:
        clubs.set_sharing(turn.db, club_id, turn.runner.id, summary=not me.share_summary)
    return [_sharing_status(turn, clubs.get_club(turn.db, club_id))]


def member_removed(turn: Turn, club_id: int, runner_id: int) -> list[Reply]:
    """Checked again on the press: only the owner may remove, and never themselves. The removal sticks."""
    if clubs.role_of(turn.db, club_id, turn.runner.id) != "owner" or runner_id == turn.runner.id:
        return [Reply(texts.owner_only())]
    if not clubs.remove_member(turn.db, club_id, runner_id, now=turn.now):
        return [Reply(texts.stale_button())]
    return [Reply(texts.member_removed())]


def link_group(turn: Turn, group_chat_id: str, *, group_admin: bool) -> list[Reply]:
    """``/club link`` sent in a group: the sender must organise a club here AND be an admin of the group."""
    found = organised(turn)
    if found is None or not group_admin:
        return [Reply(texts.link_refused())]
    clubs.link_group(turn.db, found.id, group_chat_id, turn.runner.id, now=turn.now)
    return [Reply(texts.group_linked(found.name))]
