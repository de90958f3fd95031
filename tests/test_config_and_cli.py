"""Settings from the environment, and the `lumbar` command line as a self-hoster meets it."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli, configure_logging
from bot.config import SETTINGS_HELP, ConfigError, Settings, load_settings
from tests.fake_telegram import TOKEN
from tests.helpers import TelegramRunner

README = (Path(__file__).parent.parent / "README.md").read_text()


def test_defaults_need_no_settings() -> None:
    settings = load_settings({})
    assert settings == Settings(telegram_token=None, db_path=Path("lumbar.db"), backfill_days=14)
    assert settings.telegram_api_base_url == "https://api.telegram.org/bot"
    assert settings.telegram_file_base_url == "https://api.telegram.org/file/bot"


def test_a_local_bot_api_server_gets_its_file_url() -> None:
    settings = load_settings({"TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081/bot"})
    assert settings.telegram_file_base_url == "http://127.0.0.1:8081/file/bot"


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"TELEGRAM_BOT_TOKEN": "not-a-token"}, "TELEGRAM_BOT_TOKEN does not look like a bot token"),
        ({"TELEGRAM_API_BASE_URL": "api.telegram.org"}, "TELEGRAM_API_BASE_URL must start with http"),
        ({"LUMBAR_BACKFILL_DAYS": "two weeks"}, "LUMBAR_BACKFILL_DAYS must be a whole number"),
        ({"LUMBAR_BACKFILL_DAYS": "0"}, "LUMBAR_BACKFILL_DAYS must be a whole number"),
    ],
)
def test_a_malformed_setting_is_one_clear_line(env: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings(env)


def test_the_token_is_not_in_the_settings_repr() -> None:
    assert TOKEN not in repr(load_settings({"TELEGRAM_BOT_TOKEN": TOKEN}))


def test_cli_reports_a_bad_setting_in_one_line_without_a_traceback(monkeypatch, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LUMBAR_BACKFILL_DAYS", "-3")
    result = CliRunner().invoke(cli, ["demo"])
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0
    assert "LUMBAR_BACKFILL_DAYS must be a whole number" in result.output
    assert "Traceback" not in result.output


def test_run_without_a_token_says_what_to_do(monkeypatch, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    result = CliRunner().invoke(cli, ["run"])
    assert result.exit_code == 2
    assert "TELEGRAM_BOT_TOKEN is not set" in result.output


def test_env_file_is_read(monkeypatch, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LUMBAR_DB", raising=False)
    (tmp_path / ".env").write_text("LUMBAR_DB=from-dotenv.db\nLUMBAR_BACKFILL_DAYS=-1\n")
    result = CliRunner().invoke(cli, ["demo", "--days", "2"])
    assert "LUMBAR_BACKFILL_DAYS must be a whole number" in result.output


@pytest.mark.parametrize("command", [[], ["run"], ["chat"], ["demo"]])
def test_every_command_has_help(command: list[str]) -> None:
    result = CliRunner().invoke(cli, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output


def test_demo_creates_a_database_of_its_own_with_three_weeks(monkeypatch, tmp_path) -> None:
    """Issue 13: the demo wrote "Sample runner 2" into the real database and left its safety screen open."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LUMBAR_DB", str(tmp_path / "data" / "lumbar.db"))
    result = CliRunner().invoke(cli, ["demo"])
    assert result.exit_code == 0, result.output
    assert "How's your lower back this morning, 0-10?" in result.output
    assert result.output.count("--- ") == 22
    assert f"The sample runner's diary is in {tmp_path / 'data' / 'lumbar-demo.db'}." in result.output
    assert not (tmp_path / "data" / "lumbar.db").exists()
    from storage import open_db

    db = open_db(tmp_path / "data" / "lumbar-demo.db")
    assert db.table("entries").count >= 21
    [runner] = db.table("runners").rows
    assert runner["screen_step"] is None and runner["safety_hold_since"] is None
    assert db.table("redflag_answers").count == 3


def test_demo_writes_where_it_is_told(monkeypatch, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["demo", "--days", "2", "--db", str(tmp_path / "mine.db")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "mine.db").exists() and not (tmp_path / "lumbar-demo.db").exists()


def test_chat_holds_a_conversation_from_standard_input(monkeypatch, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LUMBAR_DB", str(tmp_path / "chat.db"))
    lines = "/start\nI agree\nKilometres\nBerlin\nMorning 08:00\n3 8km\n/history\n/quit\n"
    result = CliRunner().invoke(cli, ["chat", "--now", "2026-11-24 09:00"], input=lines)
    assert result.exit_code == 0, result.output
    assert "Saved Tue 24 Nov: pain 3.\n        Saved Mon 23 Nov: ran 8.0 km." in result.output
    assert "Bye! Your diary is saved." in result.output


def test_delete_in_the_terminal_chat_erases_its_files_and_quit_says_nothing_is_kept(monkeypatch, tmp_path) -> None:
    """Issue 13: the exports stayed in ./lumbar-files/ after /delete, and /quit said "Your diary is saved"."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LUMBAR_DB", str(tmp_path / "chat.db"))
    (tmp_path / "lumbar-files").mkdir()
    (tmp_path / "lumbar-files" / "lumbar-2026-11-15.png").write_bytes(b"an older chart")
    steps = ["/start", "I agree", "Kilometres", "Berlin", "Morning 08:00", "No, none", "No, none", "No, none",
             "3 8km", "/export", "/delete", "Yes, erase everything", "/quit"]
    result = CliRunner().invoke(cli, ["chat", "--now", "2026-11-24 09:00"], input="\n".join(steps) + "\n")
    assert result.exit_code == 0, result.output
    assert "(saved lumbar-files/local/lumbar-diary.csv)" in result.output
    assert "(erased the files saved for you in lumbar-files/local)" in result.output
    assert "older files in lumbar-files/ may hold your diary too; delete them yourself: lumbar-2026-11-15.png" in result.output
    assert not (tmp_path / "lumbar-files" / "local").exists()
    assert "Your diary is saved" not in result.output
    assert result.output.rstrip().endswith("Bye! Nothing about you is kept here.")


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.name} {record.getMessage()}")


async def test_the_token_never_reaches_the_logs(tg, bot) -> None:
    """At the INFO level `lumbar run` uses; httpx would log every URL, and the token is in the URL."""
    configure_logging()
    root = logging.getLogger()
    collect = Collect()
    root.addHandler(collect)
    old_level = root.level
    root.setLevel(logging.INFO)
    try:
        person = TelegramRunner(tg)
        await person.onboard()
        await person.say("3 8km")
        logging.getLogger("lumbar").info("still logging")
    finally:
        root.removeHandler(collect)
        root.setLevel(old_level)
    assert collect.lines, "logging was captured"
    assert not [line for line in collect.lines if TOKEN in line]
    assert not [line for line in collect.lines if "3 8km" in line], "message text is health data"


def test_every_command_and_setting_is_documented() -> None:
    from handlers.commands import COMMANDS

    for name, _ in COMMANDS:
        assert re.search(rf"`/{name}[ `]", README), f"/{name} missing from README"
    for variable, default, _ in SETTINGS_HELP:
        assert f"| `{variable}` |" in README, f"{variable} missing from README"


def test_the_terminal_chats_files_are_ignored_by_git_and_documented() -> None:
    root = Path(__file__).resolve().parent.parent
    assert "lumbar-files/" in (root / ".gitignore").read_text().splitlines()
    assert "`./lumbar-files/<chat id>/`" in README
