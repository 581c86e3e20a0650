"""The one report toolkit of the project: Jinja2 templates, static matplotlib SVG charts, one number formatter.

No qgis import: the analysis core renders its reports with it. matplotlib and jinja2 are imported only when a
chart or a page is made, so the plugin loads without them (:mod:`reindustria_plugin.dependencies`).

- :mod:`.numbers`: :func:`~.numbers.format_number`, for every number a report prints (tables, chart labels);
- :mod:`.charts`: :func:`~.charts.bar_chart`, :func:`~.charts.mirrored_bar_chart` → inline ``<svg>`` strings;
- :mod:`.html`: :func:`~.html.render` (templates in ``templates/``), :func:`~.html.image_data_uri`,
  :func:`~.html.write_atomic`.

Why this toolkit (checked for issue 10, December 2026). On Debian 12 (QGIS 3.22) and Debian 13 (QGIS 3.40)
``python3-qgis`` depends on ``python3-jinja2`` and ``python3-plotly``, and ``python3-qgis-common`` on
``python3-matplotlib`` (12: jinja2 3.1.2, matplotlib 3.6.3, plotly 5.4.1; 13: jinja2 3.1.6, matplotlib 3.10.1,
plotly 5.20.0): all three come with QGIS there. The QGIS installers for Windows (OSGeo4W) and macOS ship
Jinja2 and matplotlib as well (on Windows seen in the module list of the OSGeo4W standalone installer, since
QGIS 3.10 at least; on macOS not re-checked here). Any of them missing, the
algorithms still write their tables and name the package to install for the report. Plotly gives interactive
charts, but a report that must open offline carries plotly.js in every page (Debian ships it unminified, 8.6
MB; minified about 3.5 MB), and static SVG export needs kaleido, which no QGIS install has. matplotlib's SVG
backend writes small static charts (a few tens of kB) that open offline, print, and keep their text as text;
Jinja2 keeps markup in templates with autoescape instead of string concatenation. So: Jinja2 + matplotlib SVG
inline, one file per report.
"""
