"""Workarounds for defects of gradio 6.31, all in one place.

Each has a test in `tests/test_gradio_workarounds.py` that checks the defect itself on gradio as
installed, and fails once gradio fixes it: then delete the workaround here and its test.

- `SignInFixes`: the LoginButton drops every deploy-link parameter after the first, and an OAuth
  error (Cancel on the consent page) gets a bare 500.
- `is_mocked_sign_in`: run outside a Space, gradio mocks the sign-in and hands handlers a made-up
  token that the Hub refuses; the page then deploys with the machine's own token.
- `quiet_spaces_reloader`: with `SYSTEM=spaces` (sandbox mode) gradio starts the Spaces
  hot-reloader, whose thread dies with a traceback without the `spaces` package.
- `DROPDOWN_KEYBOARD`: a gradio dropdown chosen with the keyboard drops the focus to the page's
  body, and one left with Tab keeps its options open over the page.
- `login_button`: the LoginButton's page-load check reads the session through `gr.Request`, which
  cannot wrap a list: with the Hub's `orgs` claim in the session, every signed-in page load
  writes a traceback to the server log.
- `edited`: a textbox's `input` event fires for keystrokes only, never for a pasted or dropped
  value, so the plan and Deploy's state would go on describing the form as it was.
"""

from __future__ import annotations

import threading
from typing import Any
from urllib.parse import parse_qs, parse_qsl, urlencode

from starlette.responses import RedirectResponse
from starlette.types import ASGIApp, Receive, Scope, Send

GRADIO_VERSION = "6.31"
# What gradio 6.31's mocked sign-in hands handlers as the OAuth token (`gradio/oauth.py`).
MOCK_TOKEN = "mock-oauth-token-for-local-dev"
RELOADER_FAILURE = "`spaces` package is required"  # gradio/utils.py, watchfn_spaces


class SignInFixes:
    """Two gaps in gradio 6.31's sign-in, mended before gradio sees the request:

    - the LoginButton sends `/login/huggingface?_target_url=/?owner=x&name=y` unencoded, so every
      deploy-link parameter after the first is lost: they are folded back into `_target_url`;
    - an OAuth error (Cancel on the consent page) gets a bare 500: the person is sent home instead.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        query = scope.get("query_string", b"").decode()
        if scope["path"] == "/login/callback" and "error" in parse_qs(query):
            await RedirectResponse("/?signin=cancelled", 302)(scope, receive, send)
            return
        if scope["path"] == "/login/huggingface":
            pairs = parse_qsl(query, keep_blank_values=True)
            target = dict(pairs).get("_target_url")
            extra = [(k, v) for k, v in pairs if not k.startswith("_")]
            if target is not None and extra:
                target += ("&" if "?" in target else "?") + urlencode(extra)
                kept = [(k, v) for k, v in pairs if k.startswith("_") and k != "_target_url"]
                scope = {
                    **scope,
                    "query_string": urlencode([("_target_url", target), *kept]).encode(),
                }
        await self.app(scope, receive, send)


def edited(component: Any) -> Any:
    """The event of a person editing `component`: its `input`, but a textbox's `change` (which
    also hears a pasted value; the page sets none of the form's textboxes but from a deploy
    link, at sign-in)."""
    import gradio as gr

    return component.change if isinstance(component, gr.Textbox) else component.input


def is_mocked_sign_in(token: str) -> bool:
    return token == MOCK_TOKEN


def quiet_spaces_reloader() -> None:
    """Drop the Spaces hot-reloader's dying traceback; any other thread's still shows."""
    default = threading.excepthook

    def hook(args: threading.ExceptHookArgs) -> None:
        if RELOADER_FAILURE in str(args.exc_value):
            return
        default(args)

    threading.excepthook = hook


def login_button(**options: Any) -> Any:
    """`gr.LoginButton(**options)` without its page-load check. In gradio 6.31 the check reads the
    session through `gr.Request`, which cannot wrap a list: with the Hub's `orgs` claim in the
    session every signed-in page load writes a traceback to the server log (and the check is a
    public API endpoint besides). The page says who is signed in itself and shows this button only
    to people who are not, so the label the check would set is never needed."""
    import gradio as gr

    button = gr.LoginButton(**options)
    button.load_event_to_attach = None  # read when the Blocks closes: nothing gets attached
    return button


# A script for the page's <head>: after Enter picks an option, the focus goes back to the dropdown
# (gradio 6.31 blurs it, so the next Tab starts from the top of the page); Tab away from open
# options closes them (gradio 6.31 closes them on blur, but not when Tab moves the focus on).
DROPDOWN_KEYBOARD = """
<script>
document.addEventListener('keydown', (event) => {
  const input = event.target.closest ? event.target.closest('input[role="combobox"]') : null;
  if (!input) return;
  if (event.key === 'Enter') {
    setTimeout(() => {
      if (document.activeElement !== document.body) return;
      input.focus();  // which opens the options again: Escape closes them
      input.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true}));
    }, 60);
  } else if (event.key === 'Tab' && input.getAttribute('aria-expanded') === 'true') {
    event.preventDefault();
    event.stopPropagation();  // gradio's own keydown handler would open them again
    const focusable = [...document.querySelectorAll(
      'a[href], button:not([disabled]), input:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'
    )].filter((element) => element.offsetParent !== null);
    const next = focusable[focusable.indexOf(input) + (event.shiftKey ? -1 : 1)];
    input.blur();
    if (next) setTimeout(() => next.focus(), 0);
  }
}, true);
</script>
"""
