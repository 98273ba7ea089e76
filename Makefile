# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
PORT   ?= 8501
SIZES  ?= 10,100,1000,10000

.PHONY: install build run test lint docs bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11+ is needed"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

build: install
	$(BIN)/unkg build

run: build
	$(BIN)/streamlit run app.py --server.port $(PORT) --server.headless true --browser.gatherUsageStats false

test: install
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .

# Regenerate docs/cli.md (from --help) and docs/queries.md (from queries/*.rq headers).
docs: install
	$(BIN)/cog -r docs/cli.md docs/queries.md

# The scaling benchmark: benchmarks/results/latest.json and latest.md (`make bench SIZES=10,100`);
# the runs of sizes not named stay in latest.json, each with the commit it measured.
bench: install
	$(BIN)/python -m benchmarks.run --sizes $(SIZES) --out benchmarks/results --keep-other-sizes

clean:
	rm -rf .unkg
