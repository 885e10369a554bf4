"""Password rules (app.domain.passwords): length 10..1024 after NFC normalisation, any Unicode."""

from __future__ import annotations

import unicodedata

import pytest

from app.domain.passwords import MAX_LENGTH, MIN_LENGTH, PasswordRejected, check_new_password, normalise


def test_limits_are_the_documented_ones() -> None:
    assert MIN_LENGTH == 10
    assert MAX_LENGTH == 1024


@pytest.mark.parametrize(
    "password",
    [
        "a" * 10,
        "correct horse battery staple",
        "輔導員密碼很安全的一句話",  # 12 CJK characters
        "пароль-для-теста",
        "🔒🔑🔒🔑🔒🔑🔒🔑🔒🔑",  # astral characters count as one each
        "  leading and trailing  ",
        "x" * 1024,
    ],
)
def test_accepted(password: str) -> None:
    assert check_new_password(password) == unicodedata.normalize("NFC", password)


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("", "at least 10"),
        ("a" * 9, r"at least 10 characters \(this one has 9\)"),
        ("短密碼", "at least 10"),
        ("x" * 1025, "at most 1024"),
        (" " * 12, "only spaces"),
        ("\t \n" * 4, "only spaces"),
        ("abcdefghij\x00k", "NUL"),
    ],
)
def test_refused_with_the_rule_named(password: str, message: str) -> None:
    with pytest.raises(PasswordRejected, match=message):
        check_new_password(password)


def test_refusal_never_echoes_the_password() -> None:
    secret = "Sekr1t!"
    with pytest.raises(PasswordRejected) as caught:
        check_new_password(secret)
    assert secret not in str(caught.value)


def test_nfc_normalisation_makes_both_spellings_equal() -> None:
    composed = "caf\u00e9-au-lait-\u00e9t\u00e9"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert normalise(decomposed) == composed
    assert check_new_password(decomposed) == check_new_password(composed) == composed


def test_length_is_counted_after_normalisation() -> None:
    # Ten code points typed as e + combining acute are five characters once composed.
    decomposed = "e\u0301" * 5
    assert len(decomposed) == 10
    with pytest.raises(PasswordRejected, match="this one has 5"):
        check_new_password(decomposed)
    # 1,030 code points that compose to 1,024 characters are within the limit.
    long_decomposed = "a" * 1018 + "e\u0301" * 6
    assert len(long_decomposed) == 1030
    assert len(check_new_password(long_decomposed)) == 1024
    with pytest.raises(PasswordRejected, match="at most 1024"):
        check_new_password("a" * 1019 + "e\u0301" * 6)


def test_hangul_jamo_compose() -> None:
    jamo = unicodedata.normalize("NFD", "한국어비밀번호입니다요")
    assert check_new_password(jamo) == "한국어비밀번호입니다요"
