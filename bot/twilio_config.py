"""Settings for ``lumbar serve``: the web server, Telegram's webhook and SMS through Twilio.

``load_serve_settings(env)`` reads them from an environment mapping, checks them once at
start and raises ``ConfigError`` with one line a person can act on when a setting is
malformed or only half of a group is there (a SID without its token, a sender without an
account). Secrets are kept out of ``repr`` so they cannot reach a log, and no message
quotes a secret back.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from bot.config import ConfigError

DEFAULT_TWILIO_API_BASE_URL = "https://api.twilio.com"
DEFAULT_HTTP_HOST = "127.0.0.1"
DEFAULT_HTTP_PORT = 8080
DEFAULT_SMS_RATE = 1.0

ACCOUNT_SID_SHAPE = re.compile(r"AC[0-9a-fA-F]{32}")
AUTH_TOKEN_SHAPE = re.compile(r"[0-9A-Za-z]{32}")
MESSAGING_SERVICE_SID_SHAPE = re.compile(r"MG[0-9a-fA-F]{32}")
E164_SHAPE = re.compile(r"\+[1-9]\d{6,14}")
WEBHOOK_SECRET_SHAPE = re.compile(r"[A-Za-z0-9_-]{1,256}")
"""Telegram's rule for setWebhook's secret_token: 1-256 characters, A-Z a-z 0-9 _ -."""

_TWILIO_KEYS = (
    "TWILIO_ACCOUNT_SID",
    "TWILIO_AUTH_TOKEN",
    "TWILIO_FROM_NUMBER",
    "TWILIO_MESSAGING_SERVICE_SID",
)


@dataclass(frozen=True)
class TwilioSettings:
    """How to send SMS: the account, one sender, the API's address and the pace."""

    account_sid: str
    auth_token: str = field(repr=False)
    from_number: str | None = None
    messaging_service_sid: str | None = None
    api_base_url: str = DEFAULT_TWILIO_API_BASE_URL
    sms_rate: float = DEFAULT_SMS_RATE

    @property
    def sender(self) -> dict[str, str]:
        """The form field naming the sender of every message: From or MessagingServiceSid."""
        if self.messaging_service_sid is not None:
            return {"MessagingServiceSid": self.messaging_service_sid}
        assert self.from_number is not None
        return {"From": self.from_number}


@dataclass(frozen=True)
class ServeSettings:
    """Where ``lumbar serve`` listens, the public address Telegram and Twilio call, and
    which of the two channels are set up for it."""

    public_url: str | None = None
    http_host: str = DEFAULT_HTTP_HOST
    http_port: int = DEFAULT_HTTP_PORT
    telegram_webhook_secret: str | None = field(default=None, repr=False)
    twilio: TwilioSettings | None = None

    @property
    def sms(self) -> bool:
        return self.twilio is not None

    @property
    def telegram_webhook(self) -> bool:
        """Telegram by webhook needs both the public address and the secret it sends back."""
        return self.public_url is not None and self.telegram_webhook_secret is not None

    def public(self, path: str) -> str:
        """The public URL of one of our routes ("/sms"): what Twilio signs, what Telegram calls."""
        if self.public_url is None:
            raise ValueError("LUMBAR_PUBLIC_URL is not set")
        return self.public_url + path


SERVE_SETTINGS_HELP = [
    ("LUMBAR_PUBLIC_URL", "", "The https:// address Telegram and Twilio reach `lumbar serve` at, e.g. https://lumbar.example.org (your reverse proxy)."),
    ("LUMBAR_HTTP_HOST", DEFAULT_HTTP_HOST, "The address `lumbar serve` listens on; keep 127.0.0.1 behind a reverse proxy."),
    ("LUMBAR_HTTP_PORT", str(DEFAULT_HTTP_PORT), "The port `lumbar serve` listens on."),
    ("TELEGRAM_WEBHOOK_SECRET", "", "1-256 letters, digits, _ or -: Telegram sends it with every update so forged ones are refused."),
    ("TWILIO_ACCOUNT_SID", "", "Your Twilio Account SID (AC...). With the token and one sender it turns SMS on."),
    ("TWILIO_AUTH_TOKEN", "", "Your Twilio Auth Token: signs Twilio's webhooks and authenticates sends."),
    ("TWILIO_FROM_NUMBER", "", "The Twilio number texts come from, in +E.164 form; or else:"),
    ("TWILIO_MESSAGING_SERVICE_SID", "", "A Messaging Service (MG...) to send through instead of one number."),
    ("TWILIO_API_BASE_URL", DEFAULT_TWILIO_API_BASE_URL, "Twilio's REST API address; the tests point it at a fake."),
    ("LUMBAR_SMS_RATE", f"{DEFAULT_SMS_RATE:g}", "SMS segments per second; 1 is a long-code number's limit, a toll-free number allows 3."),
]  # fmt: skip


def load_serve_settings(env: Mapping[str, str]) -> ServeSettings:
    """Read and check the settings of ``lumbar serve``. Raises ``ConfigError``, one line."""
    value = {key: env.get(key, "").strip() for key in _keys()}
    public_url = _public_url(value["LUMBAR_PUBLIC_URL"]) if value["LUMBAR_PUBLIC_URL"] else None
    secret = value["TELEGRAM_WEBHOOK_SECRET"] or None
    if secret is not None and not WEBHOOK_SECRET_SHAPE.fullmatch(secret):
        raise ConfigError(
            "TELEGRAM_WEBHOOK_SECRET may only be 1-256 letters, digits, _ and - "
            "(Telegram refuses any other); make a new one, e.g. with `openssl rand -hex 32`."
        )
    if secret is not None and public_url is None:
        raise ConfigError(
            "TELEGRAM_WEBHOOK_SECRET is set but LUMBAR_PUBLIC_URL is not: "
            "Telegram needs the public https:// address to send updates to."
        )
    sms_rate = _sms_rate(value["LUMBAR_SMS_RATE"])
    twilio = _twilio(value, sms_rate)
    if twilio is not None and public_url is None:
        raise ConfigError(
            "Twilio is set up but LUMBAR_PUBLIC_URL is not: Twilio's webhooks are checked "
            "against the public https:// address they are sent to."
        )
    return ServeSettings(
        public_url=public_url,
        http_host=_host(value["LUMBAR_HTTP_HOST"] or DEFAULT_HTTP_HOST),
        http_port=_port(value["LUMBAR_HTTP_PORT"]),
        telegram_webhook_secret=secret,
        twilio=twilio,
    )


def _keys() -> list[str]:
    return [name for name, _, _ in SERVE_SETTINGS_HELP]


def _twilio(value: dict[str, str], sms_rate: float) -> TwilioSettings | None:
    present = [key for key in _TWILIO_KEYS if value[key]]
    if not present:
        return None
    sid, token = value["TWILIO_ACCOUNT_SID"], value["TWILIO_AUTH_TOKEN"]
    sender, service = value["TWILIO_FROM_NUMBER"], value["TWILIO_MESSAGING_SERVICE_SID"]
    for needed in ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN"):
        if not value[needed]:
            raise ConfigError(
                f"{present[0]} is set but {needed} is not: SMS needs the Account SID, the Auth "
                "Token and TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID (Twilio console)."
            )
    if not sender and not service:
        raise ConfigError(
            "Twilio's account is set but not who texts come from: set TWILIO_FROM_NUMBER "
            "(+E.164) or TWILIO_MESSAGING_SERVICE_SID (MG...)."
        )
    if sender and service:
        raise ConfigError(
            "Set TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID, not both: "
            "texts must come from one sender."
        )
    if not ACCOUNT_SID_SHAPE.fullmatch(sid):
        raise ConfigError(
            "TWILIO_ACCOUNT_SID must be AC followed by 32 hexadecimal digits, as in the Twilio "
            "console (an API key SID starts with SK and is not an Account SID)."
        )
    if not AUTH_TOKEN_SHAPE.fullmatch(token):
        raise ConfigError(
            "TWILIO_AUTH_TOKEN must be the 32 letters and digits of the Twilio console's "
            "Auth Token (check for a stray quote or a missing character)."
        )
    if sender and not E164_SHAPE.fullmatch(sender):
        raise ConfigError(
            "TWILIO_FROM_NUMBER must be a phone number in +E.164 form, e.g. +447700900123; "
            "runners reply to it, so a sender name cannot be used."
        )
    if service and not MESSAGING_SERVICE_SID_SHAPE.fullmatch(service):
        raise ConfigError(
            "TWILIO_MESSAGING_SERVICE_SID must be MG followed by 32 hexadecimal digits, "
            "as in the Twilio console."
        )
    return TwilioSettings(
        account_sid=sid,
        auth_token=token,
        from_number=sender or None,
        messaging_service_sid=service or None,
        api_base_url=_api_base_url(value["TWILIO_API_BASE_URL"]),
        sms_rate=sms_rate,
    )


def _public_url(raw: str) -> str:
    parts = urlsplit(raw)
    if parts.scheme != "https" or not parts.hostname:
        raise ConfigError(
            f"LUMBAR_PUBLIC_URL must be an https:// address (Telegram and Twilio call it over "
            f"the internet), got {raw[:60]!r}."
        )
    if parts.query or parts.fragment or " " in raw:
        raise ConfigError(
            f"LUMBAR_PUBLIC_URL must be a plain address without ? or #, got {raw[:60]!r}."
        )
    return raw.rstrip("/")


def _api_base_url(raw: str) -> str:
    if not raw:
        return DEFAULT_TWILIO_API_BASE_URL
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(
            f"TWILIO_API_BASE_URL must start with http:// or https://, got {raw[:60]!r}."
        )
    return raw.rstrip("/")


def _host(raw: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9.:\[\]_-]{1,253}", raw):
        raise ConfigError(
            "LUMBAR_HTTP_HOST must be a host name or IP address such as 127.0.0.1, "
            f"got {raw[:60]!r}."
        )
    return raw


def _port(raw: str) -> int:
    if not raw:
        return DEFAULT_HTTP_PORT
    if not raw.isdigit() or not 1 <= int(raw) <= 65535:
        raise ConfigError(
            f"LUMBAR_HTTP_PORT must be a port number from 1 to 65535, got {raw[:20]!r}."
        )
    return int(raw)


def _sms_rate(raw: str) -> float:
    if not raw:
        return DEFAULT_SMS_RATE
    try:
        rate = float(raw)
    except ValueError:
        rate = 0.0
    if not 0.01 <= rate <= 1000:
        raise ConfigError(
            f"LUMBAR_SMS_RATE must be SMS segments per second from 0.01 to 1000, got {raw[:20]!r}."
        )
    return rate
