"""C2PA signing and verification, the detector, and the detect/verify commands."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from kinetoscope import __version__, provenance
from kinetoscope.cli import main
from kinetoscope.errors import UserError
from kinetoscope.media import read_video, write_video
from kinetoscope.safety import watermark as wm
from kinetoscope.safety.detect import detect


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    """Never touch the real ~/.config: each test gets its own KINETOSCOPE_HOME."""
    monkeypatch.setenv("KINETOSCOPE_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def world_video(frames=16):
    from kinetoscope.world import parse, render

    shots = parse(
        "a small green triangle at the bottom moves up, and a large yellow circle "
        "on the right bounces, on a black background."
    ).shots
    return render(shots, frames=frames)


@pytest.fixture
def mp4(tmp_path):
    return write_video(tmp_path / "clip.mp4", world_video(), 8)


def flip_mdat_bytes(path):
    data = bytearray(Path(path).read_bytes())
    i = data.find(b"mdat")
    assert i > 0
    for k in range(40, 48):
        data[i + k] ^= 0xFF
    Path(path).write_bytes(bytes(data))


def test_sign_then_verify_is_valid_and_says_what_made_it(mp4, home):
    frames_before = read_video(mp4).frames
    provenance.sign_mp4(mp4, title="a test clip")
    result = provenance.verify(mp4)
    assert result.status == "valid" and result.trusted
    m = result.manifest
    assert m["title"] == "a test clip"
    actions = [a for a in m["assertions"] if a["label"].startswith("c2pa.actions")][0]["data"][
        "actions"
    ]
    assert actions[0]["action"] == "c2pa.created"
    assert actions[0]["digitalSourceType"] == provenance.SOURCE_TYPE
    assert actions[0]["softwareAgent"] == {"name": "Kinetoscope", "version": __version__}
    assert "Kinetoscope signer" in result.details and "c2pa.created" in result.details
    # no secrets and nothing about the user in the manifest
    text = json.dumps(m)
    assert "PRIVATE" not in text and str(home) not in text and str(mp4.parent) not in text
    # signing changes metadata only
    assert np.array_equal(read_video(mp4).frames, frames_before)


def test_local_credentials_are_made_once(mp4, home):
    provenance.sign_mp4(mp4)
    folder = home / "c2pa"
    key = (folder / "signer.key").read_bytes()
    assert (folder / "signer.key").stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in folder.iterdir()) == ["ca.pem", "signer.key", "signer.pem"]
    provenance.sign_mp4(write_video(mp4.parent / "second.mp4", world_video(4), 8))
    assert (folder / "signer.key").read_bytes() == key


def test_tampered_reencoded_and_unsigned_are_not_valid(mp4, tmp_path):
    assert provenance.verify(mp4).status == "absent"
    provenance.sign_mp4(mp4)
    tampered = tmp_path / "tampered.mp4"
    shutil.copy(mp4, tampered)
    flip_mdat_bytes(tampered)
    result = provenance.verify(tampered)
    assert result.status == "tampered" and "mismatch" in result.details
    reencoded = write_video(tmp_path / "re.mp4", read_video(mp4).frames, 8, crf=28)
    assert provenance.verify(reencoded).status == "absent"


def test_users_own_key_and_trust_anchor(mp4, tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    provenance._make_credentials(mine)  # stands in for a CA-issued certificate of the user's
    keys = provenance.KeyPaths(mine / "signer.key", mine / "signer.pem")
    provenance.sign_mp4(mp4, key_paths=keys)
    untrusted = provenance.verify(mp4)
    assert untrusted.status == "valid" and not untrusted.trusted
    assert provenance.verify(mp4, trust_anchors=[mine / "ca.pem"]).trusted


def test_refused_certificate_leaves_the_file_untouched(mp4, tmp_path):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    import datetime

    key = ec.generate_private_key(ec.SECP256R1())
    name = provenance._name("self-signed")
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    (tmp_path / "k.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    (tmp_path / "c.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    before = mp4.read_bytes()
    with pytest.raises(UserError, match="Cannot sign .*certificate"):
        provenance.sign_mp4(
            mp4, key_paths=provenance.KeyPaths(tmp_path / "k.pem", tmp_path / "c.pem")
        )
    assert mp4.read_bytes() == before
    assert sorted(p.name for p in mp4.parent.iterdir() if p.suffix != ".pem") == ["clip.mp4"]
    with pytest.raises(UserError):
        provenance.sign_mp4(tmp_path / "missing.mp4")


@pytest.mark.skipif(
    not shutil.which("unshare")
    or subprocess.run(["unshare", "-rn", "true"], capture_output=True).returncode != 0,
    reason="needs unshare -rn",
)
def test_signing_and_verifying_need_no_network(mp4, home):
    """Sign and verify inside a network namespace with no interfaces up."""
    code = (
        "import sys; from kinetoscope import provenance as p; p.sign_mp4(sys.argv[1]); "
        "r = p.verify(sys.argv[1]); print(r.status, r.trusted)"
    )
    env = dict(os.environ, KINETOSCOPE_HOME=str(home))
    out = subprocess.run(
        ["unshare", "-rn", sys.executable, "-c", code, str(mp4)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["valid", "True"]


def test_detect_recognises_reencoded_marked_video_and_not_world_renders(tmp_path):
    payload = wm.Payload.new("test-model")
    marked = write_video(tmp_path / "marked.mp4", wm.embed(world_video(), payload), 8)
    provenance.sign_mp4(marked)
    signed = detect(marked)
    assert signed["generated"] and signed["c2pa"] == "valid"
    stripped = write_video(tmp_path / "stripped.mp4", read_video(marked).frames, 8, crf=28)
    found = detect(stripped)
    assert found["generated"] and found["c2pa"] == "absent"
    assert found["watermark"] == payload.to_dict()
    plain = detect(write_video(tmp_path / "plain.mp4", world_video(), 8))
    assert plain == {
        "generated": False,
        "score": plain["score"],
        "watermark": None,
        "c2pa": "absent",
    }
    assert not detect(world_video())["generated"]  # frames work too


def test_cli_verify_and_detect(mp4, tmp_path, capsys):
    assert main(["verify", str(mp4)]) == 5
    assert "absent" in capsys.readouterr().out
    provenance.sign_mp4(mp4)
    assert main(["verify", str(mp4)]) == 0
    out = capsys.readouterr().out
    assert "valid" in out and "Kinetoscope signer" in out and "trainedAlgorithmicMedia" in out
    flip_mdat_bytes(mp4)
    assert main(["verify", str(mp4)]) == 5
    assert "tampered" in capsys.readouterr().out
    assert main(["detect", str(mp4), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (
        set(result) == {"generated", "score", "watermark", "c2pa"} and result["c2pa"] == "tampered"
    )
    assert main(["detect", str(tmp_path / "nothing.mp4")]) == 2
    assert "Cannot read" in capsys.readouterr().err
