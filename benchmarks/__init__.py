"""Benchmarks of the extraction engine (run with ``make bench``)."""
