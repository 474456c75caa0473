# Tagana Logistik: set-up, run and test on Linux (Python 3.11+).
#   make run           create .venv if missing, install the program (editable), build the .qm files, open the window
#   make test          same with the test extras, then ruff and the whole test suite headless (offscreen Qt),
#                      then the tests marked `dates` again with the program's clock at the edges of the calendar
#   make translations  extract every marked text into resources/translations/tagana_en.ts, then build the .qm
# The program is installed in editable mode, so code changes need no reinstall; the install is
# redone only when pyproject.toml changes (stamp files in .venv).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
TRANSLATIONS := resources/translations
TS_FILES := $(wildcard $(TRANSLATIONS)/tagana_en.ts $(TRANSLATIONS)/qt_id.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
# Where the texts to translate are marked: the window (self.tr(), QCoreApplication.translate(),
# QT_TRANSLATE_NOOP) and the packages below it, which import no Qt and mark their texts with
# N_(context, text) (tagana_app/texts.py), a spelling of QT_TRANSLATE_NOOP for lupdate.  The migrations
# show nothing.  tests/ui/test_translations.py runs lupdate the same way.
TR_PACKAGES := ui tagana_app inventory deployment
TR_SOURCES = $(shell find $(TR_PACKAGES) -name '*.py' -not -path 'tagana_app/migrations/*' | LC_ALL=C sort)
LUPDATE_FLAGS := -tr-function-alias QT_TRANSLATE_NOOP+=N_
# New Year's Eve a minute before midnight, New Year's Day, and the leap day (office time, WIB).
CLOCK_EDGES := 2026-12-31T23:59:00+07:00 2027-01-01T00:00:30+07:00 2028-02-29T10:00:00+07:00

.PHONY: run test lint translations bench clean distclean

run: $(RUN_STAMP) $(QM_FILES)
	$(BIN)/tagana-gui

test: $(TEST_STAMP) $(QM_FILES)
	$(BIN)/ruff check .
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -n 2
	@set -e; for now in $(CLOCK_EDGES); do echo "== tests marked 'dates' with the clock at $$now"; \
		TAGANA_TEST_NOW=$$now QT_QPA_PLATFORM=offscreen $(BIN)/pytest -n 2 -m dates; done

lint: $(TEST_STAMP)
	$(BIN)/ruff check .

# lupdate keeps every translation: a text it no longer finds stays in the file marked "vanished" (and
# out of the .qm), and comes back with its translation when it is marked again.  A new or changed text
# arrives "unfinished": translate it in the .ts (Qt Linguist, or by hand), then run this again.
translations: $(RUN_STAMP)
	@echo "pyside6-lupdate $(LUPDATE_FLAGS) [every .py of $(TR_PACKAGES) but the migrations] -ts $(TRANSLATIONS)/tagana_en.ts"
	@$(BIN)/pyside6-lupdate -silent $(LUPDATE_FLAGS) $(TR_SOURCES) -ts $(TRANSLATIONS)/tagana_en.ts
	@set -e; for ts in $(TS_FILES); do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done

bench: $(TEST_STAMP) $(QM_FILES)
	@set -e; for script in bench/*.py; do echo "== $$script"; QT_QPA_PLATFORM=offscreen $(BIN)/python $$script; done

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -e ".[test]"
	touch $@ $(RUN_STAMP)

# pyside6-lrelease comes with PySide6, so the program must be installed first.
# A missing .ts is skipped (the wildcard above only lists those present).
$(TRANSLATIONS)/%.qm: $(TRANSLATIONS)/%.ts | $(RUN_STAMP)
	$(BIN)/pyside6-lrelease $< -qm $@

clean:
	rm -rf build dist *.egg-info .pytest_cache .ruff_cache .hypothesis
	@for qm in $(QM_FILES); do git ls-files --error-unmatch $$qm >/dev/null 2>&1 || rm -f $$qm; done
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
