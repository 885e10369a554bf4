"""Remembering window, dialog and splitter geometry (Picard's PreserveGeometry, in small)."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from app.ui.preferences import geometry_preference


def restore_geometry(widget: QWidget, name: str) -> None:
    saved = geometry_preference(name).get()
    if not saved.isEmpty():
        widget.restoreGeometry(saved)
    if isinstance(widget, QMainWindow):
        state = geometry_preference(f"{name}/state").get()
        if not state.isEmpty():
            widget.restoreState(state)
    for splitter in widget.findChildren(QSplitter):
        if splitter.objectName():
            saved_split = geometry_preference(f"{name}/{splitter.objectName()}").get()
            if not saved_split.isEmpty():
                splitter.restoreState(saved_split)


def save_geometry(widget: QWidget, name: str) -> None:
    geometry_preference(name).set(widget.saveGeometry())
    if isinstance(widget, QMainWindow):
        geometry_preference(f"{name}/state").set(widget.saveState())
    for splitter in widget.findChildren(QSplitter):
        if splitter.objectName():
            geometry_preference(f"{name}/{splitter.objectName()}").set(splitter.saveState())
