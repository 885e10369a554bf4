"""Sign-in and account management."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlcipher3

from app.domain.login_backoff import delay_after, retry_after
from app.domain.passwords import PasswordRejected, check_new_password
from app.domain.roles import Operation, Role
from app.domain.usernames import UsernameRejected, canonical_username, check_username
from app.services.access import AccessPolicy
from app.services.errors import AuthenticationFailed, InvalidInput
from app.services.password_hashing import hash_password, verify_password
from app.services.session import Session
from app.storage.audit_repository import AuditEvent, AuditRepository
from app.storage.clock import utc_now
from app.storage.database import Database
from app.storage.users_repository import UserRow, UsersRepository

WRONG_CREDENTIALS = "Wrong account name or password."


@dataclass(frozen=True, slots=True)
class UserSummary:
    """What an admin sees of an account: no password hash."""

    id: int
    username: str
    display_name: str
    role: Role
    disabled: bool
    last_login_at: datetime | None

    def __repr__(self) -> str:
        return f"UserSummary(id={self.id}, role={self.role.value})"


def _summary(row: UserRow) -> UserSummary:
    return UserSummary(row.id, row.username, row.display_name, row.role, row.disabled, row.last_login_at)


def validated_new_account(username: str, password: str) -> tuple[str, str]:
    try:
        return check_username(username), check_new_password(password)
    except (UsernameRejected, PasswordRejected) as error:
        raise InvalidInput(str(error)) from None


def insert_account(
    conn: sqlcipher3.Connection,
    *,
    actor: str,
    username: str,
    display_name: str,
    role: Role,
    password: str,
    now: datetime,
) -> int:
    """Insert a validated account and its audit entry in the caller's transaction."""
    try:
        user_id = UsersRepository.insert(
            conn,
            username=username,
            username_key=canonical_username(username),
            display_name=display_name.strip(),
            role=role,
            password_hash=hash_password(password),
            now=now,
        )
    except sqlcipher3.IntegrityError:
        raise InvalidInput(f"An account named {username} already exists.") from None
    AuditRepository.append(
        conn, [AuditEvent(actor, "user.created", "user", str(user_id), {"role": role.value})], now
    )
    return user_id


class UserService:
    def __init__(self, db: Database, policy: AccessPolicy) -> None:
        self._db = db
        self._policy = policy
        self._repo = UsersRepository(db)

    # -- signing in ---------------------------------------------------------------------------

    def authenticate(
        self, username: str, password: str, *, now: datetime | None = None, purpose: str = "login"
    ) -> Session:
        """Check a password, with the failed-attempt backoff; every outcome is audited."""
        now = now or utc_now()
        row = self._repo.by_key(canonical_username(username))
        actor = row.username if row else username.strip()[:64]
        if row is not None:
            wait = retry_after(row.failed_logins, row.last_failed_at, now)
            if wait > timedelta(0):
                self._audit(actor, f"{purpose}.refused", row, {"reason": "backoff"}, now)
                raise AuthenticationFailed(_wait_message(wait), retry_after=wait)
        matches = verify_password(row.password_hash if row else None, password)
        if row is None or row.disabled or not matches:
            reason = "unknown_user" if row is None else "disabled" if row.disabled else "wrong_password"
            with self._db.transaction() as conn:
                if row is not None:
                    UsersRepository.record_failure(conn, row.id, now)
                AuditRepository.append(
                    conn,
                    [
                        AuditEvent(
                            actor, f"{purpose}.failed", "user", str(row.id) if row else "", {"reason": reason}
                        )
                    ],
                    now,
                )
            failures = row.failed_logins + 1 if row else 0
            raise AuthenticationFailed(WRONG_CREDENTIALS, retry_after=delay_after(failures))
        with self._db.transaction() as conn:
            UsersRepository.record_success(conn, row.id, now)
            AuditRepository.append(
                conn,
                [
                    AuditEvent(
                        row.username, f"{purpose}.succeeded", "user", str(row.id), {"role": row.role.value}
                    )
                ],
                now,
            )
        return Session(row.id, row.username, row.role, now)

    def confirm_active(self, session: Session) -> None:
        """Refuse a session whose account was disabled or demoted since it signed in."""
        row = self._repo.by_id(session.user_id)
        if row is None or row.disabled or row.role is not session.role:
            raise AuthenticationFailed("Your account was changed or disabled. Sign in again.")

    def _audit(self, actor: str, action: str, row: UserRow, detail: dict, now: datetime) -> None:
        with self._db.transaction() as conn:
            AuditRepository.append(conn, [AuditEvent(actor, action, "user", str(row.id), detail)], now)

    # -- administration -----------------------------------------------------------------------

    def list(self, session: Session) -> list[UserSummary]:
        self._policy.require(session, Operation.USER_LIST)
        return [_summary(row) for row in self._repo.all()]

    def create(
        self, session: Session, username: str, role: Role, password: str, display_name: str = ""
    ) -> UserSummary:
        self._policy.require(session, Operation.USER_CREATE)
        name, secret = validated_new_account(username, password)
        now = utc_now()
        with self._db.transaction() as conn:
            user_id = insert_account(
                conn,
                actor=session.username,
                username=name,
                display_name=display_name,
                role=role,
                password=secret,
                now=now,
            )
        row = self._repo.by_id(user_id)
        assert row is not None
        return _summary(row)

    def update(
        self,
        session: Session,
        user_id: int,
        *,
        display_name: str | None = None,
        role: Role | None = None,
        password: str | None = None,
    ) -> UserSummary:
        self._policy.require(session, Operation.USER_UPDATE)
        row = self._require_row(user_id)
        fields: dict[str, object] = {}
        if display_name is not None and display_name.strip() != row.display_name:
            fields["display_name"] = display_name.strip()
        if role is not None and role is not row.role:
            if row.role is Role.ADMIN and self._repo.count_active_admins() <= 1 and not row.disabled:
                raise InvalidInput("This is the only active admin account; make another admin first.")
            fields["role"] = role
        if password:
            try:
                fields["password_hash"] = hash_password(check_new_password(password))
            except PasswordRejected as error:
                raise InvalidInput(str(error)) from None
        if not fields:
            return _summary(row)
        now = utc_now()
        with self._db.transaction() as conn:
            UsersRepository.update(conn, row.id, now, **fields)
            detail: dict[str, object] = {"fields": sorted(fields)}
            if role is not None and "role" in fields:
                detail["role"] = role.value
            AuditRepository.append(
                conn, [AuditEvent(session.username, "user.updated", "user", str(row.id), detail)], now
            )
        return _summary(self._require_row(user_id))

    def set_disabled(self, session: Session, user_id: int, disabled: bool) -> UserSummary:
        self._policy.require(session, Operation.USER_DISABLE)
        row = self._require_row(user_id)
        if row.disabled == disabled:
            return _summary(row)
        if disabled and row.role is Role.ADMIN and self._repo.count_active_admins() <= 1:
            raise InvalidInput("This is the only active admin account; it cannot be disabled.")
        if disabled and row.id == session.user_id:
            raise InvalidInput("You cannot disable your own account while signed in with it.")
        now = utc_now()
        with self._db.transaction() as conn:
            UsersRepository.update(conn, row.id, now, disabled=disabled)
            AuditRepository.append(
                conn,
                [
                    AuditEvent(
                        session.username, "user.disabled" if disabled else "user.enabled", "user", str(row.id)
                    )
                ],
                now,
            )
        return _summary(self._require_row(user_id))

    def find_by_name(self, session: Session, username: str) -> UserSummary:
        self._policy.require(session, Operation.USER_LIST)
        row = self._repo.by_key(canonical_username(username))
        if row is None:
            raise InvalidInput(f"There is no account named {username.strip()}.")
        return _summary(row)

    def _require_row(self, user_id: int) -> UserRow:
        row = self._repo.by_id(user_id)
        if row is None:
            raise InvalidInput("That account does not exist.")
        return row


def _wait_message(wait: timedelta) -> str:
    seconds = max(1, round(wait.total_seconds()))
    return f"Too many failed sign-ins. Try again in {seconds} seconds."
