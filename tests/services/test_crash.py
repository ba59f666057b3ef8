"""The crash handler: logged, filed, shown once, never looping; faulthandler for hard crashes."""

from __future__ import annotations

import logging
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from samspel_desktop.domain.errors import DiskFullError
from samspel_desktop.services.crash import (
    FAULT_FILENAME,
    CrashHandler,
    CrashReport,
    configure_logging,
    hold_early_log_records,
    report_unexpected_error,
)


def _raise_bug() -> None:
    raise ZeroDivisionError("division by zero in a test")


def _exc_info(function: object = _raise_bug) -> tuple[type[BaseException], BaseException, object]:
    try:
        function()  # type: ignore[operator]
    except BaseException as error:
        return type(error), error, error.__traceback__
    raise AssertionError("did not raise")


@pytest.fixture
def shown() -> list[CrashReport]:
    return []


@pytest.fixture
def handler(tmp_path: Path, shown: list[CrashReport]) -> Iterator[CrashHandler]:
    crash = CrashHandler(tmp_path / "logs", show=shown.append)
    crash.install()
    yield crash
    crash.uninstall()


def test_a_bug_is_logged_filed_and_shown_once(
    handler: CrashHandler, shown: list[CrashReport], caplog: pytest.LogCaptureFixture
) -> None:
    handler.handle(*_exc_info())  # type: ignore[arg-type]
    handler.handle(*_exc_info())  # type: ignore[arg-type]  # the same bug again
    assert len(shown) == 1
    [report] = shown
    assert report.user_message is None
    assert "ZeroDivisionError: division by zero in a test" in report.details
    assert "Samspel " in report.details
    assert report.crash_file is not None
    assert report.crash_file.read_text("utf-8") == report.details
    assert len(list(handler.log_dir.glob("krasch-*-fel.txt"))) == 2
    assert any(r.levelno == logging.CRITICAL for r in caplog.records)
    caplog.clear()


def test_sys_excepthook_is_the_handler(handler: CrashHandler) -> None:
    assert sys.excepthook == handler.handle


def test_an_error_in_the_dialog_cannot_loop(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    calls: list[CrashReport] = []
    crash = CrashHandler(tmp_path / "logs")

    def failing_show(report: CrashReport) -> None:
        calls.append(report)
        # The dialog itself hits a bug: the hook is called again while handling.
        crash.handle(*_exc_info(lambda: int("x")))  # type: ignore[arg-type]
        raise RuntimeError("the dialog is broken too")

    crash._show = failing_show
    crash.handle(*_exc_info())  # type: ignore[arg-type]  # must return, not raise or recurse
    assert len(calls) == 1
    crash.handle(*_exc_info(lambda: {}["x"]))  # type: ignore[arg-type]  # still working after
    assert len(calls) == 2
    caplog.clear()


def test_an_uncaught_user_facing_error_shows_its_message(
    handler: CrashHandler, shown: list[CrashReport], caplog: pytest.LogCaptureFixture
) -> None:
    def full() -> None:
        raise DiskFullError("Disken är full.", detail="SQLITE_FULL")

    handler.handle(*_exc_info(full))  # type: ignore[arg-type]
    [report] = shown
    assert report.user_message == "Disken är full."
    assert report.crash_file is None
    caplog.clear()


def test_hard_crash_is_written_by_faulthandler_and_filed_at_next_start(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    logs = tmp_path / "logs"
    script = textwrap.dedent(
        f"""
        import faulthandler
        from pathlib import Path
        from samspel_desktop.services.crash import CrashHandler
        CrashHandler(Path({str(logs)!r})).install()
        faulthandler._sigsegv()
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, timeout=60, check=False
    )
    assert result.returncode != 0
    assert "Fatal Python error" in (logs / FAULT_FILENAME).read_text("utf-8")

    crash = CrashHandler(logs)
    crash.install()
    try:
        assert crash.previous_hard_crash is not None
        assert "Fatal Python error" in crash.previous_hard_crash.read_text("utf-8")
        assert (logs / FAULT_FILENAME).read_text("utf-8") == ""
    finally:
        crash.uninstall()
    caplog.clear()


def test_what_faulthandler_wrote_in_a_run_that_ended_cleanly_is_no_crash(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Windows: faulthandler writes handled SEH exceptions (COM, shell extensions in the file
    dialog) as "fatal". A run that then ends normally must not file a crash at the next start."""
    logs = tmp_path / "logs"
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from samspel_desktop.services.crash import CrashHandler
        handler = CrashHandler(Path({str(logs)!r}))
        handler.install()
        # What faulthandler writes for a handled exception, then the run goes on and ends.
        handler._fault_file.write("Windows fatal exception: code 0xe06d7363\\n")
        handler._fault_file.flush()
        assert (Path({str(logs)!r}) / "faulthandler.log").stat().st_size > 0
        sys.exit(0)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert not (logs / FAULT_FILENAME).exists()  # emptied at the clean end
    crash = CrashHandler(logs)
    crash.install()
    try:
        assert crash.previous_hard_crash is None
        assert list(logs.glob("krasch-*")) == []
    finally:
        crash.uninstall()
    caplog.clear()


def test_uninstall_ends_cleanly_and_keeps_no_fault_log(tmp_path: Path) -> None:
    crash = CrashHandler(tmp_path / "logs")
    crash.install()
    assert crash._fault_file is not None
    crash._fault_file.write("Windows fatal exception: access violation\n")
    crash._fault_file.flush()
    crash.uninstall()
    again = CrashHandler(tmp_path / "logs")
    again.install()
    try:
        assert again.previous_hard_crash is None
    finally:
        again.uninstall()


def test_an_unexpected_error_of_the_command_line_is_filed(tmp_path: Path) -> None:
    path = report_unexpected_error(tmp_path / "logs", *_exc_info())  # type: ignore[arg-type]
    assert path is not None and path.parent == tmp_path / "logs"
    assert path.name.startswith("krasch-") and path.name.endswith("-fel.txt")
    assert "ZeroDivisionError: division by zero in a test" in path.read_text("utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_log_and_crash_files_are_private(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    logs = tmp_path / "logs"
    handler = configure_logging(logs)
    try:
        logging.getLogger("samspel_desktop.test").info("hej")
        crash = CrashHandler(logs)
        path = crash.write_crash_file("detaljer")
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    assert path is not None
    assert logs.stat().st_mode & 0o777 == 0o700
    assert (logs / "samspel.log").stat().st_mode & 0o777 == 0o600
    assert path.stat().st_mode & 0o777 == 0o600


def test_records_logged_before_the_log_file_opens_are_written_to_it(tmp_path: Path) -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    logs = tmp_path / "logs"
    hold_early_log_records()
    logging.getLogger("samspel-test").info("före fönstret")
    logging.getLogger("samspel-test").debug("för detaljerat")
    handler = configure_logging(logs)
    try:
        logging.getLogger("samspel-test").info("efter fönstret")
        handler.flush()
        text = (logs / "samspel.log").read_text("utf-8")
        assert text.index("före fönstret") < text.index("efter fönstret")
        assert "för detaljerat" not in text
        assert [h for h in root.handlers if h not in before] == [handler]  # holder removed
    finally:
        root.removeHandler(handler)
        handler.close()
