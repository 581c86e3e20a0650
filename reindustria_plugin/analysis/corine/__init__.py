"""CORINE Land Cover from the EEA's ArcGIS REST map services: which layer to ask (``service``), how to ask it and
page through the answer (``query``, ``features``), and the land cover of an area as polygons with CLC codes and
labels or as a 100 m grid of CLC grid codes (``land_cover``).

Nothing here touches the network: the caller gives a ``fetch(url, params) -> bytes`` function (QGIS's network
stack in the plugin, a dictionary of canned answers in the tests)."""
