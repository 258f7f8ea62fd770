"""Promises the project makes about itself: exports, docs, commands, version."""

import importlib
import inspect
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import familyviolence
from public_api import homes, public_modules, public_names

ROOT = Path(__file__).parent.parent


def test_every_exported_name_exists_once_in_its_module():
    for module in public_modules():
        names = getattr(module, "__all__", ())
        assert len(set(names)) == len(names), module.__name__
        for name in names:
            assert hasattr(module, name), f"{module.__name__}.{name}"


def test_the_top_level_package_exports_the_everyday_names_only():
    assert len(familyviolence.__all__) <= 50


def test_every_public_name_has_one_import_path():
    # The top-level package re-exports the everyday names; no other two modules export one thing
    # (parallel modules may each have their own: Sweden's and Norway's NEW_ACT_FROM).
    for name, modules in homes().items():
        others = [m for m in modules if m != "familyviolence"]
        if "familyviolence" in modules:
            assert others or name in _ONLY_AT_THE_TOP, f"{name} has no home but the top level"
        things = [getattr(importlib.import_module(m), name) for m in others]
        shared = [t for t in things if not isinstance(t, _VALUES) and things.count(t) > 1]
        assert not shared, f"{name} is exported by {others}"
        if "familyviolence" in modules and others:
            assert any(getattr(familyviolence, name) is t for t in things), name


_ONLY_AT_THE_TOP = {"__version__", "evolve"}
_VALUES = (int, str, type(None))


def test_every_module_with_public_names_says_which():
    for module in public_modules():
        assert hasattr(module, "__all__"), module.__name__


def test_every_public_name_is_documented():
    for name, obj in public_names().items():
        if inspect.isclass(obj) or inspect.isfunction(obj):
            assert inspect.getdoc(obj), name
            for member_name, member in vars(obj).items():
                if member_name.startswith("_") or not callable(member):
                    continue
                assert inspect.getdoc(member), f"{name}.{member_name}"


def test_every_module_opens_with_a_docstring():
    for path in (ROOT / "src" / "familyviolence").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert source.lstrip().startswith('"""'), path


def test_the_installed_version_is_the_packages_version():
    assert metadata.version("familyviolence") == familyviolence.__version__


def test_the_package_is_typed():
    assert (ROOT / "src" / "familyviolence" / "py.typed").exists()


def readme_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\n(.*?)```", text, re.DOTALL)
    assert block, "README.md must open with a sh block of commands"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_readme_opens_with_two_commands_and_ci_runs_the_test_command():
    commands = readme_commands()
    assert len(commands) == 2
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci.splitlines()


def test_the_readme_example_command_runs():
    # The README's first command, minus the venv set-up that this test run already has.
    run = readme_commands()[0].split("&& ")[-1].split()
    assert run[:3] == ["python", "-m", "familyviolence"]
    result = subprocess.run(  # noqa: S603 - our own command line
        [sys.executable, *run[1:]], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    assert "uppsala" in result.stdout


def test_import_pulls_in_no_optional_dependency():
    code = (
        "import sys, familyviolence; "
        "print(','.join(m for m in ('hypothesis', 'pydantic', 'jsonschema') if m in sys.modules))"
    )
    out = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == ""
