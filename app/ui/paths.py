"""Where the desktop app keeps its per-user files (the platform's data folder, via QStandardPaths)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths

DATA_DIR_ENV = "EAPDESK_DATA_DIR"  # lets IT (and the tests) place the data folder elsewhere
DATABASE_NAME = "eapdesk.db"


def data_folder() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def default_database_path() -> Path:
    return data_folder() / DATABASE_NAME
