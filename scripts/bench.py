"""Benchmark reindex throughput and ask latency; print tables and write bench-results/latest.json.

Usage: ``.venv/bin/python scripts/bench.py [--quick] [--passages N] [--batch-size B]``

Each measured phase runs in a child process (this script again, with a hidden ``--phase``), so
that its peak memory (RSS high-water mark, read with ``os.wait4``) and its timings do not mix
with another phase's. Phases run one after another, never two at once. The numbers are a report,
not a test: a missed target is shown as "no" and the exit status stays 0.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

    from index.embed import Embedder

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "knowledge"
QUESTIONS = ROOT / "tests" / "eval" / "questions.yaml"
RESULTS = ROOT / "bench-results" / "latest.json"
VERBATIM = Path(sys.executable).with_name("verbatim")
COLD_QUESTION = "how many met officers were accused of a sexual allegation between 2014 and 2024"

FULL_PASSAGES = 100_000
QUICK_PASSAGES = 5_000
MODEL_SAMPLE = 10_000  # passages the model alone encodes (a seeded sample of the corpus)
SENTENCES_PER_FILE = 200
WARM_UP_CALLS = 5
ASK_CALLS = 60
COLD_RUNS = 3
SEED = 20240601
BUSY_LOAD = 1.5  # a 1-minute load average above this means something else shared the CPUs

TARGET_EMBED_SHARE = 0.80
TARGET_NO_CHANGE_S = 2.0
TARGET_P95_SEEDS_MS = 30.0
TARGET_P95_LARGE_MS = 60.0
TARGET_COLD_S = 5.0

CHILD_ENV = {
    **os.environ,
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "TOKENIZERS_PARALLELISM": "false",
}


# -- synthetic corpus --------------------------------------------------------------------------

FORCES = (
    "the Metropolitan Police",
    "Greater Manchester Police",
    "West Midlands Police",
    "West Yorkshire Police",
    "Merseyside Police",
    "Thames Valley Police",
    "Kent Police",
    "Essex Police",
    "Hampshire Constabulary",
    "Avon and Somerset Constabulary",
    "Devon and Cornwall Police",
    "South Wales Police",
    "Northumbria Police",
    "Lancashire Constabulary",
    "Sussex Police",
    "Surrey Police",
    "Norfolk Constabulary",
    "Durham Constabulary",
    "Cleveland Police",
    "Police Scotland",
    "Cumbria Constabulary",
    "Nottinghamshire Police",
    "Leicestershire Police",
    "Staffordshire Police",
)
MONTHS = ("January", "March", "April", "June", "September", "October", "December")
TEMPLATES = (
    "{Force} recorded {n} allegations of sexual misconduct against its officers in {year}, "
    "up from {m} the year before.",
    "Between {start} and {end}, {n} officers in {force} were accused of sexual assault and "
    "{k} faced a misconduct hearing.",
    "Of the {n} complaints of sexual harassment made to {force} in {year}, {k} were upheld.",
    "Figures obtained under the Freedom of Information Act show that {pct}% of officers "
    "investigated by {force} for sexual offences between {start} and {end} kept their jobs.",
    "In {year} {force} dismissed {k} officers for gross misconduct involving sexual behaviour, "
    "compared with {m} in {start}.",
    "{N} police staff at {force} were placed on restricted duties in {year} while allegations "
    "of abuse of position for a sexual purpose were investigated.",
    "The data shows {k} out of {n} officers accused of domestic abuse by {force} between "
    "{start} and {end} were convicted.",
    "A report by the police watchdog found {n} referrals of sexual misconduct involving "
    "{force} officers in the year to {month} {year}.",
    "Only {k} of the {n} vetting reviews carried out by {force} in {year} led to an officer "
    "losing their clearance.",
    "{Force} said it had received {n} reports of sexual misconduct from colleagues in {year}, "
    "of which {k} came from female officers.",
    "Across {start} to {end}, {force} received {n} complaints about officers' sexual conduct.",
    "One in {ratio} officers at {force} named in a sexual misconduct complaint in {year} was "
    "suspended.",
    "By {month} {year}, {k} officers from {force} had been barred from policing after sexual "
    "misconduct findings.",
    "{Force} upheld {pct}% of the {n} sexual misconduct allegations it finalised in {year}.",
)


def synthetic_sentence(rng: random.Random) -> str:
    n = rng.randint(20, 4_800)
    force = rng.choice(FORCES)
    start = rng.randint(2008, 2019)
    values = {
        "force": force,
        "Force": force[0].upper() + force[1:],
        "n": f"{n:,}",
        "N": f"{n:,}",
        "k": f"{rng.randint(1, n):,}",
        "m": f"{rng.randint(10, 4_800):,}",
        "pct": rng.randint(1, 99),
        "ratio": rng.randint(3, 60),
        "year": rng.randint(2010, 2024),
        "start": start,
        "end": start + rng.randint(1, 6),
        "month": rng.choice(MONTHS),
    }
    return rng.choice(TEMPLATES).format(**values)


def write_synthetic(knowledge_dir: Path, passages: int) -> int:
    """Write ``passages`` distinct sentences as .txt sources with front matter; return files."""
    rng = random.Random(SEED)
    seen: set[str] = set()
    folder = knowledge_dir / "sources" / "synthetic"
    folder.mkdir(parents=True)
    files = 0
    for first in range(0, passages, SENTENCES_PER_FILE):
        sentences: list[str] = []
        while len(sentences) < min(SENTENCES_PER_FILE, passages - first):
            sentence = synthetic_sentence(rng)
            if sentence not in seen and 60 <= len(sentence) <= 200:
                seen.add(sentence)
                sentences.append(sentence)
        paragraphs: list[str] = []
        while sentences:
            size = rng.randint(1, 5)
            paragraphs.append(" ".join(sentences[:size]))
            sentences = sentences[size:]
        force = rng.choice(FORCES).removeprefix("the ")
        front = (
            f'---\ntitle: "Synthetic misconduct figures {files:05d}"\n'
            f"publisher: Verbatim benchmark\n"
            f'date: "{rng.randint(2012, 2024)}-0{rng.randint(1, 9)}"\n'
            f"kind: foi\nforce: {force}\n---\n"
        )
        text = front + "\n\n".join(paragraphs) + "\n"
        (folder / f"synthetic_{files:05d}.txt").write_text(text, encoding="utf-8")
        files += 1
    return files


# -- phases (each runs in a child process) -------------------------------------------------------


class TimedEmbedder:
    """Passes encode() through to the real model and adds up the time it takes."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.name = inner.name
        self.dimensions = inner.dimensions
        self.seconds = 0.0

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        started = time.perf_counter()
        vectors = self.inner.encode(texts, batch_size=batch_size)
        self.seconds += time.perf_counter() - started
        return vectors


def passage_texts(knowledge_dir: Path) -> list[str]:
    """The passage texts reindex would embed, split by the same pipeline."""
    from index import passages, sources

    loaded = sources.load_all(knowledge_dir)
    return [p.text for s in loaded for p in passages.passages(s.id, s.text)]


def phase_model(knowledge_dir: Path, batch_size: int) -> dict[str, Any]:
    from index.embed import load_embedder

    texts = passage_texts(knowledge_dir)
    sample = random.Random(SEED).sample(texts, min(MODEL_SAMPLE, len(texts)))
    started = time.perf_counter()
    embedder = load_embedder()
    load_seconds = time.perf_counter() - started
    embedder.encode(sample[:batch_size], batch_size=batch_size)  # warm-up batch
    started = time.perf_counter()
    embedder.encode(sample, batch_size=batch_size)
    seconds = time.perf_counter() - started
    import torch

    return {
        "corpus_passages": len(texts),
        "encoded": len(sample),
        "batch_size": batch_size,
        "seconds": seconds,
        "passages_per_second": len(sample) / seconds,
        "model_load_seconds": load_seconds,
        "torch_threads": torch.get_num_threads(),
    }


def phase_scratch(knowledge_dir: Path, index_dir: Path) -> dict[str, Any]:
    from index.build import reindex
    from index.embed import load_embedder

    if index_dir.exists():
        raise SystemExit(f"{index_dir} exists: a from-scratch reindex needs a new folder")
    started = time.perf_counter()
    embedder = TimedEmbedder(load_embedder())
    load_seconds = time.perf_counter() - started
    started = time.perf_counter()
    report = reindex(knowledge_dir, index_dir, lambda: embedder, model_name=embedder.name)
    seconds = time.perf_counter() - started
    return {
        "sources": report.sources,
        "passages": report.passages,
        "figures": report.figures,
        "embedded": report.embedded,
        "seconds": seconds,
        "passages_per_second": report.passages / seconds,
        "embedding_seconds": embedder.seconds,
        "embedding_share": embedder.seconds / seconds,
        "embedding_passages_per_second": report.embedded / embedder.seconds
        if embedder.seconds
        else 0.0,
        "model_load_seconds": load_seconds,
    }


def phase_no_change(knowledge_dir: Path, index_dir: Path) -> dict[str, Any]:
    """A second reindex, as ``verbatim reindex`` runs it: the model is loaded only if needed."""
    from index.build import reindex
    from index.embed import MODEL_NAME, load_embedder

    loaded: list[bool] = []

    def lazy() -> Embedder:
        loaded.append(True)
        return load_embedder()

    started = time.perf_counter()
    report = reindex(knowledge_dir, index_dir, lazy, model_name=MODEL_NAME)
    return {
        "seconds": time.perf_counter() - started,
        "rebuilt": report.rebuilt,
        "embedded": report.embedded,
        "model_loaded": bool(loaded),
    }


def bench_questions() -> tuple[list[str], list[str]]:
    """(warm-up questions, measured questions) from the evaluation set, in a seeded order."""
    import yaml

    items = yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))
    questions = [item["question"] for item in items if item.get("question")]
    random.Random(SEED).shuffle(questions)
    warm_up = questions[:WARM_UP_CALLS]
    rest = questions[WARM_UP_CALLS:] or questions
    return warm_up, [rest[i % len(rest)] for i in range(ASK_CALLS)]


def phase_ask(knowledge_dir: Path, index_dir: Path) -> dict[str, Any]:
    from bot.service import Verbatim
    from index.embed import load_embedder

    warm_up, measured = bench_questions()
    embedder = load_embedder()
    started = time.perf_counter()
    service = Verbatim.open(knowledge_dir, index_dir, embedder=embedder)
    open_seconds = time.perf_counter() - started
    warm_up_ms: list[float] = []
    for question in warm_up:
        started = time.perf_counter()
        service.answer(question)
        warm_up_ms.append((time.perf_counter() - started) * 1000)
    answered = 0
    latencies: list[float] = []
    for question in measured:
        started = time.perf_counter()
        answer = service.answer(question)
        latencies.append((time.perf_counter() - started) * 1000)
        answered += answer.answered
    return {
        "vector_recall_at_40": vector_recall(service.store, embedder, measured),
        "open_seconds": open_seconds,
        "warm_up_ms": warm_up_ms,
        "calls": len(latencies),
        "answered": answered,
        "p50_ms": statistics.median(latencies),
        "p95_ms": percentile(latencies, 95),
        "max_ms": max(latencies),
        "mean_ms": statistics.fmean(latencies),
    }


def vector_recall(store: Any, embedder: Embedder, questions: Sequence[str], k: int = 40) -> float:
    """Share of the exact top-k passages that the index in service returns for the questions
    (1.0 for an exact index; what an HNSW graph gives up for its speed otherwise)."""
    import faiss
    import numpy as np

    inner = faiss.downcast_index(getattr(store.vectors, "index", store.vectors))
    storage = faiss.downcast_index(getattr(inner, "storage", inner))
    everything = storage.reconstruct_n(0, storage.ntotal)
    ids = faiss.vector_to_array(store.vectors.id_map)
    found = 0
    for vector in embedder.encode(list(questions)):
        exact = set(ids[np.argsort(-(everything @ vector))[:k]].tolist())
        found += len(exact & {pid for pid, _ in store.nearest(vector, k)})
    return found / (k * len(questions))


def percentile(values: Sequence[float], pct: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[pct - 1]


PHASES: dict[str, Callable[[argparse.Namespace], dict[str, Any]]] = {
    "model": lambda a: phase_model(a.knowledge, a.batch_size),
    "scratch": lambda a: phase_scratch(a.knowledge, a.index),
    "no-change": lambda a: phase_no_change(a.knowledge, a.index),
    "ask": lambda a: phase_ask(a.knowledge, a.index),
}


# -- the parent: run the phases one by one, then report ----------------------------------------


@dataclass
class Child:
    seconds: float
    max_rss_mib: float
    result: dict[str, Any]


def run_child(command: list[str], out: Path | None = None) -> Child:
    """Run a command to its end; its wall time, its own peak RSS, and the JSON it wrote to out."""
    with tempfile.TemporaryFile() as stdout, tempfile.TemporaryFile() as stderr:
        started = time.perf_counter()
        proc = subprocess.Popen(command, stdout=stdout, stderr=stderr, env=CHILD_ENV, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            stderr.seek(0)
            sys.stderr.write(stderr.read().decode(errors="replace")[-4000:])
            raise SystemExit(f"failed ({proc.returncode}): {' '.join(command)}")
    result = json.loads(out.read_text(encoding="utf-8")) if out else {}
    return Child(seconds, usage.ru_maxrss / 1024, result)  # ru_maxrss is in KiB on Linux


def run_phase(
    phase: str, knowledge_dir: Path, index_dir: Path, batch_size: int, work: Path
) -> dict[str, Any]:
    out = work / f"{phase}-{time.monotonic_ns()}.json"
    load = os.getloadavg()[0]
    command = [
        sys.executable,
        __file__,
        "--phase",
        phase,
        "--knowledge",
        str(knowledge_dir),
        "--index",
        str(index_dir),
        "--batch-size",
        str(batch_size),
        "--out",
        str(out),
    ]
    child = run_child(command, out)
    return {**child.result, "max_rss_mib": child.max_rss_mib, "load_before": load}


def cold_starts(knowledge_dir: Path, index_dir: Path, runs: int) -> dict[str, Any]:
    command = [
        str(VERBATIM),
        "ask",
        "--knowledge",
        str(knowledge_dir),
        "--index",
        str(index_dir),
        COLD_QUESTION,
    ]
    children = [run_child(command) for _ in range(runs)]
    return {
        "runs_seconds": [c.seconds for c in children],
        "median_seconds": statistics.median(c.seconds for c in children),
        "max_rss_mib": max(c.max_rss_mib for c in children),
    }


def say(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def bench_corpus(
    name: str, knowledge_dir: Path, index_dir: Path, batch_size: int, work: Path
) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for phase, what in (
        ("model", "model alone"),
        ("scratch", "from-scratch reindex"),
        ("no-change", "no-change reindex"),
        ("ask", "warm ask latency"),
    ):
        say(f"{name}: {what}")
        results[phase] = run_phase(phase, knowledge_dir, index_dir, batch_size, work)
    return results


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    line = "-+-".join("-" * w for w in widths)
    fmt = " | ".join(f"{{:{'<' if i == 0 else '>'}{w}}}" for i, w in enumerate(widths))
    return "\n".join([fmt.format(*headers), line, *(fmt.format(*r) for r in rows)])


def reindex_table(corpora: dict[str, dict[str, Any]]) -> str:
    rows = []
    for name, r in corpora.items():
        model, scratch, same = r["model"], r["scratch"], r["no-change"]
        rows.append(
            [
                name,
                f"{scratch['passages']:,}",
                f"{model['passages_per_second']:.0f}",
                f"{scratch['seconds']:.1f}",
                f"{scratch['passages_per_second']:.0f}",
                f"{scratch['embedding_passages_per_second']:.0f}",
                f"{scratch['embedding_share']:.0%}",
                f"{same['seconds']:.2f}{' (rebuilt)' if same['rebuilt'] else ''}",
                f"{model['max_rss_mib']:.0f}",
                f"{scratch['max_rss_mib']:.0f}",
                f"{same['max_rss_mib']:.0f}",
            ]
        )
    return table(
        [
            "corpus",
            "passages",
            "model p/s",
            "scratch s",
            "scratch p/s",
            "embed p/s",
            "embed share",
            "no-change s",
            "RSS model MiB",
            "RSS scratch MiB",
            "RSS no-change MiB",
        ],
        rows,
    )


def ask_table(corpora: dict[str, dict[str, Any]]) -> str:
    rows = []
    for name, r in corpora.items():
        ask = r["ask"]
        rows.append(
            [
                name,
                f"{ask['open_seconds']:.2f}",
                f"{ask['warm_up_ms'][0]:.0f}",
                f"{ask['p50_ms']:.1f}",
                f"{ask['p95_ms']:.1f}",
                f"{ask['max_ms']:.1f}",
                f"{ask['answered']}/{ask['calls']}",
                f"{ask['vector_recall_at_40']:.3f}",
                f"{ask['max_rss_mib']:.0f}",
            ]
        )
    return table(
        [
            "corpus",
            "open s",
            "1st ask ms",
            "p50 ms",
            "p95 ms",
            "max ms",
            "answered",
            "recall@40",
            "RSS MiB",
        ],
        rows,
    )


def busy(*phases: dict[str, Any]) -> str:
    """A mark for a number measured while something else shared the CPUs."""
    return " *" if max(p["load_before"] for p in phases) > BUSY_LOAD else ""


def targets(corpora: dict[str, dict[str, Any]], cold: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []

    def add(metric: str, value: float, shown: str, target: str, ok: bool) -> None:
        found.append(
            {"metric": metric, "value": value, "measured": shown, "target": target, "ok": ok}
        )

    for name, r in corpora.items():
        ratio = r["scratch"]["passages_per_second"] / r["model"]["passages_per_second"]
        add(
            f"from-scratch reindex p/s ÷ model alone p/s, {name}",
            ratio,
            f"{ratio:.0%} ({r['scratch']['passages_per_second']:.0f} vs "
            f"{r['model']['passages_per_second']:.0f} p/s){busy(r['model'], r['scratch'])}",
            f">= {TARGET_EMBED_SHARE:.0%}",
            ratio >= TARGET_EMBED_SHARE,
        )
    seeds, large = list(corpora)
    same = corpora[seeds]["no-change"]["seconds"]
    add(
        f"no-change reindex, {seeds}",
        same,
        f"{same:.2f} s",
        f"< {TARGET_NO_CHANGE_S:g} s",
        same < TARGET_NO_CHANGE_S,
    )
    for name, limit in ((seeds, TARGET_P95_SEEDS_MS), (large, TARGET_P95_LARGE_MS)):
        ask = corpora[name]["ask"]
        p95 = ask["p95_ms"]
        shown = f"{p95:.1f} ms{busy(ask)}"
        add(f"warm ask p95, {name}", p95, shown, f"< {limit:g} ms", p95 < limit)
    median = cold["median_seconds"]
    add(
        f"cold start `verbatim ask`, {seeds} (median of {COLD_RUNS})",
        median,
        f"{median:.2f} s",
        f"< {TARGET_COLD_S:g} s",
        median < TARGET_COLD_S,
    )
    return found


def run_benchmark(args: argparse.Namespace) -> None:
    passages = args.passages or (QUICK_PASSAGES if args.quick else FULL_PASSAGES)
    large = f"synthetic {passages:,}"
    started = time.perf_counter()
    load_start = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="verbatim-bench-") as tmp:
        work = Path(tmp)
        say(f"writing {passages:,} synthetic passages")
        files = write_synthetic(work / "knowledge", passages)
        corpora = {
            "seeds": bench_corpus("seeds", SEEDS, work / "index-seeds", args.batch_size, work),
            large: bench_corpus(
                large, work / "knowledge", work / "index-synthetic", args.batch_size, work
            ),
        }
        say(f"seeds: cold start x{COLD_RUNS}")
        cold = cold_starts(SEEDS, work / "index-seeds", COLD_RUNS)
        say(f"{large}: cold start x1 (no target)")
        cold_large = cold_starts(work / "knowledge", work / "index-synthetic", 1)
    checks = targets(corpora, cold)
    loads = [r[p]["load_before"] for r in corpora.values() for p in r]
    results = {
        "generated_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "args": {"quick": args.quick, "passages": passages, "batch_size": args.batch_size},
        "environment": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "load_average_start": load_start,
            "load_average_end": os.getloadavg(),
            "model_sample": MODEL_SAMPLE,
            "synthetic_files": files,
        },
        "corpora": corpora,
        "cold_start": {"seeds": cold, large: cold_large},
        "targets": checks,
        "total_seconds": time.perf_counter() - started,
    }
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")

    print(
        f"Verbatim benchmark — {os.cpu_count()} CPUs, batch size {args.batch_size}, "
        f"model alone on up to {MODEL_SAMPLE:,} sampled passages per corpus"
    )
    if max(loads) > BUSY_LOAD:
        print(
            f"note: load average reached {max(loads):.1f} before a phase: other processes "
            "shared the CPUs, so throughput may read low and latency high (* in the targets)"
        )
    print("\nReindex throughput (p/s = passages per second)")
    print(reindex_table(corpora))
    print("\nAsk latency (warm: after 5 warm-up calls; open = Verbatim.open with model loaded)")
    print(ask_table(corpora))
    runs = ", ".join(f"{s:.2f}" for s in cold["runs_seconds"])
    print(
        f"cold start `verbatim ask`, seeds: runs {runs} s, median {cold['median_seconds']:.2f} s,"
        f" peak RSS {cold['max_rss_mib']:.0f} MiB; {large}: one run "
        f"{cold_large['median_seconds']:.2f} s, peak RSS {cold_large['max_rss_mib']:.0f} MiB"
    )
    print("\nTargets")
    print(
        table(
            ["metric", "measured", "target", "ok?"],
            [[c["metric"], c["measured"], c["target"], "yes" if c["ok"] else "no"] for c in checks],
        )
    )
    print(f"\n{time.perf_counter() - started:.0f} s in all; numbers in {RESULTS.relative_to(ROOT)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick",
        action="store_true",
        help=f"a {QUICK_PASSAGES:,}-passage synthetic corpus instead of {FULL_PASSAGES:,}",
    )
    parser.add_argument("--passages", type=int, help="size of the synthetic corpus")
    parser.add_argument(
        "--batch-size",
        type=int,
        default=64,
        help="batch size of the model-alone measurement (reindex's is 64)",
    )
    parser.add_argument("--phase", choices=sorted(PHASES), help=argparse.SUPPRESS)
    parser.add_argument("--knowledge", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--index", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        args.out.write_text(json.dumps(PHASES[args.phase](args)), encoding="utf-8")
        return
    run_benchmark(args)


if __name__ == "__main__":
    main()
