"""The cyclic garbage collector is paused while the program starts, and resumed at the first window.

Starting the desktop app imports a few hundred modules and builds the window: hundreds of thousands of
objects that all live as long as the process. The collector runs about 80 times over them during that
start (about 10 ms on the office's two-core machines, measured with ``gc.callbacks``) and frees
nothing. So collection is paused from the entry of ``eapdesk gui`` until the main window has been
shown; then the objects made so far are moved to the permanent generation (``gc.freeze``), which also
keeps them out of every later full collection, and collection resumes. If the start ends any other way
(an error, a cancelled login) it resumes too.
"""

from __future__ import annotations

import gc

_paused = False


def pause_collection() -> None:
    global _paused  # noqa: PLW0603 - one process-wide switch, like the collector itself
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume_collection() -> None:
    """Idempotent; does nothing if collection was not paused here (a test, an embedding program)."""
    global _paused  # noqa: PLW0603
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()
