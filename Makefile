# The README's two commands, `make html` and `make test`, set up a fresh machine:
# they create .venv and install the pinned requirements when these changed.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.requirements-installed

INPUTDIR := content
OUTPUTDIR := output
# make devserver writes here, never into $(OUTPUTDIR)/: the preview holds drafts.
PREVIEWDIR := preview
CONFFILE := pelicanconf.py
PUBLISHCONF := publishconf.py
PELICANOPTS ?=
PORT ?= 8000

PELICAN := $(BIN)/pelican
# make html DEBUG=1: Pelican's debug log, and the Python traceback of any failure
# (without it, each failure is one plain message).
ifdef DEBUG
PELICANOPTS += -D
endif
# Warnings fail the build: a post with bad metadata must not vanish silently.
PELICAN_BUILD := $(PELICAN) $(INPUTDIR) --fatal warnings $(PELICANOPTS)

.PHONY: help venv html publish serve devserver clean test lint audit audit-web

help:
	@echo "make html       build the offline-readable site into $(OUTPUTDIR)/"
	@echo "make test       run the linters and the whole test suite"
	@echo "make serve      serve $(OUTPUTDIR)/ on http://localhost:$(PORT)"
	@echo "make devserver  preview with drafts in $(PREVIEWDIR)/, rebuilt on change, on http://localhost:$(PORT)"
	@echo "make publish    build the web version (SITEURL=https://example.org make publish)"
	@echo "make newpost    start a draft article: make newpost TITLE=\"…\" [CATEGORY=…]"
	@echo "make clean      remove $(OUTPUTDIR)/ (but a host's .git, CNAME, .nojekyll), preview/ and caches"
	@echo "make eval       score the key-facts extractor on eval/ (EVAL_OPTIONS=\"--corpus DIR --split holdout\")"

$(INSTALLED): requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --disable-pip-version-check --quiet -r requirements.txt
	touch $@

venv: $(INSTALLED)

# html and publish build into a fresh staging folder next to $(OUTPUTDIR)/ and put it in
# place only when the build succeeded: after a failed build $(OUTPUTDIR)/ is exactly as
# the last good build left it. Files the host keeps there (OUTPUT_RETENTION) stay. One
# build at a time: a second one waits up to BUILD_LOCK_WAIT seconds, then stops.
BUILD_LOCK_WAIT ?= 30
ATOMIC_BUILD = PYTHONPATH=plugins $(BIN)/python -m content_checks.atomic_build \
	--output $(OUTPUTDIR) --lock-wait $(BUILD_LOCK_WAIT)
# What the build keeps beside $(OUTPUTDIR)/: .output.lock, .output.staging-…, .output.old-….
BESIDE_OUTPUT = $(dir $(patsubst %/,%,$(OUTPUTDIR))).$(notdir $(patsubst %/,%,$(OUTPUTDIR)))
# The plugins are not installed packages, so nothing compiles their bytecode ahead, and
# where PYTHONDONTWRITEBYTECODE is set every build would compile them anew (about 0.06 s).
PLUGIN_BYTECODE = $(BIN)/python -m compileall -q plugins

html: $(INSTALLED)
	$(PLUGIN_BYTECODE)
	$(ATOMIC_BUILD) --settings $(CONFFILE) -- $(PELICAN_BUILD) -s $(CONFFILE)

publish: $(INSTALLED)
	$(PLUGIN_BYTECODE)
	$(ATOMIC_BUILD) --settings $(PUBLISHCONF) -- $(PELICAN_BUILD) -s $(PUBLISHCONF)

# make newpost TITLE="…" [CATEGORY=…]: a draft in $(INPUTDIR)/articles/, never overwriting.
# $(value …) and the quoting keep $, quotes and spaces in the title as typed.
.PHONY: newpost
newpost: $(INSTALLED)
	@PYTHONPATH=plugins $(BIN)/python -m content_checks.newpost --articles $(INPUTDIR)/articles \
		--title '$(subst ','\'',$(value TITLE))' --category '$(subst ','\'',$(value CATEGORY))'

serve: $(INSTALLED)
	$(PELICAN) --listen --port $(PORT) -o $(OUTPUTDIR) -s $(CONFFILE)

# The preview also builds drafts, into drafts/, each marked "Draft" on its page: make html
# and make publish never write them (pelicanconf.py). A file in error is left out of the
# preview rather than stopping it (CONTENT_CHECKS_PREVIEW).
PREVIEW_SETTINGS := -e CONTENT_CHECKS_PREVIEW=true \
	DRAFT_SAVE_AS='"drafts/{slug}.html"' DRAFT_URL='"drafts/{slug}.html"' \
	DRAFT_LANG_SAVE_AS='"drafts/{slug}-{lang}.html"' DRAFT_LANG_URL='"drafts/{slug}-{lang}.html"' \
	DRAFT_PAGE_SAVE_AS='"drafts/pages/{slug}.html"' DRAFT_PAGE_URL='"drafts/pages/{slug}.html"' \
	DRAFT_PAGE_LANG_SAVE_AS='"drafts/pages/{slug}-{lang}.html"' \
	DRAFT_PAGE_LANG_URL='"drafts/pages/{slug}-{lang}.html"'

devserver: $(INSTALLED)
	$(PELICAN) $(INPUTDIR) --autoreload --listen --port $(PORT) -o $(PREVIEWDIR) -s $(CONFFILE) \
		$(PELICANOPTS) $(PREVIEW_SETTINGS)

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: lint
	$(BIN)/python -m pytest

# `make clean` keeps in $(OUTPUTDIR)/ what a host put there on purpose (OUTPUT_RETENTION in
# pelicanconf.py): deleting output/.git would cut a GitHub Pages checkout from its history.
KEPT_IN_OUTPUT := .git CNAME .nojekyll
BUILD_CACHES ?= __pycache__ .pytest_cache .ruff_cache cache
clean:
	if [ -d $(OUTPUTDIR) ]; then \
		find $(OUTPUTDIR) -mindepth 1 -maxdepth 1 $(foreach kept,$(KEPT_IN_OUTPUT),! -name $(kept)) \
			-exec rm -rf {} +; \
		rmdir $(OUTPUTDIR) 2>/dev/null || true; \
	fi
	rm -rf $(PREVIEWDIR) $(BESIDE_OUTPUT).staging-* $(BESIDE_OUTPUT).old-* $(BESIDE_OUTPUT).lock \
		$(BUILD_CACHES)

# How much the key-facts plugin adds to a full build: BENCH_ARTICLES seed-sized articles.
BENCH_ARTICLES ?= 1000
BENCH_RUNS ?= 7
.PHONY: bench
bench: $(INSTALLED)
	PYTHONPATH=plugins $(BIN)/python -m key_facts.bench --articles $(BENCH_ARTICLES) --runs $(BENCH_RUNS)

# `make audit`: Lighthouse (npm, pinned in package-lock.json) on the home, message and
# Russian and Kazakh pages of $(OUTPUTDIR)/, served on 127.0.0.1, in Debian's Chromium
# (CHROME_PATH to use another). Fails when a page misses the budget in tests/browser_audit.py.
# `make audit-web`: the same on the web build, made for http://127.0.0.1:$(AUDIT_PORT) (its
# addresses are absolute) in $(AUDIT_WEB_DIR)/. Need Node.js and npm; not part of `make test`.
LIGHTHOUSE_INSTALLED := node_modules/.package-lock.json

$(LIGHTHOUSE_INSTALLED): package.json package-lock.json
	npm ci --no-audit --no-fund

audit: html $(LIGHTHOUSE_INSTALLED)
	$(BIN)/python tests/browser_audit.py $(OUTPUTDIR)

AUDIT_PORT ?= 8123
AUDIT_WEB_DIR ?= test-artifacts/web-build
.PHONY: audit-web
audit-web: $(INSTALLED) $(LIGHTHOUSE_INSTALLED)
	$(MAKE) publish SITEURL=http://127.0.0.1:$(AUDIT_PORT) OUTPUTDIR=$(AUDIT_WEB_DIR)
	$(BIN)/python tests/browser_audit.py $(AUDIT_WEB_DIR) --port $(AUDIT_PORT)

# `make eval`: build each labelled split of eval/ with Pelican and score facts.json against
# its labels (precision and recall per kind and language, year accuracy, every miss).
EVAL_OPTIONS ?=
.PHONY: eval
eval: $(INSTALLED)
	PYTHONPATH=plugins $(BIN)/python -m key_facts.evaluate $(EVAL_OPTIONS)
