#!/usr/bin/env bash
# `make screenshots`: the real QGIS desktop under Xvfb (1366 x 768), the plugin from this working tree enabled in
# a throwaway profile, a case loaded and both docks open, in English and Italian; PNGs in $1 (docs/screenshots).
# Needs xvfb, imagemagick (import) and qgis; REINDUSTRIA_CASE=<id> picks another case (default prato),
# REINDUSTRIA_SHOT_THEME="Night Mapping" QGIS's dark theme.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
out=$(realpath -m "${1:-$repo/docs/screenshots}")
for tool in Xvfb qgis import; do
  command -v "$tool" >/dev/null || { echo "screenshots: $tool not found (apt install xvfb qgis imagemagick)" >&2; exit 1; }
done
mkdir -p "$out"
work=$(mktemp -d "${TMPDIR:-/tmp}/reindustria-shots.XXXXXX")
xvfb_pid="" qgis_pid=""
cleanup() {
  [ -n "$qgis_pid" ] && kill "$qgis_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# A display number nobody uses.
display=99
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1366x768x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
sleep 1

site=$("$repo/.venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])' 2>/dev/null || true)
for lang in en it; do
  profiles="$work/profiles-$lang"
  conf="$profiles/profiles/default/QGIS"
  mkdir -p "$conf" "$work/run-$lang"
  "$repo/scripts/plugin-dir.sh" "$profiles/profiles/default/python/plugins"
  # REINDUSTRIA_SHOT_I18N=<folder of .qm files>: try translations before they are in i18n/.
  if [ -n "${REINDUSTRIA_SHOT_I18N:-}" ]; then
    ln -sfn "$(realpath "$REINDUSTRIA_SHOT_I18N")" "$profiles/profiles/default/python/plugins/reindustria_plugin/i18n"
  fi
  cat >"$conf/QGIS3.ini" <<EOF
[PythonPlugins]
reindustria_plugin=true
[locale]
overrideFlag=true
userLocale=$lang
[UI]
UITheme=${REINDUSTRIA_SHOT_THEME:-default}
[qgis]
checkVersion=false
showTips316=false
[core]
NewsFeed\\httpsfeedqgisorg\\disabled=true
EOF
  ready="$work/ready-$lang"
  REINDUSTRIA_SHOT_READY="$ready" REINDUSTRIA_SHOT_WORK="$work/run-$lang" REINDUSTRIA_REPO="$repo" \
    PYTHONPATH="${site:+$site:}${PYTHONPATH:-}" PROJ_DATA=/usr/share/proj DISPLAY=":$display" \
    XDG_CONFIG_HOME="$work/xdg-$lang" QT_QPA_PLATFORM=xcb \
    qgis --nologo --noversioncheck --profiles-path "$profiles" --code "$repo/scripts/screenshots_startup.py" \
    >"$work/qgis-$lang.log" 2>&1 &
  qgis_pid=$!
  for _ in $(seq 1 180); do
    [ -s "$ready" ] && break
    kill -0 "$qgis_pid" 2>/dev/null || { echo "screenshots: QGIS exited early; its log:" >&2; tail -20 "$work/qgis-$lang.log" >&2; exit 1; }
    sleep 1
  done
  if ! grep -q '^OK' "$ready" 2>/dev/null; then
    echo "screenshots: QGIS was not ready ($lang):" >&2
    cat "$ready" >&2 2>/dev/null || tail -20 "$work/qgis-$lang.log" >&2
    exit 1
  fi
  DISPLAY=":$display" import -window root "$out/reindustria_docks_$lang.png"
  kill "$qgis_pid" 2>/dev/null || true
  wait "$qgis_pid" 2>/dev/null || true
  qgis_pid=""
  echo "screenshots: $out/reindustria_docks_$lang.png"
done
