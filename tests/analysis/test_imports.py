"""The analysis core and the package entry point must load without QGIS."""

import subprocess
import sys

from tests.conftest import REPO

CODE = """
import sys, pkgutil, importlib
import reindustria_plugin, reindustria_plugin.analysis as core
for mod in pkgutil.walk_packages(core.__path__, "reindustria_plugin.analysis."):
    importlib.import_module(mod.name)
import reindustria_plugin.paths, reindustria_plugin.dependencies
loaded = sorted(m for m in sys.modules if m == "qgis" or m.startswith(("qgis.", "PyQt")))
print(",".join(loaded))
"""


def test_core_loads_no_qgis():
    out = subprocess.run([sys.executable, "-c", CODE], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"qgis modules loaded: {out.stdout}"


def test_no_python_package_named_processing():
    # QGIS ships a 'processing' package; ours holds assets only and must never shadow it.
    assert not (REPO / "processing" / "__init__.py").exists()
    assert not list((REPO / "processing").rglob("*.py"))


def test_startup_dependency_check_imports_nothing_heavy():
    code = (
        "import sys; from reindustria_plugin import dependencies as d; "
        "print(d.not_installed(tuple(d.DEPENDENCIES))); "
        "print(sorted(m for m in ('geopandas', 'rasterio', 'scipy', 'pandas', 'shapely') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.splitlines() == ["[]", "[]"]


def test_no_translation_wrapper_hides_texts_from_pylupdate5():
    """pylupdate5 files only literal tr()/translate()/QT_TRANSLATE_NOOP calls: texts passed through a wrapper
    (a module-level _tr, another object's .tr) were never extracted and stayed English in Italian."""
    import re
    from pathlib import Path

    package = Path(__file__).resolve().parents[2] / "reindustria_plugin"
    offenders = [
        f"{path.relative_to(package)}:{n}"
        for path in package.rglob("*.py")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"^\s*def _tr\(|[^f]\.alg\.tr\(|\balg\.tr\(", line)
    ]
    assert offenders == []
