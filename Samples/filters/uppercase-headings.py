#!/usr/bin/env python3
"""An external Galley filter: uppercases the text of every heading.

Galley runs it with the target format's name as the first argument, writes the document as the
JSON form to standard input, and reads the changed document back from standard output.
    galley article.txt --filter Samples/filters/uppercase-headings.py -t markdown
"""
import json
import sys


def upper_inlines(inlines):
    for node in inlines:
        if node.get("type") == "text":
            node["text"] = node["text"].upper()
        for key in ("content",):
            if isinstance(node.get(key), list):
                upper_inlines(node[key])


def walk(blocks):
    for block in blocks:
        if block.get("type") == "heading":
            upper_inlines(block.get("content", []))
        for key in ("blocks", "caption", "content"):
            value = block.get(key)
            if isinstance(value, list) and value and isinstance(value[0], dict) and "type" in value[0]:
                if key != "content" or block.get("type") == "figure":
                    walk(value)
        for item in block.get("items", []):
            walk(item)


document = json.load(sys.stdin)
walk(document.get("blocks", []))
if document.get("meta", {}).get("title"):
    document["meta"]["title"] = document["meta"]["title"].upper()
json.dump(document, sys.stdout, ensure_ascii=False)
