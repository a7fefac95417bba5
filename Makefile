# Two commands a user needs: `make run` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PIP := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: run test lint check venv screenshots clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install -c constraints.txt setuptools
	$(PIP) install -c constraints.txt --no-build-isolation -e ".[test]"
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(BIN)/python -m qingdao_viewer

lint: $(STAMP)
	$(BIN)/ruff check qingdao_viewer tests
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest

check: $(STAMP)
	$(BIN)/python -m qingdao_viewer --check data/*.yaml

# README's pictures, from the real app in a real X window (needs Debian's xvfb).
screenshots: $(STAMP)
	xvfb-run -a -s "-screen 0 1280x900x24" $(BIN)/python tools/make_screenshots.py docs/screenshots

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
