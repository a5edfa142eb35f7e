#!/usr/bin/env python3
"""Generates Sources/GalleyHTML/Entities/NamedCharacterReferences.generated.swift.

Data source: Python's `html.entities.html5` table (the WHATWG list of 2,231 named character
references, including the legacy names that may appear without a semicolon).

The table is written as flat arrays of integers (the names' bytes one after the other, where
each ends, and the code points), sorted by bytes and indexed by first byte: the compiler lays
such arrays out as constant data, so nothing is built when a process starts, and a lookup is a
binary search among the names that share the first byte.

Run from the package root:  python3 Scripts/generate-entities.py
"""
import html.entities
import os

OUT = os.path.join("Sources", "GalleyHTML", "Entities", "NamedCharacterReferences.generated.swift")


def array(name, kind, values, doc, per_line=16):
    lines = ["    /// " + line for line in doc]
    lines.append("    static let %s: [%s] = [" % (name, kind))
    for start in range(0, len(values), per_line):
        lines.append("        " + ", ".join(str(v) for v in values[start:start + per_line]) + ",")
    lines.append("    ]")
    return lines


def main():
    table = html.entities.html5
    names = sorted(table, key=lambda n: n.encode())
    data, ends, points = [], [], []
    for n in names:
        encoded = n.encode()
        assert encoded[0] < 0x80
        data.extend(encoded)
        ends.append(len(data))
        cps = [ord(c) for c in table[n]]
        assert 1 <= len(cps) <= 2
        points.extend([cps[0], cps[1] if len(cps) == 2 else 0])
    assert len(data) < 65536
    first_starts = []
    index = 0
    for byte in range(129):
        while index < len(names) and names[index].encode()[0] < byte:
            index += 1
        first_starts.append(index)
    lines = [
        "// generated from Python's html.entities.html5 (the WHATWG named character references)",
        "// by Scripts/generate-entities.py; do not edit.",
        "",
        "/// The WHATWG named character references (%d names), as flat arrays of integers sorted by" % len(names),
        "/// the names' bytes.",
        "enum NamedCharacterReferences {",
        "    /// Number of names, legacy semicolon-less forms included.",
        "    static let count = %d" % len(names),
        "    /// Length in bytes of the longest name.",
        "    static let longestName = %d" % max(len(n.encode()) for n in names),
    ]
    lines += array("nameBytes", "UInt8", data, ["Every name (without the leading `&`), one after the other."], 24)
    lines += array("nameEnds", "UInt16", ends, ["Where each name ends in ``nameBytes``; it starts where the one before ends."])
    lines += array("codePoints", "UInt32", points,
                   ["Two per name: its first and second code point (0 when it expands to one scalar)."], 12)
    lines += array("firstByteStarts", "UInt16", first_starts,
                   ["The first name starting with each ASCII byte (entry 128: ``count``)."])
    lines.append("}")
    with open(OUT, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %s (%d names)" % (OUT, len(names)))


if __name__ == "__main__":
    main()
