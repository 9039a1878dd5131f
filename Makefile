# igfgraph: `make demo` and `make test` do everything on a fresh machine.
VENV ?= .venv
BIN := $(VENV)/bin
PYTHON ?= python3
STAMP := $(VENV)/.installed
SEED := ../shared/seed

.PHONY: demo test install system-deps lint clean docs notebooks bench-viz bench bench-crawl fuzz

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# Debian packages the test suite drives for real: Chromium (browser tests), Java
# (HermiT) and Virtuoso (the SPARQL endpoint tests start their own server).
SYSTEM_PACKAGES := chromium default-jre-headless virtuoso-opensource
system-deps:
	@if ! command -v chromium >/dev/null || ! command -v java >/dev/null \
	    || ! command -v virtuoso-t >/dev/null; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(SYSTEM_PACKAGES) >/dev/null; \
	  else \
	    echo "missing system packages: run 'sudo apt-get install -y --no-install-recommends $(SYSTEM_PACKAGES)'"; exit 1; \
	  fi; \
	fi

demo: install
	$(BIN)/igfgraph ingest examples/reports
	$(BIN)/igfgraph query who_spoke_with_whom --param "person=Kathy Brown"
	$(BIN)/igfgraph viz co-speakers --out out/co-speakers.html
	$(BIN)/igfgraph stats

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Parser accuracy against the gold files: F1 = 1.0 on every field of the own corpus, and of
# the seed and the shared dev corpus when they are beside the checkout; then the suite.
# (The real documents of bench/real/ are not in the repository: see bench/real/README.md.)
GOLD_CORPORA ?= tests/fixtures/corpus ../shared/seed ../shared/corpus/dev
test: install system-deps lint
	@for corpus in $(GOLD_CORPORA); do if [ -d $$corpus ]; then \
	  $(BIN)/igfgraph eval $$corpus --min-f1 1 > $(VENV)/eval.txt || { cat $(VENV)/eval.txt; exit 1; }; \
	  echo "eval: F1 = 1.0 on every field of $$corpus"; fi; done; rm -f $(VENV)/eval.txt
	$(BIN)/pytest -q

# Run every notebook and commit it with its outputs (the tests fail when they are stale).
notebooks: install
	IGFGRAPH_UPDATE_NOTEBOOKS=1 $(BIN)/pytest -q -p no:randomly tests/test_notebooks.py

# The ontology reference (docs/ontology/index.html) and one example per class
# (ontology/examples/); the tests fail when either is stale.
docs: install
	$(BIN)/python -m igfgraph.tools.ontology_docs

# Store and queries on a generated corpus, against rdflib's memory store on a subset and
# the scipy floor; the ingest against its floor, every picture, and the same store pushed
# to a Virtuoso started for the run with every query timed and compared on both
# (bench/RESULTS.md). make bench N=50000 for the large corpus. Each query and picture runs
# in a worker process within BUDGET seconds: one past it is stopped and shown "over
# budget, N s, stopped" in the table, so the run always finishes.
N ?= 10000
BASELINE ?= 500
BUDGET ?= 120
bench: install system-deps
	$(BIN)/python -m bench.bench_store --reports $(N) --baseline-reports $(BASELINE) --budget $(BUDGET)

# A crawl of about 500 composed pages served on loopback: pages per second with the delay
# at 0, and the cache's hit rate on a second run and a --refresh run (bench/RESULTS.md).
bench-crawl: install
	$(BIN)/python -m bench.bench_crawl --pages 500

# A long fuzz run of the reading stages (random and mutated reports) and of folder
# ingests (good, bad, huge and same-named files, read by worker processes); the test
# suite runs a fixed 300 inputs and one folder. make fuzz FUZZ_EXAMPLES=20000 for longer.
FUZZ_EXAMPLES ?= 5000
FUZZ_FOLDERS ?= 3
fuzz: install
	PYTHONPATH=. $(BIN)/python tests/fuzz_target.py --examples $(FUZZ_EXAMPLES) --folders $(FUZZ_FOLDERS)

# Pictures: build time, size and time to interactive in Chromium (bench/RESULTS.md).
bench-viz: install system-deps
	$(BIN)/python bench/bench_viz.py

clean:
	rm -rf .igfgraph out .pytest_cache
