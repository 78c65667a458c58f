# The README's two commands, `make html` and `make test`, set up a fresh machine:
# they create .venv and install the pinned requirements when these changed.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.requirements-installed

INPUTDIR := content
OUTPUTDIR := output
CONFFILE := pelicanconf.py
PUBLISHCONF := publishconf.py
PELICANOPTS ?=
PORT ?= 8000

PELICAN := $(BIN)/pelican
# Warnings fail the build: a post with bad metadata must not vanish silently.
PELICAN_BUILD := $(PELICAN) $(INPUTDIR) --fatal warnings $(PELICANOPTS)

.PHONY: help venv html publish serve devserver clean test lint

help:
	@echo "make html       build the offline-readable site into $(OUTPUTDIR)/"
	@echo "make test       run the linters and the whole test suite"
	@echo "make serve      serve $(OUTPUTDIR)/ on http://localhost:$(PORT)"
	@echo "make devserver  rebuild on change and serve on http://localhost:$(PORT)"
	@echo "make publish    build the web version (SITEURL=https://example.org make publish)"
	@echo "make clean      remove $(OUTPUTDIR)/ and caches"

$(INSTALLED): requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --disable-pip-version-check --quiet -r requirements.txt
	touch $@

venv: $(INSTALLED)

html: $(INSTALLED)
	$(PELICAN_BUILD) -o $(OUTPUTDIR) -s $(CONFFILE)

publish: $(INSTALLED)
	$(PELICAN_BUILD) -o $(OUTPUTDIR) -s $(PUBLISHCONF)

serve: $(INSTALLED)
	$(PELICAN) --listen --port $(PORT) -o $(OUTPUTDIR) -s $(CONFFILE)

devserver: $(INSTALLED)
	$(PELICAN) $(INPUTDIR) --autoreload --listen --port $(PORT) -o $(OUTPUTDIR) -s $(CONFFILE) $(PELICANOPTS)

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: lint
	$(BIN)/python -m pytest

clean:
	rm -rf $(OUTPUTDIR) __pycache__ .pytest_cache .ruff_cache cache
