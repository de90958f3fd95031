"""`lumbar serve` with both channels: Telegram by webhook, SMS by Twilio, one diary and one club for both."""

from __future__ import annotations

import re

import httpx
import pytest

from coach.sms import is_gsm7
from storage import diary, runners
from tests.fake_twilio import FakeTwilio
from tests.sms_phone import PUBLIC, SECRET, Phone, drained, server

CHAT = 1001
NUMBER = "+447700900123"


@pytest.fixture
async def twilio():
    async with FakeTwilio() as fake:
        yield fake


@pytest.fixture
async def srv(twilio, tg, db_path, clock):
    s = server(twilio, db_path, clock, tg=tg)
    async with s.running():
        yield s


@pytest.fixture
async def http(srv):
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=srv.app), base_url="http://lumbar.local") as c:
        yield c


class Telegram:
    """A Telegram user whose updates Telegram posts to our webhook, as in webhook mode."""

    def __init__(self, tg, http, srv, chat_id: int = CHAT) -> None:
        self.tg, self.http, self.srv, self.chat_id = tg, http, srv, chat_id

    async def _post(self, uid: int, secret: str | None = SECRET) -> httpx.Response:
        [update] = [u for u in self.tg.pending_updates if u["update_id"] == uid]
        headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
        response = await self.http.post("/telegram", json=update, headers=headers)
        for _ in range(100):
            if not self.srv.application.update_queue.qsize():
                break
            await __import__("asyncio").sleep(0.01)
        await self.tg.quiesce(settle=0.05)
        await drained(self.srv)
        await self.tg.quiesce(settle=0.05)
        return response

    async def say(self, text: str, secret: str | None = SECRET) -> list[str]:
        before = len(self.tg.texts(self.chat_id))
        response = await self._post(await self.tg.push_text(self.chat_id, text), secret)
        self.status = response.status_code
        return self.tg.texts(self.chat_id)[before:]

    async def press(self, label: str) -> list[str]:
        before = len(self.tg.texts(self.chat_id))
        markup = self.tg._last_keyboard_call(self.chat_id).params["reply_markup"]["inline_keyboard"]
        [data] = [b["callback_data"] for row in markup for b in row if b["text"] == label]
        await self._post(await self.tg.push_callback(self.chat_id, data))
        return self.tg.texts(self.chat_id)[before:]

    async def onboard(self) -> None:
        await self.say("/start")
        await self.press("I agree")
        await self.press("Kilometres")
        await self.say("Europe/London")
        await self.press("Morning 08:00")
        for _ in range(3):
            await self.press("No, none")


async def sms_onboard(p: Phone) -> None:
    for body in ("Hi", "YES", "1", "1", "1", "2", "2", "2"):
        await p.text(body)


async def test_the_webhook_is_set_with_the_secret(tg, srv) -> None:
    assert tg.webhook_url == PUBLIC + "/telegram"
    [call] = [c for c in tg.calls if c.method == "setWebhook"]
    assert call.params["secret_token"] == SECRET


@pytest.mark.parametrize("secret", [None, "wrong", SECRET + "x", ""])
async def test_an_update_without_the_secret_gets_403_and_nothing_is_stored(tg, http, srv, secret) -> None:
    person = Telegram(tg, http, srv)
    assert await person.say("/start", secret=secret) == []
    assert person.status == 403
    assert srv.db.table("inbox").count == 0 and srv.db.table("runners").count == 0


async def test_the_same_conversation_by_webhook_as_by_polling(tg, http, srv) -> None:
    person = Telegram(tg, http, srv)
    await person.onboard()
    [saved] = await person.say("3 5")
    assert saved.startswith("Saved") and "pain 3" in saved
    again = await person._post(tg.pending_updates[-1]["update_id"])
    assert again.status_code == 200 and len([t for t in tg.texts(CHAT) if t.startswith("Saved")]) == 1


async def test_link_then_one_diary_whichever_way_they_answer(tg, twilio, http, srv) -> None:
    person = Telegram(tg, http, srv)
    await person.onboard()
    [code_text] = await person.say("/link")
    code = re.search(r"\b(\d{6})\b", code_text).group(1)
    p = Phone(twilio, http, srv, NUMBER)
    [linked] = await p.text(f"LINK {code}")
    assert "same diary" in linked and "on Telegram" in linked
    [saved] = await p.text("3 5")
    assert saved.startswith("Saved")
    runner = runners.find_runner(srv.db, "telegram", str(CHAT))
    assert runners.find_runner(srv.db, "sms", NUMBER).id == runner.id
    assert [e.pain for e in diary.entries_between(srv.db, runner.id, srv.clock().date().replace(day=1),
                                                  srv.clock().date()) if e.pain is not None] == [3]
    [history] = await person.say("/history")
    assert "3" in history
    assert "unknown" in (await Phone(twilio, http, srv, "+447700900999").text(f"LINK {code}"))[0]


async def test_guessing_link_codes_is_capped_per_number_and_overall(tg, twilio, http, srv) -> None:
    person = Telegram(tg, http, srv)
    await person.onboard()
    [code_text] = await person.say("/link")
    code = re.search(r"\b(\d{6})\b", code_text).group(1)
    wrong = f"{(int(code) + 1) % 10**6:06d}"
    guesser = Phone(twilio, http, srv, "+447700900555")
    for _ in range(5):
        assert "unknown" in (await guesser.text(f"LINK {wrong}"))[0]
    [capped] = await guesser.text(f"LINK {code}")
    assert capped.startswith("Too many wrong link codes")
    assert runners.find_runner(srv.db, "sms", "+447700900555") is None
    for n in range(45):
        await Phone(twilio, http, srv, f"+4477009006{n:02d}").text(f"LINK {wrong}")
    [everyone_capped] = await Phone(twilio, http, srv, NUMBER).text(f"LINK {code}")
    assert everyone_capped.startswith("Too many wrong link codes")
    srv.clock.advance(minutes=16)
    [code_text] = await person.say("/link")
    code = re.search(r"\b(\d{6})\b", code_text).group(1)
    [linked] = await Phone(twilio, http, srv, NUMBER).text(f"LINK {code}")
    assert "same diary" in linked


async def test_a_club_message_reaches_an_sms_member_and_a_telegram_member(tg, twilio, http, srv) -> None:
    organiser = Telegram(tg, http, srv, 2002)
    await organiser.onboard()
    name = "Ystalyfera & District Harriers Thursday Night Hill Reps"
    [created] = await organiser.say(f"/club new {name}")
    code = re.search(r"/join (\w+)", created).group(1)
    member = Telegram(tg, http, srv, 3003)
    await member.onboard()
    await member.say(f"/join {code}")
    await member.press("Join")
    p = Phone(twilio, http, srv, NUMBER)
    await sms_onboard(p)
    [preview] = await p.text(f"/join {code}")
    assert preview.endswith("Reply 1 for Join, 2 for Cancel")
    await p.text("1")
    srv.clock.advance(hours=6)  # out of everyone's quiet hours
    await organiser.say("/broadcast Hill reps moved to 7pm on Thursday, meet at the leisure centre")
    await organiser.press("Send")
    await drained(srv)
    assert "Hill reps moved to 7pm" in p.inbox()[-1]
    assert any("Hill reps moved to 7pm" in t for t in tg.texts(3003))
    assert all(is_gsm7(t) for t in p.inbox())
