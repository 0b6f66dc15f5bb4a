"""BackgroundTask: work off the UI thread, progress, cancel, and errors shown the one way."""

from __future__ import annotations

import gc
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QPushButton, QWidget

import collabdesk.ui.tasks as tasks_module
from collabdesk.errors import UserError
from collabdesk.ui.errors import user_message
from collabdesk.ui.tasks import BackgroundTask, Cancelled


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    """show_error as the task module looks it up, recording instead of opening a message box."""
    calls: list[tuple] = []
    monkeypatch.setattr(
        tasks_module, "show_error", lambda parent, exc, title=None: calls.append((parent, exc))
    )
    return calls


@pytest.fixture
def warnings_shown(messages) -> list[tuple]:  # type: ignore[no-untyped-def]
    """QMessageBox.warning calls as (parent, title, text): the real show_error runs."""
    return messages.warning


def test_work_runs_off_the_ui_thread_and_result_arrives_on_it(qtbot, parent: QWidget, shown_errors) -> None:
    ui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def work(progress):  # type: ignore[no-untyped-def]
        seen["work_thread"] = threading.get_ident()
        return {"회원사": 12}

    def on_done(result: object) -> None:
        seen["done_thread"] = threading.get_ident()
        seen["result"] = result

    task = BackgroundTask(parent, "계산 중", work, on_done)
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        assert task.start() is task
    assert seen["work_thread"] != ui_thread
    assert seen["done_thread"] == ui_thread
    assert seen["result"] == {"회원사": 12}
    assert blocker.args == [{"회원사": 12}]
    assert task.dialog is None  # closed once done
    assert shown_errors == []


def test_progress_updates_the_dialog(qtbot, parent: QWidget, shown_errors) -> None:
    proceed = threading.Event()
    answers: list[bool] = []

    def work(progress):  # type: ignore[no-untyped-def]
        answers.append(progress(3, 10, "회원사 3/10 저장 중"))
        proceed.wait(5)
        return "끝"

    task = BackgroundTask(parent, "저장", work)
    dialog = task.dialog
    assert dialog is not None
    assert dialog.windowTitle() == "저장"
    assert dialog.labelText() == "저장"
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        task.start()
        qtbot.waitUntil(lambda: dialog.value() == 3, timeout=5000)
        assert dialog.maximum() == 10
        assert dialog.labelText() == "회원사 3/10 저장 중"
        proceed.set()
    assert blocker.args == ["끝"]
    assert answers == [True]
    assert task.dialog is None


def test_progress_without_a_total_shows_a_busy_dialog(qtbot, parent: QWidget, shown_errors) -> None:
    proceed = threading.Event()

    def work(progress):  # type: ignore[no-untyped-def]
        progress(0, 0, "")
        proceed.wait(5)

    task = BackgroundTask(parent, "백업", work)
    dialog = task.dialog
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
        qtbot.wait(50)
        assert dialog.maximum() == 0
        assert dialog.labelText() == "백업"  # an empty text keeps the title
        proceed.set()


def test_cancel_stops_the_work_without_a_message(qtbot, parent: QWidget, shown_errors) -> None:
    started, cancelled = threading.Event(), threading.Event()
    answers: list[bool] = []
    done: list[object] = []

    def work(progress):  # type: ignore[no-untyped-def]
        answers.append(progress(1, 5, ""))
        started.set()
        cancelled.wait(5)
        answers.append(progress(2, 5, ""))
        if not answers[-1]:
            raise Cancelled()
        return "kept"

    task = BackgroundTask(parent, "가져오기", work, done.append)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        task.start()
        qtbot.waitUntil(started.is_set, timeout=5000)
        assert not task.cancelled
        task.cancel()
        assert task.cancelled
        cancelled.set()
    assert answers == [True, False]
    assert isinstance(blocker.args[0], Cancelled)
    assert done == []
    assert shown_errors == []
    assert task.dialog is None


def test_the_dialogs_cancel_button_cancels(qtbot, parent: QWidget, shown_errors) -> None:
    started, clicked = threading.Event(), threading.Event()

    def work(progress):  # type: ignore[no-untyped-def]
        progress(0, 3, "")
        started.set()
        clicked.wait(5)
        if not progress(1, 3, ""):
            raise Cancelled()

    task = BackgroundTask(parent, "가져오기", work)
    buttons = [b for b in task.dialog.findChildren(QPushButton) if b.text() == "취소"]
    assert len(buttons) == 1
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        task.start()
        qtbot.waitUntil(started.is_set, timeout=5000)
        buttons[0].click()
        assert task.cancelled
        clicked.set()
    assert isinstance(blocker.args[0], Cancelled)
    assert shown_errors == []


def test_user_error_is_shown_in_korean(qtbot, parent: QWidget, warnings_shown: list) -> None:
    done: list[object] = []

    def work(progress):  # type: ignore[no-untyped-def]
        raise UserError("같은 사업자등록번호의 회원사가 이미 있습니다.")

    task = BackgroundTask(parent, "저장", work, done.append)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        task.start()
    assert isinstance(blocker.args[0], UserError)
    assert warnings_shown == [(parent, "오류", "같은 사업자등록번호의 회원사가 이미 있습니다.")]
    assert done == []


def test_unexpected_error_is_logged_and_shown_generically(
    qtbot, parent: QWidget, warnings_shown: list, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    def work(progress):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk controller on fire")

    task = BackgroundTask(parent, "저장", work)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        task.start()
    exc = blocker.args[0]
    assert isinstance(exc, RuntimeError)

    assert len(warnings_shown) == 1
    shown_parent, title, text = warnings_shown[0]
    assert shown_parent is parent
    assert title == "오류"
    assert text == user_message(exc)
    assert text.startswith("예상하지 못한 오류가 발생했습니다.")
    assert str(data_dir / "logs" / "collabdesk.log") in text
    assert "disk controller on fire" not in text  # no technical details for the user

    logged = [r for r in caplog.records if r.exc_info and r.exc_info[1] is exc]
    assert any(r.message == "background task failed" for r in logged)


def test_pool_keeps_working_after_a_failure(qtbot, parent: QWidget, shown_errors) -> None:
    # The pool has a single worker thread: a failure must not leave it stuck.
    def failing(progress):  # type: ignore[no-untyped-def]
        raise UserError("실패")

    first = BackgroundTask(parent, "하나", failing, show_progress=False)
    assert first.dialog is None
    with qtbot.waitSignal(first.failed, timeout=5000):
        first.start()
    second = BackgroundTask(parent, "둘", lambda progress: 2, show_progress=False)
    with qtbot.waitSignal(second.finished, timeout=5000) as blocker:
        second.start()
    assert blocker.args == [2]
    assert [str(exc) for _parent, exc in shown_errors] == ["실패"]


# --- the Qt binding itself ------------------------------------------------------------------------
class _Emitter(QObject):
    ping = Signal()


def test_qt_binding_keeps_reference_counts(qapp) -> None:
    """PySide6 6.12.0 under Python 3.11 dropped a reference to None/True per event-loop call or
    signal emit, until the interpreter freed None and crashed; pyproject.toml pins 6.11.3."""
    emitter = _Emitter()
    received = [0]

    def slot() -> None:
        received[0] += 1

    emitter.ping.connect(slot)
    gc.collect()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(1000):
        QCoreApplication.processEvents()
    for _ in range(1000):
        emitter.ping.emit()
    gc.collect()
    none_delta = sys.getrefcount(None) - none_before
    true_delta = sys.getrefcount(True) - true_before
    assert received[0] == 1000
    assert none_delta > -10, f"None lost {-none_delta} references"
    assert true_delta > -10, f"True lost {-true_delta} references"
