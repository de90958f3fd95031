"""Running clubs: who belongs, in which role, and what each member agreed to share."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from sqlite_utils import Database

from storage.db import rows, utc_text

ROLES = ("owner", "coach", "member")
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


@dataclass(frozen=True)
class Club:
    id: int
    name: str
    code: str
    tz: str
    owner_id: int


@dataclass(frozen=True)
class Member:
    club_id: int
    runner_id: int
    role: str
    display_name: str | None
    share_aggregate: bool
    share_summary: bool
    unreachable: bool
    channel: str
    chat_id: str


def _club(row: dict) -> Club:
    return Club(row["id"], row["name"], row["code"], row["tz"], row["owner_id"])


def new_code() -> str:
    """Eight characters without look-alikes (0/O, 1/I): typed by hand from a poster or a chat."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))


def create_club(db: Database, name: str, owner_id: int, tz: str, *, now: dt.datetime) -> Club:
    with db.atomic():
        code = new_code()
        while db.table("clubs").count_where("code = ?", [code]):
            code = new_code()
        club_id = db.table("clubs").insert(
            {"name": name, "code": code, "tz": tz, "owner_id": owner_id, "created_at": utc_text(now)}
        ).last_pk
        add_member(db, club_id, owner_id, "owner", now=now)
    return get_club(db, club_id)


def get_club(db: Database, club_id: int) -> Club:
    return _club(db.table("clubs").get(club_id))


def maybe_club(db: Database, club_id: int) -> Club | None:
    rows = list(db.table("clubs").rows_where("id = ?", [club_id]))
    return _club(rows[0]) if rows else None


def club_by_code(db: Database, code: str) -> Club | None:
    rows = list(db.table("clubs").rows_where("code = ?", [code.strip().upper()], limit=1))
    return _club(rows[0]) if rows else None


def add_member(db: Database, club_id: int, runner_id: int, role: str, *, now: dt.datetime,
               display_name: str | None = None) -> None:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    db.table("club_members").upsert(
        {"club_id": club_id, "runner_id": runner_id, "role": role, "joined_at": utc_text(now),
         "display_name": display_name},
        pk=("club_id", "runner_id"),
    )


def coach_code(db: Database, club_id: int) -> str:
    """A second code that makes whoever joins with it a coach; made on first use, reused after."""
    current = db.table("clubs").get(club_id)["coach_code"]
    if current:
        return current
    code = new_code()
    while db.table("clubs").count_where("code = ? or coach_code = ?", [code, code]):
        code = new_code()
    db.table("clubs").update(club_id, {"coach_code": code})
    return code


def club_by_coach_code(db: Database, code: str) -> Club | None:
    rows = list(db.table("clubs").rows_where("coach_code = ?", [code.strip().upper()], limit=1))
    return _club(rows[0]) if rows else None


def remove_member(db: Database, club_id: int, runner_id: int, *, now: dt.datetime | None = None) -> bool:
    """Take a member out; with ``now`` it is a removal by an organiser, which sticks until a fresh invite."""
    removed = db.execute(
        "delete from club_members where club_id = ? and runner_id = ? and role != 'owner'", [club_id, runner_id]
    ).rowcount > 0
    if removed and now is not None:
        db.table("club_removals").upsert(
            {"club_id": club_id, "runner_id": runner_id, "removed_at": utc_text(now)}, pk=("club_id", "runner_id")
        )
    return removed


def removed_at(db: Database, club_id: int, runner_id: int) -> dt.datetime | None:
    rows = list(db.table("club_removals").rows_where("club_id = ? and runner_id = ?", [club_id, runner_id]))
    return dt.datetime.fromisoformat(rows[0]["removed_at"]) if rows else None


def forget_removal(db: Database, club_id: int, runner_id: int) -> None:
    db.execute("delete from club_removals where club_id = ? and runner_id = ?", [club_id, runner_id])


@dataclass(frozen=True)
class Invite:
    code: str
    club_id: int
    role: str
    created_at: dt.datetime


def create_invite(db: Database, club_id: int, organiser_id: int, role: str, *, now: dt.datetime,
                  lasts: dt.timedelta) -> str:
    """A one-time code: whoever uses it first joins in ``role``; an organiser's way to re-admit a removed member."""
    if role not in ("member", "coach"):
        raise ValueError(f"no invites for role {role!r}")
    code = new_code()
    while db.table("clubs").count_where("code = ?", [code]) or db.table("club_invites").count_where("code = ?", [code]):
        code = new_code()
    db.table("club_invites").insert({
        "code": code, "club_id": club_id, "role": role, "runner_id": organiser_id,
        "created_at": utc_text(now), "expires_at": utc_text(now + lasts),
    })
    return code


def open_invite(db: Database, code: str, *, now: dt.datetime) -> Invite | None:
    rows = list(db.table("club_invites").rows_where(
        "code = ? and used_at is null and expires_at > ?", [code.strip().upper(), utc_text(now)]
    ))
    if not rows:
        return None
    row = rows[0]
    return Invite(row["code"], row["club_id"], row["role"], dt.datetime.fromisoformat(row["created_at"]))


def use_invite(db: Database, code: str, *, now: dt.datetime) -> bool:
    return db.execute(
        "update club_invites set used_at = ? where code = ? and used_at is null and expires_at > ?",
        [utc_text(now), code, utc_text(now)],
    ).rowcount > 0


def role_of(db: Database, club_id: int, runner_id: int) -> str | None:
    rows = list(db.table("club_members").rows_where("club_id = ? and runner_id = ?", [club_id, runner_id]))
    return rows[0]["role"] if rows else None


def clubs_of(db: Database, runner_id: int, roles: tuple[str, ...] = ROLES) -> list[tuple[Club, str]]:
    marks = ", ".join("?" for _ in roles)
    rows = db.query(
        "select clubs.*, club_members.role from clubs join club_members on club_members.club_id = clubs.id"
        f" where club_members.runner_id = ? and club_members.role in ({marks}) order by clubs.id",
        [runner_id, *roles],
    )
    return [(_club(row), row["role"]) for row in rows]


def members(db: Database, club_id: int) -> list[Member]:
    rows = db.query(
        "select club_members.*, runners.channel, runners.chat_id, runners.unreachable from club_members"
        " join runners on runners.id = club_members.runner_id where club_id = ? order by club_members.joined_at",
        [club_id],
    )
    return [
        Member(r["club_id"], r["runner_id"], r["role"], r["display_name"], bool(r["share_aggregate"]),
               bool(r["share_summary"]), bool(r["unreachable"]), r["channel"], r["chat_id"])
        for r in rows
    ]


def set_sharing(db: Database, club_id: int, runner_id: int, *, aggregate: bool | None = None,
                summary: bool | None = None) -> None:
    fields = {}
    if aggregate is not None:
        fields["share_aggregate"] = int(aggregate)
    if summary is not None:
        fields["share_summary"] = int(summary)
    if fields:
        db.table("club_members").update((club_id, runner_id), fields)


def hand_over_or_close(db: Database, runner_id: int) -> None:
    """Before a runner is erased: each club they own passes to a coach or the longest-standing member, or closes."""
    for club, _ in clubs_of(db, runner_id, ("owner",)):
        heirs = [m for m in members(db, club.id) if m.runner_id != runner_id]
        heirs.sort(key=lambda m: m.role != "coach")
        if heirs:
            db.table("clubs").update(club.id, {"owner_id": heirs[0].runner_id})
            db.table("club_members").update((club.id, heirs[0].runner_id), {"role": "owner"})
        else:
            db.execute("delete from outbox where broadcast_id in (select id from broadcasts where club_id = ?)", [club.id])
            for table in ("club_members", "broadcasts", "club_reminders", "club_groups", "club_invites", "club_removals"):
                db.execute(f"delete from {table} where club_id = ?", [club.id])
            db.execute("delete from clubs where id = ?", [club.id])


def link_group(db: Database, club_id: int, chat_id: str, runner_id: int, *, now: dt.datetime) -> None:
    db.table("club_groups").upsert(
        {"club_id": club_id, "chat_id": chat_id, "runner_id": runner_id, "linked_at": utc_text(now)},
        pk=("club_id", "chat_id"),
    )


def groups_of(db: Database, club_id: int) -> list[str]:
    return [row["chat_id"] for row in db.table("club_groups").rows_where("club_id = ?", [club_id], order_by="linked_at")]


def clubs_due_digest(db: Database, now: dt.datetime) -> list[Club]:
    """Clubs whose digest is due, or never planned yet: two searches of the next_digest_utc index (m014)."""
    found = rows(db, "select * from clubs where next_digest_utc is null union all"
                     " select * from clubs where next_digest_utc <= ?", [utc_text(now)])
    return [_club(r) for r in sorted(found, key=lambda r: r["id"])]


def next_digest_at(db: Database, club_id: int) -> dt.datetime | None:
    value = db.table("clubs").get(club_id)["next_digest_utc"]
    return dt.datetime.fromisoformat(value) if value else None


def set_next_digest(db: Database, club_id: int, due: dt.datetime) -> None:
    db.table("clubs").update(club_id, {"next_digest_utc": utc_text(due)})


def current_club_id(db: Database, runner_id: int) -> int | None:
    return db.table("runners").get(runner_id)["current_club_id"]


def set_current_club(db: Database, runner_id: int, club_id: int) -> None:
    db.table("runners").update(runner_id, {"current_club_id": club_id})
