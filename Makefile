# Dialogværktøjet. `make help` lists the targets.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help serve build test test-js check lint pdf screenshots bench lighthouse i18n-status lock clean fuzz

help: ## Show the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml requirements.lock
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --no-deps -r requirements.lock
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	touch $@

serve: $(VENV)/.installed ## Serve the site at http://127.0.0.1:8000, rebuilding on every change
	$(VENV)/bin/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(VENV)/.installed ## Build the site into site/
	$(VENV)/bin/mkdocs build --strict

check: $(VENV)/.installed ## Validate content/ (schema, references, spelling) without building
	PYTHONPATH=hooks $(PY) -m dialogtool.check

i18n-status: $(VENV)/.installed ## List the texts that have no English translation yet
	PYTHONPATH=hooks $(PY) -m dialogtool.i18n_status

.PHONY: changes export
changes: $(VENV)/.installed ## Danish summary of the content changes since BASE (default: merge base with main)
	PYTHONPATH=hooks $(PY) -m dialogtool.changes $(if $(BASE),--base $(BASE)) --output build/changes.md

export: $(VENV)/.installed ## Write the site's sources as a plain MkDocs project without hooks to DIR
	@test -n "$(DIR)" || { echo "Angiv mappen: make export DIR=../dialogvaerktoejet-eksport" >&2; exit 2; }
	$(PY) scripts/export_site.py "$(DIR)"

pdf: $(VENV)/.installed ## Build the site and print the theme pages and full handout to site/pdf/
	PYTHONPATH=hooks $(PY) scripts/make_pdfs.py

screenshots: $(VENV)/.installed ## Retake the README's screenshots (needs Chromium and poppler)
	$(PY) scripts/screenshots.py

lint: $(VENV)/.installed ## Lint Python and YAML
	$(VENV)/bin/ruff check .
	$(VENV)/bin/yamllint -s content mkdocs.yml

test: $(VENV)/.installed node_modules/.installed lint test-js ## Run every test (browser tests need Chromium)
	$(VENV)/bin/pytest

# The meeting kit's pure modules (docs/javascripts/meeting/), with Node's own test runner, in
# three time zones: a day must not move with the machine's clock.
test-js: ## Run the meeting kit's JavaScript tests (node --test)
	for f in docs/javascripts/*.js docs/javascripts/meeting/*.mjs; do node --check $$f || exit 1; done
	for tz in Europe/Copenhagen Pacific/Auckland America/Los_Angeles; do TZ=$$tz node --test tests/js/ || exit 1; done

fuzz: $(VENV)/.installed ## Property tests at length: 1,500 random content mutations, 60 builds
	HYPOTHESIS_PROFILE=fuzz $(VENV)/bin/pytest tests/test_fuzz.py

lock: ## Re-resolve requirements.lock from pyproject.toml in a throwaway environment
	rm -rf /tmp/dialog-lock && python3 -m venv /tmp/dialog-lock
	/tmp/dialog-lock/bin/pip install --quiet --upgrade pip
	python3 -c 'import tomllib; p = tomllib.load(open("pyproject.toml", "rb"))["project"]; \
	  print("\n".join(p["dependencies"] + p["optional-dependencies"]["test"]))' > /tmp/dialog-lock/req.in
	/tmp/dialog-lock/bin/pip install --quiet -r /tmp/dialog-lock/req.in
	/tmp/dialog-lock/bin/pip freeze > requirements.lock

bench: $(VENV)/.installed ## Benchmark build, rebuild and page weight against the budgets
	$(PY) bench/run.py

tools/lighthouse/node_modules/.installed: tools/lighthouse/package.json tools/lighthouse/package-lock.json
	cd tools/lighthouse && npm ci --no-audit --no-fund --silent
	touch $@

lighthouse: $(VENV)/.installed tools/lighthouse/node_modules/.installed ## Lighthouse scores for the front page and a theme page
	$(PY) scripts/lighthouse.py

clean: ## Remove the built site and the environment
	rm -rf site build $(VENV) node_modules tools/lighthouse/node_modules

.PHONY: synonyms
synonyms: $(VENV)/.installed ## Synonym candidates from the Danish thesaurus (mythes-da) to build/synonymforslag.yaml
	PYTHONPATH=hooks $(PY) -m dialogtool.thesaurus --output build/synonymforslag.yaml
