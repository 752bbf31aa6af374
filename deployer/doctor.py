"""`python -m deployer doctor --owner NAME`: settles, against a real Hub, every assumption the
deployer makes about it (`PLATFORM.md`), one by one.

It makes throwaway repos with a unique name (`trackio-doctor-<random>-...`: two buckets, a Space
holding this app's template, and a private duplicate of it), asks the Hub what each assumption
says it will do, and deletes everything it made, also when it is interrupted (Ctrl-C, SIGTERM).
Each assumption is held, not held (the Hub answered otherwise, or refused), or could not be
checked (the Hub was unavailable, or what the check needs could not be made).
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from huggingface_hub import CommitOperationAdd, HfApi, Volume
from huggingface_hub.errors import (
    BucketNotFoundError,
    HfHubHTTPError,
    RepositoryNotFoundError,
)
from huggingface_hub.utils import build_hf_headers, get_session

from deployer import template
from deployer.client import HubClient, http
from deployer.errors import DeployError, Problem

PREFIX = "trackio-doctor"
STREAM_SECONDS = 5.0  # how long the log stream is read: its shape shows at once
SETTLE_SECONDS = 30.0  # how long a runtime may take to catch up with a commit or a pause


class Verdict(StrEnum):
    HELD = "held"
    NOT_HELD = "not held"
    UNCHECKED = "could not check"


class Assumption(StrEnum):
    """What the deployer assumes of the Hub; `PLATFORM.md` says why, and where it comes from."""

    WHOAMI = "whoami"
    BUCKET_VISIBILITY = "bucket-visibility"
    TEMPLATE_FILES = "template-files"
    SETTINGS_ONE_BY_ONE = "settings-one-by-one"
    DUPLICATE_SETTINGS = "duplicate-settings"
    DUPLICATE_VARIABLES = "duplicate-variables"
    STALE_PARENT = "stale-parent"
    RUNTIME_SHA = "runtime-sha"
    LOG_STREAM = "log-stream"
    SPACE_TOKEN = "space-token"
    PRIVATE_HOST = "private-host"
    PAUSE_RESTART = "pause-restart"


STATEMENTS = {
    Assumption.WHOAMI: "whoami names the account, its organizations with the role in each, and"
    " the token's role",
    Assumption.BUCKET_VISIBILITY: "the token may create a bucket, with the visibility asked for;"
    " a private one reads back private and is hidden from anonymous callers",
    Assumption.TEMPLATE_FILES: "a Space lists each of its files with its git blob id, and the"
    " tags of its README",
    Assumption.SETTINGS_ONE_BY_ONE: "the token may set a variable, a secret and a bucket volume of"
    " a Space it created, each with its own call",
    Assumption.DUPLICATE_SETTINGS: "a duplicate gets the visibility, variables, secrets and volumes"
    " its one call carries",
    Assumption.DUPLICATE_VARIABLES: "a variable the duplicate call sets wins over the one copied"
    " from the template Space",
    Assumption.STALE_PARENT: "a commit whose parent is no longer the head is refused with 412",
    Assumption.RUNTIME_SHA: "a Space's runtime names the commit it runs (`sha`)",
    Assumption.LOG_STREAM: "a Space's build log streams as server-sent events `data: {...}`",
    Assumption.SPACE_TOKEN: "the Hub hands out a token for a private Space"
    " (`GET /api/spaces/{id}/jwt`) that is no Hub API token",
    Assumption.PRIVATE_HOST: "a private Space's host refuses anonymous requests and opens for"
    " that token (`?__sign=`)",
    Assumption.PAUSE_RESTART: "the token may pause and restart a Space it created",
}


@dataclass(frozen=True)
class Finding:
    assumption: Assumption
    verdict: Verdict
    seen: str  # what was sent and what the Hub answered

    @property
    def statement(self) -> str:
        return STATEMENTS[self.assumption]


@dataclass
class Report:
    endpoint: str
    owner: str
    token_role: str = ""
    findings: list[Finding] = field(default_factory=list)
    left_behind: list[str] = field(default_factory=list)  # throwaways it could not delete
    interrupted: bool = False

    @property
    def holds(self) -> bool:
        return not any(f.verdict is Verdict.NOT_HELD for f in self.findings)

    def to_dict(self) -> dict[str, Any]:
        return {
            **{k: v for k, v in asdict(self).items() if k != "findings"},
            "holds": self.holds,
            "findings": [
                {
                    "assumption": f.assumption.value,
                    "statement": f.statement,
                    "verdict": f.verdict.value,
                    "seen": f.seen,
                }
                for f in self.findings
            ],
        }


class TokenRefused(Exception):
    """The Hub does not know the token: nothing can be checked with it."""


class NotHeld(Exception):
    """The Hub answered otherwise than the assumption says."""


class Unchecked(Exception):
    """The check could not be made (what it needs is missing, or the Hub is not answering)."""


@dataclass(frozen=True)
class Throwaways:
    """The names of what one run makes: unique, so runs never meet, and recognisable."""

    owner: str
    run: str = field(default_factory=lambda: secrets.token_hex(4))

    def name(self, what: str) -> str:
        return f"{self.owner}/{PREFIX}-{self.run}-{what}"

    @property
    def bucket(self) -> str:
        return self.name("bucket")

    @property
    def second_bucket(self) -> str:
        return self.name("bucket-2")

    @property
    def template(self) -> str:
        return self.name("template")

    @property
    def duplicate(self) -> str:
        return self.name("duplicate")


class Doctor:
    """One run of the checks with one person's token."""

    def __init__(
        self,
        client: HubClient,
        owner: str,
        *,
        wait: float = 600.0,
        progress: Callable[[str], None] = lambda _: None,
    ) -> None:
        self.client = client
        self.api = client.api
        self.names = Throwaways(owner)
        self.wait = wait
        self.progress = progress
        self.report = Report(endpoint=client.endpoint, owner=owner)
        self.made: list[tuple[str, str]] = []  # ("bucket" | "space", id): what this run made
        self.verdicts: dict[Assumption, Verdict] = {}
        self.template_problem = ""  # why the template Space could not be made, if it could not

    def run(self) -> Report:
        """Every check in turn, then the clean-up, which also runs when interrupted;
        `TokenRefused` when the Hub does not know the token."""
        try:
            for finding in self._checks():
                self.report.findings.append(finding)
                self.verdicts[finding.assumption] = finding.verdict
        except KeyboardInterrupt:
            self.report.interrupted = True
        finally:
            self._clean_up()
        return self.report

    # -- the checks, in an order where each finds what it needs -----------------------------------

    def _checks(self) -> Iterator[Finding]:
        yield self._check(Assumption.WHOAMI, self._whoami)
        yield self._check(Assumption.BUCKET_VISIBILITY, self._bucket_visibility)
        template_made = self._make_template()
        yield self._check(Assumption.TEMPLATE_FILES, lambda: self._template_files(template_made))
        yield self._check(Assumption.SETTINGS_ONE_BY_ONE, lambda: self._one_by_one(template_made))
        yield self._check(Assumption.DUPLICATE_SETTINGS, lambda: self._duplicate(template_made))
        yield self._check(Assumption.DUPLICATE_VARIABLES, self._duplicate_variables)
        yield self._check(Assumption.STALE_PARENT, lambda: self._stale_parent(template_made))
        yield self._check(Assumption.RUNTIME_SHA, lambda: self._runtime_sha(template_made))
        yield self._check(Assumption.LOG_STREAM, lambda: self._log_stream(template_made))
        yield self._check(Assumption.SPACE_TOKEN, self._space_token)
        yield self._check(Assumption.PRIVATE_HOST, self._private_host)
        yield self._check(Assumption.PAUSE_RESTART, lambda: self._pause_restart(template_made))

    def _check(self, assumption: Assumption, check: Callable[[], str]) -> Finding:
        self.progress(f"checking {assumption.value}: {STATEMENTS[assumption]}")
        try:
            return Finding(assumption, Verdict.HELD, check())
        except NotHeld as seen:
            return Finding(assumption, Verdict.NOT_HELD, str(seen))
        except Unchecked as why:
            return Finding(assumption, Verdict.UNCHECKED, str(why))
        except (DeployError, HfHubHTTPError) as error:
            return Finding(assumption, *_refused_or_unchecked(error))
        except (RepositoryNotFoundError, BucketNotFoundError) as missing:
            return Finding(assumption, Verdict.NOT_HELD, f"the Hub lost what it made: {missing}")

    def _call(self, action: str, fn: Callable[[], Any]) -> Any:
        return self.client.call(action, self.names.owner, fn)

    def _whoami(self) -> str:
        try:
            answer = self._call("check your sign-in", self.api.whoami)
        except DeployError as error:
            if error.problem is Problem.SIGN_IN_AGAIN:
                raise TokenRefused(error.message) from None
            raise
        access = (answer.get("auth") or {}).get("accessToken") or {}
        self.report.token_role = str(access.get("role") or "")
        missing = [key for key in ("name", "orgs") if key not in answer]
        missing += ["auth.accessToken.role"] if not access.get("role") else []
        missing += [
            f"orgs[{o.get('name')}].roleInOrg"
            for o in answer.get("orgs") or []
            if not o.get("roleInOrg")
        ]
        if missing:
            raise NotHeld(f"GET /api/whoami-v2 answered without {', '.join(missing)}")
        return (
            f"GET /api/whoami-v2 → {answer['name']}, {len(answer['orgs'])} organization(s),"
            f" token role {access['role']}"
        )

    def _bucket_visibility(self) -> str:
        bucket = self.names.bucket
        self._call("create a bucket", lambda: self.api.create_bucket(bucket, private=True))
        self.made.append(("bucket", bucket))
        private = self._call("read the bucket", lambda: self.api.bucket_info(bucket)).private
        if private is not True:
            raise NotHeld(f"POST /api/buckets/{bucket} {{private}} → made; reads back {private=}")
        anonymous = HfApi(endpoint=self.client.endpoint, token=False)
        try:
            anonymous.bucket_info(bucket)
        except BucketNotFoundError:
            return f"POST /api/buckets/{bucket} {{private}} → private; anonymous GET → not found"
        raise NotHeld(f"the private bucket {bucket} answers an anonymous GET")

    def _make_template(self) -> bool:
        """The template Space: this app's template files, as the deployer's template Space holds."""
        space = self.names.template
        try:
            self._call(
                "create a Space",
                lambda: self.api.create_repo(space, repo_type="space", space_sdk="gradio"),
            )
            self.made.append(("space", space))
            files = template.template_files()
            self._call(
                "commit the template's files",
                lambda: self.api.create_commit(
                    space,
                    [CommitOperationAdd(path, files[path]) for path in files],
                    commit_message="trackio-deployer doctor: a throwaway template",
                    repo_type="space",
                ),
            )
        except (DeployError, HfHubHTTPError, RepositoryNotFoundError) as error:
            self.template_problem = str(error).splitlines()[0]
            self.progress(f"could not make the Space {space}: {self.template_problem}")
            return False
        return True

    def _template_files(self, template_made: bool) -> str:
        space = self._needs(template_made, self.names.template)
        info = self._call(
            "read the Space", lambda: self.client.space_info(space, files_metadata=True)
        )
        drift = template.drift({s.rfilename: s.blob_id for s in info.siblings or []})
        if drift or "trackio" not in (info.tags or []):
            raise NotHeld(
                f"GET /api/spaces/{space}?blobs=true after a commit of the template's files →"
                f" {', '.join(drift) or 'the same files'}, tags {info.tags}"
            )
        return f"GET /api/spaces/{space}?blobs=true → each file's git blob id, and the tag trackio"

    def _one_by_one(self, template_made: bool) -> str:
        space = self._needs(template_made, self.names.template)
        self._call(
            "set a variable", lambda: self.api.add_space_variable(space, "SHARED", "template")
        )
        self._call(
            "set a secret", lambda: self.api.add_space_secret(space, "DOCTOR_SECRET", "template")
        )
        variables = self._call("read variables", lambda: self.api.get_space_variables(space))
        names = self._call("read secrets", lambda: self.api.get_space_secrets(space))
        if variables.get("SHARED") is None or variables["SHARED"].value != "template":
            raise NotHeld(
                f"POST /api/spaces/{space}/variables → 200, but it reads back {variables}"
            )
        if "DOCTOR_SECRET" not in names:
            raise NotHeld(f"POST /api/spaces/{space}/secrets → 200, but it is not listed")
        bucket = self.names.second_bucket
        try:
            self._call("create a second bucket", lambda: self.api.create_bucket(bucket))
        except DeployError as error:
            raise Unchecked(
                f"the variable and the secret held; no bucket to mount: {error}"
            ) from None
        self.made.append(("bucket", bucket))
        volume = Volume(type="bucket", source=bucket, mount_path="/data")
        self._call("mount a bucket", lambda: self.api.set_space_volumes(space, [volume]))
        mounted = self._mounted(space)
        if mounted != [(bucket, "/data")]:
            raise NotHeld(f"PUT /api/spaces/{space}/volumes → 200, but the runtime has {mounted}")
        return f"variable, secret and volume of {space}, each set with its own call, read back"

    def _duplicate(self, template_made: bool) -> str:
        """A private duplicate of the template with a variable, a secret and, when there is a
        bucket, a volume: made in any case, for the checks that need a private Space."""
        source = self._needs(template_made, self.names.template)
        target, bucket = self.names.duplicate, self.names.bucket
        has_bucket = ("bucket", bucket) in self.made
        volumes = [Volume(type="bucket", source=bucket, mount_path="/data")] if has_bucket else None
        self._call(
            "duplicate the Space",
            lambda: self.api.duplicate_repo(
                source,
                target,
                repo_type="space",
                private=True,
                space_variables=[{"key": "SHARED", "value": "duplicate"}],
                space_secrets=[{"key": "DUPLICATE_SECRET", "value": "duplicate"}],
                space_volumes=volumes,
            ),
        )
        self.made.append(("space", target))
        info = self._call("read the duplicate", lambda: self.client.space_info(target))
        variables = self._call("read variables", lambda: self.api.get_space_variables(target))
        names = self._call("read secrets", lambda: self.api.get_space_secrets(target))
        missing = [] if info.private else ["private"]
        missing += [] if "SHARED" in variables else ["its variable"]
        missing += [] if "DUPLICATE_SECRET" in names else ["its secret"]
        if has_bucket and self._mounted(target) != [(bucket, "/data")]:
            missing.append("its volume")
        carried = "visibility, variable, secret" + (" and volume" if has_bucket else "")
        if missing:
            raise NotHeld(
                f"POST /api/spaces/{source}/duplicate with {carried} → made, without"
                f" {', '.join(missing)}"
            )
        if not has_bucket:
            raise Unchecked(f"the duplicate got its {carried}; no bucket to mount was made")
        return f"POST /api/spaces/{source}/duplicate with {carried} → {target}, with all of them"

    def _duplicate_variables(self) -> str:
        source, target = self.names.template, self._made_duplicate()
        copied = self._call("read variables", lambda: self.api.get_space_variables(source))
        if "SHARED" not in copied:
            raise Unchecked(f"the template {source} has no variable SHARED to copy")
        variables = self._call("read variables", lambda: self.api.get_space_variables(target))
        value = variables["SHARED"].value if "SHARED" in variables else None
        if value != "duplicate":
            raise NotHeld(
                "the template's SHARED=template and the duplicate call's SHARED=duplicate →"
                f" the duplicate has SHARED={value}"
            )
        return "the template's SHARED=template, the duplicate call's SHARED=duplicate → duplicate"

    def _stale_parent(self, template_made: bool) -> str:
        space = self._needs(template_made, self.names.template)
        stale = self._call("read the Space", lambda: self.client.space_info(space)).sha

        def commit(path: str) -> Any:
            return self.api.create_commit(
                space,
                [CommitOperationAdd(path, b"doctor\n")],
                commit_message=path,
                repo_type="space",
                parent_commit=stale,
            )

        self._call("commit on the head", lambda: commit("doctor-1.txt"))
        try:
            commit("doctor-2.txt")  # sent once, not through the retries: its answer is the finding
        except HfHubHTTPError as error:
            status = error.response.status_code if error.response is not None else None
            if status == 412:
                return "a commit on the head → made; another on the same, now stale, parent → 412"
            raise
        raise NotHeld("a commit on a parent that is no longer the head was carried out")

    def _runtime_sha(self, template_made: bool) -> str:
        space = self._needs(template_made, self.names.template)
        head = self._call("read the Space", lambda: self.client.space_info(space)).sha
        deadline = time.monotonic() + min(self.wait, SETTLE_SECONDS)
        while True:
            raw = self._call("read the runtime", lambda: self.api.get_space_runtime(space)).raw
            if "sha" not in (raw or {}):
                raise NotHeld(f"GET /api/spaces/{space}/runtime → no sha: {sorted(raw or {})}")
            if raw["sha"] == head:
                return f"GET /api/spaces/{space}/runtime → sha {head[:7]}, the head"
            if time.monotonic() > deadline:
                raise Unchecked(
                    f"the runtime still names {raw['sha'][:7]}, not the head {head[:7]}"
                )
            time.sleep(1.0)

    def _log_stream(self, template_made: bool) -> str:
        space = self._needs(template_made, self.names.template)
        url = f"{self.client.endpoint}/api/spaces/{space}/logs/build"
        lines = []
        try:
            with get_session().stream(
                "GET",
                url,
                headers=build_hf_headers(token=self.client.token),
                timeout=http.Timeout(STREAM_SECONDS, connect=10.0),
            ) as response:
                kind = response.headers.get("content-type", "")
                if response.status_code != 200 or not kind.startswith("text/event-stream"):
                    response.read()
                    raise _answer(
                        response.status_code, f"GET {url} → {response.status_code} {kind}"
                    )
                started = time.monotonic()
                for line in response.iter_lines():
                    if line.startswith("data: {"):
                        lines.append(line)
                    if lines or time.monotonic() - started > STREAM_SECONDS:
                        break
        except http.TimeoutException:
            pass  # a stream with nothing new to say yet: its shape is what counts
        for line in lines:
            try:
                json.loads(line[len("data: ") :])["data"]
            except (ValueError, KeyError, TypeError):
                raise NotHeld(f'a log line is not `data: {{"data": ...}}`: {line[:80]}') from None
        return f"GET {url} → text/event-stream, {len(lines)} line(s) of data: {{...}} read"

    def _space_token(self) -> str:
        space = self._made_duplicate()
        token = self._call("get a Space token", lambda: self.client.space_token(space))
        if not isinstance(token, str) or not token:
            raise NotHeld(f"GET /api/spaces/{space}/jwt → no token")
        try:
            HfApi(endpoint=self.client.endpoint, token=token).whoami()
        except HfHubHTTPError:
            return f"GET /api/spaces/{space}/jwt → a token; GET /api/whoami-v2 with it → refused"
        raise NotHeld("the Space token is accepted as a Hub token: a Space holding it acts as you")

    def _private_host(self) -> str:
        space = self._made_duplicate()
        if self.verdicts.get(Assumption.SPACE_TOKEN) is not Verdict.HELD:
            raise Unchecked("no Space token to open the host with")
        deadline = time.monotonic() + self.wait
        while (
            stage := self._call("read the runtime", lambda: self.api.get_space_runtime(space)).stage
        ) != "RUNNING":
            if time.monotonic() > deadline:
                raise Unchecked(f"{space} was not running after {self.wait:.0f} s ({stage})")
            time.sleep(2.0)
        host = self._call("read the Space", lambda: self.client.space_info(space)).host or ""
        token = self._call("get a Space token", lambda: self.client.space_token(space))
        url = f"{host.rstrip('/')}/version"
        # Not followed: a proxy that sends strangers to a sign-in page refuses them.
        anonymous = get_session().get(url, timeout=self.client.timeout, follow_redirects=False)
        if anonymous.status_code not in (401, 403, 404) and not anonymous.is_redirect:
            raise NotHeld(f"anonymous GET {url} → {anonymous.status_code}: it answers anyone")
        signed = get_session().get(url, params={"__sign": token}, timeout=self.client.timeout)
        if signed.status_code in (401, 403, 404):
            raise NotHeld(
                f"anonymous GET {url} → {anonymous.status_code}; with ?__sign=<Space token> →"
                f" {signed.status_code}: the token does not open it"
            )
        return (
            f"anonymous GET {url} → {anonymous.status_code}; with ?__sign=<Space token> →"
            f" {signed.status_code}"
        )

    def _pause_restart(self, template_made: bool) -> str:
        space = self._needs(template_made, self.names.template)
        self._call("pause the Space", lambda: self.api.pause_space(space))
        self._settle(space, lambda stage: stage == "PAUSED", "PAUSED")
        self._call("restart the Space", lambda: self.api.restart_space(space))
        stage = self._settle(space, lambda stage: stage != "PAUSED", "anything but PAUSED")
        return f"POST /api/spaces/{space}/pause → PAUSED; POST .../restart → {stage}"

    # -- helpers ----------------------------------------------------------------------------------

    def _needs(self, made: bool, space: str) -> str:
        if not made:
            raise Unchecked(f"the Space {space} could not be made: {self.template_problem}")
        return space

    def _made_duplicate(self) -> str:
        target = self.names.duplicate
        if not any(space == target for _, space in self.made):
            raise Unchecked("no private duplicate was made")
        return target

    def _mounted(self, space: str) -> list[tuple[str, str]]:
        runtime = self._call("read the runtime", lambda: self.api.get_space_runtime(space))
        return [(v.source, v.mount_path) for v in runtime.volumes or []]

    def _settle(self, space: str, reached: Callable[[str], bool], what: str) -> str:
        deadline = time.monotonic() + min(self.wait, SETTLE_SECONDS)
        while True:
            stage = str(
                self._call("read the runtime", lambda: self.api.get_space_runtime(space)).stage
            )
            if reached(stage):
                return stage
            if time.monotonic() > deadline:
                raise NotHeld(f"{space} is {stage}, not {what}, after {SETTLE_SECONDS:.0f} s")
            time.sleep(1.0)

    def _clean_up(self) -> None:
        """Delete every throwaway of this run, the Spaces first (they mount the buckets): each
        name, made or not, since a create interrupted in flight may still have landed."""
        names = self.names
        for kind, repo_id in (
            ("space", names.duplicate),
            ("space", names.template),
            ("bucket", names.bucket),
            ("bucket", names.second_bucket),
        ):
            try:
                if kind == "space":
                    self.api.delete_repo(repo_id, repo_type="space", missing_ok=True)
                else:
                    self.api.delete_bucket(repo_id, missing_ok=True)
            except (HfHubHTTPError, OSError) as error:
                where = f"{self.client.endpoint}/{'spaces' if kind == 'space' else 'buckets'}"
                self.report.left_behind.append(
                    f"{kind} {repo_id}: {str(error).splitlines()[0]} (delete it at"
                    f" {where}/{repo_id}/settings)"
                )
            else:
                if (kind, repo_id) in self.made:
                    self.progress(f"deleted the throwaway {kind} {repo_id}")


def _refused_or_unchecked(error: DeployError | HfHubHTTPError) -> tuple[Verdict, str]:
    """A refusal (a 4xx other than 401 and 429) contradicts an assumption; the Hub being
    unavailable, rate limiting or not knowing the token says nothing either way."""
    if isinstance(error, DeployError):
        status, text = error.status, error.message
    else:
        status = error.response.status_code if error.response is not None else None
        text = str(error)
    if status is not None and 400 <= status < 500 and status not in (401, 429):
        return Verdict.NOT_HELD, f"refused (HTTP {status}): {text}"
    return Verdict.UNCHECKED, text


def _answer(status: int, seen: str) -> Exception:
    refused = 400 <= status < 500 and status not in (401, 429)
    return NotHeld(seen) if refused else Unchecked(seen)
