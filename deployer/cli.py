"""`python -m deployer`: deploy, plan and publish-template from a terminal.

The token comes from `HF_TOKEN` or the `hf auth login` file and the Hub from `HF_ENDPOINT`, as
huggingface_hub reads them. Exit codes: 0 success, 1 the deploy failed, 2 invalid input (nothing
was sent to the Hub).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from huggingface_hub import get_token

from deployer.client import HubClient, configure_http
from deployer.deploy import Deployer
from deployer.errors import DeployError, FieldError, InvalidRequest, Problem
from deployer.events import (
    DeployWarning,
    Done,
    Event,
    Failed,
    LogLine,
    Retrying,
    StepFinished,
    StepStarted,
    to_json,
)
from deployer.plan import make_plan
from deployer.publish import publish_template
from deployer.request import (
    DEFAULT_HARDWARE,
    DEFAULT_NAME,
    DEFAULT_TEMPLATE,
    HARDWARE,
    DashboardSettings,
    DeployRequest,
    Visibility,
    checked,
)
from deployer.scrub import scrub

EXIT_OK, EXIT_FAILED, EXIT_INVALID = 0, 1, 2


def main(
    argv: Sequence[str] | None = None, *, out: TextIO = sys.stdout, err: TextIO = sys.stderr
) -> int:
    configure_http()
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "publish-template":
        return _publish(args, out, err)
    try:
        request = checked(_request(args))
    except InvalidRequest as invalid:
        print(f"Invalid input: {invalid}", file=err)
        return EXIT_INVALID
    if args.command == "plan":
        plan = make_plan(request)
        if args.json:
            print(json.dumps(plan.to_dict()), file=out)
        else:
            print(f"Plan for {plan.space_id}:", file=out)
            for number, step in enumerate(plan.steps(), start=1):
                print(f"  {number}. {step}", file=out)
            variables = ", ".join(f"{k}={v}" for k, v in plan.variables.items())
            print(f"  Variables: {variables}", file=out)
            print(f"  Secrets: {', '.join(plan.secret_names) or 'none'}", file=out)
        return EXIT_OK
    token = get_token()
    if not token:
        print(
            "No Hugging Face token: run `hf auth login` or set HF_TOKEN, then try again.", file=err
        )
        return EXIT_INVALID

    def report(event: Event) -> None:
        if args.json:
            print(json.dumps(to_json(event)), file=out, flush=True)
        else:
            _print_human(event, out)

    deployer = Deployer(token, wait_timeout=args.timeout, on_retry=report)
    outcome = EXIT_FAILED
    for event in deployer.deploy(request, wait=not args.no_wait):
        report(event)
        if isinstance(event, Done):
            outcome = EXIT_OK
        elif isinstance(event, Failed):
            outcome = EXIT_INVALID if event.problem is Problem.INVALID_REQUEST else EXIT_FAILED
    return outcome


def _request(args: argparse.Namespace) -> DeployRequest:
    write_token = None
    if args.write_token_env:
        write_token = os.environ.get(args.write_token_env)
        if not write_token:
            raise InvalidRequest(
                [
                    FieldError(
                        "--write-token-env",
                        f"the environment variable {args.write_token_env} is not set",
                    )
                ]
            )
    return DeployRequest(
        owner=args.owner,
        name=args.name,
        visibility=Visibility.PRIVATE if args.private else Visibility.PUBLIC,
        hardware=args.hardware,
        sleep_time=args.sleep_time,
        storage=not args.no_bucket,
        bucket=args.bucket,
        write_token=write_token,
        dashboard=DashboardSettings(
            logo_light_url=args.logo_light_url,
            logo_dark_url=args.logo_dark_url,
            plot_order=args.plot_order,
            color_palette=args.color_palette,
        ),
        template=args.template,
        allow_update=args.update,
    )


def _publish(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    token = get_token()
    if not token:
        print(
            "No Hugging Face token: run `hf auth login` or set HF_TOKEN, then try again.", file=err
        )
        return EXIT_INVALID
    try:
        published = publish_template(HubClient(token), args.to)
    except DeployError as error:
        print(f"Failed: {scrub(error.message, [token])}", file=err)
        return EXIT_FAILED
    if published.commit is None:
        print(
            f"{published.space_id} already matches templates/trackio: nothing to publish.", file=out
        )
    else:
        print(
            f"Published {published.space_id} in one commit ({', '.join(published.changes)}).",
            file=out,
        )
    print(published.url, file=out)
    return EXIT_OK


def _print_human(event: Event, out: TextIO) -> None:
    if isinstance(event, StepStarted):
        print(f"... {event.title}", file=out, flush=True)
    elif isinstance(event, StepFinished):
        print(f"ok  {event.detail} ({event.seconds:.1f} s)", file=out, flush=True)
    elif isinstance(event, LogLine):
        print(f"    [{event.source}] {event.text}", file=out, flush=True)
    elif isinstance(event, Retrying):
        print(
            f"    retrying in {event.wait:.0f} s (attempt {event.attempt}): {event.action}, {event.reason}",
            file=out,
            flush=True,
        )
    elif isinstance(event, DeployWarning):
        print(f"!   {event.message}", file=out, flush=True)
    elif isinstance(event, Failed):
        print(f"FAILED: {event.message}", file=out)
        if event.update_needed:
            print("    Run the same command with --update to finish it.", file=out)
        if event.request_id:
            print(f"    Hub request id: {event.request_id}", file=out)
        if event.space_url:
            print(f"    {event.space_url}", file=out)
    elif isinstance(event, Done):
        result = event.result
        print(f"\nDeployed by {result.path.value}: {result.path_reason}.", file=out)
        print(f"Dashboard: {result.app_url}", file=out)
        snippet = "\n".join("    " + line if line else "" for line in result.snippet.splitlines())
        print(
            f"\nLog to it:\n\n{snippet}\n\nor set TRACKIO_SPACE_ID={result.space_id} in the environment.",
            file=out,
        )
        state = "is running" if result.ready else f"is not ready yet ({result.stage})"
        print(f"\nYour Trackio dashboard {state}: {result.space_url}", file=out)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m deployer", description="Deploy a Trackio dashboard as a Space."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    for name, help_text in (
        ("deploy", "deploy a Trackio dashboard"),
        ("plan", "print what a deploy would do"),
    ):
        command = commands.add_parser(name, help=help_text)
        command.add_argument("--owner", required=True, help="your username or an organization")
        command.add_argument(
            "--name", default=DEFAULT_NAME, help=f"the Space's name (default: {DEFAULT_NAME})"
        )
        command.add_argument(
            "--private", action="store_true", help="make the Space and its bucket private"
        )
        command.add_argument(
            "--hardware", default=DEFAULT_HARDWARE, choices=HARDWARE, metavar="HARDWARE"
        )
        command.add_argument(
            "--sleep-time", type=int, help="seconds of inactivity before sleeping; -1: never"
        )
        storage = command.add_mutually_exclusive_group()
        storage.add_argument(
            "--no-bucket", action="store_true", help="no storage bucket (data lost on restart)"
        )
        storage.add_argument(
            "--bucket", help="the storage bucket's name or id (default: <name>-bucket)"
        )
        command.add_argument(
            "--write-token-env",
            metavar="VAR",
            help="an environment variable holding a write token for the Space (stored as its HF_TOKEN secret)",
        )
        command.add_argument(
            "--template", default=DEFAULT_TEMPLATE, help="the template Space to duplicate"
        )
        command.add_argument(
            "--update", action="store_true", help="update the Space if it is already Trackio"
        )
        command.add_argument("--logo-light-url", help="https URL of the logo on light backgrounds")
        command.add_argument("--logo-dark-url", help="https URL of the logo on dark backgrounds")
        command.add_argument(
            "--plot-order", help="comma-separated metric names or patterns to show first"
        )
        command.add_argument(
            "--color-palette", help="comma-separated colours for runs, e.g. '#1f77b4,#ff7f0e'"
        )
        command.add_argument("--json", action="store_true", help="one JSON object per line")
        if name == "deploy":
            command.add_argument(
                "--no-wait", action="store_true", help="return once the Space is created"
            )
            command.add_argument(
                "--timeout", type=float, default=900, help="seconds to wait for the build"
            )
    publish = commands.add_parser(
        "publish-template", help="(re)publish templates/trackio as the template Space"
    )
    publish.add_argument(
        "--to", required=True, metavar="ID", help="the template Space's id, e.g. owner/name"
    )
    return parser
