"""Running clubs: joining, invites, broadcasts, reminders, sharing and the digest."""

from __future__ import annotations

from coach.texts.errors import too_long

def delivery_report(club: str, counts: dict[str, int], problems: list[str]) -> str:
    total = sum(counts.values())
    lines = [f"Your message to {club}: delivered to {counts.get('sent', 0)} of {total}."]
    if counts.get("blocked"):
        lines.append(f"{counts['blocked']} blocked the bot or left Telegram; I won't send to them again.")
    if counts.get("held"):
        lines.append(f"{counts['held']} {'are' if counts['held'] != 1 else 'is'} on pause and will get it when they resume.")
    if counts.get("failed"):
        reasons = sorted(set(problems) - {"blocked"})
        lines.append(f"{counts['failed']} failed after retries" + (f" ({'; '.join(reasons[:3])})" if reasons else "") + ".")
    return "\n".join(lines)


def club_created(name: str, code: str, link: str | None) -> str:
    invite = f"Invite link: {link}\n" if link else ""
    return (
        f"Club \"{name}\" created. You're its owner.\n{invite}Join code: {code} (members send /join {code})\n"
        "Send reminders with /broadcast <text>."
    )


def club_usage() -> str:
    return (
        "Try /club new <name>, or /club to see your clubs. Organisers: /club invite (a one-time invite), "
        "/club coach add, /club remove, /club use <code>."
    )


def club_list(lines: list[str]) -> str:
    return "Your clubs:\n" + "\n".join(lines) if lines else "You're not in a club yet. /join <code> or /club new <name>."


def club_unknown_code() -> str:
    return "I don't know that club code. Check it with your organiser, e.g. /join K7QX2M9P"


def club_join_preview(name: str, *, as_coach: bool = False) -> str:
    role = " as a coach" if as_coach else ""
    return (
        f"Join \"{name}\"{role}?\nThe organisers can send you reminders. They see that you're a member, "
        "and the club's weekly totals count your check-ins and distance; your pain stays private unless "
        "you choose to share it."
    )


def club_joined(name: str) -> str:
    return f"Welcome to {name}! /leave to leave at any time."


def club_left(name: str) -> str:
    return f"You've left {name}."


def not_in_a_club() -> str:
    return "You're not in a club."


def broadcast_not_allowed() -> str:
    return "Only a club's owner or coaches can send to its members."


def broadcast_usage() -> str:
    return "Type the message after the command: /broadcast Track session tonight, warm up 10 minutes first"


def broadcast_preview(club: str, count: int, text: str) -> str:
    return f"This goes to {count} member{'s' if count != 1 else ''} of {club}:\n\n{text}"


def broadcast_nobody(club: str) -> str:
    return f"Nobody in {club} can get a message yet: invite members first (/club invite), then send it again."


def broadcast_queued(count: int) -> str:
    return f"Sending to {count} member{'s' if count != 1 else ''}. I'll report back when it's done."


def broadcast_cancelled() -> str:
    return "Cancelled: nothing was sent."


def club_not_joined() -> str:
    return "OK, not joined."


def remind_usage() -> str:
    return (
        "Try: /remind add tue 18:00 Track session tonight: warm up 10 minutes first\n"
        "or /remind add 2026-12-05 08:30 Parkrun tomorrow · /remind list · /remind del 2"
    )


def reminder_added(club: str, description: str) -> str:
    return f"Reminder for {club}: {description}. Members in quiet hours or on pause get it when those end."


def reminder_list(club: str, lines: list[str]) -> str:
    if not lines:
        return f"No reminders for {club}. " + remind_usage()
    return f"Reminders for {club}:\n" + "\n".join(f"{n}. {line}" for n, line in enumerate(lines, 1))


def remind_refused(reason: str, max_text: int) -> str:
    if reason == "too_long":
        return too_long("A reminder", max_text)
    if reason == "date_range":
        return "Pick a date from today up to a year ahead, e.g. /remind add 2026-12-05 08:30 Parkrun tomorrow"
    return remind_usage()


def reminder_deleted(number: int) -> str:
    return f"Reminder {number} deleted."


def reminder_in_past() -> str:
    return "That time has already passed. Pick a date and time ahead."


def sharing_offer(club: str) -> str:
    return (
        f"Want to share with {club}'s organisers? Both are optional and you can stop any time with /share:\n"
        "• your pain trend, only in an anonymous club average (shown when 3 or more share)\n"
        "• your own weekly numbers, by name"
    )


def sharing_status(club: str, aggregate: bool, summary: bool) -> str:
    return (
        f"{club}: pain trend in the anonymous average: {'shared' if aggregate else 'not shared'}; "
        f"your weekly numbers by name: {'shared' if summary else 'not shared'}."
    )


def owner_only() -> str:
    return "Only the club's owner can do that."


def invite_code(club: str, code: str, role: str, link: str | None, days: int) -> str:
    who = "your coach" if role == "coach" else "the runner you're inviting"
    becomes = "becomes a coach of" if role == "coach" else "joins"
    via = f"\nOr the link: {link}" if link else ""
    return (
        f"Send this to {who}: /join {code}{via}\n"
        f"It works once, for {days} days: whoever uses it first {becomes} {club}, so keep it private."
    )


def club_removed_ask_invite(club: str) -> str:
    return f"You were removed from {club}. To come back, ask an organiser for a new invite (/club invite)."


def leave_which() -> str:
    return "Leave which club?"


def no_members() -> str:
    return "There's nobody else in the club yet."


def remove_which(club: str) -> str:
    return f"Remove whom from {club}?"


def member_removed() -> str:
    return "Removed from the club."


def link_refused() -> str:
    return "Only a club's owner or coach who is also an admin of this group can link it."


def group_linked(club: str) -> str:
    return f"This group is now linked to {club}: club reminders and broadcasts will be posted here too."


def private_only() -> str:
    return "Let's keep that to a private chat: message me directly. In groups I only answer /club link."


def club_in_use(club: str) -> str:
    return f"Your organiser commands (/remind, /club coach add, /club remove, /club link) now act on {club}."
