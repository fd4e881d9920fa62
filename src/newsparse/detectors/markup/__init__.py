"""Detectors of markup layouts: whole HTML pages and RSS/Atom feeds."""
