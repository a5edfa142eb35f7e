#!/usr/bin/env bash
# Builds the libFuzzer target for the HTML parser into .build/fuzz/html-fuzz.
# Run:  bash Fuzz/build.sh && .build/fuzz/html-fuzz -max_total_time=1800 Fuzz/corpus/html
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .build/fuzz
swiftc -sanitize=fuzzer,address -parse-as-library -O -g \
    -module-name GalleyHTMLFuzz \
    $(find Sources/GalleyCore -name '*.swift') \
    $(find Sources/GalleyHTML/DOM Sources/GalleyHTML/Tokenizer Sources/GalleyHTML/TreeBuilder \
        Sources/GalleyHTML/Entities -name '*.swift') \
    Fuzz/HTMLFuzz.swift \
    -o .build/fuzz/html-fuzz
echo "built .build/fuzz/html-fuzz"
