"""The context of one exchange with one runner: the database, the moment, and their local day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from coach.models import Runner
from coach.zones import tzinfo_for
from storage import runners


@dataclass
class Turn:
    db: Database
    now: dt.datetime
    runner: Runner
    backfill_days: int
    batch: str
    name: str | None = None

    def update(self, **fields: object) -> Runner:
        """Change the runner's stored fields and keep this turn's copy in step."""
        self.runner = runners.update_runner(self.db, self.runner.id, now=self.now, **fields)
        return self.runner

    @property
    def tz(self) -> dt.tzinfo:
        return tzinfo_for(self.runner.tz)

    @property
    def local_now(self) -> dt.datetime:
        return self.now.astimezone(self.tz)

    @property
    def today(self) -> dt.date:
        return self.local_now.date()
