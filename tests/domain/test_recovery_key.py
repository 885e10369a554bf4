"""The recovery key: the raw database key in a typable form with a checksum (app.domain.recovery_key)."""

from __future__ import annotations

import re
import secrets

import pytest

from app.domain import recovery_key
from app.domain.recovery_key import ALPHABET, RecoveryKeyInvalid, decode, encode

FORMAT = re.compile(r"^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){10}$")


@pytest.mark.parametrize(
    "key",
    [bytes(32), b"\xff" * 32, bytes(range(32)), *(secrets.token_bytes(32) for _ in range(20))],
)
def test_round_trip(key: bytes) -> None:
    text = encode(key)
    assert FORMAT.match(text), text
    assert decode(text) == key


def test_alphabet_has_no_ambiguous_letters() -> None:
    assert len(ALPHABET) == 32
    assert not set("ILOU") & set(ALPHABET)
    assert not set("ILOU") & set(encode(b"\xa5" * 32))


def test_decoding_is_lenient_about_case_and_separators() -> None:
    key = secrets.token_bytes(32)
    text = encode(key)
    assert decode(text.lower()) == key
    assert decode(text.replace("-", "")) == key
    assert decode(text.replace("-", " ")) == key
    assert decode(f"  {text}\n") == key
    assert decode(" ".join(text.replace("-", ""))) == key


def test_aliases_i_l_o_read_as_one_and_zero() -> None:
    # Find keys whose text contains a 1 and a 0, then type them as I / L / O.
    for _ in range(200):
        key = secrets.token_bytes(32)
        text = encode(key)
        if "1" in text and "0" in text:
            break
    else:  # pragma: no cover - practically impossible
        pytest.fail("no key with both 1 and 0 found")
    assert decode(text.replace("1", "I").replace("0", "O")) == key
    assert decode(text.replace("1", "l").replace("0", "o")) == key
    assert decode(text.replace("1", "L")) == key


def test_every_single_character_typo_is_detected() -> None:
    key = secrets.token_bytes(32)
    text = encode(key).replace("-", "")
    undetected = []
    for position in range(len(text)):
        for replacement in ALPHABET:
            if replacement == text[position]:
                continue
            typo = text[:position] + replacement + text[position + 1 :]
            try:
                decoded = decode(typo)
            except RecoveryKeyInvalid:
                continue
            undetected.append((position, replacement, decoded == key))
    # A 16-bit checksum misses about 1 in 65,536 random changes; the last character also carries
    # padding bits, so changing only those leaves the same key. Neither may give a different key
    # silently more than a handful of times out of 1,705 typos.
    wrong_keys = [entry for entry in undetected if not entry[2]]
    assert len(wrong_keys) <= 2, wrong_keys


def test_checksum_error_message_says_mistyped() -> None:
    text = encode(bytes(32))
    typo = ("1" if text[0] != "1" else "2") + text[1:]
    with pytest.raises(RecoveryKeyInvalid, match="checksum"):
        decode(typo)


def test_transposed_characters_are_detected() -> None:
    key = secrets.token_bytes(32)
    text = encode(key).replace("-", "")
    caught = 0
    tried = 0
    for i in range(len(text) - 1):
        if text[i] == text[i + 1]:
            continue
        swapped = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
        tried += 1
        try:
            if decode(swapped) != key:
                continue
        except RecoveryKeyInvalid:
            caught += 1
    assert caught >= tried - 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "55 characters"),
        ("ABCDE-FGHJK", "55 characters"),
        ("U" * 55, "not used"),
        ("!" * 55, "not used"),
    ],
)
def test_malformed_keys_are_refused_with_a_reason(text: str, message: str) -> None:
    with pytest.raises(RecoveryKeyInvalid, match=message):
        decode(text)


def test_extra_or_missing_character_is_refused() -> None:
    text = encode(secrets.token_bytes(32))
    with pytest.raises(RecoveryKeyInvalid):
        decode(text + "A")
    with pytest.raises(RecoveryKeyInvalid):
        decode(text[:-1])


@pytest.mark.parametrize("size", [0, 16, 31, 33, 64])
def test_only_256_bit_keys_are_encoded(size: int) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        encode(bytes(size))


def test_decoded_key_is_the_documented_sqlcipher_raw_key() -> None:
    """The module documents that the 32 decoded bytes are the raw key for PRAGMA key = "x'<hex>'"."""
    key = bytes.fromhex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff")
    assert decode(encode(key)).hex() == "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"
    assert "x'<64 hex digits>'" in (recovery_key.__doc__ or "")
