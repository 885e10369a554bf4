"""Performance benchmarks for EAP Crisis Desk (``make bench``; never part of ``make test``).

Budgets live here and only here: the test suite has no timed assertions. Each ``bench_*`` module
registers functions (see ``registry.py``) that return rows for one table of medians and ratios, all
measured in the same run; ``python -m benchmarks [NAME ...]`` runs them and writes the same rows to
``.bench/results.json``.

This package must stay cheap to import: ``python -m benchmarks.bare_window`` (the start-up
reference) imports it first.
"""
