#!/usr/bin/env bash
# Installs what ReIndustria's tests, demo and benchmarks need on Debian 12 (QGIS 3.22) or Debian 13 (QGIS 3.40):
# the Debian packages (when missing) and a .venv on top of the system Python that runs QGIS.
# Idempotent: a second run checks a stamp and returns in well under a second.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
venv="$here/.venv"
sys_python=/usr/bin/python3

# grass-core is the second implementation the cross-tab tests and the benchmark compare against.
# chromium (headless) checks that the demo report loads without errors and takes its screenshot.
# python3-matplotlib and python3-jinja2 make the HTML reports (QGIS's packages pull them in already on
# Debian 12 and 13; named here because the plugin uses them directly).
packages=(qgis python3-qgis qgis-providers xvfb xauth python3-geopandas python3-rasterio python3-scipy
  python3-pytest python3-rtree python3-venv python3-pip libgeos-dev pyqt5-dev-tools qttools5-dev-tools
  python3-matplotlib python3-jinja2 grass-core zip unzip chromium)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing Debian packages: ${missing[*]}"
  sudo=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { echo "setup: run as root or install sudo" >&2; exit 1; }
    sudo="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  # qgis-plugin-grass drags in a GRASS build QGIS does not need here; grass-core alone is enough.
  $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" qgis-plugin-grass- >/dev/null
fi

stamp="$venv/.reindustria-setup"
want=$(sha256sum "$0" | cut -c1-16)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x "$venv/bin/python" ]; then
  exit 0
fi

echo "setup: creating $venv"
rm -rf "$venv"
"$sys_python" -m venv --system-site-packages "$venv"
pip=("$venv/bin/python" -m pip --disable-pip-version-check -q)

# Pin every compiled package Debian already ships to its Debian version, so pip never pulls a wheel with its
# own numpy ABI or its own GEOS/GDAL/PROJ (DESIGN.md section 3).
constraints="$venv/constraints.txt"
"$sys_python" - >"$constraints" <<'PY'
import importlib.metadata as md
for name in ("numpy", "pandas", "scipy", "pyproj", "fiona", "rasterio", "Rtree", "pytest"):
    try:
        print(f"{name}=={md.version(name)}")
    except md.PackageNotFoundError:
        pass
PY

# Debian 12 ships shapely 1.8 (geopandas 0.12): add shapely 2 built from source against the system GEOS and
# a geopandas that uses it. Debian 13 already has both.
if ! "$sys_python" -c 'import shapely, sys; sys.exit(int(shapely.__version__.split(".")[0]) < 2)'; then
  "${pip[@]}" install -c "$constraints" --no-binary shapely 'shapely==2.0.*'
  "${pip[@]}" install -c "$constraints" 'geopandas==0.14.*'
fi
"${pip[@]}" install -c "$constraints" 'pytest-qgis==5.0.2' 'ruff==0.14.*'

echo "$want" >"$stamp"
echo "setup: done"
