"""HTML pages from Jinja2 templates: rendering, images embedded in the page, writing without half-written files.

Templates live in ``report/templates/`` and extend ``base.html.j2`` (page frame and the shared CSS); the
macros of ``macros.html.j2`` draw a figure with its caption and a table of numbers. Every value is escaped
(autoescape) unless a template marks it ``|safe`` (the SVG of :mod:`.charts`, already escaped by matplotlib).
Filters: ``num`` (:func:`~.numbers.format_number`) and ``fill`` (``"{name}"`` fields of a translated text,
shown as is when a translation broke them).
"""

from __future__ import annotations

import base64
import contextlib
import mimetypes
import os
import tempfile
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from ..errors import QT_TRANSLATE_NOOP, InputError
from .numbers import format_number

TEMPLATES = Path(__file__).resolve().parent / "templates"


def fill(text: str, **values: object) -> str:
    """``text`` with its ``{name}`` fields filled; a translation with broken fields is returned as is."""
    try:
        return str(text).format(**values)
    except (KeyError, IndexError, ValueError):
        return str(text)


def merged_texts(defaults: Mapping[str, str], texts: Mapping[str, str] | None) -> dict[str, str]:
    """A report's texts: ``defaults`` (English) with the caller's ``texts`` (translations) over them.

    Raises
    ------
    InputError
        When ``texts`` has a key the report does not know (a typo would else leave the English text).
    """
    merged = dict(defaults)
    if texts:
        unknown = sorted(set(texts) - set(defaults))
        if unknown:
            raise InputError(
                QT_TRANSLATE_NOOP("analysis", "Unknown report text keys: {keys}. Valid keys: {valid}."),
                keys=", ".join(unknown),
                valid=", ".join(defaults),
            )
        merged.update({k: str(v) for k, v in texts.items()})
    return merged


@cache
def environment():
    """The project's Jinja2 environment (autoescape on, undefined variables are errors)."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["num"] = format_number
    env.filters["fill"] = fill
    return env


def render(template: str, **context: object) -> str:
    """Render ``template`` (a file name in ``report/templates/``) with ``context``."""
    return environment().get_template(template).render(**context)


def image_data_uri(image: bytes | str | os.PathLike, mime: str | None = None) -> str:
    """A ``data:`` URI for ``<img src=...>``, so that the page carries the image (a map rendered by QGIS).

    ``image`` is a file path or the image bytes; ``mime`` defaults to the file's type, or PNG for bytes.
    """
    if isinstance(image, (bytes, bytearray, memoryview)):
        data = bytes(image)
        mime = mime or "image/png"
    else:
        path = Path(image)
        data = path.read_bytes()
        mime = mime or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def write_atomic(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder, renamed when complete.

    A failure (full disk, exception while writing) leaves any earlier file at ``path`` untouched and no
    temporary file behind; readers never see a half-written page.
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=str(path.parent))
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        # mkstemp makes the file private (0600): give it the mode of the file it replaces, or rw-r--r--.
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
