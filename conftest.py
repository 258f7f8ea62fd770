"""Runs the code in the docs, the README and the library's docstrings as tests."""

from doctest import ELLIPSIS, NORMALIZE_WHITESPACE

from sybil import Sybil
from sybil.parsers.myst import PythonCodeBlockParser, SkipParser
from sybil.parsers.rest import DocTestParser

_FLAGS = ELLIPSIS | NORMALIZE_WHITESPACE

pytest_collect_file = (
    Sybil(
        parsers=[PythonCodeBlockParser(doctest_optionflags=_FLAGS), SkipParser()],
        patterns=["README.md", "docs/*.md"],
        excludes=["docs/changelog.md"],
    )
    + Sybil(parsers=[DocTestParser(optionflags=_FLAGS)], path="src", patterns=["*.py"])
).pytest()
