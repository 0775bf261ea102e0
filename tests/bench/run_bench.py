#!/usr/bin/env python3
"""run_bench.py — the newsfacts benchmark (`make bench` runs it).

usage: run_bench.py --bin NEWSFACTS --floor FLOOR --corpus DIR --work DIR
                    [--sizes 2000,20000,200000] [--runs 3] [--large-runs 1]

For each size N it generates (once, deterministically; gen_corpus.py) a
corpus of N distinct stories as JSON Lines under --work, then measures, each
as the median of --runs runs (--large-runs for N >= 100,000, whose runs take
minutes):

  extract   `newsfacts extract --lines CORPUS > /dev/null`, pinned to one
            core (the affinity it inherits): MB/s of story text, stories/s,
            words/s
  load j1   `newsfacts load -q --db NEW.db CORPUS` into a new file database
  load j2   the same with --jobs 2; the database must be identical to j1's
            (every column of every table, except documents.loaded_at)
  floor     tests/bench/floor: the rows of the j1 database inserted by a bare
            loop of prepared statements in one transaction (the SQLite floor)
  memory    peak resident set of every run (getrusage of the child)

and prints one table, with the ratio load / (extract + floor) and the time
per story at each size, and how it grows from one size to the next.

The runs go in rounds: each round runs every size once (extract, load
--jobs 1, load --jobs 2), so that runs of different sizes are minutes apart,
not a quarter of an hour; growth is the median of the ratios within rounds.
Standard library only. Output files stay under --work.
"""
import argparse
import contextlib
import hashlib
import json
import os
import platform
import re
import sqlite3
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SETTLE_SECONDS = 1.0


def run(cmd, stdout=subprocess.DEVNULL):
    """Run cmd; returns (wall seconds, peak RSS in KiB, stdout text or None)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE)
    out = p.stdout.read().decode() if stdout == subprocess.PIPE else None
    err = p.stderr.read().decode()
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        sys.exit("bench: %s failed (%d): %s" % (" ".join(cmd), p.returncode, err[-2000:]))
    return wall, ru.ru_maxrss, out


def rm_db(path):
    for suffix in ("", "-wal", "-shm", "-journal", ".sqbpro"):
        try:
            os.unlink(path + suffix)
        except FileNotFoundError:
            pass
    base = path[:-3] if path.endswith(".db") else path
    try:
        os.unlink(base + ".sqbpro")
    except FileNotFoundError:
        pass


def table_digest(path):
    """Every row of every table but sqlite_*, with documents.loaded_at left out."""
    con = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    digest = {}
    names = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
        " AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
    for name in names:
        cols = [r[1] for r in con.execute("PRAGMA table_info(\"%s\")" % name)
                if not (name == "documents" and r[1] == "loaded_at")]
        collist = ",".join('"%s"' % c for c in cols)
        try:   # rowid order: the ids must match too, and it needs no sort
            rows = con.execute("SELECT %s FROM \"%s\" ORDER BY rowid" % (collist, name))
        except sqlite3.OperationalError:   # WITHOUT ROWID (an FTS5 shadow table)
            rows = con.execute("SELECT %s FROM \"%s\" ORDER BY %s" % (collist, name, collist))
        n = 0
        m = hashlib.sha256()
        for row in rows:
            m.update(repr(row).encode())
            n += 1
        digest[name] = (n, m.hexdigest())
    con.close()
    return digest


def count_rows(path):
    con = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    total = 0
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                               " AND name NOT LIKE 'sqlite%' AND sql NOT LIKE 'CREATE VIRTUAL%'"
                               " AND name NOT LIKE '%fts%'"):
        total += con.execute("SELECT count(*) FROM \"%s\"" % name).fetchone()[0]
    con.close()
    return total


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def fmt(v, unit=""):
    if v is None:
        return "-"
    if isinstance(v, str):
        return v
    if v >= 100:
        return "{:,.0f}{}".format(v, unit)
    if v >= 10:
        return "{:.1f}{}".format(v, unit)
    return "{:.2f}{}".format(v, unit)


def prepare(a, n, runs):
    """The corpus of n stories (generated once) and an empty result for it."""
    corpus = os.path.join(a.work, "corpus-%d.jsonl" % n)
    meta_path = corpus + ".meta"
    gen = os.path.join(HERE, "gen_corpus.py")
    if not os.path.exists(meta_path) or os.path.getmtime(meta_path) < os.path.getmtime(gen):
        print("bench: generating %d stories -> %s" % (n, corpus), file=sys.stderr, flush=True)
        subprocess.run([sys.executable, gen, a.corpus, str(n), corpus], check=True)
    with open(meta_path) as f:
        meta = json.load(f)
    return {"n": n, "runs": runs, "bytes": meta["bytes"], "words": meta["words"],
            "corpus": corpus, "extract": [], "load1": [], "load2": [], "rss": [],
            "dbs": {j: os.path.join(a.work, "load-%d-j%d.db" % (n, j)) for j in (1, 2)}}


def note(n, what):
    print("bench: %d stories: %s" % (n, what), file=sys.stderr, flush=True)


def measure_round(a, r, rnd):
    """One run of each measure of r: extraction, load --jobs 1, load --jobs 2."""
    n = r["n"]
    note(n, "round %d of %d: extract, load --jobs 1, load --jobs 2" % (rnd + 1, r["runs"]))
    for jobs in (1, 2):
        rm_db(r["dbs"][jobs])
    settle()
    with one_core():
        t, m, _ = run([a.bin, "extract", "--lines", r["corpus"]])
    r["extract"].append(t)
    r["rss"].append(m)
    for jobs in (1, 2):
        db = r["dbs"][jobs]
        settle()
        t, m, out = run([a.bin, "load", "-q", "--jobs", str(jobs), "--db", db, r["corpus"]],
                        stdout=subprocess.PIPE)
        mo = re.search(r"(\d+) new, .*?(\d+) facts written", out)
        if not mo or int(mo.group(1)) != n:
            sys.exit("bench: load did not write %d new stories: %s" % (n, out))
        r["facts"] = int(mo.group(2))
        r["load%d" % jobs].append(t)
        r["rss"].append(m)


def finish(a, r):
    """Medians, the --jobs 1 / --jobs 2 comparison and the SQLite floor."""
    n, dbs = r["n"], r["dbs"]
    r["extract_s"] = statistics.median(r["extract"])
    r["load1_s"] = statistics.median(r["load1"])
    r["load2_s"] = statistics.median(r["load2"])
    r["peak_rss"] = max(r["rss"])
    note(n, "comparing the --jobs 1 and --jobs 2 databases")
    r["identical"] = table_digest(dbs[1]) == table_digest(dbs[2])
    r["rows"] = count_rows(dbs[1])
    note(n, "SQLite floor x%d" % r["runs"])
    floor_db = os.path.join(a.work, "floor-%d.db" % n)
    fl = []
    for _ in range(r["runs"]):
        rm_db(floor_db)
        _, _, out = run([a.floor, dbs[1], floor_db], stdout=subprocess.PIPE)
        fl.append(float(out.split()[3]))
    r["floor_s"] = statistics.median(fl)
    if not a.keep:
        for db in list(dbs.values()) + [floor_db]:
            rm_db(db)


def growth(p, q, key):
    """How the time of key grows from size p to size q: the median over the
    rounds both ran of the ratio within a round. A round measures every size
    within minutes of each other, so that the machine's drift over a long
    bench (10-15 % here) is not read as growth."""
    k = min(len(p[key]), len(q[key]))
    return statistics.median(q[key][i] / p[key][i] for i in range(k))


def settle():
    """Let the disk finish what earlier runs left it (deleting the last
    round's databases, 2.4 GB each at 200,000 stories; writing back a load's
    pages) before the next run is timed, so that no run pays for another."""
    os.sync()
    time.sleep(SETTLE_SECONDS)


@contextlib.contextmanager
def one_core():
    """Children started inside run on one core: the bench pins itself, and a
    child inherits that. (taskset -c 0 would be one more program started,
    and timed, per run: 0.8 ms of a 2,000-story extraction's 0.19 s.)"""
    cores = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(cores)})
    try:
        yield
    finally:
        os.sched_setaffinity(0, cores)


def print_table(a, results):
    cols = [r["n"] for r in results]
    rows = []

    def row(label, key, unit=""):
        rows.append([label] + [fmt(key(r), unit) for r in results])

    mb = 1e6
    row("extract, 1 core: MB/s", lambda r: r["bytes"] / mb / r["extract_s"])
    row("extract: stories/s", lambda r: r["n"] / r["extract_s"])
    row("extract: words/s", lambda r: r["words"] / r["extract_s"])
    row("load --jobs 1: stories/s", lambda r: r["n"] / r["load1_s"])
    row("load --jobs 1: fact rows/s", lambda r: r["facts"] / r["load1_s"])
    row("load --jobs 2: stories/s", lambda r: r["n"] / r["load2_s"])
    row("--jobs 2 speed-up", lambda r: "%.2fx" % (r["load1_s"] / r["load2_s"]))
    row("--jobs 2 database identical", lambda r: "yes" if r["identical"] else "NO")
    row("SQLite floor: stories/s", lambda r: r["n"] / r["floor_s"])
    row("SQLite floor: rows/s", lambda r: r["rows"] / r["floor_s"])
    row("load j1 / (extract + floor)",
        lambda r: "%.2fx" % (r["load1_s"] / (r["extract_s"] + r["floor_s"])))
    row("peak RSS, MB (max of all)", lambda r: r["peak_rss"] / 1024)
    row("extract: us per story", lambda r: r["extract_s"] / r["n"] * 1e6)
    row("load j1: us per story", lambda r: r["load1_s"] / r["n"] * 1e6)
    row("floor: us per story", lambda r: r["floor_s"] / r["n"] * 1e6)
    # how cost grows: the time of each size over the time of the one before
    grow = ["time vs previous size: extract, load (paired)"] + [""] * len(results)
    for i in range(1, len(results)):
        p, q = results[i - 1], results[i]
        grow[i + 1] = "x%g: %.2fx, %.2fx" % (q["n"] / p["n"], growth(p, q, "extract"),
                                            growth(p, q, "load1"))
    rows.append(grow)
    rows.append(["runs (median of)"] + [str(r["runs"]) for r in results])

    head = ["stories"] + ["{:,}".format(c) for c in cols]
    widths = [max(len(x[i]) for x in rows + [head]) for i in range(len(head))]
    print()
    print("newsfacts bench: %s, %d cores (nproc), %s" % (cpu_model(), os.cpu_count() or 0,
                                                        platform.platform()))
    print("corpus: %s stories, %.1f KB and %.0f words a story on average" % (
        "/".join("{:,}".format(r["n"]) for r in results),
        results[0]["bytes"] / results[0]["n"] / 1000, results[0]["words"] / results[0]["n"]))
    line = "| " + " | ".join(h.ljust(widths[0]) if i == 0 else h.rjust(widths[i])
                            for i, h in enumerate(head)) + " |"
    print(line)
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for x in rows:
        print("| " + " | ".join(v.ljust(widths[0]) if i == 0 else v.rjust(widths[i])
                                for i, v in enumerate(x)) + " |")
    print()


def main():
    ap = argparse.ArgumentParser(description="newsfacts benchmark")
    ap.add_argument("--bin", required=True)
    ap.add_argument("--floor", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--sizes", default="2000,20000,200000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--large-runs", type=int, default=1)
    ap.add_argument("--keep", action="store_true", help="keep the databases")
    ap.add_argument("--json", help="also write the results here")
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    sizes = [int(s.replace("_", "").replace(",", "")) for s in re.split(r"[ ,]+", a.sizes.strip()) if s]
    results = [prepare(a, n, a.runs if n < 100000 else a.large_runs) for n in sizes]
    # rounds, not one size after another: each round runs every size once
    for rnd in range(max(r["runs"] for r in results)):
        for r in results:
            if rnd < r["runs"]:
                measure_round(a, r, rnd)
    for r in results:
        finish(a, r)
    print_table(a, results)
    if a.json:
        with open(a.json, "w") as f:
            json.dump([{k: v for k, v in r.items() if k not in ("dbs", "corpus")} for r in results],
                      f, indent=1)


if __name__ == "__main__":
    main()
