# Two commands a user needs: `make run` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PIP := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: run test lint check venv translations lupdate screenshots icons package test-bundle bench clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install -c constraints.txt setuptools
	$(PIP) install -c constraints.txt --no-build-isolation -e ".[test]"
	touch $(STAMP)

venv: $(STAMP)

# The app's translations: Qt Linguist sources (.ts) compiled to .qm, both in git, so that
# `pip install .` from a clean clone ships them without PySide6's lrelease at build time.
# After editing a .ts: `make translations` and commit the .qm with it (tests/test_translations_shipped.py
# checks that the committed .qm is what lrelease makes of the .ts).
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After changing UI strings: add them to the .ts files (then translate them, in Qt Linguist or by hand).
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $(shell find qingdao_viewer -name '*.py' | sort) -ts $(TS)

run: $(STAMP) translations
	$(BIN)/python -m qingdao_viewer

lint: $(STAMP)
	$(BIN)/ruff check qingdao_viewer tests benchmarks tools packaging/check_bundle.py
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

test: lint
	$(BIN)/python -m pytest

check: $(STAMP)
	$(BIN)/python -m qingdao_viewer --check data/*.yaml

# README's pictures, from the real app in a real X window (needs Debian's xvfb, and a CJK font
# such as fonts-wqy-microhei for the Chinese one); then the layout matrix into build/screenshots:
# every tab, single and compare, at 800x600, 1100x760, 1920x1080 and 2560x1440, light and dark,
# English and Chinese, at 100% and at 200% (the window at half the screen's pixels in logical
# ones, never below 800x600). tests/ui/test_layouts.py measures the same matrix.
XVFB_RUN = xvfb-run -a -s "-screen 0 2600x1600x24" $(BIN)/python tools/make_screenshots.py
XVFB_SHOT = $(XVFB_RUN) docs/screenshots
MATRIX_100 = 800x600,1100x760,1920x1080,2560x1440
MATRIX_200 = 800x600,1100x760,960x600,1280x720
screenshots: $(STAMP) translations
	$(XVFB_SHOT) --compare
	$(XVFB_SHOT) --lang zh_CN --prefix zh-CN- --tabs overview,patents
	$(XVFB_SHOT) --theme dark --prefix dark- --tabs overview,patents
	QT_SCALE_FACTOR=2 $(XVFB_SHOT) --prefix scale-200- --tabs patents
	xvfb-run -a -s "-screen 0 2600x1600x24" $(BIN)/python tools/make_many_screenshots.py docs/screenshots
	for lang in en zh_CN; do for theme in light dark; do \
	  $(XVFB_RUN) build/screenshots --lang $$lang --theme $$theme --prefix $$lang-$$theme- --compare --sizes $(MATRIX_100) && \
	  QT_SCALE_FACTOR=2 $(XVFB_RUN) build/screenshots --lang $$lang --theme $$theme --prefix $$lang-$$theme-200- --compare --sizes $(MATRIX_200) \
	  || exit 1; done; done

icons: $(STAMP)
	$(BIN)/python tools/render_icons.py

# The double-clickable app: a PyInstaller one-folder bundle and the archive users download.
VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' qingdao_viewer/__init__.py)
ARCH = $(shell uname -m)
ARCHIVE = dist/qingdao-viewer-$(VERSION)-linux-$(ARCH).tar.xz
PACKAGE_STAMP := $(VENV)/.package-installed

$(PACKAGE_STAMP): $(STAMP)
	$(PIP) install -c constraints.txt pyinstaller
	touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP) translations
	rm -rf dist/qingdao-viewer build/pyinstaller $(ARCHIVE)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/qingdao-viewer.spec
	packaging/linux/assemble.sh dist/qingdao-viewer
	tar -C dist --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -cf - qingdao-viewer \
		| xz -T0 -6 > $(ARCHIVE)
	$(BIN)/python packaging/check_bundle.py dist/qingdao-viewer $(ARCHIVE)

# Runs the built bundle as a user would: --smoke, --check, --export (offscreen).
test-bundle: $(STAMP)
	QINGDAO_BUNDLE=dist/qingdao-viewer/qingdao-viewer $(BIN)/python -m pytest tests/packaging -p no:cacheprovider

# Speed figures beside their targets (README, Performance); the last line is the first-paint ratio.
bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
