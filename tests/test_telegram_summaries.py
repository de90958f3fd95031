"""End to end: the Sunday summary with its chart, /summary, and /export's files, through the fake Bot API."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

from pypdf import PdfReader

from tests.conftest import sweep_job
from tests.helpers import TelegramRunner, texts

UTC = dt.timezone.utc


async def keep_diary(person: TelegramRunner, clock, days: int) -> None:
    for day in range(days):
        clock.advance(days=1)
        await person.say(f"{2 + day % 3} {5 + day % 4}km" if day % 3 else "1 rest")


def photos(tg, chat_id: int) -> list:
    return [c for c in tg.sent(chat_id) if c.method == "sendPhoto"]


async def test_each_complete_week_gets_one_summary_with_a_chart_and_a_silent_week_comes_by_sweep(tg, bot, clock):
    clock.set(dt.datetime(2026, 11, 8, 6, 0, tzinfo=UTC))
    active, paused = TelegramRunner(tg, 1001), TelegramRunner(tg, 1002)
    await active.onboard()
    await paused.onboard()
    await keep_diary(active, clock, 14)
    await paused.say("/pause 3")
    assert clock().date() == dt.date(2026, 11, 22)
    for day, hour in ((22, 18), (22, 23), (23, 7), (23, 12), (23, 20), (24, 9)):
        clock.set(dt.datetime(2026, 11, day, hour, 0, tzinfo=UTC))
        await sweep_job(bot).run(bot)
    await tg.quiesce(settle=0.1)
    summaries = [t.split("\n")[0] for t in texts(tg.sent(active.chat_id)) if t.startswith("Your week")]
    assert summaries == ["Your week, Mon 2 Nov to Sun 8 Nov", "Your week, Mon 9 Nov to Sun 15 Nov",
                         "Your week, Mon 16 Nov to Sun 22 Nov"]
    await tg.quiesce(settle=0.3)
    assert all(p.files["photo"][1].startswith(b"\x89PNG") for p in photos(tg, active.chat_id))
    assert len(photos(tg, active.chat_id)) == 3
    assert [t for t in texts(tg.sent(paused.chat_id)) if t.startswith("Your week")] == []


async def test_summary_on_demand_and_last_week(tg, bot, clock):
    person = TelegramRunner(tg)
    await person.onboard()
    await keep_diary(person, clock, 10)
    before = len(photos(tg, person.chat_id))
    [now] = await person.say("/summary")
    await tg.wait_for("sendPhoto", chat_id=person.chat_id)
    assert now.params["text"].startswith("Your week")
    [last] = await person.say("/summary last")
    await tg.wait_for("sendPhoto", chat_id=person.chat_id)
    assert last.params["text"] != now.params["text"]
    assert len(photos(tg, person.chat_id)) == before + 2


async def test_export_sends_csv_and_json_and_pdf(tg, bot, clock):
    person = TelegramRunner(tg)
    await person.onboard()
    await keep_diary(person, clock, 9)
    await person.say("/export")
    await tg.wait_for("sendDocument", 2, chat_id=person.chat_id)
    documents = {c.files["document"][0]: c.files["document"][1] for c in tg.sent(person.chat_id) if c.method == "sendDocument"}
    assert set(documents) == {"lumbar-diary.csv", "lumbar-export.json"}
    rows = list(csv.DictReader(io.StringIO(documents["lumbar-diary.csv"].decode())))
    assert len(rows) == 10
    data = json.loads(documents["lumbar-export.json"])
    assert data["format"] == "lumbar-export"
    assert len(data["tables"]["entries"]) == 10
    await person.say("/export pdf")
    await tg.wait_for("sendDocument", chat_id=person.chat_id, timeout=10)
    [pdf] = [c for c in tg.sent(person.chat_id) if c.method == "sendDocument" and c.files["document"][0].endswith(".pdf")]
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.files["document"][1])).pages)
    assert "self-reported" in text.lower()
