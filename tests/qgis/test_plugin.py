"""The plugin entry: provider registered once, GUI parts added and removed, dependency messages."""

from unittest import mock

from qgis.core import QgsApplication, QgsProcessingAlgorithm

import reindustria_plugin
from reindustria_plugin import dependencies, paths
from reindustria_plugin.algorithms.provider import PROVIDER_ID


def registry():
    return QgsApplication.processingRegistry()


def test_provider_registered_once_and_removed(qgis_processing):
    plugin = reindustria_plugin.classFactory(None)
    plugin.initProcessing()
    first = registry().providerById(PROVIDER_ID)
    assert first is not None
    plugin.initProcessing()  # e.g. initGui after initProcessing: must not register a second provider
    other = reindustria_plugin.classFactory(None)
    other.initProcessing()  # a second instance must not register (QGIS would delete the first)
    assert registry().providerById(PROVIDER_ID) is first
    assert [p.id() for p in registry().providers()].count(PROVIDER_ID) == 1
    plugin.unload()
    assert registry().providerById(PROVIDER_ID) is None
    other.unload()


def test_provider_identity(provider):
    assert provider.name() == "ReIndustria"
    assert provider.versionInfo() == paths.metadata()["version"]
    assert provider.svgIconPath().endswith("reindustria.svg")
    algs = provider.algorithms()
    assert algs, "the provider offers no algorithm"
    for alg in algs:
        assert alg.id() == f"{PROVIDER_ID}:{alg.name()}" and alg.name() == alg.name().lower()
        assert alg.shortHelpString(), alg.id()
        assert isinstance(alg.createInstance(), type(alg))
        for param in alg.parameterDefinitions():
            assert param.help(), f"{alg.id()} {param.name()} has no help"
    # One toolbox group per group name: the shipped models sit with the algorithms of their group.
    groups = {}
    for alg in algs:
        groups.setdefault(alg.group(), set()).add(alg.groupId())
    assert all(len(ids) == 1 for ids in groups.values()), groups


def test_gui_adds_and_removes_menu_and_toolbar(qgis_iface, qgis_processing):
    iface = mock.MagicMock(wraps=qgis_iface)
    plugin = reindustria_plugin.classFactory(iface)
    plugin.initGui()
    assert registry().providerById(PROVIDER_ID) is not None
    menus = [c.args for c in iface.addPluginToMenu.call_args_list]
    assert menus and all(name == "&ReIndustria" for name, _ in menus)
    assert plugin.toolbar is not None and plugin.toolbar.actions()
    algs = {a.displayName() for a in registry().providerById(PROVIDER_ID).algorithms()}
    toggles = [d.toggleViewAction() for d in plugin.docks]  # show/hide the Cases and Indicators docks
    assert {action.text().rstrip("…") for _, action in menus if action not in toggles} == algs
    plugin.unload()
    removed = [c.args[1] for c in iface.removePluginMenu.call_args_list]
    assert removed == [action for _, action in menus]
    assert registry().providerById(PROVIDER_ID) is None
    assert plugin.toolbar is None and plugin.actions == []


def test_missing_dependency_is_reported_and_blocks_the_algorithm(provider):
    alg = registry().createAlgorithmById(f"{PROVIDER_ID}:landusechange")
    assert alg.canExecute()[0]
    with mock.patch.object(
        dependencies, "problem", side_effect=lambda m: "ModuleNotFoundError" if m == "rasterio" else None
    ):
        ok, message = alg.canExecute()
        assert not ok
        assert "rasterio" in message and "python3-rasterio" in message and "pip install rasterio" in message


def test_broken_shapely_is_detected(monkeypatch):
    from shapely.geometry import Point

    def broken(*args, **kwargs):
        raise ValueError("WKB output dimension must be 2 or 3")

    monkeypatch.setattr(Point, "wkb", property(broken))
    assert "WKB output dimension" in dependencies._shapely_works()


def test_algorithms_are_processing_algorithms(provider):
    assert all(isinstance(a, QgsProcessingAlgorithm) for a in provider.algorithms())


def test_land_use_change_tools_have_distinct_short_names(provider):
    # The toolbox cut both tools to "Land-use change around indu…": short names that differ.
    names = [
        registry().algorithmById(f"{PROVIDER_ID}:{n}").displayName()
        for n in ("landusechange", "landusechangevector")
    ]
    assert names == ["Land-use change (rasters)", "Land-use change (polygons)"]


def test_zone_field_label_says_it_is_required_with_zones(provider):
    for name in ("landusechange", "landusechangevector"):
        param = registry().algorithmById(f"{PROVIDER_ID}:{name}").parameterDefinition("ZONE_FIELD")
        assert param.flags() & param.FlagOptional
        assert "required with zones" in param.description()


def test_land_use_change_tools_have_their_own_icons(provider):
    from qgis.PyQt.QtSvg import QSvgRenderer

    paths = [
        registry().algorithmById(f"{PROVIDER_ID}:{name}").svgIconPath()
        for name in ("landusechange", "landusechangevector")
    ]
    assert len({*paths, registry().providerById(PROVIDER_ID).svgIconPath()}) == 3
    assert all(QSvgRenderer(path).isValid() for path in paths)


def test_every_algorithm_runs_in_the_main_thread(provider):
    """pyproj, GDAL's Python bindings and numpy in QGIS's worker threads crashed QGIS 3.40 once (a PROJ call in a
    QgsProcessingAlgRunnerTask, as the dialog runs algorithms): every algorithm, and so every shipped model, asks
    the dialog for the main thread."""
    from reindustria_plugin.algorithms.base import NO_THREADING

    algorithms = provider.algorithms()
    assert len(algorithms) >= 14
    assert all(a.flags() & NO_THREADING for a in algorithms), [
        a.id() for a in algorithms if not a.flags() & NO_THREADING
    ]
