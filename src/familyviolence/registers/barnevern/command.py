"""What the command line's ``register-export`` needs beyond the export: where each file goes.

The schema allows one child's case folder per file, so an export of several children writes
several files: the first is the file named, the others get the folder id in their names.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from familyviolence.registers.barnevern._export import RegisterDocument

__all__ = ["output_paths"]


def output_paths(out: Path, documents: Sequence[RegisterDocument]) -> list[Path]:
    """Where each document is written: ``out`` for one, ``out`` with each folder id for several.

    >>> from pathlib import Path
    >>> output_paths(Path("bergen.xml"), [])
    []
    """
    if len(documents) == 1:
        return [out]
    return [out.with_name(f"{out.stem}-{d.folder_id}{out.suffix or '.xml'}") for d in documents]
