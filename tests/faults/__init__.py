"""The fault suite (issue 15): real ``lumbar run`` processes against the fake Bot API, killed, flooded,
cut off and fed every update three times, and the minute sweep walked across the year's clock changes.

``python -m tests.faults`` (``make faults``) runs the full counts and prints one table;
tests/test_faults_reduced.py runs a few kills and one short outage in ``make test``.
"""
