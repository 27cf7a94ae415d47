"""Batch scan: read logs, compute signals, replay account profiles causally, write findings."""
