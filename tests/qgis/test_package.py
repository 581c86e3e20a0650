"""The zip from `make package` has the layout QGIS's "Install from ZIP" needs and runs under qgis_process."""

import subprocess
import zipfile

import pytest

from tests.conftest import REPO


@pytest.fixture(scope="module")
def package():
    subprocess.run(["make", "-s", "package"], cwd=REPO, check=True, capture_output=True)
    return REPO / "dist" / "reindustria_plugin.zip"


def test_zip_layout(package):
    names = zipfile.ZipFile(package).namelist()
    assert all(n.startswith("reindustria_plugin/") for n in names)
    # QGIS names the plugin after the folder of the shortest metadata.txt path.
    metadata = sorted((n for n in names if n.endswith("metadata.txt")), key=len)
    assert metadata[0] == "reindustria_plugin/metadata.txt"
    for needed in (
        "__init__.py",
        "plugin.py",
        "LICENSE",
        "i18n/reindustria_it.qm",
        "resources/icons/reindustria.svg",
        "processing/presets/typology_reindustrialisation.csv",
        "processing/help/landusechange.en.md",
        "processing/models/industrialchangediagnostic.model3",
        "processing/models/microspacescan.model3",
        "resources/demo/ATTRIBUTION.md",
        "resources/demo/helsinki_centre.osm.pbf",
        "resources/demo/urban_atlas_change_2012_2018_cheshire_west.gpkg",
        "analysis/report/templates/demo.html.j2",
    ):
        assert f"reindustria_plugin/{needed}" in names, needed
    assert not [n for n in names if "/tests/" in n or n.endswith((".pyc", ".ts")) or "__pycache__" in n]
    # The demo data travels with the plugin, and the plugin stays a small download.
    assert package.stat().st_size < 10_000_000


def test_packaged_plugin_runs_under_qgis_process(package):
    out = subprocess.run([str(REPO / "scripts/smoke.sh"), str(package)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-3000:]
    assert "smoke: the packaged plugin ran reindustria:landusechange" in out.stdout


def test_working_tree_under_qgis_process():
    out = subprocess.run([str(REPO / "scripts/qgis-process"), "list"], capture_output=True, text=True)
    assert "reindustria:landusechange" in out.stdout
    out = subprocess.run(
        [str(REPO / "scripts/qgis-process"), "help", "reindustria:landusechange"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0 and "RINGS" in out.stdout and "industrial" in out.stdout.lower()


def test_bad_input_under_qgis_process_exits_non_zero(tmp_path):
    out = subprocess.run(
        [
            str(REPO / "scripts/qgis-process"),
            "run",
            "reindustria:landusechange",
            "--",
            "BEFORE=/nonexistent.tif",
            "AFTER=/nonexistent.tif",
            f"CHANGE={tmp_path}/c.tif",
        ],
        capture_output=True,
        text=True,
    )
    assert out.returncode != 0
    assert "Traceback" not in out.stdout + out.stderr
    assert not (tmp_path / "c.tif").exists()
