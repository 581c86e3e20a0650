"""Fixtures for tests that need QGIS (pytest-qgis starts the QgsApplication)."""

import pytest

from reindustria_plugin.algorithms.provider import PROVIDER_ID


@pytest.fixture
def provider(qgis_processing):
    """The plugin's provider registered as under qgis_process (iface None), removed afterwards."""
    from qgis.core import QgsApplication

    from reindustria_plugin.plugin import ReIndustriaPlugin

    plugin = ReIndustriaPlugin(None)
    plugin.initProcessing()
    yield QgsApplication.processingRegistry().providerById(PROVIDER_ID)
    plugin.unload()


@pytest.fixture
def run(provider):
    """processing.run with a fresh context; returns the results dict."""
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    import processing

    def _run(alg_id, params, feedback=None):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(alg_id, params, context=context, feedback=feedback or QgsProcessingFeedback())

    return _run
