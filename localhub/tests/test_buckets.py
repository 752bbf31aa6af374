"""Bucket files through the unmodified huggingface_hub and hf_xet clients: uploads by Xet hash,
batches of adds, copies and deletes, the tree, paths info, metadata, downloads, server-side copies,
the `hf://buckets/` file system, access rules, faults and the request log, browsers, restarts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from hf_xet import hash_files
from huggingface_hub import CommitOperationAdd, HfFileSystem
from huggingface_hub.errors import BucketNotFoundError, HfHubHTTPError

from localhub.control import Fault
from localhub.service import LocalHub
from localhub.testing import api, unique


def new_bucket(hub: LocalHub, *, private: bool = False, owner: str = "alice") -> str:
    bucket = f"{owner}/{unique('bucket')}"
    api(hub, f"hf_{owner}").create_bucket(bucket, private=private)
    return bucket


def xet_hash_of(data: bytes, tmp_path: Path) -> str:
    """The hash hf_xet gives these bytes on this machine, as the Hub would report it."""
    file = tmp_path / f"hashed-{len(data)}"
    file.write_bytes(data)
    return hash_files([str(file)])[0].hash


def tree(hub: LocalHub, bucket: str, token: str | None = "hf_alice", **options) -> dict:
    return {item.path: item for item in api(hub, token).list_bucket_tree(bucket, **options)}


# -- uploads, listing, reading --------------------------------------------------------------------


def test_uploaded_files_are_listed_with_the_hubs_sizes_and_hashes_and_download_byte_for_byte(
    hub, tmp_path
):
    bucket = new_bucket(hub)
    big, small = os.urandom(3_000_000) + b"tail" * 1000, b"hello"
    local = tmp_path / "big.bin"
    local.write_bytes(big)
    client = api(hub)
    client.batch_bucket_files(bucket, add=[(str(local), "models/big.bin"), (small, "top.txt")])

    shallow = tree(hub, bucket)
    assert shallow["models"].type == "directory"
    assert (shallow["top.txt"].size, shallow["top.txt"].xet_hash) == (
        5,
        xet_hash_of(small, tmp_path),
    )
    files = tree(hub, bucket, recursive=True)
    assert set(files) == {"models/big.bin", "top.txt"}
    assert files["models/big.bin"].size == len(big)
    assert files["models/big.bin"].xet_hash == xet_hash_of(big, tmp_path)
    assert files["models/big.bin"].mtime.timestamp() == pytest.approx(local.stat().st_mtime, abs=1)
    assert [i.path for i in client.get_bucket_paths_info(bucket, ["top.txt", "missing"])] == [
        "top.txt"
    ]
    metadata = client.get_bucket_file_metadata(bucket, "models/big.bin")
    assert (metadata.size, metadata.xet_file_data.file_hash) == (
        len(big),
        files["models/big.bin"].xet_hash,
    )
    assert metadata.xet_file_data.refresh_route.endswith(f"/api/buckets/{bucket}/xet-read-token")

    client.download_bucket_files(
        bucket,
        [("models/big.bin", tmp_path / "out" / "big.bin"), ("top.txt", tmp_path / "out" / "t.txt")],
    )
    assert (tmp_path / "out" / "big.bin").read_bytes() == big
    assert (tmp_path / "out" / "t.txt").read_bytes() == small
    info = client.bucket_info(bucket)
    assert (info.total_files, info.size, info.xetEnabled) == (2, len(big) + len(small), True)


def test_content_uploaded_once_is_not_stored_again_even_from_another_machine(hub, tmp_path):
    """The second upload of the same bytes, by a process with an empty Xet cache, finds them in
    storage through the deduplication query and sends no xorb."""
    data = os.urandom(8_000_000)
    (tmp_path / "data.bin").write_bytes(data)
    first, second = new_bucket(hub), new_bucket(hub)
    api(hub).batch_bucket_files(first, add=[(str(tmp_path / "data.bin"), "data.bin")])
    hub.control.clear_requests()
    upload = (
        "import sys\nfrom huggingface_hub import HfApi\n"
        "HfApi(endpoint=sys.argv[1], token='hf_alice').batch_bucket_files("
        "sys.argv[2], add=[(sys.argv[3], 'copy.bin')])\n"
    )
    fresh_home = {**os.environ, "HF_HOME": str(tmp_path / "another-machine")}
    subprocess.run(
        [sys.executable, "-c", upload, hub.url, second, str(tmp_path / "data.bin")],
        env=fresh_home,
        check=True,
        capture_output=True,
        timeout=120,
    )
    sent = [(r.method, r.path.rsplit("/", 1)[0]) for r in hub.control.requests() if r.user]
    assert ("GET", "/cas/v1/chunks/default") in sent, "the client asked for known chunks"
    assert ("POST", "/cas/v1/xorbs/default") not in sent, "and sent no content"
    client = api(hub)
    client.download_bucket_files(second, [("copy.bin", tmp_path / "back.bin")])
    assert (tmp_path / "back.bin").read_bytes() == data


def test_browsers_read_public_bucket_files_and_trees_from_any_origin(hub):
    """What trackio's static dashboard fetches: `/buckets/{id}/resolve/{file}` and
    `/api/buckets/{id}/tree?prefix=...&recursive=true`, with CORS, and byte ranges."""
    bucket = new_bucket(hub)
    api(hub).batch_bucket_files(bucket, add=[(b"0123456789", "media/files/a.txt")])
    origin = {"origin": "https://alice-static.static.hf.space"}
    listing = httpx.get(
        f"{hub.url}/api/buckets/{bucket}/tree",
        params={"prefix": "media/files/", "recursive": "true"},
        headers=origin,
    )
    assert listing.headers["access-control-allow-origin"] == "*"
    assert [item["path"] for item in listing.json()] == ["media/files/a.txt"]
    part = httpx.get(
        f"{hub.url}/buckets/{bucket}/resolve/media/files/a.txt",
        headers={**origin, "range": "bytes=2-4"},
    )
    assert (part.status_code, part.content) == (206, b"234")
    assert part.headers["access-control-allow-origin"] == "*"
    preflight = httpx.options(
        f"{hub.url}/buckets/{bucket}/resolve/media/files/a.txt",
        headers={
            **origin,
            "access-control-request-method": "GET",
            "access-control-request-headers": "range",
        },
    )
    assert preflight.status_code == 200
    assert "range" in preflight.headers["access-control-allow-headers"].lower()


# -- batches: adds, copies, deletes ----------------------------------------------------------------


def test_copy_files_between_buckets_and_from_a_repo_are_done_on_the_server(hub, tmp_path):
    source, target = new_bucket(hub), new_bucket(hub)
    client = api(hub)
    client.batch_bucket_files(
        source, add=[(b"a" * 1000, "runs/a.db"), (b"b" * 1000, "runs/media/b.png")]
    )
    hub.control.clear_requests()
    client.copy_files(f"hf://buckets/{source}/runs/", f"hf://buckets/{target}/backup/")
    assert set(tree(hub, target, recursive=True)) == {"backup/a.db", "backup/media/b.png"}
    assert not [r.path for r in hub.control.requests() if r.user == "alice" and "xet" in r.path], (
        "no content moved through the client"
    )
    client.copy_files(f"hf://buckets/{source}/runs/a.db", f"hf://buckets/{target}/single.db")
    client.download_bucket_files(target, [("single.db", tmp_path / "single.db")])
    assert (tmp_path / "single.db").read_bytes() == b"a" * 1000

    repo = f"alice/{unique('model')}"
    client.create_repo(repo)
    client.create_commit(
        repo, [CommitOperationAdd("weights/w.txt", b"weights")], commit_message="w"
    )
    client.copy_files(f"hf://{repo}/weights/", f"hf://buckets/{target}/from-repo/")
    assert "from-repo/w.txt" in tree(hub, target, recursive=True)


def test_a_batch_applies_what_it_can_and_lists_what_failed(hub):
    bucket = new_bucket(hub)
    client = api(hub)
    client.batch_bucket_files(bucket, add=[(b"keep", "keep.txt"), (b"gone", "gone.txt")])
    client.batch_bucket_files(bucket, delete=["gone.txt"])
    assert set(tree(hub, bucket, recursive=True)) == {"keep.txt"}
    answer = httpx.post(
        f"{hub.url}/api/buckets/{bucket}/batch",
        content=b'{"type": "deleteFile", "path": "never.txt"}\n'
        b'{"type": "addFile", "path": "x.txt", "xetHash": "' + b"0" * 64 + b'", "mtime": 1}\n',
        headers={"authorization": "Bearer hf_alice"},
    )
    assert answer.status_code == 422
    assert [f["path"] for f in answer.json()["failed"]] == ["never.txt", "x.txt"]
    assert "upload its content first" in answer.json()["failed"][1]["error"]


def test_the_hf_buckets_file_system_lists_reads_writes_copies_and_removes(hub):
    bucket = new_bucket(hub)
    fs = HfFileSystem(endpoint=hub.url, token="hf_alice")
    with fs.open(f"buckets/{bucket}/notes/a.txt", "wb") as file:
        file.write(b"written through fsspec")
    assert fs.ls(f"buckets/{bucket}/notes", detail=False) == [f"buckets/{bucket}/notes/a.txt"]
    assert fs.cat(f"hf://buckets/{bucket}/notes/a.txt") == b"written through fsspec"
    assert fs.info(f"buckets/{bucket}/notes/a.txt")["size"] == 22
    fs.cp(f"buckets/{bucket}/notes/a.txt", f"buckets/{bucket}/notes/b.txt")
    fs.rm(f"buckets/{bucket}/notes/a.txt")
    fs.invalidate_cache()
    assert fs.ls(f"buckets/{bucket}/notes", detail=False) == [f"buckets/{bucket}/notes/b.txt"]


# -- who may do what -------------------------------------------------------------------------------


def test_private_buckets_refuse_other_users_and_public_ones_read_without_a_token(hub, tmp_path):
    private, public = new_bucket(hub, private=True), new_bucket(hub)
    for bucket in (private, public):
        api(hub).batch_bucket_files(bucket, add=[(b"secret", "f.txt")])
    for token in ("hf_bob", None):
        with pytest.raises(BucketNotFoundError):
            list(api(hub, token).list_bucket_tree(private))
        with pytest.raises(HfHubHTTPError) as hidden:
            api(hub, token).get_bucket_file_metadata(private, "f.txt")
        assert hidden.value.response.status_code == 404
    assert set(tree(hub, public, token=None, recursive=True)) == {"f.txt"}
    api(hub, None).download_bucket_files(public, [("f.txt", tmp_path / "f.txt")])
    assert (tmp_path / "f.txt").read_bytes() == b"secret"
    for token, status in (("hf_bob", 403), ("hf_carol_read", 403), (None, 401)):
        hub.control.clear_requests()
        # The Hub refuses the Xet write token, before any content is sent: hf_xet raises it.
        with pytest.raises(ConnectionError, match=f"{status}"):
            api(hub, token).batch_bucket_files(public, add=[(b"x", "intruder.txt")])
        assert [(r.path.rsplit("/", 1)[1], r.status) for r in hub.control.requests()] == [
            ("xet-write-token", status)
        ]
        with pytest.raises(HfHubHTTPError) as refused:
            api(hub, token).batch_bucket_files(public, delete=["f.txt"])
        assert refused.value.response.status_code == status
    assert set(tree(hub, public, recursive=True)) == {"f.txt"}


def test_xet_storage_takes_only_its_own_tokens_and_writes_only_with_a_write_token(hub):
    bucket = new_bucket(hub)
    read = httpx.get(
        f"{hub.url}/api/buckets/{bucket}/xet-read-token",
        headers={"authorization": "Bearer hf_carol_read"},
    ).json()
    assert read["casUrl"] == f"{hub.url}/cas"
    shard = {"authorization": f"Bearer {read['accessToken']}"}
    assert httpx.post(f"{hub.url}/cas/v1/shards", content=b"x", headers=shard).status_code == 403
    for token in ("hf_alice", "not-a-cas-token"):
        answer = httpx.post(
            f"{hub.url}/cas/v1/shards", content=b"x", headers={"authorization": f"Bearer {token}"}
        )
        assert answer.status_code == 401


# -- faults, the log, restarts ---------------------------------------------------------------------


def test_faults_and_the_request_log_cover_bucket_files(hub):
    bucket = new_bucket(hub)
    client = api(hub)
    hub.control.add_fault(Fault(method="POST", path=f"/api/buckets/{bucket}/batch", status=503))
    hub.control.clear_requests()
    client.batch_bucket_files(bucket, add=[(b"once", "once.txt")])  # the client retries a 503
    list(client.get_bucket_paths_info(bucket, ["once.txt"]))
    log = [(r.method, r.path, r.status, r.write) for r in hub.control.requests()]
    batches = [entry for entry in log if entry[1].endswith("/batch")]
    assert batches == [
        ("POST", f"/api/buckets/{bucket}/batch", 503, True),
        ("POST", f"/api/buckets/{bucket}/batch", 200, True),
    ]
    assert ("POST", f"/api/buckets/{bucket}/paths-info", 200, False) in log
    assert ("GET", f"/api/buckets/{bucket}/xet-write-token", 200, False) in log
    assert not [entry for entry in log if entry[1].startswith("/cas/") and entry[3]]
    assert set(tree(hub, bucket, recursive=True)) == {"once.txt"}


def test_bucket_files_survive_a_restart_of_localhub(tmp_path):
    data = tmp_path / "hubdata"
    content = os.urandom(100_000)
    with LocalHub(spaces="off", data=data) as first:
        api(first).create_bucket("alice/kept")
        api(first).batch_bucket_files("alice/kept", add=[(content, "a/b.bin")])
        before = tree(first, "alice/kept", recursive=True)["a/b.bin"]
    with LocalHub(spaces="off", data=data) as second:
        after = tree(second, "alice/kept", recursive=True)["a/b.bin"]
        assert (after.size, after.xet_hash, after.mtime) == (
            before.size,
            before.xet_hash,
            before.mtime,
        )
        api(second).download_bucket_files("alice/kept", [("a/b.bin", tmp_path / "b.bin")])
        assert (tmp_path / "b.bin").read_bytes() == content


# -- repo info ------------------------------------------------------------------------------------


def test_expand_answers_only_the_fields_asked_for(hub):
    space = f"alice/{unique()}"
    client = api(hub)
    client.create_repo(space, repo_type="space", space_sdk="gradio")
    raw = httpx.get(
        f"{hub.url}/api/spaces/{space}/revision/main",
        params={"expand": "xetEnabled"},
        headers={"authorization": "Bearer hf_alice"},
    ).json()
    assert set(raw) == {"_id", "id", "xetEnabled"}
    assert raw["xetEnabled"] is False
    info = client.space_info(space, expand=["sdk", "private"])
    assert (info.id, info.sdk, info.private, info.siblings) == (space, "gradio", False, None)
    invalid = httpx.get(f"{hub.url}/api/spaces/{space}", params={"expand": "nonsense"})
    assert invalid.status_code == 400
    assert "xetEnabled" in invalid.json()["error"]
