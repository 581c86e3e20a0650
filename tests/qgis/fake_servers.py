"""Loopback HTTP servers that stand in for Overpass, ArcGIS REST and other services in tests: no real network.

A :class:`FakeServer` listens on 127.0.0.1 at a free port in a thread of its own. Each test scripts it:

- ``server.route(path, Reply(...), Reply(...), query={...}, method=...)``: answers for a path (and, optionally,
  query parameters or form fields that must match), given in order; the last one repeats. A sequence such as
  ``Reply(429), Reply(200, body)`` scripts a retry;
- ``server.route(path, handler=func)``: a function ``func(request) -> Reply`` for answers that depend on the
  request (ArcGIS paging with ``resultOffset``);
- a :class:`Reply` sets the status, body, headers and timing: ``delay`` before the status line (timeouts),
  ``chunk_delay`` between body chunks (a slow download to cancel), ``drop`` to close the connection without an
  answer, ``on_request`` a callable run when the request arrives (e.g. ``feedback.cancel``),
  ``declare_length=False`` to send no Content-Length (as Overpass streams);
- ``server.requests`` records every request (method, path, query, form, body, headers), so a test checks the
  query text sent.

Unscripted paths answer 404. Run by hand to try an algorithm through qgis_process as a user would::

    python3 tests/qgis/fake_servers.py overpass ANSWER.osm [--port 8123] [--status 200] [--delay 0]

serves ANSWER.osm for any GET or POST (``http://127.0.0.1:8123/api/interpreter``) and prints each request.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

#: The content type Overpass sends with OSM XML.
OSM_XML = "application/osm3s+xml"


@dataclass
class Reply:
    """One scripted answer."""

    status: int = 200
    body: bytes | str = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = OSM_XML
    delay: float = 0.0
    chunk_delay: float = 0.0
    chunk_size: int = 16_384
    drop: bool = False
    declare_length: bool = True
    on_request: Callable[[], None] | None = None

    def data(self) -> bytes:
        return self.body.encode("utf-8") if isinstance(self.body, str) else bytes(self.body)


@dataclass
class Request:
    """One request as the server saw it. ``query`` and ``form`` map each name to its first value."""

    method: str
    path: str
    query: dict[str, str]
    body: bytes
    form: dict[str, str]
    headers: dict[str, str]

    @property
    def params(self) -> dict[str, str]:
        """Query parameters and form fields together (ArcGIS takes either; Overpass ``data`` either way)."""
        return {**self.query, **self.form}


@dataclass
class _Route:
    path: str
    replies: list[Reply]
    query: dict[str, str]
    method: str | None
    handler: Callable[[Request], Reply] | None
    served: int = 0

    def matches(self, request: Request) -> bool:
        if request.path != self.path or (self.method and request.method != self.method):
            return False
        params = request.params
        return all(params.get(k) == v for k, v in self.query.items())

    def next_reply(self, request: Request) -> Reply:
        if self.handler is not None:
            reply = self.handler(request)
        else:
            reply = self.replies[min(self.served, len(self.replies) - 1)]
        self.served += 1
        return reply


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        # a client that aborts (cancel, size limit, timeout) resets the connection: expected, not an error
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class FakeServer:
    """A scripted HTTP server on 127.0.0.1 (a free port); use as a context manager or call :meth:`close`."""

    def __init__(self, port: int = 0) -> None:
        self.requests: list[Request] = []
        self._routes: list[_Route] = []
        self._lock = threading.Lock()
        self._httpd = _Server(("127.0.0.1", port), self._handler_class())
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="fake-server", daemon=True)
        self._thread.start()

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def route(
        self,
        path: str,
        *replies: Reply,
        query: dict[str, str] | None = None,
        method: str | None = None,
        handler: Callable[[Request], Reply] | None = None,
    ) -> None:
        """Script the answers for ``path``; routes added later are tried first (a test overrides a default)."""
        if not replies and handler is None:
            raise ValueError("give replies or a handler")
        with self._lock:
            self._routes.insert(0, _Route(path, list(replies), dict(query or {}), method, handler))

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> FakeServer:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # The request handler ------------------------------------------------------------------------------------
    def _answer_for(self, request: Request) -> Reply:
        with self._lock:
            self.requests.append(request)
            for route in self._routes:
                if route.matches(request):
                    return route.next_reply(request)
        return Reply(404, f"no route for {request.method} {request.path}", content_type="text/plain")

    def _handler_class(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format, *args):  # noqa: A002 (the base class's name)
                pass

            def _serve(self) -> None:
                parts = urllib.parse.urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                form = {}
                if "x-www-form-urlencoded" in (self.headers.get("Content-Type") or ""):
                    form = _first_values(body.decode("utf-8", errors="replace"))
                request = Request(
                    self.command,
                    parts.path,
                    _first_values(parts.query),
                    body,
                    form,
                    {k.lower(): v for k, v in self.headers.items()},
                )
                reply = server._answer_for(request)
                if reply.on_request is not None:
                    reply.on_request()
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.drop:
                    self.close_connection = True
                    return
                data = reply.data()
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", reply.content_type)
                    if reply.declare_length:
                        self.send_header("Content-Length", str(len(data)))
                    else:
                        self.send_header("Connection", "close")
                        self.close_connection = True
                    for key, value in reply.headers.items():
                        self.send_header(key, value)
                    self.end_headers()
                    for start in range(0, len(data), reply.chunk_size):
                        self.wfile.write(data[start : start + reply.chunk_size])
                        self.wfile.flush()
                        if reply.chunk_delay:
                            time.sleep(reply.chunk_delay)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True  # the client aborted (cancel, size limit, timeout)

            do_GET = _serve  # noqa: N815 (http.server's names)
            do_POST = _serve  # noqa: N815

        return Handler


def _first_values(text: str) -> dict[str, str]:
    return {k: v[0] for k, v in urllib.parse.parse_qs(text, keep_blank_values=True).items()}


def main(argv: list[str] | None = None) -> int:
    """Serve a file as the answer of a fake Overpass API until interrupted, printing each request."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="kind", required=True)
    overpass = sub.add_parser("overpass", help="answer every request with an OSM XML file")
    overpass.add_argument("answer", type=Path)
    overpass.add_argument("--port", type=int, default=0, help="0: a free port")
    overpass.add_argument("--status", type=int, default=200)
    overpass.add_argument("--delay", type=float, default=0.0, help="seconds before answering")
    args = parser.parse_args(argv)

    body = args.answer.read_bytes()

    def handler(request: Request) -> Reply:
        print(f"{request.method} {request.path}", flush=True)
        for key, value in request.params.items():
            print(f"  {key}:\n{value}", flush=True)
        return Reply(args.status, body, delay=args.delay, declare_length=False)

    server = FakeServer(args.port)
    server.route("/api/interpreter", handler=handler)
    print(f"Fake Overpass API at {server.url('/api/interpreter')} (Ctrl+C stops)", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
