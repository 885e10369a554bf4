"""Account names: what is allowed and how two spellings are recognised as the same account."""

from __future__ import annotations

import re
import unicodedata

_ALLOWED = re.compile(r"^[\w.@-]{2,64}$")


class UsernameRejected(ValueError):
    """The proposed account name is not usable; the message says why."""


def canonical_username(name: str) -> str:
    """The form used for lookups, so that 'Alice' and 'alice' cannot be two accounts."""
    return unicodedata.normalize("NFC", name).strip().casefold()


def check_username(name: str) -> str:
    value = unicodedata.normalize("NFC", name).strip()
    if not _ALLOWED.match(value):
        raise UsernameRejected(
            "An account name has 2 to 64 letters, digits, dots, @, underscores or hyphens, and no spaces."
        )
    return value
