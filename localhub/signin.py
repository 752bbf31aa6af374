"""Sign in to an app through localhub's consent page without a browser, as tests and benchmarks do.

The app's own `/login/huggingface` starts the flow; its `session` cookie is `Secure`, so no Python
client sends it back over plain http by itself: it is forwarded by hand at each step.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin

import httpx


class SignInFailed(RuntimeError):
    """A step of the flow did not answer as it should; the message says which."""


@dataclass(frozen=True)
class SignedIn:
    user: str
    cookie: str  # the app's `session` cookie
    answers: tuple[str, ...]  # every answer on the way (status, headers and body), for leak sweeps


def sign_in(app_url: str, user: str, *, orgs: tuple[str, ...] = ()) -> SignedIn:
    """Sign in as `user`, granting `orgs` on the consent page; returns the app's session."""
    answers: list[str] = []

    def kept(response: httpx.Response) -> httpx.Response:
        answers.append(f"{response.status_code} {dict(response.headers)}\n{response.text}")
        return response

    with httpx.Client(timeout=60) as browser:
        start = kept(browser.get(f"{app_url}/login/huggingface"))
        cookie = _session_cookie(start)
        if start.status_code not in (302, 307) or cookie is None:
            raise SignInFailed(
                f"{app_url}/login/huggingface answered {start.status_code} without a session"
            )
        authorize = start.headers["location"]
        chosen = kept(browser.get(f"{authorize}&login={user}"))
        consent = kept(browser.get(urljoin(authorize, chosen.headers.get("location", ""))))
        form = _ConsentForm()
        form.feed(consent.text)
        if "form_token" not in form.fields:
            raise SignInFailed(
                f"no consent form for {user}: {consent.status_code} {consent.text[:200]}"
            )
        answer = kept(
            browser.post(
                urljoin(authorize, "/oauth/authorize"),
                data={**form.fields, "action": "authorize", "orgs": list(orgs)},
            )
        )
        back = kept(
            browser.get(answer.headers["location"], headers={"Cookie": f"session={cookie}"})
        )
        signed = _session_cookie(back)
        if back.status_code not in (302, 307) or signed is None:
            raise SignInFailed(f"the app's /login/callback answered {back.status_code} for {user}")
    return SignedIn(user=user, cookie=signed, answers=tuple(answers))


class _ConsentForm(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.fields: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {key: value or "" for key, value in attrs}
        if tag == "input" and attributes.get("type") == "hidden":
            self.fields[attributes["name"]] = attributes["value"]


def _session_cookie(response: httpx.Response) -> str | None:
    for header in response.headers.get_list("set-cookie"):
        if header.startswith("session="):
            return header.split(";", 1)[0].split("=", 1)[1]
    return None
