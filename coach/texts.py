"""Every sentence the runner reads, in one place, as plain functions. Short, friendly, no jargon."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from coach.models import KM_PER_MILE, Entry, Mode, Unit

CONSENT_WORDING = (
    "To keep your diary I store health data: a daily lower-back pain rating (0-10) and how far you ran, "
    "with the time zone and check-in time you choose, so I can ask at the right moment and show you trends. "
    "It stays in this bot's database, is never shared, and /delete erases it all."
)

NOT_A_DOCTOR = "I'm a diary, not a doctor: if the pain worries you, see a professional."


def day_label(day: dt.date) -> str:
    return day.strftime("%a ") + str(day.day) + day.strftime(" %b")


def distance_text(km: float | None, unit: Unit) -> str:
    if km is None:
        return "–"
    if km == 0:
        return "rest"
    value = km / KM_PER_MILE if unit is Unit.MI else km
    return f"{value:.1f} {unit.value}"


def entry_summary(entry: Entry, unit: Unit) -> str:
    parts = []
    if entry.pain is not None:
        parts.append(f"pain {entry.pain}")
    if entry.distance_km is not None:
        parts.append("rest day" if entry.distance_km == 0 else f"ran {distance_text(entry.distance_km, unit)}")
    return ", ".join(parts)


def welcome(club_code: str | None = None) -> str:
    club = f"\n\nTo join your club after setting up, send /join {club_code[:12]}" if club_code else ""
    return f"Hi, I'm Lumbar: a daily two-question diary for runners with a sore lower back.\n\n{CONSENT_WORDING}{club}"


def consent_declined() -> str:
    return "No problem: I haven't stored anything. Send /start if you change your mind."


def needs_start() -> str:
    return "Hi! Send /start to set up your diary. Nothing is stored until you agree."


def ask_units() -> str:
    return "Thanks! Do you measure runs in kilometres or miles?"


def ask_zone() -> str:
    return (
        "Which time zone are you in? Pick one, or type a city (Denver), "
        "a zone name (Europe/Berlin) or an offset (UTC+5:45)."
    )


def zone_unknown(text: str) -> str:
    return (
        f"I don't know the time zone \"{text[:40]}\". Try a big city (Lisbon), "
        "a zone name (America/Chicago) or an offset (UTC-3)."
    )


def zone_confirmed(label: str, local_now: dt.datetime) -> str:
    return f"Time zone {label}: it's {local_now:%H:%M} on {day_label(local_now.date())} there now."


def ask_time() -> str:
    return (
        "When should I ask each day? A morning check-in works best: whether yesterday's run has "
        "settled by the next morning is the key sign. Pick one or type a time like 6:45."
    )


def time_unknown() -> str:
    return "I couldn't read that time. Try 07:30 or 8pm."


def setup_done(checkin: dt.time, mode: Mode, zone: str) -> str:
    when = "morning" if mode is Mode.MORNING else "evening"
    return (
        f"All set! I'll ask every {when} at {checkin:%H:%M} ({zone}).\n"
        "You can also tell me any time: \"3 8km\", \"rest\", \"yesterday 2 5mi\". /help lists everything.\n\n"
        + NOT_A_DOCTOR
    )


def ask_pain(mode: Mode) -> str:
    return "How's your lower back this morning, 0-10?" if mode is Mode.MORNING else "How's your lower back now, 0-10?"


def ask_distance(mode: Mode, day: dt.date) -> str:
    if mode is Mode.MORNING:
        return f"How far did you run yesterday ({day_label(day)})? Tap or type a distance."
    return f"How far did you run today ({day_label(day)})? Tap or type a distance."


def reminder() -> str:
    return "Just a gentle reminder, in case you missed it:"


def saved(entry: Entry, unit: Unit) -> str:
    return f"Saved {day_label(entry.date)}: {entry_summary(entry, unit)}."


def updated(before: Entry, after: Entry, unit: Unit) -> str:
    """Say what an answer replaced; a field that was empty before is simply saved."""
    changes = []
    if before.pain is not None and before.pain != after.pain:
        changes.append(f"pain {before.pain} → {after.pain}")
    if before.distance_km is not None and before.distance_km != after.distance_km:
        changes.append(f"distance {distance_text(before.distance_km, unit)} → {distance_text(after.distance_km, unit)}")
    added = Entry(
        after.date,
        pain=after.pain if before.pain is None else None,
        distance_km=after.distance_km if before.distance_km is None else None,
    )
    sentences = []
    if changes:
        sentences.append(f"Updated {day_label(after.date)}: {', '.join(changes)}.")
    if entry_summary(added, unit):
        sentences.append(saved(added, unit))
    return " ".join(sentences) or f"Already saved {day_label(after.date)}: {entry_summary(after, unit)}."


def thanks_done() -> str:
    return "Thanks, that's today's diary done."


def confirm_big_distance(km: float, unit: Unit) -> str:
    return f"{distance_text(km, unit)} in one day? That's a long way. Shall I save it?"


def big_distance_dropped() -> str:
    return "OK, not saved. Type the distance again, e.g. \"3 10km\"."


def stale_button() -> str:
    return "That button is from an older message. Type your answer instead, e.g. \"3 8km\"."


def undone(changes: Iterable[tuple[dt.date, Entry | None]], unit: Unit) -> str:
    lines = []
    for day, restored in changes:
        if restored is None or (restored.pain is None and restored.distance_km is None):
            lines.append(f"{day_label(day)}: cleared")
        else:
            lines.append(f"{day_label(day)}: back to {entry_summary(restored, unit)}")
    return "Undone. " + "; ".join(lines) + "."


def nothing_to_undo() -> str:
    return "There's nothing to undo."


def history(entries: list[Entry], first: dt.date, last: dt.date, unit: Unit) -> str:
    by_date = {e.date: e for e in entries}
    lines = [f"{'Day':<10} {'Pain':>4}  {'Run':>8}"]
    day = last
    while day >= first:
        entry = by_date.get(day)
        pain = "–" if entry is None or entry.pain is None else str(entry.pain)
        run = distance_text(entry.distance_km if entry else None, unit)
        lines.append(f"{day_label(day):<10} {pain:>4}  {run:>8}")
        day -= dt.timedelta(days=1)
    return "\n".join(lines)


def history_empty() -> str:
    return "Nothing logged in the last 14 days yet. Try: 3 8km"


def help_text(commands: Iterable[tuple[str, str]]) -> str:
    lines = ["Tell me any time, in plain words:", "  3 8km · pain 2, 5 mi · rest · yesterday 4 10k · mon 3 0", ""]
    lines += [f"/{name} – {description}" for name, description in commands]
    lines += ["", NOT_A_DOCTOR]
    return "\n".join(lines)


def unknown_command(name: str) -> str:
    return f"I don't know /{name[:30]}. /help lists what I can do."


def only_text() -> str:
    return "I can only read text. Tell me your pain and distance, e.g. \"3 8km\" or \"rest\"."


def paused(until: dt.date | None) -> str:
    if until is None or until == dt.date.max:
        return "Paused: no questions until you send /resume. You can still log any time."
    return f"Paused until {day_label(until)}. Send /resume to start earlier. You can still log any time."


def pause_bad_days(max_days: int) -> str:
    return f"Tell me how many days, 1-{max_days}: /pause 7. Or just /pause until you /resume."


def resumed(next_at: dt.datetime) -> str:
    return f"Welcome back! Next question {day_label(next_at.date())} at {next_at:%H:%M}."


def not_paused() -> str:
    return "You're not paused: questions come as usual."


def stopped() -> str:
    return (
        "Stopped: I won't ask any more questions. Your diary is kept; "
        "send /start to begin again or /delete to erase it."
    )


def welcome_back(checkin: dt.time) -> str:
    return f"Welcome back! I'll ask again each day at {checkin:%H:%M}."


def privacy(entry_count: int, consented_at: dt.datetime | None) -> str:
    agreed = f" You agreed on {consented_at:%d %b %Y}." if consented_at else ""
    return (
        "What I keep about you:\n"
        f"• your diary: pain ratings, distances and the words you typed ({entry_count} {'day' if entry_count == 1 else 'days'} so far)\n"
        "• your settings: units, time zone, check-in time, quiet hours, pause\n"
        "• when you agreed, and which daily questions I sent\n"
        "Nothing is shared with anyone." + agreed + "\n/delete erases all of it."
    )


def privacy_no_data() -> str:
    return "I store nothing about you until you agree in /start. " + CONSENT_WORDING


def confirm_delete() -> str:
    return "Erase your whole diary and settings? This can't be undone."


def deleted() -> str:
    return "Done: everything about you is erased. Send /start if you ever want to begin again."


def delete_cancelled() -> str:
    return "Kept. Nothing was erased."


def settings(
    units: Unit, zone: str, checkin: dt.time, mode: Mode, quiet: tuple[dt.time, dt.time], run_time: dt.time | None,
    summary: str,
) -> str:
    return (
        "Your settings:\n"
        f"• units: {'kilometres' if units is Unit.KM else 'miles'}\n"
        f"• time zone: {zone}\n"
        f"• check-in: {checkin:%H:%M} ({mode.value})\n"
        f"• quiet hours: {quiet[0]:%H:%M}-{quiet[1]:%H:%M}\n"
        f"• usual run time: {run_time.strftime('%H:%M') if run_time else 'not set'}\n"
        f"• weekly summary: {summary}\n"
        "What would you like to change?"
    )


def ask_run_time() -> str:
    return (
        "When do you usually run? Type a time like 18:30, or \"none\". "
        "When your numbers call for it, I'll send a warm-up tip half an hour before."
    )


def ask_quiet() -> str:
    return "Type your quiet hours like 22:00-06:30. I never send reminders in them."


def quiet_unknown() -> str:
    return "I couldn't read that. Type quiet hours like 21:30-07:00."


def setting_saved(what: str) -> str:
    return f"Saved: {what}."


def setting_unchanged() -> str:
    return "Nothing changed. Send /settings to try again."


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


def export_ready() -> str:
    return "Your whole diary: a spreadsheet (CSV) and a complete copy (JSON) you can keep or move elsewhere."


def export_pdf_ready() -> str:
    return "A one-page report of your last 8 weeks, for a physio or doctor. It's self-reported data, and says so."


def export_usage() -> str:
    return "Try /export (CSV and JSON) or /export pdf (a report for a physio)."


def ask_summary_time() -> str:
    return "When should your weekly summary come? Type a day and time, like: sun 18:00"


def summary_time_unknown() -> str:
    return "I couldn't read that. Type a day and a time, like: sun 18:00"


def delivery_report(club: str, counts: dict[str, int], problems: list[str]) -> str:
    total = sum(counts.values())
    lines = [f"Your message to {club}: delivered to {counts.get('sent', 0)} of {total}."]
    if counts.get("blocked"):
        lines.append(f"{counts['blocked']} blocked the bot or left Telegram; I won't send to them again.")
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
    return "Try /club new <name>, or /club to see your clubs."


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


def coach_code(club: str, code: str) -> str:
    return f"Send this to your coach: /join {code}\nWhoever joins {club} with it becomes a coach, so keep it private."


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
