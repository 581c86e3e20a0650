"""Case content: read and check the case files of ``resources/cases`` (one JSON file per case). No qgis import.

A case file holds, in English and Italian, a territory's story for the Cases dock: its title, the phenomenon,
facts each with its source, references, the questions it raises, its boundaries (a file shipped beside it), its
extent (longitude/latitude) and the algorithms suggested for it with their parameters. A research group adds a
case by adding a file, in ``resources/cases`` or in a folder of their own (the plugin setting
``reindustria/case_folder``, outside the plugin folder that an update overwrites); ``resources/cases/README.md``
describes the fields.

Bad content never raises: :func:`load_cases` and :func:`parse_case` return the cases they could read and a list
of :class:`~reindustria_plugin.analysis.errors.Message` saying, per file, what is wrong and what was done about
it (the case left out, a fact not shown, a text shown in English). Templates are in the translation context
``CaseContent``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import paths
from ..analysis.errors import QT_TRANSLATE_NOOP, Message

#: Languages a case is written in; the first is the fallback.
LANGUAGES = ("en", "it")
#: Language names in their own language (for the switch in the dock).
LANGUAGE_NAMES = {"en": "English", "it": "Italiano"}
SCHEMA = 1
CASES_DIR = paths.RESOURCES / "cases"
#: A parameter value naming the case's boundary layer.
BOUNDARIES = "@boundaries"
#: A parameter value naming the case's extent.
EXTENT = "@extent"

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_ALG_ID = re.compile(r"^[a-z0-9_]+:[A-Za-z0-9_]+$")
REQUIRED = (
    "id",
    "title",
    "phenomenon",
    "facts",
    "references",
    "questions",
    "boundaries",
    "extent",
    "algorithms",
)

Texts = dict  # language -> text


@dataclass(frozen=True)
class Fact:
    text: Texts
    source: str
    url: str = ""


@dataclass(frozen=True)
class Boundaries:
    """Where a case's boundary layer comes from: a file shipped with the case (``path``), or for a user case
    a layer of the project (``layer_id``) with its data source and provider to load it again."""

    name: Texts
    path: str = ""
    attribution: str = ""
    label_field: str = ""
    note: Texts = field(default_factory=dict)
    layer_id: str = ""
    source: str = ""
    provider: str = "ogr"


@dataclass(frozen=True)
class SuggestedAlgorithm:
    id: str
    parameters: dict
    note: Texts = field(default_factory=dict)


@dataclass(frozen=True)
class Extent:
    xmin: float
    ymin: float
    xmax: float
    ymax: float
    crs: str = "EPSG:4326"


@dataclass
class Case:
    id: str
    title: Texts
    phenomenon: Texts
    facts: list[Fact]
    references: list[Texts]
    questions: list[Texts]
    boundaries: Boundaries | None
    extent: Extent | None
    algorithms: list[SuggestedAlgorithm]
    #: The file it was read from, or "" for a case saved in the project.
    origin: str = ""
    #: A case the user made (saved in the QGIS project), not shipped content.
    user: bool = False
    #: Problems found while reading it, for the dock to show beside it.
    problems: list[Message] = field(default_factory=list)


def text(texts: Texts | str | None, lang: str) -> str:
    """The text in ``lang``, else in English, else in any language given; "" when there is none."""
    if isinstance(texts, str):
        return texts
    if not texts:
        return ""
    for key in (lang, LANGUAGES[0], *texts):
        value = texts.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return ""


# --- reading --------------------------------------------------------------------------------------------------


def load_cases(
    folder: Path | str | Sequence[Path | str] = CASES_DIR,
) -> tuple[list[Case], list[Message]]:
    """Every ``*.json`` case file in ``folder`` (or in each of several folders, in order: the shipped cases,
    then the user's own folder), sorted by file name, and the problems found.

    A file that cannot be used (not JSON, a required field missing, an id already used, in its folder or an
    earlier one) is left out with a message; the others load. A missing folder gives one message.
    """
    folders = [folder] if isinstance(folder, (str, Path)) else list(folder)
    cases: list[Case] = []
    messages: list[Message] = []
    seen: dict[str, Path] = {}
    for one in (Path(f) for f in folders):
        if not one.is_dir():
            messages.append(
                Message(
                    QT_TRANSLATE_NOOP("CaseContent", "The case folder {folder} does not exist."),
                    folder=str(one),
                )
            )
            continue
        for path in sorted(one.glob("*.json")):
            case, problems = load_case_file(path)
            messages.extend(problems)
            if case is None:
                continue
            if case.id in seen:
                other = seen[case.id]
                messages.append(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "CaseContent",
                            "{file}: the id '{id}' is already used by {other}; this case is left out.",
                        ),
                        file=path.name,
                        id=case.id,
                        other=other.name if other.parent == path.parent else str(other),
                    )
                )
                continue
            seen[case.id] = path
            cases.append(case)
    return cases, messages


def load_case_file(path: Path | str) -> tuple[Case | None, list[Message]]:
    """One case file: the case (None if it cannot be used) and the problems found."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        return None, [
            Message(
                QT_TRANSLATE_NOOP("CaseContent", "{file}: cannot be read ({error})."),
                file=path.name,
                error=str(err),
            )
        ]
    except json.JSONDecodeError as err:
        return None, [
            Message(
                QT_TRANSLATE_NOOP(
                    "CaseContent", "{file}: not valid JSON (line {line}, column {column}: {error})."
                ),
                file=path.name,
                line=err.lineno,
                column=err.colno,
                error=err.msg,
            )
        ]
    return parse_case(data, origin=str(path), base_dir=path.parent)


def parse_case(
    data: Any, origin: str = "", base_dir: Path | None = None, user: bool = False
) -> tuple[Case | None, list[Message]]:
    """Check a case given as decoded JSON. ``base_dir`` resolves the boundary path of shipped cases; user cases
    (``user``) point at a project layer instead and may be written in one language only."""
    name = Path(origin).name if origin else "project"
    problems: list[Message] = []

    def problem(template: str, **params) -> None:
        problems.append(Message(template, file=name, **params))

    if not isinstance(data, dict):
        problem(
            QT_TRANSLATE_NOOP("CaseContent", "{file}: a case must be a JSON object; this file is left out.")
        )
        return None, problems
    missing = [key for key in REQUIRED if key not in data]
    if missing:
        problem(
            QT_TRANSLATE_NOOP(
                "CaseContent", "{file}: the field(s) {fields} are missing; this case is left out."
            ),
            fields=", ".join(f"'{m}'" for m in missing),
        )
        return None, problems
    schema = data.get("schema", SCHEMA)
    if schema != SCHEMA:
        problem(
            QT_TRANSLATE_NOOP(
                "CaseContent",
                "{file}: schema {schema} is not known (this version reads schema {known}); the case is read as schema {known}.",
            ),
            schema=schema,
            known=SCHEMA,
        )
    case_id = data["id"]
    if not isinstance(case_id, str) or not _ID.match(case_id):
        problem(
            QT_TRANSLATE_NOOP(
                "CaseContent",
                "{file}: the id {id!r} must be lowercase letters, digits, '-' or '_'; this case is left out.",
            ),
            id=case_id,
        )
        return None, problems

    def texts(value: Any, where: str, required: bool = True) -> Texts | None:
        """Checked texts by language; None (and a message) if no known language has a text."""
        if isinstance(value, str) and user:
            value = {LANGUAGES[0]: value}
        if not isinstance(value, dict):
            problem(
                QT_TRANSLATE_NOOP(
                    "CaseContent",
                    '{file}: \'{field}\' must map languages to texts, e.g. {{"en": "...", "it": "..."}}.',
                ),
                field=where,
            )
            return None
        out = {}
        for lang, string in value.items():
            if lang not in LANGUAGES:
                problem(
                    QT_TRANSLATE_NOOP(
                        "CaseContent",
                        "{file}: '{field}' has a text in an unknown language '{language}' (known: {known}); it is ignored.",
                    ),
                    field=where,
                    language=lang,
                    known=", ".join(LANGUAGES),
                )
            elif not isinstance(string, str) or not string.strip():
                problem(
                    QT_TRANSLATE_NOOP("CaseContent", "{file}: '{field}' has an empty {language} text."),
                    field=where,
                    language=lang,
                )
            else:
                out[lang] = string.strip()
        if not out:
            if required:
                problem(
                    QT_TRANSLATE_NOOP("CaseContent", "{file}: '{field}' has no text in {known}."),
                    field=where,
                    known=", ".join(LANGUAGES),
                )
            return None
        if not user:
            for lang in LANGUAGES:
                if lang not in out:
                    problem(
                        QT_TRANSLATE_NOOP(
                            "CaseContent",
                            "{file}: '{field}' has no {language} text; another language is shown.",
                        ),
                        field=where,
                        language=lang,
                    )
        return out

    title = texts(data["title"], "title")
    phenomenon = texts(data["phenomenon"], "phenomenon", required=not user)
    if user and phenomenon is None:
        phenomenon = {}  # a user case may have a title only
    if title is None or phenomenon is None:
        problem(
            QT_TRANSLATE_NOOP(
                "CaseContent", "{file}: a case needs a title and a phenomenon; this case is left out."
            )
        )
        return None, problems

    def items(key: str) -> list:
        value = data[key]
        if isinstance(value, list):
            return value
        problem(
            QT_TRANSLATE_NOOP("CaseContent", "{file}: '{field}' must be a list; it is left empty."), field=key
        )
        return []

    facts = []
    for n, item in enumerate(items("facts"), start=1):
        where = f"facts[{n}]"
        if not isinstance(item, dict):
            problem(
                QT_TRANSLATE_NOOP(
                    "CaseContent",
                    "{file}: {field} must be an object with 'text' and 'source'; it is not shown.",
                ),
                field=where,
            )
            continue
        fact_text = texts(item.get("text"), f"{where}.text")
        source = item.get("source")
        if not isinstance(source, str) or not source.strip():
            problem(
                QT_TRANSLATE_NOOP(
                    "CaseContent", "{file}: {field} has no source; a fact is shown only with its source."
                ),
                field=where,
            )
            continue
        url = item.get("url", "")
        if url and not (isinstance(url, str) and re.match(r"^https?://", url)):
            problem(
                QT_TRANSLATE_NOOP(
                    "CaseContent", "{file}: {field} has a url that is not http(s); the link is left out."
                ),
                field=where,
            )
            url = ""
        if fact_text is not None:
            facts.append(Fact(fact_text, source.strip(), url))

    references = []
    for n, item in enumerate(items("references"), start=1):
        ref = texts(item, f"references[{n}]") if not isinstance(item, str) else {LANGUAGES[0]: item}
        if ref and any(v.strip() for v in ref.values()):
            references.append(ref)
    questions = [
        q for n, item in enumerate(items("questions"), start=1) if (q := texts(item, f"questions[{n}]"))
    ]

    boundaries = _boundaries(data["boundaries"], base_dir, user, texts, problem)
    extent = _extent(data["extent"], problem) if data["extent"] is not None else None
    algorithms = []
    for n, item in enumerate(items("algorithms"), start=1):
        where = f"algorithms[{n}]"
        alg_id = item.get("id") if isinstance(item, dict) else None
        params = item.get("parameters", {}) if isinstance(item, dict) else None
        if not isinstance(alg_id, str) or not _ALG_ID.match(alg_id) or not isinstance(params, dict):
            problem(
                QT_TRANSLATE_NOOP(
                    "CaseContent",
                    "{file}: {field} needs an 'id' such as 'reindustria:landusechange' and 'parameters' as an object; it is left out.",
                ),
                field=where,
            )
            continue
        note = texts(item["note"], f"{where}.note") if "note" in item else {}
        algorithms.append(SuggestedAlgorithm(alg_id, dict(params), note or {}))

    case = Case(
        id=case_id,
        title=title,
        phenomenon=phenomenon,
        facts=facts,
        references=references,
        questions=questions,
        boundaries=boundaries,
        extent=extent,
        algorithms=algorithms,
        origin=origin,
        user=user,
        problems=list(problems),
    )
    return case, problems


def _boundaries(value, base_dir, user, texts, problem) -> Boundaries | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        problem(
            QT_TRANSLATE_NOOP(
                "CaseContent", "{file}: 'boundaries' must be an object or null; the case has no boundaries."
            )
        )
        return None
    name = texts(value.get("name"), "boundaries.name") or {}
    note = texts(value["note"], "boundaries.note") if "note" in value else {}
    label_field = value.get("label_field", "")
    label_field = label_field if isinstance(label_field, str) else ""
    if user:
        layer_id, source = value.get("layer_id", ""), value.get("source", "")
        if not (isinstance(layer_id, str) and isinstance(source, str)) or not (layer_id or source):
            problem(
                QT_TRANSLATE_NOOP(
                    "CaseContent", "{file}: the boundaries name no layer; the case has no boundaries."
                )
            )
            return None
        provider = value.get("provider") or "ogr"
        return Boundaries(
            name, layer_id=layer_id, source=source, provider=str(provider), label_field=label_field
        )
    rel = value.get("path")
    attribution = value.get("attribution", "")
    if not isinstance(rel, str) or not rel.strip():
        problem(
            QT_TRANSLATE_NOOP(
                "CaseContent", "{file}: 'boundaries' has no 'path'; the case has no boundaries."
            )
        )
        return None
    base = Path(base_dir) if base_dir is not None else CASES_DIR
    path = (base / rel).resolve() if not Path(rel).is_absolute() else Path(rel)
    if Path(rel).is_absolute() or ".." in Path(rel).parts:
        problem(
            QT_TRANSLATE_NOOP(
                "CaseContent",
                "{file}: the boundary path '{path}' must be relative to the case folder (e.g. 'boundaries/prato.geojson'); the case has no boundaries.",
            ),
            path=rel,
        )
        return None
    if not path.is_file():
        problem(
            QT_TRANSLATE_NOOP(
                "CaseContent",
                "{file}: the boundary file '{path}' does not exist; the case has no boundaries.",
            ),
            path=rel,
        )
        return None
    if label_field:
        fields = _geojson_fields(path)
        if fields is not None and label_field not in fields:
            problem(
                QT_TRANSLATE_NOOP(
                    "CaseContent",
                    "{file}: the label field '{field}' is not in the boundaries (fields: {fields}); they are loaded without labels.",
                ),
                field=label_field,
                fields=", ".join(sorted(fields)) or "-",
            )
            label_field = ""
    if not isinstance(attribution, str) or not attribution.strip():
        problem(
            QT_TRANSLATE_NOOP(
                "CaseContent",
                "{file}: the boundaries have no 'attribution'; say where the data come from and its licence.",
            ),
        )
        attribution = ""
    return Boundaries(
        name, path=str(path), attribution=attribution.strip(), label_field=label_field, note=note or {}
    )


def _geojson_fields(path: Path) -> set[str] | None:
    """The property names of a GeoJSON file's features; None for another format or a file that cannot be
    read (the dock checks the layer's fields when it loads it)."""
    if path.suffix.lower() not in (".geojson", ".json"):
        return None
    try:
        features = json.loads(path.read_text(encoding="utf-8")).get("features") or []
    except (OSError, UnicodeDecodeError, ValueError, AttributeError):
        return None
    return {k for f in features if isinstance(f, dict) for k in (f.get("properties") or {})}


def _extent(value, problem) -> Extent | None:
    try:
        keys = ("xmin", "ymin", "xmax", "ymax")
        numbers = [float(value[k]) for k in keys]
        crs = value.get("crs", "EPSG:4326")
        if not isinstance(crs, str):
            raise TypeError
    except (TypeError, KeyError, ValueError):
        problem(
            QT_TRANSLATE_NOOP(
                "CaseContent",
                "{file}: 'extent' needs numbers xmin, ymin, xmax, ymax (and a 'crs', by default EPSG:4326); zooming uses the boundaries instead.",
            ),
        )
        return None
    xmin, ymin, xmax, ymax = numbers
    geographic = crs.upper() in ("EPSG:4326", "OGC:CRS84")
    if not (xmin < xmax and ymin < ymax) or (
        geographic and not (xmin >= -180 and xmax <= 180 and ymin >= -90 and ymax <= 90)
    ):
        problem(
            QT_TRANSLATE_NOOP(
                "CaseContent",
                "{file}: 'extent' {xmin}, {ymin}, {xmax}, {ymax} is empty or outside valid longitude/latitude; zooming uses the boundaries instead.",
            ),
            xmin=xmin,
            ymin=ymin,
            xmax=xmax,
            ymax=ymax,
        )
        return None
    return Extent(xmin, ymin, xmax, ymax, crs)


# --- user cases -------------------------------------------------------------------------------------------------


def case_to_dict(case: Case) -> dict:
    """A case as the JSON object :func:`parse_case` reads (user cases are saved in the project this way)."""
    b = case.boundaries
    boundaries = None
    if b is not None:
        boundaries = {"name": b.name, "label_field": b.label_field}
        if case.user:
            boundaries.update(layer_id=b.layer_id, source=b.source, provider=b.provider)
        else:
            boundaries.update(path=b.path, attribution=b.attribution, note=b.note)
    e = case.extent
    return {
        "schema": SCHEMA,
        "id": case.id,
        "title": case.title,
        "phenomenon": case.phenomenon,
        "facts": [
            {"text": f.text, "source": f.source, **({"url": f.url} if f.url else {})} for f in case.facts
        ],
        "references": case.references,
        "questions": case.questions,
        "boundaries": boundaries,
        "extent": None
        if e is None
        else {"crs": e.crs, "xmin": e.xmin, "ymin": e.ymin, "xmax": e.xmax, "ymax": e.ymax},
        "algorithms": [{"id": a.id, "parameters": a.parameters, "note": a.note} for a in case.algorithms],
    }


def user_cases_from_json(payload: str) -> tuple[list[Case], list[Message]]:
    """User cases saved in a project (a JSON list of case objects); a broken entry is skipped with a message."""
    if not payload:
        return [], []
    try:
        data = json.loads(payload)
    except json.JSONDecodeError as err:
        return [], [
            Message(
                QT_TRANSLATE_NOOP("CaseContent", "The cases saved in this project cannot be read ({error})."),
                error=err.msg,
            )
        ]
    if not isinstance(data, list):
        return [], [
            Message(
                QT_TRANSLATE_NOOP(
                    "CaseContent", "The cases saved in this project cannot be read (not a list)."
                )
            )
        ]
    cases, messages = [], []
    for item in data:
        case, problems = parse_case(item, user=True)
        messages.extend(problems)
        if case is not None:
            cases.append(case)
    return cases, messages


def user_cases_to_json(cases: list[Case]) -> str:
    return json.dumps([case_to_dict(c) for c in cases], ensure_ascii=False)


def new_user_case(
    title: str,
    lang: str,
    phenomenon: str = "",
    extent: Extent | None = None,
    boundaries: Boundaries | None = None,
    taken: set[str] | frozenset[str] = frozenset(),
) -> Case:
    """A case made by the user from a layer or the map extent, its texts in the language ``lang``; its id is
    made from the title and unique among ``taken``."""
    base = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "case"
    case_id, n = f"user-{base}", 2
    while case_id in taken:
        case_id, n = f"user-{base}-{n}", n + 1
    return Case(
        id=case_id,
        title={lang: title.strip()},
        phenomenon={lang: phenomenon.strip()} if phenomenon.strip() else {},
        facts=[],
        references=[],
        questions=[],
        boundaries=boundaries,
        extent=extent,
        algorithms=[],
        user=True,
    )


# --- algorithm parameters ---------------------------------------------------------------------------------------


def algorithm_parameters(
    suggestion: SuggestedAlgorithm, boundary_layer: str | None, extent_text: str | None
) -> tuple[dict, list[str]]:
    """The parameters to open ``suggestion``'s dialog with: ``@boundaries`` becomes ``boundary_layer`` (a layer
    id or source) and ``@extent`` the extent text ``"xmin,xmax,ymin,ymax [crs]"``. Parameters whose value is not
    available are left out and named in the second list."""
    params, left_out = {}, []
    for key, value in suggestion.parameters.items():
        if value == BOUNDARIES:
            value = boundary_layer
        elif value == EXTENT:
            value = extent_text
        if value is None:
            left_out.append(key)
        else:
            params[key] = value
    return params, left_out


def extent_text(extent: Extent) -> str:
    """The extent as Processing writes an extent parameter: ``xmin,xmax,ymin,ymax [crs]``."""
    return f"{extent.xmin!r},{extent.xmax!r},{extent.ymin!r},{extent.ymax!r} [{extent.crs}]"


# --- the page the dock shows --------------------------------------------------------------------------------------

#: Headings of the case page, in the languages of the content (the page follows the dock's language switch,
#: which may differ from QGIS's).
HEADINGS = {
    "facts": {"en": "Facts", "it": "Fatti"},
    "no_facts": {
        "en": "No facts with a source yet: add them, each with its source, to {file}.",
        "it": "Ancora nessun fatto con la sua fonte: aggiungili, ciascuno con la fonte, in {file}.",
    },
    "questions": {"en": "Questions", "it": "Domande"},
    "references": {"en": "References", "it": "Riferimenti"},
    "no_references": {"en": "No references yet.", "it": "Ancora nessun riferimento."},
    "boundaries": {"en": "Boundaries", "it": "Confini"},
    "no_boundaries": {"en": "No boundaries.", "it": "Nessun confine."},
    "tools": {"en": "Tools for this case", "it": "Strumenti per questo caso"},
    "source": {"en": "Source", "it": "Fonte"},
    "user_case": {
        "en": "A case of this project, saved in the project file (.qgz).",
        "it": "Un caso di questo progetto, salvato nel file di progetto (.qgz).",
    },
    "layer": {"en": "Layer: {name}", "it": "Layer: {name}"},
    "not_available": {
        "en": "{id} (not available in this version)",
        "it": "{id} (non disponibile in questa versione)",
    },
}


def heading(key: str, lang: str) -> str:
    return text(HEADINGS[key], lang)


def case_html(case: Case, lang: str, algorithm_names: dict[str, str] | None = None) -> str:
    """The case as HTML for a QTextBrowser: no colours or fonts (the dock's palette applies), links to sources.
    The title is not repeated (the dock's case list shows it): the phenomenon comes first, then the facts.
    ``algorithm_names`` gives the tools' names; a tool without one is said to be not available."""
    from html import escape

    names = algorithm_names or {}
    out = []
    if text(case.phenomenon, lang):
        out.append(f"<p>{escape(text(case.phenomenon, lang))}</p>")
    if case.user:
        out.append(f"<p><i>{escape(heading('user_case', lang))}</i></p>")
    if case.facts or not case.user:
        out.append(f"<h4>{escape(heading('facts', lang))}</h4>")
    if case.facts:
        items = []
        for fact in case.facts:
            source = escape(fact.source)
            if fact.url:
                source = f'<a href="{escape(fact.url, quote=True)}">{source}</a>'
            items.append(
                f"<li>{escape(text(fact.text, lang))}<br/><small>{escape(heading('source', lang))}: {source}</small></li>"
            )
        out.append("<ul>" + "".join(items) + "</ul>")
    elif not case.user:
        where = Path(case.origin).name if case.origin else case.id
        out.append(f"<p><i>{escape(heading('no_facts', lang).format(file=where))}</i></p>")
    if case.questions:
        out.append(f"<h4>{escape(heading('questions', lang))}</h4>")
        out.append("<ul>" + "".join(f"<li>{escape(text(q, lang))}</li>" for q in case.questions) + "</ul>")
    if case.references or not case.user:
        out.append(f"<h4>{escape(heading('references', lang))}</h4>")
        if case.references:
            out.append(
                "<ul>" + "".join(f"<li>{escape(text(r, lang))}</li>" for r in case.references) + "</ul>"
            )
        else:
            out.append(f"<p><i>{escape(heading('no_references', lang))}</i></p>")
    out.append(f"<h4>{escape(heading('boundaries', lang))}</h4>")
    b = case.boundaries
    if b is None:
        out.append(f"<p>{escape(heading('no_boundaries', lang))}</p>")
    else:
        parts = [escape(text(b.name, lang))]
        if text(b.note, lang):
            parts.append(escape(text(b.note, lang)))
        if b.attribution:
            parts.append(f"<small>{escape(b.attribution)}</small>")
        out.append("<p>" + "<br/>".join(parts) + "</p>")
    if case.algorithms:
        out.append(f"<h4>{escape(heading('tools', lang))}</h4><ul>")
        for alg in case.algorithms:
            note = text(alg.note, lang)
            if alg.id in names:
                name = f"<b>{escape(names[alg.id])}</b>"
            else:
                name = f"<i>{escape(heading('not_available', lang).format(id=alg.id))}</i>"
            out.append(f"<li>{name}" + (f": {escape(note)}" if note else "") + "</li>")
        out.append("</ul>")
    return "\n".join(out)
