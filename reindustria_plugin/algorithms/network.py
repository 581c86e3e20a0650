"""HTTP downloads for the download algorithms, through QGIS's own network stack.

One function, :func:`fetch`, GETs a URL (or POSTs form data, as Overpass takes ``data=``) with
``QgsNetworkAccessManager``, so the proxy, SSL and authentication settings of QGIS (Settings ▸ Options ▸
Network, an authentication configuration id) apply, as they do for QGIS's own WMS or WFS layers. It adds what a
Processing algorithm needs on top:

- a timeout for the whole request (``timeout`` seconds, each attempt); QGIS's global network timeout is
  stretched to it for this request only, so a slow server (Overpass may think for minutes before the first
  byte) is not cut off by the 60 s default;
- progress: the bytes received so far as the feedback's progress text, and an optional ``progress`` callable;
- cancellation: ``feedback.isCanceled()`` is checked ten times a second, also during the pauses between
  retries; a cancel aborts the transfer, removes any partial file and raises the translated
  "Canceled: no output was written.";
- retries with exponential back-off on HTTP 429, 502, 503 and 504 (the server's ``Retry-After`` honoured,
  capped), see :func:`..analysis.download.retry_delay`;
- a maximum answer size: a declared ``Content-Length`` above it stops before the body, a body growing past it is
  aborted; the message says how to split the area or which parameter raises the limit;
- translated ``QgsProcessingException`` messages for: offline or host not found, connection refused, proxy and
  SSL failures, timeout, HTTP errors (the status and the start of the server's text), an empty answer.

It only moves bytes: what the answer means (an Overpass error remark, a malformed payload) is checked by the
pure core of each source. Works on the main thread (qgis_process, tests) and in the worker thread Processing
runs algorithms in: the waits run a local ``QEventLoop`` of the calling thread.

Module constants ``BACKOFF_SECONDS``, ``MAX_WAIT_SECONDS`` and ``POLL_MS`` can be lowered by tests.

Example
-------
>>> answer = fetch("https://overpass-api.de/api/interpreter", feedback, data={"data": query},
...                timeout=200, max_bytes=256_000_000, path=tmp_file, service="Overpass API",
...                size_hint=tr("Split the area, or raise MAX_SIZE_MB."))
>>> answer.status, answer.size, answer.path
"""

from __future__ import annotations

import contextlib
import os
import time
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from qgis.core import QgsApplication, QgsNetworkAccessManager, QgsProcessingException
from qgis.PyQt.QtCore import QByteArray, QCoreApplication, QEventLoop, QTimer, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..analysis.download import RETRY_STATUSES, format_bytes, retry_delay, text_excerpt

#: First pause before a retry (s); doubles at each retry.
BACKOFF_SECONDS = 2.0
#: Longest pause before a retry (s), also when the server's Retry-After asks for more.
MAX_WAIT_SECONDS = 60.0
#: How often (ms) cancellation, the deadline and the size are checked while waiting.
POLL_MS = 100
#: Seconds between two progress texts.
PROGRESS_EVERY = 0.5
#: Bytes of an error page kept for the message.
ERROR_BODY_BYTES = 65_536


def canceled_error() -> QgsProcessingException:
    """The exception of a canceled run, with the text every ReIndustria algorithm uses."""
    return QgsProcessingException(
        QCoreApplication.translate("AlgorithmBase", "Canceled: no output was written.")
    )


@dataclass
class Response:
    """A successful answer (HTTP 2xx): the body in ``body``, or in the file ``path`` when one was given."""

    url: str
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None
    path: str | None = None
    size: int = 0
    attempts: int = 1
    seconds: float = 0.0


@dataclass
class _Attempt:
    """What one request gave: an HTTP status (0 when none came), headers, the error QNetworkReply reports and
    why we stopped it ourselves (``canceled``, ``timeout``, ``too_large``; empty when we did not)."""

    status: int = 0
    reason_phrase: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    size: int = 0
    error: int = 0
    error_text: str = ""
    stopped: str = ""
    declared: int = -1
    failure: Exception | None = None
    error_body: bytes = b""


def fetch(
    url: str,
    feedback,
    *,
    data: Mapping[str, str] | bytes | None = None,
    timeout: float = 60.0,
    max_bytes: int | None = None,
    retries: int = 3,
    path: str | None = None,
    headers: Mapping[str, str] | None = None,
    authcfg: str = "",
    service: str = "",
    size_hint: str = "",
    timeout_hint: str = "",
    progress: Callable[[int, int], None] | None = None,
    allow_empty: bool = False,
    endpoint: str = "",
) -> Response:
    """Download ``url`` with QGIS's network stack; the body in memory, or written to ``path``.

    Parameters
    ----------
    url
        An http(s) URL (a query string may be part of it).
    feedback
        The Processing feedback (``QgsProcessingFeedback`` or ``QgsFeedback``): cancellation and progress text.
        None: no cancellation, no progress text.
    data
        None: GET. A mapping: POST it as an HTML form (``application/x-www-form-urlencoded``, as Overpass takes
        ``data=<query>``). Bytes: POST them as they are (set the Content-Type in ``headers``).
    timeout
        Seconds one attempt may take, from the request to the last byte.
    max_bytes
        Largest answer accepted (bytes); None for no limit.
    retries
        Further attempts after an HTTP 429, 502, 503 or 504 (0: none).
    path
        A file to write the body to, chunk by chunk (large answers never sit in memory). It is removed when the
        download fails or is canceled, so no partial file is left.
    headers
        Extra request headers.
    authcfg
        A QGIS authentication configuration id to apply to the request (empty: none).
    service
        The service's name for messages (e.g. "Overpass API"); default the URL's host.
    size_hint, timeout_hint
        Translated sentences appended to the size-limit and timeout messages: how to split the area, which
        parameter to raise.
    progress
        Optional callable progress(bytes received, bytes total or -1 when the server does not say).
    allow_empty
        Whether an empty 2xx answer is acceptable (else it is an error).
    endpoint
        The address as the user gave it, named in messages that ask to check it (the URL requested may carry
        an internal query such as ``?f=json``); default ``url``.

    Returns
    -------
    Response
        Status, headers, the body (or ``path``), size, attempts made, seconds taken.

    Raises
    ------
    QgsProcessingException
        Translated: canceled, offline or host not found, connection refused, proxy or SSL failure, timeout,
        answer too large, HTTP error (after the retries for 429/502/503/504), empty answer.
    """
    started = time.monotonic()
    qurl = QUrl(url)
    host = qurl.host() or url
    name = service or host
    body = _request_body(data)
    attempt_no = 0
    while True:
        attempt_no += 1
        try:
            result = _one_attempt(
                qurl, body, headers, authcfg, feedback, timeout, max_bytes, path, name, progress
            )
        except BaseException:
            _remove(path)
            raise
        if result.stopped == "canceled":
            _remove(path)
            raise canceled_error()
        if result.failure is not None:  # writing the file failed (disk full...), or the progress callable
            _remove(path)
            raise result.failure
        if result.status in RETRY_STATUSES and attempt_no <= retries:
            wait = retry_delay(
                attempt_no,
                result.headers.get("retry-after"),
                base=BACKOFF_SECONDS,
                cap=MAX_WAIT_SECONDS,
            )
            _remove(path)
            _push_info(
                feedback,
                QCoreApplication.translate(
                    "network",
                    "{service} answered HTTP {status} ({reason}): retry {n} of {total} in {seconds} s.",
                ).format(
                    service=name,
                    status=result.status,
                    reason=result.reason_phrase or _status_text(result.status),
                    n=attempt_no,
                    total=retries,
                    seconds=f"{wait:g}",
                ),
            )
            if not _wait(wait, feedback):
                _remove(path)
                raise canceled_error()
            continue
        try:
            _raise_for(
                result,
                endpoint or url,
                name,
                timeout,
                max_bytes,
                size_hint,
                timeout_hint,
                attempt_no,
                allow_empty,
            )
        except QgsProcessingException:
            _remove(path)
            raise
        return Response(
            url=url,
            status=result.status,
            headers=result.headers,
            body=None if path else result.body,
            path=path,
            size=result.size,
            attempts=attempt_no,
            seconds=time.monotonic() - started,
        )


def _request_body(data) -> bytes | None:
    if data is None:
        return None
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    return urllib.parse.urlencode(list(data.items())).encode("ascii")


def _one_attempt(
    qurl, body, headers, authcfg, feedback, timeout, max_bytes, path, name, progress
) -> _Attempt:
    """One request, run in a local event loop until it finishes, is canceled, times out or grows too large."""
    request = QNetworkRequest(qurl)
    request.setAttribute(QNetworkRequest.RedirectPolicyAttribute, QNetworkRequest.NoLessSafeRedirectPolicy)
    if body is not None:
        request.setHeader(QNetworkRequest.ContentTypeHeader, "application/x-www-form-urlencoded")
    for key, value in (headers or {}).items():
        request.setRawHeader(key.encode("utf-8"), str(value).encode("utf-8"))
    if authcfg:
        QgsApplication.authManager().updateNetworkRequest(request, authcfg)

    manager = QgsNetworkAccessManager.instance()
    reply = manager.post(request, QByteArray(body)) if body is not None else manager.get(request)
    _stretch_qgis_timeout(reply, timeout)

    state = _Attempt()
    chunks: list[bytes] = []
    out = open(path, "wb") if path else None  # noqa: SIM115 (closed below, also on errors)
    deadline = time.monotonic() + timeout
    last_text = [0.0]
    loop = QEventLoop()

    def stop(reason: str) -> None:
        if not state.stopped:
            state.stopped = reason
            reply.abort()

    def guarded(slot):
        """A slot that never lets an exception escape into Qt (PyQt aborts the process then): the exception
        stops the transfer and is raised again after the loop."""

        def run(*args) -> None:
            try:
                slot(*args)
            except Exception as exc:  # noqa: BLE001 (re-raised after the loop)
                state.failure = state.failure or exc
                stop("error")

        return run

    def read() -> None:
        data = bytes(reply.readAll())
        if not data:
            return
        status = reply.attribute(QNetworkRequest.HttpStatusCodeAttribute)
        if status is not None and not 200 <= int(status) < 300:  # an error page: kept for the message
            state.error_body = (state.error_body + data)[:ERROR_BODY_BYTES]
            return
        state.size += len(data)
        if max_bytes is not None and state.size > max_bytes:
            stop("too_large")
            return
        if out is not None:
            out.write(data)
        else:
            chunks.append(data)

    def headers_in() -> None:
        declared = reply.header(QNetworkRequest.ContentLengthHeader)
        if declared is not None:
            with contextlib.suppress(TypeError, ValueError):
                state.declared = int(declared)
        status = reply.attribute(QNetworkRequest.HttpStatusCodeAttribute)
        ok = status is not None and 200 <= int(status) < 300
        if ok and max_bytes is not None and state.declared > max_bytes:
            stop("too_large")

    def received(done: int, total: int) -> None:
        now = time.monotonic()
        if progress is not None:
            progress(done, total)
        if hasattr(feedback, "setProgressText") and now - last_text[0] >= PROGRESS_EVERY:
            last_text[0] = now
            feedback.setProgressText(
                QCoreApplication.translate("network", "Downloading from {service}: {size} received").format(
                    service=name, size=format_bytes(done)
                )
            )

    def poll() -> None:
        if feedback is not None and feedback.isCanceled():
            stop("canceled")
        elif time.monotonic() > deadline:
            stop("timeout")

    reply.metaDataChanged.connect(guarded(headers_in))
    reply.readyRead.connect(guarded(read))
    reply.downloadProgress.connect(guarded(received))
    reply.finished.connect(loop.quit)
    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(guarded(poll))
    timer.start()
    try:
        if not reply.isFinished():
            loop.exec_()
        timer.stop()
        if not state.stopped:
            read()
        status = reply.attribute(QNetworkRequest.HttpStatusCodeAttribute)
        state.status = int(status) if status is not None else 0
        phrase = reply.attribute(QNetworkRequest.HttpReasonPhraseAttribute)
        state.reason_phrase = str(phrase) if phrase else ""
        state.headers = {
            bytes(k).decode("latin-1").lower(): bytes(v).decode("latin-1") for k, v in reply.rawHeaderPairs()
        }
        state.error = int(reply.error())
        state.error_text = reply.errorString()
        if out is None:
            state.body = b"".join(chunks)
    finally:
        timer.stop()
        if out is not None:
            out.close()
        reply.deleteLater()
    return state


def _stretch_qgis_timeout(reply, timeout: float) -> None:
    """QgsNetworkAccessManager aborts a request silent for its global timeout (60 s by default, restarted at
    each byte): give this request our own timeout instead (plus a margin, so ours speaks first)."""
    for timer in reply.findChildren(QTimer):
        if timer.objectName() == "timeoutTimer":
            timer.setInterval(int((timeout + 30.0) * 1000))
            if timer.isActive():
                timer.start()


def _wait(seconds: float, feedback) -> bool:
    """Pause ``seconds`` while Qt events run; False when the user cancels meanwhile."""
    end = time.monotonic() + seconds
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(POLL_MS)
    canceled = [False]

    def tick() -> None:
        if feedback is not None and feedback.isCanceled():
            canceled[0] = True
            loop.quit()
        elif time.monotonic() >= end:
            loop.quit()

    timer.timeout.connect(tick)
    timer.start()
    if seconds > 0:
        loop.exec_()
    timer.stop()
    return not (canceled[0] or (feedback is not None and feedback.isCanceled()))


def _remove(path: str | None) -> None:
    if path:
        with contextlib.suppress(OSError):
            os.remove(path)


def _push_info(feedback, text: str) -> None:
    if hasattr(feedback, "pushInfo"):
        feedback.pushInfo(text)


#: Qt network errors meaning the server could not be reached (offline, a wrong host, nothing listening).
_UNREACHABLE = {
    QNetworkReply.HostNotFoundError,
    QNetworkReply.TemporaryNetworkFailureError,
    QNetworkReply.NetworkSessionFailedError,
    QNetworkReply.UnknownNetworkError,
}
_REFUSED = {QNetworkReply.ConnectionRefusedError, QNetworkReply.RemoteHostClosedError}
_PROXY = {
    QNetworkReply.ProxyConnectionRefusedError,
    QNetworkReply.ProxyConnectionClosedError,
    QNetworkReply.ProxyNotFoundError,
    QNetworkReply.ProxyTimeoutError,
    QNetworkReply.ProxyAuthenticationRequiredError,
    QNetworkReply.UnknownProxyError,
}


def _raise_for(result, url, name, timeout, max_bytes, size_hint, timeout_hint, attempts, allow_empty) -> None:
    """Raise the translated exception for a failed attempt; return when the answer is a usable 2xx."""
    host = QUrl(url).host() or url
    if result.stopped == "too_large":
        size = result.declared if result.declared > (max_bytes or 0) else result.size
        text = QCoreApplication.translate(
            "network",
            "The answer of {service} is larger than the limit of {limit} ({size} so far): the download was "
            "stopped and nothing was written.",
        ).format(service=name, limit=format_bytes(max_bytes or 0), size=format_bytes(size))
        raise QgsProcessingException(_join(text, size_hint))
    if result.stopped == "timeout" or (
        result.status == 0
        and result.error in (QNetworkReply.TimeoutError, QNetworkReply.OperationCanceledError)
    ):
        text = QCoreApplication.translate(
            "network",
            "{service} did not answer within {seconds} s ({size} received). The server may be busy, or the "
            "request too large.",
        ).format(service=name, seconds=f"{timeout:g}", size=format_bytes(result.size))
        raise QgsProcessingException(_join(text, timeout_hint))
    if result.status >= 300 or (result.status == 0 and result.error):
        if result.status:
            text = QCoreApplication.translate(
                "network", "{service} answered HTTP {status} ({reason}){retries}: {text}"
            ).format(
                service=name,
                status=result.status,
                reason=result.reason_phrase or _status_text(result.status),
                retries=QCoreApplication.translate("network", " after {n} attempts").format(n=attempts)
                if attempts > 1
                else "",
                text=text_excerpt(result.error_body) or QCoreApplication.translate("network", "no text"),
            )
            if result.status in RETRY_STATUSES:
                text = _join(
                    text,
                    QCoreApplication.translate(
                        "network", "The server is busy: try again later, or use another endpoint."
                    ),
                )
            raise QgsProcessingException(text)
        if result.error in _UNREACHABLE:
            text = QCoreApplication.translate(
                "network",
                "Cannot reach {host} ({error}): this computer looks offline, or the address is wrong. Check the "
                "internet connection, the proxy in Settings ▸ Options ▸ Network, and the endpoint {url}.",
            )
        elif result.error in _REFUSED:
            text = QCoreApplication.translate(
                "network",
                "{host} refused or closed the connection ({error}). Check the endpoint {url}, or try again later.",
            )
        elif result.error in _PROXY:
            text = QCoreApplication.translate(
                "network",
                "The proxy failed for {host} ({error}). Check the proxy in Settings ▸ Options ▸ Network.",
            )
        elif result.error == QNetworkReply.SslHandshakeFailedError:
            text = QCoreApplication.translate(
                "network",
                "The secure connection to {host} failed ({error}). Check the computer's date and the "
                "certificates in Settings ▸ Options ▸ Authentication, or the endpoint {url}.",
            )
        else:
            text = QCoreApplication.translate(
                "network", "The download from {host} failed ({error}). Check the endpoint {url}."
            )
        raise QgsProcessingException(text.format(host=host, error=result.error_text, url=url))
    if not result.size and not allow_empty:
        raise QgsProcessingException(
            QCoreApplication.translate(
                "network",
                "{service} sent an empty answer (HTTP {status}). Try again later, or use another endpoint.",
            ).format(service=name, status=result.status)
        )


def _join(text: str, hint: str) -> str:
    return f"{text} {hint}" if hint else text


def _status_text(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""
