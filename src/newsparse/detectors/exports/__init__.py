"""Detectors of the exports researchers download from news databases (LexisNexis, Factiva, ProQuest...)."""
