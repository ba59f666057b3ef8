"""One running Samspel per data folder.

The first start takes a :class:`QLockFile` in the data folder and listens on a
:class:`QLocalServer` whose name is derived from the folder's path. A second start for the same
folder cannot take the lock: it sends ``raise`` to the first, which brings its window to the
front, and exits, so the database is never opened twice. A lock left by a crashed process is
stale (its process is gone) and is taken over by :meth:`QLockFile.tryLock`.

A lock written by another computer (a data folder on a shared drive, a laptop that crashed
with the folder open) cannot be checked from here, so it is never stale by itself: the user is
asked, in Swedish, whether Samspel still runs there, and may remove it. On Windows the second
start lets the first take the foreground (``AllowSetForegroundWindow``); otherwise Windows
only flashes its taskbar button.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QSysInfo, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from samspel_desktop import APP_NAME
from samspel_desktop.gui.errors import show_warning
from samspel_desktop.services.paths import DataPaths, create_data_folder, keep_private

if TYPE_CHECKING:
    # QtNetwork is imported when needed: the first instance listens after its window appeared.
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_FILENAME = "samspel.lock"
RAISE_MESSAGE = b"raise\n"
_TIMEOUT_MS = 2000
# AllowSetForegroundWindow(ASFW_ANY): any process may take the foreground.
ASFW_ANY = 0xFFFFFFFF


@dataclass(frozen=True)
class LockHolder:
    """Who holds a data folder's lock, as its lock file says."""

    pid: int
    host: str
    app: str


def is_other_machine(holder_host: str, this_host: str) -> bool:
    """Whether a lock was written on another computer (host names ignore case on Windows)."""
    return bool(holder_host) and holder_host.casefold() != this_host.casefold()


def server_name(paths: DataPaths) -> str:
    """The local server's name for ``paths``: same folder and user, same name."""
    import getpass
    import zlib  # not hashlib: that loads OpenSSL (3.6 MB) into every start

    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = ""
    key = f"{paths.root.resolve()}\n{user}".encode()
    # 64 bits: two CRC-32s, of the key and of it reversed. Only a name; the lock guards.
    return f"samspel-{zlib.crc32(key):08x}{zlib.crc32(key[::-1]):08x}"


def lock_data_folder(paths: DataPaths) -> QLockFile | None:
    """Take the data folder's lock, or ``None`` if a live process holds it.

    A lock file left by a process that no longer runs is stale and is taken over. The lock is
    never stale by age: the app may run for days.
    """
    create_data_folder(paths)
    lock = QLockFile(str(paths.root / LOCK_FILENAME))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        # It names the computer, the user's process and app: readable by the user only.
        keep_private(paths.root / LOCK_FILENAME)
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None
    # The folder cannot be written (read-only medium): nothing can be saved there anyway, and
    # refusing to start would keep the user from reading their notes.
    log.info("no lock in %s (%s); continuing without", paths.root, lock.error())
    return lock


def lock_holder(paths: DataPaths) -> LockHolder | None:
    """What the data folder's lock file says about its holder; None without a readable lock."""
    pid, host, app = QLockFile(str(paths.root / LOCK_FILENAME)).getLockInfo()
    return LockHolder(int(pid), str(host), str(app)) if pid else None


def remove_lock_of_other_machine(paths: DataPaths) -> bool:
    """Remove a lock file the user said is left over; False if it cannot be removed (on
    Windows, still held open by a Samspel that runs after all)."""
    return bool(QLockFile(str(paths.root / LOCK_FILENAME)).removeStaleLockFile())


def allow_foreground(pid: int | None, *, os_name: str = os.name, user32: Any = None) -> bool:
    """Windows: let the running instance (``pid``, else any) bring its window to the front.

    Only the foreground process may hand on the foreground, and a second start is that
    process. ``user32`` is the Win32 library (tests give their own). Elsewhere: nothing.
    """
    if os_name != "nt":
        return False
    library = user32 if user32 is not None else _user32()
    if library is None:
        return False
    return bool(library.AllowSetForegroundWindow(pid if pid and pid > 0 else ASFW_ANY))


def _user32() -> Any:
    if sys.platform == "win32":
        import ctypes

        return ctypes.WinDLL("user32", use_last_error=True)
    return None


def ask_running_instance_to_raise(paths: DataPaths, pid: int | None = None) -> bool:
    """Tell the instance that has ``paths`` open to show its window; ``False`` if none answers.

    ``pid`` is the running instance's process (from the lock), allowed to take the foreground.
    """
    from PySide6.QtNetwork import QLocalSocket

    allow_foreground(pid)

    # The running instance starts listening just after its window appeared: a start in that
    # moment finds the lock taken but no server yet, so try for a few seconds.
    deadline = time.monotonic() + 3.0
    while True:
        socket = QLocalSocket()
        socket.connectToServer(server_name(paths))
        if socket.waitForConnected(_TIMEOUT_MS):
            break
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    socket.write(RAISE_MESSAGE)
    sent = socket.waitForBytesWritten(_TIMEOUT_MS)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(_TIMEOUT_MS)
    return sent


def bring_to_front(window: QWidget) -> None:
    """Show ``window`` un-minimised, on top and active."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


class SingleInstance(QObject):
    """The first instance's lock and server; emits :attr:`raise_requested` on a second start."""

    raise_requested = Signal()

    def __init__(self, paths: DataPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None

    def claim(self, *, listen: bool = True) -> bool:
        """``True`` if this is the only instance for the folder (lock held; listening unless
        ``listen`` is False, then call :meth:`listen` later)."""
        lock = lock_data_folder(self._paths)
        if lock is None:
            return False
        self._lock = lock
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Answer second starts (``raise``) from now on."""
        if self._server is not None:
            return
        from PySide6.QtNetwork import QLocalServer

        name = server_name(self._paths)
        # We hold the lock, so a socket by this name is a leftover of a crash, not a live app.
        QLocalServer.removeServer(name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._accept)
        if not server.listen(name):
            log.info("single-instance server %s not listening: %s", name, server.errorString())
        self._server = server

    def _accept(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            if bytes(socket.readLine().data()) == RAISE_MESSAGE:
                self.raise_requested.emit()

    def follow(self, window: QWidget) -> None:
        """Bring ``window`` to the front whenever a second start asks for it."""
        self.raise_requested.connect(lambda: bring_to_front(window))

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


def start_single_instance(
    paths: DataPaths, parent: QObject | None = None, *, listen: bool = True
) -> SingleInstance | None:
    """Claim the data folder for this process, or hand over to the running instance.

    Returns ``None`` when another instance has the folder: it has been asked to come to the
    front (or, if it does not answer, the user is told), and this process should exit.
    """
    instance = SingleInstance(paths, parent)
    if instance.claim(listen=listen):
        return instance
    holder = lock_holder(paths)
    if holder is not None and is_other_machine(holder.host, QSysInfo.machineHostName()):
        if not _ask_to_remove_lock_of(holder.host):
            return None
        if remove_lock_of_other_machine(paths) and instance.claim(listen=listen):
            log.warning("removed the lock of %s on the user's word", holder.host)
            return instance
        show_warning(
            None,
            QCoreApplication.translate(
                "SingleInstance",
                "Låset kunde inte tas bort. Samspel verkar vara öppet på %1 ändå: stäng det där "
                "och försök igen.",
            ).replace("%1", holder.host),
        )
        return None
    if not ask_running_instance_to_raise(paths, holder.pid if holder is not None else None):
        QMessageBox.information(
            None,
            APP_NAME,
            QCoreApplication.translate(
                "SingleInstance",
                "Samspel är redan öppet med samma datamapp. Byt till det fönstret, eller "
                "vänta en stund och försök igen.",
            ),
        )
    return None


def _ask_to_remove_lock_of(host: str) -> bool:
    """Ask whether the lock another computer left may go; the default answer is no."""
    answer = QMessageBox.question(
        None,
        APP_NAME,
        QCoreApplication.translate(
            "SingleInstance",
            "Datamappen används av Samspel på datorn %1. Två datorer får inte ha samma "
            "datamapp öppen samtidigt.\n\nOm Samspel inte längre är öppet där – till exempel om "
            "datorn stängdes av eller kraschade – kan du ta bort låset och öppna datamappen "
            "här.\n\nÄr Samspel stängt på %1? Ta bort låset?",
        ).replace("%1", host),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
