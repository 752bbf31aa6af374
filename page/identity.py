"""Who is signed in, from gradio's OAuth session only: a token sent without a profile (an API
caller may put one in the request body) proves nothing."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from huggingface_hub import get_token

from deployer import HubClient, SignIn
from page.gradio_workarounds import is_mocked_sign_in

if TYPE_CHECKING:
    import gradio as gr

ON_SPACES = os.environ.get("SYSTEM") == "spaces" and bool(os.environ.get("SPACE_ID"))
# Outside a Space gradio mocks the sign-in, and the page deploys with the machine's own token.
LOCAL_TOKEN = None if ON_SPACES else get_token()
# The form's questions (is this name free?) are asked as a person types: they give up sooner.
LOOKUP_TIMEOUT, LOOKUP_RETRY_BUDGET = 15.0, 5.0
# Signing in waits as long as a deploy's own Hub calls do: a slow Hub must not sign people out.
ACCOUNT_TIMEOUT, ACCOUNT_RETRY_BUDGET = 30.0, 10.0


@dataclass(frozen=True)
class Identity:
    user: str
    name: str
    token: str = field(repr=False)
    sign_in: SignIn
    local: bool = False  # the login is mocked and the machine's own token is used

    def lookups(self) -> HubClient:
        """A client for the form's read-only questions."""
        return HubClient(self.token, timeout=LOOKUP_TIMEOUT, retry_budget=LOOKUP_RETRY_BUDGET)

    def account(self) -> HubClient:
        """A client for reading the account on sign-in."""
        return HubClient(self.token, timeout=ACCOUNT_TIMEOUT, retry_budget=ACCOUNT_RETRY_BUDGET)


def identity(profile: gr.OAuthProfile | None, oauth_token: gr.OAuthToken | None) -> Identity | None:
    """The signed-in person, or None."""
    if profile is None or oauth_token is None:
        return None
    if is_mocked_sign_in(oauth_token.token):
        if not LOCAL_TOKEN:
            return None
        return Identity(profile.username, profile.name, LOCAL_TOKEN, SignIn(), local=True)
    orgs = tuple(
        str(o.get("preferred_username") or o.get("name")) for o in profile.get("orgs") or []
    )
    sign_in = SignIn(scopes=tuple((oauth_token.scope or "").split()), granted_orgs=orgs)
    return Identity(profile.username, profile.name, oauth_token.token, sign_in)
