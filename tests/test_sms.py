"""The SMS channel end to end: signed Twilio webhooks posted to the real `lumbar serve` app, texts sent to
the fake Twilio REST API, time moved with the manual clock (issue 11)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import httpx
import pytest

from coach.sms import is_gsm7, segments
from storage import diary, identities, inbox, runners
from tests.fake_twilio import FakeTwilio
from tests.sms_phone import PUBLIC, Phone, drained, server

UTC = dt.timezone.utc


@pytest.fixture
async def twilio():
    async with FakeTwilio() as fake:
        yield fake


@pytest.fixture
async def srv(twilio, db_path, clock):
    s = server(twilio, db_path, clock)
    async with s.running():
        yield s


@pytest.fixture
async def http(srv):
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=srv.app), base_url="http://lumbar.local") as c:
        yield c


def phone(twilio, http, srv, number="+447700900123") -> Phone:
    return Phone(twilio, http, srv, number)


async def onboard(p: Phone, *, units: str = "1", zone: str = "1", time: str = "1") -> list[str]:
    got = await p.text("Hi")
    got += await p.text("YES")
    got += await p.text(units)
    got += await p.text(zone)
    got += await p.text(time)
    for _ in range(3):
        got += await p.text("2")
    return got


async def test_a_strangers_first_text_gets_the_consent_sentence_and_nothing_is_stored(twilio, http, srv) -> None:
    p = phone(twilio, http, srv)
    [consent] = await p.text("hello there")
    assert "I store health data" in consent and "Reply YES to agree" in consent
    assert srv.db.table("runners").count == 0 and srv.db.table("inbox").count == 0
    assert srv.db.table("outbox").count == 0 and srv.db.table("sms_choices").count == 0
    [units] = await p.text("yes")
    assert "kilometres or miles" in units and units.endswith("Reply 1 for Kilometres, 2 for Miles")
    assert runners.find_runner(srv.db, "sms", p.number) is not None


@pytest.mark.parametrize(
    ("number", "zone_reply", "zone", "units"),
    [
        ("+447700900123", "1", "Europe/London", "1"),
        ("+12025550123", "1", "America/New_York", "2"),
        ("+61412345678", "1", "Australia/Sydney", "1"),
        ("+61412345679", "Perth", "Australia/Perth", "1"),
        ("+919812345678", "1", "Asia/Kolkata", "1"),
    ],
)
async def test_onboarding_and_two_weeks_of_check_ins(twilio, http, srv, clock, number, zone_reply, zone, units) -> None:
    p = phone(twilio, http, srv, number)
    got = await onboard(p, units=units, zone=zone_reply)
    runner = runners.find_runner(srv.db, "sms", number)
    assert runner.tz == zone and runner.onboarding_step is None and runner.checkin_time == dt.time(7)
    unit = "km" if units == "1" else "miles"
    day = clock().astimezone(ZoneInfo(zone)).date() + dt.timedelta(days=1)
    for n in range(14):
        at = dt.datetime.combine(day + dt.timedelta(days=n), dt.time(7, 1), ZoneInfo(zone)).astimezone(UTC)
        [question] = await p.sweep(at)
        assert question == f"Lumbar: back pain this morning 0-10, and {unit} yesterday? Reply like: 3 5 (or 3 rest)"
        got.append(question)
        answer = await p.text(f"{2 + n % 3} {n % 4 * 3}" if n % 5 else f"{2 + n % 3} rest")
        assert answer and answer[0].startswith(f"Saved {(day + dt.timedelta(days=n)):%a} ")
        got += answer
    entries = diary.entries_between(srv.db, runner.id, day - dt.timedelta(days=1), day + dt.timedelta(days=13))
    assert [e.pain for e in entries if e.pain is not None] == [2 + n % 3 for n in range(14)]
    assert len(entries) == 15
    assert all(is_gsm7(text) for text in got)
    assert not [c for c in twilio.calls if c.params.get("MediaUrl")]
    assert any(text.startswith("Your week,") for text in got), "a weekly summary came, as text"


async def test_a_replayed_message_sid_is_stored_and_answered_once(twilio, http, srv) -> None:
    p = phone(twilio, http, srv)
    await onboard(p)
    first = await p.text("3 5")
    sid = p.last_params["MessageSid"]
    again = await p.text("3 5", sid=sid)
    assert len(first) == 1 and again == []
    assert srv.db.table("inbox").count_where("update_key = ?", [sid]) == 1


@pytest.mark.parametrize(
    "forgery",
    [{"signature": None}, {"signature": "RSOYDt4T1cUTdK1PDd93/VVr8B8="}, {"url": "/sms/status"}],
    ids=["missing", "forged", "another-url"],
)
async def test_a_forged_or_unsigned_text_gets_403_and_nothing_is_stored(twilio, http, srv, forgery) -> None:
    p = phone(twilio, http, srv)
    params = twilio.inbound_params(p.number, "3 5")
    headers = {}
    if "url" in forgery:
        headers["X-Twilio-Signature"] = twilio.sign(PUBLIC + forgery["url"], params)
    elif forgery["signature"]:
        headers["X-Twilio-Signature"] = forgery["signature"]
    response = await http.post("/sms", data=params, headers=headers)
    assert response.status_code == 403
    await drained(srv)
    assert srv.db.table("inbox").count == 0 and srv.db.table("outbox").count == 0 and p.inbox() == []


async def test_a_tampered_body_is_refused(twilio, http, srv) -> None:
    params = twilio.inbound_params("+447700900123", "3 5")
    signature = twilio.sign(PUBLIC + "/sms", params)
    response = await http.post("/sms", data={**params, "Body": "10 0"}, headers={"X-Twilio-Signature": signature})
    assert response.status_code == 403 and srv.db.table("inbox").count == 0


def test_twilios_documented_signature_example() -> None:
    """The example of Twilio's webhook security page, as twilio-python's own tests use it."""
    from twilio.request_validator import RequestValidator

    params = {"CallSid": "CA1234567890ABCDE", "Caller": "+14158675309", "Digits": "1234",
              "From": "+14158675309", "To": "+18005551212"}
    validator = RequestValidator("12345")
    url = "https://mycompany.com/myapp.php?foo=1&bar=2"
    assert validator.compute_signature(url, params) == "RSOYDt4T1cUTdK1PDd93/VVr8B8="
    assert validator.validate(url, params, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")
    assert not validator.validate(url, {**params, "Digits": "1235"}, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")


@pytest.mark.parametrize("word", ["STOP", "stop", "StopAll", "UNSUBSCRIBE", "cancel", "End", "QUIT", " stop. "])
async def test_stop_ends_every_message_at_once_without_a_second_confirmation(twilio, http, srv, clock, word) -> None:
    p = phone(twilio, http, srv)
    await onboard(p)
    assert await p.text(word) == []
    assert identities.is_stopped(srv.db, "sms", p.number)
    assert await p.text("my legs are numb and I can't control my bladder") == []
    tomorrow = dt.datetime.combine(clock().date() + dt.timedelta(days=1), dt.time(7, 1), UTC)
    assert await p.sweep(tomorrow) == []
    for word_back in ("START",):
        assert await p.text(word_back) == []
    assert not identities.is_stopped(srv.db, "sms", p.number)
    answer = await p.text("3 5")
    assert answer and answer[0].startswith("Saved")


@pytest.mark.parametrize("word", ["START", "yes", "Unstop"])
async def test_start_words_resume_and_are_not_answered(twilio, http, srv, word) -> None:
    p = phone(twilio, http, srv)
    await onboard(p)
    await p.text("STOP")
    assert await p.text(word) == []
    assert not identities.is_stopped(srv.db, "sms", p.number)
    assert not runners.find_runner(srv.db, "sms", p.number).unreachable


@pytest.mark.parametrize("word", ["HELP", "info", "Help!"])
async def test_help_says_what_lumbar_is_and_how_to_stop(twilio, http, srv, word) -> None:
    p = phone(twilio, http, srv)
    [answer] = await p.text(word)
    assert "back pain" in answer and "STOP" in answer and segments(answer) == 1
    assert srv.db.table("runners").count == 0 and srv.db.table("outbox").count == 0


async def test_twilio_21610_marks_the_number_stopped_and_nothing_is_retried(twilio, http, srv, clock) -> None:
    p = phone(twilio, http, srv)
    await onboard(p)
    twilio.opted_out.add(p.number)  # opted out at Twilio (another sender of the service, say)
    tomorrow = dt.datetime.combine(clock().date() + dt.timedelta(days=1), dt.time(7, 1), UTC)
    assert await p.sweep(tomorrow) == []
    assert identities.is_stopped(srv.db, "sms", p.number)
    assert [c.code for c in twilio.calls if c.to == p.number][-1] == 21610
    calls = len(twilio.calls)
    await p.text("how are you")
    assert len(twilio.calls) == calls


@pytest.mark.parametrize("code", [21614, 21211])
async def test_a_number_that_can_never_get_texts_is_marked_unreachable(twilio, http, srv, code) -> None:
    p = phone(twilio, http, srv)
    await onboard(p)
    twilio.fail_next(400, code)
    await p.text("3 5")
    assert runners.find_runner(srv.db, "sms", p.number).unreachable
    assert [c.code for c in twilio.calls if c.to == p.number][-1] == code


@pytest.mark.parametrize("status", [429, 500, 503])
async def test_429_and_5xx_are_retried(twilio, http, srv, clock, status) -> None:
    p = phone(twilio, http, srv)
    await onboard(p)
    twilio.fail_next(status, times=2, retry_after=1 if status == 429 else None)
    assert await p.text("3 5") == []
    for _ in range(2):
        clock.advance(seconds=10)
        await drained(srv)
    [saved] = p.inbox()[-1:]
    assert saved.startswith("Saved") and [c.status for c in twilio.calls[-3:]] == [status, status, 201]


async def test_delivery_status_callbacks_land_on_the_outbox_row(twilio, http, srv) -> None:
    p = phone(twilio, http, srv)
    await p.text("hello")
    await onboard(p)
    [call] = [c for c in twilio.sent(p.number)][-1:]
    assert call.params["StatusCallback"] == PUBLIC + "/sms/status"
    for status in ("sent", "delivered", "sent"):
        form = {"MessageSid": call.sid, "MessageStatus": status, "To": p.number}
        r = await http.post("/sms/status", data=form, headers={"X-Twilio-Signature": twilio.sign(PUBLIC + "/sms/status", form)})
        assert r.status_code == 204
    [row] = srv.db.query("select delivery_status from outbox where provider_id = ?", [call.sid])
    assert row["delivery_status"] == "delivered"
    forged = await http.post("/sms/status", data={"MessageSid": call.sid, "MessageStatus": "failed"})
    assert forged.status_code == 403


async def test_healthz_follows_the_sweep(twilio, http, srv, clock) -> None:
    assert (await http.get("/healthz")).status_code == 503
    await srv.sweep_once()
    ok = await http.get("/healthz")
    assert ok.status_code == 200 and ok.json()["database"] == "ok"
    clock.advance(minutes=10)
    assert (await http.get("/healthz")).status_code == 503


async def test_numbered_choices_press_the_button_they_stand_for(twilio, http, srv) -> None:
    p = phone(twilio, http, srv)
    await onboard(p)
    [question] = await p.text("/delete")
    assert question.endswith("Reply 1 for Yes, erase everything, 2 for No, keep it")
    [kept] = await p.text("2")
    assert runners.find_runner(srv.db, "sms", p.number) is not None and "kept" in kept.lower() or kept
    await p.text("/delete")
    await p.text("1")
    assert runners.find_runner(srv.db, "sms", p.number) is None


async def test_a_text_left_unhandled_by_a_crash_is_handled_at_the_next_start(twilio, db_path, clock) -> None:
    from storage import open_db
    from handlers.channels.sms import stored_payload

    db = open_db(db_path)
    inbox.store(db, "sms", "SM" + "1" * 32, "+447700900123", stored_payload("+447700900123", "help"), now=clock())
    s = server(twilio, db_path, clock)
    async with s.running():
        await drained(s)
    assert len(twilio.texts("+447700900123")) == 1
