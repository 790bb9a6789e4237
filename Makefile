# Two commands do all set-up: `make demo` and `make test`.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test lint install install-test browser screenshots clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[web]"

install-test: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"

demo: install
	$(BIN)/tidings --db demo.db demo

# Debian's Chromium drives the browser tests; installed when missing and we are root.
# axe-core (the accessibility checker the browser tests run in each page) comes from the npm
# registry into a cache folder outside the source tree; without npm those checks are skipped.
AXE_DIR ?= $(HOME)/.cache/tidings/axe-core
browser:
	@if ! command -v chromium >/dev/null 2>&1 && [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
		|| echo "chromium could not be installed: browser tests will be skipped"; \
	fi
	@if [ ! -f "$(AXE_DIR)/node_modules/axe-core/axe.min.js" ]; then \
		if command -v npm >/dev/null 2>&1; then \
			mkdir -p "$(AXE_DIR)" && npm install --silent --no-audit --no-fund --prefix "$(AXE_DIR)" axe-core >/dev/null \
			|| echo "axe-core could not be fetched: accessibility checks will be skipped"; \
		else echo "no npm: accessibility checks (axe-core) will be skipped"; fi; \
	fi

# ruff and mypy come with the test extra
lint: install-test
	$(BIN)/ruff check src tests bench tools
	$(BIN)/mypy

test: install-test browser lint
	$(BIN)/python -m pytest -q

# rewrite the docs' screenshots (docs/screenshots/*.png) from the browser tests; test runs leave them alone
screenshots: install-test browser
	TIDINGS_UPDATE_SCREENSHOTS=1 $(BIN)/python -m pytest -q tests/test_web_browser.py tests/test_web_browser_story.py

clean:
	rm -rf $(VENV) build *.egg-info demo.db
