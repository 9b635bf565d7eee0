"""`versus serve` under load and attack, on loopback, bounded in time: wrk at
64 connections with no errors and steady memory, 200 idle connections that do
not stop anyone else, a catalogue of malformed and hostile requests that never
return a file from outside the site and never take the server down, and a
burst of 100 saves in one second that ends in one consistent site.

LOAD_SECONDS (environment) sets the wrk run; `make test` uses 5, the benchmark 30.
"""

import os
import re
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest

from conftest import VERSUS, copy_real_site

SECRET = "secret-outside-the-site-7f3a"
ARTICLE = "Content/comparisons/open-source-vs-proprietary.md"


class Served:
    def __init__(self, root: Path):
        self.root = root
        self.process = subprocess.Popen([VERSUS, "serve", "--root", str(root), "--port", "0"],
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        url = self.process.stdout.readline().strip()
        match = re.match(r"^http://127\.0\.0\.1:(\d+)/$", url)
        assert match, url
        self.port = int(match.group(1))

    def rss_kb(self) -> int:
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        return 0

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture(scope="module")
def served(workdir):
    root = copy_real_site(workdir / "served-site")
    (root / "site.yml").write_text((root / "site.yml").read_text() + f"# {SECRET}\n")
    (workdir / "outside.txt").write_text(SECRET)
    server = Served(root)
    yield server
    server.stop()


def raw(port: int, payload: bytes, timeout=3.0) -> bytes:
    """Sends bytes, returns what comes back until the server closes or goes quiet."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        try:
            s.sendall(payload)
        except OSError:
            pass
        data = b""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                chunk = s.recv(65536)
            except socket.timeout:
                break
            except OSError:
                break
            if not chunk:
                break
            data += chunk
            if b"\r\n\r\n" in data:
                head, _, body = data.partition(b"\r\n\r\n")
                length = re.search(rb"(?i)content-length:\s*(\d+)", head)
                if length and len(body) >= int(length.group(1)):
                    break
        return data


def get(port: int, path: str) -> tuple[int, bytes]:
    data = raw(port, f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
    status = int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/1.1 ") else 0
    return status, data.partition(b"\r\n\r\n")[2]


def test_wrk_at_64_connections_has_no_errors_and_steady_memory(served):
    if not shutil.which("wrk"):
        pytest.skip("wrk is installed by make test-deps")
    seconds = int(os.environ.get("LOAD_SECONDS", "5"))
    url = f"http://127.0.0.1:{served.port}/comparisons/open-source-vs-proprietary/"
    subprocess.run(["wrk", "-t2", "-c64", "-d2s", url], capture_output=True, text=True, check=True)
    warm = served.rss_kb()
    result = subprocess.run(["wrk", "-t2", "-c64", f"-d{seconds}s", "--timeout", "5s", url],
                            capture_output=True, text=True, check=True)
    after = served.rss_kb()
    output = result.stdout
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    print(f"wrk {seconds}s at 64 connections: {requests} requests, RSS {warm} kB -> {after} kB\n{output}")
    assert "Socket errors" not in output, output
    assert "Non-2xx or 3xx responses" not in output, output
    assert requests > 100
    assert after <= warm * 1.25 + 20_000, f"memory grew from {warm} kB to {after} kB"


def test_two_hundred_idle_connections_do_not_stop_others(served):
    idle = []
    try:
        for i in range(200):
            s = socket.create_connection(("127.0.0.1", served.port), timeout=5)
            if i % 2:
                s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")  # a request that never ends
            idle.append(s)
        start = time.monotonic()
        status, body = get(served.port, "/models/")
        assert status == 200
        assert time.monotonic() - start < 2
    finally:
        for s in idle:
            s.close()


HOSTILE = [
    b"GET /../site.yml HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /%252e%252e/site.yml HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /..%2f..%2fsite.yml HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /..\\..\\site.yml HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /%5c..%5csite.yml HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /index.html%00.txt HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /index.html\x00 HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET http://127.0.0.1/../site.yml HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET file:///etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /../../outside.txt HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /%c0%ae%c0%ae/site.yml HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /site.yml HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /Content/about.md HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET " + b"/a" * 5000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 1_000_000 + b"\r\n\r\n",
    b"GET / HTTP/1.1\r\n" + b"".join(b"X-H%d: v\r\n" % i for i in range(5000)) + b"\r\n",
    b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
    b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
    b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nnot hex\r\n",
    b"BREW / HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /\r\n\r\n",
    b"GET\r\n\r\n",
    b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + bytes(range(256)),
    b"GET / HTTP/1.1\r\nHost x no colon\r\n\r\n",
    b"GET /\t/etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /\xff\xfe HTTP/1.1\r\nHost: x\r\n\r\n",
    b"CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: x\r\n\r\n",
]


def test_hostile_and_malformed_requests_never_leak_and_never_stop_the_server(served):
    passwd = Path("/etc/passwd").read_text()[:20]
    statuses = []
    for payload in HOSTILE:
        data = raw(served.port, payload)
        assert SECRET.encode() not in data, payload[:60]
        assert passwd.encode() not in data, payload[:60]
        status = int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/1.1 ") else None
        statuses.append(status)
        assert status in (None, 400, 404, 405, 200, 301), (payload[:60], status)
        if status == 200:
            # Only the home page, for requests that name it in an odd way.
            assert b"<title>Versus</title>" in data, payload[:60]
        assert served.alive()
        assert get(served.port, "/models/")[0] == 200, f"not serving after {payload[:60]!r}"
    print(f"{len(HOSTILE)} hostile requests: statuses {statuses}")
    assert len(HOSTILE) >= 20


def test_a_burst_of_a_hundred_saves_ends_in_one_consistent_site(served, workdir):
    article = served.root / ARTICLE
    original = article.read_text()
    start = time.monotonic()
    for i in range(100):
        article.write_text(original + f"\nBurst version {i}.\n")
        time.sleep(max(0, start + (i + 1) / 100 - time.monotonic()))
    assert time.monotonic() - start < 1.5
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        status, body = get(served.port, "/comparisons/open-source-vs-proprietary/")
        if b"Burst version 99." in body:
            break
        time.sleep(0.1)
    assert b"Burst version 99." in body
    assert b"Burst version 98." not in body
    # What is served is what a build of the same files gives.
    out = workdir / "burst-build"
    subprocess.run([VERSUS, "build", "--root", str(served.root), "--output", str(out), "--quiet"], check=True)
    for path in ["comparisons/open-source-vs-proprietary/", "", "models/", "api/articles.json", "sitemap.xml"]:
        status, body = get(served.port, "/" + path)
        built = (out / (path + "index.html" if path == "" or path.endswith("/") else path)).read_bytes()
        assert status == 200
        # The preview names the search index without content hashes, so that
        # pages rendered before the index was rebuilt still find it.
        built = re.sub(rb"search/(search|manifest)\.[0-9a-f]+\.(js|json)", rb"search/\1.\2", built)
        assert re.sub(rb'<script src="/__versus/live.js" data-generation="\d+"></script>', b"", body) == built, path
    article.write_text(original)
