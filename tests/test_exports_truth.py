"""What a runner exports is what they typed, safe to open (issue 13): through the conversation core."""

from __future__ import annotations

import csv
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
