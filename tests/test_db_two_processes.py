"""Two processes on one database (``lumbar chat`` twice, or a bot and a chat): a transaction that reads and
then writes waits for the other writer instead of failing with "database is locked"."""

from __future__ import annotations

import threading
import time

from storage import open_db


def test_a_transaction_that_reads_then_writes_waits_for_another_writer_instead_of_failing(tmp_path):
    path = tmp_path / "shared.db"
    mine, other = open_db(path), open_db(path)
    mine.execute("create table marks (who text)")
    other_done = threading.Event()

    def write_from_the_other_process() -> None:
        other.execute("insert into marks values ('other')")
        other_done.set()

    with mine.atomic():
        assert list(mine.query("select count(*) as n from marks")) == [{"n": 0}]  # a read first, as handle() does
        thread = threading.Thread(target=write_from_the_other_process)
        thread.start()
        time.sleep(0.3)  # the other writer commits now, unless this transaction holds the write lock
        mine.execute("insert into marks values ('mine')")
    thread.join(10)
    assert other_done.is_set()
    assert sorted(r["who"] for r in mine.query("select who from marks")) == ["mine", "other"]
