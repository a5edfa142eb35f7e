#!/usr/bin/env python3
"""Generates Sources/GalleyHTML/Encoding/WebEncoding+Tables.generated.swift.

Inputs: Scripts/whatwg-encodings.json (the WHATWG Encoding Standard's label table,
https://encoding.spec.whatwg.org/#names-and-labels) and python3's codecs for the single-byte
encodings' upper halves (0x80-0xFF). Where a python codec leaves a byte undefined, the WHATWG
indexes map bytes 0x80-0x9F to the C1 control of the same value and leave the rest undefined
(decoded as U+FFFD), which is what the table records (0xFFFD). OVERRIDES below patches the few
bytes where the WHATWG indexes and python disagree.

Run from the package root:  python3 Scripts/generate-encoding-tables.py
"""
import json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "GalleyHTML", "Encoding", "WebEncoding+Tables.generated.swift")

# WHATWG canonical name -> python codec for the single-byte encodings.
SINGLE_BYTE = {
    "ibm866": "cp866", "iso-8859-2": "iso8859_2", "iso-8859-3": "iso8859_3", "iso-8859-4": "iso8859_4",
    "iso-8859-5": "iso8859_5", "iso-8859-6": "iso8859_6", "iso-8859-7": "iso8859_7",
    "iso-8859-8": "iso8859_8", "iso-8859-8-i": "iso8859_8", "iso-8859-10": "iso8859_10",
    "iso-8859-13": "iso8859_13", "iso-8859-14": "iso8859_14", "iso-8859-15": "iso8859_15",
    "iso-8859-16": "iso8859_16", "koi8-r": "koi8_r", "koi8-u": "koi8_u", "macintosh": "mac_roman",
    "windows-874": "cp874", "windows-1250": "cp1250", "windows-1251": "cp1251",
    "windows-1252": "cp1252", "windows-1253": "cp1253", "windows-1254": "cp1254",
    "windows-1255": "cp1255", "windows-1256": "cp1256", "windows-1257": "cp1257",
    "windows-1258": "cp1258", "x-mac-cyrillic": "mac_cyrillic",
}

# Where the WHATWG indexes differ from python's codecs: WHATWG's koi8-u is KOI8-RU (Belarusian
# and Ukrainian short U at 0xAE/0xBE), and windows-1255 defines 0xCA (HEBREW POINT HOLAM HASER
# FOR VAV).
OVERRIDES = {
    "koi8-u": {0xAE: 0x045E, 0xBE: 0x040E},
    "windows-1255": {0xCA: 0x05BA},
}


def case_name(name):
    """The Swift case for a WHATWG name: utf-8 -> utf8, iso-8859-2 -> iso8859_2, euc-jp -> eucJP."""
    special = {
        "utf-8": "utf8", "iso-8859-8-i": "iso8859_8i", "koi8-r": "koi8R", "koi8-u": "koi8U",
        "x-mac-cyrillic": "xMacCyrillic", "euc-jp": "eucJP", "iso-2022-jp": "iso2022JP",
        "shift_jis": "shiftJIS", "euc-kr": "eucKR", "utf-16be": "utf16BE", "utf-16le": "utf16LE",
        "x-user-defined": "xUserDefined",
    }
    if name in special:
        return special[name]
    if name.startswith("iso-8859-"):
        return "iso8859_" + name[len("iso-8859-"):]
    return name.replace("-", "")


def upper_half(codec):
    points = []
    for byte in range(0x80, 0x100):
        try:
            text = bytes([byte]).decode(codec)
            points.append(ord(text) if len(text) == 1 else 0xFFFD)
        except UnicodeDecodeError:
            points.append(byte if byte < 0xA0 else 0xFFFD)
    return points


def main():
    table = json.load(open(os.path.join(ROOT, "Scripts", "whatwg-encodings.json"), encoding="utf-8"))
    out = []
    out.append("// Generated from Scripts/whatwg-encodings.json and python3's codecs by")
    out.append("// Scripts/generate-encoding-tables.py; do not edit.")
    out.append("")
    out.append("extension WebEncoding {")
    out.append("    /// Every WHATWG label (lower-case) and the encoding it names.")
    out.append("    static let labelTable: [String: WebEncoding] = [")
    for entry in table:
        for label in entry["labels"]:
            out.append(f'        "{label}": .{case_name(entry["name"])},')
    out.append("    ]")
    out.append("")
    out.append("    /// The code points of bytes 0x80-0xFF for the single-byte encodings (0xFFFD: undefined).")
    out.append("    var singleByteUpperHalf: [UInt16]? {")
    out.append("        switch self {")
    for entry in table:
        name = entry["name"]
        if name not in SINGLE_BYTE:
            continue
        points = upper_half(SINGLE_BYTE[name])
        for byte, point in OVERRIDES.get(name, {}).items():
            points[byte - 0x80] = point
        out.append(f"        case .{case_name(name)}:")
        out.append("            return [")
        for row in range(0, 128, 8):
            out.append("                " + ", ".join(f"0x{p:04X}" for p in points[row:row + 8]) + ",")
        out.append("            ]")
    out.append("        default:")
    out.append("            return nil")
    out.append("        }")
    out.append("    }")
    out.append("}")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
