"""Small custom widgets: those the Designer forms promote, and the list dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QStylePainter,
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


class DateEdit(QDateEdit):
    """A date field (ÅÅÅÅ-MM-DD) that takes a typed date over its selected text.

    Qt's date edit refuses a digit typed over the whole selected text (the field would hold an
    invalid "2"), and after a section is typed full it moves on by itself, so the separator
    typed next skipped a section: "2027-01-15" became 2026-01-15. Here a digit over the whole
    text starts again at the year, and a separator right after such a move is taken as typed.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setCalendarPopup(True)
        self._moved_on = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        line = self.lineEdit()
        if text.isdigit() and line.hasSelectedText() and line.selectedText() == line.text():
            self.setSelectedSection(self.sectionAt(0))
            self._moved_on = False
        if text in ("-", ".", "/") and self._moved_on:
            self._moved_on = False
            event.accept()
            return
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._moved_on = text.isdigit() and self.currentSectionIndex() != before


class ElidingComboBox(QComboBox):
    """A combo box whose chosen text, when longer than the box, ends in "…" rather than being
    cut off mid-word (the full text is in the list and the tooltip)."""

    def shown_text(self) -> str:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        room = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return self.fontMetrics().elidedText(
            self.currentText(), Qt.TextElideMode.ElideRight, room.width()
        )

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the column's width (Qt's tree gives a row the
    height of its explicit lines only, so a long text hid the lines after it)."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self._view = view
        # Asked once, as the tree is built: the first wrapper of the viewport and the first use
        # of QStyle set up their classes' enums in PySide (~15 ms), which would otherwise fall
        # on the first layout of the first conversation opened.
        self._viewport = view.viewport()
        self._margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 2)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        indent = self._view.indentation() * (depth + (1 if self._view.rootIsDecorated() else 0))
        width = max(self._viewport.width() - indent - self._margin, 40)
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font) if isinstance(font, QFont) else self._view.fontMetrics()
        needed = metrics.boundingRect(
            QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text
        ).height()
        return QSize(hint.width(), max(hint.height(), needed + 6))


class WrappingTree(QTreeWidget):
    """A one-column tree whose items wrap to the width it has, every line visible."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(_WrappingDelegate(self))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.scheduleDelayedItemsLayout()


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
