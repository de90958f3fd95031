"""The chart beside a bare matplotlib bar-and-line figure of the same size, and how it is rendered.

Lumbar's 4-week diary chart (1200x700 PNG) against the least a chart of its kind costs: one
``Figure`` of the same size with 28 bars and a 28-point line, saved as PNG, nothing else. Each is
rendered ``RENDERS`` times in turn; medians are compared.

Run: python benchmarks/charts.py
"""

from __future__ import annotations

import datetime as dt
import io
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure as MplFigure  # noqa: E402

from benchmarks.table import Figure, show  # noqa: E402
from coach.chart import DPI, HEIGHT_PX, WIDTH_PX, diary_chart  # noqa: E402
from coach.models import Entry, Unit  # noqa: E402

RENDERS = 15
SUNDAY = dt.date(2026, 11, 29)
WEEK_KM = (0.0, 6.0, 8.0, 0.0, 7.0, 0.0, 14.0)


def diary() -> list[Entry]:
    days = [SUNDAY - dt.timedelta(days=27 - i) for i in range(28)]
    return [Entry(d, 3 + (i % 3 == 0), WEEK_KM[d.weekday()]) for i, d in enumerate(days) if i % 11 != 5]


def bare_chart(heights: list[float], pain: list[float]) -> bytes:
    """The reference: bars and a line on two axes, the same pixels, saved as PNG."""
    fig = MplFigure(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.bar(range(len(heights)), heights)
    ax.twinx().plot(range(len(pain)), pain)
    out = io.BytesIO()
    fig.savefig(out, format="png")
    return out.getvalue()


def run() -> tuple[list[Figure], list[str]]:
    entries = diary()
    heights = [e.distance_km or 0.0 for e in entries]
    pain = [float(e.pain or 0) for e in entries]
    ours, bare = [], []
    diary_chart(entries, SUNDAY, unit=Unit.KM)
    bare_chart(heights, pain)
    for _ in range(RENDERS):
        started = time.perf_counter()
        diary_chart(entries, SUNDAY, unit=Unit.KM, nudge_days={SUNDAY - dt.timedelta(days=9)})
        ours.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        bare_chart(heights, pain)
        bare.append((time.perf_counter() - started) * 1000)
    ratio = statistics.median([a / b for a, b in zip(ours, bare)])
    figures = [Figure("4-week chart PNG (ms)", statistics.median(ours), "bare matplotlib bar+line",
                      statistics.median(bare), "<= 1.1x", ratio <= 1.1, paired=ratio)]
    return figures, [f"chart: median of per-pair ratios {ratio:.2f}x over {RENDERS} pairs"]


if __name__ == "__main__":
    show(run)
