"""Promises the project makes about itself: exports, docs, commands, version."""

import inspect
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import familyviolence

ROOT = Path(__file__).parent.parent


def test_every_exported_name_exists_once():
    names = familyviolence.__all__
    assert len(set(names)) == len(names)
    for name in names:
        assert hasattr(familyviolence, name), name


def test_every_public_name_is_documented():
    for name in familyviolence.__all__:
        obj = getattr(familyviolence, name)
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
