"""`lumbar export` and `lumbar import`: a JSON export restores the whole runner into a fresh database."""

from __future__ import annotations

import datetime as dt
import json

from click.testing import CliRunner
from pypdf import PdfReader

from bot.cli import cli
from coach.clock import ManualClock
from storage import open_db
from tests.helpers import Chat

UTC = dt.timezone.utc


def make_runner(path) -> None:
    db = open_db(path)
    clock = ManualClock(dt.datetime(2026, 10, 1, 7, 0, tzinfo=UTC))
    chat = Chat(db, clock, chat_id="555")
    chat.onboard(zone="Asia/Kathmandu")
    for day in range(30):
        clock.advance(days=1)
        chat.say("2 rest" if day % 7 else "2 3mi")
    clock.advance(days=1)
    chat.say("7 5mi, felt a twinge → ouch")
    chat.press("fb:1:1")
    chat.say("/club new Exporters")


def comparable(db) -> dict[str, list]:
    from storage.export import CLUB_TABLES, OPERATIONAL

    tables = {}
    for table in db.tables:
        if "runner_id" in table.columns_dict and table.name not in CLUB_TABLES | OPERATIONAL:
            rows = [{k: v for k, v in r.items() if k not in ("id", "runner_id")} for r in table.rows]
            tables[table.name] = sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, default=str))
    return tables


def test_a_json_export_round_trips_into_a_fresh_database(tmp_path, monkeypatch):
    source, target = tmp_path / "source.db", tmp_path / "target.db"
    make_runner(source)
    monkeypatch.setenv("LUMBAR_DB", str(source))
    out = tmp_path / "runner.json"
    result = CliRunner().invoke(cli, ["export", "--runner", "555", "--format", "json", "--out", str(out)])
    assert result.exit_code == 0, result.output
    monkeypatch.setenv("LUMBAR_DB", str(target))
    result = CliRunner().invoke(cli, ["import", str(out)])
    assert result.exit_code == 0, result.output
    before, after = comparable(open_db(source)), comparable(open_db(target))
    assert before["entries"] and before["nudges"] and before["redflag_answers"]
    assert after == before
    [runner] = open_db(target).query("select chat_id, tz, next_prompt_utc from runners")
    assert runner["chat_id"] == "555" and runner["tz"] == "Asia/Kathmandu" and runner["next_prompt_utc"]
    again = CliRunner().invoke(cli, ["import", str(out)])
    assert again.exit_code == 2 and "already exists" in again.output


def test_import_refuses_a_file_that_is_not_an_export(tmp_path, monkeypatch):
    monkeypatch.setenv("LUMBAR_DB", str(tmp_path / "t.db"))
    bad = tmp_path / "bad.json"
    bad.write_text('{"hello": 1}')
    result = CliRunner().invoke(cli, ["import", str(bad)])
    assert result.exit_code == 2
    assert "not a Lumbar export" in result.output


def test_csv_and_pdf_exports_from_the_command_line(tmp_path, monkeypatch):
    source = tmp_path / "source.db"
    make_runner(source)
    monkeypatch.setenv("LUMBAR_DB", str(source))
    csv_out, pdf_out = tmp_path / "d.csv", tmp_path / "r.pdf"
    assert CliRunner().invoke(cli, ["export", "--runner", "1", "--format", "csv", "--out", str(csv_out)]).exit_code == 0
    assert csv_out.read_text().splitlines()[0].startswith("date")
    assert "ouch" in csv_out.read_text()
    result = CliRunner().invoke(cli, ["export", "--runner", "555", "--format", "pdf", "--weeks", "4", "--out", str(pdf_out)])
    assert result.exit_code == 0, result.output
    assert len(PdfReader(str(pdf_out)).pages) == 1
    missing = CliRunner().invoke(cli, ["export", "--runner", "999", "--out", str(tmp_path / "x")])
    assert missing.exit_code == 2 and "no runner '999'" in missing.output


def test_club_rows_are_exported_by_club_name_and_code_and_restored_where_the_club_exists(tmp_path, monkeypatch):
    from storage.export import CLUB_TABLES, dump_runner, restore_runner

    source = tmp_path / "source.db"
    make_runner(source)
    db = open_db(source)
    clock = ManualClock(dt.datetime(2026, 11, 2, 10, 0, tzinfo=UTC))
    owner = Chat(db, clock, chat_id="555")
    member = Chat(db, clock, chat_id="556")
    member.onboard()
    [created] = owner.say("/club invite")
    code = created.text.split("/join ")[1].split()[0]
    [preview] = member.say(f"/join {code}")
    member.press(preview.buttons[0][0].data)
    owner.say("/remind add tue 18:00 Hills")
    [preview] = owner.say("/broadcast Long run Sunday")
    owner.press(preview.buttons[0][0].data)
    data = dump_runner(db, 1, now=clock())
    json.dumps(data)
    assert set(data["clubs"]) == CLUB_TABLES
    [membership] = data["clubs"]["club_members"]
    assert membership["club"]["name"] == "Exporters" and membership["role"] == "owner"
    assert {"share_aggregate", "share_summary", "display_name"} <= set(membership)
    assert [b["text"] for b in data["clubs"]["broadcasts"]] == ["Long run Sunday"]
    assert [r["text"] for r in data["clubs"]["club_reminders"]] == ["Hills"]
    assert [i["role"] for i in data["clubs"]["club_invites"]] == ["member"]

    def club_rows(database, runner_id):
        return {name: sorted(json.dumps({k: v for k, v in r.items() if k not in ("id", "runner_id", "next_utc")},
                                        sort_keys=True, default=str)
                             for r in database.table(name).rows_where("runner_id = ?", [runner_id]))
                for name in CLUB_TABLES}

    before = club_rows(db, 1)
    with db.atomic():
        for name in CLUB_TABLES:
            db.execute(f"delete from {name} where runner_id = 1")
    fresh = open_db(tmp_path / "fresh.db")
    assert restore_runner(fresh, data).clubs_not_here == ("Exporters",)
    db.execute("update runners set chat_id = 'old' where id = 1")
    db.execute("update identities set chat_id = 'old' where runner_id = 1")
    restored = restore_runner(db, data)
    assert restored.clubs_not_here == ()
    assert club_rows(db, restored.runner_id) == before


async def test_delete_cancels_queued_copies_of_what_the_runner_broadcast(tg, bot, clock):
    import re

    from tests.conftest import drained
    from tests.helpers import TelegramRunner

    owner, member = TelegramRunner(tg, 4400), TelegramRunner(tg, 4401)
    await owner.onboard()
    await member.onboard(zone="Pacific/Auckland")
    [created] = await owner.say("/club new Evelyn's Harriers")
    code = re.search(r"Join code: (\w+)", created.params["text"]).group(1)
    await member.say(f"/join {code}")
    await member.press("Join")
    clock.set(dt.datetime(2026, 11, 24, 12, 0, tzinfo=UTC))  # 01:00 in Auckland: the copy waits for morning
    await owner.say("/broadcast Long run at dawn")
    await owner.press("Send")
    [confirm] = await owner.say("/delete")
    assert "Evelyn's Harriers" in confirm.params["text"] and "keep the name you chose" in confirm.params["text"]
    await owner.press("Yes, erase everything")
    db = bot.bot_data["conversation"].db
    assert db.table("outbox").count_where("status in ('pending', 'sending', 'held')") == 0
    clock.set(dt.datetime(2026, 11, 24, 20, 0, tzinfo=UTC))
    await drained(bot)
    assert "Long run at dawn" not in tg.texts(member.chat_id)
    [club] = db.query("select name from clubs")
    assert club["name"] == "Evelyn's Harriers"
