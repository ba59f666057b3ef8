"""Small custom widgets: those the Designer forms promote, and the list dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


class CompactTextEdit(QPlainTextEdit):
    """A plain text editor whose preferred height is modest, so three fit on a 768-pixel screen.

    It still grows with the window (vertical policy Expanding) and scrolls inside for long text.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.fontMetrics().lineSpacing() * 5 + 12)

    def minimumSizeHint(self) -> QSize:
        return QSize(100, self.fontMetrics().lineSpacing() * 3 + 12)


#: Item data roles of :class:`GuideStructureTree`: the kind ("section"/"question") and the
#: item's editable fields (a dict the editor reads back when it saves).
KIND_ROLE = Qt.ItemDataRole.UserRole
FIELDS_ROLE = Qt.ItemDataRole.UserRole + 1


class GuideStructureTree(QTreeWidget):
    """Sections with their questions; reordered by drag and drop or by Ctrl+Up/Ctrl+Down.

    Sections stay at the top level and questions inside sections: a drop that would break
    that is refused. ``moved`` is emitted after every accepted move.
    """

    moved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)

    def sections(self) -> list[QTreeWidgetItem]:
        items = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [item for item in items if item is not None]

    @staticmethod
    def questions(section: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        items = (section.child(i) for i in range(section.childCount()))
        return [item for item in items if item is not None]

    @staticmethod
    def kind(item: QTreeWidgetItem | None) -> str:
        return str(item.data(0, KIND_ROLE)) if item is not None else ""

    def drop_allowed(
        self,
        dragged: QTreeWidgetItem | None,
        target: QTreeWidgetItem | None,
        position: QAbstractItemView.DropIndicatorPosition,
    ) -> bool:
        on_item = position is QAbstractItemView.DropIndicatorPosition.OnItem
        between = position in (
            QAbstractItemView.DropIndicatorPosition.AboveItem,
            QAbstractItemView.DropIndicatorPosition.BelowItem,
        )
        if self.kind(dragged) == "section":
            return target is None or (self.kind(target) == "section" and between)
        if self.kind(dragged) == "question":
            return (self.kind(target) == "section" and on_item) or (
                self.kind(target) == "question" and between
            )
        return False

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)
        target = self.itemAt(event.position().toPoint())
        if not self.drop_allowed(self.currentItem(), target, self.dropIndicatorPosition()):
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        dragged = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        if not self.drop_allowed(dragged, target, self.dropIndicatorPosition()):
            event.ignore()
            return
        super().dropEvent(event)
        if dragged is not None:
            parent = dragged.parent()
            if parent is not None:
                parent.setExpanded(True)
            self.setCurrentItem(dragged)
        self.moved.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() == Qt.KeyboardModifier.ControlModifier and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    def move_current(self, offset: int) -> bool:
        """Move the current item one step; a question at a section's edge moves into the
        neighbouring section. Returns False when there is nowhere to go."""
        item = self.currentItem()
        if item is None:
            return False
        parent = item.parent()
        if parent is None:
            index = self.indexOfTopLevelItem(item)
            new = index + offset
            if not 0 <= new < self.topLevelItemCount():
                return False
            expanded = item.isExpanded()
            self.takeTopLevelItem(index)
            self.insertTopLevelItem(new, item)
            item.setExpanded(expanded)
        else:
            index = parent.indexOfChild(item)
            new = index + offset
            if 0 <= new < parent.childCount():
                parent.takeChild(index)
                parent.insertChild(new, item)
            else:
                section = self.indexOfTopLevelItem(parent) + offset
                if not 0 <= section < self.topLevelItemCount():
                    return False
                other = self.topLevelItem(section)
                if other is None:
                    return False
                parent.takeChild(index)
                other.insertChild(0 if offset > 0 else other.childCount(), item)
                other.setExpanded(True)
        self.setCurrentItem(item)
        self.moved.emit()
        return True


class ListDialog(QDialog):
    """An explanation, a list and buttons along the bottom, with Close (the backups, the trash).

    A subclass names it with :meth:`describe` (in its own translation context) and adds its
    buttons with :meth:`add_button`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.list = QListWidget(self)
        layout.addWidget(self.list)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def describe(self, title: str, intro: str, close: str) -> None:
        self.setWindowTitle(title)
        self.intro.setText(intro)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(close)

    def add_button(
        self,
        text: str,
        slot: Callable[[], object],
        role: QDialogButtonBox.ButtonRole = QDialogButtonBox.ButtonRole.ActionRole,
    ) -> QPushButton:
        button = QPushButton(text, self)
        self.buttons.addButton(button, role)
        button.clicked.connect(slot)
        return button
