"""Erasing a runner: every row about them, in every table, including tables added later."""

from __future__ import annotations

from sqlite_utils import Database

from coach.models import Runner
from storage.clubs import hand_over_or_close


def erase_runner(db: Database, runner: Runner) -> dict[str, int]:
    """Delete every row that names the runner, by ``runner_id`` or by their channel and chat id.

    Any table with a ``runner_id`` column is covered without being listed here, so a new table
    cannot be forgotten. Returns the number of rows removed per table.
    """
    removed: dict[str, int] = {}
    with db.atomic():
        hand_over_or_close(db, runner.id)
        removed["sms_choices"] = db.execute(
            "delete from sms_choices where chat_id in (select chat_id from identities where runner_id = ? and channel = 'sms')",
            [runner.id],
        ).rowcount
        removed["outbox"] = db.execute(
            "delete from outbox where broadcast_id in (select id from broadcasts where runner_id = ?)", [runner.id]
        ).rowcount
        for table in db.tables:
            columns = table.columns_dict
            if "runner_id" in columns:
                removed[table.name] = db.execute(
                    f"delete from [{table.name}] where runner_id = ?", [runner.id]
                ).rowcount
            elif table.name != "runners" and {"channel", "chat_id"} <= set(columns):
                removed[table.name] = db.execute(
                    f"delete from [{table.name}] where channel = ? and chat_id = ?", [runner.channel, runner.chat_id]
                ).rowcount
        removed["runners"] = db.execute("delete from runners where id = ?", [runner.id]).rowcount
    return {name: count for name, count in removed.items() if count}
