"""`python -m deployer`: deploy, plan, list, upgrade, publish-template and doctor from a terminal,
for live and static dashboards (`--kind`).

The token comes from `HF_TOKEN` or the `hf auth login` file and the Hub from `HF_ENDPOINT`, as
huggingface_hub reads them. Exit codes: 0 success, 1 the deploy failed (doctor: an assumption does
not hold), 2 invalid input (nothing was sent to the Hub) or a token the Hub refused, 130
interrupted.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from collections.abc import Sequence
from typing import TextIO

from huggingface_hub import get_token

from deployer import cli_dashboards, template
from deployer.client import HubClient, configure_http
from deployer.deploy import Deployer
from deployer.doctor import Assumption, Doctor, Report, TokenRefused, Verdict
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
    DEFAULT_TEMPLATES,
    HARDWARE,
    NAME_RULE,
    DashboardSettings,
    DeployRequest,
    Kind,
    Visibility,
    checked,
    name_rule,
)
from deployer.scrub import for_terminal, scrub

EXIT_OK, EXIT_FAILED, EXIT_INVALID, EXIT_INTERRUPTED = 0, 1, 2, 130
DOCTOR_RETRY_BUDGET = 10.0  # a check the Hub does not answer within it is "could not check"
NO_TOKEN = "No Hugging Face token: run `hf auth login` or set HF_TOKEN, then try again."


def main(
    argv: Sequence[str] | None = None, *, out: TextIO = sys.stdout, err: TextIO = sys.stderr
) -> int:
    configure_http()
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "publish-template":
        return _publish(args, out, err)
    if args.command == "doctor":
        return _doctor(args, out, err)
    if args.command in cli_dashboards.COMMANDS:
        token = _token(err)
        if token is None:
            return EXIT_INVALID
        succeeded = cli_dashboards.run(args, token, out=out, err=err, print_event=_print_human)
        return EXIT_OK if succeeded else EXIT_FAILED
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
            print(f"Plan for {plan.space_id} ({plan.kind}):", file=out)
            for number, step in enumerate(plan.steps(), start=1):
                print(f"  {number}. {step}", file=out)
            variables = ", ".join(f"{k}={v}" for k, v in plan.variables.items())
            print(f"  Variables: {variables}", file=out)
            print(f"  Secrets: {', '.join(plan.secret_names) or 'none'}", file=out)
        return EXIT_OK
    token = _token(err)
    if token is None:
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


def _token(err: TextIO) -> str | None:
    """The token huggingface_hub finds (`HF_TOKEN`, `hf auth login`), or None, saying what to do."""
    token = get_token()
    if not token:
        print(NO_TOKEN, file=err)
    return token or None


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
        kind=Kind(args.kind),
        project=args.project,
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
        allow_visibility_mismatch=args.allow_visibility_mismatch,
    )


def _publish(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    token = _token(err)
    if token is None:
        return EXIT_INVALID
    kind = Kind(args.kind)
    try:
        published = publish_template(
            HubClient(token), args.to or DEFAULT_TEMPLATES[kind], kind=kind
        )
    except DeployError as error:
        _say(f"Failed: {scrub(error.message, [token])}", err)
        return EXIT_FAILED
    if published.commit is None:
        print(
            f"{published.space_id} already matches {template.TEMPLATE_DIRS[kind].name}: nothing to"
            " publish.",
            file=out,
        )
    else:
        print(
            f"Published {published.space_id} in one commit ({template.summary(published.changes)}).",
            file=out,
        )
    print(published.url, file=out)
    return EXIT_OK


def _doctor(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    token = _token(err)
    if token is None:
        return EXIT_INVALID
    if not NAME_RULE.fullmatch(args.owner):
        print(f"Invalid input: --owner: {name_rule('An owner')}", file=err)
        return EXIT_INVALID
    client = HubClient(token, retry_budget=DOCTOR_RETRY_BUDGET)
    doctor = Doctor(client, args.owner, wait=args.wait, progress=lambda line: _say(line, err))
    # SIGTERM ends it as Ctrl-C does: what it made is deleted on the way out.
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        report = doctor.run()
    except TokenRefused as refused:
        _say(f"The Hub refused the token: {scrub(str(refused), [token])}", err)
        return EXIT_INVALID
    finally:
        signal.signal(signal.SIGTERM, previous)
    if args.json:
        print(json.dumps(report.to_dict()), file=out)
    else:
        _print_report(report, out)
    if report.interrupted:
        return EXIT_INTERRUPTED
    return EXIT_OK if report.holds else EXIT_FAILED


def _interrupt(*_: object) -> None:
    raise KeyboardInterrupt


def _print_report(report: Report, out: TextIO) -> None:
    """The table of findings, as plain text: what the Hub answered is shown, never obeyed."""
    role = report.token_role or "?"
    _say(
        f"Doctor of {report.endpoint}, making throwaways in {report.owner} (token role: {role})",
        out,
    )
    width = max(len(a.value) for a in Assumption)
    for finding in report.findings:
        verdict = f"{finding.verdict.value:<15}"
        _say(f"  {finding.assumption.value:<{width}}  {verdict}  {finding.statement}", out)
        _say(f"  {'':<{width}}  {'':<15}  {finding.seen}", out)
    if report.interrupted:
        _say("Interrupted: only the checks above ran; what they made was deleted.", out)
    for left in report.left_behind:
        _say(f"Left behind: {left}", out)
    counts = {v: [f.assumption.value for f in report.findings if f.verdict is v] for v in Verdict}
    _say(
        ", ".join(
            f"{len(counts[v])} {v.value}" + (f" ({', '.join(counts[v])})" if counts[v] else "")
            for v in Verdict
        )
        + ". PLATFORM.md says what each assumption is for.",
        out,
    )


def _say(text: str, out: TextIO) -> None:
    """One line for a terminal: what came from the Hub or a Space loses every control sequence."""
    print(for_terminal(text), file=out, flush=True)


def _print_human(event: Event, out: TextIO) -> None:
    """Each event as lines of plain text: what the Hub or a Space wrote (a log line, an error
    message) loses every terminal control sequence on the way (`for_terminal`)."""

    def say(text: str) -> None:
        _say(text, out)

    if isinstance(event, StepStarted):
        say(f"... {event.title}")
    elif isinstance(event, StepFinished):
        say(f"ok  {event.detail} ({event.seconds:.1f} s)")
    elif isinstance(event, LogLine):
        say(f"    [{event.source}] {event.text}")
    elif isinstance(event, Retrying):
        say(
            f"    retrying in {event.wait:.0f} s (attempt {event.attempt}): {event.action}, {event.reason}"
        )
    elif isinstance(event, DeployWarning):
        say(f"!   {event.message}")
    elif isinstance(event, Failed):
        say(f"FAILED: {event.message}")
        if event.update_needed:
            say("    Run the same command with --update to finish it.")
        if event.request_id:
            say(f"    Hub request id: {event.request_id}")
        if event.space_url:
            say(f"    {event.space_url}")
    elif isinstance(event, Done):
        result = event.result
        say(f"\nDeployed by {result.path.value}: {result.path_reason}.")
        say(f"Dashboard: {result.app_url}")
        snippet = "\n".join("    " + line if line else "" for line in result.snippet.splitlines())
        if result.sync_command:
            say(
                f"\nIt shows the project {result.project} once your first sync lands:\n\n{snippet}"
                f"\n\nor, from a terminal: {result.sync_command}"
            )
        else:
            say(
                f"\nLog to it:\n\n{snippet}\n\nor set TRACKIO_SPACE_ID={result.space_id} in the environment."
            )
        state = "is running" if result.ready else f"is not ready yet ({result.stage})"
        say(f"\nYour Trackio dashboard {state}: {result.space_url}")


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
            "--kind",
            choices=[k.value for k in Kind],
            default=Kind.LIVE.value,
            help="live: a Gradio Space that takes logs as they come (a paid plan); static: a free,"
            " public, read-only dashboard of one project, updated by trackio.sync (default: live)",
        )
        command.add_argument(
            "--project", help="the project a static dashboard shows (required with --kind static)"
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
            "--template",
            help=f"the template Space to duplicate (default: {DEFAULT_TEMPLATES[Kind.LIVE]}, or"
            f" {DEFAULT_TEMPLATES[Kind.STATIC]} for static)",
        )
        command.add_argument(
            "--update", action="store_true", help="update the Space if it is already Trackio"
        )
        command.add_argument(
            "--allow-visibility-mismatch",
            action="store_true",
            help="use an existing bucket even if its visibility differs from the Space's",
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
    doctor = commands.add_parser(
        "doctor",
        help="check every assumption the deployer makes about the Hub (PLATFORM.md), with"
        " throwaway repos it deletes afterwards",
    )
    doctor.add_argument(
        "--owner", required=True, help="where to make the throwaways: you or an organization"
    )
    doctor.add_argument("--json", action="store_true", help="the report as one JSON object")
    doctor.add_argument(
        "--wait",
        type=float,
        default=600,
        help="seconds to wait for the throwaway Space to run (default 600)",
    )
    cli_dashboards.add_commands(commands)
    publish = commands.add_parser(
        "publish-template",
        help="(re)publish templates/trackio (or templates/trackio-static) as the template Space",
    )
    publish.add_argument(
        "--kind",
        choices=[k.value for k in Kind],
        default=Kind.LIVE.value,
        help="which template: live (templates/trackio) or static (templates/trackio-static)",
    )
    publish.add_argument(
        "--to",
        metavar="ID",
        help=f"the template Space's id (default: {DEFAULT_TEMPLATES[Kind.LIVE]}, or"
        f" {DEFAULT_TEMPLATES[Kind.STATIC]} with --kind static)",
    )
    return parser
