"""The context of one exchange with one runner: the database, the moment, and their local day."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field

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
    deferred: dict[str, object] = field(default_factory=dict)

    def update(self, **fields: object) -> Runner:
        """Change the runner's stored fields (and any deferred ones) and keep this turn's copy in step."""
        fields = {**self.deferred, **fields}
        self.deferred = {}
        self.runner = runners.change(self.db, self.runner, now=self.now, **fields)
        return self.runner

    def defer(self, **fields: object) -> None:
        """Fields to write with this turn's next update: one statement where there would be two. ``flush``
        writes them if no update comes."""
        self.deferred.update(fields)

    def flush(self) -> None:
        if self.deferred:
            self.update()

    @property
    def tz(self) -> dt.tzinfo:
        return tzinfo_for(self.runner.tz)

    @property
    def local_now(self) -> dt.datetime:
        return self.now.astimezone(self.tz)

    @property
    def today(self) -> dt.date:
        return _local_date(self.now, self.runner.tz)


@functools.lru_cache(maxsize=1024)
def _local_date(now: dt.datetime, zone: str) -> dt.date:
    """A turn asks for its runner's day a dozen times (every rule, every sentence about "today")."""
    return now.astimezone(tzinfo_for(zone)).date()
