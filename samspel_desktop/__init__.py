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


def _keep_none_alive() -> None:
    """Work around PySide6 6.12 on Python 3.11: every call of a Qt method that returns nothing
    gives back ``None`` without counting the reference (the wheel is built for Python 3.12,
    where ``None`` is immortal). Each such call lowers ``None``'s count by one, and when it
    reaches zero the interpreter aborts ("deallocating None"): some ten thousand calls after
    start, which a few dozen repaints of a chart or an hour of typing reach. Giving ``None``
    a count no session can use up makes it as immortal as on Python 3.12.
    """
    import sys

    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    if hasattr(sys, "gettotalrefcount"):  # a debug build lays objects out differently
        return
    import ctypes

    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, the object's first field
    if count.value < 1 << 40:
        count.value += 1 << 40


_keep_none_alive()
