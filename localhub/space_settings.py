"""What a Space may be given, on create, duplicate or later: hardware, sleep time, bucket volumes,
variables and secrets, and the plan an SDK needs. Checked before anything is written."""

from __future__ import annotations

import re
import socket
from typing import Any

from localhub import errors, names
from localhub.auth import Access, Principal
from localhub.store import Repo, Store

VALUE_KEY_RULE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,127}$")
PAID_SDKS = ("gradio", "docker")

# The Spaces hardware catalogue, as GET /api/spaces/hardware lists it (CPU and a few GPUs).
HARDWARE = [
    ("cpu-basic", "CPU basic", "2 vCPU", "16 GB", None, 0),
    ("cpu-upgrade", "CPU upgrade", "8 vCPU", "32 GB", None, 500),
    ("zero-a10g", "ZeroGPU", "2 vCPU", "16 GB", ("a10g", "1", "24 GB"), 0),
    ("t4-small", "Nvidia T4 - small", "4 vCPU", "15 GB", ("t4", "1", "16 GB"), 6667),
    ("t4-medium", "Nvidia T4 - medium", "8 vCPU", "30 GB", ("t4", "1", "16 GB"), 10000),
    ("l4x1", "1x Nvidia L4", "8 vCPU", "30 GB", ("l4", "1", "24 GB"), 13333),
    ("l4x4", "4x Nvidia L4", "48 vCPU", "186 GB", ("l4", "4", "96 GB"), 63333),
    ("l40sx1", "1x Nvidia L40S", "8 vCPU", "62 GB", ("l40s", "1", "48 GB"), 30000),
    ("a10g-small", "Nvidia A10G - small", "4 vCPU", "15 GB", ("a10g", "1", "24 GB"), 16667),
    ("a10g-large", "Nvidia A10G - large", "12 vCPU", "46 GB", ("a10g", "1", "24 GB"), 25000),
    ("a100-large", "Nvidia A100 - large", "12 vCPU", "142 GB", ("a100", "1", "80 GB"), 41667),
]
HARDWARE_NAMES = tuple(name for name, *_ in HARDWARE)


class SpaceSettings:
    def __init__(self, store: Store, access: Access) -> None:
        self.store = store
        self.access = access

    def parse(
        self,
        principal: Principal,
        body: dict[str, Any],
        *,
        base: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """The settings a request body asks for; a new Space (`base=None`) also gets its port."""
        settings: dict[str, Any] = {} if base is not None else {"port": _free_port()}
        hardware = body.get("hardware", body.get("flavor"))
        if hardware is not None:
            if hardware not in HARDWARE_NAMES:
                raise errors.bad_request(
                    f"Invalid hardware {hardware!r}: use one of {', '.join(HARDWARE_NAMES)}"
                )
            settings["hardware"] = hardware
        sleep = body.get("sleepTimeSeconds", body.get("seconds"))
        if sleep is not None:
            if (
                not isinstance(sleep, int)
                or isinstance(sleep, bool)
                or (sleep < 300 and sleep != -1)
            ):
                raise errors.bad_request(
                    "sleepTimeSeconds must be -1 (never) or at least 300 seconds"
                )
            settings["sleep_time"] = sleep
        volumes = body.get("volumes")
        if volumes is not None:
            if not isinstance(volumes, list):
                raise _bad_volumes()
            settings["volumes"] = [self._volume(principal, v) for v in volumes]
        return settings

    def _volume(self, principal: Principal, volume: Any) -> dict[str, Any]:
        if not isinstance(volume, dict):
            raise _bad_volumes()
        kind, source, mount = volume.get("type"), volume.get("source"), volume.get("mountPath")
        if kind != "bucket":
            raise errors.bad_request("localhub mounts bucket volumes only")
        if not isinstance(mount, str) or not mount.startswith("/") or ".." in mount:
            raise errors.bad_request("mountPath must be an absolute path such as /data")
        if not isinstance(source, str) or source.count("/") != 1:
            raise errors.bad_request("A bucket volume's source is namespace/name")
        bucket = self.store.bucket(*source.split("/"))
        if bucket is None or not self.access.can_read(principal, bucket):
            raise errors.bad_request(f"Bucket {source} not found: create it before mounting it")
        return {
            "type": "bucket",
            "source": bucket.bucket_id,
            "mountPath": mount,
            "readOnly": bool(volume.get("readOnly")),
        }

    def apply_values(self, repo: Repo, body: dict[str, Any]) -> None:
        """The `secrets` and `variables` lists of a create or duplicate request."""
        for kind, field in (("secret", "secrets"), ("variable", "variables")):
            items = body.get(field) or []
            if not isinstance(items, list):
                raise errors.bad_request(f"{field} must be a list of {{key, value}}")
            for item in items:
                if not isinstance(item, dict):
                    raise errors.bad_request(f"{field} must be a list of {{key, value}}")
                key, value = names.text(item, "key"), item.get("value", "")
                check_value(kind, key, value)
                self.store.set_space_value(repo, kind, key, value, item.get("description"))

    def require_plan(self, namespace: str, sdk: str | None) -> None:
        owner = self.store.account(namespace)
        if sdk in PAID_SDKS and owner is not None and not owner.paid:
            raise errors.payment_required()


def check_value(kind: str, key: str, value: Any) -> None:
    if not VALUE_KEY_RULE.match(key):
        raise errors.bad_request(
            f"Invalid {kind} key {key[:100]!r}: use letters, digits and '_', not starting with a digit"
        )
    if not isinstance(value, str):
        raise errors.bad_request(f"The value of {kind} {key} must be a string")
    if len(value) > 65_536:
        raise errors.bad_request(f"The value of {kind} {key} is too long")


def _bad_volumes() -> errors.HubError:
    return errors.bad_request("volumes must be a list of {type, source, mountPath}")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
