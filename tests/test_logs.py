"""The redacting log filter, record by record: what python-telegram-bot, httpx and a Twilio client log."""

from __future__ import annotations

import io
import json
import logging

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.config import ConfigError, load_settings
from bot.logs import HIDDEN, Redact, configure, secrets_in

TOKEN = "7123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw7"
TWILIO_AUTH = "f3b1c0ffee5e2d4a9b8c7d6e5f4a3b2c"


def line(msg: object, *args: object, secrets: tuple[str, ...] = (), exc: BaseException | None = None) -> str:
    """What the handler writes for one record, after ``Redact``."""
    record = logging.LogRecord("telegram.Bot", logging.DEBUG, __file__, 1, msg, args or None,
                               (type(exc), exc, exc.__traceback__) if exc else None)
    Redact(secrets).filter(record)
    return logging.Formatter("%(message)s").format(record)


def test_the_bot_token_is_hidden_in_urls_by_value_and_by_shape() -> None:
    url = f"https://api.telegram.org/bot{TOKEN}/getUpdates"
    assert TOKEN not in line("HTTP Request: POST %s", url, secrets=(TOKEN,))
    assert TOKEN not in line("HTTP Request: POST %s", url)
    assert line("Set Bot API URL: %s", url) == f"Set Bot API URL: https://api.telegram.org/bot{HIDDEN}/getUpdates"


def test_a_short_token_from_the_settings_is_hidden_by_value() -> None:
    assert "123456:TEST-TOKEN" not in line("url %s", "http://x/bot123456:TEST-TOKEN/getMe", secrets=("123456:TEST-TOKEN",))


def test_a_twilio_auth_token_is_hidden() -> None:
    assert TWILIO_AUTH not in line("auth %s", TWILIO_AUTH)


def test_secrets_are_read_from_settings_named_like_secrets() -> None:
    env = {"TELEGRAM_BOT_TOKEN": TOKEN, "TWILIO_AUTH_TOKEN": TWILIO_AUTH, "TELEGRAM_WEBHOOK_SECRET": "s3cret-value",
           "LUMBAR_DB": "/data/lumbar.db", "SHORT_TOKEN": "abc"}
    assert sorted(secrets_in(env)) == sorted([TOKEN, TWILIO_AUTH, "s3cret-value"])


def test_the_parameters_of_a_bot_api_call_keep_their_shape_and_lose_their_content() -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("7", callback_data="pain:2026-11-24:7")]])
    text = line("Calling Bot API endpoint `%s` with parameters `%s`", "sendMessage",
                {"chat_id": 1001, "text": "Saved Tue 24 Nov: pain 7, ran 13.7 km.", "reply_markup": keyboard})
    assert text.startswith("Calling Bot API endpoint `sendMessage` with parameters `{'chat_id': 1001, 'text': '<redacted>'")
    assert "13.7" not in text and "pain:" not in text and "pain 7" not in text


def test_an_incoming_update_loses_names_texts_and_button_data() -> None:
    update = Update.de_json({
        "update_id": 42,
        "message": {"message_id": 5, "date": 1764460800, "chat": {"id": 1001, "type": "private", "first_name": "Zebedee"},
                    "from": {"id": 1001, "is_bot": False, "first_name": "Zebedee", "last_name": "Quint",
                             "username": "zq", "language_code": "en"},
                    "text": "7 13.7km"},
    }, None)
    text = line("Processing update %s", update)
    assert "'update_id': 42" in text and "'type': 'private'" in text
    for secret in ("Zebedee", "Quint", "zq'", "13.7"):
        assert secret not in text


def test_json_text_is_read_and_shaped() -> None:
    body = json.dumps({"update_id": 9, "callback_query": {"id": "1", "data": "erase:abc", "from": {"first_name": "Zebedee"}}})
    text = line("Webhook received data: %s", body)
    assert "Zebedee" not in text and "erase:abc" not in text and "9" in text


def test_fields_inside_preformatted_text_are_hidden() -> None:
    """A library that formats the payload itself (the Twilio client does) still loses the fields that carry content."""
    text = line("PAYLOAD: {'Body': 'pain 7 today', 'To': '+447700900123', 'From': '+15005550006'} text=hello")
    assert "pain 7" not in text and "hello" not in text
    assert "7700900" not in text and "5005550" not in text


@pytest.mark.parametrize("number", ["+447700900123", "%2B447700900123", "+44 7700 900123", "whatsapp:+447700900123"])
def test_a_phone_number_keeps_at_most_its_last_two_digits(number: str) -> None:
    text = line("sms from %s failed", number)
    assert "7700" not in text and "900" not in text.replace("…23", "")
    assert text.endswith("…23 failed")


def test_dates_and_offsets_are_not_mistaken_for_phone_numbers() -> None:
    assert line("at %s", "2026-11-30T08:00:00+00:00") == "at 2026-11-30T08:00:00+00:00"


def test_a_traceback_loses_the_token_in_an_exception_message() -> None:
    try:
        raise RuntimeError(f"The token `{TOKEN}` was rejected by the server.")
    except RuntimeError as error:
        text = line("Invalid token", exc=error)
    assert "RuntimeError" in text and TOKEN not in text


def test_line_breaks_in_a_message_cannot_forge_a_log_line() -> None:
    assert line("runner %s", "1\n2026-01-01 INFO fake: line") == "runner 1\\n2026-01-01 INFO fake: line"


def test_configure_installs_one_handler_at_the_level_asked() -> None:
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    stream = io.StringIO()
    try:
        configure("WARNING")
        handler = configure("DEBUG", secrets=[TOKEN], stream=stream)
        assert [h for h in root.handlers if getattr(h, "lumbar", False)] == [handler]
        assert root.level == logging.DEBUG
        logging.getLogger("httpx").debug("HTTP Request: POST https://api.telegram.org/bot%s/getMe", TOKEN)
    finally:
        for h in [h for h in root.handlers if h not in before]:
            root.removeHandler(h)
        root.setLevel(level)
        configure_default_library_levels()
    assert "HTTP Request: POST https://api.telegram.org/bot<redacted>/getMe" in stream.getvalue()


def configure_default_library_levels() -> None:
    for name in ("httpx", "httpcore", "apscheduler"):
        logging.getLogger(name).setLevel(logging.WARNING)


@pytest.mark.parametrize("value", ["verbose", "5", "TRACE"])
def test_an_unknown_log_level_is_one_clear_line(value: str) -> None:
    with pytest.raises(ConfigError, match=f"LUMBAR_LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, got '{value}'"):
        load_settings({"LUMBAR_LOG_LEVEL": value})


def test_the_log_level_is_read_in_any_case() -> None:
    assert load_settings({"LUMBAR_LOG_LEVEL": "debug"}).log_level == "DEBUG"
    assert load_settings({}).log_level == "INFO"
