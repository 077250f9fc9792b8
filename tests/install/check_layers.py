#!/usr/bin/env python3
"""Checks that the engine cannot see app/, server/ or data-adapters/ headers, and that
data-adapters and engine/cycle cannot see app/ or server/ headers, nor server/ app/ headers, from two sides:

- what the compiler is given: for every source of those layers in
  compile_commands.json, no include directory (-I, -isystem, -iquote) is the
  source root or holds an app/ (or data-adapters/) directory;
- what the code asks for: no file of those layers includes such a header.

It also holds app/ to what it is for: at most 1,500 lines, and no command
setting options (no "set_option(" in app/).

Usage: check_layers.py SOURCE_DIR BUILD_DIR
"""
import json
import os
import re
import shlex
import sys

source, build = (os.path.realpath(p) for p in sys.argv[1:3])
# layer -> the top directories it must not see
# (engine/cycle joins the stages and the data adapters: it may see
# data-adapters/, never app/)
# (server/, the portal, stands beside app/: it may see everything below,
# never app/; nothing below sees the portal)
forbidden = {"engine": ["app", "data-adapters", "server"], "data-adapters": ["app", "server"],
             "cycle": ["app", "server"], "server": ["app"]}
problems = []


def layer_of(path):
    rel = os.path.relpath(os.path.realpath(path), source)
    top = rel.split(os.sep)[0]
    if rel.startswith(os.path.join("engine", "cycle") + os.sep):
        top = "cycle"
    return top if top in forbidden and not rel.startswith("..") else None


def include_dirs(args, directory):
    dirs = []
    i = 0
    while i < len(args):
        a = args[i]
        for flag in ("-I", "-isystem", "-iquote"):
            if a == flag and i + 1 < len(args):
                dirs.append(args[i + 1])
                i += 1
            elif a.startswith(flag) and len(a) > len(flag) and not (flag == "-I" and a.startswith("-isystem")):
                dirs.append(a[len(flag):])
        i += 1
    return [os.path.realpath(os.path.join(directory, d)) for d in dirs]


with open(os.path.join(build, "compile_commands.json")) as f:
    commands = json.load(f)
checked = {layer: 0 for layer in forbidden}
for entry in commands:
    layer = layer_of(os.path.join(entry["directory"], entry["file"]))
    if not layer:
        continue
    checked[layer] += 1
    args = entry.get("arguments") or shlex.split(entry["command"])
    dirs = include_dirs(args, entry["directory"])
    if not dirs:
        problems.append(f"{entry['file']}: compiled with no include directory at all?")
    for d in dirs:
        if d == source:
            problems.append(f"{entry['file']}: the whole source tree {d} is an include directory")
        for top in forbidden[layer]:
            if os.path.isdir(os.path.join(d, top)):
                problems.append(f"{entry['file']} ({layer}) can include {top}/ headers through -I {d}")
for layer, n in checked.items():
    if n == 0:
        problems.append(f"no {layer}/ source in compile_commands.json: is this the right build tree?")

include = re.compile(r'^\s*#\s*include\s*[<"]([^">]+)[">]')
layer_dirs = {"engine": "engine", "data-adapters": "data-adapters", "cycle": os.path.join("engine", "cycle"),
              "server": "server"}
for layer, tops in forbidden.items():
    for root, _, files in os.walk(os.path.join(source, layer_dirs[layer])):
        if layer == "engine" and os.path.relpath(root, source).startswith(layer_dirs["cycle"]):
            continue
        for name in files:
            if not name.endswith((".cpp", ".hpp", ".h", ".c")):
                continue
            path = os.path.join(root, name)
            with open(path, encoding="utf-8") as f:
                for number, line in enumerate(f, 1):
                    m = include.match(line)
                    if m and m.group(1).split("/")[0] in tops:
                        problems.append(f"{os.path.relpath(path, source)}:{number}: {layer}/ includes {m.group(1)}")

# app/ only turns flags into the cycle's jobs and prints their results: it stays
# small, and no command drives another through its flags.
app_lines = 0
for name in sorted(os.listdir(os.path.join(source, "app"))):
    path = os.path.join(source, "app", name)
    if not os.path.isfile(path):
        continue
    with open(path, encoding="utf-8") as f:
        text = f.read()
    app_lines += text.count("\n")
    for number, line in enumerate(text.splitlines(), 1):
        if "set_option(" in line:
            problems.append(f"app/{name}:{number}: a command sets options (set_option)")
if app_lines > 1500:
    problems.append(f"app/ has {app_lines} lines; the jobs belong in engine/cycle (at most 1,500 in app/)")

for p in problems:
    print(p)
print(f"checked {checked['engine']} engine, {checked['cycle']} engine/cycle, {checked['data-adapters']} data-adapters and {checked['server']} server compilations and {app_lines} lines of app/"
      + (f"; {len(problems)} problem(s)" if problems else ": each sees only the layers before it"))
sys.exit(1 if problems else 0)
