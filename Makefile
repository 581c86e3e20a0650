# ReIndustria: `make demo` runs the main job on the shipped demo data, `make test` runs every test.
# Both do the set-up (Debian packages, .venv) themselves.

SHELL := /bin/bash
PY := .venv/bin/python
PLUGIN := reindustria_plugin
ZIP := dist/$(PLUGIN).zip
export QT_QPA_PLATFORM := offscreen
export PROJ_DATA := /usr/share/proj
export PROJ_LIB := /usr/share/proj
DEMO_OUT ?= demo_output
# Every locale with a .ts source gets a compiled .qm.
TS := $(wildcard i18n/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: setup test test-analysis test-qgis demo package deploy smoke i18n qm bench lint screenshots clean

setup:
	@scripts/setup.sh

test: setup qm
	$(PY) -m pytest -p no:pytest_qgis -p no:cacheprovider tests/analysis
	XDG_CONFIG_HOME=$$(mktemp -d) $(PY) -m pytest -p no:cacheprovider tests/qgis

test-analysis: setup
	$(PY) -m pytest -p no:pytest_qgis -p no:cacheprovider tests/analysis

test-qgis: setup qm
	XDG_CONFIG_HOME=$$(mktemp -d) $(PY) -m pytest -p no:cacheprovider tests/qgis

demo: setup qm
	@scripts/demo.sh $(DEMO_OUT)

# i18n: `make i18n` refreshes the .ts sources from the code; .qm files are built, never committed.
i18n:
	scripts/update-ts.sh

qm: $(QM)

i18n/%.qm: i18n/%.ts
	lrelease -silent $< -qm $@

# The installable zip: one top folder reindustria_plugin/ with the package, metadata.txt, LICENSE,
# resources/, processing/ and the compiled translations; only tracked files, nothing from tests/.
package: qm
	@rm -rf build/package dist && mkdir -p build/package/$(PLUGIN) dist
	@git ls-files -z $(PLUGIN) resources processing | \
	  while IFS= read -r -d '' f; do \
	    dest=build/package/$(PLUGIN)/$${f#$(PLUGIN)/}; mkdir -p "$$(dirname "$$dest")"; cp "$$f" "$$dest"; \
	  done
	@cp metadata.txt LICENSE CHANGELOG.md build/package/$(PLUGIN)/
	@mkdir -p build/package/$(PLUGIN)/i18n && cp $(QM) build/package/$(PLUGIN)/i18n/
	@cd build/package && zip -qr -X ../../$(ZIP) $(PLUGIN)
	@echo "package: $(ZIP)"

# Into the default QGIS profile of this user (QGIS_PROFILE_DIR overrides), then enable it in QGIS.
QGIS_PROFILE_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
deploy: package
	@mkdir -p "$(QGIS_PROFILE_DIR)/python/plugins"
	@rm -rf "$(QGIS_PROFILE_DIR)/python/plugins/$(PLUGIN)"
	@cd "$(QGIS_PROFILE_DIR)/python/plugins" && unzip -q "$(CURDIR)/$(ZIP)"
	@echo "deploy: installed in $(QGIS_PROFILE_DIR)/python/plugins/$(PLUGIN); enable it in Plugins > Manage"

# Installs the zip into a throwaway profile and runs an algorithm through qgis_process --json.
smoke: setup package
	@scripts/smoke.sh $(ZIP)

# Benchmarks against the peers the issues name, measured in the same run (BENCH_SIZE, BENCH_POLYGONS;
# raster change: BENCH_PATTERN=blocky or scattered runs one of the two patterns, BENCH_REPEAT the repeats;
# landscape metrics: BENCH_BILLION=1 adds the billion-cell raster, BENCH_SCATTERED=1 the fragmented variant;
# live-work mix: BENCH_LIVEWORK_SIZES=100000 leaves out the 1,000,000-building city).
bench: setup
	$(PY) benchmarks/run.py
	$(PY) benchmarks/vector.py
	$(PY) benchmarks/landscape.py
	$(PY) benchmarks/districts.py
	$(PY) benchmarks/livework.py

# The real QGIS desktop under Xvfb with a case loaded and both docks open, in English and Italian:
# docs/screenshots/reindustria_docks_{en,it}.png (generated, not committed; SHOTS=dir writes elsewhere).
SHOTS ?= docs/screenshots
screenshots: setup qm
	scripts/screenshots.sh $(SHOTS)

lint: setup
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

clean:
	rm -rf build dist $(DEMO_OUT) bench_output .pytest_cache .ruff_cache i18n/*.qm
	find . -name __pycache__ -not -path './.venv/*' -prune -exec rm -rf {} +
