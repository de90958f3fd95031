from __future__ import annotations

import datetime as dt

import pytest

from coach.clock import ManualClock
from storage import open_db

UTC = dt.timezone.utc


@pytest.fixture
def db():
    database = open_db(None)
    yield database
    database.close()


@pytest.fixture
def clock():
    return ManualClock(dt.datetime(2026, 11, 24, 6, 0, tzinfo=UTC))
