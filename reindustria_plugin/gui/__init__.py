"""Dock panels, the options page and their widgets.

``case_content`` and ``indicator_data`` load no qgis (they are tested without QGIS); the other modules are Qt
widgets, imported by :mod:`reindustria_plugin.plugin` only in ``initGui``.
"""
