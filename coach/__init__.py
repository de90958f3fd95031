"""The pure domain of Lumbar: parsing replies, schedules, units and the words the runner reads.

Nothing in this package does I/O. Every function that depends on time is handed a date or a clock.
"""
