# Galley: build, run on the samples, test, benchmark, install.
# The two commands a fresh machine needs: `make run` and `make test`.

SWIFT ?= swift
PREFIX ?= /usr/local
CONFIG ?= release
SHARED ?= $(abspath ../shared)
HTML5LIB_TESTS ?= $(SHARED)/html5lib-tests
# Arguments for Benchmarks/bench.py, e.g. `make bench BENCH_ARGS="--limit 100 --repeat 1"`.
BENCH_ARGS ?=
# Release builds are fully static executables (Swift runtime, C library and zlib linked in): a
# `galley` that runs on machines without a Swift toolchain and starts in about 1 ms, with no
# dynamic loader and no relocations to apply. Legacy multi-byte encodings (Shift_JIS, GBK, …)
# decode through glibc's iconv, which loads its converters from the system at run time.
# Every release build uses the same flags, so that switching between targets rebuilds nothing.
RELEASE_FLAGS ?= --static-swift-stdlib -Xswiftc -static-executable

.PHONY: build run test conformance bench fuzz install clean

build:
	$(SWIFT) build -c $(CONFIG) $(if $(filter release,$(CONFIG)),$(RELEASE_FLAGS)) --product galley

# The main job: render every sample in Samples/ into Samples/output/ (through the SwiftPM plugin).
run:
	$(SWIFT) package --allow-writing-to-package-directory render-samples

test:
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# The html5lib conformance suite, with the two summary lines.
conformance:
	@HTML5LIB_TESTS=$(HTML5LIB_TESTS) GALLEY_CONFORMANCE=1 $(SWIFT) test --filter Conformance $(if $(V),,2>/dev/null) \
	  | grep -E '^html5lib$(if $(V),|FAIL|fail,)'

# libFuzzer on the HTML parser (and the wire reader with FUZZ_TARGET=wire), FUZZ_SECONDS long; new
# inputs go to .build/fuzz/TARGET-corpus, the checked-in seeds in Fuzz/corpus stay as they are.
FUZZ_SECONDS ?= 60
FUZZ_TARGET ?= html
fuzz:
	bash Fuzz/build.sh $(FUZZ_TARGET)
	mkdir -p .build/fuzz/$(FUZZ_TARGET)-corpus
	.build/fuzz/$(FUZZ_TARGET)-fuzz -max_total_time=$(FUZZ_SECONDS) .build/fuzz/$(FUZZ_TARGET)-corpus Fuzz/corpus/$(FUZZ_TARGET)

# Galley against pandoc, trafilatura, resiliparse, lexbor and html5lib on the shared corpus
# (release build; the Python peers go into .build/bench-venv). Not part of `make test`.
bench:
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product galley
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product galley-bench
	$(if $(wildcard $(SHARED)/corpus),GALLEY_SHARED=$(SHARED)) python3 Benchmarks/bench.py $(BENCH_ARGS)

install: build
	install -d $(DESTDIR)$(PREFIX)/bin
	install -s -m 0755 .build/$(CONFIG)/galley $(DESTDIR)$(PREFIX)/bin/galley

clean:
	rm -rf .build Samples/output
