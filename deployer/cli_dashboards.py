"""`python -m deployer list` and `python -m deployer upgrade`: your dashboards from a terminal.

`deployer.cli` parses the command line and hands these commands over with the token."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator
from dataclasses import asdict
from typing import Any, TextIO

from deployer.client import HubClient
from deployer.dashboards import Dashboard, Listed, Progress, kind_of, list_dashboards
from deployer.deploy import Deployer
from deployer.errors import DeployError
from deployer.events import Done, Event, Failed, Upgraded, to_json
from deployer.request import Kind
from deployer.scrub import for_terminal

COMMANDS = ("list", "upgrade")


def add_commands(commands: Any) -> None:
    """The `list` and `upgrade` subcommands, on `deploy`'s subparsers."""
    listing = commands.add_parser("list", help="list your Trackio dashboards and what each runs")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    upgrade = commands.add_parser(
        "upgrade", help="upgrade dashboards in place, as safely as `trackio bump`"
    )
    which = upgrade.add_mutually_exclusive_group(required=True)
    which.add_argument("space_ids", nargs="*", default=[], metavar="SPACE_ID", help="owner/name")
    which.add_argument(
        "--behind", action="store_true", help="every dashboard of yours that is behind"
    )
    upgrade.add_argument("--json", action="store_true", help="one JSON object per line")
    upgrade.add_argument(
        "--timeout", type=float, default=900, help="seconds to wait for each build"
    )


def run(
    args: argparse.Namespace,
    token: str,
    *,
    out: TextIO,
    err: TextIO,
    print_event: Callable[[Event, TextIO], None],
) -> bool:
    """Whether the command succeeded."""
    client = HubClient(token)
    try:
        if args.command == "list":
            return _list(client, as_json=args.json, out=out, err=err) is not None
        if args.behind:
            listed = _list(client, as_json=args.json, out=out, err=err, table=False)
            if listed is None:
                return False
            chosen = [(d.space_id, d.kind) for d in listed.behind]
            if not args.json:
                behind = ", ".join(space_id for space_id, _ in chosen) or "none"
                say(f"Behind trackio {listed.template_version}: {behind}", out)
        else:
            chosen = [(space_id, kind_of(client, space_id)) for space_id in args.space_ids]
    except DeployError as error:
        say(f"FAILED: {error.message}", err)
        return False
    deployer = Deployer(token, wait_timeout=args.timeout)
    succeeded = True
    for space_id, kind in chosen:
        if not args.json:
            say(f"\n== {space_id}", out)
        for event in deployer.upgrade(space_id, kind=kind):
            if args.json:
                print(json.dumps({"space_id": space_id, **to_json(event)}), file=out, flush=True)
            elif isinstance(event, Upgraded):
                backup = f"backup at {event.backup}" if event.backup else "no database to back up"
                say(
                    f"Upgraded {event.space_id} from trackio {event.from_version} to"
                    f" {event.to_version}; checked {event.checked}; {backup}.",
                    out,
                )
            elif isinstance(event, Done):
                if not event.result.ready:
                    say(f"{space_id}: {event.result.path_reason}; nothing to do.", out)
                elif kind is Kind.STATIC:
                    say(f"Updated {space_id}'s frontend to this app's trackio.", out)
            else:
                print_event(event, out)
            succeeded = succeeded and not isinstance(event, Failed)
    return succeeded


def _list(
    client: HubClient, *, as_json: bool, out: TextIO, err: TextIO, table: bool = True
) -> Listed | None:
    listed = None
    for event in list_dashboards(client):
        if as_json:
            print(json.dumps(_json(event)), file=out, flush=True)
        elif isinstance(event, Progress):
            say(f"[{event.done}/{event.total}] {event.message}", err)
        if isinstance(event, Listed):
            listed = event
    if listed is not None and table and not as_json:
        for line in _table(listed):
            say(line, out)
    return listed


def say(text: str, out: TextIO) -> None:
    """A line for a terminal: what came from the Hub or a Space loses every control sequence."""
    print(for_terminal(text), file=out, flush=True)


def _json(event: Progress | Listed) -> dict[str, Any]:
    return event.to_dict() if isinstance(event, Listed) else asdict(event)


def _table(listed: Listed) -> Iterator[str]:
    if not listed.dashboards:
        yield f"No Trackio dashboards in {', '.join(listed.owners)}."
    for d in listed.dashboards:
        yield _line(d, listed.template_version)
        yield f"    {d.app_url}  ({d.space_url})"
    for note in listed.notes:
        yield f"!   {note}"


def _line(d: Dashboard, template: str) -> str:
    version = f"trackio {d.trackio_version or '?'} ({d.version_source.value})"
    state = f"behind {template}" if d.behind else "up to date"
    visibility = "private" if d.private else "public"
    changed = (d.last_modified or "")[:10]
    return (
        f"{d.space_id}  {d.kind.value}  {d.stage}  {d.hardware or '-'}  {visibility}  {version}"
        f"  bucket {d.bucket_id or '-'}  changed {changed or '?'}  {state}"
    )
