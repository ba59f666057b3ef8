import datetime as dt

from pytestqt.qtbot import QtBot

from samspel_desktop.gui.trash_dialog import TrashDialog
from samspel_desktop.services.samspel import Samspel
from tests.conftest import MakePair


def test_restore_and_empty(qtbot: QtBot, services: Samspel, make_pair: MakePair) -> None:
    pair = make_pair(services, political="Anna", executive="Karl")
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


def _trash_one_of_each(services: Samspel, make_pair: MakePair) -> None:
    """A grey-zone question and a seminar in the trash (kinds the dialog once showed raw)."""
    pair = make_pair(services)
    entry = services.greyzone.add(pair.id, "Vem svarar lokaltidningen?")
    services.trash.delete("greyzone", entry.id)
    seminar = services.seminars.create(
        title="Samspelsdag", date=dt.date(2027, 2, 10), guide_id="skr-omraden"
    )
    services.trash.delete("seminar", seminar.id)


def test_every_kind_is_named_in_swedish(
    qtbot: QtBot, services: Samspel, make_pair: MakePair
) -> None:
    _trash_one_of_each(services, make_pair)
    dialog = TrashDialog(services)
    qtbot.addWidget(dialog)
    texts = sorted(dialog.list.item(row).text() for row in range(dialog.list.count()))
    assert texts[0].startswith("Fråga i gråzonsloggen: Vem svarar lokaltidningen?")
    assert texts[1].startswith("Seminarium: Samspelsdag")


def test_every_kind_is_named_in_english(
    qtbot: QtBot, services: Samspel, make_pair: MakePair, english: None
) -> None:
    _trash_one_of_each(services, make_pair)
    dialog = TrashDialog(services)
    qtbot.addWidget(dialog)
    texts = sorted(dialog.list.item(row).text() for row in range(dialog.list.count()))
    assert texts[0].startswith("Grey-zone question: Vem svarar lokaltidningen?")
    assert texts[1].startswith("Seminar: Samspelsdag")
    assert dialog.windowTitle() == "Trash"
