"""The one way CollabDesk runs long work off the UI thread, with progress and cancel.

A task is a plain callable `work(progress)`; `progress(done, total, text)` reports and returns False once
the user pressed 취소, so the work can stop and roll back its transaction. Success or failure comes
back on the UI thread, where errors are shown the same way everywhere.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from collabdesk.errors import Cancelled, UserError
from collabdesk.ui.errors import show_error

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], bool]


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals, cancel: threading.Event):
        super().__init__()
        self.work, self.signals, self.cancel = work, signals, cancel

    def run(self) -> None:
        def progress(done: int, total: int, text: str = "") -> bool:
            self._emit(self.signals.progress, done, total, text)
            return not self.cancel.is_set()

        try:
            result = self.work(progress)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the UI thread
            if not isinstance(exc, Cancelled | UserError):
                log.exception("background task failed")
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.finished, result)

    def _emit(self, signal: Any, *args: Any) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:
            # The task was deleted with its window while the work ran: nobody waits for the answer.
            self.cancel.set()


class BackgroundTask(QObject):
    """Runs `work` in the shared pool; shows a cancellable progress dialog over `parent`."""

    finished = Signal(object)
    failed = Signal(object)

    _pool: QThreadPool | None = None

    def __init__(
        self,
        parent: QWidget,
        title: str,
        work: Callable[[Progress], Any],
        on_done: Callable[[Any], None] | None = None,
        show_progress: bool = True,
        on_error: Callable[[BaseException], None] | None = None,
    ):
        """`on_error`, when given, takes a failure instead of the usual message box (for quiet
        work such as statistics, whose failure should not interrupt the user)."""
        super().__init__(parent)
        self._parent = parent
        self._cancel = threading.Event()
        # A child of the task: if the parent widget goes away mid-work, the result is dropped
        # with it instead of reaching a deleted widget.
        self._signals = _Signals(self)
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._on_done = on_done
        self._on_error = on_error
        self.dialog: QProgressDialog | None = None
        if show_progress:
            self.dialog = QProgressDialog(title, self.tr("취소"), 0, 0, parent)
            self.dialog.setWindowTitle(title)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.canceled.connect(self.cancel)
        self._runnable = _Runnable(work, self._signals, self._cancel)
        self._runnable.setAutoDelete(False)

    @classmethod
    def pool(cls) -> QThreadPool:
        # One worker: database work never runs concurrently with itself.
        if cls._pool is None:
            cls._pool = QThreadPool()
            cls._pool.setMaxThreadCount(1)
        return cls._pool

    @classmethod
    def wait_for_all(cls, timeout_ms: int = 10_000) -> bool:
        """Wait until no background work runs (before closing a database, and in tests)."""
        return cls.pool().waitForDone(timeout_ms)

    def start(self) -> BackgroundTask:
        self.pool().start(self._runnable)
        return self

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(max(total, 0))
            self.dialog.setValue(min(done, total) if total else 0)
            if text:
                self.dialog.setLabelText(text)

    def _close(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None

    def _on_finished(self, result: object) -> None:
        self._close()
        if self._on_done is not None:
            self._on_done(result)
        self.finished.emit(result)
        self.deleteLater()

    def _on_failed(self, exc: object) -> None:
        self._close()
        if isinstance(exc, Cancelled):
            pass
        elif self._on_error is not None:
            self._on_error(exc)  # type: ignore[arg-type]
        else:
            show_error(self._parent, exc)  # type: ignore[arg-type]
        self.failed.emit(exc)
        self.deleteLater()


def run_in_background(
    parent: QWidget,
    title: str,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None] | None = None,
) -> BackgroundTask:
    return BackgroundTask(parent, title, work, on_done).start()
