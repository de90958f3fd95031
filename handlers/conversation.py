"""The channel-neutral conversation: one inbound message or button in, the replies out.

Telegram, the terminal chat and (later) SMS all call ``Conversation.handle``; they only turn
their own updates into an ``Inbound`` and render the ``Reply`` objects that come back.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from sqlite_utils import Database

from coach import redflags, texts
from coach.models import Unit
from handlers import checkin, clubs, commands, keyboards, nudging, onboarding, safety
from handlers.replies import Inbound, Reply
from handlers.turn import Turn
from storage import inbox, runners

log = logging.getLogger(__name__)

YES_NO = {"yes": "yes", "y": "yes", "no": "no", "n": "no"}

Clock = Callable[[], dt.datetime]


class Conversation:
    def __init__(self, db: Database, clock: Clock, *, backfill_days: int = 14, bot_username: str | None = None) -> None:
        self.db = db
        self.clock = clock
        self.backfill_days = backfill_days
        self.bot_username = bot_username

    def handle(self, inbound: Inbound) -> list[Reply]:
        """Answer one inbound message; its effects and the record that it was handled commit together."""
        now = self.clock()
        key = inbound.update_key
        with self.db.atomic():
            if key and inbox.already_handled(self.db, inbound.channel, key):
                log.info("skipping redelivered update %s", key)
                return []
            runner = runners.find_runner(self.db, inbound.channel, inbound.chat_id)
            if runner is None:
                replies = self._before_consent(inbound, now)
            else:
                turn = Turn(self.db, now, runner, self.backfill_days, batch=key or now.isoformat(), name=inbound.name)
                replies = self._dispatch(turn, inbound)
            if key and runners.find_runner(self.db, inbound.channel, inbound.chat_id):
                inbox.record_handled(self.db, inbound.channel, key, inbound.chat_id, now)
        return replies

    def link_group(self, channel: str, user_chat_id: str, group_chat_id: str, *, group_admin: bool) -> list[Reply]:
        """A group link request; the person is found by their private chat, which on Telegram is their user id."""
        now = self.clock()
        with self.db.atomic():
            runner = runners.find_runner(self.db, channel, user_chat_id)
            if runner is None:
                return [Reply(texts.link_refused())]
            turn = Turn(self.db, now, runner, self.backfill_days, batch=now.isoformat())
            return clubs.link_group(turn, group_chat_id, group_admin=group_admin)

    def mark_unreachable(self, channel: str, chat_id: str) -> None:
        """The runner blocked us: stop asking until they come back with /start."""
        runner = runners.find_runner(self.db, channel, chat_id)
        if runner is not None:
            runners.update_runner(self.db, runner.id, now=self.clock(), active=False)

    def _before_consent(self, inbound: Inbound, now: dt.datetime) -> list[Reply]:
        """Nothing is stored for a person until they press "I agree"."""
        if inbound.button == "consent:yes":
            runner = runners.create_runner(
                self.db, inbound.channel, inbound.chat_id, now=now,
                consent_wording=texts.CONSENT_WORDING, onboarding_step="units",
            )
            return [onboarding.ask_step(runner.onboarding_step or "units")]
        if inbound.button == "consent:no":
            return [Reply(texts.consent_declined())]
        command, args = _command(inbound.text)
        if command == "start":
            code = args.strip().removeprefix("club_") if args.strip().startswith("club_") else None
            return [Reply(texts.welcome(club_code=code), keyboards.consent())]
        if command == "help":
            return commands.help_(None, "")
        if command == "privacy":
            return [Reply(texts.privacy_no_data())]
        return [Reply(texts.needs_start())]

    def _dispatch(self, turn: Turn, inbound: Inbound) -> list[Reply]:
        if inbound.button is not None:
            return self._button(turn, inbound.button)
        if inbound.other:
            return [Reply(texts.only_text())]
        command, args = _command(inbound.text)
        if command == "club":
            return clubs.club(turn, args, bot_username=self.bot_username)
        if command is not None:
            handler = commands.HANDLERS.get(command)
            return handler(turn, args) if handler else [Reply(texts.unknown_command(command))]
        return self._text(turn, inbound.text)

    def _text(self, turn: Turn, text: str) -> list[Reply]:
        step = turn.runner.onboarding_step
        if step == "units":
            return onboarding.choose_units(turn, text)
        if step == "tz":
            return onboarding.choose_zone(turn, text)
        if step == "time":
            return onboarding.choose_time(turn, text)
        setting = {
            "tz": onboarding.choose_zone,
            "time": onboarding.choose_time,
            "quiet": onboarding.choose_quiet,
            "run": onboarding.choose_run_time,
            "summary": onboarding.choose_summary_time,
        }.get(
            turn.runner.awaiting or ""
        )
        if setting is not None:
            replies = setting(turn, text)
            if turn.runner.awaiting is None:
                return replies
            runners.update_runner(turn.db, turn.runner.id, now=turn.now, awaiting=None)
            turn.runner = runners.get_runner(turn.db, turn.runner.id)
            return replies + [Reply(texts.setting_unchanged())]
        if turn.runner.screen_step and text.strip().lower() in YES_NO:
            return safety.on_answer(turn, turn.runner.screen_step, YES_NO[text.strip().lower()])
        if redflags.mentions_symptoms(text):
            return self._symptoms(turn, text)
        return checkin.on_text(turn, text)

    def _symptoms(self, turn: Turn, text: str) -> list[Reply]:
        """Symptom words always bring the safety questions; a check-in in the same message is still saved."""
        saved = checkin.on_text(turn, text, explain_problems=False)
        screen = safety.start_screen(turn, "you mentioned a symptom")
        return saved + screen if screen else saved or checkin.on_text(turn, text)

    def _button(self, turn: Turn, data: str) -> list[Reply]:
        """Callback data comes from the client, so every part is checked again here."""
        kind, _, rest = data.partition(":")
        try:
            if kind == "units":
                return onboarding.choose_units(turn, rest)
            if kind == "tz":
                return onboarding.choose_zone(turn, rest)
            if kind == "time":
                return onboarding.choose_time(turn, rest)
            if kind == "set":
                return onboarding.start_setting(turn, rest)
            if kind == "pain":
                day, pain = rest.split(":")
                return checkin.on_pain_button(turn, dt.date.fromisoformat(day), int(pain))
            if kind == "dist":
                day, value, unit = rest.split(":")
                return checkin.on_distance_button(turn, dt.date.fromisoformat(day), float(value), Unit(unit))
            if kind == "big" and rest != "no":
                day, km = rest.split(":")
                return checkin.on_big_confirmed(turn, dt.date.fromisoformat(day), float(km))
            if kind == "big":
                return [Reply(texts.big_distance_dropped())]
            if kind == "delete":
                return commands.delete_confirmed(turn) if rest == "yes" else [Reply(texts.delete_cancelled())]
            if kind == "consent":
                return commands.start(turn, "")
            if kind == "flag":
                tier, _, answer = rest.partition(":")
                return safety.on_answer(turn, tier, answer) or [Reply(texts.stale_button())]
            if kind in ("club", "bc", "share", "cm"):
                action, item = rest.split(":")
                return clubs.on_button(turn, kind, action, int(item))
            if kind == "fb":
                nudge_id, helpful = rest.split(":")
                return nudging.on_feedback(turn, int(nudge_id), helpful == "1")
        except ValueError:
            pass
        return [Reply(texts.stale_button())]


def _command(text: str) -> tuple[str | None, str]:
    """``/pause@lumbar_bot 3`` → ("pause", "3"); anything not starting with a slash → (None, text)."""
    stripped = text.strip()
    if not stripped.startswith("/"):
        return None, text
    head, _, args = stripped[1:].partition(" ")
    name = head.split("@", 1)[0].lower()
    return (name or None), args
