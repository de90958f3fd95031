"""One row of the benchmark table: a figure, its reference measured in the same run, the ratio, the goal."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    reference: str
    reference_value: float | None
    goal: str
    passed: bool | None
    paired: float | None = None
    """The median of per-round ratios, where the benchmark times ours and the reference in turn: the ratio shown and
    judged, as it holds when the machine's speed drifts between rounds (the ratio of two medians does not)."""

    @property
    def ratio(self) -> float | None:
        if self.paired is not None:
            return self.paired
        if self.reference_value in (None, 0):
            return None
        return self.value / self.reference_value

    def cells(self) -> list[str]:
        ratio = self.ratio
        return [
            self.name,
            _number(self.value),
            f"{self.reference} {_number(self.reference_value)}" if self.reference else "",
            f"{ratio:.2f}x" if ratio is not None else "",
            self.goal,
            {True: "pass", False: "MISS", None: "info"}[self.passed],
        ]


HEADER = ["figure", "value", "reference (same run)", "ratio", "goal", "result"]


def _number(value: float | None) -> str:
    if value is None:
        return ""
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def render(figures: list[Figure]) -> str:
    """A Markdown table, readable as plain text too."""
    rows = [HEADER] + [figure.cells() for figure in figures]
    widths = [max(len(row[i]) for row in rows) for i in range(len(HEADER))]
    lines = ["| " + " | ".join(cell.ljust(width) for cell, width in zip(row, widths)) + " |" for row in rows]
    lines.insert(1, "|" + "|".join("-" * (width + 2) for width in widths) + "|")
    return "\n".join(lines)


def show(run: Callable[[], tuple[list[Figure], list[str]]]) -> None:
    """One benchmark run on its own (``python benchmarks/<name>.py``): its rows and notes, printed."""
    figures, notes = run()
    for figure in figures:
        print(figure.cells())
    print(*notes, sep="\n")
