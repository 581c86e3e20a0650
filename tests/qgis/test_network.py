"""The download glue (algorithms/network.py) against the loopback fakes: GET and POST, retries and back-off,
Retry-After, timeouts, cancellation, size limits, HTTP errors, empty answers, unreachable hosts, partial files."""

import socket
import threading
import time

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from reindustria_plugin.algorithms import network
from tests.qgis.fake_servers import FakeServer, Reply


@pytest.fixture
def server():
    with FakeServer() as fake:
        yield fake


@pytest.fixture(autouse=True)
def fast_backoff(monkeypatch):
    monkeypatch.setattr(network, "BACKOFF_SECONDS", 0.05)
    monkeypatch.setattr(network, "MAX_WAIT_SECONDS", 1.0)


def log_feedback():
    feedback = QgsProcessingFeedback()
    infos, texts = [], []
    feedback.pushInfo = infos.append
    feedback.setProgressText = texts.append
    return feedback, infos, texts


def test_get_returns_the_body(server):
    server.route("/data", Reply(200, b"hello", content_type="text/plain"))
    answer = network.fetch(server.url("/data?x=1"), QgsProcessingFeedback(), timeout=5)
    assert (answer.status, answer.body, answer.size, answer.attempts) == (200, b"hello", 5, 1)
    (request,) = server.requests
    assert (request.method, request.path, request.query) == ("GET", "/data", {"x": "1"})
    assert "QGIS/" in request.headers["user-agent"]  # QGIS's network stack, which sets its own user agent


def test_post_form_and_write_to_file(server, tmp_path):
    body = b"<osm>" + b"x" * 200_000 + b"</osm>"
    server.route("/api/interpreter", Reply(200, body, declare_length=False, chunk_size=4096))
    target = tmp_path / "answer.osm"
    seen = []
    answer = network.fetch(
        server.url("/api/interpreter"),
        QgsProcessingFeedback(),
        data={"data": '[out:xml];node["craft"="a&b"];out;'},
        path=str(target),
        progress=lambda done, total: seen.append(done),
    )
    assert answer.body is None and answer.path == str(target) and answer.size == len(body)
    assert target.read_bytes() == body
    (request,) = server.requests
    assert request.method == "POST"
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert request.form == {"data": '[out:xml];node["craft"="a&b"];out;'}
    assert seen and seen[-1] == len(body)


def test_429_then_success_retries_with_backoff(server):
    server.route("/q", Reply(429, "rate limited"), Reply(429, "rate limited"), Reply(200, "ok"))
    feedback, infos, _ = log_feedback()
    started = time.monotonic()
    answer = network.fetch(server.url("/q"), feedback, timeout=5, retries=3)
    assert answer.body == b"ok" and answer.attempts == 3
    assert len(server.requests) == 3
    # back-off 0.05 s then 0.1 s (doubling)
    assert time.monotonic() - started >= 0.15
    assert len(infos) == 2 and "HTTP 429" in infos[0] and "retry 1 of 3" in infos[0]


def test_retry_after_is_honoured_and_capped(server, monkeypatch):
    monkeypatch.setattr(network, "MAX_WAIT_SECONDS", 0.6)
    server.route("/q", Reply(503, "busy", headers={"Retry-After": "30"}), Reply(200, "ok"))
    feedback, infos, _ = log_feedback()
    started = time.monotonic()
    network.fetch(server.url("/q"), feedback, timeout=5)
    waited = time.monotonic() - started
    assert 0.55 <= waited < 10.0  # 30 s asked, 0.6 s cap
    assert "in 0.6 s" in infos[0]


def test_504_exhausted_gives_the_status_and_server_text(server, tmp_path):
    page = (
        "<html><head><title>x</title></head><body><h1>504 Gateway Timeout</h1><p>The server is &amp; busy</p>"
    )
    server.route("/q", Reply(504, page, content_type="text/html"))
    target = tmp_path / "a.osm"
    with pytest.raises(QgsProcessingException) as err:
        network.fetch(
            server.url("/q"), QgsProcessingFeedback(), retries=2, service="Overpass API", path=str(target)
        )
    text = str(err.value)
    assert "Overpass API answered HTTP 504 (Gateway Timeout) after 3 attempts" in text
    assert "504 Gateway Timeout The server is & busy" in text
    assert "try again later" in text
    assert len(server.requests) == 3
    assert not target.exists()


def test_http_error_not_retried(server):
    server.route("/q", Reply(400, "Error: line 1: parse error: Unknown type", content_type="text/plain"))
    with pytest.raises(QgsProcessingException, match=r"HTTP 400 \(Bad Request\): Error: line 1: parse error"):
        network.fetch(server.url("/q"), QgsProcessingFeedback(), timeout=5, retries=3)
    assert len(server.requests) == 1


def test_timeout(server, tmp_path):
    server.route("/slow", Reply(200, "late", delay=6.0))
    target = tmp_path / "a.osm"
    started = time.monotonic()
    with pytest.raises(QgsProcessingException) as err:
        network.fetch(
            server.url("/slow"),
            QgsProcessingFeedback(),
            timeout=0.5,
            path=str(target),
            timeout_hint="Raise TIMEOUT.",
        )
    assert time.monotonic() - started < 5.0
    assert "did not answer within 0.5 s" in str(err.value) and str(err.value).endswith("Raise TIMEOUT.")
    assert not target.exists()


def test_cancel_mid_download_removes_the_partial_file(server, tmp_path):
    feedback = QgsProcessingFeedback()
    body = b"y" * 400_000
    # the download is under way (a chunk every 50 ms) when the user cancels, from another thread
    server.route(
        "/big",
        Reply(
            200,
            body,
            chunk_size=8192,
            chunk_delay=0.1,
            on_request=lambda: threading.Timer(0.6, feedback.cancel).start(),
        ),
    )
    target = tmp_path / "a.osm"
    sizes = []
    started = time.monotonic()
    with pytest.raises(QgsProcessingException, match="Canceled: no output was written"):
        network.fetch(
            server.url("/big"), feedback, timeout=30, path=str(target), progress=lambda d, t: sizes.append(d)
        )
    assert time.monotonic() - started < 4.0  # the whole body would take 5 s
    assert sizes and 0 < sizes[-1] < len(body)  # bytes had arrived: canceled mid-download
    assert not target.exists()


def test_cancel_during_backoff(server, monkeypatch):
    monkeypatch.setattr(network, "BACKOFF_SECONDS", 30.0)
    monkeypatch.setattr(network, "MAX_WAIT_SECONDS", 30.0)
    feedback = QgsProcessingFeedback()
    server.route("/q", Reply(429, "busy", on_request=lambda: threading.Timer(0.3, feedback.cancel).start()))
    started = time.monotonic()
    with pytest.raises(QgsProcessingException, match="Canceled"):
        network.fetch(server.url("/q"), feedback, timeout=5)
    assert time.monotonic() - started < 10.0  # not the 30 s back-off


def test_oversized_declared_length_stops_before_the_body(server, tmp_path):
    server.route("/big", Reply(200, b"z" * 50_000))
    target = tmp_path / "a.osm"
    with pytest.raises(QgsProcessingException) as err:
        network.fetch(
            server.url("/big"),
            QgsProcessingFeedback(),
            max_bytes=10_000,
            path=str(target),
            service="Overpass API",
            size_hint="Split the area, or raise MAX_SIZE_MB.",
        )
    text = str(err.value)
    assert "larger than the limit of 10.0 kB (50.0 kB so far)" in text
    assert text.endswith("Split the area, or raise MAX_SIZE_MB.")
    assert not target.exists()


def test_oversized_streamed_answer_is_aborted(server, tmp_path):
    server.route("/big", Reply(200, b"z" * 300_000, declare_length=False, chunk_size=4096, chunk_delay=0.002))
    target = tmp_path / "a.osm"
    with pytest.raises(QgsProcessingException, match="larger than the limit of 20.0 kB"):
        network.fetch(server.url("/big"), QgsProcessingFeedback(), max_bytes=20_000, path=str(target))
    assert not target.exists()


def test_empty_answer(server):
    server.route("/empty", Reply(200, b""))
    with pytest.raises(QgsProcessingException, match=r"Overpass API sent an empty answer \(HTTP 200\)"):
        network.fetch(server.url("/empty"), QgsProcessingFeedback(), service="Overpass API")
    assert network.fetch(server.url("/empty"), QgsProcessingFeedback(), allow_empty=True).size == 0


def test_connection_closed_without_answer(server):
    server.route("/drop", Reply(drop=True))
    with pytest.raises(QgsProcessingException, match="closed the connection"):
        network.fetch(server.url("/drop"), QgsProcessingFeedback(), timeout=5, retries=0)


def test_nothing_listening():
    with socket.socket() as sock:  # a free port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(QgsProcessingException, match=r"127\.0\.0\.1 refused or closed the connection"):
        network.fetch(f"http://127.0.0.1:{port}/x", QgsProcessingFeedback(), timeout=5)


def test_host_not_found():
    # .invalid never resolves (RFC 2606): the offline / wrong-address message, without any real network
    with pytest.raises(QgsProcessingException, match=r"Cannot reach no-such-host\.invalid .*offline"):
        network.fetch("http://no-such-host.invalid/api", QgsProcessingFeedback(), timeout=10)


def test_progress_text_shows_bytes(server, monkeypatch):
    monkeypatch.setattr(network, "PROGRESS_EVERY", 0.0)
    server.route("/d", Reply(200, b"a" * 5000, chunk_size=1000, chunk_delay=0.01))
    feedback, _, texts = log_feedback()
    network.fetch(server.url("/d"), feedback, service="Test")
    assert texts and texts[-1] == "Downloading from Test: 5.0 kB received"


def test_in_a_worker_thread(server, tmp_path):
    """Processing runs algorithms in a worker thread (a QgsTask): the download runs there with its own loop."""
    from qgis.core import QgsApplication, QgsTask

    server.route("/w", Reply(200, b"worker", chunk_size=2, chunk_delay=0.01))
    results = {}

    def work(task):
        results["answer"] = network.fetch(server.url("/w"), QgsProcessingFeedback(), timeout=10)
        return True

    task = QgsTask.fromFunction("download", work)
    QgsApplication.taskManager().addTask(task)
    end = time.monotonic() + 15
    while task.status() not in (QgsTask.Complete, QgsTask.Terminated) and time.monotonic() < end:
        QgsApplication.processEvents()
        time.sleep(0.01)
    assert task.status() == QgsTask.Complete, task.status()
    assert results["answer"].body == b"worker"


def test_an_error_in_a_callback_stops_the_download_cleanly(server, tmp_path):
    """An exception inside a Qt slot would abort QGIS: it stops the transfer and is raised after the loop."""
    server.route("/d", Reply(200, b"a" * 50_000, chunk_size=1000, chunk_delay=0.001))
    target = tmp_path / "a.osm"

    def broken(done, total):
        raise OSError("No space left on device")

    with pytest.raises(OSError, match="No space left"):
        network.fetch(server.url("/d"), QgsProcessingFeedback(), path=str(target), progress=broken)
    assert not target.exists()


def test_messages_show_the_endpoint_as_given():
    """The request sent (a layer URL with ?f=json) is internal: messages name the endpoint the user gave."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    endpoint = f"http://127.0.0.1:{port}/arcgis/rest/services/Corine/CLC2018_WM/MapServer/0"
    with pytest.raises(QgsProcessingException) as err:
        network.fetch(f"{endpoint}?f=json", QgsProcessingFeedback(), timeout=5, retries=0, endpoint=endpoint)
    message = str(err.value)
    assert f"Check the endpoint {endpoint}," in message and "f=json" not in message, message
