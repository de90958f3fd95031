"""Help, settings, pausing, privacy and erasing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from coach.models import Mode, Unit
from coach.texts.common import NOT_A_DOCTOR, day_label
from coach.texts.onboarding import CONSENT_WORDING
from coach.texts.safety import WARNING_SIGNS

def help_text(commands: Iterable[tuple[str, str]]) -> str:
    lines = ["Tell me any time, in plain words:", "  3 8km · pain 2, 5 mi · rest · yesterday 4 10k · mon 3 0", ""]
    lines += [f"/{name} – {description}" for name, description in commands]
    lines += ["", NOT_A_DOCTOR, "", WARNING_SIGNS]
    return "\n".join(lines)


def paused(until: dt.date | None) -> str:
    if until is None:
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


def privacy(entry_count: int, consented_on: dt.date | None,
            clubs: Iterable[tuple[str, str | None, bool, bool]] = ()) -> str:
    """What is kept, and what each club's organisers see: ``clubs`` are (club, name shown there, pain
    trend shared anonymously, weekly numbers shared by name). ``consented_on`` is the runner's own date."""
    agreed = f"\nYou agreed on {consented_on.day} {consented_on:%b %Y}." if consented_on else ""
    lines = [
        "What I keep about you:",
        f"• your diary: pain ratings, distances and the words you typed ({entry_count} "
        f"{'day' if entry_count == 1 else 'days'} so far)",
        "• your settings: units, time zone, check-in time, quiet hours, pause",
        "• when you agreed, and which daily questions I sent",
    ]
    seen = [_club_sees(*club) for club in clubs]
    if seen:
        lines += ["", "What your clubs' organisers see:", *seen]
    else:
        lines += ["", "Nothing is shared with anyone."]
    return "\n".join(lines) + agreed + "\n/delete erases all of it."


def _club_sees(club: str, name: str | None, aggregate: bool, summary: bool) -> str:
    seen = [f"you as a member{f' ({name})' if name else ''}",
            "whether you checked in and your distance, in the club's weekly totals"]
    if aggregate:
        seen.append("your pain, only in an anonymous average of 3 or more members")
    if summary:
        seen.append("your weekly numbers (days logged, distance, average pain) by name")
    return f"• {club}: " + "; ".join(seen) + "."


def privacy_no_data() -> str:
    return "I store nothing about you until you agree in /start. " + CONSENT_WORDING


def confirm_delete(owned_clubs: Iterable[str] = ()) -> str:
    """What goes and what stays, so nobody is surprised afterwards."""
    owned = list(owned_clubs)
    stays = (
        f"\nWhat stays: the club{'s' if len(owned) > 1 else ''} you started ({', '.join(owned)}) keep the name you "
        "chose and pass to a coach or member; nothing in them names you any more."
        if owned else ""
    )
    return (
        "Erase everything about you? Your diary, settings, safety answers, tips, club memberships, and the club "
        "messages and reminders you wrote (copies not yet delivered are cancelled). This can't be undone." + stays
    )


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


def setting_still_open() -> str:
    return "Try again, or send /cancel to leave it as it is."


def setting_cancelled() -> str:
    return "OK, nothing changed. /settings shows them all."


def nothing_to_cancel() -> str:
    return "There's nothing to cancel."


def ask_summary_time() -> str:
    return "When should your weekly summary come? Type a day and time, like: sun 18:00"


def summary_time_unknown() -> str:
    return "I couldn't read that. Type a day and a time, like: sun 18:00"
