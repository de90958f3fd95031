"""Charts and PDFs are drawn in worker processes, one per core (issue 14).

Every file's job pickles and draws the same bytes in a worker as in the bot; a worker that dies costs
one file, not every later one; workers do not outlive a bot that is killed; and the drainer still
draws one file at a time for a runner while other runners' files are drawn beside it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import pickle
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from pathlib import Path

import pytest

from handlers import render_pool, reports
from handlers.jobs.outbox import Drainer
from handlers.replies import Attachment
from storage import open_db, outbox
from tests.test_exports_truth import a_week_of_diary, say_as

ROOT = Path(__file__).resolve().parents[1]


async def test_every_file_is_drawn_in_a_worker_process_as_the_bot_would_draw_it(db, clock):
    chat = a_week_of_diary(db, clock)
    [summary] = say_as(chat, "/summary")
    [export] = say_as(chat, "/export")
    [pdf] = say_as(chat, "/export pdf Sam Smith")
    attachments = [*summary.files, *export.files, *pdf.files, Attachment("gone.png", "chart", {"runner": 999})]
    assert [a.recipe for a in attachments] == ["chart", "csv", "json", "pdf", "chart"]
    for attachment in attachments:
        make = reports.prepare(db, attachment)
        here = make()
        assert pickle.loads(pickle.dumps(make))() == here, attachment.recipe
        assert await render_pool.render(make) == here, attachment.recipe
    assert here == b"", "an erased runner's file is empty"
    assert await render_pool.render(os.getpid) != os.getpid()


async def test_a_worker_that_dies_fails_its_file_and_the_next_file_gets_new_workers():
    with pytest.raises(BrokenProcessPool):
        await render_pool.render(partial(os._exit, 3))
    pids = set(await asyncio.gather(*[render_pool.render(os.getpid) for _ in range(4)]))
    assert pids and os.getpid() not in pids


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads process states from /proc")
def test_workers_exit_when_the_bot_is_killed():
    script = (
        "import asyncio, os, time\n"
        "from handlers import render_pool\n"
        "async def main():\n"
        "    await asyncio.gather(*[render_pool.render(os.getpid) for _ in range(4)])\n"
        "if __name__ == '__main__':\n"
        "    asyncio.run(main())\n"
        "    print(*render_pool.pool()._processes, flush=True)\n"
        "    time.sleep(60)\n"
    )
    # stderr: the killed bot's resource tracker reports the pool's semaphores it never released
    with subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True) as bot:
        try:
            workers = [int(pid) for pid in bot.stdout.readline().split()]
        finally:
            bot.kill()  # SIGKILL: no shutdown, no atexit
    assert workers
    deadline = time.monotonic() + 15
    while any(map(_running, workers)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(map(_running, workers)), f"workers outlived the bot: {[w for w in workers if _running(w)]}"


def _running(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")  # a zombie has exited


class Files:
    """A channel that takes a while over each message and notes which chats had one under way at once."""

    channel = "terminal"

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []
        self.busy: Counter[str] = Counter()
        self.most: Counter[str] = Counter()
        self.chats_at_once = 0

    async def _arrive(self, chat_id: str) -> None:
        self.busy[chat_id] += 1
        self.most[chat_id] = max(self.most[chat_id], self.busy[chat_id])
        self.chats_at_once = max(self.chats_at_once, sum(1 for n in self.busy.values() if n))
        await asyncio.sleep(0.02)
        self.busy[chat_id] -= 1

    async def send_text(self, chat_id, text, buttons, *, table) -> None:
        await self._arrive(chat_id)

    async def send_file(self, chat_id, filename, content, *, photo) -> None:
        assert content.startswith(b"\x89PNG") or filename.endswith((".csv", ".json", ".pdf")), filename
        await self._arrive(chat_id)
        self.sent.append((chat_id, filename))


async def test_one_runner_has_one_message_and_its_files_under_way_at_a_time_while_another_runners_go_beside_it(
        tmp_path, clock):
    """Real runners, their real /summary and /export pdf, drawn by the real worker pool: the drainer takes a
    chat's messages one at a time, files included, so no runner ever has two files drawn at once."""
    db = open_db(tmp_path / "o.db")
    chats = [a_week_of_diary(db, clock, chat_id=chat_id) for chat_id in ("11", "22")]
    for minute, chat in enumerate(chats, start=1):
        clock.set(clock() + dt.timedelta(minutes=minute))  # say_as keys an update by its text and time
        say_as(chat, "/summary")
        say_as(chat, "/export pdf")
    transport = Files()
    await Drainer(db, {"terminal": transport}, clock, pacers={}, idle=0.05).drain(limit_seconds=60)
    assert outbox.due(db, clock(), ("terminal",)) == []
    for chat_id in ("11", "22"):
        names = [name for chat, name in transport.sent if chat == chat_id]
        kinds = [name.rsplit(".", 1)[1] for name in names]
        assert kinds[0] == "png" and kinds[-1] == "pdf" and len(kinds) >= 2, names  # the summary's chart, then the report
    assert transport.most == {"11": 1, "22": 1}, "a chat had two messages or files under way at once"
    assert transport.chats_at_once == 2, "the two runners' messages did not go side by side"
