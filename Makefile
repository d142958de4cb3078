# infragen — common tasks. `make test` is what CI runs (through .ci/run).
SWIFT        ?= swift
FORMAT_PATHS := Package.swift Sources Tests stacks
ENV          ?= prod
# The shipped binary: the Swift runtime and the C++ standard library linked in (scripts/static-cxx-flags), and no
# `$ORIGIN` run path. The binary loads only the system's C libraries, and with that path the loader first looked for
# each of them in the binary's own folder and its subfolders: about 25 failed lookups at every start.
RELEASE       = -c release --static-swift-stdlib --disable-local-rpath $(shell scripts/static-cxx-flags)
# The offline provider mirror for terraform-backed tests; found automatically when not set.
INFRAGEN_TF_PLUGIN_DIR ?= $(shell .ci/find-provider-mirror)
export INFRAGEN_TF_PLUGIN_DIR

.PHONY: build release test render golden format lint validate schema bench fuzz clean help

help:            ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

build:           ## debug build
	$(SWIFT) build

release:         ## static, stripped release binary (.build/release/infragen); prints its size before and after stripping
	$(SWIFT) build $(RELEASE)
	@bin="$$($(SWIFT) build $(RELEASE) --show-bin-path)/infragen"; \
	  size() { stat -c %s "$$1" 2>/dev/null || stat -f %z "$$1"; }; \
	  before=$$(size "$$bin"); strip "$$bin"; after=$$(size "$$bin"); \
	  echo "$$bin: $$after bytes stripped ($$before before stripping)"

test:            ## all tests (terraform tests skip, with a reason, when terraform or the mirror is absent; never on CI)
	$(SWIFT) test

render:          ## render every stack of ENV (default prod) into out/
	$(SWIFT) run infragen render $(ENV)

golden:          ## re-record the golden files (review the diff before committing)
	INFRAGEN_RECORD=1 $(SWIFT) test --filter StacksTests || true
	@echo "goldens re-recorded; review 'git diff Tests/StacksTests/Golden' before committing"

format:          ## format the sources in place
	$(SWIFT) format -i -r -p $(FORMAT_PATHS)

lint:            ## check formatting
	$(SWIFT) format lint -r -p $(FORMAT_PATHS)

validate: render ## terraform init + validate every rendered stack of ENV with the offline mirror
	@for dir in out/$(ENV)/*/; do \
	  echo "== $$dir"; \
	  terraform -chdir=$$dir init -input=false -backend=false -plugin-dir=$(INFRAGEN_TF_PLUGIN_DIR) >/dev/null && \
	  terraform -chdir=$$dir validate -no-color || exit 1; \
	done

schema:          ## regenerate the embedded hashicorp/aws schema, every resource type (terraform + mirror)
	scripts/generate-schema

bench:           ## release-build figures: render vs process start, lint --tf-json at 1k-100k resources, infragen-bench stages (BENCH_CHECKOV=1 adds checkov)
	scripts/bench

fuzz:            ## mutated Terraform JSON, settings, serverList.json and arguments, and interrupted renders, against the release build for FUZZ_SECONDS (default 120); exits 1 and keeps the cases if any broke a promise
	$(SWIFT) build -c release --product infragen
	scripts/fuzz --binary "$$($(SWIFT) build -c release --show-bin-path)/infragen"

clean:           ## remove build products and rendered output
	rm -rf .build out
