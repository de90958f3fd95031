"""The bytes of each file Lumbar sends, as jobs for a worker process.

``handlers.reports`` reads what a file needs from the database and binds it to one of these with
``functools.partial``; the job then runs in another process (``handlers.render_pool``), so it must
pickle: a module-level function and plain data (dates, numbers, text, ``Entry``), never a lambda, a
closure or a database handle. A worker imports this module and what it needs, not the bot. matplotlib
and fpdf2 are imported where a file is drawn, in the worker: the bot itself never draws, and importing
them took its start about a second.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from coach.export import diary_csv
from coach.models import Entry, Unit

__all__ = ["csv_file", "diary_chart", "json_file", "nothing", "pdf_file"]


def nothing() -> bytes:
    """The file of a runner who was erased before it was drawn."""
    return b""


def csv_file(entries: Iterable[Entry], unit: Unit) -> bytes:
    return diary_csv(entries, unit).encode("utf-8")


def json_file(data: dict[str, Any]) -> bytes:
    return json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8")


def diary_chart(*args: Any, **kwargs: Any) -> bytes:
    """The chart's PNG (``coach.chart.diary_chart``)."""
    from coach.chart import diary_chart as draw

    return draw(*args, **kwargs)


def pdf_file(chart: Callable[[], bytes], **report: Any) -> bytes:
    """The physio report with ``chart()`` (a bound ``diary_chart``) drawn into it, in the same worker."""
    from coach.report import physio_report

    return physio_report(chart_png=chart(), **report)
