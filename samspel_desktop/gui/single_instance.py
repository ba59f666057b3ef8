"""One running Samspel per data folder.

The first start takes a :class:`QLockFile` in the data folder and listens on a
:class:`QLocalServer` whose name is derived from the folder's path. A second start for the same
folder cannot take the lock: it sends ``raise`` to the first, which brings its window to the
front, and exits, so the database is never opened twice. A lock left by a crashed process is
stale (its process is gone) and is taken over by :meth:`QLockFile.tryLock`.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from samspel_desktop import APP_NAME
from samspel_desktop.services.paths import DataPaths, create_data_folder

if TYPE_CHECKING:
    # QtNetwork is imported when needed: the first instance listens after its window appeared.
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_FILENAME = "samspel.lock"
RAISE_MESSAGE = b"raise\n"
_TIMEOUT_MS = 2000


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
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None
    # The folder cannot be written (read-only medium): nothing can be saved there anyway, and
    # refusing to start would keep the user from reading their notes.
    log.info("no lock in %s (%s); continuing without", paths.root, lock.error())
    return lock


def ask_running_instance_to_raise(paths: DataPaths) -> bool:
    """Tell the instance that has ``paths`` open to show its window; ``False`` if none answers."""
    from PySide6.QtNetwork import QLocalSocket

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
    if not ask_running_instance_to_raise(paths):
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
