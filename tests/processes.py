"""Running the real ``lumbar`` command as a separate process, the way a self-hoster or systemd runs it."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

LUMBAR = str(Path(sys.executable).parent / "lumbar")


def lumbar_env(**settings: str) -> dict[str, str]:
    """This environment without any Lumbar, Telegram or Twilio setting, plus ``settings``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LUMBAR_", "TELEGRAM_", "TWILIO_"))}
    return {**env, **settings}


class Process:
    """``lumbar <args>`` running in the background, its stdout and stderr in one file."""

    def __init__(self, proc: asyncio.subprocess.Process, output: Path) -> None:
        self.proc = proc
        self.output = output

    @classmethod
    async def start(cls, *args: str, env: dict[str, str], cwd: Path, wrapper: tuple[str, ...] = ()) -> Process:
        """``wrapper``: a command to run lumbar through, such as ``setpriv ... --``."""
        output = cwd / f"lumbar-{'-'.join(args)}.out"
        with output.open("wb") as sink:
            proc = await asyncio.create_subprocess_exec(
                *wrapper, LUMBAR, *args, env=env, cwd=cwd, stdin=asyncio.subprocess.DEVNULL, stdout=sink, stderr=sink
            )
        return cls(proc, output)

    def text(self) -> str:
        return self.output.read_text(errors="replace")

    async def wait_for_output(self, needle: str, timeout: float = 20) -> str:
        deadline = asyncio.get_running_loop().time() + timeout
        while needle not in self.text():
            if self.proc.returncode is not None or asyncio.get_running_loop().time() > deadline:
                raise AssertionError(f"{needle!r} not in the output:\n{self.text()}")
            await asyncio.sleep(0.05)
        return self.text()

    async def wait(self, timeout: float = 20) -> int:
        return await asyncio.wait_for(self.proc.wait(), timeout)

    async def stop(self, timeout: float = 20) -> int:
        """SIGTERM, as systemd and docker stop do; SIGKILL if it does not end in time."""
        if self.proc.returncode is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                return await self.wait(timeout)
            except TimeoutError:
                self.proc.kill()
        return await self.proc.wait()


async def run_lumbar(*args: str, env: dict[str, str], cwd: Path, timeout: float = 30,
                     wrapper: tuple[str, ...] = ()) -> tuple[int, str]:
    """Run ``lumbar <args>`` to the end; its exit status and its output (stdout and stderr)."""
    process = await Process.start(*args, env=env, cwd=cwd, wrapper=wrapper)
    try:
        code = await process.wait(timeout)
    finally:
        await process.stop()
    return code, process.text()


async def polling(tg, timeout: float = 20) -> None:
    """Wait until a bot has started and asks the fake Bot API for updates.

    Stop a bot only after this: python-telegram-bot's run_polling does not shut down cleanly on a
    stop signal that arrives while it is still starting (a traceback, exit status 1).
    """
    for _ in range(int(timeout / 0.05)):
        if any(call.method == "getUpdates" for call in tg.calls):
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"the bot never polled\n{tg.dump()}")
