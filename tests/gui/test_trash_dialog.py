from pytestqt.qtbot import QtBot

from samspel_desktop.gui.trash_dialog import TrashDialog
from samspel_desktop.services.samspel import Samspel


def test_restore_and_empty(qtbot: QtBot, services: Samspel) -> None:
    pair = services.pairs.add(organisation="Vaggeryds kommun", political="Anna", executive="Karl")
    first = services.conversations.start(pair.id)
    second = services.conversations.start(pair.id)
    services.trash.delete("conversation", first.id)
    services.trash.delete("conversation", second.id)
    dialog = TrashDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    assert dialog.list.item(0).text().startswith("Samtal: ")
    assert not dialog.restore_button.isEnabled()

    dialog.list.setCurrentRow(0)
    with qtbot.waitSignal(dialog.changed):
        dialog.restore_button.click()
    assert len(services.conversations.all()) == 1
    assert dialog.list.count() == 1

    with qtbot.waitSignal(dialog.changed):
        dialog.empty()
    assert services.trash.items() == []
    assert "tom" in dialog.list.item(0).text()
    assert not dialog.empty_button.isEnabled()
    assert len(services.conversations.all()) == 1
