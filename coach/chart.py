"""The diary chart: daily distance bars and the pain line over the last weeks, as PNG bytes.

Built with matplotlib's object API (``Figure`` + ``FigureCanvasAgg``), never pyplot: nothing
global is touched and no GUI backend is loaded, so it draws the same in any thread or worker
process (the bot draws in worker processes: handlers/render_pool.py).
Missing days are left blank (with a faint band) and break the pain line; they are never drawn
as zero. A logged rest day gets a small marker on the zero line so it differs from a gap.

Cost (issue 14: at most 1.1x a bare bar-and-line figure of the same size, benchmarks/charts.py): the
layout is fixed (``subplots_adjust``, no tight layout), the figure is drawn once, bars and bands
are one collection each, the legend row is laid out in one pass, and the PNG is RGB at zlib level 1.
What is left over a bare figure is mostly the text: larger fonts and about 180 glyphs to its 40.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Collection, Iterable, Mapping, Sequence

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.markers import TICKDOWN
from matplotlib.patches import Patch, Rectangle
from matplotlib.ticker import MaxNLocator
from matplotlib.transforms import blended_transform_factory
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from coach.models import KM_PER_MILE, Entry, Unit

WIDTH_PX, HEIGHT_PX, DPI = 1200, 700, 100
BAR_COLOUR = "#4C78A8"
REST_COLOUR = "#2E7D32"
PAIN_COLOUR = "#D6452B"
NUDGE_COLOUR = "#E69F00"
GAP_COLOUR = "#EDEDED"
FONT = 17
COMPRESS_LEVEL = 1  # zlib level of the PNG: see _save_png


def _series(entries: Iterable[Entry] | Mapping[dt.date, Entry]) -> dict[dt.date, Entry]:
    if isinstance(entries, Mapping):
        return dict(entries)
    return {entry.date: entry for entry in entries}


def _box(x0: float, x1: float, y0: float, y1: float) -> list[tuple[float, float]]:
    return [(x0, y0), (x0, y1), (x1, y1), (x1, y0)]


def _short(day: dt.date) -> str:
    return f"{day.day} {day:%b}"


def diary_chart(
    entries: Sequence[Entry] | Mapping[dt.date, Entry],
    last_day: dt.date,
    *,
    unit: Unit,
    weeks: int = 4,
    nudge_days: Collection[dt.date] = (),
    title: str | None = None,
    since: dt.date | None = None,
    morning: bool = False,
) -> bytes:
    """PNG bytes, 1200x700 px: the ``weeks`` weeks ending ``last_day``, or from ``since`` (the runner's
    first logged day) when that is later: weeks before sign-up are not drawn as days not logged."""
    if weeks < 1:
        raise ValueError("weeks must be at least 1")
    series = _series(entries)
    first_day = last_day - dt.timedelta(days=7 * weeks - 1)
    if since is not None and first_day < since <= last_day:
        first_day = since
    n = (last_day - first_day).days + 1
    days = [first_day + dt.timedelta(days=i) for i in range(n)]
    xs = list(range(n))
    per_unit = KM_PER_MILE if unit is Unit.MI else 1.0

    run_x, run_h, rest_x, gap_x, pain = [], [], [], [], []
    for x, day in zip(xs, days):
        entry = series.get(day)
        km = entry.distance_km if entry is not None else None
        p = entry.pain if entry is not None else None
        if km is not None and km > 0:
            run_x.append(x)
            run_h.append(km / per_unit)
        elif km == 0:
            rest_x.append(x)
        if km is None and p is None:
            gap_x.append(x)
        pain.append(float(p) if p is not None else math.nan)
    nudge_x = sorted({(d - first_day).days for d in nudge_days if first_day <= d <= last_day})

    fig = Figure(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI)
    FigureCanvasAgg(fig)
    fig.subplots_adjust(left=0.085, right=0.915, top=0.86, bottom=0.2)
    ax = fig.add_subplot()
    pain_ax = ax.twinx()
    # The pain line sits on its own axis but must draw above the bars.
    pain_ax.set_zorder(ax.get_zorder() + 1)
    pain_ax.patch.set_visible(False)

    top = max(run_h, default=0.0)
    dist_top = max(5.0 if unit is Unit.KM else 3.0, top * 1.18)
    # The not-logged bands (full height) and the bars, one collection each: axvspan and bar add a
    # Rectangle per day, each with its own limits update and draw call.
    ax.add_collection(
        PolyCollection([_box(x - 0.5, x + 0.5, 0.0, 1.0) for x in gap_x], transform=ax.get_xaxis_transform(),
                       facecolors=GAP_COLOUR, edgecolors="none", linewidths=0, zorder=0),
        autolim=False,
    )
    ax.add_collection(
        PolyCollection([_box(x - 0.35, x + 0.35, 0.0, h) for x, h in zip(run_x, run_h)],
                       facecolors=BAR_COLOUR, edgecolors="none", linewidths=0, zorder=2),
        autolim=False,
    )
    ax.plot(
        rest_x,
        [0.0] * len(rest_x),
        ls="none",
        marker="s",
        ms=9,
        color=REST_COLOUR,
        clip_on=False,
        zorder=3,
    )
    ax.set_xlim(-0.5, n - 0.5)
    ax.set_ylim(0, dist_top)
    ax.yaxis.set_major_locator(MaxNLocator(nbins=6, integer=True))
    ax.set_ylabel(f"Distance ({unit.value})", fontsize=FONT, color=BAR_COLOUR)
    ax.tick_params(axis="y", labelsize=FONT, colors=BAR_COLOUR)
    ax.spines[["top"]].set_visible(False)
    ax.grid(axis="y", color="#DDDDDD", lw=0.8, zorder=1)
    ax.set_axisbelow(True)

    pain_ax.plot(xs, pain, color=PAIN_COLOUR, lw=3.5, marker="o", ms=8, zorder=4)
    pain_ax.set_ylim(0, 10.9)
    pain_ax.set_yticks([0, 2, 4, 6, 8, 10])
    pain_ax.set_ylabel("Back pain (0-10)", fontsize=FONT, color=PAIN_COLOUR)
    pain_ax.tick_params(axis="y", labelsize=FONT, colors=PAIN_COLOUR)
    pain_ax.spines[["top"]].set_visible(False)

    # Nudge days: a triangle along the top edge of the plot, whatever the y scales are.
    top_edge = blended_transform_factory(pain_ax.transData, pain_ax.transAxes)
    pain_ax.plot(
        nudge_x,
        [0.975] * len(nudge_x),
        transform=top_edge,
        ls="none",
        marker="v",
        ms=15,
        color=NUDGE_COLOUR,
        markeredgecolor="#7A5200",
        clip_on=False,
        zorder=5,
    )

    # A date on every Monday, and a light tick on every day.
    mondays = [x for x, d in zip(xs, days) if d.weekday() == 0]
    if len(mondays) < 2:
        mondays = [0, n - 1]
    ax.set_xticks(mondays, [f"{days[x]:%a}\n{_short(days[x])}" for x in mondays], fontsize=FONT)
    # Day ticks as one line of tick-down markers: 28-56 minor Tick objects would cost ~25 ms.
    bottom_edge = blended_transform_factory(ax.transData, ax.transAxes)
    ax.plot(
        xs,
        [0.0] * n,
        transform=bottom_edge,
        ls="none",
        marker=TICKDOWN,
        ms=5,
        mew=0.8,
        color="black",
        clip_on=False,
        zorder=1,
    )

    if not run_x and not rest_x and all(math.isnan(p) for p in pain):
        ax.text(
            0.5,
            0.5,
            "Nothing logged in these weeks",
            transform=ax.transAxes,
            ha="center",
            va="center",
            fontsize=FONT + 4,
            color="#666666",
        )

    default_title = f"Last {weeks} weeks" if n == 7 * weeks else f"Since {_short(first_day)}"
    title = title or f"{default_title}: distance and back pain"
    fig.suptitle(
        title,
        fontsize=FONT + 6,
        fontweight="bold",
        x=0.085,
        ha="left",
        y=0.975,
    )
    period = f"{_short(first_day)} {first_day.year} to {_short(last_day)} {last_day.year}"
    fig.text(0.085, 0.885, period, fontsize=FONT - 2, color="#555555")
    note = "Pain: each morning's rating of the day before's run" if morning else ""
    if note:
        fig.text(0.915, 0.885, note, fontsize=FONT - 2, color=PAIN_COLOUR, ha="right")

    handles = [
        Patch(color=BAR_COLOUR, label=f"Distance ({unit.value})"),
        Line2D([], [], ls="none", marker="s", ms=9, color=REST_COLOUR, label="Rest day"),
        Line2D([], [], color=PAIN_COLOUR, lw=3.5, marker="o", ms=8, label="Pain"),
    ]
    if nudge_x:  # the legend names only what the chart shows
        handles.append(Line2D([], [], ls="none", marker="v", ms=13, color=NUDGE_COLOUR, markeredgecolor="#7A5200",
                              label="Tip sent"))
    if gap_x:
        handles.append(Patch(color=GAP_COLOUR, label="Not logged"))
    _legend_row(fig, handles, fontsize=FONT - 1)

    buffer = io.BytesIO()
    legend = ", ".join(str(h.get_label()) for h in handles)
    described = {"Title": title, "Description": f"{period}. Legend: {legend}.{' ' + note + '.' if note else ''}"}
    _save_png(fig, buffer, described)
    return buffer.getvalue()


def _legend_row(fig: Figure, handles: Sequence[Patch | Line2D], *, fontsize: float) -> None:
    """The legend as one row centred along the bottom edge: each key, then its label.

    Laid out as ``fig.legend(handles=..., loc="lower center", ncol=len(handles), frameon=False,
    handlelength=1.6, columnspacing=1.4)`` lays it out, and looking the same, but in one pass: the
    legend's nested offset boxes measure every label again at each level, which cost a tenth of
    the whole chart. Keys are drawn like a legend's: a patch fills the key box, a line runs across
    it with its marker in the middle.
    """
    renderer = fig.canvas.get_renderer()
    w, h = fig.bbox.width, fig.bbox.height
    em = fontsize * fig.dpi / 72  # in pixels
    key_w, key_h, text_pad, spacing = 1.6 * em, 0.7 * em, 0.8 * em, 1.4 * em
    # Measured once here; the draw reuses the renderer's cached text metrics.
    labels = [fig.text(0, 0, str(handle.get_label()), fontsize=fontsize, va="baseline") for handle in handles]
    extents = [label.get_window_extent(renderer) for label in labels]
    # The baseline sits where the legend puts it: its border space (0.5 em) and padding (0.4 em) above
    # the bottom edge, plus the labels' descent.
    baseline = 0.9 * em + max(-extent.y0 for extent in extents)
    middle = baseline + key_h / 2
    x = (w - sum(key_w + text_pad + extent.width for extent in extents) - spacing * (len(handles) - 1)) / 2
    for handle, label, extent in zip(handles, labels, extents):
        if isinstance(handle, Patch):
            keys = [Rectangle((x / w, baseline / h), key_w / w, key_h / h)]
            keys[0].update_from(handle)
        else:
            line = Line2D([x / w, (x + key_w) / w], [middle / h, middle / h])
            line.update_from(handle)
            line.set_marker("None")
            marker = Line2D([(x + key_w / 2) / w], [middle / h])
            marker.update_from(handle)
            marker.set_linestyle("None")
            keys = [line, marker]
        for key in keys:
            key.set_transform(fig.transFigure)
            fig.add_artist(key)
        label.set_position(((x + key_w + text_pad) / w, baseline / h))
        x += key_w + text_pad + extent.width + spacing

def _save_png(fig: Figure, out: io.BytesIO, metadata: Mapping[str, str | None]) -> None:
    """Draw ``fig`` once and write it as an RGB PNG at zlib level ``COMPRESS_LEVEL``.

    What ``savefig`` would write, at about half the encoding cost: the figure is opaque, so the alpha
    channel is dropped (a quarter less to filter and compress), and level 1 instead of zlib's
    default 6 is about twice as fast. The file stays about as small (~65 KiB for four weeks, as
    RGBA at level 6), far below Telegram's photo limit.
    """
    canvas = fig.canvas
    canvas.draw()
    width, height = canvas.get_width_height()
    image = Image.frombuffer("RGBA", (width, height), canvas.buffer_rgba(), "raw", "RGBA", 0, 1).convert("RGB")
    info = PngInfo()
    for key, value in metadata.items():
        if value is not None:
            info.add_text(key, value)
    image.save(out, format="png", pnginfo=info, compress_level=COMPRESS_LEVEL, dpi=(DPI, DPI))
