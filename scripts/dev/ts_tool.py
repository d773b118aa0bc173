#!/usr/bin/env python3
"""Helps keep resources/translations/daicho_ja.ts complete.

  ts_tool.py todo [TS]             list unfinished messages as JSON {context: {source: ""}}
  ts_tool.py fill JSON [TS]        fill translations from JSON {context: {source: translation}}
                                   (a numerus message takes one string, Japanese having one
                                   form, or a list of forms: ["%n asset", "%n assets"] for
                                   English in resources/translations/daicho_en.ts)

Run `cmake --build build --target update_translations` first so the .ts knows every source.
"""
import json
import sys
import xml.etree.ElementTree as ET

DEFAULT_TS = "resources/translations/daicho_ja.ts"


def load(path):
    return ET.parse(path)


def save(tree, path):
    root = tree.getroot()
    body = ET.tostring(root, encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(body)
        f.write("\n")


def todo(path):
    out = {}
    for ctx in load(path).getroot().findall("context"):
        name = ctx.find("name").text
        for m in ctx.findall("message"):
            tr = m.find("translation")
            if tr is not None and tr.get("type") == "unfinished":
                out.setdefault(name, {})[m.find("source").text] = ""
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()


def fill(json_path, path):
    with open(json_path, encoding="utf-8") as f:
        wanted = json.load(f)
    tree = load(path)
    filled = 0
    for ctx in tree.getroot().findall("context"):
        name = ctx.find("name").text
        table = wanted.get(name, {})
        for m in ctx.findall("message"):
            src = m.find("source").text
            if src not in table or not table[src]:
                continue
            tr = m.find("translation")
            for child in list(tr):
                tr.remove(child)
            tr.attrib.pop("type", None)
            if m.get("numerus") == "yes":
                tr.text = None
                forms = table[src] if isinstance(table[src], list) else [table[src]]
                for form in forms:
                    nf = ET.SubElement(tr, "numerusform")
                    nf.text = form
            else:
                tr.text = table[src]
            filled += 1
    save(tree, path)
    print(f"filled {filled} message(s)", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "todo":
        todo(sys.argv[2] if len(sys.argv) > 2 else DEFAULT_TS)
    elif len(sys.argv) >= 3 and sys.argv[1] == "fill":
        fill(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else DEFAULT_TS)
    else:
        print(__doc__)
        sys.exit(2)
