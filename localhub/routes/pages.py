"""localhub's own pages for people: its home (the Spaces it holds) and a Space's page (stage, app
link, files, build log). The sign-in pages are in `localhub.routes.oauth`; all share one shell."""

from __future__ import annotations

import html

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from localhub.page_shell import page
from localhub.routes.common import backend, principal_of, repo_ref


def home(request: Request) -> Response:
    runtime = backend(request).runtime
    spaces = "".join(
        f'<li><a href="/spaces/{html.escape(r.repo_id)}">{html.escape(r.repo_id)}</a>'
        f" ({runtime.state(r).stage.value})</li>"
        for r in backend(request).store.repos("space")
    )
    return HTMLResponse(
        page(
            "localhub",
            f"<h1>localhub</h1><p>A local stand-in for huggingface.co.</p><h2>Spaces</h2><ul>{spaces}</ul>",
        )
    )


def space(request: Request) -> Response:
    principal = principal_of(request)
    repo = backend(request).repos.find(principal, repo_ref(request, "space"))
    runtime = backend(request).runtime
    state, host = runtime.state(repo), runtime.host(repo)
    files = "".join(
        f"<li><code>{html.escape(p)}</code></li>"
        for p in sorted(backend(request).store.tree(repo.id, repo.head))
    )
    body = f"""<h1>Space {html.escape(repo.repo_id)}</h1>
<p>Stage: <strong id="stage">{state.stage.value}</strong>{f" ({html.escape(state.error)})" if state.error else ""}</p>
<p>App: <a href="{html.escape(host)}">{html.escape(host)}</a></p>
<h2>Files</h2><ul>{files}</ul>
<h2>Build log</h2><pre>{html.escape(state.build_log.text())}</pre>"""
    return HTMLResponse(page(f"{repo.repo_id} - localhub", body, wide=True))


ROUTES = [Route("/", home), Route("/spaces/{namespace}/{name}", space)]
