#!/usr/bin/env bash
# Builds a libFuzzer target into .build/fuzz/TARGET-fuzz: `html` (the HTML parser, default) or
# `wire` (the wire reader and the dateline parsers).
# Run:  bash Fuzz/build.sh html && .build/fuzz/html-fuzz -max_total_time=1800 .build/fuzz/html-corpus Fuzz/corpus/html
#       bash Fuzz/build.sh wire && .build/fuzz/wire-fuzz -max_len=4096 .build/fuzz/wire-corpus Fuzz/corpus/wire
# (new inputs go to the first folder, which must exist; the checked-in seeds stay as they are).
# (`make fuzz FUZZ_TARGET=wire FUZZ_SECONDS=600` does both steps.) The linker's
# "Cannot export local symbol" warnings are harmless.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:-html}"
B=.build/fuzz
mkdir -p "$B"
F="-O -sanitize=fuzzer,address -parse-as-library -wmo"
# GalleyCore as a module of its own, which both targets import.
core() {
    swiftc $F -module-name GalleyCore -emit-module -emit-module-path "$B/GalleyCore.swiftmodule" \
        -c $(find Sources/GalleyCore -name '*.swift') -o "$B/GalleyCore.o"
}
case "$target" in
  html)
    core
    swiftc -sanitize=fuzzer,address -parse-as-library -O -g -I "$B" \
        -module-name GalleyHTMLFuzz \
        $(find Sources/GalleyHTML/DOM Sources/GalleyHTML/Tokenizer Sources/GalleyHTML/TreeBuilder \
            Sources/GalleyHTML/Entities -name '*.swift') \
        Fuzz/HTMLFuzz.swift "$B/GalleyCore.o" \
        -o "$B/html-fuzz"
    ;;
  wire)
    core
    swiftc $F -I "$B" -module-name GalleyWire -emit-module -emit-module-path "$B/GalleyWire.swiftmodule" \
        -c $(find Sources/GalleyWire -name '*.swift') -o "$B/GalleyWire.o"
    swiftc -O -sanitize=fuzzer,address -parse-as-library -I "$B" Fuzz/WireFuzz.swift \
        "$B/GalleyCore.o" "$B/GalleyWire.o" -o "$B/wire-fuzz"
    ;;
  *)
    echo "usage: Fuzz/build.sh html|wire" >&2
    exit 2
    ;;
esac
echo "built $B/$target-fuzz"
