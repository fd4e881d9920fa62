"""Detectors of JSON layouts: WordPress REST exports, JSON Lines crawls and JSON record arrays."""
