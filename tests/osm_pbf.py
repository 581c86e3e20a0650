"""A small OSM PBF reader and an Overpass stand-in for tests: turns a real extract (the Helsinki one in
../shared/data) into the OSM XML answer Overpass would give to the production query for a bounding box.

Test-only, pure Python (zlib and a hand-written protobuf decoder following the OSM PBF format,
https://wiki.openstreetmap.org/wiki/PBF_Format): no pyosmium, which QGIS's Python does not have. GDAL's OSM
driver cannot serve here: it builds geometries but does not give the node ids of ways, which an answer needs.

The selection imitates Overpass for ``nwr[filter](bbox); (._;>;); out body;``: nodes inside the box, ways with a
node inside it, relations with a member node or way selected by the box or inside it, each kept when its tags
match one of the filters; then the nodes of the selected ways and the members of the selected relations (with
the nodes of member ways). Overpass also takes ways crossing the box without a node inside; this stand-in does
not, which does not matter for a test answer.
"""

from __future__ import annotations

import re
import struct
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import quoteattr


# Protobuf -----------------------------------------------------------------------------------------------------
def _varint(data: bytes, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7


def _zigzag(value: int) -> int:
    return (value >> 1) ^ -(value & 1)


def _fields(data: bytes) -> Iterator[tuple[int, int, object]]:
    """(field number, wire type, value) of a protobuf message: ints for varints, bytes for length-delimited."""
    pos, end = 0, len(data)
    while pos < end:
        key, pos = _varint(data, pos)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, pos = _varint(data, pos)
        elif wire == 2:
            length, pos = _varint(data, pos)
            value = data[pos : pos + length]
            pos += length
        elif wire == 1:
            value = data[pos : pos + 8]
            pos += 8
        elif wire == 5:
            value = data[pos : pos + 4]
            pos += 4
        else:
            raise ValueError(f"protobuf wire type {wire}")
        yield number, wire, value


def _int64(value: int) -> int:
    """A protobuf int64 (two's complement in a varint), not zigzag-encoded."""
    return value - (1 << 64) if value >= 1 << 63 else value


def _packed(data: bytes, signed: bool = False) -> list[int]:
    out, pos = [], 0
    while pos < len(data):
        value, pos = _varint(data, pos)
        out.append(_zigzag(value) if signed else value)
    return out


def _delta(values: list[int]) -> list[int]:
    total, out = 0, []
    for v in values:
        total += v
        out.append(total)
    return out


# OSM PBF ------------------------------------------------------------------------------------------------------
@dataclass
class OsmData:
    """Nodes {id: (lat, lon, tags)}, ways {id: (refs, tags)}, relations {id: (members, tags)}."""

    nodes: dict[int, tuple[float, float, dict]] = field(default_factory=dict)
    ways: dict[int, tuple[list[int], dict]] = field(default_factory=dict)
    relations: dict[int, tuple[list[tuple[str, int, str]], dict]] = field(default_factory=dict)


def read_pbf(path: str | Path) -> OsmData:
    """Every node, way and relation of an OSM PBF file."""
    data = OsmData()
    raw = Path(path).read_bytes()
    pos = 0
    while pos < len(raw):
        (size,) = struct.unpack(">I", raw[pos : pos + 4])
        pos += 4
        header = dict((n, v) for n, _, v in _fields(raw[pos : pos + size]))
        pos += size
        blob_size = header[3]
        blob = dict((n, v) for n, _, v in _fields(raw[pos : pos + blob_size]))
        pos += blob_size
        if header[1] != b"OSMData":
            continue
        block = zlib.decompress(blob[3]) if 3 in blob else blob[1]
        _read_block(block, data)
    return data


def _read_block(block: bytes, data: OsmData) -> None:
    strings: list[str] = []
    groups = []
    granularity, lat_offset, lon_offset = 100, 0, 0
    for number, _, value in _fields(block):
        if number == 1:
            strings = [s.decode("utf-8") for n, _, s in _fields(value) if n == 1]
        elif number == 2:
            groups.append(value)
        elif number == 17:
            granularity = value
        elif number == 19:
            lat_offset = _int64(value)
        elif number == 20:
            lon_offset = _int64(value)

    def coord(offset: int, value: int) -> float:
        return round((offset + granularity * value) * 1e-9, 7)

    for group in groups:
        for number, _, value in _fields(group):
            if number == 1:  # Node
                f = {}
                for n, _, v in _fields(value):
                    f.setdefault(n, []).append(v)
                keys = _packed(f.get(2, [b""])[0])
                vals = _packed(f.get(3, [b""])[0])
                tags = {strings[k]: strings[v] for k, v in zip(keys, vals)}
                data.nodes[_zigzag(f[1][0])] = (
                    coord(lat_offset, _zigzag(f[8][0])),
                    coord(lon_offset, _zigzag(f[9][0])),
                    tags,
                )
            elif number == 2:  # DenseNodes
                f = dict((n, v) for n, _, v in _fields(value))
                ids = _delta(_packed(f.get(1, b""), signed=True))
                lats = _delta(_packed(f.get(8, b""), signed=True))
                lons = _delta(_packed(f.get(9, b""), signed=True))
                keys_vals = _packed(f.get(10, b""))
                k = 0
                for node_id, lat, lon in zip(ids, lats, lons):
                    tags = {}
                    while k < len(keys_vals) and keys_vals[k] != 0:
                        tags[strings[keys_vals[k]]] = strings[keys_vals[k + 1]]
                        k += 2
                    k += 1
                    data.nodes[node_id] = (coord(lat_offset, lat), coord(lon_offset, lon), tags)
            elif number == 3:  # Way
                f = {}
                for n, _, v in _fields(value):
                    f.setdefault(n, []).append(v)
                tags = {
                    strings[k]: strings[v]
                    for k, v in zip(_packed(f.get(2, [b""])[0]), _packed(f.get(3, [b""])[0]))
                }
                data.ways[f[1][0]] = (_delta(_packed(f.get(8, [b""])[0], signed=True)), tags)
            elif number == 4:  # Relation
                f = {}
                for n, _, v in _fields(value):
                    f.setdefault(n, []).append(v)
                tags = {
                    strings[k]: strings[v]
                    for k, v in zip(_packed(f.get(2, [b""])[0]), _packed(f.get(3, [b""])[0]))
                }
                roles = _packed(f.get(8, [b""])[0])
                ids = _delta(_packed(f.get(9, [b""])[0], signed=True))
                types = _packed(f.get(10, [b""])[0])
                members = [
                    (("node", "way", "relation")[t], m, strings[r]) for r, m, t in zip(roles, ids, types)
                ]
                data.relations[f[1][0]] = (members, tags)


# Overpass stand-in --------------------------------------------------------------------------------------------
_FILTER = re.compile(r'\["(?P<key>[^"]+)"(?:(?P<op>=|~)"(?P<value>[^"]*)")?\]')


def tag_matcher(filters) -> Callable[[dict], bool]:
    """A predicate for tags from Overpass QL filters such as ``["building"]``, ``["man_made"="works"]`` and
    ``["landuse"~"^(a|b)$"]`` (one tag test per filter; a feature matching any filter is taken)."""
    tests = []
    for text in filters:
        m = _FILTER.fullmatch(text)
        if not m:
            raise ValueError(f"unsupported filter {text}")
        key, op, value = m.group("key"), m.group("op"), m.group("value")
        if op is None:
            tests.append(lambda tags, k=key: k in tags)
        elif op == "=":
            tests.append(lambda tags, k=key, v=value: tags.get(k) == v)
        else:
            pattern = re.compile(value)
            tests.append(lambda tags, k=key, p=pattern: k in tags and p.search(tags[k]) is not None)
    return lambda tags: any(test(tags) for test in tests)


def overpass_answer(
    data: OsmData, bbox: tuple[float, float, float, float], filters, osm_base: str = "2024-01-01T00:00:00Z"
) -> str:
    """The OSM XML Overpass would answer to ``nwr[f](bbox)`` for each filter, ``(._;>;); out body;``.
    ``bbox`` is (west, south, east, north) in degrees."""
    west, south, east, north = bbox
    matches = tag_matcher(filters)
    inside = {i for i, (lat, lon, _) in data.nodes.items() if south <= lat <= north and west <= lon <= east}
    ways_in = {i for i, (refs, _) in data.ways.items() if any(r in inside for r in refs)}
    rels_in = {
        i
        for i, (members, _) in data.relations.items()
        if any((t == "node" and m in inside) or (t == "way" and m in ways_in) for t, m, _ in members)
    }
    nodes = {i for i in inside if matches(data.nodes[i][2])}
    ways = {i for i in ways_in if matches(data.ways[i][1])}
    relations = {i for i in rels_in if matches(data.relations[i][1])}
    # (._;>;): members of relations, then nodes of ways
    for i in list(relations):
        for kind, ref, _ in data.relations[i][0]:
            if kind == "node" and ref in data.nodes:
                nodes.add(ref)
            elif kind == "way" and ref in data.ways:
                ways.add(ref)
    for i in ways:
        nodes.update(r for r in data.ways[i][0] if r in data.nodes)

    def tag_lines(tags):
        return [f"    <tag k={quoteattr(k)} v={quoteattr(v)}/>" for k, v in tags.items()]

    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<osm version="0.6" generator="Overpass API (test stand-in: tests/osm_pbf.py)">',
        "<note>The data included in this document is from www.openstreetmap.org. The data is made available "
        "under ODbL.</note>",
        f'<meta osm_base="{osm_base}"/>',
        "",
    ]
    for i in sorted(nodes):
        lat, lon, tags = data.nodes[i]
        if tags:
            out += [f'  <node id="{i}" lat="{lat:.7f}" lon="{lon:.7f}">', *tag_lines(tags), "  </node>"]
        else:
            out.append(f'  <node id="{i}" lat="{lat:.7f}" lon="{lon:.7f}"/>')
    for i in sorted(ways):
        refs, tags = data.ways[i]
        out += [f'  <way id="{i}">', *[f'    <nd ref="{r}"/>' for r in refs], *tag_lines(tags), "  </way>"]
    for i in sorted(relations):
        members, tags = data.relations[i]
        out += [
            f'  <relation id="{i}">',
            *[f'    <member type="{t}" ref="{m}" role={quoteattr(r)}/>' for t, m, r in members],
            *tag_lines(tags),
            "  </relation>",
        ]
    out += ["", "</osm>", ""]
    return "\n".join(out)
