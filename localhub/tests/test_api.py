"""localhub part 1: the unmodified huggingface_hub client cannot tell it from the Hub."""

from __future__ import annotations

import io
import json
import time
from pathlib import Path

import httpx
import pytest
from huggingface_hub import CommitOperationAdd, Volume
from huggingface_hub.errors import (
    BadRequestError,
    BucketNotFoundError,
    HfHubHTTPError,
    RemoteEntryNotFoundError,
    RepositoryNotFoundError,
)

from localhub.control import Fault, RepoStats
from localhub.gitobj import blob_id
from localhub.testing import api, unique

CARD = "---\ntitle: Demo\nemoji: 📈\nsdk: gradio\napp_file: app.py\ntags: [demo]\n---\n\nA demo.\n"


def make_space(
    hub, name: str | None = None, *, token: str = "hf_alice", namespace: str = "alice", **kwargs
):
    repo_id = f"{namespace}/{name or unique()}"
    api(hub, token).create_repo(repo_id, repo_type="space", space_sdk="gradio", **kwargs)
    return repo_id


def upload(
    hub, repo_id: str, files: dict[str, str], *, token: str = "hf_alice", message: str = "Add files"
):
    return api(hub, token).create_commit(
        repo_id,
        [CommitOperationAdd(path, io.BytesIO(content.encode())) for path, content in files.items()],
        commit_message=message,
        repo_type="space",
    )


def status_of(error: HfHubHTTPError) -> int:
    return error.response.status_code


# -- accounts ----------------------------------------------------------------------------------


def test_whoami_reports_the_seeded_user_with_plan_and_organization_roles(hub):
    me = api(hub).whoami()
    assert me["name"] == "alice"
    assert me["isPro"] is True
    assert [(o["name"], o["roleInOrg"], o["plan"]) for o in me["orgs"]] == [
        ("acme", "admin", "team")
    ]
    assert me["auth"]["accessToken"]["role"] == "write"
    assert api(hub, "hf_carol_read").whoami()["auth"]["accessToken"]["role"] == "read"


def test_unknown_token_is_refused_as_the_hub_refuses_it(hub):
    with pytest.raises(HfHubHTTPError, match="Invalid user token"):
        api(hub, "hf_nobody").whoami()


# -- creating, duplicating, deleting --------------------------------------------------------------


def test_create_repo_answers_409_with_url_and_exist_ok_returns_it(hub):
    repo_id = make_space(hub)
    with pytest.raises(HfHubHTTPError) as refused:
        api(hub).create_repo(repo_id, repo_type="space", space_sdk="gradio")
    assert status_of(refused.value) == 409
    assert refused.value.response.json()["url"].endswith(f"/spaces/{repo_id}")
    url = api(hub).create_repo(repo_id, repo_type="space", space_sdk="gradio", exist_ok=True)
    assert url.repo_id == repo_id


def test_create_repo_applies_every_space_setting_in_the_same_call(hub):
    api(hub).create_bucket(f"alice/{unique('bucket')}")
    bucket = f"alice/{unique('bucket')}"
    api(hub).create_bucket(bucket)
    repo_id = make_space(
        hub,
        private=True,
        space_hardware="cpu-upgrade",
        space_sleep_time=3600,
        space_secrets=[{"key": "HF_TOKEN", "value": "hf_secret_value"}],
        space_variables=[{"key": "DATA_DIR", "value": "/data/app"}],
        space_volumes=[Volume(type="bucket", source=bucket, mount_path="/data")],
    )
    client = api(hub)
    runtime = client.get_space_runtime(repo_id)
    assert runtime.requested_hardware == "cpu-upgrade"
    assert runtime.sleep_time == 3600
    assert [(v.source, v.mount_path) for v in runtime.volumes] == [(bucket, "/data")]
    assert client.get_space_variables(repo_id)["DATA_DIR"].value == "/data/app"
    assert list(client.get_space_secrets(repo_id)) == ["HF_TOKEN"]
    assert client.space_info(repo_id).private is True


def test_new_space_without_app_file_is_no_app_file_and_costs_no_build(hub):
    repo_id = make_space(hub)
    info = api(hub).space_info(repo_id)
    assert info.runtime.stage == "NO_APP_FILE"
    assert [s.rfilename for s in info.siblings] == [".gitattributes", "README.md"]
    assert hub.control.stats(repo_id) == RepoStats(commits=0, builds=0)


def test_free_account_gets_402_for_a_gradio_space_but_may_create_a_static_one(hub):
    with pytest.raises(HfHubHTTPError, match="requires a PRO subscription") as refused:
        api(hub, "hf_bob").create_repo(f"bob/{unique()}", repo_type="space", space_sdk="gradio")
    assert status_of(refused.value) == 402
    url = api(hub, "hf_bob").create_repo(f"bob/{unique()}", repo_type="space", space_sdk="static")
    assert url.repo_id.startswith("bob/")


def test_organization_roles_decide_who_may_create(hub):
    repo_id = make_space(hub, namespace="acme")  # alice is admin
    assert api(hub).space_info(repo_id).author == "acme"
    with pytest.raises(HfHubHTTPError, match='role "read"') as refused:
        api(hub, "hf_bob").create_repo(f"acme/{unique()}", repo_type="space", space_sdk="gradio")
    assert status_of(refused.value) == 403


def test_read_token_never_writes(hub):
    with pytest.raises(HfHubHTTPError, match="read token") as refused:
        api(hub, "hf_carol_read").create_repo(
            f"carol/{unique()}", repo_type="space", space_sdk="gradio"
        )
    assert status_of(refused.value) == 403


def test_someone_elses_private_repo_answers_exactly_like_a_missing_one(hub):
    repo_id = make_space(hub, private=True)
    for token in ("hf_bob", None):
        with pytest.raises(RepositoryNotFoundError):
            api(hub, token).space_info(repo_id)
    missing = httpx.get(
        f"{hub.url}/api/spaces/alice/{unique()}", headers={"authorization": "Bearer hf_bob"}
    )
    hidden = httpx.get(
        f"{hub.url}/api/spaces/{repo_id}", headers={"authorization": "Bearer hf_bob"}
    )
    assert (hidden.status_code, hidden.headers["x-error-code"], hidden.json()) == (
        missing.status_code,
        missing.headers["x-error-code"],
        missing.json(),
    )


def test_listing_filters_by_author_tag_and_search_and_expands_as_repo_info_does(hub):
    tagged, other, private = (f"alice/{unique('listed')}" for _ in range(3))
    for space in (tagged, other, private):
        make_space(hub, space.split("/")[1], private=space == private)
    upload(hub, tagged, {"README.md": CARD.replace("[demo]", "[demo, tracked]")})
    upload(hub, private, {"README.md": CARD.replace("[demo]", "[tracked]")})
    client = api(hub)

    found = list(client.list_spaces(author="alice", filter="tracked"))
    assert [s.id for s in found if s.id in (tagged, other, private)] == [tagged, private]
    assert "tracked" in found[0].tags
    assert [s.id for s in client.list_spaces(author="alice", search=other.split("/")[1])] == [other]
    assert [s.id for s in api(hub, "hf_bob").list_spaces(author="alice", filter="tracked")] == [
        tagged
    ], "someone else's private Space is not listed"
    assert [s.id for s in client.list_spaces(author="bob", filter="tracked")] == []

    [expanded] = client.list_spaces(search=tagged.split("/")[1], expand=["sdk", "runtime", "tags"])
    assert (expanded.sdk, expanded.runtime.stage, expanded.private) == (
        "gradio",
        "NO_APP_FILE",
        None,
    )
    raw = httpx.get(
        f"{hub.url}/api/spaces",
        params=[("search", tagged.split("/")[1]), ("expand", "sdk"), ("expand", "lastModified")],
        headers={"authorization": "Bearer hf_alice"},
    ).json()
    assert [set(item) for item in raw] == [{"_id", "id", "sdk", "lastModified"}]
    invalid = httpx.get(f"{hub.url}/api/spaces", params={"expand": "nonsense"})
    assert invalid.status_code == 400


def test_duplicate_copies_files_and_public_variables_never_secrets_and_applies_settings(hub):
    template = make_space(hub)
    upload(hub, template, {"README.md": CARD, "app.py": "print('hi')\n"})
    client = api(hub)
    client.add_space_variable(template, "PUBLIC_VAR", "kept")
    client.add_space_secret(template, "TEMPLATE_SECRET", "never-copied")
    bucket = f"alice/{unique('bucket')}"
    client.create_bucket(bucket)
    target = f"alice/{unique()}"
    url = client.duplicate_repo(
        template,
        target,
        repo_type="space",
        private=True,
        space_hardware="cpu-upgrade",
        space_sleep_time=600,
        space_secrets=[{"key": "HF_TOKEN", "value": "x"}],
        space_variables=[{"key": "DATA_DIR", "value": "/data/app"}],
        space_volumes=[Volume(type="bucket", source=bucket, mount_path="/data")],
    )
    assert url.repo_id == target
    info = client.space_info(target, files_metadata=True)
    source = client.space_info(template, files_metadata=True)
    assert info.sha == source.sha, "a duplicate keeps the git history"
    assert {s.rfilename: s.blob_id for s in info.siblings} == {
        s.rfilename: s.blob_id for s in source.siblings
    }
    assert info.private is True
    assert set(client.get_space_variables(target)) == {"PUBLIC_VAR", "DATA_DIR"}
    assert set(client.get_space_secrets(target)) == {"HF_TOKEN"}
    runtime = client.get_space_runtime(target)
    assert (runtime.requested_hardware, runtime.sleep_time) == ("cpu-upgrade", 600)
    assert runtime.stage == "BUILDING"
    assert hub.control.stats(target) == RepoStats(commits=0, builds=1)


def test_duplicate_answers_409_with_url_when_the_target_exists(hub):
    template = make_space(hub)
    upload(hub, template, {"README.md": CARD, "app.py": "print('hi')\n"})
    target = make_space(hub)
    with pytest.raises(HfHubHTTPError) as refused:
        api(hub).duplicate_repo(template, target, repo_type="space")
    assert status_of(refused.value) == 409
    assert (
        api(hub).duplicate_repo(template, target, repo_type="space", exist_ok=True).repo_id
        == target
    )
    assert hub.control.stats(target).builds == 0, "a refused duplicate changes nothing"


def test_duplicate_of_a_missing_template_is_repository_not_found(hub):
    with pytest.raises(RepositoryNotFoundError):
        api(hub).duplicate_repo(f"alice/{unique()}", f"alice/{unique()}", repo_type="space")


def test_delete_repo_removes_it(hub):
    repo_id = make_space(hub)
    api(hub).delete_repo(repo_id, repo_type="space")
    with pytest.raises(RepositoryNotFoundError):
        api(hub).space_info(repo_id)
    api(hub).delete_repo(repo_id, repo_type="space", missing_ok=True)


# -- files and commits --------------------------------------------------------------------------


def test_commit_gives_git_blob_ids_tags_card_data_and_a_build(hub):
    repo_id = make_space(hub)
    commit = upload(
        hub, repo_id, {"README.md": CARD, "app.py": "print('hi')\n", "src/util.py": "x = 1\n"}
    )
    assert len(commit.oid) == 40
    info = api(hub).space_info(repo_id, files_metadata=True)
    assert info.sha == commit.oid
    blobs = {s.rfilename: s.blob_id for s in info.siblings}
    assert blobs["app.py"] == blob_id(b"print('hi')\n")
    assert info.card_data.title == "Demo"
    assert info.tags == ["demo", "gradio", "region:us"]
    assert info.runtime.stage == "BUILDING"
    assert info.host.startswith("http://127.0.0.1:")
    assert info.subdomain == repo_id.replace("/", "-").lower()
    assert hub.control.stats(repo_id) == RepoStats(commits=1, builds=1)
    tree = {
        entry.path: entry
        for entry in api(hub).list_repo_tree(repo_id, repo_type="space", recursive=True)
    }
    assert tree["src/util.py"].blob_id == blob_id(b"x = 1\n")
    assert "src" in tree


def test_upload_folder_skips_unchanged_files_so_a_second_upload_is_no_commit(hub, tmp_path):
    repo_id = make_space(hub)
    (tmp_path / "README.md").write_text(CARD)
    (tmp_path / "app.py").write_text("print('hi')\n")
    client = api(hub)
    first = client.upload_folder(folder_path=tmp_path, repo_id=repo_id, repo_type="space")
    second = client.upload_folder(folder_path=tmp_path, repo_id=repo_id, repo_type="space")
    assert first.oid == second.oid
    assert hub.control.stats(repo_id) == RepoStats(commits=1, builds=1)


def test_commit_on_a_stale_parent_is_refused(hub):
    repo_id = make_space(hub)
    first = upload(hub, repo_id, {"a.txt": "1"})
    upload(hub, repo_id, {"b.txt": "2"})
    with pytest.raises(HfHubHTTPError) as refused:
        api(hub).create_commit(
            repo_id,
            [CommitOperationAdd("c.txt", b"3")],
            commit_message="late",
            repo_type="space",
            parent_commit=first.oid,
        )
    assert status_of(refused.value) == 412


def test_invalid_readme_yaml_is_a_value_error_before_anything_is_written(hub):
    repo_id = make_space(hub)
    with pytest.raises(ValueError, match=r"Invalid metadata in README\.md"):
        upload(hub, repo_id, {"README.md": "---\ntitle: [unclosed\n---\n"})
    assert hub.control.stats(repo_id).commits == 0


def test_invalid_card_puts_the_space_in_config_error(hub):
    repo_id = make_space(hub)
    upload(hub, repo_id, {"README.md": "---\ntitle: no sdk\n---\n", "app.py": ""}, message="no sdk")
    runtime = api(hub).get_space_runtime(repo_id)
    assert runtime.stage == "CONFIG_ERROR"
    assert "`sdk` is required" in runtime.raw["errorMessage"]
    assert hub.control.stats(repo_id).builds == 0


def test_download_and_missing_entry(hub, tmp_path):
    repo_id = make_space(hub)
    upload(hub, repo_id, {"README.md": CARD, "app.py": "print('hi')\n"})
    path = api(hub).hf_hub_download(repo_id, "app.py", repo_type="space", cache_dir=tmp_path)
    assert Path(path).read_text() == "print('hi')\n"
    with pytest.raises(RemoteEntryNotFoundError):
        api(hub).hf_hub_download(repo_id, "missing.py", repo_type="space", cache_dir=tmp_path)


def test_files_over_10_mb_are_refused_with_a_bad_request(hub):
    repo_id = make_space(hub)
    with pytest.raises(BadRequestError, match=r"larger than 10 MiB"):
        api(hub).create_commit(
            repo_id,
            [CommitOperationAdd("big.bin", b"x" * (10 * 1024 * 1024 + 1))],
            commit_message="big",
            repo_type="space",
        )


# -- Space settings -----------------------------------------------------------------------------


def test_secret_values_are_never_readable(hub):
    repo_id = make_space(hub)
    api(hub).add_space_secret(repo_id, "HF_TOKEN", "hf_do_not_show")
    raw = httpx.get(
        f"{hub.url}/api/spaces/{repo_id}/secrets", headers={"authorization": "Bearer hf_alice"}
    )
    assert "hf_do_not_show" not in raw.text
    assert set(raw.json()["HF_TOKEN"]) == {"description", "updatedAt"}


def test_every_settings_change_of_a_buildable_space_counts_a_build(hub):
    repo_id = make_space(hub)
    upload(hub, repo_id, {"README.md": CARD, "app.py": "print('hi')\n"})
    client = api(hub)
    client.add_space_variable(repo_id, "A", "1")
    client.add_space_secret(repo_id, "S", "1")
    client.request_space_hardware(repo_id, "cpu-upgrade")
    client.set_space_sleep_time(repo_id, 3600)
    client.restart_space(repo_id)
    assert hub.control.stats(repo_id) == RepoStats(commits=1, builds=6)
    assert client.pause_space(repo_id).stage == "PAUSED"
    client.add_space_variable(repo_id, "B", "2")
    assert client.get_space_runtime(repo_id).stage == "PAUSED", "a paused Space stays paused"
    assert hub.control.stats(repo_id).builds == 6


def test_auth_check_read_and_write(hub):
    repo_id = make_space(hub, private=True)
    api(hub).auth_check(repo_id, repo_type="space", write=True)
    with pytest.raises(HfHubHTTPError) as refused:
        api(hub, "hf_bob").auth_check(repo_id, repo_type="space", write=True)
    assert status_of(refused.value) == 404
    public = make_space(hub)
    api(hub, "hf_bob").auth_check(public, repo_type="space")
    with pytest.raises(HfHubHTTPError) as refused:
        api(hub, "hf_bob").auth_check(public, repo_type="space", write=True)
    assert status_of(refused.value) == 403


def test_buckets_create_info_and_exist_ok(hub):
    bucket = f"alice/{unique('bucket')}"
    client = api(hub)
    client.create_bucket(bucket, private=True)
    client.create_bucket(bucket, private=True, exist_ok=True)
    info = client.bucket_info(bucket)
    assert (info.id, info.private, info.total_files) == (bucket, True, 0)
    with pytest.raises(BucketNotFoundError):
        api(hub, "hf_bob").bucket_info(bucket)


def test_hardware_templates_and_agent_harnesses(hub):
    hardware = api(hub).list_spaces_hardware()
    assert hardware[0].name == "cpu-basic"
    assert {h.name for h in hardware} >= {"cpu-basic", "cpu-upgrade", "t4-small"}
    assert api(hub).list_space_templates()[0].sdk == "gradio"
    assert httpx.get(f"{hub.url}/api/agent-harnesses").json() == {
        "standardEnvVars": [],
        "harnesses": {},
    }


# -- faults, the request log and counters --------------------------------------------------------


def test_fault_answers_once_with_retry_after_then_the_request_succeeds(hub):
    hub.control.add_fault(
        Fault(method="GET", path="/api/whoami-v2", status=429, times=1, retry_after=2)
    )
    with pytest.raises(HfHubHTTPError) as refused:
        api(hub).whoami()
    assert status_of(refused.value) == 429
    assert refused.value.response.headers["retry-after"] == "2"
    assert api(hub).whoami()["name"] == "alice"


def test_dropped_connection_and_delay_faults(hub):
    hub.control.add_fault(Fault(method="GET", path="/api/spaces/*/runtime", drop=True, times=1))
    with pytest.raises(httpx.HTTPError):
        httpx.get(f"{hub.url}/api/spaces/alice/x/runtime", timeout=5)
    hub.control.add_fault(Fault(method="GET", path="/api/whoami-v2", delay_ms=1500, times=1))
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(
            f"{hub.url}/api/whoami-v2", headers={"authorization": "Bearer hf_alice"}, timeout=0.5
        )
    hub.control.clear_faults()


def test_request_log_names_users_and_never_holds_a_token(hub):
    hub.control.clear_requests()
    api(hub).whoami()
    api(hub, "hf_bob").whoami()
    log = hub.control.requests()
    assert [(r.method, r.path, r.status, r.user) for r in log] == [
        ("GET", "/api/whoami-v2", 200, "alice"),
        ("GET", "/api/whoami-v2", 200, "bob"),
    ]
    assert "hf_" not in httpx.get(f"{hub.url}/_localhub/requests").text, "the raw log"


# -- bad input, sent raw --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "body", "status"),
    [
        ("POST", "/api/repos/create", b"{not json", 400),
        ("POST", "/api/repos/create", b"[1, 2]", 400),
        (
            "POST",
            "/api/repos/create",
            json.dumps({"name": "../etc", "type": "space", "sdk": "gradio"}).encode(),
            400,
        ),
        (
            "POST",
            "/api/repos/create",
            json.dumps({"name": "a--b", "type": "space", "sdk": "gradio"}).encode(),
            400,
        ),
        (
            "POST",
            "/api/repos/create",
            json.dumps({"name": "x" * 97, "type": "space", "sdk": "gradio"}).encode(),
            400,
        ),
        ("POST", "/api/repos/create", json.dumps({"name": 5, "type": "space"}).encode(), 400),
        ("POST", "/api/spaces/alice/x/commit/main", b"\xff\xfe garbage", 404),
        ("GET", "/api/no/such/endpoint/at/all", b"", 404),
        ("DELETE", "/api/whoami-v2", b"", 405),
    ],
)
def test_bad_input_gets_a_hub_shaped_4xx_never_a_500(hub, method, path, body, status):
    response = httpx.request(
        method, hub.url + path, content=body, headers={"authorization": "Bearer hf_alice"}
    )
    assert response.status_code == status
    assert response.headers["x-error-message"]
    assert "error" in response.json()


def test_a_body_over_the_limit_is_refused_and_the_connection_stays_usable(hub):
    with httpx.Client(base_url=hub.url) as client:
        big = client.post("/api/validate-yaml", content=b"x" * (65 * 1024 * 1024))
        assert big.status_code == 413
        assert (
            client.get("/api/whoami-v2", headers={"authorization": "Bearer hf_alice"}).status_code
            == 200
        )


def test_errors_read_the_whole_body_so_keep_alive_connections_stay_in_sync(hub):
    with httpx.Client(base_url=hub.url) as client:
        for _ in range(3):
            refused = client.post(
                "/api/repos/create",
                content=b"{" + b" " * 200_000,
                headers={"authorization": "Bearer hf_alice"},
            )
            assert refused.status_code == 400
        assert (
            client.get("/api/whoami-v2", headers={"authorization": "Bearer hf_alice"}).json()[
                "name"
            ]
            == "alice"
        )


def test_volumes_variables_and_secrets_can_be_replaced_and_deleted(hub):
    repo_id = make_space(hub)
    client = api(hub)
    bucket = f"alice/{unique('bucket')}"
    client.create_bucket(bucket)
    client.set_space_volumes(repo_id, [Volume(type="bucket", source=bucket, mount_path="/data")])
    assert [v.source for v in client.get_space_runtime(repo_id).volumes] == [bucket]
    client.delete_space_volumes(repo_id)
    assert not client.get_space_runtime(repo_id).volumes
    with pytest.raises(BadRequestError, match="not found"):
        client.set_space_volumes(
            repo_id, [Volume(type="bucket", source="alice/no-bucket", mount_path="/data")]
        )
    client.add_space_variable(repo_id, "A", "1")
    client.add_space_secret(repo_id, "S", "1")
    client.delete_space_variable(repo_id, "A")
    client.delete_space_secret(repo_id, "S")
    assert client.get_space_variables(repo_id) == {}
    assert client.get_space_secrets(repo_id) == {}


def test_info_and_tree_at_a_revision_and_under_a_folder(hub):
    repo_id = make_space(hub)
    first = upload(hub, repo_id, {"docs/a.md": "a", "docs/deep/b.md": "b"})
    upload(hub, repo_id, {"later.txt": "c"})
    client = api(hub)
    old = client.space_info(repo_id, revision=first.oid)
    assert old.sha == first.oid
    assert "later.txt" not in {s.rfilename for s in old.siblings}
    shallow = {
        e.path for e in client.list_repo_tree(repo_id, path_in_repo="docs", repo_type="space")
    }
    assert shallow == {"docs/a.md", "docs/deep"}
    with pytest.raises(RepositoryNotFoundError):
        client.space_info(f"alice/{unique()}", revision=first.oid)


def test_server_errors_can_be_injected_once_and_persistently(hub):
    hub.control.add_fault(Fault(method="GET", path="/api/whoami-v2", status=503, times=None))
    for _ in range(2):
        with pytest.raises(HfHubHTTPError) as refused:
            api(hub).whoami()
        assert status_of(refused.value) == 503
    hub.control.clear_faults()
    assert api(hub).whoami()["name"] == "alice"


def test_a_log_stream_ends_when_its_reader_leaves(hub):
    repo_id = make_space(hub)
    upload(hub, repo_id, {"README.md": CARD, "app.py": "print('hi')\n"})  # stays BUILDING here
    hub.control.clear_requests()
    url = f"{hub.url}/api/spaces/{repo_id}/logs/build"
    with httpx.stream(
        "GET", url, headers={"authorization": "Bearer hf_alice"}, timeout=10
    ) as stream:
        assert next(stream.iter_lines()).startswith("data: {")
    deadline = time.monotonic() + 5
    while not any(r.path.endswith("/logs/build") for r in hub.control.requests()):
        assert time.monotonic() < deadline, "the abandoned stream is still being served"
        time.sleep(0.1)
