"""The channel-neutral conversation: one inbound message or button in, the replies out.

Telegram, the terminal chat and (later) SMS all call ``Conversation.handle``; they only turn
their own updates into an ``Inbound`` and render the ``Reply`` objects that come back.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

from sqlite_utils import Database

from coach import arguments, symptoms, texts
from coach.models import SETTING_STEPS, Awaiting, SetupStep
from coach.symptoms import Finding, Urgency
from handlers import callbacks, checkin, clubs, commands, keyboards, nudging, offers, onboarding, outgoing, safety
from handlers.flood import FloodGuard
from handlers.replies import Inbound, Reply
from handlers.turn import Turn
from storage import grants, identities, inbox, jobs, runners
from storage.db import fsync_later, writers_turn
from storage.grants import Granted

log = logging.getLogger(__name__)

SETUP_ANSWERS = {
    SetupStep.UNITS: onboarding.choose_units,
    SetupStep.ZONE: onboarding.choose_zone,
    SetupStep.TIME: onboarding.choose_time,
}
SETTING_ANSWERS = {
    Awaiting.ZONE: onboarding.choose_zone,
    Awaiting.TIME: onboarding.choose_time,
    Awaiting.QUIET: onboarding.choose_quiet,
    Awaiting.RUN: onboarding.choose_run_time,
    Awaiting.SUMMARY: onboarding.choose_summary_time,
}

Clock = Callable[[], dt.datetime]

READ_AHEAD_CHARS = 100
"""Messages longer than this are read in the reader's thread before their turn. A message of running talk
reads in about 0.1 ms; Telegram's longest, 4,096 characters of symptom words, in 100 ms or more, which on
the loop would hold every other runner's reply (both in benchmarks/readers.py)."""
_READER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lumbar-reader")
"""One thread of its own: long messages queue behind each other there, never in front of the fsyncs and
writer's-turn waits that go through the loop's default executor."""


async def read_ahead(text: str | None) -> None:
    """Read a long message's symptoms in the reader's thread, so the turn that answers it finds the reading
    done (``coach.symptoms`` keeps the last few) and holds the event loop for milliseconds, not for the
    reading. The loop's timers keep time meanwhile; its Python still shares the interpreter with the
    reading (the GIL), so other work goes slower, not stopped. Nothing is decided here: a reading that
    fails or was let go is made again inside the turn, where a failure is handled as any other."""
    if not text or len(text) <= READ_AHEAD_CHARS:
        return
    try:
        await asyncio.get_running_loop().run_in_executor(_READER, symptoms.read_ahead, text)
    except Exception:  # noqa: BLE001 - the turn reads it again and answers for any failure
        log.warning("reading a long message ahead of its turn failed; the turn reads it", exc_info=True)


class Conversation:
    def __init__(self, db: Database, clock: Clock, *, backfill_days: int = 14, bot_username: str | None = None,
                 flood: FloodGuard | None = None) -> None:
        self.db = db
        self.clock = clock
        self.backfill_days = backfill_days
        self.bot_username = bot_username
        self.flood = flood

    def handle(self, inbound: Inbound) -> list[Reply]:
        """Answer one inbound message. Its effects, its replies (queued in the outbox) and the record that
        it was handled commit together, so a crash before the commit leaves nothing and one after it
        leaves replies the drainer still sends: the runner gets them once. The commit does not wait for
        the disk; the drainer makes it durable before it sends a reply (``storage.db.fsync_later``)."""
        now = self.clock()
        key = inbound.update_key or f"{inbound.chat_id}:{now.isoformat()}"
        with fsync_later(self.db), self.db.atomic():
            if inbox.already_handled(self.db, inbound.channel, key):
                log.info("skipping redelivered update %s", key)
                return []
            runner = runners.find_runner(self.db, inbound.channel, inbound.chat_id)
            if runner is None:
                replies = self._before_consent(inbound, now)
            else:
                jobs.unpark_runner(self.db, runner.id)
                turn = Turn(self.db, now, runner, self.backfill_days, batch=key, name=inbound.name)
                if runner.unreachable:
                    turn.update(unreachable=False)
                replies = self._dispatch(turn, inbound)
            if self.flood is not None:
                replies = self.flood.filter(inbound.chat_id, replies)
            runner_id = identities.runner_id_for(self.db, inbound.channel, inbound.chat_id)  # made or erased just now?
            outgoing.enqueue(self.db, replies, channel=inbound.channel, chat_id=inbound.chat_id,
                             runner_id=runner_id, key=f"reply:{inbound.channel}:{key}", now=now)
            if runner_id is not None:
                inbox.mark_handled(self.db, inbound.channel, key, inbound.chat_id, now)
            else:
                inbox.forget(self.db, inbound.channel, key)
        return replies

    async def answer(self, inbound: Inbound) -> list[Reply]:
        """``handle`` for the event loop: a long message is read off the loop first (``read_ahead``), and the
        writer's turn, if the sweep holds it, is waited for off the loop."""
        await read_ahead(inbound.text)
        async with writers_turn(self.db):
            return self.handle(inbound)

    def link_group(self, channel: str, user_chat_id: str, group_chat_id: str, *, group_admin: bool,
                   key: str) -> list[Reply]:
        """A group link request; the person is found by their private chat, which on Telegram is their user id."""
        now = self.clock()
        with self.db.atomic():
            runner = runners.find_runner(self.db, channel, user_chat_id)
            if runner is None:
                replies = [Reply(texts.link_refused())]
            else:
                turn = Turn(self.db, now, runner, self.backfill_days, batch=key)
                replies = clubs.link_group(turn, group_chat_id, group_admin=group_admin)
            self.answer_group(channel, group_chat_id, replies, key=key)
        return replies

    def answer_failure(self, channel: str, chat_id: str, *, key: str) -> None:
        """A handler failed on this update: say the diary is safe (once), and leave the update to be retried."""
        runner = runners.find_runner(self.db, channel, chat_id)
        outgoing.enqueue(self.db, [Reply(texts.handler_failed())], channel=channel, chat_id=chat_id,
                         runner_id=runner.id if runner else None, key=f"failure:{channel}:{key}", now=self.clock())

    def answer_group(self, channel: str, group_chat_id: str, replies: list[Reply], *, key: str) -> None:
        """A reply in a group chat: queued like any other, and the update marked handled with it."""
        now = self.clock()
        with self.db.atomic():
            outgoing.enqueue(self.db, replies, channel=channel, chat_id=group_chat_id, runner_id=None,
                             key=f"reply:{channel}:{key}", now=now)
            inbox.mark_handled(self.db, channel, key, group_chat_id, now)

    def _before_consent(self, inbound: Inbound, now: dt.datetime) -> list[Reply]:
        """Nothing is stored for a person until they press "I agree"."""
        pressed = callbacks.decode(inbound.button) if inbound.button is not None else None
        if isinstance(pressed, callbacks.Consent) and pressed.agreed:
            runner = runners.create_runner(
                self.db, inbound.channel, inbound.chat_id, now=now,
                consent_wording=texts.CONSENT_WORDING, onboarding_step=SetupStep.UNITS, pending_club=pressed.club,
            )
            return [onboarding.ask_step(runner.onboarding_step or SetupStep.UNITS)]
        if pressed == callbacks.Consent(False):
            return [Reply(texts.consent_declined())]
        if inbound.button is not None:
            return [Reply(texts.needs_start())]
        command, args = _command(inbound.text)
        if command is None and (findings := symptoms.find_symptoms(inbound.text)):
            return safety.before_consent(findings)
        if command is None:
            return safety.under_unread_words(inbound.text, [Reply(texts.needs_start())])
        if command in ("start", "join"):
            code = arguments.code(args) if command == "join" or args.strip().startswith("club_") else None
            code = code if isinstance(code, str) else None
            return [Reply(texts.welcome(club_code=code), keyboards.consent(code), sms=texts.sms_welcome())]
        if command == "link" and args.strip():
            return commands.link_redeem(self.db, inbound.channel, inbound.chat_id, args.strip(), now)
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
        """Symptoms are read before anything else the text could be: a setting, a checklist answer, a check-in."""
        findings = symptoms.find_symptoms(text)
        if findings:
            return self._symptoms(turn, text, findings)
        step = turn.runner.onboarding_step
        if step is not None:
            replies = SETUP_ANSWERS[step](turn, text)
            return safety.under_unread_words(text, replies) if turn.runner.onboarding_step is step else replies
        setting = SETTING_ANSWERS.get(turn.runner.awaiting)
        if setting is not None:
            replies = setting(turn, text)
            if turn.runner.awaiting in SETTING_STEPS and replies:
                last = replies[-1]
                replies[-1] = replace(last, text=f"{last.text}\n{texts.setting_still_open()}")
                replies = safety.under_unread_words(text, replies)
            return replies
        answer = safety.screen_answer(text) if turn.runner.screen_step else None
        if answer is not None:
            return safety.on_answer(turn, turn.runner.screen_step, answer) + self._resume_setup(turn)
        return checkin.on_text(turn, text)

    def _symptoms(self, turn: Turn, text: str, findings: list[Finding]) -> list[Reply]:
        """The safety answer first; then, outside setup and settings, the check-in the message also held.

        A checklist question stays the last message, so its buttons sit at the bottom of the chat.
        """
        answer = safety.on_symptoms(turn, findings, said_yes=safety.screen_answer(text) == "yes")
        if turn.runner.onboarding_step or turn.runner.awaiting in SETTING_STEPS:
            emergency = findings[0].category.urgency is Urgency.EMERGENCY
            return answer if emergency else answer + self._resume_setup(turn)
        saved = checkin.beside_symptoms(turn, text)
        return saved + answer if findings[0].category.urgency is Urgency.CHECK else answer + saved

    def _resume_setup(self, turn: Turn) -> list[Reply]:
        """After a safety answer in the middle of setting up, the setup question again, once no checklist is open."""
        runner = turn.runner
        if runner.onboarding_step and not runner.screen_step:
            return [onboarding.ask_step(runner.onboarding_step)]
        return []

    def _button(self, turn: Turn, data: str) -> list[Reply]:
        """Callback data comes from the client: it is decoded strictly, and what it grants is looked up."""
        action = callbacks.decode(data)
        match action:
            case callbacks.ChooseUnits(unit):
                return onboarding.choose_units(turn, unit.value)
            case callbacks.ChooseZone(key):
                return onboarding.choose_zone(turn, key)
            case callbacks.ChooseTime(clock):
                return onboarding.choose_time(turn, clock.strftime("%H:%M"))
            case callbacks.ChooseQuiet(start, end):
                return onboarding.set_quiet(turn, start, end)
            case callbacks.OpenSetting(what):
                return onboarding.start_setting(turn, what)
            case callbacks.Pain(day, pain):
                return checkin.on_pain_button(turn, day, pain)
            case callbacks.Distance(day, value, unit):
                return checkin.on_distance_button(turn, day, value, unit)
            case callbacks.Screen(tier, answer):
                replies = safety.on_answer(turn, tier, answer) or [Reply(texts.stale_button())]
                return replies + self._resume_setup(turn)
            case callbacks.Cleared():
                return safety.cleared(turn) or [Reply(texts.stale_button())]
            case callbacks.Feedback(nudge_id, helpful):
                return nudging.on_feedback(turn, nudge_id, helpful)
            case callbacks.Leave(club_id):
                return clubs.left(turn, club_id)
            case callbacks.Consent():
                return commands.start(turn, "")
            case callbacks.Dismiss(what):
                return self._dismissed(turn, what)
            case callbacks.Grant(token):
                granted = offers.redeem(turn, token)
                return self._granted(turn, granted) if granted else [Reply(texts.stale_button())]
        return [Reply(texts.stale_button())]

    def _granted(self, turn: Turn, granted: Granted) -> list[Reply]:
        """A one-time grant this runner was shown; its object comes from the database, not the button."""
        p = granted.payload
        match granted.purpose:
            case "join":
                return clubs.joined(turn, int(p["club"]), str(p["role"]), p.get("invite"))
            case "broadcast":
                return clubs.broadcast_decided(turn, int(p["broadcast"]), bool(p["send"]))
            case "remove":
                return clubs.member_removed(turn, int(p["club"]), int(p["member"]))
            case "share":
                return clubs.sharing_toggled(turn, int(p["club"]), str(p["what"]))
            case "erase":
                return commands.delete_confirmed(turn)
            case "save":
                return checkin.on_confirmed(turn, list(p.get("placements", [])), p.get("text"))
            case "day":
                grants.spend_all(turn.db, turn.runner.id, "day", now=turn.now)
                return checkin.on_day_chosen(turn, list(p.get("placements", [])), p.get("text"), bool(p.get("follow_up")))
        return [Reply(texts.stale_button())]

    def _dismissed(self, turn: Turn, what: str) -> list[Reply]:
        if what == "erase":
            grants.spend_all(turn.db, turn.runner.id, "erase", now=turn.now)
            return [Reply(texts.delete_cancelled())]
        if what == "save":
            grants.spend_all(turn.db, turn.runner.id, "save", now=turn.now)
            return [Reply(texts.big_distance_dropped())]
        if what == "join":
            return [Reply(texts.club_not_joined())]
        return [Reply(texts.stale_button())]


def _command(text: str) -> tuple[str | None, str]:
    """``/pause@lumbar_bot 3`` → ("pause", "3"); anything not starting with a slash → (None, text)."""
    stripped = text.strip()
    if not stripped.startswith("/"):
        return None, text
    head, _, args = stripped[1:].partition(" ")
    name = head.split("@", 1)[0].lower()
    return (name or None), args
