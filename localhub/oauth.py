"""Sign in with Hugging Face: an OpenID Connect provider shaped like the Hub's.

Authorization-code flow only: the user and the organizations chosen on the consent page, one-time
codes that expire within a minute, `client_secret_basic` (or `_post`) at the token endpoint, RS256
ID tokens carrying the claims gradio and huggingface_hub read. The pages themselves (choose a user,
consent, errors) are in `localhub.routes.oauth`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from localhub import errors
from localhub.auth import authenticate
from localhub.store import OAuthAppRecord, Store

CODE_LIFETIME = 60.0
SPACE_TOKEN_LIFETIME = 3600.0
SESSION_COOKIE = "localhub_session"

SCOPE_TEXT = {
    "openid": "Sign you in and know who you are",
    "profile": "Read your username, full name and avatar",
    "email": "Read your email address",
    "read-repos": "Read your repos and those of the organizations you grant, private ones included",
    "write-repos": "Read and write your existing repos and those of the organizations you grant",
    "manage-repos": "Create and delete repos, with full access to them",
    "contribute-repos": "Create repos, and access only the repos this app creates (never your others)",
    "read-billing": "Know whether you have a payment method set up",
    "inference-api": "Make inference requests on your behalf",
    "jobs": "Run jobs on your behalf",
    "webhooks": "Manage your webhooks",
    "write-discussions": "Open discussions and pull requests on your behalf",
}


class OAuthError(Exception):
    """An error the token endpoint answers with (RFC 6749, section 5.2)."""

    def __init__(self, status: int, error: str, description: str) -> None:
        super().__init__(description)
        self.status = status
        self.error = error
        self.description = description


@dataclass(frozen=True)
class AuthorizeRequest:
    app: OAuthAppRecord
    redirect_uri: str
    scopes: tuple[str, ...]
    state: str
    nonce: str | None
    code_challenge: str | None


class Provider:
    def __init__(self, store: Store, *, endpoint: str) -> None:
        self.store = store
        self.endpoint = endpoint
        self._key = self._load_key()
        public = self._key.public_key().public_numbers()
        self.jwk = {
            "kty": "RSA",
            "use": "sig",
            "alg": "RS256",
            "n": _b64(public.n.to_bytes((public.n.bit_length() + 7) // 8, "big")),
            "e": _b64(public.e.to_bytes(3, "big")),
        }
        self.jwk["kid"] = hashlib.sha256(json.dumps(self.jwk, sort_keys=True).encode()).hexdigest()[
            :16
        ]
        secret = store.meta("session_secret")
        if secret is None:
            secret = secrets.token_hex(32)
            store.set_meta("session_secret", secret)
        self._secret = bytes.fromhex(secret)

    def _load_key(self) -> rsa.RSAPrivateKey:
        path = self.store.data_dir / "oauth-signing-key.pem"
        if path.exists():
            key = serialization.load_pem_private_key(path.read_bytes(), password=None)
            assert isinstance(key, rsa.RSAPrivateKey)
            return key
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        path.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        path.chmod(0o600)
        return key

    # -- discovery ------------------------------------------------------------------------------

    def configuration(self) -> dict[str, Any]:
        return {
            "issuer": self.endpoint,
            "authorization_endpoint": f"{self.endpoint}/oauth/authorize",
            "token_endpoint": f"{self.endpoint}/oauth/token",
            "userinfo_endpoint": f"{self.endpoint}/oauth/userinfo",
            "jwks_uri": f"{self.endpoint}/oauth/jwks",
            "response_types_supported": ["code"],
            "grant_types_supported": ["authorization_code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
            "code_challenge_methods_supported": ["S256"],
            "scopes_supported": list(SCOPE_TEXT),
            "claims_supported": ["sub", "name", "preferred_username", "profile", "picture", "orgs"],
        }

    def jwks(self) -> dict[str, Any]:
        return {"keys": [self.jwk]}

    # -- the authorize step ---------------------------------------------------------------------

    def authorize_request(self, params: dict[str, str]) -> AuthorizeRequest:
        """Checks what the browser brought; errors here are shown, never redirected (RFC 6749 4.1.2.1)."""
        app = self.store.oauth_app(params.get("client_id", ""))
        if app is None:
            raise errors.bad_request(
                "Unknown OAuth app (client_id): check the app's OAUTH_CLIENT_ID"
            )
        redirect_uri = params.get("redirect_uri", "")
        base_uri = redirect_uri.split("?", 1)[0]
        if base_uri not in app.redirect_uris:
            raise errors.bad_request(
                f"redirect_uri {base_uri!r} is not registered for the OAuth app {app.name!r}"
            )
        if params.get("response_type") != "code":
            raise errors.bad_request("Only response_type=code is supported")
        requested = tuple(dict.fromkeys(params.get("scope", "").split()))
        if "openid" not in requested:
            raise errors.bad_request("The scope must include openid")
        unknown = [s for s in requested if s not in app.scopes]
        if unknown:
            raise errors.bad_request(
                f"The OAuth app {app.name!r} may not ask for: {' '.join(unknown)}"
            )
        if "code_challenge" in params and params.get("code_challenge_method") != "S256":
            raise errors.bad_request(
                "PKCE needs code_challenge_method=S256 (plain is not supported)"
            )
        return AuthorizeRequest(
            app=app,
            redirect_uri=redirect_uri,
            scopes=requested,
            state=params.get("state", ""),
            nonce=params.get("nonce"),
            code_challenge=params.get("code_challenge"),
        )

    def session_user(self, cookie: str | None) -> str | None:
        """The user a signed `localhub_session` cookie names, if it is genuine."""
        if not cookie or "." not in cookie:
            return None
        user, _, signature = cookie.rpartition(".")
        if not hmac.compare_digest(signature, self._sign(f"session:{user}")):
            return None
        account = self.store.account(user)
        return account.name if account is not None and account.type == "user" else None

    def session_cookie(self, user: str) -> str:
        return f"{user}.{self._sign(f'session:{user}')}"

    def form_token(self, user: str, params: dict[str, str]) -> str:
        """Binds the consent form to the signed-in user and to the exact request (no CSRF)."""
        return self._sign("consent:" + user + ":" + json.dumps(params, sort_keys=True))

    def _sign(self, text: str) -> str:
        return hmac.new(self._secret, text.encode(), hashlib.sha256).hexdigest()

    def approve(self, request: AuthorizeRequest, *, user: str, orgs: list[str]) -> str:
        """Issue a one-time code; returns the URL to send the browser back to."""
        member_of = {org.name.lower(): org.name for org, _ in self.store.memberships(user)}
        granted = sorted({member_of[o.lower()] for o in orgs if o.lower() in member_of})
        code = secrets.token_urlsafe(32)
        self.store.put_oauth_code(
            code,
            {
                "client_id": request.app.client_id,
                "user": user,
                "scopes": list(request.scopes),
                "orgs": granted,
                "redirect_uri": request.redirect_uri,
                "nonce": request.nonce,
                "code_challenge": request.code_challenge,
            },
            CODE_LIFETIME,
        )
        return with_query(request.redirect_uri, code=code, state=request.state)

    @staticmethod
    def deny(request: AuthorizeRequest) -> str:
        return with_query(
            request.redirect_uri,
            error="access_denied",
            error_description="The user cancelled the sign-in",
            state=request.state,
        )

    # -- the token step -------------------------------------------------------------------------

    def exchange(self, form: dict[str, str], authorization: str | None) -> dict[str, Any]:
        client_id, client_secret = _client_credentials(form, authorization)
        app = self.store.oauth_app(client_id)
        if app is None or not hmac.compare_digest(
            app.client_secret.encode(), client_secret.encode()
        ):
            raise OAuthError(401, "invalid_client", "Unknown client or wrong client secret")
        if form.get("grant_type") != "authorization_code":
            raise OAuthError(400, "unsupported_grant_type", "Only authorization_code is supported")
        grant = self.store.take_oauth_code(form.get("code", ""))
        if grant is None or grant["client_id"] != client_id:
            raise OAuthError(
                400, "invalid_grant", "The code is unknown, used or expired: sign in again"
            )
        if form.get("redirect_uri") != grant["redirect_uri"]:
            raise OAuthError(
                400, "invalid_grant", "redirect_uri differs from the one used to authorize"
            )
        if grant.get("code_challenge"):
            verifier = form.get("code_verifier", "")
            if _b64(hashlib.sha256(verifier.encode()).digest()) != grant["code_challenge"]:
                raise OAuthError(
                    400, "invalid_grant", "code_verifier does not match the code_challenge"
                )
        lifetime = app.token_minutes * 60.0
        token, expires_at = self.store.issue_oauth_token(
            user=grant["user"],
            app=app.client_id,
            scopes=tuple(grant["scopes"]),
            orgs=tuple(grant["orgs"]),
            lifetime=lifetime,
        )
        now = int(time.time())
        claims = {
            "iss": self.endpoint,
            "aud": app.client_id,
            "iat": now,
            "exp": int(expires_at),
            "auth_time": now,
            **self.user_claims(grant["user"], grant["orgs"]),
        }
        if grant.get("nonce"):
            claims["nonce"] = grant["nonce"]
        return {
            "access_token": token,
            "token_type": "bearer",
            "expires_in": int(lifetime),
            "scope": " ".join(grant["scopes"]),
            "id_token": self.sign(claims),
        }

    def user_claims(self, user: str, orgs: list[str]) -> dict[str, Any]:
        account = self.store.account(user)
        assert account is not None
        roles = {org.name: (org, role) for org, role in self.store.memberships(user)}
        return {
            "sub": _subject(user),
            "name": account.fullname,
            "preferred_username": account.name,
            "profile": f"{self.endpoint}/{account.name}",
            "picture": f"{self.endpoint}/avatars/{account.name}.svg",
            "orgs": [
                {
                    "sub": _subject(name),
                    "name": roles[name][0].fullname,
                    "preferred_username": name,
                    "picture": f"{self.endpoint}/avatars/{name}.svg",
                    "roleInOrg": roles[name][1].value,
                    "isEnterprise": roles[name][0].plan == "enterprise",
                }
                for name in orgs
                if name in roles
            ],
        }

    def userinfo(self, authorization: str | None) -> dict[str, Any]:
        principal = authenticate(self.store, authorization)
        if principal is None or not principal.is_oauth:
            raise errors.unauthorized("userinfo needs an OAuth access token")
        return self.user_claims(principal.user, list(principal.token.orgs))

    def sign(self, claims: dict[str, Any]) -> str:
        header = {"alg": "RS256", "typ": "JWT", "kid": self.jwk["kid"]}
        signing_input = _b64(json.dumps(header).encode()) + "." + _b64(json.dumps(claims).encode())
        signature = self._key.sign(signing_input.encode(), padding.PKCS1v15(), hashes.SHA256())
        return signing_input + "." + _b64(signature)

    # -- Space tokens: what `GET /api/spaces/{id}/jwt` hands out for a Space's host -----------------

    def space_token(self, space_id: str, user: str) -> str:
        """A short-lived token that opens one Space's host (`?__sign=`) and nothing else: it is
        no Hub API token (the store does not know it)."""
        now = int(time.time())
        claims = {
            "sub": f"/spaces/{space_id}",
            "onBehalfOf": {"user": user},
            "iat": now,
            "exp": now + int(SPACE_TOKEN_LIFETIME),
        }
        return self.sign(claims)

    def opens_space(self, token: str, space_id: str) -> bool:
        """Whether `token` is a Space token of this localhub for `space_id`, not yet expired."""
        try:
            header, payload, signature = token.split(".")
            self._key.public_key().verify(
                _unb64(signature),
                f"{header}.{payload}".encode(),
                padding.PKCS1v15(),
                hashes.SHA256(),
            )
            claims = json.loads(_unb64(payload))
        except (ValueError, InvalidSignature):
            return False
        return (
            str(claims.get("sub", "")).lower() == f"/spaces/{space_id}".lower()
            and float(claims.get("exp", 0)) > time.time()
        )


AUTHORIZE_PARAMS = (
    "client_id",
    "redirect_uri",
    "response_type",
    "scope",
    "state",
    "nonce",
    "code_challenge",
    "code_challenge_method",
)


def authorize_params(source: Any) -> dict[str, str]:
    return {key: str(source[key]) for key in AUTHORIZE_PARAMS if key in source}


def _client_credentials(form: dict[str, str], authorization: str | None) -> tuple[str, str]:
    if authorization and authorization.lower().startswith("basic "):
        try:
            decoded = base64.b64decode(authorization[6:].strip()).decode()
        except (ValueError, UnicodeDecodeError):
            raise OAuthError(401, "invalid_client", "Malformed Basic credentials") from None
        client_id, _, client_secret = decoded.partition(":")
        return client_id, client_secret
    return form.get("client_id", ""), form.get("client_secret", "")


def _subject(name: str) -> str:
    return hashlib.sha256(f"sub:{name.lower()}".encode()).hexdigest()[:24]


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def with_query(url: str, **params: str | None) -> str:
    query = urlencode({k: v for k, v in params.items() if v is not None})
    return url + ("&" if "?" in url else "?") + query
