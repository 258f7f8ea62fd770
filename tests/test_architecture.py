"""The library's floors hold: no module imports a floor above its own, a cycle, or another
package's private module (the import contracts in pyproject.toml, run by lint-imports)."""

import graphlib
import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).parent.parent
PACKAGE = ROOT / "src" / "familyviolence"
LINT_IMPORTS = [sys.executable, "-c", "from importlinter.cli import lint_imports_command as c; c()"]


def lint_imports(package_parent: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the contracts on the library, or on the copy of it in ``package_parent``."""
    env = None
    if package_parent is not None:
        # A copy found first on the path is the one the import graph is built from.
        env = {"PYTHONPATH": str(package_parent), "PATH": ""}
    return subprocess.run(  # noqa: S603 - our own command
        [*LINT_IMPORTS, "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env=env,
    )


def test_every_import_contract_is_kept():
    result = lint_imports()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "5 kept, 0 broken" in result.stdout


def test_no_module_imports_itself_round_a_circle():
    # The contracts keep the floors and each package in order; this sees every circle there is,
    # through a package's own __init__ too.
    graph = grimp.build_graph("familyviolence", include_external_packages=False)
    imports = {m: graph.find_modules_directly_imported_by(m) for m in graph.modules}
    try:
        graphlib.TopologicalSorter(imports).prepare()
    except graphlib.CycleError as error:
        pytest.fail(f"an import circle: {' -> '.join(error.args[1])}")


# Each breaks one kind of contract in a copy of the library: (file, line added, contract broken).
BREAKS = {
    "an upward import": (
        "people.py",
        "import familyviolence.cases",
        "Floors: each module imports only from the floors below it",
    ),
    "a cycle inside a package": (
        "instruments/_scales.py",
        "import familyviolence.instruments._catalogue",
        "No import cycle inside any package",
    ),
    "a circle between two modules of one floor": (
        "time_limits.py",
        "import familyviolence.disclosure",
        "Floors: each module imports only from the floors below it",
    ),
    "another package's private module": (
        "cases/_case.py",
        "import familyviolence.collaboration._referrals",
        "A private module is imported only from within its own package",
    ),
    "the top-level package from inside": (
        "risk.py",
        "import familyviolence",
        "No module of the library imports the top-level package",
    ),
    "a spanning package's __init__ importing its higher floor": (
        "jurisdictions/se/__init__.py",
        "import familyviolence.jurisdictions.se.rules",
        "The __init__ of a package that spans floors imports from its lowest floor only",
    ),
}


@pytest.mark.parametrize("kind", BREAKS)
def test_the_contracts_fail_on(kind, tmp_path):
    file, line, contract = BREAKS[kind]
    copy = tmp_path / "familyviolence"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "data"))
    with (copy / file).open("a", encoding="utf-8") as module:
        module.write(f"\n{line}  # noqa\n")
    result = lint_imports(tmp_path)
    assert result.returncode != 0, result.stdout + result.stderr
    assert f"{contract} BROKEN" in result.stdout, result.stdout + result.stderr
