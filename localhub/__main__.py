"""`python -m localhub serve ...`: run localhub in the foreground."""

from __future__ import annotations

import argparse
import contextlib
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
    args = parser.parse_args(argv)
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


if __name__ == "__main__":
    main()
