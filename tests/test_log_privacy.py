"""A whole Telegram conversation with `lumbar run` at DEBUG, and every line it logged searched (issue 15).

The bot is the real command in its own process, so logging is installed exactly as a self-hoster
gets it. The same conversation over SMS runs through `lumbar serve` and the fake Twilio, searched
for the Twilio credentials and the runner's phone number.
"""

from __future__ import annotations

import asyncio
import re
import socket

import httpx

from tests.fake_telegram import FakeTelegram
from tests.helpers import TelegramRunner
from tests.fake_twilio import ACCOUNT_SID, AUTH_TOKEN, FROM_NUMBER, FakeTwilio
from tests.processes import Process, lumbar_env

TOKEN = "7123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw7"
NAME = "Zebedee"
PHONE = "+447700900123"
TYPED = ["/start", "Europe/London", "7 13.7km", "my back felt stiff after the hills", "/history", "/export"]


async def test_a_debug_conversation_logs_no_token_text_health_value_name_or_phone(tmp_path) -> None:
    tg = FakeTelegram(TOKEN)
    await tg.start()
    env = lumbar_env(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=tg.base_url,
                     LUMBAR_DB=str(tmp_path / "lumbar.db"), LUMBAR_LOG_LEVEL="DEBUG")
    bot = await Process.start("run", env=env, cwd=tmp_path)
    pressed: list[str] = []
    try:
        await bot.wait_for_output("Lumbar is polling Telegram")
        person = TelegramRunner(tg, first_name=NAME)
        tg.bot_settled = lambda: tg.quiesce(settle=1.5)  # the real bot sends one message a second to a chat
        await person.say("/start")
        for label in ("I agree", "Kilometres"):
            pressed.append(person.button_data(label))
            await person.press(label)
        await person.say("Europe/London")
        pressed.append(person.button_data("Morning 08:00"))
        await person.press("Morning 08:00")
        for _ in range(3):
            pressed.append(person.button_data("No, none"))
            await person.press("No, none")
        await person.say("7 13.7km")
        await person.say("my back felt stiff after the hills")
        await person._after(lambda: tg.push_update({"message": contact_message(tg, person.chat_id)}))
        await person.say("/history")
        await person.say("/export")
        await tg.wait_for("sendDocument", chat_id=person.chat_id)
    finally:
        await bot.stop()
        await tg.stop()
    log = bot.text()
    sent = [call.text for call in tg.sent(person.chat_id) if call.text]

    assert "Calling Bot API endpoint `sendMessage` with parameters" in log, "DEBUG logging was on"
    assert "Processing update" in log and "HTTP Request: POST" in log
    assert TOKEN not in log and TOKEN.split(":")[1] not in log
    assert NAME not in log
    assert PHONE not in log and "7700900" not in log
    for text in TYPED:
        assert text not in log, text
    assert "13.7" not in log
    assert not re.search(r"pain\W{0,3}7\b", log)
    assert "Saved" in " ".join(sent)
    for text in sent:
        for piece in text.splitlines():
            if len(piece) >= 12:
                assert piece not in log, piece
    for data in pressed:
        assert data not in log, data


def contact_message(tg: FakeTelegram, chat_id: int) -> dict:
    """The runner shares their phone number with Telegram's contact button."""
    return tg._user_message(chat_id, NAME, None, contact={"phone_number": PHONE, "first_name": NAME, "user_id": chat_id})


SMS_TYPED = ["Hello Lumbar", "YES", "6 11.3km", "my back felt stiff after the hills", "HISTORY"]


async def test_a_debug_sms_conversation_logs_no_auth_token_text_health_value_or_number(tmp_path) -> None:
    """The same over SMS: `lumbar serve` at DEBUG, texts posted as signed Twilio webhooks."""
    port = free_port()
    public = "https://lumbar.example.org"
    async with FakeTwilio() as twilio:
        twilio.tunnel(public, f"http://127.0.0.1:{port}")
        env = lumbar_env(TWILIO_ACCOUNT_SID=ACCOUNT_SID, TWILIO_AUTH_TOKEN=AUTH_TOKEN, TWILIO_FROM_NUMBER=FROM_NUMBER,
                         TWILIO_API_BASE_URL=twilio.base_url, LUMBAR_PUBLIC_URL=public, LUMBAR_HTTP_PORT=str(port),
                         LUMBAR_DB=str(tmp_path / "lumbar.db"), LUMBAR_LOG_LEVEL="DEBUG")
        server = await Process.start("serve", env=env, cwd=tmp_path)
        try:
            await until_healthy(server, port)
            for body in ("Hello Lumbar", "YES", "1", "1", "1"):  # consent, km, the zone guessed, 07:00
                await text_and_wait(twilio, public, body)
            for _ in range(3):  # the three safety checklists: "No, none" each time
                choices = dict(re.findall(r"(\d) for ([^,\n]+)", twilio.texts(PHONE)[-1]))
                [none] = [number for number, label in choices.items() if label.startswith("No")]
                await text_and_wait(twilio, public, none)
            for body in SMS_TYPED[2:]:
                await text_and_wait(twilio, public, body)
        finally:
            await server.stop()
        received = twilio.texts(PHONE)
    log = server.text()

    assert "DEBUG" in log, "DEBUG logging was on"
    assert AUTH_TOKEN not in log and ACCOUNT_SID not in log
    assert PHONE not in log and "7700900" not in log
    for text in SMS_TYPED:
        assert text not in log, text
    assert "11.3" not in log
    assert not re.search(r"pain\W{0,3}6\b", log)
    assert any("Saved" in text for text in received), "\n---\n".join(received)
    for text in received:
        for piece in text.splitlines():
            if len(piece) >= 12:
                assert piece not in log, piece


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def until_healthy(server: Process, port: int, timeout: float = 20) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    async with httpx.AsyncClient() as http:
        while True:
            try:
                await http.get(f"http://127.0.0.1:{port}/healthz")
                return
            except httpx.TransportError:
                if server.proc.returncode is not None or asyncio.get_running_loop().time() > deadline:
                    raise AssertionError(f"lumbar serve did not start:\n{server.text()}") from None
                await asyncio.sleep(0.1)


async def text_and_wait(twilio: FakeTwilio, public: str, body: str) -> None:
    before = len(twilio.sent(PHONE))
    result = await twilio.post_inbound(public + "/sms", PHONE, body)
    assert result.status == 200, result
    await twilio.wait_for(before + 1, to=PHONE, timeout=10)
    while True:  # a reply may be several texts, one a second: answer only what has all arrived, as a person would
        seen = len(twilio.sent(PHONE))
        await asyncio.sleep(1.5)
        if len(twilio.sent(PHONE)) == seen:
            return
