"""The Cases and Indicators docks, the options page and the plugin's GUI entries (pytest-qgis; the stub iface
docks nothing, so the docks are put on the test main window)."""

import csv
import json
import re
import subprocess
from unittest import mock

import pytest
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsPointXY,
    QgsProcessingContext,
    QgsProject,
    QgsRectangle,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt
from qgis.PyQt.QtGui import QImage

import reindustria_plugin
from reindustria_plugin import paths, settings
from reindustria_plugin.gui import case_content as cc
from reindustria_plugin.gui import cases_dock as cases_module
from reindustria_plugin.gui.cases_dock import CasesDock
from reindustria_plugin.gui.indicator_labels import english
from reindustria_plugin.gui.indicators_dock import IndicatorsDock
from reindustria_plugin.gui.options_page import OptionsFactory, OptionsPage, label
from tests.conftest import REPO

DEMO = paths.RESOURCES / "demo"
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def flush_deletes():
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


@pytest.fixture
def project(qgis_new_project):
    yield qgis_new_project
    qgis_new_project.clear()


@pytest.fixture
def make_dock(qgis_iface, provider, project):
    """Build a dock on the test main window; removed and deleted afterwards."""
    docks = []

    def _make(cls, **kwargs):
        dock = cls(qgis_iface, qgis_iface.mainWindow(), **kwargs)
        qgis_iface.mainWindow().addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.show()
        docks.append(dock)
        return dock

    yield _make
    for dock in docks:
        dock.cleanup()
        qgis_iface.mainWindow().removeDockWidget(dock)
        dock.deleteLater()
    flush_deletes()


def case_layers(case_id):
    return [
        layer
        for layer in QgsProject.instance().mapLayers().values()
        if layer.customProperty(cases_module.CASE_PROPERTY) == case_id
    ]


# --- plugin entries ----------------------------------------------------------------------------------------------


def test_plugin_adds_docks_menu_toolbar_and_options_and_unload_removes_them(
    qgis_iface, qgis_processing, project
):
    iface = mock.MagicMock(wraps=qgis_iface)
    plugin = reindustria_plugin.classFactory(iface)
    plugin.initGui()
    docks = {d.objectName(): d for d in plugin.docks}
    assert set(docks) == {"ReIndustriaCasesDock", "ReIndustriaIndicatorsDock"}
    assert [c.args[0] for c in iface.addDockWidget.call_args_list] == [
        Qt.DockWidgetArea.RightDockWidgetArea
    ] * 2
    menu_actions = [c.args[1] for c in iface.addPluginToMenu.call_args_list]
    toggles = [d.toggleViewAction() for d in plugin.docks]
    assert all(t in menu_actions and t in plugin.toolbar.actions() for t in toggles)
    assert all(not t.icon().isNull() for t in menu_actions)
    # the toolbar: the two docks, then one drop-down with every algorithm, a section per toolbox group
    algs = QgsApplication.processingRegistry().providerById("reindustria").algorithms()
    tools = [a for a in plugin.tools_menu.actions() if not a.isSeparator()]
    assert tools == plugin.actions and len(tools) == len(algs)
    sections = [a.text() for a in plugin.tools_menu.actions() if a.isSeparator()]
    assert sections == sorted({a.group() for a in algs})
    factory = iface.registerOptionsWidgetFactory.call_args.args[0]
    assert isinstance(factory, OptionsFactory) and factory.title() == "ReIndustria"

    plugin.unload()
    assert [c.args[0] for c in iface.removeDockWidget.call_args_list] == list(docks.values())
    assert iface.unregisterOptionsWidgetFactory.call_args.args[0] is factory
    assert {c.args[1] for c in iface.removePluginMenu.call_args_list} == set(menu_actions)
    assert plugin.docks == [] and plugin.options_factory is None and plugin.toolbar is None
    flush_deletes()
    from qgis.PyQt import sip

    assert all(sip.isdeleted(d) for d in docks.values())
    # Nothing is left connected to the project: clearing or reading it after unload must not reach the docks.
    QgsProject.instance().clear()

    # Plugin Reloader: a second load works and gives fresh docks.
    again = reindustria_plugin.classFactory(iface)
    again.initGui()
    assert len(again.docks) == 2 and again.cases_dock.case_combo.count() == 6
    again.unload()
    flush_deletes()


def test_dock_visibility_is_remembered(qgis_iface, qgis_processing, project):
    plugin = reindustria_plugin.classFactory(qgis_iface)
    plugin.initGui()
    plugin.indicators_dock.toggleViewAction().setChecked(True)
    plugin.cases_dock.toggleViewAction().setChecked(True)  # (the test window is never shown: the action
    plugin.cases_dock.toggleViewAction().setChecked(False)  # starts unchecked, as after a real close)
    assert QgsSettings().value("reindustria/gui/indicators_visible", type=bool) is True
    assert QgsSettings().value("reindustria/gui/cases_visible", type=bool) is False
    plugin.unload()  # hiding the docks while unloading is not the user's choice: not stored
    assert QgsSettings().value("reindustria/gui/indicators_visible", type=bool) is True
    flush_deletes()
    again = reindustria_plugin.classFactory(qgis_iface)
    again.initGui()
    # (the test window is never shown, so "visible" means not hidden)
    assert not again.indicators_dock.isHidden() and again.cases_dock.isHidden()
    again.unload()
    flush_deletes()
    QgsSettings().remove("reindustria/gui")


def test_options_page_lists_every_setting_and_stores_them(qgis_app):
    page = OptionsFactory().createWidget(None)
    assert isinstance(page, OptionsPage)
    assert set(page.edits) == set(settings.DEFAULTS)  # read at runtime: keys added later show up
    assert label("reindustria/corine_endpoint_2018") == "CORINE Land Cover 2018: layer URL (ArcGIS REST)"
    assert label("reindustria/some_new_timeout") == "Some new timeout"
    key = "reindustria/overpass_endpoint"
    edit = page.edits[key]
    assert edit.placeholderText() == settings.DEFAULTS[key]
    edit.setText("https://overpass.example.org/api/interpreter")
    page.apply()
    assert settings.value(key) == "https://overpass.example.org/api/interpreter"
    edit.setText("not a url")
    assert page.warnings[key].isVisibleTo(page)
    page.apply()  # an address that is not http(s) is not kept: the default applies
    assert settings.value(key) == settings.DEFAULTS[key]
    edit.setText("")
    page.apply()
    assert settings.value(key) == settings.DEFAULTS[key]
    page.deleteLater()


# --- cases dock --------------------------------------------------------------------------------------------------


def test_cases_dock_lists_the_cases_and_switches_language(make_dock):
    dock = make_dock(CasesDock)
    assert dock.objectName() == "ReIndustriaCasesDock"
    titles = [dock.case_combo.itemText(i) for i in range(dock.case_combo.count())]
    assert len(titles) == 6 and "Prato: a textile district rewritten from the bottom up" in titles
    assert dock.select_case("prato")
    dock.set_language("en")
    assert "Facts" in dock.browser.toPlainText() and "41,251 employees" in dock.browser.toPlainText()
    dock.set_language("it")
    assert dock.case_combo.currentText() == "Prato: un distretto tessile riscritto dal basso"
    text = dock.browser.toPlainText()
    assert "Fatti" in text and "41.251 addetti" in text and "Confindustria Toscana Nord" in text
    assert dock.language_combo.currentData() == "it"
    dock.set_language("fr")  # no such content: a message, the language stays
    assert dock.language == "it"
    assert QgsSettings().value(cases_module.LAST_CASE_KEY) == "prato"


def test_language_follows_the_qgis_locale(qgis_app):
    settings_ = QgsSettings()
    settings_.setValue("locale/overrideFlag", True)
    try:
        settings_.setValue("locale/userLocale", "it_IT")
        assert cases_module.initial_language() == "it"
        settings_.setValue("locale/userLocale", "de_DE")
        assert cases_module.initial_language() == "en"  # no German texts: English
    finally:
        settings_.remove("locale/overrideFlag")
        settings_.remove("locale/userLocale")


def test_last_case_is_selected_again(make_dock):
    QgsSettings().setValue(cases_module.LAST_CASE_KEY, "sassuolo")
    dock = make_dock(CasesDock)
    assert dock.current_case().id == "sassuolo"


def test_load_boundaries_adds_the_real_layer_once_with_attribution(make_dock):
    dock = make_dock(CasesDock)
    dock.select_case("prato")
    layer = dock.load_boundaries()
    assert layer is not None and layer.isValid() and layer.featureCount() == 10
    assert layer.name() == "Comuni of the Prato textile district (10 of 12)"
    assert {f["name"] for f in layer.getFeatures()} >= {"Prato", "Montemurlo", "Campi Bisenzio"}
    assert sum(f["pop_2023"] for f in layer.getFeatures()) > 300_000
    assert "Openpolis" in layer.metadata().rights()[0]
    assert layer.labelsEnabled()
    assert dock.load_boundaries() is layer and case_layers("prato") == [layer]
    dock.select_case("brussels")
    brussels = dock.load_boundaries()
    assert brussels.featureCount() == 1 and "OpenStreetMap" in brussels.metadata().rights()[0]


def test_zoom_to_case_changes_the_canvas_extent(make_dock, qgis_iface):
    canvas = qgis_iface.mapCanvas()
    mercator = QgsCoordinateReferenceSystem("EPSG:3857")
    canvas.setDestinationCrs(mercator)
    canvas.setExtent(QgsRectangle(0, 0, 1000, 1000))
    dock = make_dock(CasesDock)
    dock.select_case("sassuolo")
    dock.zoom_to_case()
    to_canvas = QgsCoordinateTransform(WGS84, mercator, QgsProject.instance())
    sassuolo = to_canvas.transform(QgsPointXY(10.785, 44.543))  # the town, inside the case extent
    extent = canvas.extent()
    assert extent.contains(sassuolo)
    case = to_canvas.transformBoundingBox(QgsRectangle(10.62, 44.45, 10.94, 44.66))
    assert (
        case.width() <= extent.width() < 2 * case.width()
        or case.height() <= extent.height() < 2 * case.height()
    )
    dock.select_case("alpine")
    dock.zoom_to_case()
    assert canvas.extent().width() > 20 * extent.width()


def test_every_suggested_algorithm_exists_and_takes_its_parameters(make_dock):
    dock = make_dock(CasesDock)
    registry = QgsApplication.processingRegistry()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    for case in dock.cases:
        dock.select_case(case.id)
        for suggestion in case.algorithms:
            alg = registry.algorithmById(suggestion.id)
            assert alg is not None, suggestion.id
            assert all(alg.parameterDefinition(k) is not None for k in suggestion.parameters), suggestion
            params = dock.algorithm_parameters(suggestion)
            assert set(params) == set(suggestion.parameters)
            for key, value in params.items():
                assert alg.parameterDefinition(key).checkValueIsAcceptable(value, context), (
                    suggestion.id,
                    key,
                )


def test_analyse_opens_the_dialog_with_the_case_layer_filled_in(make_dock, monkeypatch):
    opened = []
    monkeypatch.setattr(
        CasesDock, "open_dialog", staticmethod(lambda alg_id, params: opened.append((alg_id, params)))
    )
    dock = make_dock(CasesDock)
    dock.select_case("sassuolo")
    actions = {a.text(): a for a in dock.analyse_menu.actions()}
    assert "Compare districts…" in actions
    actions["Compare districts…"].trigger()
    layer = case_layers("sassuolo")[0]
    assert opened == [
        (
            "reindustria:comparedistricts",
            {"DISTRICTS": layer.id(), "NAME_FIELD": "name", "NOMENCLATURE": 0, "CELL_SIZE": 100},
        )
    ]
    assert layer.featureCount() == 7


def test_get_data_offers_the_download_tools_that_exist(make_dock, monkeypatch):
    monkeypatch.setattr(cases_module, "DOWNLOADS", (*cases_module.DOWNLOADS, "reindustria:downloadnothing"))
    dock = make_dock(CasesDock)
    dock.select_case("milan")
    registry = QgsApplication.processingRegistry()
    entries = {a.text().rstrip("…"): a for a in dock.data_menu.actions()}
    # an algorithm QGIS does not have: named and explained, not a greyed id
    missing = entries["downloadnothing (not available)"]
    assert missing.isEnabled() and "reindustria:downloadnothing is not available" in missing.toolTip()
    missing.trigger()
    assert "reindustria:downloadnothing is not available" in " ".join(w.text() for w in dock.bar.items())
    for alg_id in cases_module.DOWNLOADS[:-1]:
        alg = registry.algorithmById(alg_id)
        if alg is None:
            assert not entries[alg_id].isEnabled()
            continue
        assert entries[alg.displayName()].isEnabled()
        extent_params = [d.name() for d in alg.parameterDefinitions() if d.type() == "extent"]
        assert dock.download_parameters(alg_id) == dict.fromkeys(
            extent_params, "9.03,9.29,45.38,45.545 [EPSG:4326]"
        )


def test_user_case_survives_a_project_save_and_load(make_dock, qgis_iface, tmp_path):
    project = QgsProject.instance()
    zones = QgsVectorLayer(str(DEMO / "lausanne_municipality.gpkg"), "Lausanne", "ogr")
    project.addMapLayer(zones)
    zones_id = zones.id()
    dock = make_dock(CasesDock)
    case = dock.add_user_case("Lausanne west", "Industrial land by the lake", zones)
    assert case is not None and dock.current_case().id == case.id
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(WGS84)
    canvas.setExtent(QgsRectangle(6.5, 46.5, 6.7, 46.6))
    by_extent = dock.add_user_case("Around the station")
    assert by_extent.boundaries is None
    assert by_extent.extent.xmin == pytest.approx(canvas.extent().xMinimum())

    path = str(tmp_path / "cases.qgz")
    assert project.write(path)
    project.clear()
    assert dock.case_combo.findData(case.id) < 0 and len(dock.user_cases) == 0
    assert project.read(path)
    assert [c.id for c in dock.user_cases] == [case.id, by_extent.id]
    assert dock.select_case(case.id)
    loaded = dock.current_case()
    assert loaded.title == {"en": "Lausanne west"} and loaded.phenomenon == {
        "en": "Industrial land by the lake"
    }
    layer = dock.load_boundaries()
    assert layer is not None and layer.id() == zones_id and layer.name() == "Lausanne"
    # The entry in the project file is the same JSON the loader reads.
    entry, ok = project.readEntry(cases_module.PROJECT_SCOPE, cases_module.PROJECT_KEY, "")
    assert ok and [c["id"] for c in json.loads(entry)] == [case.id, by_extent.id]
    dock.remove_user_case()
    assert [c.id for c in dock.user_cases] == [by_extent.id]


def test_bad_content_gives_messages_in_the_dock_and_the_log(make_dock, tmp_path):
    good = json.loads((cc.CASES_DIR / "turin.json").read_text(encoding="utf-8"))
    good["boundaries"]["path"] = "boundaries/missing.geojson"
    (tmp_path / "turin.json").write_text(json.dumps(good), encoding="utf-8")
    (tmp_path / "broken.json").write_text('{"id": "broken"', encoding="utf-8")
    logged = []
    QgsApplication.messageLog().messageReceived.connect(lambda text, tag, level: logged.append((tag, text)))
    dock = make_dock(CasesDock, cases_dir=tmp_path)
    assert dock.case_combo.count() == 1
    shown = " ".join(w.text() for w in dock.bar.items())
    assert "broken.json: not valid JSON" in shown and "turin.json: the boundary file" in shown
    assert any(tag == "ReIndustria" and "broken.json" in text for tag, text in logged)
    assert not dock.boundaries_button.isEnabled() and dock.zoom_button.isEnabled()
    assert dock.load_boundaries() is None

    empty = make_dock(CasesDock, cases_dir=tmp_path / "none")
    assert empty.case_combo.count() == 0 and "No case to show" in empty.browser.toPlainText()
    assert not empty.zoom_button.isEnabled() and empty.zoom_to_case() is None


def copy_case(folder, case_id, **changes):
    """A shipped case file (and its boundaries) in ``folder``, with ``changes`` to its JSON."""
    data = json.loads((cc.CASES_DIR / f"{case_id}.json").read_text(encoding="utf-8"))
    for key, value in changes.items():
        if callable(value):
            value(data)
        else:
            data[key] = value
    (folder / "boundaries").mkdir(parents=True, exist_ok=True)
    name = data["boundaries"]["path"].rsplit("/", 1)[-1]
    (folder / "boundaries" / name).write_bytes((cc.CASES_DIR / "boundaries" / name).read_bytes())
    (folder / f"{case_id}.json").write_text(json.dumps(data), encoding="utf-8")


def bar_text(dock):
    return " ".join(w.text() for w in dock.bar.items())


def test_a_content_problem_shows_with_its_case_and_goes_when_the_file_is_fixed(make_dock, tmp_path):
    def wrong_label(data):
        data["boundaries"]["label_field"] = "nome"

    def wrong_parameter(data):
        data["algorithms"][0]["parameters"]["RINGZ"] = "250"

    copy_case(tmp_path, "brussels")
    copy_case(tmp_path, "turin", boundaries=wrong_label, algorithms=wrong_parameter)
    (tmp_path / "broken.json").write_text('{"id": "broken"', encoding="utf-8")
    dock = make_dock(CasesDock, cases_dir=tmp_path)
    assert str(tmp_path) in dock.watcher.directories()  # edits while QGIS runs are read again

    dock.select_case("brussels")
    assert "turin.json" not in bar_text(dock)  # another case's problem is not shown here
    assert "broken.json: not valid JSON" in bar_text(dock)  # a file left out: once, until closed
    dock.select_case("turin")
    shown = bar_text(dock)
    assert "turin.json: the label field 'nome' is not in the boundaries" in shown
    assert "algorithms[1] (reindustria:landusechange) has no parameter RINGZ" in shown
    general = next(w for w in dock.bar.items() if "broken.json" in w.text())
    dock.bar.popWidget(general)  # the user closes it
    dock.select_case("brussels")
    assert "broken.json" not in bar_text(dock)
    layer = dock.load_boundaries()
    assert layer is not None and layer.labelsEnabled()

    # fixed: the messages go
    copy_case(tmp_path, "turin")
    (tmp_path / "broken.json").unlink()
    dock.reload_cases()
    dock.select_case("turin")
    assert bar_text(dock) == ""
    assert dock.current_case().boundaries.label_field == "name"


def test_a_label_field_the_boundaries_lack_is_said_when_they_load(make_dock, project):
    dock = make_dock(CasesDock)
    dock.select_case("milan")
    case = dock.current_case()
    dock.cases[dock.cases.index(case)] = cc.Case(
        **{
            **case.__dict__,
            "boundaries": cc.Boundaries(**{**case.boundaries.__dict__, "label_field": "nome"}),
        }
    )
    layer = dock.load_boundaries()
    assert layer is not None and not layer.labelsEnabled()
    assert "have no field 'nome' to label them with" in bar_text(dock)


def test_an_algorithm_qgis_lacks_is_named_and_explained(make_dock):
    dock = make_dock(CasesDock)
    dock.select_case("sassuolo")
    case = dock.current_case()
    case.algorithms = [*case.algorithms, cc.SuggestedAlgorithm("reindustria:nothing", {})]
    dock.select_case("milan")
    dock.select_case("sassuolo")
    entry = next(a for a in dock.analyse_menu.actions() if "nothing" in a.text())
    assert entry.text() == "nothing (not available)" and entry.isEnabled()
    assert "The algorithm reindustria:nothing is not available" in entry.toolTip()
    assert "reindustria:nothing (not available in this version)" in dock.browser.toPlainText()


def test_the_facts_show_without_scrolling_in_a_dock_of_a_1366_x_768_screen(make_dock):
    # The Cases dock shares the right side with the Indicators dock: about 470 x 300 pixels.
    dock = make_dock(CasesDock)
    dock.setFloating(True)
    dock.resize(470, 300)
    QCoreApplication.processEvents()
    assert dock.width() == 470  # one row of buttons (icons alone when their texts do not fit) keeps it narrow
    for case_id in ("prato", "sassuolo"):
        dock.select_case(case_id)
        dock.set_language("it")
        QCoreApplication.processEvents()
        text = dock.browser.toPlainText()
        assert cc.text(dock.current_case().title, "it") not in text  # the title is in the list, once
        document = dock.browser.document()
        facts = document.find("Fatti").block()
        first = facts.next()  # the heading and the first two lines of the first fact are in sight
        lines = first.layout().lineAt(0).height() + first.layout().lineAt(1).height()
        bottom = document.documentLayout().blockBoundingRect(first).top() + lines
        assert bottom <= dock.browser.viewport().height(), (case_id, bottom, dock.browser.viewport().height())


@pytest.fixture
def case_folder(tmp_path):
    """A folder of the user's own case files, set in the plugin settings; unset afterwards."""
    folder = tmp_path / "our cases"
    folder.mkdir()
    yield folder
    QgsSettings().remove(settings.CASE_FOLDER)


def test_cases_of_the_users_own_folder_are_read_besides_the_shipped_ones(make_dock, case_folder):
    def brussels_west(data):
        data["id"] = "brussels-west"
        data["title"] = {"en": "Brussels west: the canal zone", "it": "Bruxelles ovest: la zona del canale"}

    copy_case(case_folder, "brussels", id=brussels_west)
    copy_case(case_folder, "prato")  # the id of a shipped case: left out, said
    settings.set_value(settings.CASE_FOLDER, str(case_folder))
    dock = make_dock(CasesDock)
    ids = [dock.case_combo.itemData(i) for i in range(dock.case_combo.count())]
    assert len(ids) == 7 and ids[-1] == "brussels-west"
    assert str(case_folder) in dock.watcher.directories()
    assert f"prato.json: the id 'prato' is already used by {cc.CASES_DIR / 'prato.json'}" in bar_text(dock)
    dock.select_case("brussels-west")
    layer = dock.load_boundaries()  # from the user's folder, relative to the case file
    assert layer is not None and layer.featureCount() == 1
    assert layer.source().startswith(str(case_folder / "boundaries"))


def test_the_case_folder_is_set_on_the_options_page_and_read_when_it_is_accepted(
    qgis_iface, qgis_processing, project, case_folder
):
    plugin = reindustria_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert plugin.cases_dock.case_combo.count() == 6
        page = plugin.options_factory.createWidget(None)
        edit = page.edits[settings.CASE_FOLDER]
        assert label(settings.CASE_FOLDER) == "Folder of your own case files (Cases panel)"
        assert settings.CASE_FOLDER in page.browse_buttons and edit.placeholderText() == ""
        edit.setText(str(case_folder / "missing"))
        assert "does not exist" in page.warnings[settings.CASE_FOLDER].text()
        copy_case(case_folder, "milan", id=lambda d: d.update(id="milan-nolo"))
        edit.setText(str(case_folder))
        assert not page.warnings[settings.CASE_FOLDER].isVisibleTo(page)
        page.apply()  # QGIS calls it when the Options dialog is accepted
        assert settings.value(settings.CASE_FOLDER) == str(case_folder)
        assert plugin.cases_dock.case_combo.findData("milan-nolo") >= 0
        edit.setText("")
        page.apply()
        assert plugin.cases_dock.case_combo.count() == 6
        page.deleteLater()
    finally:
        plugin.unload()
        flush_deletes()


def test_broken_user_cases_in_a_project_give_a_message(make_dock):
    QgsProject.instance().writeEntry(cases_module.PROJECT_SCOPE, cases_module.PROJECT_KEY, "[{]")
    dock = make_dock(CasesDock)
    dock.reload_project_cases()
    assert dock.user_cases == [] and dock.case_combo.count() == 6
    assert "cannot be read" in " ".join(w.text() for w in dock.bar.items())


# --- indicators dock -----------------------------------------------------------------------------------------------


@pytest.fixture
def change_outputs(run, tmp_path):
    out = run(
        "reindustria:landusechange",
        {
            "BEFORE": str(DEMO / "clc_lausanne_2006_100m.tif"),
            "AFTER": str(DEMO / "clc_lausanne_2012_100m.tif"),
            "NOMENCLATURE": 0,
            "RINGS": "250,500,1000",
            "ZONES": str(DEMO / "lausanne_municipality.gpkg"),
            "ZONE_FIELD": "GMDNAME",
            "SUMMARY": str(tmp_path / "summary.csv"),
            "ACCOUNTING": str(tmp_path / "accounting.csv"),
        },
    )
    return out["SUMMARY"], out["ACCOUNTING"]


def read_rows(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_indicators_dock_fills_from_a_land_use_change_run(make_dock, change_outputs, tmp_path):
    summary_path, accounting_path = change_outputs
    dock = make_dock(IndicatorsDock)
    assert dock.layer_combo.count() == 0 and "No result yet" in dock.status.text()
    project = QgsProject.instance()
    project.addMapLayer(QgsVectorLayer(summary_path, "summary", "ogr"))
    project.addMapLayer(QgsVectorLayer(accounting_path, "accounting", "ogr"))
    # the newest result is shown: the accounting, as a table and a chart
    assert dock.current_layer().name() == "accounting" and dock.layer_combo.count() == 2
    expected = read_rows(accounting_path)
    assert dock.table.rowCount() == len(expected)
    # headers: labels, the field names in the tooltips; keys shown by their labels
    fields = [dock.table.horizontalHeaderItem(c).toolTip() for c in range(dock.table.columnCount())]
    assert fields == list(expected[0])
    assert dock.table.horizontalHeaderItem(fields.index("gross_gain_ha")).text() == "Gross gain (ha)"
    row = next(
        r
        for r in range(dock.table.rowCount())
        if dock.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == "industrial"
    )
    assert dock.table.item(row, 0).text() == "Industrial and productive"
    gain = dock.table.item(row, fields.index("gross_gain_ha")).data(Qt.ItemDataRole.UserRole)
    assert gain == pytest.approx(
        float(next(r for r in expected if r["category"] == "industrial")["gross_gain_ha"])
    )
    assert "Industrial and productive" in dock.chart.svg and "Gross loss" in dock.chart.svg
    assert dock.export_button.isEnabled()
    # the demo's two dates lie on grids apart: how much of the gross change the offset alone makes, beside it
    total = next(r for r in expected if r["category"] == "total")
    share = round(100 * float(total["resampling_gross_gain_ha"]) / float(total["gross_gain_ha"]))
    assert dock.caveat.isVisibleTo(dock)
    assert dock.caveat_label.text().startswith(f"{share} % of the gross change (")

    # the summary by ring, for the whole area, then following the zone selected on the map
    dock.layer_combo.setCurrentIndex(dock.layer_combo.findData(project.mapLayersByName("summary")[0].id()))
    assert dock.key_combo.currentData() == ["all"]
    assert "Industrial areas" in dock.chart.svg and "De-industrialisation to residential" in dock.chart.svg
    assert all(ring in dock.chart.svg for ring in ("0-250 m", "250-500 m", "500-1,000 m", "Beyond 1,000 m"))
    zones = QgsVectorLayer(str(DEMO / "lausanne_municipality.gpkg"), "zones", "ogr")
    project.addMapLayer(zones)
    zones.selectByExpression("\"GMDNAME\" = 'Lausanne'")
    assert dock.key_combo.currentData() == ["Lausanne"]
    shown = {dock.table.item(r, 0).text() for r in range(dock.table.rowCount())}
    assert shown == {"Lausanne"}
    # the chart's numbers are the table's: de-industrialisation to housing in the industrial areas of Lausanne
    expected = next(
        r
        for r in read_rows(summary_path)
        if r["zone"] == "Lausanne"
        and r["ring"] == "industrial areas"
        and r["change_type"] == "deindustrialisation_residential"
    )
    chart = dock.current_chart()
    series = next(v for n, v, _ in chart.series if english(n) == "De-industrialisation to residential")
    rings = [english(c) for c in chart.categories]
    assert dict(zip(rings, series))["Industrial areas"] == pytest.approx(float(expected["area_ha"]))
    offset = sum(
        float(r["resampling_ha"])
        for r in read_rows(summary_path)
        if r["zone"] == "Lausanne"
        and r["ring"] == "all"
        and r["change_type"] not in ("no_change", "industrial_persistence")
    )
    assert f"({dock.fmt(offset)} of " in dock.caveat_label.text()
    zones.removeSelection()
    assert dock.key_combo.currentData() == ["all"]

    # the unit stays in sight above the chart (the value axis scrolls away under a tall chart)
    assert dock.status.text().startswith("Change types by distance ring (hectares) — summary")
    png, svg = tmp_path / "chart.png", tmp_path / "chart.svg"
    assert dock.export_chart(str(png)) and dock.export_chart(str(svg))
    assert QImage(str(png)).width() == 1600
    exported = svg.read_text(encoding="utf-8")
    assert exported.startswith("<?xml") and "<svg" in exported
    # made for a page, not for the dock's width, with a heading: what it shows, its unit, the data
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", exported)
    assert "Change types by distance ring (hectares)" in texts and "summary — Whole area" in texts
    assert "% of the change shown (" in " ".join(texts)  # the caveat travels with the chart
    assert 'width="576pt"' in exported  # 8 inches
    assert "font:" not in exported  # fonts spelled out as every SVG reader (Qt's too) reads them
    assert dock.status.text().startswith("Change types by distance ring (hectares)")
    assert not dock.export_chart(str(tmp_path / "no" / "such" / "chart.png"))
    assert "not saved" in dock.status.text()

    # removing the shown result falls back to the other one
    project.removeMapLayer(project.mapLayersByName("summary")[0])
    QCoreApplication.processEvents()
    assert dock.current_layer().name() == "accounting"


@pytest.fixture
def qgis_language():
    """Set QGIS's language ("Override system locale") for a test."""
    settings_ = QgsSettings()

    def _set(name):
        settings_.setValue("locale/overrideFlag", True)
        settings_.setValue("locale/userLocale", name)

    yield _set
    for key in ("locale/overrideFlag", "locale/userLocale", "locale/globalLocale"):
        settings_.remove(key)


def memory_table(name, fields, rows):
    """A table without geometry (fields: name -> QGIS type name) holding ``rows``."""
    spec = "&".join(f"field={f}:{t}" for f, t in fields.items())
    layer = QgsVectorLayer(f"None?{spec}", name, "memory")
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(row))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


ACCOUNTING_FIELDS = {
    "category": "string",
    "label": "string",
    "gross_gain_ha": "double",
    "gross_loss_ha": "double",
}


@pytest.mark.parametrize(
    "language, small, large, tick",
    [("it_IT", "9,001", "1.562", "1.500"), ("en_GB", "9.001", "1,562", "1,500")],
)
def test_indicators_dock_writes_numbers_in_the_qgis_language(
    make_dock, qgis_language, language, small, large, tick
):
    # Nine hectares gained and 1,562.25 lost: in Italian "9.001" would read as nine thousand next to "1,562".
    qgis_language(language)
    rows = [("industrial", "Industrial", 9.001, 1562.25), ("total", "Total", 9.001, 1562.25)]
    layer = memory_table("accounting", ACCOUNTING_FIELDS, rows)
    dock = make_dock(IndicatorsDock)
    QgsProject.instance().addMapLayer(layer)
    assert dock.current_layer() is layer
    cells = [dock.table.item(0, c).text() for c in range(dock.table.columnCount())]
    assert small in cells and large in cells
    # value labels and ticks of the chart (0 to 2,000 by 500)
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", dock.chart.svg)
    assert small in texts and large in texts and tick in texts


def test_numbers_follow_the_qgis_number_locale_when_it_is_set(qgis_app, qgis_language):
    from reindustria_plugin.gui.common import number_formatter

    qgis_language("it_IT")
    assert number_formatter()(1562.25) == "1.562"
    # "Locale (numbers, date and currency formats)" of QGIS's options, when set, rules the numbers
    QgsSettings().setValue("locale/globalLocale", "en_US")
    assert number_formatter()(1562.25) == "1,562"


def test_chart_texts_are_drawn_as_wide_as_matplotlib_laid_them_out(qgis_app):
    # Qt's SVG renderer ignored the "font" shorthand matplotlib writes and drew every text in the application
    # font, a quarter wider: class names ran into the bars and legend entries into each other.
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextPath
    from qgis.PyQt.QtCore import QByteArray
    from qgis.PyQt.QtSvg import QSvgRenderer

    from reindustria_plugin.analysis.report.charts import Series, bar_chart
    from reindustria_plugin.gui.chart_view import qt_svg, render

    label = "Infrastructure, extraction"
    chart = bar_chart([label], [Series("x", [1.0])])
    style = re.search(rf'<text style="([^"]*)"[^>]*>{label}</text>', chart).group(1)
    one = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="200pt" height="20pt" viewBox="0 0 200 20">'
        f'<text style="{style}" x="195" y="15">{label}</text></svg>'  # (anchored at its end)
    )
    image = render(QSvgRenderer(QByteArray(qt_svg(one).encode("utf-8"))), 1600)  # 8 px per unit
    inked = [
        x for x in range(image.width()) for y in range(image.height()) if image.pixelColor(x, y).value() < 160
    ]
    drawn = (max(inked) - min(inked)) / 8
    size = float(re.search(r"([\d.]+)px", style).group(1))
    laid_out = (
        TextPath((0, 0), label, size=size, prop=FontProperties(family="DejaVu Sans")).get_extents().width
    )
    assert drawn == pytest.approx(laid_out, rel=0.05)


def test_indicators_dock_speaks_the_qgis_language(make_dock, qgis_language, tmp_path):
    from reindustria_plugin.i18n import install_translator, remove_translator

    if not (
        paths.I18N / "reindustria_it.qm"
    ).exists():  # make test builds it; a bare pytest run builds it here
        subprocess.run(["make", "-s", "qm"], cwd=REPO, check=True)
    qgis_language("it_IT")
    translator = install_translator("it")
    assert translator is not None, "reindustria_it.qm did not load"
    try:
        rows = [("industrial", "Industrial and productive", 9.0, 14.0), ("total", "Total", 9.0, 14.0)]
        layer = memory_table("Lausanne accounting (demo)", ACCOUNTING_FIELDS, rows)
        summary = memory_table(
            "summary",
            {"zone": "string", "ring": "string", "ring_from": "double", "ring_to": "double",
             "change_type": "string", "area_ha": "double"},
            [("all", "beyond 1000", 1000.0, None, "deindustrialisation_residential", 2.5)],
        )  # fmt: skip
        QgsProject.instance().addMapLayers([summary, layer])
        dock = make_dock(IndicatorsDock)
        # the layer's own parentheses and the kind are not run together
        assert dock.layer_combo.itemText(0) == "Lausanne accounting (demo) — contabilità dei cambiamenti"
        headers = {
            dock.table.horizontalHeaderItem(c).toolTip(): dock.table.horizontalHeaderItem(c).text()
            for c in range(dock.table.columnCount())
        }
        assert headers["gross_gain_ha"] == "Guadagno lordo (ha)"
        assert dock.table.item(0, 0).text() == "Industriale e produttivo"
        dock.layer_combo.setCurrentIndex(dock.layer_combo.findData(summary.id()))
        cells = [dock.table.item(0, c).text() for c in range(dock.table.columnCount())]
        assert "Oltre 1.000 m" in cells and "Deindustrializzazione verso residenza" in cells
        assert "Oltre 1.000 m" in dock.chart.svg
    finally:
        remove_translator(translator)


def test_indicators_dock_ignores_layers_that_are_not_results(make_dock):
    dock = make_dock(IndicatorsDock)
    QgsProject.instance().addMapLayer(
        QgsVectorLayer(str(DEMO / "lausanne_municipality.gpkg"), "zones", "ogr")
    )
    assert dock.layer_combo.count() == 0 and not dock.export_button.isEnabled()


def test_indicators_dock_follows_the_districts_of_a_comparedistricts_run(make_dock, run, tmp_path):
    out = run(
        "reindustria:comparedistricts",
        {
            "DISTRICTS": str(DEMO / "lausanne_municipality.gpkg"),
            "NAME_FIELD": "GMDNAME",
            "LAND_USE": str(DEMO / "clc_lausanne_2006_100m.tif"),
            "YEAR_BEFORE": 2006,
            "NOMENCLATURE": 0,
            "COMPARISON": str(tmp_path / "comparison.csv"),
            "DISTRICTS_OUT": str(tmp_path / "districts.gpkg"),
        },
    )
    dock = make_dock(IndicatorsDock)
    districts = QgsVectorLayer(out["DISTRICTS_OUT"], "districts", "ogr")
    QgsProject.instance().addMapLayer(districts)
    assert dock.current_layer().id() == districts.id() and dock.view.kind == "comparison"
    assert dock.measure_combo.currentData() == "industrial_pct_2006" and dock.measure_combo.isVisibleTo(dock)
    expected = float(read_rows(out["COMPARISON"])[0]["industrial_pct_2006"])
    chart = dock.current_chart()
    assert chart.categories == ["Lausanne"] and chart.series[0][1] == [pytest.approx(expected)]
    districts.selectAll()  # the district selected on the map itself
    assert dock.key_combo.currentData() == ["Lausanne"]
    dock.measure_combo.setCurrentIndex(dock.measure_combo.findData("ind_np_2006"))
    patches = float(read_rows(out["COMPARISON"])[0]["ind_np_2006"])
    assert dock.current_chart().series[0][1] == [patches]
