"""Weekly summaries and exports."""

from __future__ import annotations



def export_ready() -> str:
    return "Your whole diary: a spreadsheet (CSV) and a complete copy (JSON) you can keep or move elsewhere."


def export_pdf_ready() -> str:
    return "A one-page report of your last 8 weeks, for a physio or doctor. It's self-reported data, and says so."


def summary_usage() -> str:
    return "Try /summary (this week so far), /summary last (last week) or /summary 8 (an 8-week chart)."


def export_usage() -> str:
    return "Try /export (CSV and JSON) or /export pdf (a report for a physio)."
