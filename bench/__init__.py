"""Benchmarks and the synthetic corpus generator (``make bench``)."""
