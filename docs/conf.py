"""Sphinx configuration of the familyviolence documentation."""

from __future__ import annotations

import sys
from pathlib import Path

from familyviolence import __version__

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

project = "familyviolence"
author = "The familyviolence contributors"
copyright = "2026, the familyviolence contributors"
release = __version__
version = __version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
    "generated_tables",
    "register_tables",
    "home_references",
    "public_names",
]

source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build", "_generated", "_extra"]
html_extra_path = ["_extra"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

html_theme = "furo"
html_title = "familyviolence"

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_class_signature = "mixed"
autodoc_default_options = {"exclude-members": "__init__, __new__"}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = True

# The build machines have no network: the inventories are shipped with the docs, taken from
# Debian's python3.11-doc and python-attr-doc packages.
_inventories = Path(__file__).parent / "_inventories"
intersphinx_mapping = {
    "python": ("https://docs.python.org/3", str(_inventories / "python.inv")),
    "attrs": ("https://www.attrs.org/en/stable/", str(_inventories / "attrs.inv")),
}
