"""Any text or button data a client can send gets a reply, never an exception, and loses nothing stored."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.clock import ManualClock
from storage import open_db
from tests.helpers import Chat

UTC = dt.timezone.utc

words = st.sampled_from(["3", "8km", "rest", "yesterday", "mon", "pain", "mi", "/", "-", "10k", "2026-11-20", "0", " ", "12", "\n"])
chat_like = st.lists(words, max_size=6).map(" ".join)


def onboarded_chat() -> Chat:
    chat = Chat(open_db(None), ManualClock(dt.datetime(2026, 11, 24, 9, 0, tzinfo=UTC)))
    chat.onboard()
    chat.say("mon 3 8km")
    chat.say("sun 2 rest")
    return chat


def stored(chat: Chat) -> dict[str, tuple]:
    return {r["date"]: (r["pain"], r["distance_km"]) for r in chat.db.query("select * from entries")}


def check_answer(chat: Chat, replies, before: dict[str, tuple]) -> None:
    assert replies, "every message gets a reply"
    assert all(r.text.strip() for r in replies)
    after = stored(chat)
    assert set(before) <= set(after), "no stored day disappears"
    for day, (pain, km) in before.items():
        new_pain, new_km = after[day]
        assert (new_pain is not None or pain is None) and (new_km is not None or km is None), "no value is blanked"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(st.text(max_size=300), chat_like))
def test_any_text_gets_a_reply_and_loses_nothing(text: str) -> None:
    if text.strip().lower().startswith(("/undo", "/delete")):
        return
    chat = onboarded_chat()
    before = stored(chat)
    check_answer(chat, chat.say(text), before)


@settings(max_examples=200, deadline=None)
@given(data=st.one_of(
    st.text(max_size=64),
    st.builds(lambda k, r: f"{k}:{r}", st.sampled_from(["pain", "dist", "big", "tz", "time", "units", "set", "delete", "consent"]), st.text(max_size=40)),
))
def test_any_button_data_gets_a_reply_and_loses_nothing(data: str) -> None:
    if data == "delete:yes":
        return
    chat = onboarded_chat()
    before = stored(chat)
    check_answer(chat, chat.press(data), before)


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=100))
def test_strangers_get_a_reply_and_nothing_is_stored(text: str) -> None:
    chat = Chat(open_db(None), ManualClock(dt.datetime(2026, 11, 24, 9, 0, tzinfo=UTC)))
    replies = chat.say(text)
    assert replies and all(r.text for r in replies)
    assert sum(t.count for t in chat.db.tables if t.name not in ("_sqlite_migrations", "outbox")) == 0
    queued = list(chat.db.query("select kind, runner_id from outbox"))
    assert queued == [{"kind": "reply", "runner_id": None}] * len(replies), "only the answer, forgotten once sent"
