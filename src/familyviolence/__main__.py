"""``python -m familyviolence``: see :mod:`familyviolence.cli`."""

import sys

from familyviolence.cli import main

# Guarded: worker processes spawned by the stats command import this module again.
if __name__ == "__main__":
    sys.exit(main())
