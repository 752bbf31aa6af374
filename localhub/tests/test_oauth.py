"""Sign in with Hugging Face against localhub: the OpenID provider gradio and huggingface_hub meet.

The flow is driven two ways: by hand with httpx (every redirect, form and token checked), and by a
real Gradio app with a `gr.LoginButton` in headless Chromium.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import sqlite3
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from huggingface_hub.errors import HfHubHTTPError

from localhub.service import LocalHub
from localhub.testing import api, free_port, serving, unique

REDIRECT_URI = "http://127.0.0.1:9/login/callback"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"  # screenshots and the app's log


@dataclass(frozen=True)
class Client:
    """An OAuth app registered with localhub, as a Space would get it."""

    client_id: str
    client_secret: str
    redirect_uri: str = REDIRECT_URI


def register(
    hub: LocalHub, *, scopes: tuple[str, ...] = (), redirect_uris: tuple[str, ...] = ()
) -> Client:
    """Register a new OAuth app through localhub's control API."""
    client = Client(client_id=str(uuid.uuid4()), client_secret=f"secret-{uuid.uuid4().hex}")
    hub.control.add_oauth_app(
        client_id=client.client_id,
        client_secret=client.client_secret,
        name="Test app",
        redirect_uris=list(redirect_uris or (client.redirect_uri,)),
        scopes=list(scopes),
    )
    return client


@pytest.fixture(scope="module")
def client(hub) -> Client:
    return register(hub, scopes=("read-repos", "manage-repos"))


class FormReader(HTMLParser):
    """The inputs of the consent page's form: hidden fields and organization checkboxes."""

    def __init__(self) -> None:
        super().__init__()
        self.hidden: dict[str, str] = {}
        self.checkboxes: list[str] = []
        self.actions: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "input" and a.get("type") == "hidden":
            self.hidden[a["name"]] = a["value"]
        elif tag == "input" and a.get("type") == "checkbox":
            self.checkboxes.append(a["value"])
        elif tag == "button" and a.get("name") == "action":
            self.actions.append(a["value"])


def read_form(page: str) -> FormReader:
    reader = FormReader()
    reader.feed(page)
    return reader


@dataclass
class Consent:
    """The browser's side of one sign-in: its cookies and the consent page it reached."""

    browser: httpx.Client
    page: str
    form: FormReader

    def submit(self, action: str = "authorize", *, orgs: tuple[str, ...] = ()) -> httpx.Response:
        data: dict[str, Any] = {**self.form.hidden, "action": action, "orgs": list(orgs)}
        return self.browser.post("/oauth/authorize", data=data)


def authorize_params(client: Client, **overrides: str) -> dict[str, str]:
    return {
        "client_id": client.client_id,
        "redirect_uri": client.redirect_uri,
        "response_type": "code",
        "scope": "openid profile",
        "state": f"state-{uuid.uuid4().hex}",
        "nonce": f"nonce-{uuid.uuid4().hex}",
        **overrides,
    }


def reach_consent(hub: LocalHub, params: dict[str, str], *, user: str = "alice") -> Consent:
    """GET authorize, choose the user (sets the `localhub_session` cookie), GET the consent page."""
    browser = httpx.Client(base_url=hub.url, timeout=30)
    chooser = browser.get("/oauth/authorize", params=params)
    assert chooser.status_code == 200, chooser.text
    assert f'name="login" value="{user}"' in chooser.text
    chosen = browser.get("/oauth/authorize", params={**params, "login": user})
    assert chosen.status_code == 302
    assert "localhub_session" in browser.cookies
    consent = browser.get(chosen.headers["location"])
    assert consent.status_code == 200, consent.text
    return Consent(browser=browser, page=consent.text, form=read_form(consent.text))


def sign_in(
    hub: LocalHub, client: Client, *, user: str = "alice", orgs: tuple[str, ...] = (), **params: str
) -> dict[str, str]:
    """The whole browser side of the flow: the query the app's callback receives, and the nonce."""
    request = authorize_params(client, **params)
    answer = reach_consent(hub, request, user=user).submit(orgs=orgs)
    assert answer.status_code == 302, answer.text
    location = answer.headers["location"]
    assert location.startswith(client.redirect_uri + "?")
    callback = {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}
    assert callback["state"] == request["state"]
    return {**callback, "nonce": request["nonce"]}


def exchange(
    hub: LocalHub,
    client: Client,
    code: str,
    *,
    secret: str | None = None,
    redirect_uri: str | None = None,
) -> httpx.Response:
    """POST the code to the token endpoint with HTTP Basic client credentials."""
    return httpx.post(
        f"{hub.url}/oauth/token",
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": redirect_uri or client.redirect_uri,
        },
        auth=(client.client_id, secret if secret is not None else client.client_secret),
        timeout=30,
    )


def verified_claims(hub: LocalHub, id_token: str) -> dict[str, Any]:
    """The ID token's claims, after checking its RS256 signature against the published JWKS."""
    header_b64, claims_b64, signature_b64 = id_token.split(".")
    header = json.loads(unpadded_b64decode(header_b64))
    assert header["alg"] == "RS256"
    keys = httpx.get(f"{hub.url}/oauth/jwks", timeout=30).json()["keys"]
    jwk = next(key for key in keys if key["kid"] == header["kid"])
    public_key = rsa.RSAPublicNumbers(
        e=int.from_bytes(unpadded_b64decode(jwk["e"]), "big"),
        n=int.from_bytes(unpadded_b64decode(jwk["n"]), "big"),
    ).public_key()
    public_key.verify(
        unpadded_b64decode(signature_b64),
        f"{header_b64}.{claims_b64}".encode(),
        padding.PKCS1v15(),
        hashes.SHA256(),
    )
    return json.loads(unpadded_b64decode(claims_b64))


def unpadded_b64decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


# -- discovery and keys -------------------------------------------------------------------------


def test_discovery_document_names_the_endpoints_and_algorithms_clients_read(hub):
    config = httpx.get(f"{hub.url}/.well-known/openid-configuration", timeout=30).json()
    assert config["issuer"] == hub.url
    assert config["authorization_endpoint"] == f"{hub.url}/oauth/authorize"
    assert config["token_endpoint"] == f"{hub.url}/oauth/token"
    assert config["userinfo_endpoint"] == f"{hub.url}/oauth/userinfo"
    assert config["jwks_uri"] == f"{hub.url}/oauth/jwks"
    assert config["response_types_supported"] == ["code"]
    assert config["id_token_signing_alg_values_supported"] == ["RS256"]
    assert "client_secret_basic" in config["token_endpoint_auth_methods_supported"]
    assert {"openid", "profile", "read-repos", "manage-repos", "contribute-repos"} <= set(
        config["scopes_supported"]
    )
    assert {"preferred_username", "orgs"} <= set(config["claims_supported"])


def test_jwks_publishes_one_rs256_signing_key(hub):
    [key] = httpx.get(f"{hub.url}/oauth/jwks", timeout=30).json()["keys"]
    assert (key["kty"], key["alg"], key["use"], key["e"]) == ("RSA", "RS256", "sig", "AQAB")
    assert key["kid"]
    assert int.from_bytes(unpadded_b64decode(key["n"]), "big").bit_length() == 2048


# -- the authorization-code flow ----------------------------------------------------------------


def test_consent_page_lists_scopes_and_the_users_organizations(hub, client):
    consent = reach_consent(hub, authorize_params(client, scope="openid profile read-repos"))
    assert "Authorize Test app" in consent.page
    assert "Signed in as <strong>alice</strong>" in consent.page
    assert "<code>read-repos</code>" in consent.page
    assert consent.form.checkboxes == ["acme"]
    assert consent.form.actions == ["authorize", "cancel"]
    assert consent.form.hidden["form_token"]


def test_code_flow_gives_a_signed_id_token_naming_only_the_granted_organization(hub, client):
    callback = sign_in(hub, client, orgs=("acme",), scope="openid profile read-repos")
    answer = exchange(hub, client, callback["code"])
    assert answer.status_code == 200, answer.text
    assert answer.headers["cache-control"] == "no-store"
    tokens = answer.json()
    assert tokens["token_type"].lower() == "bearer"
    assert tokens["scope"] == "openid profile read-repos"
    assert 0 < tokens["expires_in"] <= 480 * 60

    claims = verified_claims(hub, tokens["id_token"])
    assert claims["iss"] == hub.url
    assert claims["aud"] == client.client_id
    assert claims["nonce"] == callback["nonce"]
    assert claims["iat"] <= time.time() < claims["exp"]
    assert claims["sub"]
    assert (claims["preferred_username"], claims["name"]) == ("alice", "Alice Martin")
    assert claims["profile"] == f"{hub.url}/alice"
    assert claims["picture"].startswith(hub.url)
    assert [(o["preferred_username"], o["roleInOrg"]) for o in claims["orgs"]] == [
        ("acme", "admin")
    ]

    me = api(hub, tokens["access_token"]).whoami()
    assert me["name"] == "alice"
    assert me["auth"]["type"] == "oauth"


def test_id_token_with_a_tampered_claim_fails_signature_verification(hub, client):
    callback = sign_in(hub, client)
    id_token = exchange(hub, client, callback["code"]).json()["id_token"]
    header, claims, signature = id_token.split(".")
    forged = json.loads(unpadded_b64decode(claims)) | {"preferred_username": "bob"}
    forged_b64 = base64.urlsafe_b64encode(json.dumps(forged).encode()).rstrip(b"=").decode()
    with pytest.raises(InvalidSignature):
        verified_claims(hub, f"{header}.{forged_b64}.{signature}")


def test_userinfo_answers_the_same_claims_for_the_access_token(hub, client):
    callback = sign_in(hub, client, orgs=("acme",))
    access_token = exchange(hub, client, callback["code"]).json()["access_token"]
    info = httpx.get(
        f"{hub.url}/oauth/userinfo",
        headers={"authorization": f"Bearer {access_token}"},
        timeout=30,
    ).json()
    assert info["preferred_username"] == "alice"
    assert [o["preferred_username"] for o in info["orgs"]] == ["acme"]
    refused = httpx.get(
        f"{hub.url}/oauth/userinfo", headers={"authorization": "Bearer hf_alice"}, timeout=30
    )
    assert refused.status_code == 401


def test_access_token_is_refused_for_writes_its_scopes_do_not_cover(hub, client):
    callback = sign_in(hub, client, orgs=("acme",), scope="openid profile read-repos")
    reader = api(hub, exchange(hub, client, callback["code"]).json()["access_token"])
    assert reader.whoami()["name"] == "alice"
    with pytest.raises(HfHubHTTPError, match="do not allow creating repos") as refused:
        reader.create_repo(f"alice/{unique()}", repo_type="space", space_sdk="gradio")
    assert refused.value.response.status_code == 403


def test_access_token_acts_only_in_organizations_granted_at_consent(hub, client):
    not_granted = sign_in(hub, client, scope="openid profile manage-repos")
    manager = api(hub, exchange(hub, client, not_granted["code"]).json()["access_token"])
    manager.create_repo(f"alice/{unique()}", repo_type="space", space_sdk="gradio")
    with pytest.raises(HfHubHTTPError, match="not granted access to the organization") as refused:
        manager.create_repo(f"acme/{unique()}", repo_type="space", space_sdk="gradio")
    assert refused.value.response.status_code == 403

    granted = sign_in(hub, client, orgs=("acme",), scope="openid profile manage-repos")
    org_manager = api(hub, exchange(hub, client, granted["code"]).json()["access_token"])
    org_manager.create_repo(f"acme/{unique()}", repo_type="space", space_sdk="gradio")


def test_consent_form_cannot_grant_an_organization_the_user_is_not_in(hub, client):
    consent = reach_consent(hub, authorize_params(client), user="carol")
    assert consent.form.checkboxes == []
    assert "You belong to no organization" in consent.page
    answer = consent.submit(orgs=("acme",))
    code = parse_qs(urlsplit(answer.headers["location"]).query)["code"][0]
    claims = verified_claims(hub, exchange(hub, client, code).json()["id_token"])
    assert (claims["preferred_username"], claims["orgs"]) == ("carol", [])


def test_client_secret_post_is_accepted_at_the_token_endpoint(hub, client):
    callback = sign_in(hub, client)
    answer = httpx.post(
        f"{hub.url}/oauth/token",
        data={
            "grant_type": "authorization_code",
            "code": callback["code"],
            "redirect_uri": client.redirect_uri,
            "client_id": client.client_id,
            "client_secret": client.client_secret,
        },
        timeout=30,
    )
    assert answer.status_code == 200, answer.text


def test_authlib_client_completes_the_flow_as_gradio_does(hub, client):
    from authlib.integrations.httpx_client import OAuth2Client

    config = httpx.get(f"{hub.url}/.well-known/openid-configuration", timeout=30).json()
    oauth = OAuth2Client(
        client.client_id,
        client.client_secret,
        scope="openid profile",
        redirect_uri=client.redirect_uri,
    )
    url, state = oauth.create_authorization_url(config["authorization_endpoint"], nonce="n-1")
    params = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    answer = reach_consent(hub, params).submit()
    tokens = oauth.fetch_token(
        config["token_endpoint"], authorization_response=answer.headers["location"], state=state
    )
    assert verified_claims(hub, tokens["id_token"])["nonce"] == "n-1"
    assert tokens["expires_at"] > time.time()


# -- refusals -----------------------------------------------------------------------------------


def test_code_is_single_use_and_a_second_exchange_is_invalid_grant(hub, client):
    code = sign_in(hub, client)["code"]
    assert exchange(hub, client, code).status_code == 200
    again = exchange(hub, client, code)
    assert again.status_code == 400
    assert again.json()["error"] == "invalid_grant"


def test_expired_code_is_invalid_grant(tmp_path):
    # Codes live 60 s; rather than wait, age the stored code in localhub's own database.
    with LocalHub(spaces="off", data=tmp_path / "hubdata") as own_hub:
        own_client = register(own_hub)
        code = sign_in(own_hub, own_client)["code"]
        with sqlite3.connect(tmp_path / "hubdata" / "hub.sqlite3") as db:
            aged = db.execute("UPDATE oauth_codes SET expires_at = ?", (time.time() - 1,))
            assert aged.rowcount == 1
        answer = exchange(own_hub, own_client, code)
    assert answer.status_code == 400
    assert answer.json()["error"] == "invalid_grant"
    assert "expired" in answer.json()["error_description"]


def test_wrong_client_secret_is_401_invalid_client_and_keeps_the_code(hub, client):
    code = sign_in(hub, client)["code"]
    wrong = exchange(hub, client, code, secret="not-the-secret")
    assert wrong.status_code == 401
    assert wrong.json()["error"] == "invalid_client"
    assert wrong.headers["www-authenticate"].startswith("Basic")
    assert exchange(hub, client, code).status_code == 200


def test_client_secret_outside_ascii_is_invalid_client_not_a_server_error(hub, client):
    code = sign_in(hub, client)["code"]
    answer = exchange(hub, client, code, secret="sécret")
    assert answer.status_code == 401
    assert answer.json()["error"] == "invalid_client"


def test_pkce_code_verifier_must_match_the_s256_challenge(hub, client):
    verifier = "v" * 50
    challenge = (
        base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    )
    pkce = {"code_challenge": challenge, "code_challenge_method": "S256"}
    for sent, status in (("w" * 50, 400), (verifier, 200)):
        code = sign_in(hub, client, **pkce)["code"]
        answer = httpx.post(
            f"{hub.url}/oauth/token",
            data={
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": client.redirect_uri,
                "code_verifier": sent,
            },
            auth=(client.client_id, client.client_secret),
            timeout=30,
        )
        assert answer.status_code == status, answer.text


def test_pkce_plain_challenge_is_refused_at_authorize(hub, client):
    params = authorize_params(client, code_challenge="v" * 50)
    answer = httpx.get(f"{hub.url}/oauth/authorize", params=params, timeout=30)
    assert answer.status_code == 400
    assert "code_challenge_method=S256" in answer.text


def test_user_choice_ignores_case_and_signs_in_the_account_as_named(hub, client):
    request = authorize_params(client)
    browser = httpx.Client(base_url=hub.url, timeout=30)
    chosen = browser.get("/oauth/authorize", params={**request, "login": "ALICE"})
    consent_page = browser.get(chosen.headers["location"]).text
    consent = Consent(browser=browser, page=consent_page, form=read_form(consent_page))
    assert consent.form.checkboxes == ["acme"]
    code = parse_qs(urlsplit(consent.submit(orgs=("acme",)).headers["location"]).query)
    claims = verified_claims(hub, exchange(hub, client, code["code"][0]).json()["id_token"])
    assert claims["preferred_username"] == "alice"
    assert [o["preferred_username"] for o in claims["orgs"]] == ["acme"]


def test_an_organization_cannot_be_chosen_as_the_user_signing_in(hub, client):
    params = {**authorize_params(client), "login": "acme"}
    answer = httpx.get(f"{hub.url}/oauth/authorize", params=params, timeout=30)
    assert answer.status_code == 400
    assert "set-cookie" not in answer.headers
    assert "Unknown user" in answer.text


def test_unregistered_redirect_uri_at_authorize_is_a_400_page_and_no_redirect(hub, client):
    params = authorize_params(client, redirect_uri="http://127.0.0.1:9/elsewhere")
    answer = httpx.get(f"{hub.url}/oauth/authorize", params=params, timeout=30)
    assert answer.status_code == 400
    assert "location" not in answer.headers
    assert answer.headers["content-type"].startswith("text/html")
    assert "is not registered" in answer.text


def test_different_redirect_uri_at_token_is_invalid_grant(hub):
    two_uris = register(hub, redirect_uris=(REDIRECT_URI, "http://localhost:9/login/callback"))
    code = sign_in(hub, two_uris)["code"]
    answer = exchange(hub, two_uris, code, redirect_uri="http://localhost:9/login/callback")
    assert answer.status_code == 400
    assert answer.json()["error"] == "invalid_grant"
    assert "redirect_uri" in answer.json()["error_description"]


def test_cancel_at_consent_returns_access_denied_with_state(hub, client):
    request = authorize_params(client)
    answer = reach_consent(hub, request).submit("cancel", orgs=("acme",))
    assert answer.status_code == 302
    location = urlsplit(answer.headers["location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == client.redirect_uri
    query = parse_qs(location.query)
    assert query["error"] == ["access_denied"]
    assert query["state"] == [request["state"]]
    assert "code" not in query


def test_unknown_client_id_is_a_400_page_and_no_redirect(hub, client):
    params = authorize_params(client, client_id="no-such-app")
    answer = httpx.get(f"{hub.url}/oauth/authorize", params=params, timeout=30)
    assert answer.status_code == 400
    assert "location" not in answer.headers
    assert "Unknown OAuth app" in answer.text


def test_consent_form_with_a_forged_form_token_is_refused(hub, client):
    consent = reach_consent(hub, authorize_params(client))
    consent.form.hidden["form_token"] = "0" * 64
    answer = consent.submit(orgs=("acme",))
    assert answer.status_code == 400
    assert "location" not in answer.headers


# -- a real Gradio app with a LoginButton, in headless Chromium ----------------------------------

GRADIO_APP = """
import os

import gradio as gr
from huggingface_hub import HfApi


def who_is_signed_in(profile: gr.OAuthProfile | None, token: gr.OAuthToken | None) -> str:
    if profile is None or token is None:
        return "Signed out"
    name = HfApi(endpoint=os.environ["HF_ENDPOINT"], token=token.token).whoami()["name"]
    orgs = ", ".join(org["preferred_username"] for org in profile.get("orgs", []))
    return f"Signed in as {profile.username}; token works for {name}; orgs: {orgs or 'none'}"


with gr.Blocks() as demo:
    gr.LoginButton()
    status = gr.Markdown(elem_id="status")
    demo.load(who_is_signed_in, None, status)

demo.launch()
"""


@pytest.fixture(scope="module")
def gradio_app(hub, tmp_path_factory) -> Iterator[str]:
    """A Gradio app signing in through localhub as a Space would; yields its URL."""
    port = free_port()
    client = register(
        hub,
        redirect_uris=(
            f"http://127.0.0.1:{port}/login/callback",
            f"http://localhost:{port}/login/callback",
        ),
    )
    folder = tmp_path_factory.mktemp("gradio-app")
    (folder / "app.py").write_text(GRADIO_APP)
    ARTIFACTS.mkdir(exist_ok=True)
    env = {key: value for key, value in os.environ.items() if key != "SPACE_HOST"}
    env |= {
        "SYSTEM": "spaces",
        "SPACE_ID": "someone/app",
        "OAUTH_CLIENT_ID": client.client_id,
        "OAUTH_CLIENT_SECRET": client.client_secret,
        "OAUTH_SCOPES": "openid profile",
        "OPENID_PROVIDER_URL": hub.url,
        "HF_ENDPOINT": hub.url,
        "GRADIO_SERVER_PORT": str(port),
        "GRADIO_SERVER_NAME": "127.0.0.1",
        "GRADIO_ANALYTICS_ENABLED": "False",
        "HF_HUB_DISABLE_TELEMETRY": "1",
        "NO_PROXY": "127.0.0.1,localhost",
    }
    with serving(
        [sys.executable, "app.py"],
        url=f"http://127.0.0.1:{port}",
        cwd=folder,
        env=env,
        log=ARTIFACTS / "oauth-gradio-app.log",
    ) as url:
        yield url


def tab_to(page, target, *, most: int = 10) -> None:
    """Press Tab until `target` has the keyboard focus, as a keyboard user would."""
    for _ in range(most):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"{target} is not reachable with Tab")


def settled_status(page):
    """The handler's Markdown output, once gradio no longer fades it as pending."""
    from playwright.sync_api import expect

    status = page.locator("#status")
    expect(status.get_by_test_id("markdown-wrapper")).to_have_css("opacity", "1", timeout=30_000)
    return status


def screenshot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / name, full_page=True)


@pytest.mark.browser
def test_gradio_login_button_signs_in_through_consent_with_the_keyboard(gradio_app, browser_page):
    from playwright.sync_api import expect

    page = browser_page
    page.goto(gradio_app)
    expect(settled_status(page)).to_have_text("Signed out")
    page.get_by_text("Sign in with Hugging Face").click()
    page.get_by_role("button", name="Continue as alice").click()

    expect(page.get_by_role("heading", name="Authorize Test app")).to_be_visible()
    organization = page.get_by_role("checkbox", name="Acme Research")
    tab_to(page, organization)
    page.keyboard.press("Space")
    expect(organization).to_be_checked()
    authorize = page.get_by_role("button", name="Authorize")
    tab_to(page, authorize)
    screenshot(page, "oauth-consent-keyboard.png")
    page.keyboard.press("Enter")

    page.wait_for_url(f"{gradio_app}/")
    # Not the LoginButton's label: gradio 6.31 leaves it unchanged when the ID token carries orgs.
    expect(settled_status(page)).to_have_text(
        "Signed in as alice; token works for alice; orgs: acme"
    )
    screenshot(page, "oauth-signed-in.png")


@pytest.mark.browser
def test_cancel_at_consent_leaves_the_gradio_user_signed_out(gradio_app, browser_page):
    from playwright.sync_api import expect

    page = browser_page
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(gradio_app)
    page.get_by_text("Sign in with Hugging Face").click()
    page.get_by_role("button", name="Continue as alice").click()
    page.get_by_role("checkbox", name="Acme Research").check()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), (
        "the consent page scrolls sideways at phone width"
    )
    screenshot(page, "oauth-consent-phone.png")
    page.get_by_role("button", name="Cancel").click()
    # gradio's callback answers access_denied with a bare 500 page; the user goes back to the app.
    page.wait_for_url(re.compile(r"/login/callback\?.*error=access_denied"))

    page.goto(gradio_app)
    expect(settled_status(page)).to_have_text("Signed out")
    screenshot(page, "oauth-cancelled.png")
