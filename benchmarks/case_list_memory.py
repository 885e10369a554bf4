"""``python -m benchmarks.case_list_memory PATH [--gui]``: resident memory with the case list open.

Run as a fresh process by ``bench_case_list`` so that nothing the benchmark runner loaded counts.
Reads the raw key (hex) from stdin, opens the 100,000-incident database as the app does, signs in,
lists the first page through the incident service (and with ``--gui`` shows it in a ``QTableView``
over the app's ``CaseListModel``, offscreen), then prints one JSON line with ``VmRSS`` and ``VmHWM``
from ``/proc/self/status`` in MB.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def _status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024  # kB
    raise RuntimeError(f"no {field} in /proc/self/status")


def main() -> int:
    path = Path(sys.argv[1])
    gui = "--gui" in sys.argv[2:]
    key_hex = sys.stdin.readline().strip()
    # imported here, after the process started, so the figure covers what the app itself loads
    from app.services.incidents import IncidentQuery
    from app.services.workspace import Workspace
    from app.storage.database import Database
    from app.storage.keys import RawKey
    from benchmarks.case_list_data import PASSWORD, USERNAME

    workspace = Workspace(Database.open(path, RawKey(bytes.fromhex(key_hex))))
    session = workspace.sign_in(USERNAME, PASSWORD)
    rows = 0
    if gui:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication, QTableView

        from app.ui.case_list_model import CaseListModel

        app = QApplication(sys.argv[:1])
        model = CaseListModel(workspace, session)
        view = QTableView()
        view.setModel(model)
        view.resize(1200, 800)
        view.show()
        model.load(IncidentQuery())
        app.processEvents()
        view.viewport().repaint()
        rows = model.rowCount()
    else:
        page = workspace.incidents.list_page(session, IncidentQuery())
        count = workspace.incidents.count(session, IncidentQuery())
        rows = count if page.rows else 0
    result = {"rss_mb": _status_mb("VmRSS"), "hwm_mb": _status_mb("VmHWM"), "rows": rows}
    print(json.dumps(result), flush=True)
    workspace.sign_out(session)
    workspace.db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
