"""Running clubs in the conversation: create, join, leave, and broadcast with a preview and a confirm.

Every organiser action checks the role in storage, and buttons check it again when pressed:
callback data comes from the client and proves nothing.
"""

from __future__ import annotations

from coach import texts
from handlers.replies import Button, Reply
from handlers.turn import Turn
from storage import broadcasts, clubs

ORGANISERS = ("owner", "coach")
MAX_NAME = 60
MAX_BROADCAST = 3500


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
        return [Reply(texts.broadcast_queued(broadcasts.confirm(turn.db, draft, now=turn.now)))]
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
