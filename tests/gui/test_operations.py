"""The operations layer: the database thread, operations with progress and cancel, the wait
that keeps painting, and the autosave's queue (gui/operations.py, gui/autosave.py)."""

from __future__ import annotations

import itertools
import re
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEventLoop, QObject, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QWidget,
)
from pytestqt.qtbot import QtBot

from samspel_desktop.domain.errors import CancelledError, NotFoundError, ValidationError
from samspel_desktop.domain.model import Answer, Conversation
from samspel_desktop.gui import autosave as autosave_module
from samspel_desktop.gui import operations as operations_module
from samspel_desktop.gui.autosave import Autosaver
from samspel_desktop.gui.operations import Operations, Progress, operations_for
from samspel_desktop.services.paths import DataPaths
from samspel_desktop.services.samspel import Samspel
from tests.conftest import MakeConversation, MakePair, run_samspel


@pytest.fixture
def ops(qtbot: QtBot, services: Samspel) -> Iterator[Operations]:
    operations = Operations(services)
    yield operations
    operations.cancel_all()
    operations.wait_idle()


def test_service_calls_run_on_the_database_thread_in_order(
    ops: Operations, make_pair: MakePair
) -> None:
    gui = threading.get_ident()
    seen: list[int] = []
    ops.call(lambda: seen.append(threading.get_ident()))
    assert seen and seen[0] != gui
    assert ops.call(ops.on_database_thread)
    pair = ops.services.pairs.add(organisation="Vaggeryds kommun", political="A", executive="B")
    assert ops.services.pairs.get(pair.id).organisation.name == "Vaggeryds kommun"
    with pytest.raises(NotFoundError):  # a refusal comes back as it was raised
        ops.services.pairs.get(404)
    assert "database thread" in repr(ops.services.pairs)
    assert "database thread" in repr(ops.services.guides.editing)  # reached through another


def test_an_operation_comes_back_on_the_gui_thread(qtbot: QtBot, ops: Operations) -> None:
    results: list[tuple[int, int]] = []
    operation = ops.run(
        lambda _progress: threading.get_ident(),
        parent=None,
        done=lambda ident: results.append((ident, threading.get_ident())),
    )
    assert results == []  # never inside the call that started it
    qtbot.waitUntil(lambda: operation.finished)
    [(worker, receiver)] = results
    assert receiver == threading.get_ident() and worker != receiver


def test_a_refusal_goes_to_the_one_error_display(
    qtbot: QtBot, ops: Operations, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))

    def refuse(_progress: Progress) -> None:
        raise ValidationError("Namnet saknas.")

    operation = ops.run(refuse, parent=None)
    qtbot.waitUntil(lambda: operation.finished)
    assert shown == ["Namnet saknas."]
    taken: list[str] = []
    operation = ops.run(refuse, parent=None, failed=lambda error: taken.append(error.message))
    qtbot.waitUntil(lambda: operation.finished)
    assert taken == ["Namnet saknas."] and shown == ["Namnet saknas."]


def test_a_cancelled_operation_stops_at_its_next_step_and_is_never_delivered(
    qtbot: QtBot, ops: Operations
) -> None:
    steps: list[int] = []
    delivered: list[object] = []
    go = threading.Event()

    def long_job(progress: Progress) -> str:
        for step in range(1000):
            go.wait()
            progress(step, 1000)  # raises CancelledError once cancelled
            steps.append(step)
            time.sleep(0.001)
        return "klart"

    operation = ops.run(long_job, parent=None, done=delivered.append)
    operation.cancel()
    go.set()
    qtbot.waitUntil(lambda: operation.finished)
    assert isinstance(operation.future.exception(), CancelledError)
    assert len(steps) < 1000 and delivered == []


def test_a_long_operation_shows_real_progress_and_can_be_cancelled(
    qtbot: QtBot, ops: Operations
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()

    def pages(progress: Progress) -> None:
        for page in range(400):
            progress(page, 400)
            time.sleep(0.005)

    operation = ops.run(pages, parent=parent, progress="Säkerhetskopierar…", cancellable=True)

    def dialog() -> QProgressDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        return next((d for d in found if d.isVisible()), None)

    qtbot.waitUntil(lambda: dialog() is not None and dialog().value() > 0, timeout=3000)  # type: ignore[union-attr]
    shown = dialog()
    assert shown is not None
    assert shown.labelText() == "Säkerhetskopierar…" and shown.maximum() == 400
    bar = shown.findChild(QProgressBar)
    assert bar is not None and re.fullmatch(r"\d+ %", bar.text())  # "12 %", never "12%"
    shown.canceled.emit()  # the Avbryt button
    qtbot.waitUntil(lambda: operation.finished)
    assert isinstance(operation.future.exception(), CancelledError)
    assert dialog() is None


def test_a_busy_database_thread_says_so_and_the_window_keeps_painting(
    qtbot: QtBot, ops: Operations
) -> None:
    """A lock held elsewhere (or a slow disk): the GUI thread waits painting, with a notice."""
    release = threading.Event()
    ops.queue(lambda: release.wait(5))  # the database thread is held up
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    notices: list[str] = []

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                notices.append(widget.labelText())
                release.set()

    looker = QTimer()
    looker.timeout.connect(look)
    looker.start(50)
    started = time.monotonic()
    assert ops.call(lambda: "svar") == "svar"  # waits for the database thread
    waited = time.monotonic() - started
    timer.stop()
    looker.stop()
    assert notices and notices[0] == "Väntar på databasen…"
    assert waited >= operations_module.NOTICE_MS / 1000
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > 10 and max(gaps) < 0.25  # the window's timers went on


def test_autosave_queues_in_order_and_flush_waits_for_the_disk(
    qtbot: QtBot, services: Samspel, make_conversation: MakeConversation
) -> None:
    conversation = make_conversation(services)
    owner = QWidget()
    qtbot.addWidget(owner)
    autosaver = Autosaver(owner, services, delay_ms=10_000)
    answers = [Answer(conversation.id, "g/q1", political=f"Version {n}") for n in range(1, 6)]
    written: list[str] = []

    def write(answer: Answer) -> None:
        written.append(answer.political)
        services.conversations.save_answer(answer)

    for answer in answers:
        autosaver.schedule("answer:g/q1", lambda a=answer: write(a))
    autosaver.schedule("notes", lambda: services.conversations.set_notes(conversation.id, "N"))
    assert autosaver.pending_keys() == {"answer:g/q1", "notes"}
    assert written == []  # nothing reached the database thread yet (the delay)
    assert autosaver.flush()
    assert written == ["Version 5"]  # the newest snapshot per key, once
    assert not autosaver.has_pending()
    assert services.conversations.answers(conversation.id)["g/q1"].political == "Version 5"
    assert services.conversations.get(conversation.id).notes == "N"


def test_a_quick_save_is_flushed_without_a_local_event_loop(
    qtbot: QtBot,
    services: Samspel,
    make_conversation: MakeConversation,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Moving on flushes the typing: a save the disk takes at once is waited for on the spot,
    not through a local event loop (the autosave's round trip); a slow one still paints."""
    conversation = make_conversation(services)
    owner = QWidget()
    qtbot.addWidget(owner)
    autosaver = Autosaver(owner, services, delay_ms=10_000)
    loops: list[object] = []

    class CountedLoop(QEventLoop):
        def __init__(self) -> None:
            super().__init__()
            loops.append(self)

    monkeypatch.setattr(operations_module, "QEventLoop", CountedLoop)
    # (However loaded this machine: "at once" is within a second here, not BLOCK_MS.)
    monkeypatch.setattr(autosave_module, "BLOCK_MS", 1000)
    save = Answer(conversation.id, "g/q1", political="Sparat direkt")
    autosaver.schedule("answer", lambda: services.conversations.save_answer(save))
    assert autosaver.flush()
    assert loops == []
    monkeypatch.setattr(autosave_module, "BLOCK_MS", 5)
    autosaver.schedule("answer", lambda: time.sleep(0.2))  # a slow disk
    assert autosaver.flush()
    assert len(loops) == 1  # waited painting
    assert services.conversations.answers(conversation.id)["g/q1"].political == "Sparat direkt"


def test_a_failing_disk_keeps_the_text_reports_once_and_retries(
    qtbot: QtBot, services: Samspel, make_conversation: MakeConversation
) -> None:
    from samspel_desktop.domain.errors import DiskFullError

    conversation = make_conversation(services)
    owner = QWidget()
    qtbot.addWidget(owner)
    autosaver = Autosaver(owner, services, delay_ms=5)
    failures: list[str] = []
    autosaver.failed.connect(failures.append)
    full = [True]

    def save() -> None:
        if full[0]:
            raise DiskFullError("Disken är full.")
        services.conversations.set_notes(conversation.id, "Sparat till slut")

    autosaver.schedule("notes", save)
    qtbot.waitUntil(lambda: bool(failures))
    assert not autosaver.flush()  # still failing: the text stays pending
    assert failures == ["Disken är full."]  # said once per streak
    assert autosaver.has_pending()
    full[0] = False
    with qtbot.waitSignal(autosaver.recovered, timeout=2000):
        autosaver.flush()
    assert services.conversations.get(conversation.id).notes == "Sparat till slut"


def test_a_locked_database_waits_with_a_notice_and_the_save_goes_through(
    qtbot: QtBot, paths: DataPaths, make_pair: MakePair
) -> None:
    """Another program holds the write lock: the window says it waits, then saves."""
    services = Samspel.open(paths)
    try:
        pair = make_pair(services, political="A", executive="B")
        conversation = services.conversations.start(pair.id, guide_ids=["skr-omraden"])
        owner = QWidget()
        qtbot.addWidget(owner)
        autosaver = Autosaver(owner, services)
        other = sqlite3.connect(paths.database, timeout=0)
        other.execute("BEGIN IMMEDIATE")  # the write lock, held by "another program"
        notices: list[str] = []

        def look() -> None:
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QProgressDialog) and widget.isVisible():
                    notices.append(widget.labelText())
                    other.rollback()  # the other program lets go

        looker = QTimer()
        looker.timeout.connect(look)
        looker.start(50)
        autosaver.schedule(
            "notes", lambda: services.conversations.set_notes(conversation.id, "Efter låset")
        )
        assert autosaver.flush()
        looker.stop()
        other.close()
        assert notices and notices[0] == "Väntar på databasen…"
        assert services.conversations.get(conversation.id).notes == "Efter låset"
    finally:
        services.close()


def test_closing_the_window_flushes_what_was_typed(
    qtbot: QtBot, paths: DataPaths, make_pair: MakePair, reopen: object
) -> None:
    from samspel_desktop.gui.main_window import MainWindow

    services = Samspel.open(paths)
    pair = make_pair(services, political="A", executive="B")
    conversation = services.conversations.start(pair.id, guide_ids=["skr-omraden"])
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.show_conversation(conversation.id)
    view = window.conversation_view
    qtbot.keyClicks(view.ui.politicalEdit, "Sagt precis innan")
    assert view.autosaver.has_pending()
    window.close()  # before the autosave's delay
    assert not view.autosaver.has_pending()
    assert not window.isVisible()
    again = Samspel.open(paths)
    try:
        answers = again.conversations.answers(conversation.id)
        assert any(a.political == "Sagt precis innan" for a in answers.values())
    finally:
        again.close()
        operations_for(window.services, window).wait_idle()
        services.close()


def test_integrity_watcher_waits_beside_the_database_thread(
    qtbot: QtBot, services: Samspel, tmp_path: Path
) -> None:
    from samspel_desktop.gui.recovery_dialog import IntegrityWatcher

    owner = QObject()
    watcher = IntegrityWatcher(services)
    qtbot.waitUntil(lambda: watcher.operation.finished)
    assert watcher.operation.future.result() is None  # a whole database
    del owner


def _autosaved(
    owner: QWidget, services: Samspel, operations: Operations, make_pair: MakePair, *texts: str
) -> tuple[Conversation, Autosaver]:
    """A new conversation whose first answer an autosaver of ``owner`` (kept alive by the
    caller, and the autosaver with it) saved as ``texts``, one flush each."""
    pair = make_pair(services, political="A", executive="B")
    conversation = services.conversations.start(pair.id, guide_ids=["skr-omraden"])
    autosaver = Autosaver(owner, operations.services, delay_ms=10_000)
    for text in texts:
        answer = Answer(conversation.id, "g/q1", political=text)
        autosaver.schedule("answer", lambda a=answer: services.conversations.save_answer(a))
        assert autosaver.flush()
    return conversation, autosaver


def test_a_search_right_after_the_windows_autosave_finds_the_text_in_another_process(
    qtbot: QtBot, paths: DataPaths, make_pair: MakePair
) -> None:
    """The save is acknowledged before its index entry is written (storage/derived.py): a
    ``samspel search`` started at once finds it all the same, and the window brings the index
    up to date itself right behind the save."""
    import json

    services = Samspel.open(paths)
    operations = Operations(services)
    try:
        owner = QWidget()
        qtbot.addWidget(owner)
        conversation, autosaver = _autosaved(
            owner,
            services,
            operations,
            make_pair,
            "Första utkastet",
            "Simhallens öppettider ses över",
        )
        search = run_samspel(paths.root, "search", "simhallens", "--json")
        assert search.returncode == 0, search.stderr
        assert [hit["kind"] for hit in json.loads(search.stdout)] == ["answer.political"]
        # With no other process about, the window's own catch-up (CATCH_UP_DELAY_MS after
        # the save) empties the markers.
        answer = Answer(conversation.id, "g/q1", political="Simhallen öppnar klockan sex")
        autosaver.schedule("answer", lambda: services.conversations.save_answer(answer))
        assert autosaver.flush()
        check = sqlite3.connect(paths.database)
        try:

            def caught_up() -> bool:
                return check.execute("SELECT count(*) FROM derived_pending").fetchone() == (0,)

            qtbot.waitUntil(caught_up, timeout=5000)
            assert check.execute(
                "SELECT body FROM search_index WHERE kind = 'answer.political'"
            ).fetchall() == [("Simhallen öppnar klockan sex",)]
        finally:
            check.close()
    finally:
        operations.close()


def test_work_finishing_while_its_window_is_deleted_never_crashes(qtbot: QtBot) -> None:
    """Worker threads report back at any moment, also while the GUI thread deletes the window
    that owned the operations: the report is dropped, the process lives (it crashed in
    Qt's signal emission before, in most runs of this file)."""
    seen: list[int] = []
    for round_ in range(40):
        window = QWidget()
        operations = Operations(parent=window)
        release = threading.Event()
        for _ in range(6):
            operations.run(
                lambda _progress, r=release: r.wait(1),
                parent=None,
                done=lambda _result, n=round_: seen.append(n),
                beside=True,
            )
            operations.queue(
                lambda r=release: r.wait(1), settled=lambda _f, n=round_: seen.append(n)
            )
        timer = threading.Timer(0.001 * (round_ % 5), release.set)
        timer.start()
        shiboken6.delete(window)  # and the operations with it, while the workers report
        timer.join()
        operations.close()  # waits for the database thread's work
        QApplication.processEvents()
    assert all(isinstance(n, int) for n in seen)  # whatever was delivered came intact


def test_the_delayed_catch_up_after_the_folder_closed_is_dropped_quietly(
    qtbot: QtBot, paths: DataPaths, make_pair: MakePair
) -> None:
    """Closing right after a save: closing the data folder catches up, and the autosave's
    delayed catch-up, due after the database thread ended, is dropped without an error."""
    services = Samspel.open(paths)
    operations = Operations(services)
    owner = QWidget()
    qtbot.addWidget(owner)
    _autosaved(owner, services, operations, make_pair, "Utkast", "Badhuset renoveras")
    operations.close()  # before the catch-up's delay is over
    qtbot.wait(autosave_module.CATCH_UP_DELAY_MS + 100)  # the timer fires: nothing raised
    check = sqlite3.connect(paths.database)
    try:
        assert check.execute("SELECT count(*) FROM derived_pending").fetchone() == (0,)
        assert check.execute(
            "SELECT body FROM search_index WHERE kind = 'answer.political'"
        ).fetchall() == [("Badhuset renoveras",)]
    finally:
        check.close()
