#!/usr/bin/env python
"""Benchmark the cost of one `ask`: model load, index load, per-question latency.

Run on demand (not a test): ``make bench`` or ``.venv/bin/python bench/bench_ask.py``.
Prints model-load time, index-load time, and the median / p90 latency over the
questions of tests/eval/interview.jsonl (>= 20), for the whole answer (language ID,
embedding, search, sentence selection, rendering) side by side with the bare path
(query embedding + FAISS search only), and their ratio.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    from bot.engine import Engine
    from bot.render import render_text
    from bot.settings import load_settings
    from index.embedding import Embedder

    settings = load_settings()
    questions = [json.loads(line)["question"] for line in (ROOT / "tests/eval/interview.jsonl").read_text().splitlines() if line.strip()]
    assert len(questions) >= 20

    t0 = time.perf_counter()
    embedder = Embedder(settings.model, settings.model_cache_dir)
    embedder.warm_up()
    t1 = time.perf_counter()
    engine = Engine(embedder, settings.index_dir)
    engine.warm_up()
    t2 = time.perf_counter()
    print(f"model load:  {t1 - t0:7.3f} s")
    print(f"index load:  {t2 - t1:7.3f} s  ({engine.version.n_passages} passages)")

    index = engine.version.faiss_index
    for q in questions[:3]:  # warm caches
        engine.answer(q)

    bare, full = [], []
    for _round in range(3):
        for q in questions:
            a = time.perf_counter()
            v = embedder.encode_queries([q])
            index.search(v, 5)
            b = time.perf_counter()
            render_text(engine.answer(q))
            c = time.perf_counter()
            bare.append(b - a)
            full.append(c - b)

    def ms(xs, p):
        return 1000 * statistics.quantiles(xs, n=100)[p - 1] if p != 50 else 1000 * statistics.median(xs)

    print(f"questions:   {len(questions)} x 3 rounds")
    print(f"bare embed+FAISS   median {ms(bare, 50):7.2f} ms   p90 {ms(bare, 90):7.2f} ms")
    print(f"whole answer       median {ms(full, 50):7.2f} ms   p90 {ms(full, 90):7.2f} ms")
    print(f"ratio (median)     {statistics.median(full) / statistics.median(bare):.2f}x")


if __name__ == "__main__":
    main()
