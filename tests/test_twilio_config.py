"""Settings of ``lumbar serve``: web server, Telegram webhook secret, Twilio; one clear line
for anything half there or malformed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.config import ConfigError
from bot.twilio_config import (
    SERVE_SETTINGS_HELP,
    ServeSettings,
    TwilioSettings,
    load_serve_settings,
)

SID = "AC" + "0123456789abcdef" * 2
TOKEN = "9f" * 16
SERVICE = "MG" + "fedcba9876543210" * 2
PUBLIC = "https://lumbar.example.org"
SMS = {
    "TWILIO_ACCOUNT_SID": SID,
    "TWILIO_AUTH_TOKEN": TOKEN,
    "TWILIO_FROM_NUMBER": "+447700900000",
    "LUMBAR_PUBLIC_URL": PUBLIC,
}


def test_nothing_set_means_no_webhooks_and_no_sms() -> None:
    settings = load_serve_settings({})
    assert settings == ServeSettings()
    assert (settings.http_host, settings.http_port) == ("127.0.0.1", 8080)
    assert not settings.sms and not settings.telegram_webhook


def test_sms_from_a_number() -> None:
    settings = load_serve_settings(SMS)
    assert settings.twilio == TwilioSettings(
        account_sid=SID, auth_token=TOKEN, from_number="+447700900000"
    )
    assert settings.twilio.sender == {"From": "+447700900000"}
    assert settings.twilio.api_base_url == "https://api.twilio.com"
    assert settings.twilio.sms_rate == 1.0
    assert settings.sms and settings.public("/sms") == "https://lumbar.example.org/sms"


def test_sms_through_a_messaging_service_with_every_setting() -> None:
    env = {
        **SMS,
        "TWILIO_FROM_NUMBER": "",
        "TWILIO_MESSAGING_SERVICE_SID": SERVICE,
        "TWILIO_API_BASE_URL": "http://127.0.0.1:9999/",
        "LUMBAR_SMS_RATE": "3",
        "LUMBAR_PUBLIC_URL": PUBLIC + "/lumbar/",
        "LUMBAR_HTTP_HOST": "0.0.0.0",
        "LUMBAR_HTTP_PORT": "8443",
        "TELEGRAM_WEBHOOK_SECRET": "s3cret_-X",
    }
    settings = load_serve_settings(env)
    assert settings.twilio is not None
    assert settings.twilio.sender == {"MessagingServiceSid": SERVICE}
    assert settings.twilio.api_base_url == "http://127.0.0.1:9999"
    assert settings.twilio.sms_rate == 3.0
    assert settings.public_url == "https://lumbar.example.org/lumbar"
    assert (settings.http_host, settings.http_port) == ("0.0.0.0", 8443)
    assert settings.telegram_webhook and settings.telegram_webhook_secret == "s3cret_-X"


def test_surrounding_spaces_are_forgiven() -> None:
    settings = load_serve_settings({k: f"  {v} " for k, v in SMS.items()})
    assert settings.twilio is not None and settings.twilio.auth_token == TOKEN


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"TWILIO_ACCOUNT_SID": SID}, "TWILIO_ACCOUNT_SID is set but TWILIO_AUTH_TOKEN is not"),
        ({"TWILIO_AUTH_TOKEN": TOKEN}, "TWILIO_AUTH_TOKEN is set but TWILIO_ACCOUNT_SID is not"),
        (
            {"TWILIO_FROM_NUMBER": "+447700900000"},
            "TWILIO_FROM_NUMBER is set but TWILIO_ACCOUNT_SID",
        ),
        ({"TWILIO_MESSAGING_SERVICE_SID": SERVICE}, "is set but TWILIO_ACCOUNT_SID is not"),
        ({**SMS, "TWILIO_FROM_NUMBER": ""}, "not who texts come from"),
        ({**SMS, "TWILIO_MESSAGING_SERVICE_SID": SERVICE}, "not both"),
        ({**SMS, "LUMBAR_PUBLIC_URL": ""}, "Twilio is set up but LUMBAR_PUBLIC_URL is not"),
        (
            {"TELEGRAM_WEBHOOK_SECRET": "abc"},
            "TELEGRAM_WEBHOOK_SECRET is set but LUMBAR_PUBLIC_URL",
        ),
    ],
)
def test_half_a_configuration_is_one_clear_line(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message) as error:
        load_serve_settings(env)
    assert "\n" not in str(error.value)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({**SMS, "TWILIO_ACCOUNT_SID": "AC123"}, "TWILIO_ACCOUNT_SID must be AC followed by 32"),
        ({**SMS, "TWILIO_ACCOUNT_SID": "SK" + "0" * 32}, "an API key SID starts with SK"),
        ({**SMS, "TWILIO_AUTH_TOKEN": TOKEN[:-1]}, "TWILIO_AUTH_TOKEN must be the 32"),
        ({**SMS, "TWILIO_AUTH_TOKEN": f'"{TOKEN}"'}, "TWILIO_AUTH_TOKEN must be the 32"),
        ({**SMS, "TWILIO_FROM_NUMBER": "Lumbar"}, "TWILIO_FROM_NUMBER must be a phone number"),
        ({**SMS, "TWILIO_FROM_NUMBER": "07700900000"}, "TWILIO_FROM_NUMBER must be a phone number"),
        (
            {**SMS, "TWILIO_FROM_NUMBER": "", "TWILIO_MESSAGING_SERVICE_SID": "MG1"},
            "TWILIO_MESSAGING_SERVICE_SID must be MG",
        ),
        ({**SMS, "TWILIO_API_BASE_URL": "api.twilio.com"}, "TWILIO_API_BASE_URL must start"),
        ({**SMS, "LUMBAR_PUBLIC_URL": "http://lumbar.example.org"}, "must be an https:// address"),
        ({**SMS, "LUMBAR_PUBLIC_URL": "lumbar.example.org"}, "must be an https:// address"),
        ({**SMS, "LUMBAR_PUBLIC_URL": PUBLIC + "/?a=1"}, "without \\? or #"),
        ({"LUMBAR_HTTP_PORT": "http"}, "LUMBAR_HTTP_PORT must be a port number"),
        ({"LUMBAR_HTTP_PORT": "0"}, "LUMBAR_HTTP_PORT must be a port number"),
        ({"LUMBAR_HTTP_PORT": "65536"}, "LUMBAR_HTTP_PORT must be a port number"),
        ({"LUMBAR_HTTP_HOST": "my host"}, "LUMBAR_HTTP_HOST must be a host name"),
        ({"LUMBAR_SMS_RATE": "fast"}, "LUMBAR_SMS_RATE must be SMS segments per second"),
        ({"LUMBAR_SMS_RATE": "0"}, "LUMBAR_SMS_RATE must be"),
        ({"LUMBAR_SMS_RATE": "-1"}, "LUMBAR_SMS_RATE must be"),
        ({"LUMBAR_SMS_RATE": "nan"}, "LUMBAR_SMS_RATE must be"),
        ({"LUMBAR_SMS_RATE": "inf"}, "LUMBAR_SMS_RATE must be"),
    ],
)
def test_a_malformed_setting_is_one_clear_line(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message) as error:
        load_serve_settings(env)
    assert "\n" not in str(error.value)


@pytest.mark.parametrize("secret", ["a", "A-Z_0-9", "x" * 256])
def test_a_webhook_secret_telegram_accepts(secret: str) -> None:
    env = {"LUMBAR_PUBLIC_URL": PUBLIC, "TELEGRAM_WEBHOOK_SECRET": secret}
    assert load_serve_settings(env).telegram_webhook_secret == secret


@pytest.mark.parametrize("secret", ["x" * 257, "has space", "a=b", "a+b/c", "naïve", "tab\there"])
def test_a_webhook_secret_telegram_refuses(secret: str) -> None:
    env = {"LUMBAR_PUBLIC_URL": PUBLIC, "TELEGRAM_WEBHOOK_SECRET": secret}
    with pytest.raises(ConfigError, match="TELEGRAM_WEBHOOK_SECRET may only be") as error:
        load_serve_settings(env)
    assert secret not in str(error.value)


def test_secrets_stay_out_of_repr_and_error_messages() -> None:
    settings = load_serve_settings({**SMS, "TELEGRAM_WEBHOOK_SECRET": "hush-hush-42"})
    assert TOKEN not in repr(settings) and "hush-hush-42" not in repr(settings)
    bad_token = "SECRETMARKER" + TOKEN
    with pytest.raises(ConfigError) as error:
        load_serve_settings({**SMS, "TWILIO_AUTH_TOKEN": bad_token})
    assert "SECRETMARKER" not in str(error.value)


def test_every_setting_read_is_documented() -> None:
    documented = {name for name, _, help_text in SERVE_SETTINGS_HELP if help_text}
    assert {
        "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_FROM_NUMBER",
        "TWILIO_MESSAGING_SERVICE_SID", "TWILIO_API_BASE_URL", "LUMBAR_PUBLIC_URL",
        "LUMBAR_HTTP_HOST", "LUMBAR_HTTP_PORT", "TELEGRAM_WEBHOOK_SECRET", "LUMBAR_SMS_RATE",
    } == documented  # fmt: skip


names = st.sampled_from([name for name, _, _ in SERVE_SETTINGS_HELP])


@given(st.dictionaries(names, st.text(max_size=40)))
def test_any_environment_gives_settings_or_one_config_error(env: dict[str, str]) -> None:
    try:
        settings = load_serve_settings(env)
    except ConfigError as error:
        assert "\n" not in str(error)
    else:
        assert settings.sms == (settings.twilio is not None)
