"""`make demo` end to end: the workflows run headless through qgis_process on the shipped demo data, and the
report they feed loads in a real browser (Debian's headless Chromium) without errors or broken images."""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

#: Injected into a copy of the report: records script errors and resources that fail to load (capture phase
#: catches <img> errors, which do not bubble), then, once everything has loaded, writes what it saw.
PROBE_HEAD = """<script>
window.__errors = [];
window.addEventListener("error", function (e) {
  var t = e.target;
  window.__errors.push(t && t.tagName ? "failed to load <" + t.tagName.toLowerCase() + ">" : String(e.message));
}, true);
</script>"""
PROBE_TAIL = """<script>
window.addEventListener("load", function () {
  var images = Array.prototype.slice.call(document.images);
  var broken = images.filter(function (i) { return !i.complete || i.naturalWidth === 0; });
  var out = document.createElement("pre");
  out.id = "probe";
  out.textContent = JSON.stringify({images: images.length, broken: broken.length,
    svgs: document.querySelectorAll("svg").length, errors: window.__errors,
    height: document.documentElement.scrollHeight});
  document.body.appendChild(out);
});
</script>"""


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    """The demo run once into a fresh folder, as `make demo` runs it."""
    out = tmp_path_factory.mktemp("demo") / "demo_output"
    result = subprocess.run(
        ["bash", str(REPO / "scripts" / "demo.sh"), str(out)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"the report is {out / 'report.html'}" in result.stdout
    return out


def chromium() -> str:
    path = shutil.which("chromium")
    assert path, "Debian's chromium is needed for this test: `make test` installs it (scripts/setup.sh)"
    return path


def test_demo_writes_layers_tables_and_one_self_contained_report(demo):
    for name in (
        "lausanne_change_types.tif",
        "lausanne_industrial_patches.gpkg",
        "lausanne_districts_indicators.gpkg",
        "cheshire_change.gpkg",
        "helsinki_units.gpkg",
    ):
        assert (demo / name).stat().st_size > 0, name
    with open(demo / "lausanne_comparison.csv", newline="") as f:
        districts = {row["district"]: row for row in csv.DictReader(f)}
    assert set(districts) == {"Lausanne", "Around Lausanne"}
    assert [p.name for p in demo.glob("*.html")] == ["report.html"]
    page = (demo / "report.html").read_text(encoding="utf-8")
    # Offline and self-contained: no script, no stylesheet link, every image carried in the page.
    assert "<script" not in page and "<link" not in page
    sources = re.findall(r'<img[^>]* src="([^"]+)"', page)
    assert len(sources) == 5 and all(s.startswith("data:image/png;base64,") for s in sources)
    assert not re.search(r'(src|href)="(https?:|file:|//)', page)
    # The findings are the outputs' numbers: the Lausanne district table's industrial hectares of 2012.
    for row in districts.values():
        assert f"{float(row['industrial_ha_2012']):,.0f}" in page
    assert "cannot be told apart from an artefact" in page  # the grid caveat is said, not hidden
    # The landscape-metrics step is shown too: its aggregation index per district, as the CSV has it.
    with open(demo / "lausanne_industrial_metrics.csv", newline="") as f:
        for row in csv.DictReader(f):
            assert f'<td class="n">{float(row["ai"]):.1f}</td>' in page, row["zone"]


def test_report_loads_in_chromium_without_errors_or_broken_images(demo, tmp_path):
    page = (demo / "report.html").read_text(encoding="utf-8")
    probe = tmp_path / "probe.html"
    probe.write_text(
        page.replace("<head>", "<head>\n" + PROBE_HEAD, 1).replace("</body>", PROBE_TAIL + "\n</body>", 1),
        encoding="utf-8",
    )
    result = subprocess.run(
        [
            chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--virtual-time-budget=10000",
            "--dump-dom",
            probe.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    match = re.search(r'<pre id="probe">(.*?)</pre>', result.stdout, re.S)
    assert match, result.stderr[-2000:]
    seen = json.loads(match.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))
    assert seen["errors"] == [] and seen["broken"] == 0, seen
    assert seen["images"] == 5 and seen["svgs"] >= 4 and seen["height"] > 3000, seen


def test_demo_keeps_a_screenshot_of_the_report(demo):
    """demo.sh photographs the report with the same browser; the PNG is a real, non-blank page."""
    shot = demo / "report_screenshot.png"
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert width >= 1000 and height >= 3000
    assert len(data) > 200_000  # a white page compresses to a few kB; maps and charts do not
