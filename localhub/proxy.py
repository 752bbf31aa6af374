"""The HTTPS proxy of `python -m localhub run`: a program that addresses the Hub and its Spaces by
their real names reaches localhub instead, unmodified.

- `https://{subdomain}.hf.space` (and `{subdomain}.static.hf.space`, a static Space's address)
  reaches that Space's app on localhub (found through the Hub API, as the program's user sees it);
- `https://huggingface.co` reaches localhub itself;
- any other host passes through untouched (a plain tunnel), so the rest of the program's network
  works as before.

For the first two the proxy ends TLS itself, with a certificate for the name asked for, signed by
a certificate authority made for this run only. The run's program trusts it (`SSL_CERT_FILE` and
friends point at a bundle of the usual authorities plus this one); nothing else does, and its key
never leaves the run's temporary folder."""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import ssl
import threading
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

SPACE_DOMAIN = ".hf.space"
STATIC_SPACE_DOMAIN = ".static.hf.space"  # where the Hub serves static Spaces
HUB_HOSTS = ("huggingface.co", "hf.co")
MAX_HEAD = 64 * 1024


class SpaceNotFound(LookupError):
    """No Space of that address that the run's user may see, or one with no app to reach."""


class Authority:
    """A certificate authority for one run, and the certificates it signs for host names."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhub run")])
        now = datetime.datetime.now(datetime.UTC)
        self.certificate = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(self._key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=7))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    key_cert_sign=True,
                    crl_sign=True,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .sign(self._key, hashes.SHA256())
        )
        self.pem = folder / "localhub-run-ca.pem"
        self.pem.write_bytes(self.certificate.public_bytes(serialization.Encoding.PEM))
        self._contexts: dict[str, ssl.SSLContext] = {}
        self._lock = threading.Lock()

    def bundle(self, trusted: str | None) -> Path:
        """The authorities the program trusted already (`trusted`, a bundle file; else certifi's,
        else the system's) followed by this run's."""
        if trusted and Path(trusted).is_file():
            usual = Path(trusted).read_bytes()
        else:
            try:
                import certifi

                usual = Path(certifi.where()).read_bytes()
            except ImportError:
                usual = Path(ssl.get_default_verify_paths().openssl_cafile).read_bytes()
        bundle = self.folder / "ca-bundle.pem"
        bundle.write_bytes(usual.rstrip(b"\n") + b"\n" + self.pem.read_bytes())
        return bundle

    def context_for(self, host: str) -> ssl.SSLContext:
        with self._lock:
            if host not in self._contexts:
                self._contexts[host] = self._server_context(host)
            return self._contexts[host]

    def _server_context(self, host: str) -> ssl.SSLContext:
        key = ec.generate_private_key(ec.SECP256R1())
        now = datetime.datetime.now(datetime.UTC)
        certificate = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)]))
            .issuer_name(self.certificate.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=7))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
            .add_extension(
                x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
            )
            .sign(self._key, hashes.SHA256())
        )
        chain = self.folder / f"{host}.pem"
        chain.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
            + certificate.public_bytes(serialization.Encoding.PEM)
        )
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(chain)
        return context


class SpaceProxy:
    """The proxy, serving on 127.0.0.1 from a thread of its own until `close()`."""

    def __init__(
        self,
        *,
        hub_url: str,
        authority: Authority,
        space_address: Callable[[str], tuple[str, int]],
    ) -> None:
        """`space_address(subdomain)` is the host and port of the Space's app, or raises
        `SpaceNotFound`; it is called from a worker thread."""
        hub = urlsplit(hub_url)
        self.hub_address = (hub.hostname or "127.0.0.1", hub.port or 80)
        self.authority = authority
        self.space_address = space_address
        self._loop = asyncio.new_event_loop()
        started = threading.Event()
        self._server: asyncio.Server | None = None
        self._thread = threading.Thread(
            target=self._serve, args=(started,), name="localhub run proxy", daemon=True
        )
        self._thread.start()
        started.wait()
        assert self._server is not None
        self.url = f"http://127.0.0.1:{self._server.sockets[0].getsockname()[1]}"

    def close(self) -> None:
        if self._server is not None:
            self._loop.call_soon_threadsafe(self._server.close)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)

    def _serve(self, started: threading.Event) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(
            asyncio.start_server(self._connection, "127.0.0.1", 0)
        )
        started.set()
        self._loop.run_forever()

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await self._tunnel(reader, writer)
        except (
            ConnectionError,
            ssl.SSLError,
            asyncio.IncompleteReadError,
            asyncio.LimitOverrunError,
            OSError,
        ):
            pass  # one side went away: so does the other
        finally:
            with contextlib.suppress(Exception):
                writer.close()

    async def _tunnel(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        if len(head) > MAX_HEAD:
            raise ConnectionError("request head too long")
        method, target, *_ = head.split(b"\r\n", 1)[0].decode("latin-1").split(" ")
        if method != "CONNECT":
            await _answer(writer, 405, "localhub run proxies https:// only (CONNECT)")
            return
        host, _, port = target.rpartition(":")
        host = host.lower()
        if host in HUB_HOSTS:
            upstream = self.hub_address
        elif host.endswith(SPACE_DOMAIN):
            subdomain = host.removesuffix(STATIC_SPACE_DOMAIN).removesuffix(SPACE_DOMAIN)
            try:
                upstream = await asyncio.to_thread(self.space_address, subdomain)
            except SpaceNotFound as missing:
                await _answer(writer, 502, str(missing))
                return
        else:  # not localhub's: a plain tunnel to where the program meant to go
            upstream_reader, upstream_writer = await asyncio.open_connection(host, int(port))
            await _answer(writer, 200, "Connection established")
            await _pipe(reader, writer, upstream_reader, upstream_writer)
            return
        await _answer(writer, 200, "Connection established")
        await writer.start_tls(self.authority.context_for(host))
        upstream_reader, upstream_writer = await asyncio.open_connection(*upstream)
        await _pipe(reader, writer, upstream_reader, upstream_writer)


async def _answer(writer: asyncio.StreamWriter, status: int, reason: str) -> None:
    body = b"" if status == 200 else reason.encode() + b"\n"
    headers = "" if status == 200 else f"Content-Length: {len(body)}\r\n"
    writer.write(f"HTTP/1.1 {status} {reason}\r\n{headers}\r\n".encode() + body)
    await writer.drain()


async def _pipe(
    client_reader: asyncio.StreamReader,
    client_writer: asyncio.StreamWriter,
    upstream_reader: asyncio.StreamReader,
    upstream_writer: asyncio.StreamWriter,
) -> None:
    async def copy(source: asyncio.StreamReader, target: asyncio.StreamWriter) -> None:
        try:
            while data := await source.read(65536):
                target.write(data)
                await target.drain()
        finally:
            with contextlib.suppress(Exception):
                target.close()

    await asyncio.gather(
        copy(client_reader, upstream_writer),
        copy(upstream_reader, client_writer),
        return_exceptions=True,
    )
