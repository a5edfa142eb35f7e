#!/usr/bin/env python3
"""Generates Sources/GalleyHTML/Entities/NamedCharacterReferences.generated.swift.

Data source: Python's `html.entities.html5` table (the WHATWG list of 2,231 named character
references, including the legacy names that may appear without a semicolon).

Run from the package root:  python3 Scripts/generate-entities.py
"""
import html.entities
import os

OUT = os.path.join("Sources", "GalleyHTML", "Entities", "NamedCharacterReferences.generated.swift")

def main():
    table = html.entities.html5
    names = sorted(table)
    lines = []
    lines.append("// generated from Python's html.entities.html5 (the WHATWG named character references)")
    lines.append("// by Scripts/generate-entities.py; do not edit.")
    lines.append("")
    lines.append("/// The WHATWG named character references (\(count) names).")
    lines.append("enum NamedCharacterReferences {")
    lines.append("    /// Number of names, legacy semicolon-less forms included.")
    lines.append("    static let count = %d" % len(names))
    lines.append("    /// Length in bytes of the longest name.")
    lines.append("    static let longestName = %d" % max(len(n) for n in names))
    lines.append("    /// Every name (without the leading `&`), each with its first and second code point")
    lines.append("    /// (0 when the reference expands to one scalar), one entry per line.")
    lines.append("    static let table: [(String, UInt32, UInt32)] = [")
    for n in names:
        cps = [ord(c) for c in table[n]]
        assert 1 <= len(cps) <= 2
        second = cps[1] if len(cps) == 2 else 0
        lines.append('        ("%s", 0x%X, 0x%X),' % (n, cps[0], second))
    lines.append("    ]")
    lines.append("}")
    text = "\n".join(lines).replace("(\\(count)", "(%d" % len(names)) + "\n"
    with open(OUT, "w") as f:
        f.write(text)
    print("wrote %s (%d names)" % (OUT, len(names)))

if __name__ == "__main__":
    main()
