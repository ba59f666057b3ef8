"""Samspel: guided conversations between politics and administration (offline desktop app).

The package is layered ``gui -> services -> storage -> domain`` (enforced by import-linter):

* :mod:`samspel_desktop.domain` – pure Python model and rules, no Qt and no SQL.
* :mod:`samspel_desktop.storage` – the only importer of ``sqlite_utils``.
* :mod:`samspel_desktop.services` – Qt-free use cases.
* :mod:`samspel_desktop.gui` – the only importer of PySide6 widgets.
"""

__version__ = "0.1.0"
APP_NAME = "Samspel"
APP_AUTHOR = "Samspel"
