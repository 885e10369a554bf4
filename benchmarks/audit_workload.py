"""A deterministic, realistic year of audit entries, for the storage workload.

100 batches of 1,000 entries; each batch carries one timestamp (``AuditRepository.append`` stamps
a whole call with one time), 3.65 days apart, so a one-month date filter selects about 8 batches.
Actors and actions are skewed the way an EAP office's trail is: many case reads, few backups.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from app.storage.audit_repository import AuditEvent

START = datetime(2025, 1, 1, 8, 0, tzinfo=UTC)
YEAR = timedelta(days=365)

ACTORS = (
    ("counsellor", 30),
    ("li.xiaomei", 22),
    ("zhang.hao", 18),
    ("priya.nair", 12),
    ("ho.kayan", 8),
    ("lead", 6),
    ("hr", 3),
    ("system", 1),
)
# action, weight, entity, id prefix
ACTIONS = (
    ("case.read", 40, "incident", "INC-"),
    ("case.updated", 15, "incident", "INC-"),
    ("note.created", 10, "note", "N-"),
    ("screening.read", 8, "screening", "SCR-"),
    ("session.login", 8, "session", ""),
    ("session.locked", 6, "session", ""),
    ("risk.updated", 4, "risk", "R-"),
    ("drill.scheduled", 3, "drill", "DR-"),
    ("report.exported", 2, "report", "RPT-"),
    ("session.login_failed", 2, "session", ""),
    ("user.updated", 1, "user", "U-"),
    ("backup.created", 1, "database", ""),
)


@dataclass(frozen=True, slots=True)
class Batch:
    at: datetime
    events: list[AuditEvent]


def _event(rng: random.Random, actor: str, action: str, entity: str, prefix: str) -> AuditEvent:
    if prefix == "INC-":
        entity_id = f"INC-{rng.choice((2024, 2025))}-{rng.randrange(1, 100_000):05d}"
    elif prefix:
        entity_id = f"{prefix}{rng.randrange(1, 5_000)}"
    else:
        entity_id = ""
    if action.endswith(".updated"):
        detail: dict[str, object] = {
            "fields": sorted(rng.sample(["status", "grade", "owner", "due", "category"], 2))
        }
    elif action == "report.exported":
        detail = {"audience": rng.choice(["internal", "board"]), "pages": rng.randrange(2, 30)}
    elif action == "session.login_failed":
        detail = {"attempt": rng.randrange(1, 5)}
    else:
        detail = {}
    return AuditEvent(actor, action, entity, entity_id, detail)


def make_batches(entries: int = 100_000, per_batch: int = 1_000, seed: int = 2026) -> list[Batch]:
    rng = random.Random(seed)
    actors = [a for a, _ in ACTORS]
    actor_weights = [w for _, w in ACTORS]
    actions = ACTIONS
    action_weights = [w for _, w, _, _ in ACTIONS]
    count = entries // per_batch
    step = YEAR / count
    batches = []
    for index in range(count):
        chosen_actors = rng.choices(actors, actor_weights, k=per_batch)
        chosen_actions = rng.choices(actions, action_weights, k=per_batch)
        events = [
            _event(rng, actor, action, entity, prefix)
            for actor, (action, _, entity, prefix) in zip(chosen_actors, chosen_actions, strict=True)
        ]
        batches.append(Batch(START + index * step, events))
    return batches
