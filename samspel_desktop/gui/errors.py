"""The one way the window shows expected trouble: a :class:`UserFacingError`'s Swedish message.

A slot that calls a service is decorated with :func:`shows_errors`; whatever the service
refuses (a full disk, an adopted agreement, a name left empty) is shown by :func:`show_error`
and the rest of the slot does not run. A widget that has a place of its own for messages (a
dialog's error line, the editor's status line) says so by defining ``show_error_inline``;
any other gets a message box (:func:`show_warning`, also for warnings that are not errors).
Nothing the user typed is lost: only the action stops.
Autosave has its own, quieter path (``gui.autosave.Autosaver.failed``).
"""

from __future__ import annotations

import functools
import inspect
import logging
from collections.abc import Callable
from typing import Concatenate, ParamSpec, Protocol, TypeVar, runtime_checkable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from samspel_desktop import APP_NAME
from samspel_desktop.domain.errors import UserFacingError

log = logging.getLogger(__name__)

P = ParamSpec("P")
R = TypeVar("R")
W = TypeVar("W", bound=QObject)


@runtime_checkable
class ShowsErrorsInline(Protocol):
    """A widget with its own place for a message (instead of a message box)."""

    def show_error_inline(self, message: str) -> None: ...


def show_error(widget: QWidget | None, error: UserFacingError) -> None:
    """Show ``error``'s message where ``widget`` shows messages, else in a message box."""
    log.info("shown to the user: %s (%s)", error.message, error.detail or "")
    if isinstance(widget, ShowsErrorsInline):
        widget.show_error_inline(error.message)
        return
    show_warning(widget, error.message)


def show_warning(widget: QWidget | None, message: str) -> None:
    """A warning in a message box (what cannot be done, or a risk the user should know)."""
    QMessageBox.warning(widget, APP_NAME, message)


def shows_errors(
    method: Callable[Concatenate[W, P], R],
) -> Callable[Concatenate[W, P], R | None]:
    """Decorate a widget's method: a :class:`UserFacingError` it raises is shown (see
    :func:`show_error`) and the method returns ``None``. On an object that drives part of a
    widget (not a widget itself), the error is shown by its nearest widget parent.

    Connected to a signal, the method gets only the arguments it takes, as an undecorated slot
    would (Qt passes ``currentIndexChanged``'s index to any callable that accepts one).
    """
    code = method.__code__
    takes = None if code.co_flags & inspect.CO_VARARGS else code.co_argcount - 1

    @functools.wraps(method)
    def guarded(self: W, /, *args: P.args, **kwargs: P.kwargs) -> R | None:
        try:
            return method(self, *args[:takes], **kwargs)  # type: ignore[arg-type]
        except UserFacingError as error:
            show_error(_widget(self), error)
            return None

    return guarded


def _widget(owner: QObject | None) -> QWidget | None:
    """``owner`` itself if a widget, else its nearest parent that is one."""
    while owner is not None and not isinstance(owner, QWidget):
        owner = owner.parent()
    return owner
