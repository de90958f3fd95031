"""End to end: the real Lumbar Application polling the fake Bot API, seen from the runner's chat."""

from __future__ import annotations

import datetime as dt

import pytest

from coach import symptoms
from coach.symptoms import reading
from handlers import outgoing
from handlers.commands import COMMANDS
from storage import diary
from tests.conftest import sweep_job
from tests.helpers import TelegramRunner, texts

UTC = dt.timezone.utc


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


def row_counts(db) -> dict[str, int]:
    return {t.name: t.count for t in db.tables if t.name != "_sqlite_migrations"}


def all_entries(bot) -> list:
    conversation = bot.bot_data["conversation"]
    return list(conversation.db.query("select * from entries order by runner_id, date"))


@pytest.fixture
async def runner(tg, bot):
    person = TelegramRunner(tg)
    await person.onboard()
    return person


async def run_sweep(bot, clock, moment: dt.datetime) -> None:
    clock.set(moment)
    await sweep_job(bot).run(bot)


async def test_start_sets_the_command_menu(tg, bot):
    [menu] = [c for c in tg.calls if c.method == "setMyCommands"]
    assert [c["command"] for c in menu.params["commands"]] == [name for name, _ in COMMANDS]


async def test_onboarding_stores_nothing_before_consent(tg, bot):
    person = TelegramRunner(tg)
    [welcome] = await person.say("/start")
    assert "health data" in welcome.params["text"]
    assert tg.buttons(welcome) == [[("I agree", "consent:yes"), ("No thanks", "consent:no")]]
    assert sum(row_counts(bot.bot_data["conversation"].db).values()) == 0
    [declined] = await person.press("No thanks")
    assert "haven't stored anything" in declined.params["text"]
    assert sum(row_counts(bot.bot_data["conversation"].db).values()) == 0


async def test_onboarding_asks_units_zone_and_time(tg, bot, clock):
    person = TelegramRunner(tg)
    await person.say("/start")
    [units] = await person.press("I agree")
    assert tg.buttons(units) == [[("Kilometres", "units:km"), ("Miles", "units:mi")]]
    [zone] = await person.press("Miles")
    assert ("London", "tz:Europe/London") in tg.buttons(zone)[0]
    confirmed, ask_time = await person.say("kathmandu")
    assert confirmed.params["text"] == "Time zone Asia/Kathmandu: it's 11:45 on Tue 24 Nov there now."
    assert ("Morning 08:00", "time:08:00") in tg.buttons(ask_time)[0]
    done, screen = await person.press("Evening 19:00")
    assert screen.params["text"].startswith("First, a quick safety check.")
    assert done.params["text"].startswith("All set! I'll ask every evening at 19:00 (Asia/Kathmandu).")
    db = bot.bot_data["conversation"].db
    [row] = db.query("select units, tz, checkin_time, mode, consented_at from runners")
    assert row == {"units": "mi", "tz": "Asia/Kathmandu", "checkin_time": "19:00", "mode": "evening",
                   "consented_at": "2026-11-24T06:00:00+00:00"}
    [consent] = db.query("select purpose, given_at from consents")
    assert consent == {"purpose": "health-diary", "given_at": "2026-11-24T06:00:00+00:00"}


async def test_a_full_check_in_with_buttons(tg, bot, clock, runner):
    await run_sweep(bot, clock, utc(2026, 11, 24, 8, 0))
    await tg.quiesce(settle=0.05)
    question = tg.sent(runner.chat_id)[-1]
    assert question.params["text"] == "How's your lower back this morning, 0-10?"
    assert [label for row in tg.buttons(question) for label, _ in row] == [str(n) for n in range(11)]
    [ask_distance] = await runner.press("3")
    assert ask_distance.params["text"] == (
        "Saved Tue 24 Nov: pain 3.\n\nHow far did you run yesterday (Mon 23 Nov)? Tap or type a distance."
    )
    assert tg.buttons(ask_distance)[0] == [("Rest day", "dist:2026-11-23:0:km")]
    assert not tg.message(question).get("reply_markup")
    [saved_run] = await runner.press("8 km")
    assert saved_run.params["text"] == "Saved Mon 23 Nov: ran 8.0 km.\n\nThanks, that's today's diary done."
    assert [(e["date"], e["pain"], e["distance_km"]) for e in all_entries(bot)] == [
        ("2026-11-23", None, 8.0), ("2026-11-24", 3, None)
    ]


@pytest.mark.parametrize(
    ("typed", "confirmation", "stored"),
    [
        ("4 8km", "Saved Tue 24 Nov: pain 4.\nSaved Mon 23 Nov: ran 8.0 km.", [("2026-11-23", None, 8.0), ("2026-11-24", 4, None)]),
        ("pain 3, 5 mi", "Saved Tue 24 Nov: pain 3.\nSaved Mon 23 Nov: ran 5.0 mi (8.0 km).", [("2026-11-23", None, 8.047), ("2026-11-24", 3, None)]),
        ("rest", "Saved Mon 23 Nov: rest day.\n\nHow's your lower back this morning, 0-10?", [("2026-11-23", None, 0.0)]),
        ("2 / 10k", "Saved Tue 24 Nov: pain 2.\nSaved Mon 23 Nov: ran 10.0 km.", [("2026-11-23", None, 10.0), ("2026-11-24", 2, None)]),
        ("yesterday 5 6.2mi", "Saved Mon 23 Nov: pain 5, ran 6.2 mi (10.0 km).", [("2026-11-23", 5, 9.978)]),
        ("mon 3 0", "Saved Mon 23 Nov: pain 3, rest day.", [("2026-11-23", 3, 0.0)]),
        ("2026-11-12 4 12km", "Saved Thu 12 Nov: pain 4, ran 12.0 km.", [("2026-11-12", 4, 12.0)]),
        ("3 21.1k", "Saved Tue 24 Nov: pain 3.\nSaved Mon 23 Nov: ran 21.1 km.", [("2026-11-23", None, 21.1), ("2026-11-24", 3, None)]),
        ("2 13.1 mi", "Saved Tue 24 Nov: pain 2.\nSaved Mon 23 Nov: ran 13.1 mi (21.1 km).", [("2026-11-23", None, 21.082), ("2026-11-24", 2, None)]),
    ],
)
async def test_free_text_check_ins_and_backfills(tg, bot, runner, typed, confirmation, stored):
    replies = await runner.say(typed)
    assert texts(replies)[0] == confirmation
    assert [(e["date"], e["pain"], round(e["distance_km"], 3) if e["distance_km"] is not None else None)
            for e in all_entries(bot)] == stored


async def test_a_second_answer_replaces_the_first_and_undo_reverts_it(tg, bot, runner):
    await runner.say("mon 3 8km")
    [updated] = await runner.say("mon 4 8km")
    assert updated.params["text"] == "Updated Mon 23 Nov: pain 3 → 4."
    [undone] = await runner.say("/undo")
    assert undone.params["text"] == "Undone. Mon 23 Nov: back to pain 3, ran 8.0 km."
    [undone] = await runner.say("/undo")
    assert undone.params["text"] == "Undone. Mon 23 Nov: cleared."
    assert all_entries(bot) == []
    [nothing] = await runner.say("/undo")
    assert nothing.params["text"] == "There's nothing to undo."


@pytest.mark.parametrize(
    ("typed", "reply_part"),
    [
        ("11 5km", "0 (none) to 10"),
        ("-2", "0 (none) to 10"),
        ("3 -5km", "negative"),
        ("3 5 furlongs", "km or mi"),
        ("3 5m", "km or mi"),
        ("2026-12-01 3 5km", "hasn't happened yet"),
        ("2026-10-01 3 5km", "14 days"),
        ("banana", "Try:"),
        ("x" * 4000, "Try:"),
        ("🏃‍♀️🔥", "Try:"),
    ],
)
async def test_bad_input_gets_a_specific_reply_and_loses_nothing(tg, bot, runner, typed, reply_part):
    await runner.say("mon 3 8km")
    before = all_entries(bot)
    [reply] = await runner.say(typed)
    assert reply_part.lower() in reply.params["text"].lower()
    assert all_entries(bot) == before


async def test_more_than_100km_asks_before_saving_anything_from_that_message(tg, bot, runner):
    [ask] = await runner.say("mon 2 120km")
    assert ask.params["text"].startswith("120.0 km in one day? That's a long way.")
    assert all_entries(bot) == []
    [saved, *_] = await runner.press("Yes, save it")
    assert saved.params["text"].startswith("Saved Mon 23 Nov: pain 2, ran 120.0 km.")
    assert [(e["pain"], e["distance_km"]) for e in all_entries(bot)] == [(2, 120.0)]


async def test_no_to_a_big_distance_drops_the_whole_message_including_its_pain(tg, bot, runner):
    await runner.say("mon 3 8km")
    await runner.say("mon 5 120km")
    [dropped] = await runner.press("No")
    assert dropped.params["text"].startswith("OK, nothing from that message was saved.")
    assert [(e["pain"], e["distance_km"]) for e in all_entries(bot)] == [(3, 8.0)]


async def test_more_than_100km_is_dropped_on_no(tg, bot, runner):
    await runner.say("mon 150km")
    [dropped] = await runner.press("No")
    assert dropped.params["text"].startswith("OK, nothing from that message was saved.")
    assert all_entries(bot) == []


async def test_stickers_and_photos_get_a_reply(tg, bot, runner):
    [sticker] = await runner.sticker()
    [photo] = await runner.photo()
    assert "only read text" in sticker.params["text"]
    assert "only read text" in photo.params["text"]


async def test_an_update_delivered_twice_is_stored_once(tg, bot, runner):
    [first, *_] = await runner.say("mon 3 8km")
    await tg.redeliver(runner.last_update_id)
    await tg.quiesce(settle=0.1)
    assert texts(tg.sent(runner.chat_id)).count(first.params["text"]) == 1
    db = bot.bot_data["conversation"].db
    assert db.table("entry_changes").count == 1


async def test_pause_resume_and_stop(tg, bot, clock, runner):
    [paused] = await runner.say("/pause 2")
    assert paused.params["text"].startswith("Paused until Thu 26 Nov.")
    sent_before = len(tg.sent(runner.chat_id))
    await run_sweep(bot, clock, utc(2026, 11, 24, 8, 0))
    await run_sweep(bot, clock, utc(2026, 11, 25, 8, 0))
    await tg.quiesce(settle=0.05)
    assert len(tg.sent(runner.chat_id)) == sent_before
    [resumed] = await runner.say("/resume")
    assert resumed.params["text"] == "Welcome back! Next question Thu 26 Nov at 08:00."
    [stopped] = await runner.say("/stop")
    assert "won't ask any more questions" in stopped.params["text"]
    await run_sweep(bot, clock, utc(2026, 11, 26, 8, 0))
    await tg.quiesce(settle=0.05)
    assert texts(tg.sent(runner.chat_id))[-1] == stopped.params["text"]
    [back] = await runner.say("/start")
    assert back.params["text"].startswith("Welcome back!")
    await run_sweep(bot, clock, utc(2026, 11, 27, 8, 0))
    await tg.quiesce(settle=0.05)
    assert texts(tg.sent(runner.chat_id))[-1] == "How's your lower back this morning, 0-10?"


async def test_one_gentle_reminder(tg, bot, clock, runner):
    for hour in (8, 9, 10, 11, 12, 15, 20, 23):
        await run_sweep(bot, clock, utc(2026, 11, 24, hour, 0))
    await tg.quiesce(settle=0.05)
    later = [t for t in texts(tg.sent(runner.chat_id)) if "How's your lower back" in t]
    assert later == [
        "How's your lower back this morning, 0-10?",
        "Just a gentle reminder, in case you missed it:\nHow's your lower back this morning, 0-10?",
    ]


async def test_a_runner_who_blocked_the_bot_is_no_longer_asked(tg, bot, clock, runner):
    tg.blocked.add(runner.chat_id)
    await run_sweep(bot, clock, utc(2026, 11, 24, 8, 0))
    await tg.quiesce(settle=0.05)
    [row] = bot.bot_data["conversation"].db.query("select unreachable from runners")
    assert row["unreachable"] == 1


async def test_history_help_and_privacy(tg, bot, runner):
    await runner.say("mon 3 8km")
    [history] = await runner.say("/history")
    assert history.params["parse_mode"] == "HTML"
    assert "Mon 23 Nov    3    8.0 km" in history.params["text"]
    [help_] = await runner.say("/help")
    assert "/undo – take back your last answer" in help_.params["text"]
    [privacy] = await runner.say("/privacy")
    assert "(1 day so far)" in privacy.params["text"]


async def test_delete_erases_every_row_in_every_table(tg, bot, clock, runner):
    other = TelegramRunner(tg, chat_id=2002)
    await other.onboard()
    await other.say("mon 1 5km")
    await run_sweep(bot, clock, utc(2026, 11, 24, 8, 0))
    await runner.say("mon 3 8km")
    await runner.say("4")
    [confirm] = await runner.say("/delete")
    assert [[label for label, _ in row] for row in tg.buttons(confirm)] == [["Yes, erase everything", "No, keep it"]]
    [done] = await runner.press("Yes, erase everything")
    assert "everything about you is erased" in done.params["text"]
    db = bot.bot_data["conversation"].db
    tables = [t for t in db.tables if t.name != "_sqlite_migrations"]
    assert {t.name for t in tables} >= {"runners", "entries", "entry_changes", "prompts", "consents", "inbox"}
    for table in tables:
        for row in table.rows:
            assert str(runner.chat_id) not in [str(v) for v in row.values()], (table.name, row)
            assert row.get("runner_id", 2) == 2, (table.name, row)
    [still] = db.query("select chat_id from runners")
    assert still == {"chat_id": "2002"}
    kept = [symptoms._reading, symptoms._findings, symptoms._remainder, symptoms.near_warning_signs]
    assert [cached.cache_info().currsize for cached in kept] == [0, 0, 0, 0], "the symptom reader keeps no words"
    assert reading.canonical.cache_info().currsize == reading._unglue.cache_info().currsize == 0, "nor a word"
    assert outgoing._buttons_text.cache_info().currsize == 0, "no keyboard of theirs kept"
    [after] = await runner.say("3 8km")
    assert "Send /start" in after.params["text"]


async def test_every_update_ends_handled_without_its_words_whether_or_not_a_handler_answered(tg, bot, runner):
    """An edited message has no handler: it is marked handled after the fact (settled). A check-in is marked
    by its own transaction; either way only the key is kept, to recognise a redelivery."""
    db = bot.bot_data["conversation"].db
    await runner.say("pain 3, ran 5 km")
    edit = {"edited_message": {"message_id": 1, "date": 1764500000, "edit_date": 1764500060,
                               "chat": {"id": runner.chat_id, "type": "private"},
                               "from": {"id": runner.chat_id, "is_bot": False, "first_name": "Runner"},
                               "text": "pain 4, ran 5 km"}}
    edited = await tg.push_update(edit)
    await tg.quiesce(settle=0.3)
    rows = {r["update_key"]: r for r in db.query("select update_key, handled_at, payload from inbox")}
    assert str(edited) in rows and len(rows) >= 2
    assert all(r["handled_at"] is not None and r["payload"] is None for r in rows.values()), rows
