#!/usr/bin/env python3
"""Galley against the tools users would pick instead, on the same pages on the same machine.

    make bench                       # everything, all 990 pages of ../shared/corpus/extraction-dev
    Benchmarks/bench.py --limit 200  # fewer pages

Rows (medians over --repeat runs; ratio = how many times faster Galley is, > 1 is better):
  1. HTML -> Markdown, one process per page: galley vs pandoc; plus galley batch (1 and all cores)
  2. extraction to plain text: galley --pass extract vs trafilatura and resiliparse (in-process loops)
  3. HTML parsing alone, MB/s: Galley's parser vs lexbor (selectolax) and html5lib (in-process)
  4. EPUB: galley vs pandoc -t epub3 on the seed and 20 pages
  5. peak memory (max RSS) of galley on the largest page and on the whole batch
Peers come from Debian (pandoc) and PyPI (installed into a throw-away virtual environment under
.build/bench-venv). A peer that cannot be installed is reported as missing, never skipped silently.
Writes the table to .build/bench/results.json too.
"""
import argparse, gzip, json, os, shutil, statistics, subprocess, sys, tempfile, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("GALLEY_SHARED", ROOT.parent / "shared"))
WORK = ROOT / ".build" / "bench"
VENV = ROOT / ".build" / "bench-venv"
GALLEY = ROOT / ".build" / "release" / "galley"
BENCH = ROOT / ".build" / "release" / "galley-bench"
PY_PEERS = ["trafilatura", "lxml_html_clean", "resiliparse", "selectolax", "html5lib"]

rows = []


def log(message):
    print(message, file=sys.stderr, flush=True)


def row(name, unit, galley, peer_name, peer, higher_is_better):
    if peer is None or galley is None:
        ratio = None
    else:
        ratio = (galley / peer) if higher_is_better else (peer / galley)
    rows.append({"row": name, "unit": unit, "galley": galley, "peer": peer_name, "peerValue": peer,
                 "galleyAdvantage": ratio})


def pages(limit):
    source = SHARED / "corpus" / "extraction-dev" / "html"
    target = WORK / "pages"
    target.mkdir(parents=True, exist_ok=True)
    paths = sorted(source.glob("*.html.gz"))
    if limit:
        paths = paths[:limit]
    result = []
    for path in paths:
        out = target / path.name[:-3]
        if not out.exists():
            out.write_bytes(gzip.decompress(path.read_bytes()))
        result.append(out)
    return result


def venv_python():
    python = VENV / "bin" / "python"
    if not python.exists():
        log("creating the peers' virtual environment in .build/bench-venv")
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    missing = []
    for package in PY_PEERS:
        module = package.lower()
        probe = subprocess.run([str(python), "-c", f"import {module}"], capture_output=True)
        if probe.returncode != 0:
            install = subprocess.run([str(python), "-m", "pip", "install", "-q", package], capture_output=True)
            if install.returncode != 0:
                missing.append(package)
    return python, missing


def timed(argv, **kwargs):
    start = time.perf_counter()
    result = subprocess.run(argv, capture_output=True, **kwargs)
    return time.perf_counter() - start, result


def median_of(repeat, function):
    return statistics.median(function() for _ in range(repeat))


def per_process(argv_for, paths):
    start = time.perf_counter()
    for path in paths:
        subprocess.run(argv_for(path), capture_output=True)
    return time.perf_counter() - start


def python_loop(python, code, paths):
    listing = WORK / "pagelist.txt"
    listing.write_text("\n".join(str(p) for p in paths))
    script = f"""
import sys, time
paths = open({str(listing)!r}).read().split("\\n")
data = [open(p, 'rb').read() for p in paths]
{code}
start = time.perf_counter()
for raw in data:
    work(raw)
print(time.perf_counter() - start)
"""
    result = subprocess.run([str(python), "-c", script], capture_output=True, text=True)
    if result.returncode != 0:
        log(result.stderr[-500:])
        return None
    return float(result.stdout.strip().splitlines()[-1])


def max_rss_kib(argv):
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + argv, capture_output=True, text=True)
    try:
        return int(result.stderr.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=0, help="pages to use (default: all)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure; the median is reported")
    parser.add_argument("--pandoc-limit", type=int, default=0, help="pages for the pandoc rows (default: same)")
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    paths = pages(args.limit)
    total_bytes = sum(p.stat().st_size for p in paths)
    log(f"{len(paths)} pages, {total_bytes / 1e6:.1f} MB")
    python, missing = venv_python()
    pandoc = shutil.which("pandoc")
    if not pandoc:
        missing.append("pandoc")

    # 1. HTML -> Markdown, one process per page.
    md_paths = paths[: args.pandoc_limit] if args.pandoc_limit else paths
    g = median_of(args.repeat, lambda: per_process(lambda p: [str(GALLEY), str(p), "-f", "html", "-t", "markdown"], md_paths))
    p = per_process(lambda p: [pandoc, str(p), "-f", "html", "-t", "gfm"], md_paths) if pandoc else None
    row("HTML->Markdown, process per page", "pages/s", len(md_paths) / g, "pandoc", len(md_paths) / p if p else None, True)
    out = WORK / "batch-out"
    def batch(jobs):
        shutil.rmtree(out, ignore_errors=True)
        seconds, _ = timed([str(GALLEY), "batch", str(WORK / "pages"), "-o", str(out), "-t", "markdown", "-j", str(jobs), "--quiet"])
        return seconds
    b1 = median_of(args.repeat, lambda: batch(1))
    bn = median_of(args.repeat, lambda: batch(os.cpu_count() or 2))
    all_pages = len(list((WORK / "pages").glob("*.html")))
    row(f"HTML->Markdown, batch on {os.cpu_count()} cores vs 1 core", "pages/s", all_pages / bn, "galley batch -j1", all_pages / b1, True)

    # 2. Extraction to text.
    g = median_of(args.repeat, lambda: per_process(lambda p: [str(GALLEY), str(p), "-f", "html", "-t", "text", "--pass", "extract"], paths))
    gb = median_of(args.repeat, lambda: timed([str(GALLEY), "batch", str(WORK / "pages"), "-o", str(WORK / "extract-out"), "-t", "text", "--pass", "extract", "-j", "1", "--quiet"])[0])
    traf = None if "trafilatura" in missing else python_loop(python, "import trafilatura\ndef work(raw): trafilatura.extract(raw.decode('utf-8', 'replace'))", paths)
    resi = None if "resiliparse" in missing else python_loop(
        python, "from resiliparse.extract.html2text import extract_plain_text\nfrom resiliparse.parse.html import HTMLTree\n"
        "def work(raw): extract_plain_text(HTMLTree.parse_from_bytes(raw), main_content=True)", paths)
    row("extraction, galley process per page vs trafilatura in-process", "pages/s", len(paths) / g, "trafilatura", len(paths) / traf if traf else None, True)
    row("extraction, galley batch -j1 vs trafilatura in-process", "pages/s", all_pages / gb, "trafilatura", len(paths) / traf if traf else None, True)
    row("extraction, galley batch -j1 vs resiliparse in-process", "pages/s", all_pages / gb, "resiliparse", len(paths) / resi if resi else None, True)

    # 3. Parsing alone.
    parse = None
    if BENCH.exists():
        result = subprocess.run([str(BENCH), "parse", str(WORK / "pages"), "--repeat", str(args.repeat)], capture_output=True, text=True)
        try:
            parse = json.loads(result.stdout)
        except json.JSONDecodeError:
            log(result.stderr[-500:])
    lexbor = None if "selectolax" in missing else python_loop(python, "from selectolax.lexbor import LexborHTMLParser\ndef work(raw): LexborHTMLParser(raw)", paths)
    h5 = None if "html5lib" in missing else python_loop(python, "import html5lib\ndef work(raw): html5lib.parse(raw)", paths[:100])
    galley_mbs = parse["parseMBps"] if parse else None
    row("HTML parse alone", "MB/s", galley_mbs, "lexbor (selectolax)", total_bytes / 1e6 / lexbor if lexbor else None, True)
    h5_bytes = sum(p.stat().st_size for p in paths[:100])
    row("HTML parse alone", "MB/s", galley_mbs, "html5lib", h5_bytes / 1e6 / h5 if h5 else None, True)
    if parse:
        row("HTML parse + AST", "MB/s", parse.get("astMBps"), "-", None, True)
        row("Markdown writing share of HTML->Markdown", "%", parse.get("markdownShare"), "-", None, False)

    # 4. EPUB.
    seed = ROOT / "Samples" / "text" / "seed-xinhua-iraq.txt"
    epub_inputs = [seed] + paths[:20]
    def galley_epub():
        return per_process(lambda p: [str(GALLEY), str(p), "-t", "epub", "-o", str(WORK / "x.epub")], epub_inputs)
    def pandoc_epub():
        return per_process(lambda p: [pandoc, str(p), "-f", "html" if p.suffix == ".html" else "markdown", "-t", "epub3", "-o", str(WORK / "p.epub")], epub_inputs)
    ge = median_of(args.repeat, galley_epub)
    pe = pandoc_epub() if pandoc else None
    row(f"EPUB, {len(epub_inputs)} inputs", "s/doc", ge / len(epub_inputs), "pandoc -t epub3", pe / len(epub_inputs) if pe else None, False)

    # 5. Memory.
    largest = max(paths, key=lambda p: p.stat().st_size)
    rss = max_rss_kib([str(GALLEY), str(largest), "-f", "html", "-t", "markdown", "-o", str(WORK / "largest.md")])
    row(f"peak RSS, largest page ({largest.stat().st_size / 1e6:.1f} MB)", "MiB", rss / 1024 if rss else None, "limit 10x page + 30 MB", largest.stat().st_size * 10 / 2**20 + 30, False)
    shutil.rmtree(out, ignore_errors=True)
    rss_batch = max_rss_kib([str(GALLEY), "batch", str(WORK / "pages"), "-o", str(out), "-t", "markdown", "--quiet"])
    row("peak RSS, whole batch", "MiB", rss_batch / 1024 if rss_batch else None, "-", None, False)

    print(f"{'row':58} {'unit':7} {'galley':>10} {'peer':>26} {'peer value':>11} {'galley adv.':>11}")
    for r in rows:
        fmt = lambda v: "missing" if v is None else f"{v:.2f}"
        peer_value = "missing" if r["peerValue"] is None and r["peer"] != "-" else ("" if r["peer"] == "-" else fmt(r["peerValue"]))
        adv = "" if r["galleyAdvantage"] is None else f"{r['galleyAdvantage']:.1f}x"
        print(f"{r['row']:58} {r['unit']:7} {fmt(r['galley']):>10} {r['peer']:>26} {peer_value:>11} {adv:>11}")
    if missing:
        print("missing peers: " + ", ".join(missing))
    (WORK / "results.json").write_text(json.dumps({"pages": len(paths), "bytes": total_bytes, "rows": rows, "missing": missing}, indent=1))
    print(f"written {WORK / 'results.json'}")


if __name__ == "__main__":
    main()
