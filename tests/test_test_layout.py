"""Shared test helpers live in helper modules: no module of the tests imports a test module."""

import ast
from pathlib import Path

TESTS = Path(__file__).parent


def names_of_test_modules():
    return {p.stem for p in TESTS.rglob("test_*.py")} | {"conftest"}


def imported_modules(source):
    """The top-level names of the modules that ``source`` imports, anywhere in it."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name.partition(".")[0]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module.partition(".")[0]


def test_no_module_of_the_tests_imports_a_test_module():
    tests = names_of_test_modules()
    offending = {
        f"{path.relative_to(TESTS)} imports {name}"
        for path in TESTS.rglob("*.py")
        for name in imported_modules(path.read_text(encoding="utf-8"))
        if name in tests
    }
    assert not offending, sorted(offending)


def test_the_check_sees_an_import_of_a_test_module():
    source = "import json\nfrom rule_checks import fires\n\ndef f():\n    from test_x import y\n"
    assert set(imported_modules(source)) == {"json", "rule_checks", "test_x"}
