"""The installed version of familyviolence."""

__version__ = "0.1.0.dev0"
