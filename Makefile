# Tagana Logistik: set-up, run and test on Linux (Python 3.11+).
#   make run    create .venv if missing, install the program (editable), build translations, open the window
#   make test   same with the test extras, then ruff and the whole test suite headless (offscreen Qt),
#               then the tests marked `dates` again with the program's clock at the edges of the calendar
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
# New Year's Eve a minute before midnight, New Year's Day, and the leap day (office time, WIB).
CLOCK_EDGES := 2026-12-31T23:59:00+07:00 2027-01-01T00:00:30+07:00 2028-02-29T10:00:00+07:00

.PHONY: run test lint translations bench clean distclean

run: $(RUN_STAMP) translations
	$(BIN)/tagana-gui

test: $(TEST_STAMP) translations
	$(BIN)/ruff check .
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest
	@set -e; for now in $(CLOCK_EDGES); do echo "== tests marked 'dates' with the clock at $$now"; \
		TAGANA_TEST_NOW=$$now QT_QPA_PLATFORM=offscreen $(BIN)/pytest -m dates; done

lint: $(TEST_STAMP)
	$(BIN)/ruff check .

translations: $(QM_FILES)

bench: $(TEST_STAMP) translations
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
