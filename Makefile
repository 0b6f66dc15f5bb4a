# CollabDesk developer tasks. GNU make; `make test` works on a fresh Debian 12 with only python3.

PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed
BIN := $(VENV)/bin
TS := resources/translations/collabdesk_en.ts
QM := resources/translations/collabdesk_en.qm
LINT_PATHS := collabdesk tests benchmarks

# Debian packages the PySide6-Essentials 6.11 wheels need at run time (offscreen and xcb),
# poppler-utils for the PDF checks, zbar-tools to read certificates' QR codes back, and
# python3-venv for `python3 -m venv` itself.
SYSTEM_PACKAGES := python3-venv libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 \
	libfreetype6 libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
	libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 \
	libxrender1 libxi6 libsm6 libice6 libx11-xcb1 poppler-utils zbar-tools

.PHONY: all venv $(VENV) system-deps translations update-translations run test lint bench clean \
	dist check-dist wheelhouse check-wheelhouse

all: test

# --- Python environment -------------------------------------------------------------------
# The stamp is newer than pyproject.toml once the pinned dependencies are installed, so a
# re-run costs nothing. system-deps is order-only: it runs first but never forces a reinstall.
venv $(VENV): $(STAMP)

$(STAMP): pyproject.toml | system-deps
	@[ -x $(BIN)/pip ] || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $@

# --- Debian/Ubuntu system libraries ---------------------------------------------------------
# Installs only what is missing; elsewhere, or without root/passwordless sudo, it prints a note.
# A name is also accepted with the t64 suffix (Ubuntu 24.04 renamed libglib2.0-0 and others).
system-deps:
	@if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg >/dev/null 2>&1; then \
		echo "note: not a Debian/Ubuntu system; install the Qt 6 runtime libraries (EGL, xkbcommon," \
		     "fontconfig, xcb-cursor) and poppler-utils with your package manager if Qt fails to start."; \
		exit 0; \
	fi; \
	installed() { dpkg -s "$$1" 2>/dev/null | grep -q '^Status: install ok installed'; }; \
	missing=""; \
	for pkg in $(SYSTEM_PACKAGES); do \
		installed $$pkg || installed $${pkg}t64 || missing="$$missing $$pkg"; \
	done; \
	[ -n "$$missing" ] || exit 0; \
	if [ "$$(id -u)" = 0 ]; then sudo=""; \
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo -n"; \
	else \
		echo "note: missing system packages:$$missing"; \
		echo "note: not root and no passwordless sudo; run: sudo apt-get install$$missing"; \
		exit 0; \
	fi; \
	echo "installing system packages:$$missing"; \
	$$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && \
	$$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
		$$missing >/dev/null

# --- Translations (source language Korean, English translation) -----------------------------
# The .qm is built only when the .ts exists; until then this target does nothing.
translations: $(if $(wildcard $(TS)),$(QM))

$(QM): $(TS) | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

update-translations: $(STAMP)
	@mkdir -p $(dir $(TS))
	$(BIN)/pyside6-lupdate -silent $$(find collabdesk -name '*.py' | LC_ALL=C sort) \
		-source-language ko -target-language en -no-obsolete -ts $(TS)

# --- Everyday tasks --------------------------------------------------------------------------
run: system-deps $(VENV) translations
	$(BIN)/collabdesk $(ARGS)

test: system-deps $(VENV) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

# --- Offline installation package (packaging/README.md) ------------------------------------
# `make dist`: the PyInstaller one-folder bundle and dist/CollabDesk-<version>-linux-<machine>.tar.gz.
# `make check-dist`: runs the unpacked bundle from a Korean path with no network and no Python.
# `make wheelhouse PLATFORM=win_amd64|manylinux|<pip platform tag>`: every wheel for that platform
# in wheelhouse/<platform>/; `make check-wheelhouse` builds this machine's and installs from it offline.
PLATFORM ?= win_amd64
WHEEL_PYTHON ?= 3.11
PACKAGE_STAMP := $(VENV)/.installed-package

$(PACKAGE_STAMP): pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install -q -e '.[dev,package]'
	@touch $@

dist: system-deps $(PACKAGE_STAMP) translations
	$(BIN)/python packaging/build.py

check-dist: dist
	packaging/check_bundle.sh

wheelhouse: $(STAMP)
	$(BIN)/python packaging/wheelhouse.py --platform $(PLATFORM) --python-version $(WHEEL_PYTHON)

check-wheelhouse: $(STAMP)
	$(BIN)/python packaging/wheelhouse.py --platform manylinux --python-version $(WHEEL_PYTHON) --check

clean:
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -print0 | xargs -0r rm -rf
	rm -rf .pytest_cache .ruff_cache build dist wheelhouse *.egg-info
