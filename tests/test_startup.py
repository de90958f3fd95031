"""Starting `lumbar run` as a real process: a bad database path, no network, a wrong token (issues 13, 15)."""

from __future__ import annotations

import os
import shutil
import socket
from pathlib import Path

import pytest

from tests.fake_telegram import TOKEN, FakeTelegram
from tests.processes import Process, lumbar_env, polling, run_lumbar

def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def offline_env(db: str | Path, **more: str) -> dict[str, str]:
    return lumbar_env(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=f"http://127.0.0.1:{closed_port()}/bot",
                      LUMBAR_DB=str(db), **more)


def one_line(output: str) -> str:
    lines = output.strip().splitlines()
    assert len(lines) == 1, output
    assert "Traceback" not in output
    return lines[0]


@pytest.mark.parametrize(
    ("where", "says"),
    [
        ("/proc/nope/x.db", "cannot create the folder /proc/nope for LUMBAR_DB"),
        ("a-folder", "LUMBAR_DB is a folder (a-folder)"),
    ],
)
async def test_a_database_path_that_cannot_work_is_one_line_and_exit_2(tmp_path, where, says) -> None:
    (tmp_path / "a-folder").mkdir()
    code, output = await run_lumbar("run", env=offline_env(where), cwd=tmp_path)
    assert code == 2
    assert one_line(output).startswith(f"lumbar: {says}")


async def test_a_database_in_a_folder_lumbar_cannot_write_is_one_line_and_exit_2(tmp_path) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir(mode=0o555)
    try:
        code, output = await run_lumbar("run", env=offline_env(folder / "lumbar.db"), cwd=tmp_path,
                                        wrapper=without_root_powers())
    finally:
        folder.chmod(0o755)
    assert code == 2
    line = one_line(output)
    assert line.startswith(f"lumbar: cannot write the lock file {folder / 'lumbar.db.lock'} (Permission denied)")
    assert line.endswith("set LUMBAR_DB to a file in a folder Lumbar can write.")


def without_root_powers() -> tuple[str, ...]:
    """Root ignores file modes; without CAP_DAC_OVERRIDE it is held to them like any user."""
    if os.geteuid() != 0:
        return ()
    if shutil.which("setpriv") is None:
        pytest.skip("running as root and setpriv (util-linux) is not installed")
    caps = "-dac_override,-dac_read_search"
    return ("setpriv", f"--inh-caps={caps}", f"--bounding-set={caps}", "--")


async def test_without_network_it_says_once_what_it_waits_for_then_starts_when_telegram_answers(tmp_path) -> None:
    port = closed_port()
    env = lumbar_env(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=f"http://127.0.0.1:{port}/bot",
                     LUMBAR_DB=str(tmp_path / "lumbar.db"))
    process = await Process.start("run", env=env, cwd=tmp_path)
    tg = FakeTelegram(TOKEN)
    try:
        waiting = await process.wait_for_output("Cannot reach Telegram")
        assert f"Cannot reach Telegram at http://127.0.0.1:{port}/bot (NetworkError: httpx.ConnectError" in waiting
        await tg.start(port=port)
        output = await process.wait_for_output("Lumbar is polling Telegram", timeout=15)
        await polling(tg)
    finally:
        code = await process.stop()
        await tg.stop()
    assert code == 0
    assert output.count("Cannot reach Telegram") == 1
    assert "Reached Telegram after" in output
    assert "Traceback" not in process.text()
    assert TOKEN not in process.text()


async def test_a_stop_signal_while_waiting_for_the_network_ends_it_quietly(tmp_path) -> None:
    process = await Process.start("run", env=offline_env(tmp_path / "lumbar.db"), cwd=tmp_path)
    await process.wait_for_output("Cannot reach Telegram")
    assert await process.stop(timeout=5) == 0
    assert "Stopped while waiting for Telegram." in process.text()
    assert "Traceback" not in process.text()


async def test_a_token_telegram_rejects_is_one_line_and_exit_2(tg, tmp_path) -> None:
    wrong = "999999:" + "W" * 35
    env = lumbar_env(TELEGRAM_BOT_TOKEN=wrong, TELEGRAM_API_BASE_URL=tg.base_url, LUMBAR_DB=str(tmp_path / "l.db"))
    code, output = await run_lumbar("run", env=env, cwd=tmp_path)
    assert code == 2
    assert one_line(output).startswith("lumbar: Telegram rejected TELEGRAM_BOT_TOKEN (401/404 on getMe)")
    assert wrong not in output
    assert [c.method for c in tg.calls] == ["getMe"]
