# gerrymander — build, run, test. `make run` and `make test` install what is missing first.
SHELL := /bin/bash
PREFIX ?= /usr/local
SWIFT ?= swift
BUILD_DEPS := pkg-config libncursesw5-dev libssh2-1-dev libsqlite3-dev
# python3 (a second sqlite writer) and e2fsprogs (chattr) serve the cache tests; git serves the diff tests.
TEST_DEPS := openssh-server openssh-client tmux python3 e2fsprogs git
# python3-venv holds the original gerrymander and the harness; GNU time reads peak resident sizes.
BENCH_DEPS := python3-venv time
BIN := .build/debug
RELEASE_BIN := .build/release

.PHONY: all build run test test-fast bench fuzz load install install-check deps test-deps release clean

all: build

# Installs the Debian packages named in $(1) when one is missing: with apt-get as root,
# otherwise prints the exact command and stops.
define ensure_packages
	@missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq$$missing >/dev/null || exit 1; \
	  else \
	    echo "gerrymander needs these Debian packages:$$missing"; \
	    echo "Run: sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi
endef

deps:
	$(call ensure_packages,$(BUILD_DEPS))

test-deps: deps
	$(call ensure_packages,$(TEST_DEPS))

build: deps
	$(SWIFT) build

# Opens gerrymander on the built-in simulated Gerrit server, as shipped: the static release build
# (a dynamically linked one spends ~10 ms more CPU on every start loading Foundation and ICU).
run: release
	$(RELEASE_BIN)/gerrymander --demo

# Every test: unit, golden output, CLI, real sshd and real tmux.
test: test-deps
	$(SWIFT) build --build-tests
	@# Four runs: the timing-sensitive sshd and tmux suites must not share 2 cores with the rest,
	@# and the CLI suite waits on child processes, which starves in-process async tests of threads.
	$(SWIFT) test --skip-build --skip SSHIntegrationTests --skip TmuxIntegrationTests --skip CLITests
	$(SWIFT) test --skip-build --filter CLITests
	$(SWIFT) test --skip-build --filter SSHIntegrationTests
	$(SWIFT) test --skip-build --filter TmuxIntegrationTests --skip InstalledBinaryTests
	$(MAKE) install-check

# The fast suite alone (no sshd, no tmux).
test-fast: deps
	$(SWIFT) test --skip SSHIntegrationTests --skip TmuxIntegrationTests

# Fuzzes the readers of untrusted input (Gerrit rows and events, git's diffs, config, themes,
# key names), FUZZ_SECONDS each; a finding fails and keeps its input in .build-fuzz/findings.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := FuzzQueryRows FuzzEvents FuzzDiff FuzzINI FuzzSettings FuzzTheme FuzzKeyNames
fuzz: deps
	Fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# Issue G's load run, opt-in because it takes many minutes: the load tests of make test at
# full size (20,000 open changes with over 200,000 comments; a burst of 10,000 events) against
# release binaries. Prints "G4 figure" lines for BENCHMARKS.md; asserts correctness, not speed.
LOAD_ENV := GERRYMANDER_LOAD=full GERRYMANDER_LOAD_BIN=$(CURDIR)/.build/release
load: test-deps release
	$(SWIFT) build --build-tests
	$(LOAD_ENV) $(SWIFT) test --skip-build --filter EventBurstTests
	$(LOAD_ENV) $(SWIFT) test --skip-build --filter CommandLineLoadTests
	$(LOAD_ENV) $(SWIFT) test --skip-build --filter LoadInTmuxTests

# Benchmarks (Benchmarks/, a package of its own so the build and the tests never pay for it),
# start-up, the side-by-side with gerrymander 1.5 through a local sshd, and the TUI timings.
# See BENCHMARKS.md; results land in .build-bench/results.
bench: test-deps
	$(call ensure_packages,$(BENCH_DEPS))
	Benchmarks/Scripts/bench.sh

# Only the shipped products, statically linked against the Swift runtime and Foundation: the
# test-support target imports Testing, which a release build does not have.
release: deps
	$(SWIFT) build -c release --static-swift-stdlib --product gerrymander
	$(SWIFT) build -c release --static-swift-stdlib --product gerrit-sim

install: release
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/gerrymander/themes"
	install -m 0755 -s $(RELEASE_BIN)/gerrymander "$(DESTDIR)$(PREFIX)/bin/gerrymander"
	install -m 0755 -s $(RELEASE_BIN)/gerrit-sim "$(DESTDIR)$(PREFIX)/bin/gerrit-sim"
	install -m 0644 themes/*.theme "$(DESTDIR)$(PREFIX)/share/gerrymander/themes/"
	install -m 0644 gerrymander.conf.example "$(DESTDIR)$(PREFIX)/share/gerrymander/gerrymander.conf.example"

# Installs into a temporary prefix and runs the installed binary as a user would (part of
# make test): it must run, and find the installed themes with the source tree out of reach.
install-check: test-deps
	@prefix=$$(mktemp -d /tmp/gerrymander-install.XXXXXX) && \
	  $(MAKE) --no-print-directory install PREFIX="$$prefix" && \
	  GERRYMANDER_INSTALLED_PREFIX="$$prefix" $(SWIFT) test --skip-build --filter InstalledBinaryTests; \
	  status=$$?; rm -rf "$$prefix"; exit $$status

clean:
	rm -rf .build .build-bench Benchmarks/.build
