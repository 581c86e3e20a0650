"""The Italian translation loads and translates, and every source string has a translation."""

import subprocess
import xml.etree.ElementTree as ET

import pytest
from qgis.PyQt.QtCore import QCoreApplication

from reindustria_plugin import paths
from reindustria_plugin.i18n import install_translator, remove_translator
from reindustria_plugin.model_texts import model_texts
from tests.conftest import REPO


@pytest.fixture(scope="module")
def italian(qgis_app):
    qm = paths.I18N / "reindustria_it.qm"
    if not qm.exists():  # make test builds it; a bare pytest run builds it here
        subprocess.run(["make", "-s", "qm"], cwd=REPO, check=True)
    translator = install_translator("it")
    assert translator is not None, "reindustria_it.qm did not load"
    yield translator
    remove_translator(translator)


def test_italian_translates_algorithm_and_core_strings(italian):
    assert (
        QCoreApplication.translate("AlgorithmBase", "Land-use change")  # the toolbox group
        == "Cambiamenti d'uso del suolo"
    )
    assert QCoreApplication.translate("analysis", "Industrial land take") == "Consumo di suolo industriale"


def test_algorithm_display_name_in_italian(italian, provider):
    alg = provider.algorithm("landusechange")
    assert alg.displayName() == "Cambiamenti d'uso del suolo (raster)"


def test_shipped_model_in_italian(italian, provider):
    model = provider.algorithm("landtakebyzone")
    assert model.displayName() == "Consumo di suolo industriale per zona"
    assert model.group() == "Flussi di lavoro"
    english = set(model_texts(paths.MODELS / "landtakebyzone.model3"))
    shown = [p.description() for p in model.parameterDefinitions()] + [
        p.help() for p in model.parameterDefinitions()
    ]
    shown.append(model.helpContent()["ALG_DESC"])
    assert all(text and text not in english for text in shown), [t for t in shown if t in english]
    assert "Urban Atlas" in model.shortHelpString() and "Esegue" in model.shortHelpString()


def test_every_string_is_translated():
    root = ET.parse(paths.I18N / "reindustria_it.ts").getroot()
    untranslated = [
        m.findtext("source")
        for m in root.iter("message")
        if not (m.findtext("translation") or "").strip() or m.find("translation").get("type") == "unfinished"
    ]
    assert untranslated == []


def test_ts_is_up_to_date(tmp_path):
    """Every tr() string in the code is in the .ts (run `make i18n` after adding strings)."""
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(REPO / "scripts/update-ts.sh"), str(fresh)], cwd=REPO, check=True, capture_output=True
    )
    sources = {m.findtext("source") for m in ET.parse(fresh).getroot().iter("message")}
    known = {
        m.findtext("source") for m in ET.parse(paths.I18N / "reindustria_it.ts").getroot().iter("message")
    }
    assert sources - known == set()


def test_accounting_labels_in_italian(italian):
    import pandas as pd

    from reindustria_plugin.algorithms.landuse_change import translated_accounting

    frame = pd.DataFrame(
        {
            "label": ["Industrial and productive", "Total"],
            "net_contributors": ["Residential: +2.5 ha; Green, agricultural and natural: -1 ha", ""],
        }
    )
    out = translated_accounting(frame)
    assert out["label"].tolist() == ["Industriale e produttivo", "Totale"]
    assert out["net_contributors"][0].startswith("Residenziale: +2.5 ha; ")
    assert "Green" not in out["net_contributors"][0]
