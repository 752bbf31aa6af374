"""Sign in with Hugging Face, mounted at `/oauth`: authorize (the pages a person sees: choose who
you are, the consent page, sign-in errors), token, JWKS and userinfo; and the discovery document
at `/.well-known/openid-configuration`. The protocol itself is `localhub.oauth.Provider`."""

from __future__ import annotations

import hmac
import html
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from localhub import errors
from localhub.errors import HubError
from localhub.oauth import (
    SCOPE_TEXT,
    SESSION_COOKIE,
    AuthorizeRequest,
    OAuthError,
    Provider,
    authorize_params,
    with_query,
)
from localhub.page_shell import page
from localhub.routes.common import backend, form
from localhub.store import Store

SIGN_IN_HEADER = "localhub · Sign in with Hugging Face"


def openid_configuration(request: Request) -> Response:
    return JSONResponse(backend(request).provider.configuration())


def jwks(request: Request) -> Response:
    return JSONResponse(backend(request).provider.jwks())


def authorize(request: Request) -> Response:
    """The browser's side of sign-in. A refusal here is a page: never a redirect (RFC 6749 4.1.2.1)."""
    provider = backend(request).provider
    try:
        if request.method == "POST":
            return _consent_answer(request, provider)
        return _authorize_page(request, provider)
    except HubError as error:
        return HTMLResponse(error_page(error.message), error.status)


def _consent_answer(request: Request, provider: Provider) -> Response:
    fields = form(request)
    params = authorize_params(fields)
    auth_request = provider.authorize_request(params)
    user = provider.session_user(request.cookies.get(SESSION_COOKIE))
    token = str(fields.get("form_token", ""))
    if user is None or not hmac.compare_digest(
        token.encode(), provider.form_token(user, params).encode()
    ):
        raise errors.bad_request("The consent form expired: start signing in again")
    if fields.get("action") == "authorize":
        orgs = [str(org) for org in fields.getlist("orgs")]
        return RedirectResponse(provider.approve(auth_request, user=user, orgs=orgs), 302)
    return RedirectResponse(provider.deny(auth_request), 302)


def _authorize_page(request: Request, provider: Provider) -> Response:
    query = request.query_params
    params = authorize_params(query)
    auth_request = provider.authorize_request(params)
    store = backend(request).store
    if "login" in query:
        account = store.account(query["login"])
        if account is None or account.type != "user":
            raise errors.bad_request(f"Unknown user {query['login']!r}")
        response: Response = RedirectResponse(f"/oauth/authorize?{urlencode(params)}", 302)
        response.set_cookie(
            SESSION_COOKIE, provider.session_cookie(account.name), httponly=True, samesite="lax"
        )
        return response
    user = None if "switch" in query else provider.session_user(request.cookies.get(SESSION_COOKIE))
    if user is None:
        return HTMLResponse(choose_user_page(store, params, auth_request))
    return HTMLResponse(consent_page(store, provider, params, auth_request, user))


def token(request: Request) -> Response:
    fields = form(request)
    try:
        answer = backend(request).provider.exchange(
            {k: str(v) for k, v in fields.items()}, request.headers.get("authorization")
        )
    except OAuthError as error:
        headers = {"Cache-Control": "no-store"}
        if error.status == 401:
            headers["WWW-Authenticate"] = 'Basic realm="localhub"'
        return JSONResponse(
            {"error": error.error, "error_description": error.description},
            error.status,
            headers=headers,
        )
    return JSONResponse(answer, headers={"Cache-Control": "no-store"})


def userinfo(request: Request) -> Response:
    provider = backend(request).provider
    return JSONResponse(provider.userinfo(request.headers.get("authorization")))


# -- the pages ------------------------------------------------------------------------------------


def choose_user_page(store: Store, params: dict[str, str], request: AuthorizeRequest) -> str:
    buttons = "".join(
        f'<li><button type="submit" name="login" value="{html.escape(user.name)}" class="option">'
        f'<img src="/avatars/{html.escape(user.name)}.svg" alt="" width="40" height="40">'
        f"<span>Continue as <strong>{html.escape(user.name)}</strong>"
        f'<span class="detail">{html.escape(user.fullname)} · {html.escape(user.plan)} plan</span>'
        "</span></button></li>"
        for user in store.users()
    )
    body = f"""
<h1>Sign in to localhub</h1>
<p><strong>{html.escape(request.app.name)}</strong> wants you to sign in with Hugging Face.
localhub is a local stand-in for huggingface.co and has no passwords: choose who you are.</p>
<form method="get" action="/oauth/authorize">{_hidden_fields(params)}<ul class="choices">{buttons}</ul></form>"""
    return page("Sign in - localhub", body, header=SIGN_IN_HEADER)


def consent_page(
    store: Store,
    provider: Provider,
    params: dict[str, str],
    request: AuthorizeRequest,
    user: str,
) -> str:
    account = store.account(user)
    assert account is not None
    scopes = "".join(
        f"<li><code>{html.escape(s)}</code>: {html.escape(SCOPE_TEXT.get(s, 'Unknown scope'))}</li>"
        for s in request.scopes
    )
    memberships = store.memberships(user)
    if memberships:
        orgs = "".join(
            f'<li><label class="option"><input type="checkbox" name="orgs" value="{html.escape(org.name)}">'
            f"<span><strong>{html.escape(org.fullname)}</strong> <code>{html.escape(org.name)}</code>"
            f'<span class="detail">Your role: {html.escape(role.value)} · {html.escape(org.plan)} plan</span>'
            "</span></label></li>"
            for org, role in memberships
        )
        orgs_block = f"""<fieldset><legend>Organizations this app may act in</legend>
<p class="muted">Only the organizations you check are granted; you can sign in again to change this.</p>
<ul class="choices">{orgs}</ul></fieldset>"""
    else:
        orgs_block = '<p class="muted">You belong to no organization.</p>'
    switch = with_query("/oauth/authorize", **params, switch="1")
    body = f"""
<h1>Authorize {html.escape(request.app.name)}</h1>
<p>Signed in as <strong>{html.escape(account.name)}</strong> ({html.escape(account.fullname)}).
<a href="{html.escape(switch)}">Not you? Switch account</a></p>
<p><strong>{html.escape(request.app.name)}</strong> asks to:</p>
<ul>{scopes}</ul>
<form method="post" action="/oauth/authorize">
{_hidden_fields(params)}
<input type="hidden" name="form_token" value="{provider.form_token(user, params)}">
{orgs_block}
<p class="actions">
<button type="submit" name="action" value="authorize" class="primary">Authorize</button>
<button type="submit" name="action" value="cancel">Cancel</button>
</p>
</form>
<p class="muted">You will be sent back to <code>{html.escape(request.redirect_uri.split("?", 1)[0])}</code>.</p>"""
    return page(f"Authorize {request.app.name} - localhub", body, header=SIGN_IN_HEADER)


def error_page(message: str) -> str:
    body = f"""
<h1>Sign-in failed</h1>
<p class="error" role="alert">{html.escape(message)}</p>
<p class="muted">Nothing was shared with the app. Go back to it and sign in again.</p>"""
    return page("Sign-in failed - localhub", body, header=SIGN_IN_HEADER)


def _hidden_fields(params: dict[str, str]) -> str:
    return "".join(
        f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}">'
        for k, v in params.items()
    )


DISCOVERY = [Route("/.well-known/openid-configuration", openid_configuration)]
ROUTES = [
    Route("/authorize", authorize, methods=["GET", "POST"]),
    Route("/token", token, methods=["POST"]),
    Route("/jwks", jwks),
    Route("/userinfo", userinfo),
]
