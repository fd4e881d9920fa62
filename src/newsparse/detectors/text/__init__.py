"""Detectors of plain-text layouts: title-echo, counter-footer, page-text, blank-blocks and the whole-text fallback."""
