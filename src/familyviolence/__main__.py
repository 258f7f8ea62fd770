"""``python -m familyviolence``: see :mod:`familyviolence.cli`."""

import sys

from familyviolence.cli import main

sys.exit(main())
