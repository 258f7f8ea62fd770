"""The strategies of :mod:`familyviolence.testing.strategies`, one module an area of the library.

Modules here build on :mod:`.values` and on the areas below them; only
:mod:`familyviolence.testing.strategies` is public.
"""
