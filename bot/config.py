"""Settings from the environment (and an optional ``.env``), checked once at start.

A missing or malformed setting raises ``ConfigError`` with one line a person can act on;
the token is kept out of ``repr`` so it cannot reach a log by accident.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import dotenv_values

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
TOKEN_SHAPE = re.compile(r"^\d+:[A-Za-z0-9_-]{5,}$")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


class ConfigError(Exception):
    pass


@dataclass(frozen=True)
class Settings:
    telegram_token: str | None = field(default=None, repr=False)
    telegram_api_base_url: str = DEFAULT_API_BASE_URL
    db_path: Path = Path("lumbar.db")
    backfill_days: int = 14
    send_rate: float = 30.0
    chat_interval: float = 1.0
    """Seconds between two messages to one private chat (Telegram: about one a second)."""
    flood_limit: int = 30
    """Messages from one chat within 10 seconds before its non-safety replies are held back."""
    group_answers_per_minute: int = 3
    """Commands answered in one group chat a minute; the rest are read and left unanswered."""
    poll_timeout: int = 25
    drain_idle: float = 1.0
    log_level: str = "INFO"
    backup_dir: Path | None = None
    backup_keep: int = 7

    @property
    def telegram_file_base_url(self) -> str:
        """Telegram serves files from ``/file/bot<token>`` beside ``/bot<token>``."""
        base = self.telegram_api_base_url.rstrip("/")
        head, _, tail = base.rpartition("/")
        return f"{head}/file/{tail}" if tail.startswith("bot") else f"{base}/file/bot"


SETTINGS_HELP = [
    ("TELEGRAM_BOT_TOKEN", "", "The token BotFather gave you. Without it `make run` opens the terminal chat."),
    ("TELEGRAM_API_BASE_URL", DEFAULT_API_BASE_URL, "Bot API address: for a self-hosted Bot API server, and for the tests' fake one."),
    ("LUMBAR_DB", "./lumbar.db", "The SQLite file. Created, with its folder, if missing."),
    ("LUMBAR_BACKFILL_DAYS", "14", "How many days back a runner may log or change (1-365)."),
    ("LUMBAR_SEND_RATE", "30", "Messages per second overall, Telegram's limit for bots; raise it only with paid broadcasts."),
    ("LUMBAR_LOG_LEVEL", "INFO", "DEBUG, INFO, WARNING or ERROR. Tokens, message text, health values, names and phone numbers are kept out at every level."),
    ("LUMBAR_BACKUP_DIR", "", "If set, a backup of the database is written here once a day (UTC) while the bot runs."),
    ("LUMBAR_BACKUP_KEEP", "7", "How many daily backups to keep in LUMBAR_BACKUP_DIR (1-1000); older ones are deleted."),
]


def load_settings(env: Mapping[str, str]) -> Settings:
    token = env.get("TELEGRAM_BOT_TOKEN", "").strip() or None
    if token is not None and not TOKEN_SHAPE.match(token):
        raise ConfigError("TELEGRAM_BOT_TOKEN does not look like a bot token (digits:letters, as BotFather gives it).")
    base_url = env.get("TELEGRAM_API_BASE_URL", "").strip() or DEFAULT_API_BASE_URL
    if not re.match(r"^https?://[^\s/]+", base_url):
        raise ConfigError(f"TELEGRAM_API_BASE_URL must start with http:// or https://, got {base_url[:60]!r}.")
    db_path = env.get("LUMBAR_DB", "").strip() or "lumbar.db"
    raw_days = env.get("LUMBAR_BACKFILL_DAYS", "").strip() or "14"
    if not raw_days.isdigit() or not 1 <= int(raw_days) <= 365:
        raise ConfigError(f"LUMBAR_BACKFILL_DAYS must be a whole number of days from 1 to 365, got {raw_days[:20]!r}.")
    raw_rate = env.get("LUMBAR_SEND_RATE", "").strip() or "30"
    try:
        send_rate = float(raw_rate)
    except ValueError:
        send_rate = 0.0
    if not 1 <= send_rate <= 1000:
        raise ConfigError(f"LUMBAR_SEND_RATE must be messages per second from 1 to 1000, got {raw_rate[:20]!r}.")
    raw_level = env.get("LUMBAR_LOG_LEVEL", "").strip() or "INFO"
    if raw_level.upper() not in LOG_LEVELS:
        raise ConfigError(f"LUMBAR_LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, got {raw_level[:20]!r}.")
    backup_dir = env.get("LUMBAR_BACKUP_DIR", "").strip() or None
    raw_keep = env.get("LUMBAR_BACKUP_KEEP", "").strip() or "7"
    if not raw_keep.isdigit() or not 1 <= int(raw_keep) <= 1000:
        raise ConfigError(f"LUMBAR_BACKUP_KEEP must be a whole number of backups from 1 to 1000, got {raw_keep[:20]!r}.")
    return Settings(
        log_level=raw_level.upper(),
        backup_dir=Path(backup_dir) if backup_dir else None,
        backup_keep=int(raw_keep),
        send_rate=send_rate,
        telegram_token=token,
        telegram_api_base_url=base_url,
        db_path=Path(db_path),
        backfill_days=int(raw_days),
    )


def read_env(dotenv_path: str | Path = ".env") -> dict[str, str]:
    """The process environment over the values of an optional ``.env`` file."""
    values = {k: v for k, v in dotenv_values(dotenv_path).items() if v is not None} if Path(dotenv_path).exists() else {}
    return {**values, **os.environ}
