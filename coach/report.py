"""A one-page A4 PDF of the diary for a physiotherapist or doctor, as bytes (fpdf2).

Only the PDF core fonts are used (no font files to ship or read), so every string goes through
``latin1`` first: a runner's name or a tip with emoji, arrows or dashes can never raise.
The page never grows past one: long lists are cut with "... and N more" and the weekly table
keeps its newest rows. The caller hands in every date, including ``generated_on``.
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from collections.abc import Callable, Sequence

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from coach.models import KM_PER_MILE, Entry, Unit
from coach.summary import WeekStats, week_stats

SELF_REPORTED = "Self-reported data from a diary app; not a clinical record."
TIER_NAMES = {
    "S1": "Emergency signs (saddle numbness, bladder or bowel change, both legs)",
    "S2": "Urgent signs (fever, weight loss, cancer history, night pain)",
    "S3": "Routine signs (leg pain below the knee, first pain over 50)",
}

# Characters the core fonts lack, spelt in latin-1. Anything else outside latin-1 is decomposed
# (accents dropped: "ő" -> "o"), dropped if it is a symbol or emoji, else replaced by "?".
_REPLACEMENTS = {
    "\u2192": "->",
    "\u2190": "<-",
    "\u2191": "up",
    "\u2193": "down",
    "\u21d2": "=>",
    "\u2013": "-",
    "\u2014": "-",
    "\u2012": "-",
    "\u2212": "-",
    "\u2010": "-",
    "\u2011": "-",
    "\u2022": "*",
    "\u2026": "...",
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2032": "'",
    "\u2033": '"',
    "\u2264": "<=",
    "\u2265": ">=",
    "\u2260": "!=",
    "\u2248": "~",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u2007": " ",
    "\u20ac": "EUR",
    "\u2122": "(TM)",
    "\u2713": "v",
    "\u2714": "v",
    "\u2717": "x",
    "\u2718": "x",
    "\u0141": "L",
    "\u0142": "l",
    "\u0110": "D",
    "\u0111": "d",
    "\u0152": "OE",
    "\u0153": "oe",
    "\u0131": "i",
    "\u0126": "H",
    "\u0127": "h",
}

PAGE_W, PAGE_H = 210.0, 297.0
MARGIN = 15.0
CONTENT_W = PAGE_W - 2 * MARGIN
FOOTER_H = 12.0
ROW_H = 6.0
LINE_H = 5.2
HEADING_H = 8.0
CHART_W = 168.0
DAY_TABLE_DAYS = 14
"""A period this short gets a row per day instead of a row per week."""


def latin1(text: object) -> str:
    """``text`` as a single line the core fonts can print; never raises. None is ""."""
    if text is None:
        return ""
    out = []
    for ch in str(text):
        if ch in _REPLACEMENTS:
            out.append(_REPLACEMENTS[ch])
            continue
        if ord(ch) < 0x100:
            out.append(" " if unicodedata.category(ch) == "Cc" else ch)
            continue
        category = unicodedata.category(ch)
        if category in ("So", "Sk", "Cs", "Co", "Cn", "Cf", "Mn", "Me", "Mc"):
            continue  # emoji, joiners, variation selectors, combining marks
        if category.startswith("Z"):
            out.append(" ")
            continue
        decomposed = "".join(c for c in unicodedata.normalize("NFKD", ch) if ord(c) < 0x100)
        out.append(decomposed if decomposed.strip() else "?")
    return " ".join("".join(out).split())


def _date(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def _short(day: dt.date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


def _fit(pdf: FPDF, text: str, width: float) -> str:
    """Cut ``text`` with "..." so it fits ``width`` mm in the current font."""
    text = latin1(text)
    if pdf.get_string_width(text) <= width - 1:
        return text
    while text and pdf.get_string_width(text + "...") > width - 1:
        text = text[:-1]
    return text.rstrip() + "..."


def _num(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


class _Page:
    """A cursor over one page that refuses to write below the footer."""

    def __init__(self, pdf: FPDF) -> None:
        self.pdf = pdf
        self.limit = PAGE_H - MARGIN - FOOTER_H

    def room(self) -> float:
        return self.limit - self.pdf.get_y()

    def line(
        self,
        text: str,
        *,
        size: float = 10,
        style: str = "",
        h: float = LINE_H,
        colour: tuple[int, int, int] = (0, 0, 0),
    ) -> None:
        pdf = self.pdf
        pdf.set_font("Helvetica", style, size)
        pdf.set_text_color(*colour)
        pdf.set_x(MARGIN)
        pdf.cell(CONTENT_W, h, _fit(pdf, text, CONTENT_W), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)

    def heading(self, text: str) -> None:
        self.pdf.ln(2)
        self.line(text, size=12, style="B", h=HEADING_H - 2)

    def row(
        self,
        cells: Sequence[tuple[str, float, str]],
        *,
        style: str = "",
        size: float = 9.5,
        fill: bool = False,
        h: float = ROW_H,
    ) -> None:
        pdf = self.pdf
        pdf.set_x(MARGIN)
        pdf.set_font("Helvetica", style, size)
        for text, width, align in cells:
            pdf.cell(width, h, _fit(pdf, text, width), border="B", align=align, fill=fill)
        pdf.ln(h)


def _section_lines(count: int) -> int:
    """Lines a list section needs at least: one for "None", else up to two items."""
    return 1 if count == 0 else min(count, 2)


def _day_table(page: _Page, entries: Sequence[Entry], first: dt.date, last: dt.date, unit: Unit,
               reserve: float) -> None:
    """One row per day, newest kept when the page is short of room: pain, distance and the runner's words."""
    page.heading("Day by day")
    widths = (34.0, 22.0, 28.0, 96.0)
    header = ("Day", "Pain (0-10)", f"Distance ({unit.value})", "What the runner typed")
    page.pdf.set_fill_color(235, 239, 245)
    page.row([(t, w, "L" if i in (0, 3) else "C") for i, (t, w) in enumerate(zip(header, widths))],
             style="B", fill=True)
    by_date = {e.date: e for e in entries}
    days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    fit = max(int((page.room() - reserve - ROW_H) // ROW_H), 0)
    if len(days) > fit:
        days = days[-max(fit - 1, 0):] if fit > 1 else []
        page.line("Earlier days not shown", size=8.5, h=ROW_H, colour=(90, 90, 90))
    for day in days:
        e = by_date.get(day)
        distance = e.distance_in(unit) if e is not None else None
        values = (
            _short(day),
            "-" if e is None or e.pain is None else str(e.pain),
            "-" if distance is None else ("rest" if distance == 0 else _num(distance)),
            "not logged" if e is None else (e.text or ""),
        )
        page.row([(v, w, "L" if i in (0, 3) else "C") for i, (v, w) in enumerate(zip(values, widths))])


def _total_line(total: WeekStats, unit: Unit) -> str:
    value = total.distance if total.unit is unit else total.distance_km / (KM_PER_MILE if unit is Unit.MI else 1.0)
    distance = f", {_num(value)} {unit.value}" if total.distance_days else ""
    pain = f", mean pain {_num(total.mean_pain)}, worst {total.worst_pain}" if total.worst_pain is not None else ""
    return f"Whole period: {total.days_logged} of {total.days} days logged{distance}{pain}"


def physio_report(
    *,
    runner_label: str,
    first: dt.date,
    last: dt.date,
    unit: Unit,
    zone: str,
    entries: Sequence[Entry],
    weeks: Sequence[WeekStats],
    redflag_answers: Sequence[tuple[dt.date, str, str]],
    nudges: Sequence[tuple[dt.date, str, str]],
    chart_png: bytes,
    generated_on: dt.date,
    symptoms: Sequence[tuple[dt.date, str, str]] = (),
    morning: bool = True,
) -> bytes:
    """One A4 page: who and when, the chart, a day-by-day table (a short period) or a weekly one,
    the symptoms mentioned, red-flag answers and tips, all in words. ``nudges`` are (date, the tip's
    name in words, why); ``morning`` says pain is rated on waking, about the day before's run."""
    per_unit = KM_PER_MILE if unit is Unit.MI else 1.0
    unit_word = "km" if unit is Unit.KM else "miles"
    in_period = [e for e in entries if first <= e.date <= last]
    total = week_stats(in_period, first, last) if last >= first else None

    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.set_creation_date(dt.datetime.combine(generated_on, dt.time(0, 0), tzinfo=dt.UTC))
    pdf.set_title(latin1(f"Running and low back pain diary: {runner_label}"))
    pdf.set_author("Lumbar diary bot")
    pdf.add_page()
    page = _Page(pdf)

    page.line("Running and low back pain diary", size=17, style="B", h=9)
    days = (last - first).days + 1
    logged = f"; {total.days_logged} logged" if total is not None else ""
    page.line(f"Runner: {runner_label}", size=11, style="B", h=6)
    page.line(f"Period: {_date(first)} to {_date(last)} ({days} days{logged})", size=11, h=6)
    grey = (70, 70, 70)
    page.line(
        f"Dates are the runner's local days ({zone}). Distances in {unit_word}. "
        "Days not logged are left blank, never counted as zero.",
        size=8.5,
        h=4.2,
        colour=grey,
    )
    page.line(
        "Pain: the runner's 0-10 rating of low back pain, given on waking: the next morning's rating of "
        "the day before's run." if morning else
        "Pain: the runner's 0-10 rating of low back pain, given in the evening, on the day of the run.",
        size=8.5,
        h=4.2,
        colour=grey,
    )
    page.line(
        f"Generated on {_date(generated_on)} by the Lumbar diary bot.", size=8.5, h=4.2, colour=grey
    )

    if chart_png:
        y = pdf.get_y() + 2
        chart_h = CHART_W * 700 / 1200
        pdf.image(io.BytesIO(chart_png), x=(PAGE_W - CHART_W) / 2, y=y, w=CHART_W, h=chart_h)
        pdf.set_y(y + chart_h + 1)

    # --- Weekly table (or day by day for a short period): keep room for the lists below it.
    reserve = 3 * (2 + HEADING_H) + LINE_H * (
        _section_lines(len(symptoms)) + _section_lines(len(redflag_answers)) + _section_lines(len(nudges))
    )
    if days <= DAY_TABLE_DAYS:
        _day_table(page, in_period, first, last, unit, reserve)
        if total is not None:
            page.line(_total_line(total, unit), size=9.5, style="B", h=ROW_H)
    else:
        page.heading("Week by week")
        widths = (58.0, 24.0, 26.0, 24.0, 24.0, 24.0)
        header = (
            "Week",
            "Days logged",
            f"Distance ({unit.value})",
            f"Longest ({unit.value})",
            "Mean pain",
            "Worst pain",
        )
        pdf.set_fill_color(235, 239, 245)
        page.row(
            [(t, w, "L" if i == 0 else "C") for i, (t, w) in enumerate(zip(header, widths))],
            style="B",
            fill=True,
        )
        extra_lines = 1 if total is not None else 0
        fit = int((page.room() - reserve - extra_lines * ROW_H) // ROW_H)
        shown = list(weeks)
        if len(shown) > fit:
            fit = max(fit - 1, 0)  # one line for the note
            hidden = len(shown) - fit
            shown = shown[-fit:] if fit else []
            page.line(
                f"{hidden} earlier week{'s' if hidden != 1 else ''} not shown",
                size=8.5,
                h=ROW_H,
                colour=(90, 90, 90),
            )

        def cells(label: str, w: WeekStats, style: str = "") -> None:
            exact = w.unit is unit  # summed from the distances as typed (summary.weekly_rows(unit=))
            distance = (w.distance if exact else w.distance_km / per_unit) if w.distance_days else None
            longest = w.longest if exact else (w.longest_km / per_unit if w.longest_km is not None else None)
            values = (
                label,
                f"{w.days_logged}/{w.days}",
                _num(distance),
                _num(longest),
                _num(w.mean_pain),
                "-" if w.worst_pain is None else str(w.worst_pain),
            )
            page.row(
                [
                    (v, width, "L" if i == 0 else "C")
                    for i, (v, width) in enumerate(zip(values, widths))
                ],
                style=style,
            )

        for w in shown:
            cells(f"{_short(w.start)} to {_short(w.end)}", w)
        if total is not None:
            cells("Whole period", total, style="B")

    # --- Red-flag answers, then tips; each cut to the room left.
    def listing(
        title: str,
        items: list[list[tuple[str, float, str]]],
        bold_col: int | None,
        after: int,
        priority: Callable[[int], tuple[int, int]],
        note: str,
    ) -> None:
        """Items in date order; when they do not all fit, the ``priority`` ones are kept."""
        page.heading(title)
        if not items:
            page.line("None in this period.", size=9.5)
            return
        room_after = (2 + HEADING_H + LINE_H * after) if after >= 0 else 0.0
        fit = max(int((page.room() - room_after) // LINE_H), 1)
        shown = items
        if len(items) > fit:
            fit = max(fit - 1, 1)
            shown = [items[i] for i in sorted(sorted(range(len(items)), key=priority)[:fit])]
        for item in shown:
            pdf.set_x(MARGIN)
            for col, (text, width, style) in enumerate(item):
                pdf.set_font("Helvetica", style, 9.5)
                if bold_col is not None and col == bold_col and style == "B":
                    pdf.set_text_color(170, 20, 20)
                pdf.cell(width, LINE_H, _fit(pdf, text, width))
                pdf.set_text_color(0, 0, 0)
            pdf.ln(LINE_H)
        if len(shown) < len(items):
            page.line(
                f"... and {len(items) - len(shown)} more not shown ({note})",
                size=8.5,
                colour=(90, 90, 90),
            )

    mentioned = [
        [(_date(day), 26.0, ""), (latin1(label), 62.0, "B"), (latin1(f'"{words}"'), 92.0, "")]
        for day, label, words in sorted(symptoms, key=lambda s: s[0])
    ]
    listing(
        "Symptoms the runner mentioned (their words)",
        mentioned,
        None,
        _section_lines(len(redflag_answers)) + 2 + _section_lines(len(nudges)),
        lambda i: (0, -i),
        "the newest are kept",
    )

    flags, yes_rows = [], set()
    for day, tier, answer in sorted(redflag_answers, key=lambda r: r[0]):
        tier_id = latin1(tier).strip().upper()
        said = latin1(answer).strip()
        yes = said.lower() in ("yes", "y", "true")
        if yes:
            yes_rows.add(len(flags))
        flags.append(
            [
                (_date(day), 26.0, ""),
                (TIER_NAMES.get(tier_id, "Red-flag screen"), 138.0, ""),
                ("YES" if yes else said.lower() or "-", 16.0, "B" if yes else ""),
            ]
        )
    listing(
        "Red-flag screen answers",
        flags,
        2,
        _section_lines(len(nudges)),
        lambda i: (i not in yes_rows, -i),
        "every yes is kept first, then the newest",
    )

    tips = []
    for day, rule_id, why in sorted(nudges, key=lambda n: n[0]):
        tips.append([(_date(day), 26.0, ""), (latin1(rule_id), 46.0, "B"), (why, 108.0, "")])
    listing(
        "Tips the app sent (which and why)", tips, None, -1, lambda i: (0, -i), "the newest are kept"
    )

    # --- Footer, always at the same place.
    pdf.set_y(PAGE_H - MARGIN - FOOTER_H + 3)
    pdf.set_draw_color(160, 160, 160)
    pdf.line(MARGIN, pdf.get_y(), PAGE_W - MARGIN, pdf.get_y())
    pdf.ln(1.5)
    page.limit = PAGE_H
    page.line(SELF_REPORTED, size=9.5, style="B", h=5)
    return bytes(pdf.output())
