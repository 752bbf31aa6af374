"""`python -m localhub serve ...`: run localhub in the foreground.
`python -m localhub run --hub URL --user NAME -- COMMAND...`: a program against it, as that user."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path

from localhub.service import SPACE_MODES, Options


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m localhub", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("serve", help="serve the Hub API, sign-in and Spaces")
    run.add_argument("--host", default="127.0.0.1")
    run.add_argument("--port", type=int, default=0, help="0 picks a free port")
    run.add_argument(
        "--data", type=Path, help="keep all state in this folder (default: a temporary one)"
    )
    run.add_argument(
        "--seed", type=Path, help="users, organizations, tokens and OAuth apps (JSON or TOML)"
    )
    run.add_argument(
        "--spaces",
        choices=SPACE_MODES,
        default="run",
        help="run: really build and run Spaces; simulate: reach RUNNING without starting them; off: leave them BUILDING",
    )
    run.add_argument(
        "--simulated-space",
        type=Path,
        help="with --spaces simulate: what a simulated Space answers, per path (JSON)",
    )
    run.add_argument(
        "--max-running",
        type=int,
        default=8,
        help="Spaces running at once; the longest idle one is paused",
    )
    run.add_argument("--latency-ms", type=int, default=0, help="added to every Hub request")
    run.add_argument(
        "--install-requirements",
        action="store_true",
        help="build a virtual environment per Space and install its requirements.txt",
    )
    program = commands.add_parser(
        "run",
        help="run a program against a running localhub, as one of its users",
        description="Run COMMAND with HF_ENDPOINT and HF_TOKEN set for localhub, and an HTTPS proxy"
        " that takes https://{ns}-{name}.hf.space to the Space's app and https://huggingface.co to"
        " localhub. Exits with COMMAND's exit code.",
    )
    program.add_argument(
        "--hub",
        default=os.environ.get("LOCALHUB_URL"),
        help="localhub's address, as it printed it (default: $LOCALHUB_URL)",
    )
    program.add_argument("--user", required=True, help="the user the program runs as")
    program.add_argument(
        "--role", choices=("write", "read"), default="write", help="the token's role"
    )
    program.add_argument(
        "program",
        nargs=argparse.REMAINDER,
        metavar="-- COMMAND",
        help="the program and its arguments",
    )
    args = parser.parse_args(argv)
    if args.command == "run":
        sys.exit(_run(parser, args))
    options = Options(
        host=args.host,
        port=args.port,
        data=args.data,
        seed=args.seed,
        spaces=args.spaces,
        simulated_space=args.simulated_space,
        max_running=args.max_running,
        latency_ms=args.latency_ms,
        install_requirements=args.install_requirements,
    )
    from localhub.server import serve

    with contextlib.suppress(KeyboardInterrupt):
        serve(options)


def _run(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from localhub.run import RunFor, run

    command = args.program[1:] if args.program[:1] == ["--"] else args.program
    if not command:
        parser.error("run: give the program after --, e.g. -- python train.py")
    if not args.hub:
        parser.error("run: say which localhub with --hub http://HOST:PORT (or set LOCALHUB_URL)")
    return run(command, RunFor(hub_url=args.hub, user=args.user, role=args.role))


if __name__ == "__main__":
    main()
