"""``python -m samspel_desktop`` behaves like the ``samspel`` command."""

import sys

from samspel_desktop.cli import main

sys.exit(main())
