"""Helpers for testing code that uses familyviolence (needs the ``testing`` extra).

:mod:`familyviolence.testing.strategies` holds Hypothesis strategies of valid objects.
"""
