"""Helpers for testing code that uses familyviolence (needs the ``testing`` extra).

:mod:`familyviolence.testing.strategies` holds Hypothesis strategies of valid objects.
"""

__all__: list[str] = []
