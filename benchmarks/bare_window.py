"""The start-up reference: a bare PySide6 window with one QTableView, as a new process.

``python -m benchmarks.bare_window`` shows a main window whose central widget is a table view over a
small model, prints ``eapdesk-bench: main-window-shown <ms since start>`` once the window has been
shown and the event loop has turned (the same signal the app gives under EAPDESK_BENCH_SIGNAL=1),
and quits. It imports nothing of ours beyond the (empty) benchmarks package.
"""

import time

STARTED = time.perf_counter()

import sys  # noqa: E402 - the clock starts before the imports it measures

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView  # noqa: E402

MARKER = "eapdesk-bench: main-window-shown"


class Window(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("bare window")
        model = QStandardItemModel(20, 4, self)
        model.setHorizontalHeaderLabels(["Code", "Grade", "Status", "Opened"])
        for row in range(20):
            for column in range(4):
                model.setItem(row, column, QStandardItem(f"{row}:{column}"))
        self.table = QTableView(self)
        self.table.setModel(model)
        self.setCentralWidget(self.table)
        self.resize(1000, 700)
        self._reported = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._reported:
            self._reported = True
            QTimer.singleShot(0, self._report)

    def _report(self) -> None:
        print(f"{MARKER} {(time.perf_counter() - STARTED) * 1000:.1f}", flush=True)
        QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = Window()
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
