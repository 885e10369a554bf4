"""The non-secret sidecar file ``<database>.eapdesk.json`` beside the database.

It holds two things that must be readable before (or without) the key:
- ``key_mode``: whether the database is unlocked from the keyring or with a passphrase, so the
  desktop app knows whether to ask for a passphrase or to offer recovery. It is only a hint: a
  missing sidecar means "try the keyring, then a passphrase".
- the audit ``anchor``: the chain's length and head hash at the last lock, quit or backup, with a
  MAC keyed by a secret stored inside the encrypted database, so ``verify`` can tell when the
  newest audit entries were cut off. A copy also goes to the keyring where there is one.

Nothing in it is confidential: no key, no names, no content.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from app.domain.audit_chain import Anchor
from app.storage.keys import KeyMode

FORMAT = "eapdesk-sidecar/1"


def sidecar_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".eapdesk.json")


@dataclass(frozen=True, slots=True)
class Sidecar:
    key_mode: KeyMode | None = None
    anchor: Anchor | None = None


def anchor_to_json(anchor: Anchor) -> str:
    return json.dumps({"count": anchor.count, "head": anchor.head, "mac": anchor.mac}, sort_keys=True)


def anchor_from_json(text: str | None) -> Anchor | None:
    if not text:
        return None
    try:
        data = json.loads(text)
        return Anchor(int(data["count"]), str(data["head"]), str(data["mac"]))
    except (ValueError, KeyError, TypeError):
        return None


def read_sidecar(db_path: Path) -> Sidecar:
    try:
        data = json.loads(sidecar_path(db_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Sidecar()
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return Sidecar()
    mode = data.get("key_mode")
    anchor = anchor_from_json(json.dumps(data["anchor"])) if isinstance(data.get("anchor"), dict) else None
    return Sidecar(KeyMode(mode) if mode in {m.value for m in KeyMode} else None, anchor)


def write_sidecar(db_path: Path, sidecar: Sidecar) -> None:
    """Replace the sidecar atomically (write a temporary file, fsync, rename)."""
    body: dict[str, object] = {"format": FORMAT}
    if sidecar.key_mode:
        body["key_mode"] = sidecar.key_mode.value
    if sidecar.anchor:
        body["anchor"] = json.loads(anchor_to_json(sidecar.anchor))
    target = sidecar_path(db_path)
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with temp.open("w", encoding="utf-8") as handle:
            json.dump(body, handle, indent=2, sort_keys=True)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
