"""Case content (resources/cases): the shipped cases are complete and sourced; bad files give clear messages."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reindustria_plugin.gui import case_content as cc
from tests.conftest import REPO

SHIPPED = {"milan", "prato", "brussels", "turin", "sassuolo", "alpine"}


def messages_text(messages):
    return [str(m) for m in messages]


def test_shipped_cases_load_without_problems():
    cases, messages = cc.load_cases()
    assert messages_text(messages) == []
    assert {c.id for c in cases} == SHIPPED
    for case in cases:
        assert case.problems == [], case.id


@pytest.mark.parametrize("case_id", sorted(SHIPPED))
def test_shipped_case_is_complete_in_english_and_italian(case_id):
    case, messages = cc.load_case_file(cc.CASES_DIR / f"{case_id}.json")
    assert messages == []
    texts = [case.title, case.phenomenon, *[f.text for f in case.facts], *case.questions]
    texts += [a.note for a in case.algorithms]
    if case.boundaries is not None:
        texts += [case.boundaries.name, case.boundaries.note]
    for item in texts:
        assert set(item) == {"en", "it"}, item
    assert case.questions, "every case raises questions"
    assert case.boundaries is not None and case.extent is not None
    assert case.boundaries.attribution


def test_every_boundary_file_is_shipped_with_attribution():
    attribution = (cc.CASES_DIR / "ATTRIBUTION.md").read_text(encoding="utf-8")
    cases, _ = cc.load_cases()
    files = {c.boundaries.path for c in cases}
    shipped = {str(p.resolve()) for p in (cc.CASES_DIR / "boundaries").glob("*")}
    assert files == shipped  # nothing unused ships, nothing used is missing
    for path in files:
        name = path.rsplit("/", 1)[-1]
        assert f"| {name} |" in attribution, name
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        assert data["features"] and all("name" in f["properties"] for f in data["features"])


def test_extent_contains_the_boundaries():
    cases, _ = cc.load_cases()
    for case in cases:
        xs, ys = [], []
        for feature in json.loads(Path(case.boundaries.path).read_text(encoding="utf-8"))["features"]:
            coords = re.findall(r"-?\d+\.\d+", json.dumps(feature["geometry"]["coordinates"]))
            xs += [float(v) for v in coords[0::2]]
            ys += [float(v) for v in coords[1::2]]
        e = case.extent
        assert e.xmin <= min(xs) and max(xs) <= e.xmax and e.ymin <= min(ys) and max(ys) <= e.ymax, case.id
        # and not much larger: the case fills the map
        assert (e.xmax - e.xmin) < 1.2 * (max(xs) - min(xs)), case.id


def _numbers(text):
    text = re.sub(r"(?<=\d)[,.](?=\d{3}\b)", "", text)  # thousands separators: 41,251 / 41.251 -> 41251
    text = re.sub(r"(\d+)k\b", r"\g<1>000", text)
    return set(re.findall(r"\d+(?:\.\d+)?", text))


#: Figures a fact quotes that are counted or measured on the shipped boundaries, not read in a source (each
#: checked below: Prato's 10 comuni and their 504 km²).
MEASURED = {"10", "504"}


def test_every_figure_of_a_fact_is_in_the_shared_sources(shared_data):
    # Facts come only from case_facts.md and case_figures_published.csv: every number an English fact quotes
    # must be written in one of them (or be measured on the shipped boundaries).
    sources = (shared_data / "case_facts.md").read_text(encoding="utf-8")
    sources += (shared_data / "case_figures_published.csv").read_text(encoding="utf-8")
    known = _numbers(sources) | MEASURED
    cases, _ = cc.load_cases()
    for case in cases:
        for fact in case.facts:
            missing = _numbers(fact.text["en"]) - known
            assert not missing, (case.id, fact.text["en"], missing)


def test_italian_facts_quote_the_same_figures():
    cases, _ = cc.load_cases()
    for case in cases:
        for fact in case.facts:
            en = re.sub(r"(?<=\d),(?=\d{3}\b)", "", fact.text["en"])
            it = re.sub(r"(?<=\d)\.(?=\d{3}\b)", "", fact.text["it"]).replace(",", ".")
            assert sorted(re.findall(r"\d+(?:\.\d+)?", en)) == sorted(re.findall(r"\d+(?:\.\d+)?", it)), fact


def test_prato_says_the_700_km2_are_the_sources_and_what_the_shipped_comuni_measure():
    # The district's 700 km² are the 12 comuni of the regional delimitation; the shipped file has 10 (Agliana
    # and Quarrata are not in the shared data). Their area on the WGS84 ellipsoid (pyproj's geodesic area,
    # independent of the plugin): 503.9 km².
    from pyproj import Geod
    from shapely.geometry import shape

    case, _ = cc.load_case_file(cc.CASES_DIR / "prato.json")
    features = json.loads(Path(case.boundaries.path).read_text(encoding="utf-8"))["features"]
    geod = Geod(ellps="WGS84")
    km2 = sum(abs(geod.geometry_area_perimeter(shape(f["geometry"]))[0]) for f in features) / 1e6
    assert len(features) == 10 and round(km2) == 504
    fact = next(f for f in case.facts if "700 km²" in f.text["en"])
    assert "the source's figure" in fact.text["en"] and "about 504 km²" in fact.text["en"]
    assert "Agliana and Quarrata" in fact.text["en"]
    assert "il dato della fonte" in fact.text["it"] and "circa 504 km²" in fact.text["it"]


def test_the_eu_framing_keeps_the_critique_of_the_case_notes(shared_data):
    notes = " ".join((shared_data / "case_facts.md").read_text(encoding="utf-8").split())
    critique = "speaks of markets, SMEs, clusters and regional policies, hardly of territories"
    assert critique in notes
    case, _ = cc.load_case_file(cc.CASES_DIR / "alpine.json")
    fact = next(f for f in case.facts if f.source.startswith("European Commission, COM(2014) 14"))
    assert critique in fact.text["en"]
    assert "parla di mercati, PMI, cluster e politiche regionali, quasi mai di territori" in fact.text["it"]


def test_boundary_names_are_unique_in_each_file():
    # Two features named "Jura" (the Swiss canton, the French département) read as one zone in a zone list.
    for path in sorted((cc.CASES_DIR / "boundaries").glob("*.geojson")):
        names = [f["properties"]["name"] for f in json.loads(path.read_text(encoding="utf-8"))["features"]]
        assert len(names) == len(set(names)), path.name
    alpine = json.loads((cc.CASES_DIR / "boundaries" / "alpine_candidate_regions.geojson").read_text("utf-8"))
    jura = {f["properties"]["iso"]: f["properties"]["name"] for f in alpine["features"]}
    assert jura["CH-JU"] == "Jura (CH)" and jura["FR-39"] == "Jura (FR)"


def test_facts_without_a_citable_source_are_not_filled_in():
    # case_facts.md says "(add sources you can cite)" for Turin: no facts, no references are made up.
    case, _ = cc.load_case_file(cc.CASES_DIR / "turin.json")
    assert case.facts == [] and case.references == []
    html = cc.case_html(case, "en")
    assert "No facts with a source yet" in html and "turin.json" in html


# --- bad content -------------------------------------------------------------------------------------------------


def _case(**changes):
    data = json.loads((cc.CASES_DIR / "brussels.json").read_text(encoding="utf-8"))
    data.update(changes)
    return {k: v for k, v in data.items() if v is not ...}


def _write(folder, name, data):
    folder.mkdir(exist_ok=True)
    (folder / "boundaries").mkdir(exist_ok=True)
    (folder / "boundaries" / "brussels_capital_region.geojson").write_text(
        (cc.CASES_DIR / "boundaries" / "brussels_capital_region.geojson").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_missing_field_leaves_the_case_out_with_a_message(tmp_path):
    _write(tmp_path, "a.json", _case(id="a", facts=...))
    _write(tmp_path, "b.json", _case(id="b"))
    cases, messages = cc.load_cases(tmp_path)
    assert [c.id for c in cases] == ["b"]
    assert messages_text(messages) == ["a.json: the field(s) 'facts' are missing; this case is left out."]


def test_broken_boundary_path_keeps_the_case_without_boundaries(tmp_path):
    boundaries = {**_case()["boundaries"], "path": "boundaries/nowhere.geojson"}
    path = _write(tmp_path, "c.json", _case(boundaries=boundaries))
    case, messages = cc.load_case_file(path)
    assert case is not None and case.boundaries is None
    assert messages_text(messages) == [
        "c.json: the boundary file 'boundaries/nowhere.geojson' does not exist; the case has no boundaries."
    ]
    assert case.problems == messages  # shown beside the case in the dock


@pytest.mark.parametrize("rel", ["../prato.json", "/etc/passwd"])
def test_boundary_path_outside_the_case_folder_is_refused(tmp_path, rel):
    boundaries = {**_case()["boundaries"], "path": rel}
    case, messages = cc.load_case_file(_write(tmp_path, "d.json", _case(boundaries=boundaries)))
    assert case.boundaries is None
    assert "must be relative to the case folder" in str(messages[0])


def test_unknown_language_is_reported_and_ignored(tmp_path):
    title = {"en": "Brussels", "it": "Bruxelles", "xx": "???"}
    case, messages = cc.load_case_file(_write(tmp_path, "e.json", _case(title=title)))
    assert case.title == {"en": "Brussels", "it": "Bruxelles"}
    assert messages_text(messages) == [
        "e.json: 'title' has a text in an unknown language 'xx' (known: en, it); it is ignored."
    ]


def test_missing_language_falls_back_to_english(tmp_path):
    case, messages = cc.load_case_file(_write(tmp_path, "f.json", _case(phenomenon={"en": "Only English"})))
    assert messages_text(messages) == ["f.json: 'phenomenon' has no it text; another language is shown."]
    assert cc.text(case.phenomenon, "it") == "Only English"


def test_no_known_language_in_the_title_leaves_the_case_out(tmp_path):
    case, messages = cc.load_case_file(_write(tmp_path, "g.json", _case(title={"fr": "Bruxelles"})))
    assert case is None
    assert (
        messages_text(messages)[-1] == "g.json: a case needs a title and a phenomenon; this case is left out."
    )


def test_fact_without_source_is_not_shown(tmp_path):
    facts = [
        {"text": {"en": "A", "it": "A"}},
        {"text": {"en": "B", "it": "B"}, "source": "ISTAT", "url": "ftp://x"},
    ]
    case, messages = cc.load_case_file(_write(tmp_path, "h.json", _case(facts=facts)))
    assert [(f.text["en"], f.source, f.url) for f in case.facts] == [("B", "ISTAT", "")]
    assert messages_text(messages) == [
        "h.json: facts[1] has no source; a fact is shown only with its source.",
        "h.json: facts[2] has a url that is not http(s); the link is left out.",
    ]


def test_not_json_duplicate_id_and_bad_extent(tmp_path):
    _write(tmp_path, "a.json", '{"id": "x",')
    _write(tmp_path, "b.json", _case(id="same", extent={"xmin": 5, "ymin": 50, "xmax": 4, "ymax": 51}))
    _write(tmp_path, "c.json", _case(id="same"))
    _write(tmp_path, "d.json", "[1, 2]")
    cases, messages = cc.load_cases(tmp_path)
    assert [c.id for c in cases] == ["same"] and cases[0].extent is None
    text = messages_text(messages)
    assert text[0].startswith("a.json: not valid JSON (line 1, column")
    assert text[1].startswith(
        "b.json: 'extent' 5.0, 50.0, 4.0, 51.0 is empty or outside valid longitude/latitude"
    )
    assert text[2] == "c.json: the id 'same' is already used by b.json; this case is left out."
    assert text[3] == "d.json: a case must be a JSON object; this file is left out."


def test_missing_folder_is_a_message(tmp_path):
    cases, messages = cc.load_cases(tmp_path / "none")
    assert cases == [] and "does not exist" in str(messages[0])


def test_bad_algorithm_entry_is_left_out(tmp_path):
    algorithms = [
        {"id": "landusechange"},
        {"id": "reindustria:landusechange", "parameters": {"RINGS": "100"}},
    ]
    case, messages = cc.load_case_file(_write(tmp_path, "i.json", _case(algorithms=algorithms)))
    assert [a.id for a in case.algorithms] == ["reindustria:landusechange"]
    assert "algorithms[1] needs an 'id'" in str(messages[0])


# --- parameters, user cases, page ------------------------------------------------------------------------------


def test_algorithm_parameters_fill_in_the_case_layer_and_extent():
    suggestion = cc.SuggestedAlgorithm("reindustria:x", {"ZONES": "@boundaries", "EXTENT": "@extent", "N": 0})
    params, left_out = cc.algorithm_parameters(suggestion, "layer_id_1", "1.0,2.0,3.0,4.0 [EPSG:4326]")
    assert params == {"ZONES": "layer_id_1", "EXTENT": "1.0,2.0,3.0,4.0 [EPSG:4326]", "N": 0}
    assert left_out == []
    params, left_out = cc.algorithm_parameters(suggestion, None, None)
    assert params == {"N": 0} and left_out == ["ZONES", "EXTENT"]
    # Processing's extent text is xmin,xmax,ymin,ymax [crs]
    assert cc.extent_text(cc.Extent(4.23, 50.755, 4.495, 50.925)) == "4.23,4.495,50.755,50.925 [EPSG:4326]"


def test_user_case_round_trip_through_json():
    boundaries = cc.Boundaries({"it": "Macrolotto"}, layer_id="lyr_1", source="/data/m.gpkg|layername=m")
    case = cc.new_user_case(
        "Macrolotto Zero", "it", "Case e laboratori", cc.Extent(11.0, 43.8, 11.1, 43.9), boundaries
    )
    assert case.id == "user-macrolotto-zero" and case.user
    again = cc.new_user_case("Macrolotto Zero", "it", taken={case.id})
    assert again.id == "user-macrolotto-zero-2"
    loaded, messages = cc.user_cases_from_json(cc.user_cases_to_json([case, again]))
    assert messages == []
    assert [c.id for c in loaded] == [case.id, again.id]
    first = loaded[0]
    assert first.title == {"it": "Macrolotto Zero"} and first.phenomenon == {"it": "Case e laboratori"}
    assert first.extent == case.extent and first.boundaries == case.boundaries and first.user
    assert cc.text(first.title, "en") == "Macrolotto Zero"  # one language is enough for a user case


def test_broken_project_entry_is_a_message():
    cases, messages = cc.user_cases_from_json("{not json")
    assert cases == [] and "cannot be read" in str(messages[0])
    cases, messages = cc.user_cases_from_json(json.dumps([{"id": "x"}]))
    assert cases == [] and "are missing" in str(messages[0])


def test_case_page_escapes_text_and_links_sources():
    case, _ = cc.load_case_file(cc.CASES_DIR / "prato.json")
    html = cc.case_html(case, "it", {"reindustria:comparedistricts": "Confronta i distretti"})
    assert "<h4>Fatti</h4>" in html and "Domande" in html and "Riferimenti" in html
    assert (
        'href="https://stage.ilmanifesto.it/si-produce-sia-per-i-grandi-marchi-che-per-il-fast-fashion"'
        in html
    )
    assert "6.627 unità locali" in html and "Confindustria Toscana Nord" in html
    assert "<b>Confronta i distretti</b>" in html
    case.title = {"en": "<script>x</script>"}
    assert "<script>" not in cc.case_html(case, "en")


def test_content_modules_load_no_qgis():
    code = (
        "import sys; import reindustria_plugin.gui.case_content, reindustria_plugin.gui.indicator_data; "
        "print(sorted(m for m in sys.modules if m == 'qgis' or m.startswith(('qgis.', 'PyQt'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_label_field_the_boundaries_lack_is_reported(tmp_path):
    boundaries = {**_case()["boundaries"], "label_field": "nome"}
    case, messages = cc.load_case_file(_write(tmp_path, "j.json", _case(boundaries=boundaries)))
    assert case.boundaries is not None and case.boundaries.label_field == ""  # loaded without labels
    assert messages_text(messages) == [
        "j.json: the label field 'nome' is not in the boundaries (fields: iso, name, osm_id, wikidata_id); they are "
        "loaded without labels."
    ]
    assert case.problems == messages


def test_the_case_page_does_not_repeat_the_title_and_names_tools_not_available():
    case, _ = cc.load_case_file(cc.CASES_DIR / "prato.json")
    html = cc.case_html(case, "en", {})
    assert cc.text(case.title, "en") not in html and "<h3>" not in html
    assert html.startswith("<p>The Macrolotto zones")  # the phenomenon first, then the facts
    assert "reindustria:comparedistricts (not available in this version)" in html


def test_cases_from_several_folders_keep_the_first_of_an_id(tmp_path):
    ours = tmp_path / "ours"
    _write(ours, "brussels.json", _case())  # a shipped id again: left out
    _write(ours, "west.json", _case(id="brussels-west"))
    cases, messages = cc.load_cases([cc.CASES_DIR, ours, tmp_path / "gone"])
    assert [c.id for c in cases] == [*sorted(SHIPPED), "brussels-west"]
    assert messages_text(messages) == [
        f"brussels.json: the id 'brussels' is already used by {cc.CASES_DIR / 'brussels.json'}; this case is "
        "left out.",
        f"The case folder {tmp_path / 'gone'} does not exist.",
    ]
    west = cases[-1]
    assert west.boundaries.path.startswith(str(ours / "boundaries"))  # relative to its own folder
