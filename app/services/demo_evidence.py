"""Demo evidence on the newest privacy-leak incidents: small files generated here, with custody.

What an office preserves in a data leak (the leak-response document: keep the logs before they
rotate): an excerpt of the mail-server log showing the misdirected message, the file server's
access log as CSV, and a screenshot of the message as received (a real, tiny PNG drawn here, so
the viewer shows an image). Contents are generated from the seed, so they are deterministic and
invented: addresses are on example.com, never a demo person's name.

Each file goes through ``EvidenceService.add`` (stored inside the encrypted database with its
SHA-256; custody "collected" by its source and "added"), then some are handed over to IT security
and sealed. Only the newest ``EVIDENCE_INCIDENTS`` incidents get evidence, whatever the demo size.
"""

from __future__ import annotations

import random
import struct
import zlib
from collections.abc import Callable
from datetime import datetime, timedelta

from app.domain.evidence import CustodyKind
from app.domain.incidents import IncidentCategory
from app.services.demo_records import newest_incidents
from app.services.session import Session
from app.services.workspace import Workspace
from app.storage.incidents_repository import IncidentRow

EVIDENCE_INCIDENTS = 4
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _mail_log(rng: random.Random, incident: IncidentRow, at: datetime) -> bytes:
    lines = []
    moment = at - timedelta(minutes=12)
    queue = f"{rng.getrandbits(40):010X}"
    for step in ("connect", "from", "to", "to", "sent", "disconnect"):
        moment += timedelta(seconds=rng.randint(1, 40))
        stamp = (
            f"{_MONTHS[moment.month - 1]} {moment.day:2d} {moment.strftime('%H:%M:%S')}"  # syslog, any locale
        )
        if step == "connect":
            text = "postfix/smtpd[2231]: connect from hr-app01.corp.example.com[10.20.4.17]"
        elif step == "from":
            text = f"postfix/cleanup[2240]: {queue}: from=<hr-reports@example.com>, size={rng.randint(40_000, 900_000)}"
        elif step == "to":
            text = (
                f"postfix/smtp[2244]: {queue}: to=<{rng.choice(('vendor', 'partner', 'recruit'))}."
                f"{rng.randint(10, 99)}@external.example.net>, relay=mx.external.example.net, status=sent (250 OK)"
            )
        elif step == "sent":
            text = f"postfix/qmgr[1187]: {queue}: removed"
        else:
            text = "postfix/smtpd[2231]: disconnect from hr-app01.corp.example.com[10.20.4.17]"
        lines.append(f"{stamp} mail01 {text}")
    header = f"# {incident.code} mail01 /var/log/mail.log excerpt (preserved copy)"
    return ("\n".join([header, *lines]) + "\n").encode("utf-8")


def _access_log(rng: random.Random, incident: IncidentRow, at: datetime) -> bytes:
    rows = ["timestamp_utc,account,source_ip,action,path,bytes"]
    moment = at - timedelta(hours=rng.uniform(2, 6))
    for _ in range(rng.randint(8, 16)):
        moment += timedelta(minutes=rng.uniform(1, 20))
        account = rng.choice(("svc-report", "hr.admin02", "temp.contractor7"))
        action = rng.choice(("READ", "READ", "READ", "EXPORT", "LIST"))
        path = rng.choice(("/hr/eap/appointments.xlsx", "/hr/eap/2026Q4/", "/hr/payroll/summary.csv"))
        rows.append(
            f"{moment.strftime('%Y-%m-%dT%H:%M:%SZ')},{account},10.20.{rng.randint(1, 9)}.{rng.randint(2, 250)},"
            f"{action},{path},{rng.randint(800, 2_000_000)}"
        )
    return ("\n".join(rows) + "\n").encode("utf-8")


def _png(rng: random.Random, width: int = 48, height: int = 32) -> bytes:
    """A small valid PNG: a light "mail window" with a title bar and a few grey text lines."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    lines = {rng.randint(8, 12), rng.randint(14, 18), rng.randint(20, 24), 27}
    raw = bytearray()
    for y in range(height):
        raw.append(0)  # filter: none
        for x in range(width):
            if y < 5:
                pixel = (40, 90, 160)
            elif y in lines and 4 <= x < width - rng.randint(4, 14):
                pixel = (120, 120, 120)
            else:
                pixel = (250, 250, 248)
            raw.extend(pixel)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(raw)))
        + chunk(b"IEND", b"")
    )


_FILES: tuple[tuple[str, str, str, Callable[[random.Random, IncidentRow, datetime], bytes]], ...] = (
    (
        "mail01-maillog-excerpt.txt",
        "Mail-server log excerpt showing the misdirected message 郵件伺服器日誌摘錄（誤寄郵件）",
        "IT operations 資訊維運",
        _mail_log,
    ),
    (
        "fileserver-access-log.csv",
        "File-server access log for the EAP share 檔案伺服器存取紀錄（EAP 共用資料夾）",
        "IT security 資安團隊",
        _access_log,
    ),
    (
        "screenshot-received-mail.png",
        "Screenshot of the message as the recipient received it 收件人收到郵件的畫面截圖",
        "Reporter via the hotline 通報人（專線）",
        lambda rng, _incident, _at: _png(rng),
    ),
)


def fill_demo_evidence(workspace: Workspace, session: Session, *, seed: int, now: datetime) -> int:
    """Add evidence with custody to the newest privacy leaks that reached responding; returns how many."""
    rng = random.Random(f"demo-evidence/{seed}")  # noqa: S311 - sample data, not secrets
    service = workspace.evidence
    incidents = newest_incidents(
        workspace,
        session,
        now=now,
        limit=EVIDENCE_INCIDENTS,
        statuses=("responding", "contained", "resolved", "reviewed"),
        categories=(IncidentCategory.PRIVACY_LEAK,),
    )
    added = 0
    for incident in incidents:
        detected = incident.detected_at or incident.reported_at
        # Added after the incident's last recorded change, so adding (which marks the incident
        # changed) never moves its "updated" time back before its own history.
        at = min(incident.updated_at + timedelta(minutes=rng.uniform(5, 60)), now)
        for file_name, description, source, make in _FILES[: rng.randint(2, 3)]:
            collected = min(detected + timedelta(minutes=rng.uniform(10, 90)), at)
            item = service.add(
                session,
                incident.id,
                file_name=file_name,
                content=make(rng, incident, collected),
                description=description,
                source=source,
                collected_at=collected,
                now=at,
            )
            added += 1
            at = min(at + timedelta(minutes=rng.uniform(2, 20)), now)
            if rng.random() < 0.7:
                service.record_custody(
                    session,
                    item.id,
                    CustodyKind.HANDED_OVER,
                    counterpart="IT security forensics 資安鑑識小組",
                    note="Copy on the encrypted evidence drive 已存入加密證據硬碟",
                    now=at,
                )
                at = min(at + timedelta(minutes=rng.uniform(2, 20)), now)
                if rng.random() < 0.6:
                    service.record_custody(
                        session, item.id, CustodyKind.SEALED, note="Sealed for the review 封存備查", now=at
                    )
    return added
