# Two commands: `make demo` and `make test`. Everything else here serves them.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SAMPLE := sample_data

.PHONY: demo test venv bench clean sample-data

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is needed; found " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m ipykernel install --prefix $(VENV) --name python3 >/dev/null
	@touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m toolkit report --archive $(SAMPLE)/archive --kb $(SAMPLE)/kb.csv \
		--scope $(SAMPLE)/scope.csv --rooms $(SAMPLE)/rooms.json --staff $(SAMPLE)/staff.csv --out reports

test: $(STAMP)
	$(BIN)/lint-imports --no-cache
	$(BIN)/ruff check toolkit
	$(BIN)/python -m pytest tests toolkit notebooks --doctest-modules \
		--nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg

bench: $(STAMP)
	$(BIN)/python bench/load.py

# Re-generate the committed sample data (deterministic: same seed, same bytes).
sample-data: $(STAMP)
	$(BIN)/python -m toolkit synth --out $(SAMPLE) --seed 0

clean:
	rm -rf $(VENV) reports
