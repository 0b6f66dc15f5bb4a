"""CollabDesk opens no network socket: not while starting, not in normal use.

Each step runs the real program (`python -m collabdesk …`) in its own process with a
sitecustomize that installs an audit hook (sys.addaudithook) before anything else is imported:
every `socket.*` event (creating a socket, connect, bind, DNS look-ups, sends) and the standard
library's own network clients (urllib, http.client, smtplib, …) are written to a log. Sockets opened
below Python (Qt, libpq, any C library) raise no audit event, so on Linux a thread also watches the
process's open file descriptors for sockets. Unix-domain sockets are local IPC, not network (on a
desktop Qt may talk to the session D-Bus through one), and are let through; anything else fails.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

SITECUSTOMIZE = r'''
"""Installed by tests/test_no_network.py: records any network use of this process."""
import json
import os
import socket
import sys
import threading
import traceback

_LOG = os.environ["COLLABDESK_NETWORK_LOG"]
# Network clients of the standard library that raise their own audit events.
_CLIENT_EVENTS = {
    "urllib.Request", "http.client.connect", "http.client.send", "ftplib.connect", "smtplib.connect",
    "imaplib.open", "poplib.connect", "nntplib.connect", "telnetlib.Telnet.open", "webbrowser.open",
}
# socket.gethostname reads the machine's name (the instance lock writes it down): no I/O at all.
_HARMLESS = {"socket.gethostname"}
_lock = threading.Lock()


def _write(record):
    record["pid"] = os.getpid()
    record["argv"] = sys.argv
    with _lock, open(_LOG, "a", encoding="utf-8") as log:
        log.write(json.dumps(record, ensure_ascii=False, default=repr) + "\n")


def _local(event, args):
    """A Unix-domain socket: IPC on this machine."""
    if event == "socket.__new__":
        return args[1] == socket.AF_UNIX
    if event in ("socket.connect", "socket.bind") and args:
        return getattr(args[0], "family", None) == socket.AF_UNIX
    return False


def _hook(event, args):
    if (event.startswith("socket.") and event not in _HARMLESS and not _local(event, args)) or (
        event in _CLIENT_EVENTS
    ):
        stack = "".join(traceback.format_stack(limit=8)[:-1])
        _write({"event": event, "args": [repr(a) for a in args], "stack": stack})


def _socket_fds():
    found = set()
    try:
        names = os.listdir("/proc/self/fd")
    except OSError:
        return found
    for name in names:
        try:
            target = os.readlink(f"/proc/self/fd/{name}")
        except OSError:
            continue
        if target.startswith("socket:"):
            found.add(target)
    return found


def _socket_kind(target):
    inode = target[len("socket:["):-1]
    for table in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6", "unix", "netlink", "packet"):
        try:
            with open(f"/proc/self/net/{table}", encoding="ascii", errors="replace") as lines:
                for line in lines:
                    if f" {inode} " in f" {line.strip()} ":
                        return f"{table}: {line.strip()}"
        except OSError:
            continue
    return "not bound or connected"


_reported = set()


def _watch_descriptors():
    for target in _socket_fds() - _reported:
        _reported.add(target)
        kind = _socket_kind(target)
        if not kind.startswith("unix:"):
            _write({"event": "socket descriptor (below Python)", "args": [target, kind]})


def _watcher():
    stop = threading.Event()
    while not stop.wait(0.02):
        _watch_descriptors()


sys.addaudithook(_hook)
if os.path.isdir("/proc/self/fd"):
    threading.Thread(target=_watcher, name="network-watch", daemon=True).start()
    import atexit

    atexit.register(_watch_descriptors)
_write({"event": "hook-installed"})
'''


@pytest.fixture
def program(tmp_path: Path):  # type: ignore[no-untyped-def]
    """program(*args, expect=0, **env) runs `python -m collabdesk` with the network hook."""
    hook_dir = tmp_path / "hook"
    hook_dir.mkdir()
    (hook_dir / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    log = tmp_path / "network.jsonl"
    # The program's own data folder, under a Korean name as on the secretariat PC.
    data = tmp_path / "사무국 자료"
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("QT_", "COLLABDESK_", "PYTEST_")) and key != "PYTHONPATH"
    }
    env.update(
        PYTHONPATH=str(hook_dir),
        COLLABDESK_NETWORK_LOG=str(log),
        COLLABDESK_DATA_DIR=str(data),
        COLLABDESK_LANGUAGE="ko",
        QT_QPA_PLATFORM="offscreen",
    )
    runs: list[list[str]] = []

    def run(*args: str, expect: int = 0, **extra_env: str) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "collabdesk", *args],
            env={**env, **extra_env},
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert result.returncode == expect, (args, result.stdout, result.stderr)
        runs.append(list(args))
        return result.stdout

    run.log = log  # type: ignore[attr-defined]
    run.data = data  # type: ignore[attr-defined]
    run.runs = runs  # type: ignore[attr-defined]
    return run


def read_log(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_start_up_and_normal_use_open_no_socket(program, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    said = program("sample-data")
    assert "12곳" in said
    # The GUI as a user starts it: the window paints, the database opens (the daily backup runs),
    # the dashboard's figures paint, and it quits.
    painted = program(COLLABDESK_EXIT_AFTER_FIRST_PAINT="1")
    assert "first-paint" in painted and "dashboard-painted" in painted

    members = program("members", "list", "--format", "csv").splitlines()
    assert len(members) == 13
    brn = members[1].split(",")[2]
    program("stats", "industries")
    exported = tmp_path / "회원명부.xlsx"
    program("roster", "export", str(exported))
    imported = program("--db", str(tmp_path / "다른 사무국.sqlite3"), "roster", "import", str(exported))
    assert "imported=12 updated=0 skipped=0 rejected=0" in imported
    program("roster", "template", str(tmp_path / "양식.xlsx"))

    shutil.copy(ROOT / "resources" / "seal-sample.png", program.data / "seal.png")
    certificate = program("certificate", "issue", "--member", brn, "--out", str(tmp_path / "증명서.pdf"))
    number = certificate.splitlines()[0].removeprefix("번호: ")
    code = certificate.splitlines()[1].removeprefix("확인코드: ")
    program("certificate", "verify", number, code)
    program("certificate", "register", "--out", str(tmp_path / "발급대장.xlsx"))
    meeting = program("meetings", "list", "--format", "csv").splitlines()[1].split(",")[0]
    program("minutes", "export", meeting, "--out", str(tmp_path / "회의록.pdf"))
    project = program("projects", "list", "--format", "csv").splitlines()[1].split(",")[0]
    program("projects", "report", project, "--out", str(tmp_path / "현황.pdf"))
    program("backup", "create")
    program("handover", "export", str(tmp_path / "인수인계.zip"))
    for tab in ("members", "meetings", "projects", "certificates"):
        program("screenshot", "--tab", tab, "--out", str(tmp_path / f"{tab}.png"))
    # And the window once more, on the database that now holds all of the above.
    program(COLLABDESK_EXIT_AFTER_FIRST_PAINT="1")

    for made in ("증명서.pdf", "회의록.pdf", "현황.pdf", "인수인계.zip", "certificates.png"):
        assert (tmp_path / made).stat().st_size > 1000, made
    records = read_log(program.log)
    installed = [r for r in records if r["event"] == "hook-installed"]
    # The hook really ran in every process, or an empty log would prove nothing.
    assert len(installed) == len(program.runs)
    network = [r for r in records if r["event"] != "hook-installed"]
    assert network == [], "\n".join(
        f"{r['event']} {r['args']} in `collabdesk {' '.join(r['argv'][1:])}`\n{r.get('stack', '')}"
        for r in network
    )


def test_the_watch_catches_sockets(program) -> None:  # type: ignore[no-untyped-def]
    """The watch itself works: a Unix-domain socket pair passes, a network socket made through Python
    is caught by the audit hook, and one made straight through the C library (no audit event) by the
    descriptor watch."""
    env = {
        "PYTHONPATH": str(program.log.parent / "hook"),
        "COLLABDESK_NETWORK_LOG": str(program.log),
        "PATH": os.environ.get("PATH", ""),
    }
    local = "import socket, time; a, b = socket.socketpair(); time.sleep(0.3)"
    subprocess.run([sys.executable, "-c", local], env=env, check=True, timeout=60)
    assert [r["event"] for r in read_log(program.log)] == ["hook-installed"]
    python_level = "import socket; socket.socket().close(); socket.getaddrinfo('localhost', 80)"
    subprocess.run([sys.executable, "-c", python_level], env=env, check=True, timeout=60)
    events = [r["event"] for r in read_log(program.log)]
    assert "socket.__new__" in events
    assert "socket.getaddrinfo" in events
    if sys.platform.startswith("linux"):
        c_level = (
            "import ctypes, time; fd = ctypes.CDLL(None).socket(2, 1, 0); assert fd >= 0; time.sleep(0.3)"
        )
        subprocess.run([sys.executable, "-c", c_level], env=env, check=True, timeout=60)
        below = [r for r in read_log(program.log) if r["event"] == "socket descriptor (below Python)"]
        assert below and below[-1]["argv"] == ["-c"]
