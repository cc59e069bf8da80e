"""C2PA provenance: every MP4 we write says, in a signed manifest, that a trained algorithm
made it; ``verify`` reads it back.

The manifest (C2PA 2.x, written with c2pa-python 0.38) holds one ``c2pa.actions``
assertion: action ``c2pa.created``, ``digitalSourceType`` IPTC's *trainedAlgorithmicMedia*,
and the software agent "Kinetoscope <version>"; plus the title (the file name unless
given; it is public metadata, so a caller that passes the prompt publishes it) and the
hard binding (a hash of the MP4's boxes) that c2pa adds. Nothing else: no user name, no
path, no key material.

Signing is offline: no timestamp authority (so the signature carries no trusted time) and
no OCSP. The key and certificate are the user's own (``key_paths``: a PEM private key and a
PEM certificate chain, leaf first) or, by default, a local CA and an end-entity certificate
that the package creates once in ``$KINETOSCOPE_HOME/c2pa`` (``~/.config/kinetoscope/c2pa``
when unset), with ``cryptography``:

- ``ca.pem``: a P-256 CA, "Kinetoscope local CA" (its private key is discarded once the
  leaf is signed, so no one, not even this machine, can issue more certificates under it);
- ``signer.pem`` (leaf + CA) and ``signer.key`` (mode 0600): an ES256 end-entity
  certificate with extended key usage *emailProtection*.

Why that shape: c2pa-python 0.38 refuses to sign with a self-signed certificate, and of the
extended key usages it validates emailProtection (documentSigning signs, then fails its
own validation), so a two-level chain with emailProtection is what reads back as valid.
Readers that do not trust our local CA report the signature intact but the signer
untrusted; ``verify`` adds the local CA (and any ``trust_anchors`` given) as trust anchors.

``verify`` statuses: ``valid`` (intact manifest; ``trusted`` says whether the signer chains
to a trust anchor), ``tampered`` (a hash or the claim signature no longer matches: the file
was edited after signing), ``invalid`` (a manifest that cannot be validated: bad or expired
certificate, unreadable manifest), ``absent`` (no manifest: never signed, or re-encoded).
"""

from __future__ import annotations

import datetime
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from kinetoscope import __version__
from kinetoscope.errors import UserError

SOURCE_TYPE = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
SOFTWARE = "Kinetoscope"

# Failure codes that mean "the bytes changed after signing" rather than "bad signer".
_TAMPER_CODES = (
    "assertion.dataHash.mismatch",
    "assertion.bmffHash.mismatch",
    "assertion.boxesHash.mismatch",
    "assertion.hashedURI.mismatch",
    "claimSignature.mismatch",
    "assertion.collectionHash.mismatch",
)
_UNTRUSTED = "signingCredential.untrusted"


@dataclass(frozen=True)
class KeyPaths:
    """A signing identity: PEM private key and PEM certificate chain (leaf first)."""

    key: Path
    cert: Path

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", Path(self.key))
        object.__setattr__(self, "cert", Path(self.cert))


@dataclass(frozen=True)
class VerifyResult:
    status: str  # "valid" | "tampered" | "invalid" | "absent"
    details: str  # one or more lines for people
    manifest: dict | None  # the active manifest as c2pa reports it
    trusted: bool = False  # valid and chained to a trust anchor


# ----------------------------------------------------------------------------- credentials


def home() -> Path:
    """Kinetoscope's per-user folder: ``$KINETOSCOPE_HOME`` or ``~/.config/kinetoscope``."""
    env = os.environ.get("KINETOSCOPE_HOME")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(base) / "kinetoscope"


def credentials_dir() -> Path:
    return home() / "c2pa"


def _name(common_name: str):
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Kinetoscope (local, unverified)"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def _key_usage(*, sign: bool, ca: bool):
    from cryptography import x509

    return x509.KeyUsage(
        digital_signature=sign,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )


def _make_credentials(folder: Path) -> None:
    """Write ca.pem, signer.pem and signer.key into ``folder`` (which must exist)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID

    now = datetime.datetime.now(datetime.timezone.utc)
    start = now - datetime.timedelta(days=1)  # tolerate a slightly wrong clock
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = _name("Kinetoscope local CA")
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(now + datetime.timedelta(days=20 * 365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(sign=False, ca=True), critical=True)
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (
        x509.CertificateBuilder()
        .subject_name(_name("Kinetoscope signer"))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(now + datetime.timedelta(days=10 * 365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(sign=True, ca=False), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    (folder / "ca.pem").write_bytes(ca.public_bytes(pem))
    (folder / "signer.pem").write_bytes(leaf.public_bytes(pem) + ca.public_bytes(pem))
    fd = os.open(folder / "signer.key", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(
            key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        )


def default_credentials() -> KeyPaths:
    """The local signing identity, created on first use (atomically: two processes racing
    both end up with the same one)."""
    folder = credentials_dir()
    if not (folder / "signer.key").exists():
        try:
            folder.parent.mkdir(parents=True, exist_ok=True)
            tmp = Path(tempfile.mkdtemp(prefix=".c2pa-", dir=folder.parent))
            _make_credentials(tmp)
            try:
                os.rename(tmp, folder)  # fails if another process made it first
            except OSError:
                for p in tmp.iterdir():
                    p.unlink()
                tmp.rmdir()
        except OSError as e:
            raise UserError(
                f"Cannot create the local signing certificate in {folder} ({e.strerror or e}); "
                "set KINETOSCOPE_HOME to a writable folder or pass your own key and certificate."
            ) from None
    if not (folder / "signer.key").exists():
        raise UserError(
            f"{folder} exists but holds no signer.key; remove the folder to recreate it."
        )
    return KeyPaths(folder / "signer.key", folder / "signer.pem")


def _signing_alg(key_pem: bytes) -> str:
    """es256/es384/es512/ed25519/ps256 from the private key's type."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa

    key = serialization.load_pem_private_key(key_pem, password=None)
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return {"secp256r1": "es256", "secp384r1": "es384", "secp521r1": "es512"}[key.curve.name]
    if isinstance(key, ed25519.Ed25519PrivateKey):
        return "ed25519"
    if isinstance(key, rsa.RSAPrivateKey):
        return "ps256"
    raise ValueError(f"unsupported key type {type(key).__name__}")


# ----------------------------------------------------------------------------- sign


def manifest_definition(title: str) -> dict:
    """The manifest we sign: created by a trained algorithm, by this software; nothing else."""
    agent = {"name": SOFTWARE, "version": __version__}
    return {
        "claim_generator_info": [agent],
        "title": title,
        "format": "video/mp4",
        "assertions": [
            {
                "label": "c2pa.actions",
                "data": {
                    "actions": [
                        {
                            "action": "c2pa.created",
                            "digitalSourceType": SOURCE_TYPE,
                            "softwareAgent": agent,
                        }
                    ]
                },
            }
        ],
    }


def sign_mp4(
    path: str | os.PathLike, *, title: str | None = None, key_paths: KeyPaths | None = None
) -> None:
    """Embed a signed C2PA manifest in the MP4 at ``path``, in place and atomically."""
    import c2pa

    path = Path(path)
    if not path.is_file():
        raise UserError(f"Cannot sign {path}: no such file.")
    creds = key_paths or default_credentials()
    try:
        key_pem, cert_pem = creds.key.read_bytes(), creds.cert.read_bytes()
        alg = _signing_alg(key_pem)
    except (OSError, ValueError) as e:
        raise UserError(
            f"Cannot read the signing key {creds.key} or certificate {creds.cert} ({e}); "
            "give a PEM private key (P-256 recommended) and its PEM certificate chain."
        ) from None
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".c2pa.tmp", dir=path.parent)
    os.close(fd)
    try:
        info = c2pa.C2paSignerInfo(alg, cert_pem, key_pem, None)  # None: no timestamp authority
        with (
            c2pa.Signer.from_info(info) as signer,
            c2pa.Builder(manifest_definition(title or path.name)) as builder,
        ):
            with open(path, "rb") as src, open(tmp, "w+b") as dst:
                builder.sign(signer, "video/mp4", src, dst)
        os.replace(tmp, path)
    except c2pa.C2paError as e:
        raise UserError(
            f"Cannot sign {path}: {e}. A signing certificate must be issued by a CA (not "
            "self-signed) and carry the emailProtection extended key usage."
        ) from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


# ----------------------------------------------------------------------------- verify


def _trust_anchors(extra: list[str | os.PathLike] | None) -> str:
    pems = []
    local = credentials_dir() / "ca.pem"
    for p in [local, *(extra or [])]:
        if Path(p).is_file():
            pems.append(Path(p).read_text())
    return "".join(pems)


def _reader_context(trust_anchors: list[str | os.PathLike] | None):
    import c2pa

    settings = {"verify": {"ocsp_fetch": False, "remote_manifest_fetch": False}}
    anchors = _trust_anchors(trust_anchors)
    if anchors:
        settings["trust"] = {"user_anchors": anchors}
    return c2pa.Context(settings=c2pa.Settings.from_dict(settings))


def _describe(manifest: dict) -> list[str]:
    lines = []
    sig = manifest.get("signature_info") or {}
    if sig:
        lines.append(
            f"signer: {sig.get('common_name', '?')} (issuer {sig.get('issuer', '?')}, {sig.get('alg', '?')})"
        )
    if manifest.get("title"):
        lines.append(f"title: {manifest['title']}")
    gens = [
        f"{g.get('name', '?')} {g.get('version', '')}".strip()
        for g in manifest.get("claim_generator_info", [])
    ]
    if gens:
        lines.append(f"claim generator: {', '.join(gens)}")
    for a in manifest.get("assertions", []):
        if not a.get("label", "").startswith("c2pa.actions"):
            continue
        for act in a.get("data", {}).get("actions", []):
            agent = act.get("softwareAgent")
            agent = (
                f"{agent.get('name', '?')} {agent.get('version', '')}".strip()
                if isinstance(agent, dict)
                else agent
            )
            lines.append(
                f"action: {act.get('action')} (source {act.get('digitalSourceType', 'unspecified')}; "
                f"software agent {agent or 'unspecified'})"
            )
    return lines


def verify(
    path: str | os.PathLike, *, trust_anchors: list[str | os.PathLike] | None = None
) -> VerifyResult:
    """Read and validate the C2PA manifest of ``path``; see the module doc for statuses."""
    import c2pa

    path = Path(path)
    if not path.is_file():
        raise UserError(f"Cannot verify {path}: no such file.")
    try:
        with c2pa.Reader(str(path), context=_reader_context(trust_anchors)) as reader:
            state = reader.get_validation_state() or ""
            results = reader.get_validation_results() or {}
            manifest = reader.get_active_manifest()
    except c2pa.C2paError as e:
        text = str(e)
        if (
            "ManifestNotFound" in type(e).__name__
            or "ManifestNotFound" in text
            or "no JUMBF" in text
        ):
            return VerifyResult(
                "absent", "no C2PA manifest (never signed, or re-encoded since).", None
            )
        if "NotSupported" in type(e).__name__ or "NotSupported" in text:
            return VerifyResult(
                "absent", f"no C2PA manifest readable in this format ({text}).", None
            )
        return VerifyResult("invalid", f"a C2PA manifest that cannot be read: {text}", None)
    except OSError as e:
        raise UserError(f"Cannot read {path} ({e.strerror or e}).") from None
    failures = (results.get("activeManifest") or {}).get("failure", [])
    codes = [f.get("code", "") for f in failures]
    lines = _describe(manifest or {})
    if any(c in _TAMPER_CODES or c.endswith(".mismatch") for c in codes):
        why = "; ".join(f"{f.get('code')}: {f.get('explanation', '')}" for f in failures)
        return VerifyResult(
            "tampered",
            "\n".join([f"the file changed after it was signed ({why})", *lines]),
            manifest,
        )
    if state in ("Valid", "Trusted") and all(c == _UNTRUSTED for c in codes):
        trusted = state == "Trusted"
        head = (
            "intact manifest, signer trusted"
            if trusted
            else "intact manifest; the signer is not in this machine's trust list (a local or unknown CA)"
        )
        return VerifyResult("valid", "\n".join([head, *lines]), manifest, trusted)
    why = "; ".join(f"{f.get('code')}: {f.get('explanation', '')}" for f in failures) or state
    return VerifyResult(
        "invalid", "\n".join([f"the manifest does not validate ({why})", *lines]), manifest
    )


def manifest_json(path: str | os.PathLike) -> str:
    """The full manifest store of ``path`` as c2pa's JSON (for debugging)."""
    import c2pa

    with c2pa.Reader(str(path), context=_reader_context(None)) as reader:
        return json.dumps(json.loads(reader.json()), indent=1)
