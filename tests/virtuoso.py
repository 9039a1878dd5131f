"""A real Virtuoso Open Source server for the tests, in a folder of its own, on loopback.

Debian's postinst cannot start the daemon in a container, so this copies the packaged
``virtuoso.ini``, points every file and ``DirsAllowed`` at its own folder, binds both
ports to 127.0.0.1, runs ``virtuoso-t +foreground`` and sets a fresh dba password::

    server = Virtuoso.start(tmp_path)
    ...  # server.query_url, server.update_url, server.user, server.password
    server.stop()
"""

from __future__ import annotations

import configparser
import ctypes
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

PACKAGED_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
SERVER = "virtuoso-t"
ISQL = "isql-vt"
INSTALL_HINT = "install Debian's virtuoso-opensource (apt-get install -y virtuoso-opensource)"
START_TIMEOUT = 60.0
FIRST_PASSWORD = "dba"
PR_SET_PDEATHSIG = 1


class VirtuosoError(RuntimeError):
    """The test server could not be started or configured."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _die_with_parent() -> None:
    """In the child: get SIGKILL when the test process dies, so no server outlives it."""
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def write_ini(folder: Path, isql_port: int, http_port: int, max_rows: int | None = None) -> Path:
    """The packaged virtuoso.ini with files, allowed folders and ports moved to ``folder``;
    ``max_rows``: the most rows a query answers (ResultSetMaxRows; the package's 10,000)."""
    ini = configparser.ConfigParser(
        interpolation=None, strict=False, inline_comment_prefixes=(";",)
    )
    ini.optionxform = str  # type: ignore[assignment,method-assign]
    ini.read(PACKAGED_INI, encoding="utf-8")
    database = ini["Database"]
    for key, name in [
        ("DatabaseFile", "virtuoso.db"),
        ("ErrorLogFile", "virtuoso.log"),
        ("LockFile", "virtuoso.lck"),
        ("TransactionFile", "virtuoso.trx"),
        ("xa_persistent_file", "virtuoso.pxa"),
    ]:
        database[key] = str(folder / name)
    ini["TempDatabase"]["DatabaseFile"] = str(folder / "virtuoso-temp.db")
    ini["TempDatabase"]["TransactionFile"] = str(folder / "virtuoso-temp.trx")
    parameters = ini["Parameters"]
    parameters["ServerPort"] = f"127.0.0.1:{isql_port}"
    parameters["DirsAllowed"] = f"., {folder}, /usr/share/virtuoso-opensource-7/vad"
    ini["HTTPServer"]["ServerPort"] = f"127.0.0.1:{http_port}"
    ini["URIQA"]["DefaultHost"] = f"localhost:{http_port}"
    # The cost estimator refuses who_spoke_with_whom (estimated 16,830 s, runs in 0.1 s).
    ini["SPARQL"]["MaxQueryCostEstimationTime"] = "0"
    # No time limit (the package's is 60 s): on a loaded machine a long query is slow, not
    # cut by a transaction time-out (SR171), so the tests' answers never depend on load.
    ini["SPARQL"]["MaxQueryExecutionTime"] = "0"
    if max_rows is not None:
        ini["SPARQL"]["ResultSetMaxRows"] = str(max_rows)
    path = folder / "virtuoso.ini"
    with path.open("w", encoding="utf-8") as out:
        ini.write(out)
    return path


@dataclass
class Virtuoso:
    """A running test server: its URLs, the dba credentials, and how to stop it."""

    folder: Path
    isql_port: int
    http_port: int
    password: str
    process: subprocess.Popen[bytes]
    startup_seconds: float
    user: str = "dba"

    @property
    def query_url(self) -> str:
        """The SPARQL query endpoint (anonymous, read-only)."""
        return f"http://127.0.0.1:{self.http_port}/sparql"

    @property
    def update_url(self) -> str:
        """The SPARQL update endpoint (HTTP digest authentication)."""
        return f"http://127.0.0.1:{self.http_port}/sparql-auth"

    @property
    def log(self) -> Path:
        """The server's error log."""
        return self.folder / "virtuoso.log"

    @classmethod
    def start(
        cls, folder: Path, timeout: float = START_TIMEOUT, max_rows: int | None = None
    ) -> Virtuoso:
        """Start a server on a fresh database in ``folder`` (answering at most ``max_rows``
        rows a query, when given); fails with the log tail."""
        if not shutil.which(SERVER) or not shutil.which(ISQL) or not PACKAGED_INI.exists():
            raise VirtuosoError(f"{SERVER} not found: {INSTALL_HINT}")
        folder.mkdir(parents=True, exist_ok=True)
        isql_port, http_port = free_port(), free_port()
        ini = write_ini(folder, isql_port, http_port, max_rows)
        began = time.monotonic()
        process = subprocess.Popen(
            [SERVER, "+foreground", "+configfile", str(ini)],
            cwd=folder,
            stdin=subprocess.DEVNULL,
            stdout=(folder / "stdout.log").open("wb"),
            stderr=subprocess.STDOUT,
            preexec_fn=_die_with_parent,
        )
        server = cls(folder, isql_port, http_port, FIRST_PASSWORD, process, 0.0)
        try:
            server._wait_until_answering(began + timeout)
            server.startup_seconds = time.monotonic() - began
            server._set_password(secrets.token_urlsafe(12))
        except BaseException:
            server.stop()
            raise
        return server

    def _wait_until_answering(self, deadline: float) -> None:
        probe = f"{self.query_url}?query=ASK%7B%7D"
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise VirtuosoError(
                    f"{SERVER} exited with {self.process.returncode}" + self._tail()
                )
            try:
                with urllib.request.urlopen(probe, timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.25)
        raise VirtuosoError(f"{self.query_url} did not answer in time" + self._tail())

    def _tail(self, lines: int = 15) -> str:
        texts = []
        for path in (self.log, self.folder / "stdout.log"):
            if path.exists():
                texts += path.read_text(encoding="utf-8", errors="replace").splitlines()
        return "\n" + "\n".join(texts[-lines:]) if texts else ""

    def isql(self, statement: str) -> str:
        """Run one SQL statement as dba; its output, or an error with the output."""
        done = subprocess.run(
            [ISQL, str(self.isql_port), self.user, self.password, f"exec={statement}"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        if done.returncode != 0 or "*** Error" in done.stdout + done.stderr:
            raise VirtuosoError(f"{ISQL} failed: {done.stdout.strip()} {done.stderr.strip()}")
        return done.stdout

    def _set_password(self, password: str) -> None:
        self.isql(f"user_set_password('{self.user}', '{password}')")
        self.password = password

    def memory_mb(self) -> float:
        """The server's resident memory in MB."""
        status = Path(f"/proc/{self.process.pid}/status").read_text(encoding="utf-8")
        kilobytes = next(line.split()[1] for line in status.splitlines() if line[:6] == "VmRSS:")
        return int(kilobytes) / 1024

    def cpu_seconds(self) -> float:
        """The CPU time (user and system) the server has used so far, in seconds."""
        stat = Path(f"/proc/{self.process.pid}/stat").read_text(encoding="utf-8")
        fields = stat.rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        """Shut the server down (isql ``-K``), then make sure its process is gone."""
        if self.process.poll() is None:
            subprocess.run(
                [ISQL, str(self.isql_port), self.user, self.password, "-K"],
                capture_output=True,
                timeout=30,
                check=False,
            )
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
