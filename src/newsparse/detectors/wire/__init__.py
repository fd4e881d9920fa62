"""Detectors of news-agency and publishing formats: NITF, NewsML, ninjs, ANPA / IPTC 7901, Reuters-21578."""
