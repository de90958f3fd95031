"""Charts and PDFs are drawn in worker processes, one per core (issue 14).

Every file's job pickles and draws the same bytes in a worker as in the bot; a worker that dies costs
one file, not every later one; workers do not outlive a bot that is killed; and the drainer still
draws one file at a time for a runner while other runners' files are drawn beside it.
"""

from __future__ import annotations

import asyncio
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
    channel = "telegram"

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    async def send_text(self, chat_id, text, buttons, *, table) -> None:
        pass

    async def send_file(self, chat_id, filename, content, *, photo) -> None:
        self.sent.append((chat_id, filename))


async def test_one_runner_has_one_file_drawn_at_a_time_while_another_runners_are_drawn_beside_it(
        tmp_path, clock, monkeypatch):
    db = open_db(tmp_path / "o.db")
    rows = []
    for n, (runner, chat) in enumerate([(1, "11"), (2, "22"), (1, "11")]):
        names = [f"{runner}-{n}-{i}.png" for i in range(2)]
        payload = {"files": [{"name": name, "recipe": "chart", "params": {"runner": runner}, "photo": True}
                             for name in names]}
        rows.append({"channel": "telegram", "chat_id": chat, "runner_id": runner, "kind": "summary",
                     "text": "Your week", "payload": payload, "idem_key": f"k{n}"})
    outbox.enqueue(db, rows, now=clock())
    drawing: Counter[int] = Counter()
    most: Counter[int] = Counter()
    together = [0]

    async def draw(runner: int) -> bytes:
        drawing[runner] += 1
        most[runner] = max(most[runner], drawing[runner])
        together[0] = max(together[0], sum(drawing.values()))
        await asyncio.sleep(0.05)
        drawing[runner] -= 1
        return b"\x89PNG"

    monkeypatch.setattr(reports, "prepare", lambda db, attachment: attachment.params["runner"])
    monkeypatch.setattr(render_pool, "render", draw)
    transport = Files()
    await Drainer(db, {"telegram": transport}, clock, pacers={}, idle=0.05).drain(limit_seconds=10)
    assert len(transport.sent) == 6, transport.sent
    assert most == {1: 1, 2: 1}, "a runner had two files drawn at once"
    assert together[0] == 2, "the two runners' files were not drawn side by side"
    assert [name for chat, name in transport.sent if chat == "11"] == ["1-0-0.png", "1-0-1.png", "1-2-0.png",
                                                                        "1-2-1.png"]
