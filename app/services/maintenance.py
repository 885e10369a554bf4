"""Operations on the database as a whole: create, verify, back up, restore, rotate the key, recover.

These are what an IT administrator runs from the command line. Each one either completes or leaves
everything as it was: new files are built under temporary names and moved into place atomically,
and keyring updates are ordered so that an interruption at any moment leaves a database that the
keyring (or the latest recovery key shown) can open.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.domain import recovery_key
from app.domain.audit_chain import verify_chain
from app.domain.passwords import PasswordRejected, check_new_password
from app.domain.roles import Role
from app.services import audit as audit_service
from app.services.errors import InvalidInput
from app.services.session import system_actor
from app.services.unlock import open_database
from app.services.users import insert_account, validated_new_account
from app.services.workspace import Workspace
from app.storage.audit_repository import AuditEvent, AuditRepository
from app.storage.clock import utc_now
from app.storage.database import Database, os_error, publish_new_file, remove_database_files
from app.storage.errors import (
    BackupInvalid,
    DatabaseDamaged,
    DatabaseExists,
    DiskError,
    KeyringUnavailable,
    NewerSchema,
    NotADatabase,
    StorageError,
    WrongKey,
)
from app.storage.identity import PAGE_SIZE, database_identity
from app.storage.keys import KeyMaterial, KeyMode, Passphrase, RawKey
from app.storage.keystore import Keystore
from app.storage.lockfile import DatabaseLock, lock_path
from app.storage.meta_repository import MetaRepository
from app.storage.migrations import latest_version
from app.storage.sidecar import Sidecar, read_sidecar, sidecar_path, write_sidecar

MIN_PASSPHRASE = 10


@dataclass(frozen=True, slots=True)
class Created:
    workspace: Workspace
    recovery_key: str | None  # None in passphrase mode: the passphrase itself is what recovers


def check_passphrase(passphrase: str, what: str = "passphrase") -> str:
    try:
        return check_new_password(passphrase)
    except PasswordRejected as error:
        raise InvalidInput(str(error).replace("password", what)) from None


def create_database(
    path: Path,
    admin_name: str,
    admin_password: str,
    *,
    key_mode: KeyMode = KeyMode.KEYRING,
    passphrase: str | None = None,
    admin_display_name: str = "",
    keystore: Keystore | None = None,
    populate: Callable[[Workspace], None] | None = None,
) -> Created:
    """A new encrypted database with its first admin; refuses an existing path.

    ``populate`` (the demo's sample data) runs before the database is handed over: if it or anything
    else fails, the new file, its sidecar, lock and keyring entry are all removed again, so a failed
    creation (a full disk, say) never leaves a half-made database behind.
    """
    keystore = keystore or Keystore()
    username, password = validated_new_account(admin_name, admin_password)
    if path.exists():
        raise DatabaseExists(f"{path} already exists; it was not touched. Choose another path.")
    material: KeyMaterial
    if key_mode is KeyMode.KEYRING:
        keystore.require()
        material = RawKey.generate()
    else:
        if passphrase is None:
            raise InvalidInput("Passphrase mode needs a passphrase.")
        material = Passphrase(check_passphrase(passphrase))
    db = Database.create(path, material)
    try:
        if isinstance(material, RawKey):
            keystore.set_key(db.identity, material.key)
        now = utc_now()
        actor = system_actor()
        with db.transaction() as conn:
            MetaRepository.put(conn, audit_service.ANCHOR_SECRET_KEY, secrets.token_hex(32))
            AuditRepository.append(
                conn,
                [AuditEvent(actor, "database.created", "database", "", {"key_mode": key_mode.value})],
                now,
            )
            insert_account(
                conn,
                actor=actor,
                username=username,
                display_name=admin_display_name,
                role=Role.ADMIN,
                password=password,
                now=now,
            )
        write_sidecar(path, Sidecar(key_mode=key_mode))
        workspace = Workspace(db, keystore)
        if populate is not None:
            populate(workspace)
        audit_service.store_anchor(db, keystore)
    except BaseException:
        identity = db.identity
        db.close()
        for leftover in (sidecar_path(path), lock_path(path)):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        remove_database_files(path)
        if isinstance(material, RawKey):
            with contextlib.suppress(KeyringUnavailable):
                keystore.delete_key(identity)
        raise
    key_text = recovery_key.encode(material.key) if isinstance(material, RawKey) else None
    return Created(workspace, key_text)


# -- verify -----------------------------------------------------------------------------------


@dataclass(slots=True)
class VerifyReport:
    problems: list[str] = field(default_factory=list)
    schema_version: int = 0
    cipher_version: str = ""
    audit_entries: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_database(
    path: Path, *, passphrase: str | None = None, keystore: Keystore | None = None
) -> VerifyReport:
    """Every check that can be made without changing the file.

    Damage is reported as problems; errors about the key (missing, wrong, locked) propagate.
    """
    keystore = keystore or Keystore()
    report = VerifyReport()
    truncated = _truncation_problem(path)
    if truncated:
        report.problems.append(truncated)
        return report
    try:
        db = open_database(path, passphrase=passphrase, keystore=keystore, inspect_only=True)
    except DatabaseDamaged as error:
        size = path.stat().st_size
        what = str(error).split(". It was not changed")[0]
        report.problems.append(
            f"file: {what}; the file is damaged or was truncated ({size} bytes, {size // PAGE_SIZE} pages)"
        )
        return report
    try:
        report.problems.extend(db.page_problems())
        try:
            report.cipher_version = db.cipher_version()
            report.schema_version = db.schema_version()
        except DatabaseDamaged as error:
            report.problems.append(str(error))
            return report
        if not report.cipher_version.startswith("4."):
            report.problems.append(f"encryption: SQLCipher {report.cipher_version}, expected 4.x")
        known = latest_version()
        if report.schema_version > known:
            report.problems.append(
                f"schema: version {report.schema_version} is newer than this program ({known})"
            )
        elif report.schema_version < 1:
            report.problems.append("schema: the database has no schema (not an EAP Crisis Desk database)")
        if not report.problems:
            chain = audit_service.verify_trail(db, keystore)
            report.audit_entries = chain.entries
            report.problems.extend(chain.problems)
    except DatabaseDamaged as error:
        report.problems.append(str(error))
    finally:
        db.close()
    return report


def _truncation_problem(path: Path) -> str | None:
    """A file of ours whose length is not a whole number of pages was cut short (or grown by junk).

    "Ours" is decided from the clear salt (a keyring entry) or the sidecar, so that an unrelated file
    is still reported as "not a database" rather than as a damaged one.
    """
    try:
        size = path.stat().st_size
    except OSError:
        return None
    if size < PAGE_SIZE or size % PAGE_SIZE == 0:
        return None
    with path.open("rb") as handle:
        salt = handle.read(16).hex()
    known = sidecar_path(path).exists()
    if not known:
        with contextlib.suppress(KeyringUnavailable):
            known = Keystore().get_key(salt) is not None
    if not known:
        return None
    return (
        f"file: truncated or extended — {size} bytes is not a whole number of {PAGE_SIZE}-byte pages "
        f"(the last {size % PAGE_SIZE} bytes are a partial page)"
    )


# -- backup and restore -----------------------------------------------------------------------


def _temp_beside(target: Path, purpose: str) -> Path:
    return target.with_name(f".{target.name}.{purpose}-{os.getpid()}")


def backup_database(
    path: Path,
    out: Path,
    backup_passphrase: str,
    *,
    passphrase: str | None = None,
    keystore: Keystore | None = None,
    actor: str | None = None,
) -> int:
    """Write an encrypted snapshot of the live database to ``out``; returns its size in bytes.

    The backup is an ordinary SQLCipher 4 file keyed by the backup passphrase (SQLCipher's own
    PBKDF2 key derivation), so it needs neither this machine's keyring nor the recovery key.
    """
    keystore = keystore or Keystore()
    backup_passphrase = check_passphrase(backup_passphrase, "backup passphrase")
    if out.exists():
        raise DatabaseExists(f"{out} already exists; choose a new file name for the backup.")
    if not out.parent.is_dir():
        raise DiskError(f"The folder {out.parent} does not exist.")
    workspace = Workspace(open_database(path, passphrase=passphrase, keystore=keystore), keystore)
    temp = _temp_beside(out, "partial")
    try:
        try:
            workspace.db.export_to(temp, Passphrase(backup_passphrase))
            publish_new_file(temp, out)
        except OSError as error:
            raise os_error(error, out) from None
        # Recorded once the backup exists, so a backup that fails part-way leaves the live database as
        # it was; if the entry cannot be written the backup is withdrawn (no unaudited copy remains).
        try:
            audit_service.record(
                workspace.db,
                [AuditEvent(actor or system_actor(), "database.backup", "database", "", {"file": out.name})],
            )
        except BaseException:
            remove_database_files(out)
            raise
        workspace.save_anchor()
        return out.stat().st_size
    finally:
        remove_database_files(temp)
        workspace.close()


def _open_backup(source: Path, backup_passphrase: str) -> Database:
    try:
        database_identity(source)
        backup = Database.open_for_inspection(source, Passphrase(backup_passphrase), query_only=False)
    except (WrongKey, NotADatabase, DatabaseDamaged) as error:
        raise BackupInvalid(
            f"{source.name} cannot be read with this backup passphrase: the passphrase is wrong or the file "
            f"is damaged or altered. Nothing was restored. ({error})"
        ) from None
    try:
        problems = backup.page_problems()
        if not problems:
            version = backup.schema_version()
            if version > latest_version():
                raise NewerSchema(
                    f"{source.name} comes from a newer version of EAP Crisis Desk (schema {version})."
                )
            if int(backup.query_value("PRAGMA application_id")) != 0x45415044:
                problems.append("it is not an EAP Crisis Desk backup")
            _count, _head, chain_problem = verify_chain(AuditRepository(backup).walk())
            if chain_problem:
                problems.append(f"its audit trail is broken: {chain_problem.message}")
    except DatabaseDamaged as error:
        problems = [str(error)]
    except BaseException:
        backup.close()
        raise
    if problems:
        backup.close()
        raise BackupInvalid(
            f"{source.name} is damaged or was altered ({'; '.join(problems)}). Nothing was restored."
        )
    return backup


def restore_database(
    source: Path,
    path: Path,
    backup_passphrase: str,
    *,
    force: bool = False,
    key_mode: KeyMode = KeyMode.KEYRING,
    passphrase: str | None = None,
    keystore: Keystore | None = None,
) -> str | None:
    """Restore a backup into a new database at ``path``, keyed like ``init``; returns the recovery key."""
    keystore = keystore or Keystore()
    if path.exists() and not force:
        raise DatabaseExists(f"{path} already exists; it was not touched. Use --force to replace it.")
    if not path.parent.is_dir():
        raise DiskError(f"The folder {path.parent} does not exist.")
    material: KeyMaterial
    if key_mode is KeyMode.KEYRING:
        keystore.require()
        material = RawKey.generate()
    else:
        if passphrase is None:
            raise InvalidInput("Passphrase mode needs a passphrase.")
        material = Passphrase(check_passphrase(passphrase))
    temp = _temp_beside(path, "restoring")
    lock = DatabaseLock(path, exclusive=True) if path.exists() else None
    if lock:
        lock.acquire()  # before the backup is opened, so a refusal leaves no connection open behind it
    try:
        backup = _open_backup(source, backup_passphrase)
        try:
            backup.export_to(temp, material)
        except OSError as error:
            raise os_error(error, path) from None
        finally:
            backup.close()
        identity = database_identity(temp)
        if isinstance(material, RawKey):
            keystore.set_key(identity, material.key)  # before the file appears, so it always has its key
        publish_new_file(temp, path, replace=force)
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                path.with_name(path.name + suffix).unlink()
    except BaseException:
        remove_database_files(temp)
        raise
    finally:
        if lock:
            lock.release()
    write_sidecar(path, Sidecar(key_mode=key_mode))
    db = Database.open(path, material)
    try:
        audit_service.record(
            db, [AuditEvent(system_actor(), "database.restored", "database", "", {"from": source.name})]
        )
        audit_service.store_anchor(db, keystore)
    finally:
        db.close()
    return recovery_key.encode(material.key) if isinstance(material, RawKey) else None


# -- key rotation and recovery ----------------------------------------------------------------


def rekey_database(
    path: Path,
    *,
    passphrase: str | None = None,
    new_passphrase: str | None = None,
    keystore: Keystore | None = None,
    announce: object = None,
) -> str | None:
    """Re-encrypt the whole database under a new key; returns the new recovery key (keyring mode).

    Order, chosen so an interruption at any point leaves a database that opens:
      1. new key stored in the keyring as *pending* (the current key still opens the file);
      2. the recovery key for the new key is handed to ``announce`` (printed by the CLI);
      3. the database is exported under the new key, with the same salt (so the same identity),
         to a temporary file, fsynced;
      4. the temporary file atomically replaces the database (now only the pending key opens it;
         ``open_database`` tries the pending key and promotes it);
      5. the keyring's current key is replaced by the new one and the pending entry removed.
    Between 4 and 5 the old key and old recovery key no longer open the file; the pending key does.
    """
    keystore = keystore or Keystore()
    db = open_database(path, passphrase=passphrase, keystore=keystore, exclusive=True)
    lock = db.detach_lock()
    temp = _temp_beside(path, "rekeying")
    try:
        _remove_stale_temporaries(path)
        salt = bytes.fromhex(db.identity)
        material: KeyMaterial
        if db.key_mode is KeyMode.KEYRING:
            material = RawKey(RawKey.generate().key, salt=salt)
            keystore.set_pending_key(db.identity, material.key)
            key_text: str | None = recovery_key.encode(material.key)
        else:
            if new_passphrase is None:
                raise InvalidInput("A new passphrase is needed to rotate a passphrase-protected database.")
            material = Passphrase(check_passphrase(new_passphrase))
            key_text = None
        if callable(announce) and key_text:
            announce(key_text)
        audit_service.record(
            db,
            [AuditEvent(system_actor(), "database.rekeyed", "database", "", {"key_mode": db.key_mode.value})],
        )
        db.checkpoint()
        try:
            db.export_to(temp, material)
        except OSError as error:
            raise os_error(error, path) from None
        identity = db.identity
        mode = db.key_mode
        db.close()
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size:
            raise StorageError(
                "The database's write-ahead log could not be emptied; the key was not changed."
            )
        publish_new_file(temp, path, replace=True)
        if isinstance(material, RawKey):
            keystore.set_key(identity, material.key)
            keystore.delete_pending_key(identity)
        new_db = Database.open(path, material, take_lock=False)
        try:
            write_sidecar(path, Sidecar(key_mode=mode, anchor=read_sidecar(path).anchor))
            audit_service.store_anchor(new_db, keystore)
        finally:
            new_db.close()
        return key_text
    except BaseException:
        remove_database_files(temp)
        with contextlib.suppress(StorageError):
            db.close()
        raise
    finally:
        lock.release()


def _remove_stale_temporaries(path: Path) -> None:
    for stale in path.parent.glob(f".{path.name}.rekeying-*"):
        with contextlib.suppress(OSError):
            stale.unlink()


def recover_database(path: Path, key_text: str, *, keystore: Keystore | None = None) -> None:
    """Open the database with its recovery key and store that key in this machine's keyring."""
    keystore = keystore or Keystore()
    try:
        key = recovery_key.decode(key_text)
    except recovery_key.RecoveryKeyInvalid as error:
        raise InvalidInput(str(error)) from None
    keystore.require()
    try:
        db = Database.open(path, RawKey(key))
    except WrongKey:
        raise WrongKey(
            f"This recovery key does not open {path.name}. It may belong to another database or to a key that "
            "was rotated since; nothing was changed."
        ) from None
    try:
        keystore.set_key(db.identity, key)
        keystore.delete_pending_key(db.identity)
        audit_service.record(db, [AuditEvent(system_actor(), "database.recovered", "database")])
        write_sidecar(path, Sidecar(key_mode=KeyMode.KEYRING, anchor=read_sidecar(path).anchor))
        audit_service.store_anchor(db, keystore)
    finally:
        db.close()
