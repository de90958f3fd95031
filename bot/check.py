"""`lumbar check`: the health report as lines a self-hoster reads at a glance."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

from storage.health import Report

WIDTH = 100
LABEL = 13


def render(report: Report, db_path: Path, now: dt.datetime) -> list[str]:
    return [
        row("Database", f"{db_path} ({_size(db_path)})"),
        row("Integrity", "ok" if report.integrity == ["ok"] else "FAILED: " + "; ".join(report.integrity)),
        row("Schema", _schema(report)),
        *wrapped("Rows", " · ".join(f"{name} {n}" for name, n in report.counts.items())),
        row("Outbox", " · ".join(f"{status} {n}" for status, n in sorted(report.outbox.items())) or "empty"),
        *_parked(report.parked),
        row("Last sweep", ago(report.beats.get("sweep"), now)),
        row("Last backup", ago(report.beats.get("backup"), now, never="never recorded (LUMBAR_BACKUP_DIR unset?)")),
    ]


def row(label: str, text: str) -> str:
    return f"{label:<{LABEL}}{text}"


def wrapped(label: str, text: str) -> list[str]:
    lines = textwrap.wrap(text, WIDTH - LABEL) or [""]
    return [row(label if i == 0 else "", line) for i, line in enumerate(lines)]


def ago(moment: dt.datetime | None, now: dt.datetime, never: str = "never recorded") -> str:
    if moment is None:
        return never
    seconds = int((now - moment).total_seconds())
    if seconds < 120:
        span = f"{seconds} s"
    elif seconds < 7200:
        span = f"{seconds // 60} min"
    elif seconds < 172800:
        span = f"{seconds // 3600} h"
    else:
        span = f"{seconds // 86400} days"
    return f"{moment:%Y-%m-%d %H:%M:%S} UTC ({span} ago)"


def _schema(report: Report) -> str:
    text = f"{len(report.applied)} migrations"
    if report.unknown:
        return f"{text}, NEWER than this Lumbar ({', '.join(report.unknown)}): upgrade Lumbar"
    if report.pending:
        return f"{text}, {len(report.pending)} to apply when Lumbar next starts ({', '.join(report.pending)})"
    return f"{text}, up to date"


def _parked(parked: list[dict]) -> list[str]:
    if not parked:
        return [row("Parked jobs", "none")]
    lines = [row("Parked jobs", f"{len(parked)} (retried no more until the runner writes again)")]
    for item in parked:
        error = (item["last_error"] or "").splitlines()[0][:60] if item["last_error"] else ""
        lines.append(row("", f"{item['kind']} {item['item']}, {item['failures']} failures, "
                             f"parked {item['parked_at']}: {error}"))
    return lines


def _size(path: Path) -> str:
    size = sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())
    return f"{size / 1_048_576:.1f} MB" if size >= 1_048_576 else f"{size / 1024:.0f} kB"
