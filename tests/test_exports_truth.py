"""What a runner exports is what they typed, safe to open (issue 13): through the conversation core."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from handlers import reports
from tests.helpers import Chat


def export(chat: Chat) -> dict[str, bytes]:
    [ready] = chat.say("/export")
    return {f.recipe: reports.prepare(chat.db, f)() for f in ready.files}


@pytest.mark.parametrize("typed", ["=cmd 3 8km", "@sum 3 8km", "+x 3 8km", "-x 3 8km"])
def test_a_csv_cell_that_a_spreadsheet_would_run_is_neutralised_in_the_csv_only(db, clock, typed):
    chat = Chat(db, clock)
    chat.onboard()
    chat.say(f"{typed} yesterday")
    files = export(chat)
    [row] = list(csv.DictReader(io.StringIO(files["csv"].decode(), newline="")))
    assert row["typed_text"] == f"'{typed} yesterday"
    [entry] = json.loads(files["json"])["tables"]["entries"]
    assert entry["text"] == f"{typed} yesterday", "the JSON keeps the words exactly"


@pytest.mark.parametrize("cell", ["=1+2", "+1", "-1", "@A1", "\tx", "\rx"])
def test_every_formula_start_is_neutralised(cell):
    from coach.export import neutralised

    assert neutralised(cell) == "'" + cell
    assert neutralised("3 8km " + cell) == "3 8km " + cell


def say_as(chat: Chat, text: str, name: str = "Sam") -> list:
    from handlers.replies import Inbound

    return chat.conversation.handle(Inbound(chat.channel, chat.chat_id, text=text, update_key=f"{text}:{chat.clock()}",
                                            name=name))


def a_week_of_diary(db, clock, chat_id: str = "runner") -> Chat:
    """Signed up Tue 24 Nov (runs logged from Mon 23 Nov); it is now Monday 30 Nov, morning mode."""
    chat = Chat(db, clock, chat_id=chat_id)
    chat.onboard()
    chat.say("3 8km")
    clock.set(dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.timezone.utc))
    chat.say("2 5km")
    return chat


def png_info(png: bytes) -> dict:
    from PIL import Image

    return Image.open(io.BytesIO(png)).info


def test_summary_on_a_monday_is_this_week_so_far_and_its_chart_starts_at_the_first_logged_day(db, clock):
    chat = a_week_of_diary(db, clock)
    [summary] = say_as(chat, "/summary")
    first_line = summary.text.splitlines()[0]
    assert first_line == "This week so far: Mon 30 Nov"
    assert "to Mon 30 Nov" not in summary.text and "1 of 1 day" not in summary.text
    [chart] = summary.files
    assert chart.filename == "lumbar-sam-chart-2026-11-23-to-2026-11-30.png"
    info = png_info(reports.prepare(db, chart)())
    assert info["Title"] == "Since 23 Nov: distance and back pain"
    assert info["Description"].startswith("23 Nov 2026 to 30 Nov 2026.")
    assert "Tip sent" not in info["Description"], "no tip was sent"
    assert "Pain: each morning's rating of the day before's run" in info["Description"]


def test_a_chart_file_is_named_for_its_period_never_a_future_day(db, clock):
    chat = a_week_of_diary(db, clock)
    clock.set(dt.datetime(2027, 1, 6, 9, 0, tzinfo=dt.timezone.utc))  # a Wednesday, weeks later
    [four] = say_as(chat, "/summary")
    [eight] = say_as(chat, "/summary 8")
    assert four.files[0].filename == "lumbar-sam-chart-2026-12-10-to-2027-01-06.png"
    assert eight.files[0].filename == "lumbar-sam-chart-2026-11-23-to-2027-01-06.png"
    assert png_info(reports.prepare(db, four.files[0])())["Title"] == "Last 4 weeks: distance and back pain"


def test_the_physio_pdf_starts_at_the_first_logged_day_names_the_runner_and_shows_each_day(db, clock):
    from pypdf import PdfReader

    chat = a_week_of_diary(db, clock)
    [ready] = say_as(chat, "/export pdf Sam Smith")
    [pdf] = ready.files
    assert pdf.filename == "lumbar-sam-smith-report-2026-11-23-to-2026-11-30.pdf"
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(reports.prepare(db, pdf)())).pages)
    assert "Runner: Sam Smith" in text
    assert "Period: 23 Nov 2026 to 30 Nov 2026 (8 days; 4 logged)" in text
    assert "the next morning's rating of the day before's run" in text
    assert "Day by day" in text and "Week by week" not in text
    assert "Mon 23 Nov - 8.0" in text and "Wed 25 Nov - - not logged" in text
    assert "Whole period: 4 of 8 days logged, 13.0 km, mean pain 2.5, worst 3" in text
