"""Reporting to national registers: an optional edge of the library.

:mod:`familyviolence.registers.barnevern` writes Norway's child-welfare register format. It
imports the library's models; nothing in the library imports it. Validating its output against
the register's schema needs the ``registers`` extra (``pip install familyviolence[registers]``).
"""

__all__: list[str] = []
