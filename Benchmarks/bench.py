#!/usr/bin/env python3
"""Galley against the tools users would pick instead, on the same pages on the same machine.

    make bench                       # everything, all 990 pages of ../shared/corpus/extraction-dev
    Benchmarks/bench.py --limit 200  # fewer pages

Rows (medians over --repeat runs, or --rounds for the quick pairs below; ratio = how many times
faster Galley is, > 1 is better).
Where a row sets Galley against a peer, the two are measured in turn, by blocks of 50 pages for
the one-process-per-page rows and pass by pass for the in-process ones, so that both meet the
machine in much the same state (a shared machine's speed drifts by a fifth over minutes). The
pairs that take seconds a round (batch -j1 and -jN, galley-bench and resiliparse, galley-bench and
lexbor) run --rounds times, trafilatura and Galley --repeat times, pandoc and html5lib (a minute
and more a pass) once:
  1. HTML -> Markdown, one process per page: galley vs pandoc; plus galley batch (1 and all cores)
     and in-process (galley-bench), with the Markdown writer's share of the time
  2. extraction to plain text: galley --pass extract vs trafilatura and resiliparse (in-process loops)
  3. HTML parsing alone, MB/s: Galley's parser vs lexbor (selectolax) and html5lib (in-process)
  4. EPUB: galley vs pandoc -t epub3 on the seed and 20 pages
  5. peak memory (max RSS) of galley on the largest page and on the whole batch
  and the wire samples, stories/s (galley-bench wire)
Peers come from Debian (pandoc) and PyPI (installed into a throw-away virtual environment under
.build/bench-venv). A peer that cannot be installed is reported as missing, never skipped silently.
Writes the table to .build/bench/results.json too.
"""
import argparse, gzip, itertools, json, os, resource, shutil, statistics, subprocess, sys, tempfile, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
def shared_dir():
    """The shared corpus: $GALLEY_SHARED, else a `shared` folder next to the checkout or one up."""
    if os.environ.get("GALLEY_SHARED"):
        return Path(os.environ["GALLEY_SHARED"])
    for candidate in (ROOT.parent / "shared", ROOT.parent.parent / "shared"):
        if (candidate / "corpus").is_dir():
            return candidate
    return ROOT.parent / "shared"


SHARED = shared_dir()
WORK = ROOT / ".build" / "bench"
VENV = ROOT / ".build" / "bench-venv"
GALLEY = ROOT / ".build" / "release" / "galley"
BENCH = ROOT / ".build" / "release" / "galley-bench"
PY_PEERS = ["trafilatura", "lxml_html_clean", "resiliparse", "selectolax", "html5lib"]

rows = []


def log(message):
    print(message, file=sys.stderr, flush=True)


def row(name, unit, galley, peer_name, peer, higher_is_better, target=None):
    """One line of the table. `galleyAdvantage` is galley/peer for rates and peer/galley for
    costs, so > 1 always means Galley is better; `target` is the advantage the issue asks for."""
    if peer is None or galley is None:
        ratio = None
    else:
        ratio = (galley / peer) if higher_is_better else (peer / galley)
    met = None if ratio is None or target is None else ratio >= target
    rows.append({"row": name, "unit": unit, "galley": galley, "peer": peer_name, "peerValue": peer,
                 "galleyAdvantage": ratio, "target": target, "met": met})


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
    # The chosen pages alone, for batch runs and galley-bench.
    chosen = WORK / f"set-{len(result)}"
    if not chosen.is_dir() or len(list(chosen.iterdir())) != len(result):
        shutil.rmtree(chosen, ignore_errors=True)
        chosen.mkdir(parents=True)
        for page in result:
            (chosen / page.name).symlink_to(page)
    return result, chosen


def venv_python():
    python = VENV / "bin" / "python"
    if not python.exists():
        log("creating the peers' virtual environment in .build/bench-venv")
        made = subprocess.run([sys.executable, "-m", "venv", str(VENV)], capture_output=True, text=True)
        if made.returncode != 0:
            log(f"cannot create a virtual environment: {made.stderr.strip()[-300:]}")
            return python, list(PY_PEERS)
    missing = []
    for package in PY_PEERS:
        probe = subprocess.run([str(python), "-c", f"import {package}"], capture_output=True)
        if probe.returncode != 0:
            log(f"installing {package} into .build/bench-venv")
            install = subprocess.run([str(python), "-m", "pip", "install", "-q", package], capture_output=True, text=True)
            if install.returncode != 0:
                log(f"{package} cannot be installed: {install.stderr.strip()[-300:]}")
                missing.append(package)
    return python, missing


def galley_bench(*arguments):
    """A JSON report from galley-bench, or None (with the reason on stderr)."""
    if not BENCH.exists():
        log(f"{BENCH} is missing: run `make bench`")
        return None
    result = subprocess.run([str(BENCH), *map(str, arguments)], capture_output=True, text=True)
    try:
        return json.loads(result.stdout)
    except json.JSONDecodeError:
        log(f"galley-bench {arguments[0]} failed: {result.stderr.strip()[-500:]}")
        return None


cpu_seconds = []  # user + system seconds of each timed() child, in order


def timed(argv, **kwargs):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(argv, capture_output=True, **kwargs)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_seconds.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    return elapsed, result


def median_of(repeat, function):
    return statistics.median(function() for _ in range(repeat))


def per_process(argv_for, paths):
    start = time.perf_counter()
    for path in paths:
        subprocess.run(argv_for(path), capture_output=True)
    return time.perf_counter() - start


def per_process_in_turn(galley_argv_for, peer_argv_for, paths, repeat, block=50):
    """Seconds for one process per page, Galley's and the peer's (None without a peer): the two
    take turns by blocks of `block` pages, each running its block one process after another as
    a user would (turns page by page would let the peer's heavy processes slow the next light
    one, which no user of either tool meets). Each Galley block runs `repeat` times and counts
    with its median: a block takes a fifth of a second, so one stall of the machine would weigh
    on it as it cannot on the peer's block of ten seconds and more, which runs once."""
    def run(argv_for, pages):
        start = time.perf_counter()
        for path in pages:
            subprocess.run(argv_for(path), capture_output=True)
        return time.perf_counter() - start
    galley = peer = 0.0
    for first in range(0, len(paths), block):
        pages = paths[first:first + block]
        galley += median_of(repeat, lambda: run(galley_argv_for, pages))
        if peer_argv_for:
            peer += run(peer_argv_for, pages)
    return galley, (peer if peer_argv_for else None)


def in_turn(repeat, measures):
    """Runs each of `measures` (functions returning a number, a report or None) once per round,
    one after another, for `repeat` rounds; returns each one's median (per key for reports)."""
    results = [[] for _ in measures]
    for _ in range(repeat):
        for index, measure in enumerate(measures):
            value = measure()
            if value is not None:
                results[index].append(value)
    return [median_report(values) for values in results]


def median_report(values):
    """The median of numbers, or per numeric key of JSON reports; None when there are none."""
    if not values:
        return None
    if isinstance(values[0], dict):
        return {key: statistics.median(v[key] for v in values) for key in values[0]
                if isinstance(values[0][key], (int, float)) and all(key in v for v in values)}
    return statistics.median(values)


def python_loop(python, code, paths, repeat=1):
    """Seconds for one pass of `work` over the pages, in-process: the median of `repeat` passes,
    the statistic Galley's rows use."""
    listing = WORK / "pagelist.txt"
    listing.write_text("\n".join(str(p) for p in paths))
    script = f"""
import statistics, sys, time
paths = open({str(listing)!r}).read().split("\\n")
data = [open(p, 'rb').read() for p in paths]
{code}
times = []
for _ in range({repeat}):
    start = time.perf_counter()
    for raw in data:
        work(raw)
    times.append(time.perf_counter() - start)
print(statistics.median(times))
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
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure for the slow peers (pandoc, trafilatura, html5lib) and the rest; the median is reported")
    parser.add_argument("--rounds", type=int, default=7, help="rounds for the quick pairs (batch -j1/-jN, resiliparse, lexbor)")
    parser.add_argument("--pandoc-limit", type=int, default=0, help="pages for the pandoc rows (default: same)")
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    for tool in (GALLEY, BENCH):
        if not tool.exists():
            sys.exit(f"{tool} is missing: run `make bench` (it builds both in release)")
    paths, page_dir = pages(args.limit)
    total_bytes = sum(p.stat().st_size for p in paths)
    log(f"{len(paths)} pages, {total_bytes / 1e6:.1f} MB, from {SHARED / 'corpus' / 'extraction-dev'}")
    python, missing = venv_python()
    pandoc = shutil.which("pandoc")
    if not pandoc:
        missing.append("pandoc")
    cores = os.cpu_count() or 2
    load_before = os.getloadavg()[0]

    # 1. HTML -> Markdown: one process per page (as users run both tools), then batch.
    log("1. HTML -> Markdown")
    md_paths = paths[: args.pandoc_limit] if args.pandoc_limit else paths
    g, p = per_process_in_turn(lambda p: [str(GALLEY), str(p), "-f", "html", "-t", "markdown", "--quiet"],
                               (lambda p: [pandoc, str(p), "-f", "html", "-t", "gfm"]) if pandoc else None, md_paths,
                               args.repeat)
    row(f"HTML->Markdown, process per page ({len(md_paths)} pages)", "pages/s", len(md_paths) / g, "pandoc -t gfm",
        len(md_paths) / p if p else None, True, 50)
    # Every batch run writes a tree of its own, and the trees are removed when the bench is done.
    # Removing the tree between runs made the next run pay for it: on ext4 without a journal (as
    # on the machines this was measured on) a new file skips every inode freed in the last 60 s,
    # reading each one's inode table entry, and the 990 freed by the run before took a fifth of a
    # run's time in the kernel, under locks the -jN workers queue for.
    out = WORK / "batch-out"
    shutil.rmtree(out, ignore_errors=True)
    batch_runs = itertools.count(1)
    def batch(jobs, fmt="markdown", passes=()):
        target = out / f"{next(batch_runs)}-{fmt}-j{jobs}"
        argv = [str(GALLEY), "batch", str(page_dir), "-o", str(target), "-t", fmt, "-j", str(jobs), "--quiet"]
        for name in passes:
            argv += ["--pass", name]
        seconds, _ = timed(argv)
        return seconds
    cpu = {}
    def batch_cpu(jobs):
        seconds = batch(jobs)
        cpu.setdefault(jobs, []).append(cpu_seconds[-1])
        return seconds
    b1, bn = in_turn(args.rounds, [lambda: batch_cpu(1), lambda: batch_cpu(cores)])
    row("HTML->Markdown, galley batch -j1", "pages/s", len(paths) / b1, "pandoc -t gfm", len(md_paths) / p if p else None, True, 50)
    row(f"HTML->Markdown, galley batch -j{cores} vs -j1", "pages/s", len(paths) / bn, "galley batch -j1", len(paths) / b1, True, 1.8)
    # CPU seconds (user + system) of the two batch runs: equal figures mean the work spreads over
    # the cores without overhead, whatever else the machine is doing.
    row(f"CPU seconds, galley batch -j{cores} vs -j1", "s", statistics.median(cpu[cores]), "galley batch -j1",
        statistics.median(cpu[1]), False)
    # Galley's parser and lexbor in turn (the parse report is also the in-process Markdown row).
    lexbor_code = "from selectolax.lexbor import LexborHTMLParser\ndef work(raw): LexborHTMLParser(raw)"
    parse, lexbor = in_turn(args.rounds, [
        lambda: galley_bench("parse", page_dir, "--repeat", 1),
        lambda: None if "selectolax" in missing else python_loop(python, lexbor_code, paths)])
    if parse:
        row("HTML->Markdown in-process, galley-bench", "pages/s", parse.get("markdownPagesPerSecond"), "pandoc -t gfm",
            len(md_paths) / p if p else None, True, 50)
        row("Markdown writing share of HTML->Markdown", "%", parse.get("markdownShare"), "issue 4 limit", 10, False, 1)

    # 2. Extraction to plain text.
    log("2. extraction")
    g = median_of(args.repeat, lambda: per_process(lambda p: [str(GALLEY), str(p), "-f", "html", "-t", "text", "--pass", "extract", "--quiet"], paths))
    gb = median_of(args.repeat, lambda: batch(1, "text", ["extract"]))
    gbn = median_of(args.repeat, lambda: batch(cores, "text", ["extract"]))
    traf_code = "import trafilatura\ndef work(raw): trafilatura.extract(raw.decode('utf-8', 'replace'))"
    resi_code = ("from resiliparse.extract.html2text import extract_plain_text\nfrom resiliparse.parse.html import HTMLTree\n"
                 "def work(raw): extract_plain_text(HTMLTree.parse_from_bytes(raw), main_content=True)")
    # Each peer is set against the Galley passes taken in turn with it.
    extract_t, traf = in_turn(args.repeat, [
        lambda: galley_bench("extract", page_dir, "--repeat", 1),
        lambda: None if "trafilatura" in missing else python_loop(python, traf_code, paths)])
    extract, resi = in_turn(args.rounds, [
        lambda: galley_bench("extract", page_dir, "--repeat", 1),
        lambda: None if "resiliparse" in missing else python_loop(python, resi_code, paths)])
    traf_rate = len(paths) / traf if traf else None
    resi_rate = len(paths) / resi if resi else None
    row("extraction, galley in-process (galley-bench)", "pages/s", extract_t.get("pagesPerSecond") if extract_t else None,
        "trafilatura in-process", traf_rate, True, 10)
    row("extraction, galley in-process (galley-bench)", "pages/s", extract.get("pagesPerSecond") if extract else None,
        "resiliparse in-process", resi_rate, True, 1)
    row("extraction, galley batch -j1", "pages/s", len(paths) / gb, "trafilatura in-process", traf_rate, True, 10)
    row(f"extraction, galley batch -j{cores} (peers: 1 core)", "pages/s", len(paths) / gbn, "trafilatura in-process", traf_rate, True, 10)
    row(f"extraction, galley batch -j{cores} (peers: 1 core)", "pages/s", len(paths) / gbn, "resiliparse in-process", resi_rate, True, 1)
    # For scale, not a target: a process per page counts Galley's start-up, while the peers, by
    # the design, run in-process loops with their start-up left out.
    row("extraction, galley process per page", "pages/s", len(paths) / g, "trafilatura in-process", traf_rate, True)
    if extract:
        row("share of extraction time in the extract pass", "%", extract.get("passShare"), "-", None, False)

    # 3. Parsing alone, MB/s (in-process on both sides; html5lib on the first 100 pages, it is slow).
    log("3. parsing")
    h5 = None if "html5lib" in missing else python_loop(python, "import html5lib\ndef work(raw): html5lib.parse(raw)", paths[:100])
    galley_mbs = parse["parseMBps"] if parse else None
    row("HTML parse alone", "MB/s", galley_mbs, "lexbor (selectolax)", total_bytes / 1e6 / lexbor if lexbor else None, True, 1)
    h5_bytes = sum(p.stat().st_size for p in paths[:100])
    row("HTML parse alone", "MB/s", galley_mbs, "html5lib (100 pages)", h5_bytes / 1e6 / h5 if h5 else None, True)
    if parse:
        row("HTML read: encoding + parse + DOM->AST", "MB/s", parse.get("astMBps"), "lexbor (selectolax)",
            total_bytes / 1e6 / lexbor if lexbor else None, True)

    # 4. EPUB.
    log("4. EPUB")
    seed = ROOT / "Samples" / "text" / "seed-xinhua-iraq.txt"
    epub_inputs = [seed] + paths[:20]
    def galley_epub():
        return per_process(lambda p: [str(GALLEY), str(p), "-t", "epub", "-o", str(WORK / "x.epub"), "--quiet"], epub_inputs)
    def pandoc_epub():
        return per_process(lambda p: [pandoc, str(p), "-f", "html" if p.suffix == ".html" else "markdown", "-t", "epub3", "-o", str(WORK / "p.epub")], epub_inputs)
    ge = median_of(args.repeat, galley_epub)
    pe = pandoc_epub() if pandoc else None
    row(f"EPUB, seed + {len(epub_inputs) - 1} pages", "s/doc", ge / len(epub_inputs), "pandoc -t epub3", pe / len(epub_inputs) if pe else None, False, 20)

    # 5. Memory.
    log("5. memory")
    largest = max(paths, key=lambda p: p.stat().st_size)
    limit = largest.stat().st_size * 10 / 2**20 + 30
    rss = max_rss_kib([str(GALLEY), str(largest), "-f", "html", "-t", "markdown", "-o", str(WORK / "largest.md"), "--quiet"])
    row(f"peak RSS, largest page ({largest.stat().st_size / 1e6:.1f} MB)", "MiB", rss / 1024 if rss else None, "limit 10x page + 30 MB", limit, False, 1)
    rss_batch = max_rss_kib([str(GALLEY), "batch", str(page_dir), "-o", str(out / "rss"), "-t", "markdown", "--quiet"])
    shutil.rmtree(out, ignore_errors=True)
    row(f"peak RSS, whole batch ({len(paths)} pages, -j{cores})", "MiB", rss_batch / 1024 if rss_batch else None, "-", None, False)

    # Wire samples.
    log("wire")
    wire_roots = [SHARED / "corpus" / "wire-dev", ROOT / "Samples" / "wire"]
    wire = galley_bench("wire", *[r for r in wire_roots if r.exists()], "--repeat", args.repeat)
    row(f"wire stories ({wire['stories']} in {wire['files']} files)" if wire else "wire stories", "stories/s",
        wire.get("storiesPerSecond") if wire else None, "-", None, True)

    def fmt(v):
        return "missing" if v is None else (f"{v:.0f}" if abs(v) >= 1000 else f"{v:.2f}")
    header = f"{'row':52} {'unit':9} {'galley':>9} {'peer':>24} {'peer value':>10} {'galley/peer':>11} {'target':>7}"
    print(header)
    print("-" * len(header))
    for r in rows:
        peer_value = "" if r["peer"] == "-" else fmt(r["peerValue"])
        adv = "" if r["galleyAdvantage"] is None else f"{r['galleyAdvantage']:.1f}x"
        target = "" if r["target"] is None else f">={r['target']:g}x" + ("" if r["met"] is None else (" ok" if r["met"] else " NO"))
        print(f"{r['row'][:52]:52} {r['unit']:9} {fmt(r['galley']):>9} {r['peer'][:24]:>24} {peer_value:>10} {adv:>11} {target:>7}")
    print("galley/peer: how many times better Galley is (rates: galley/peer; seconds, MiB and %: peer/galley).")
    if missing:
        print("missing peers (not measured): " + ", ".join(missing))
    load_after = os.getloadavg()[0]
    print(f"{cores} cores; load average {load_before:.1f} before, {load_after:.1f} after (other work on the machine slows wall-clock rows)")
    results = {"pages": len(paths), "bytes": total_bytes, "cores": cores, "rows": rows, "missing": missing,
               "loadAverage": [load_before, load_after],
               "galleyBench": {"parse": parse, "extract": extract, "wire": wire}}
    (WORK / "results.json").write_text(json.dumps(results, indent=1))
    print(f"written {WORK / 'results.json'}")


if __name__ == "__main__":
    main()
