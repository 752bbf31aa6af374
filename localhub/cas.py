"""Xet storage (the CAS), as the unmodified `hf_xet` client talks to it: xorbs (compressed chunks)
and shards (which chunks rebuild which file) come in, reconstructions and xorb byte ranges go out,
and a chunk already stored is found again for deduplication.

Follows the public Xet protocol (https://huggingface.co/docs/xet) as hf_xet 1.8 speaks it: the V1
routes, and 404 for the ones it tries first and falls back from (`/v1/xorb-grants`, `/v2/shards`,
`/v2/reconstructions`). The client hashes and chunks; this side trusts its hashes, keeps the bytes
in `--data`/xet, and indexes shards in the store. Access tokens are localhub's own, signed and
short-lived, handed out by a bucket's `xet-read-token` and `xet-write-token`.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
import struct
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from localhub import errors
from localhub.store import Store

TOKEN_SECONDS = 3600
HASH_RULE = re.compile(r"^[0-9a-f]{64}$")
XORB_FOOTER = b"XETBLOB"
SHARD_TAG = b"HFRepoMetaData\x00UigEj{\x81W\x83\xa5\xbd\xd9\\\xcd\xd1J\xa9"
ENTRY = 48  # every shard record is 48 bytes: a 32-byte hash and four u32
BOOKEND = b"\xff" * 32
FILE_WITH_VERIFICATION = 1 << 31
FILE_WITH_METADATA_EXT = 1 << 30
CHUNK_GLOBAL_DEDUP = 1 << 31
GLOBAL_DEDUP_MODULUS = 1024  # a chunk whose hash's last word is a multiple of this is findable


@dataclass(frozen=True)
class ParsedShard:
    files: dict[str, list[tuple[str, int, int]]]  # file hash -> terms (xorb, first chunk, end)
    dedup: list[str]  # the chunks another client may find again
    xorbs: list[tuple[bytes, bytes]]  # each xorb's raw hash and its records (header and chunks)


@dataclass(frozen=True)
class CasToken:
    """What `xet-read-token` and `xet-write-token` answer."""

    cas_url: str
    access_token: str
    exp: int

    def json(self) -> dict[str, Any]:
        return {"casUrl": self.cas_url, "accessToken": self.access_token, "exp": self.exp}

    def headers(self) -> dict[str, str]:
        return {
            "X-Xet-Cas-Url": self.cas_url,
            "X-Xet-Access-Token": self.access_token,
            "X-Xet-Token-Expiration": str(self.exp),
        }


class Cas:
    def __init__(self, store: Store, *, url: str) -> None:
        self.store = store
        self.url = url  # where hf_xet reaches it: `{endpoint}/cas`
        self.folder = store.data_dir / "xet"
        (self.folder / "xorbs").mkdir(parents=True, exist_ok=True)
        (self.folder / "shards").mkdir(parents=True, exist_ok=True)
        secret = store.meta("cas_secret")
        if secret is None:
            secret = secrets.token_hex(32)
            store.set_meta("cas_secret", secret)
        self._secret = bytes.fromhex(secret)

    # -- tokens ---------------------------------------------------------------------------------

    def token(self, *, write: bool, user: str | None) -> CasToken:
        """A token for `user` (`None`: localhub itself), who is named in the request log."""
        exp = int(time.time()) + TOKEN_SECONDS
        claims = f"{'write' if write else 'read'}:{exp}:{user or ''}"
        return CasToken(self.url, f"{claims}:{self._sign(claims)}", exp)

    def check(self, authorization: str | None, *, write: bool) -> str | None:
        """The user a token was given to; a read route takes a read or write token, a write
        route a write token."""
        value = (authorization or "").removeprefix("Bearer ").strip()
        claims, _, signature = value.rpartition(":")
        scope, exp, user = [*claims.split(":"), "", "", ""][:3]
        if not (
            scope in ("read", "write")
            and exp.isdigit()
            and hmac.compare_digest(signature, self._sign(claims))
        ):
            raise errors.unauthorized("Invalid Xet access token: ask the Hub for a new one")
        if int(exp) < time.time():
            raise errors.unauthorized("Expired Xet access token: ask the Hub for a new one")
        if write and scope != "write":
            raise errors.forbidden("This Xet access token may only read")
        return user or None

    def signed_query(self, xorb: str) -> str:
        """Xorb ranges are fetched without a token, as from the Hub's presigned URLs."""
        exp = int(time.time()) + TOKEN_SECONDS
        return f"exp={exp}&sig={self._sign(f'xorb.{xorb}.{exp}')}"

    def check_signed(self, xorb: str, exp: str, signature: str) -> None:
        if not (
            exp.isdigit()
            and int(exp) >= time.time()
            and hmac.compare_digest(signature, self._sign(f"xorb.{xorb}.{exp}"))
        ):
            raise errors.forbidden("This xorb URL is not signed or has expired")

    def _sign(self, text: str) -> str:
        return hmac.new(self._secret, text.encode(), hashlib.sha256).hexdigest()

    # -- uploads --------------------------------------------------------------------------------

    def put_xorb(self, xorb: str, data: bytes) -> bool:
        """Store a serialized xorb; `False` when it was there already."""
        _check_hash(xorb)
        chunks = _chunk_table(data)
        path = self.folder / "xorbs" / xorb
        if path.exists() and self.store.xorb_chunks(xorb) is not None:
            return False
        _write_atomically(path, data)
        self.store.put_xorb(xorb, chunks)
        return True

    def has_xorb(self, xorb: str) -> bool:
        return HASH_RULE.match(xorb) is not None and self.store.xorb_chunks(xorb) is not None

    def put_shard(self, data: bytes) -> bool:
        """Register the files a shard describes; `False` when it was known already."""
        shard = _parse_shard(data)
        for file_hash, terms in shard.files.items():
            for xorb, _, _ in terms:
                if self.store.xorb_chunks(xorb) is None:
                    raise errors.bad_request(
                        f"Shard refers to xorb {xorb}, which was not uploaded: upload it first"
                    )
            size = sum(self._unpacked(xorb, start, end) for xorb, start, end in terms)
            self.store.put_xet_file(file_hash, size, terms)
        digest = hashlib.sha256(data).hexdigest()
        path = self.folder / "shards" / digest
        known = path.exists()
        if not known:
            # What a deduplication query answers: this shard's xorbs, with the footer and lookup
            # tables a client reads (an uploaded shard has neither).
            _write_atomically(path, _dedup_shard(shard.xorbs))
        self.store.put_dedup_chunks(shard.dedup, digest)
        return not known

    # -- downloads ------------------------------------------------------------------------------

    def file_size(self, file_hash: str) -> int | None:
        found = self.store.xet_file(file_hash) if HASH_RULE.match(file_hash) else None
        return found[0] if found else None

    def reconstruction(self, file_hash: str, byte_range: tuple[int, int] | None) -> dict[str, Any]:
        """Which chunk ranges of which xorbs rebuild the file (or `byte_range`, inclusive), and
        where to fetch them."""
        found = self.store.xet_file(file_hash) if HASH_RULE.match(file_hash) else None
        if found is None:
            raise errors.HubError(404, f"File {file_hash} not found in Xet storage")
        size, file_terms = found
        first, last = byte_range or (0, max(size - 1, 0))
        if size and first >= size:
            raise errors.HubError(416, f"Range starts at {first}, past the file's {size} bytes")
        last = min(last, size - 1)
        terms, fetch_info, offset_into_first, position = [], {}, 0, 0
        for xorb, start, end in file_terms:
            chunks = self._chunks(xorb)
            for index in range(start, end):
                length = chunks[index][1]
                chunk_first, position = position, position + length
                if position <= first or chunk_first > last or not size:
                    continue
                if not terms:
                    offset_into_first = first - chunk_first
                if terms and terms[-1]["hash"] == xorb and terms[-1]["range"]["end"] == index:
                    terms[-1]["range"]["end"] = index + 1
                    terms[-1]["unpacked_length"] += length
                else:
                    terms.append(
                        {
                            "hash": xorb,
                            "unpacked_length": length,
                            "range": {"start": index, "end": index + 1},
                        }
                    )
        for term in terms:
            xorb, start, end = term["hash"], term["range"]["start"], term["range"]["end"]
            chunks = self._chunks(xorb)
            fetch_info.setdefault(xorb, []).append(
                {
                    "range": {"start": start, "end": end},
                    "url": f"{self.url}/xorbs/default/{xorb}?{self.signed_query(xorb)}",
                    "url_range": {"start": chunks[start][0], "end": chunks[end][0] - 1},
                }
            )
        return {
            "offset_into_first_range": offset_into_first,
            "terms": terms,
            "fetch_info": fetch_info,
        }

    def xorb_bytes(self, xorb: str, byte_range: tuple[int, int] | None) -> bytes:
        _check_hash(xorb)
        path = self.folder / "xorbs" / xorb
        if not path.exists():
            raise errors.HubError(404, f"Xorb {xorb} not found")
        with path.open("rb") as stored:
            if byte_range is None:
                return stored.read()
            stored.seek(byte_range[0])
            return stored.read(byte_range[1] - byte_range[0] + 1)

    def dedup_shard(self, chunk: str) -> bytes | None:
        """The shard that holds a chunk, for a client to deduplicate against."""
        shard = self.store.dedup_shard(chunk) if HASH_RULE.match(chunk) else None
        return (self.folder / "shards" / shard).read_bytes() if shard else None

    def _chunks(self, xorb: str) -> list[tuple[int, int]]:
        chunks = self.store.xorb_chunks(xorb)
        assert chunks is not None  # checked when the shard came in
        return chunks

    def _unpacked(self, xorb: str, start: int, end: int) -> int:
        chunks = self._chunks(xorb)
        if not 0 <= start < end <= len(chunks) - 1:
            raise errors.bad_request(f"Shard refers to chunks {start}-{end} of xorb {xorb}")
        return sum(length for _, length in chunks[start:end])


def hash_hex(raw: bytes) -> str:
    """A Xet hash as the protocol writes it: four little-endian u64, each as 16 hex digits."""
    return "".join(f"{word:016x}" for word in struct.unpack("<4Q", raw))


def _check_hash(value: str) -> None:
    if not HASH_RULE.match(value):
        raise errors.bad_request(f"Invalid Xet hash {value[:80]!r}: 64 lowercase hex digits")


def _chunk_table(data: bytes) -> list[tuple[int, int]]:
    """Each chunk's offset and unpacked length, read from the chunk headers of a serialized xorb
    (version, compressed length, scheme, unpacked length), up to its footer."""
    chunks, offset = [], 0
    while offset < len(data) and data[offset : offset + len(XORB_FOOTER)] != XORB_FOOTER:
        header = data[offset : offset + 8]
        if len(header) < 8 or header[0] != 0:
            raise errors.bad_request(f"Malformed xorb: bad chunk header at byte {offset}")
        compressed = int.from_bytes(header[1:4], "little")
        chunks.append((offset, int.from_bytes(header[5:8], "little")))
        offset += 8 + compressed
    if offset > len(data) or not chunks:
        raise errors.bad_request("Malformed xorb: its chunks run past its end")
    return [*chunks, (offset, 0)]


def _parse_shard(data: bytes) -> ParsedShard:
    """The file section (each file's terms) and the chunks other clients may find again, as the
    Xet rules pick them: the first chunk of every file, a chunk whose hash is a multiple of 1024
    in its last word, and any the client flagged."""
    if data[:32] != SHARD_TAG:
        raise errors.bad_request("Not a Xet shard: wrong magic number")
    try:
        position, files = 48, {}
        while True:
            file_hash, flags, count = (
                data[position : position + 32],
                *struct.unpack_from("<II", data, position + 32),
            )
            position += ENTRY
            if file_hash == BOOKEND:
                break
            terms = []
            for _ in range(count):
                xorb = data[position : position + 32]
                _, _, start, end = struct.unpack_from("<IIII", data, position + 32)
                terms.append((hash_hex(xorb), start, end))
                position += ENTRY
            extra = (count if flags & FILE_WITH_VERIFICATION else 0) + (
                1 if flags & FILE_WITH_METADATA_EXT else 0
            )
            position += ENTRY * extra
            files[hash_hex(file_hash)] = terms
        file_starts = {(terms[0][0], terms[0][1]) for terms in files.values() if terms}
        dedup, xorbs = [], []
        while True:
            xorb = data[position : position + 32]
            (_, count, _, _) = struct.unpack_from("<IIII", data, position + 32)
            if xorb == BOOKEND:
                break
            xorbs.append((xorb, data[position : position + ENTRY * (1 + count)]))
            position += ENTRY
            for index in range(count):
                chunk = data[position : position + 32]
                (chunk_flags,) = struct.unpack_from("<I", data, position + 40)
                if (
                    chunk_flags & CHUNK_GLOBAL_DEDUP
                    or int.from_bytes(chunk[24:32], "little") % GLOBAL_DEDUP_MODULUS == 0
                    or (hash_hex(xorb), index) in file_starts
                ):
                    dedup.append(hash_hex(chunk))
                position += ENTRY
    except struct.error:
        raise errors.bad_request("Malformed Xet shard: it ends inside a record") from None
    return ParsedShard(files, dedup, xorbs)


def _dedup_shard(xorbs: list[tuple[bytes, bytes]]) -> bytes:
    """A whole shard (version 2, footer version 1) of these xorbs: no files, the xorb and chunk
    lookup tables sorted by their truncated hashes (each hash's first word), as hf_xet reads it."""
    footer_size = 200
    body = bytearray(SHARD_TAG + struct.pack("<QQ", 2, footer_size))
    file_info = len(body)
    body += BOOKEND + bytes(ENTRY - 32)
    xorb_info = len(body)
    xorb_lookup, chunk_lookup, index, in_xorbs, on_disk = [], [], 0, 0, 0
    for xorb, records in sorted(xorbs, key=lambda item: struct.unpack("<4Q", item[0])):
        body += records
        _, count, in_xorb, disk = struct.unpack_from("<IIII", records, 32)
        in_xorbs, on_disk = in_xorbs + in_xorb, on_disk + disk
        xorb_lookup.append((_first_word(xorb), index))
        for chunk in range(count):
            chunk_hash = records[ENTRY * (1 + chunk) : ENTRY * (1 + chunk) + 32]
            chunk_lookup.append((_first_word(chunk_hash), index, chunk))
        index += 1 + count
    body += BOOKEND + bytes(ENTRY - 32)
    file_lookup = len(body)
    xorb_lookup_at = len(body)
    for key, position in sorted(xorb_lookup):
        body += struct.pack("<QI", key, position)
    chunk_lookup_at = len(body)
    for key, position, chunk in sorted(chunk_lookup):
        body += struct.pack("<QII", key, position, chunk)
    footer_at = len(body)
    body += struct.pack(
        "<9Q",
        1,
        file_info,
        xorb_info,
        file_lookup,
        0,
        xorb_lookup_at,
        len(xorb_lookup),
        chunk_lookup_at,
        len(chunk_lookup),
    )
    body += bytes(32)  # no HMAC key: the chunk hashes are given as they are
    body += struct.pack("<2Q", int(time.time()), 2**64 - 1)
    body += struct.pack("<6Q", *([0] * 6))
    body += struct.pack("<4Q", on_disk, 0, in_xorbs, footer_at)
    return bytes(body)


def _first_word(raw: bytes) -> int:
    return int.from_bytes(raw[:8], "little")


def _write_atomically(path: Path, data: bytes) -> None:
    partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}.partial")
    with partial.open("wb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())
    partial.replace(path)
