"""SQLite storage through sqlite-utils. Every line of SQL in Lumbar lives in this package."""

from storage.db import database_file, open_db, utc_text

__all__ = ["database_file", "open_db", "utc_text"]
