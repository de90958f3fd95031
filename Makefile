# Each target makes its own virtualenv in .venv from the project's own files.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test bench faults demo chat clean

$(BIN)/lumbar: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(BIN)/lumbar

run: $(BIN)/lumbar
	$(BIN)/lumbar

chat: $(BIN)/lumbar
	$(BIN)/lumbar chat

demo: $(BIN)/lumbar
	$(BIN)/lumbar demo

test: $(BIN)/lumbar
	$(BIN)/python -m pytest -q

bench: $(BIN)/lumbar
	$(BIN)/python benchmarks/run.py

# real lumbar processes killed, flooded and cut off, and the clock changes: about 10 minutes; the figures go
# into benchmarks/results.md
faults: $(BIN)/lumbar
	$(BIN)/python -m tests.faults

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
