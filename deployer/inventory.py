"""What a dashboard holds, counted twice during an upgrade: from its databases (the backup, read
with sqlite) and from what the upgraded dashboard serves through its API. Rows may only grow.

Trackio keeps one SQLite database per project, `trackio/<project>.db` in the bucket (the file's stem
is the project's name, as `get_all_projects` lists it).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from deployer.space_api import SpaceApi

RUNS_PAGE = 5000  # metric rows per run are read a page at a time, as `trackio bump` reads them


@dataclass(frozen=True)
class ProjectCount:
    project: str
    tables: dict[str, int]  # rows of every table
    runs: dict[str, int]  # metric rows of every run
    schema: int  # PRAGMA user_version: a migration only raises it


@dataclass(frozen=True)
class Inventory:
    projects: tuple[ProjectCount, ...] = ()

    def summary(self) -> str:
        runs = sum(len(p.runs) for p in self.projects)
        rows = sum(sum(p.tables.values()) for p in self.projects)
        return (
            f"{_count(len(self.projects), 'project')}, {_count(runs, 'run')}, {_count(rows, 'row')}"
        )

    def shortfalls(self, served: Inventory) -> list[str]:
        """What `served` lacks of this inventory; empty when it holds everything."""
        by_name = {p.project: p for p in served.projects}
        missing = []
        for before in self.projects:
            after = by_name.get(before.project)
            if after is None:
                missing.append(f"the project {before.project} is not served")
                continue
            if after.schema < before.schema:
                missing.append(
                    f"{before.project} went back to schema {after.schema} from {before.schema}"
                )
            missing += [
                f"{before.project}: the table {table} has {after.tables.get(table, 0)} rows of {rows}"
                for table, rows in before.tables.items()
                if after.tables.get(table, 0) < rows
            ]
            missing += [
                f"{before.project}: the run {run} has {after.runs.get(run, 0)} metric rows of {rows}"
                for run, rows in before.runs.items()
                if after.runs.get(run, 0) < rows
            ]
        return missing


def _count(n: int, what: str) -> str:
    return f"{n} {what}{'' if n == 1 else 's'}"


def count_database(path: Path, *, project: str) -> ProjectCount:
    """Count a project's database file, read-only and as it is on disk."""
    connection = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        counts = {
            table: connection.execute(f"SELECT COUNT(*) FROM {_quoted(table)}").fetchone()[0]  # noqa: S608 - names from the file itself
            for table in tables
        }
        runs = (
            dict(connection.execute("SELECT run_name, COUNT(*) FROM metrics GROUP BY run_name"))
            if "metrics" in tables
            else {}
        )
        schema = connection.execute("PRAGMA user_version").fetchone()[0]
    finally:
        connection.close()
    return ProjectCount(project=project, tables=counts, runs=runs, schema=schema)


def count_served(space: SpaceApi, expected: Inventory) -> Inventory:
    """What the running dashboard serves of each project in `expected`, through trackio's own
    read-only `query_project`: a project it does not list is left out."""
    if not expected.projects:
        return Inventory()
    listed = set(space.call("get_all_projects"))
    counted = []
    for before in expected.projects:
        if before.project not in listed:
            continue
        project = before.project
        tables = {table: _rows(space, project, table) for table in before.tables}
        runs = _runs(space, project) if "metrics" in before.tables else {}
        [version] = space.call("query_project", project=project, query="PRAGMA user_version")[
            "rows"
        ]
        counted.append(ProjectCount(project, tables, runs, int(version["user_version"])))
    return Inventory(tuple(counted))


def _rows(space: SpaceApi, project: str, table: str) -> int:
    query = f"SELECT COUNT(*) AS n FROM {_quoted(table)}"  # noqa: S608 - names from the backup
    return int(space.call("query_project", project=project, query=query)["rows"][0]["n"])


def _runs(space: SpaceApi, project: str) -> dict[str, int]:
    runs: dict[str, int] = {}
    while True:
        query = (
            "SELECT run_name, COUNT(*) AS n FROM metrics GROUP BY run_name ORDER BY run_name"  # noqa: S608 - constants
            f" LIMIT {RUNS_PAGE} OFFSET {len(runs)}"
        )
        rows = space.call("query_project", project=project, query=query)["rows"]
        runs.update((row["run_name"], int(row["n"])) for row in rows)
        if len(rows) < RUNS_PAGE:
            return runs


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
