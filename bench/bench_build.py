#!/usr/bin/env python
"""Benchmark index builds: a full build against the bare model, and a 1-in-200 refresh.

Run on demand (not a test): ``.venv/bin/python bench/bench_build.py [--docs 200] [--json]``.
Everything happens in a temporary folder; the real index is not touched. Prints:

1. Full build of a real corpus (``corpus/`` plus the UN EGDI tables from
   ``../shared/data/egdi/`` when present): wall time, passages, passages/second, and
   the bare ``model.encode`` of exactly the same passage texts (same prompt, batch size
   and normalisation) with their ratio. The build also reads, chunks, embeds the
   sentences of multi-sentence passages, and writes FAISS, SQLite and BM25, fsynced.
2. Refresh of a corpus of ``--docs`` small documents: the full build, a refresh with
   nothing changed, and a refresh where one document changed (what it embedded).

The model is loaded (and warmed up with one batch) before any timing. On a shared
machine the figures move with the load: ``--repeat N`` alternates build and bare encode
N times and keeps the fastest of each (the load average is printed too).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
EGDI = ROOT.parent / "shared" / "data" / "egdi"

_MINISTRIES = ["Ministry of the Interior", "Ministry of Finance", "Korea Customs Service", "National Tax Service",
               "Public Procurement Service", "Ministry of Health", "Supreme Court", "Statistics Korea"]
_SYSTEMS = ["an online portal", "a mobile service", "an e-procurement system", "a document exchange hub",
            "a records archive", "an open data platform", "a cloud data centre", "a digital ID service"]


def small_document(i: int, revision: int = 0) -> str:
    """A short, distinct three-paragraph document (deterministic in ``i`` and ``revision``)."""
    rnd = random.Random(i * 1000 + revision)
    ministry, system = rnd.choice(_MINISTRIES), rnd.choice(_SYSTEMS)
    year, users, cost = rnd.randint(1998, 2018), rnd.randint(2, 900), rnd.randint(3, 400)
    return (
        f"Project {i}: in {year} the {ministry} launched {system} (revision {revision}). "
        f"It served {users} thousand users in its first year.\n"
        f"The project cost KRW {cost} billion and replaced {rnd.randint(2, 40)} older systems. "
        f"Staff training took {rnd.randint(1, 12)} months.\n"
        f"By {year + rnd.randint(1, 6)} it handled {rnd.randint(10, 990)} million transactions a year.\n"
    )


def timed(fn):
    t0 = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t0


def embedded_texts(index_dir: Path) -> list[str]:
    """The passage texts exactly as the build embedded them (context line + passage)."""
    from index.store import current_version_dir

    db = sqlite3.connect(current_version_dir(index_dir) / "index.sqlite")
    rows = db.execute("SELECT context, text FROM passages ORDER BY passage_id").fetchall()
    db.close()
    return [f"{c}\n{t}" if c else t for c, t in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200, help="documents in the refresh benchmark")
    parser.add_argument("--repeat", type=int, default=1, help="alternate build and bare encode N times, keep the best")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    from bot.settings import load_settings
    from index.build import build_index
    from index.embedding import Embedder

    settings = load_settings()
    embedder = Embedder(settings.model, settings.model_cache_dir)
    _, load_s = timed(embedder.warm_up)
    embedder.encode_passages(["warm-up " * 20] * embedder.batch_size)
    figures: dict = {"model": embedder.model_id, "model_load_s": round(load_s, 2),
                     "torch_threads": __import__("torch").get_num_threads(),
                     "load_average_before": [round(x, 2) for x in os.getloadavg()]}

    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        tmp = Path(tmp)
        # 1. full build of the real corpus vs the bare model
        corpus = tmp / "corpus"
        shutil.copytree(ROOT / "corpus", corpus)
        if EGDI.is_dir():
            for f in sorted(EGDI.glob("*.csv")):
                shutil.copy(f, corpus / f.name)
        prompt = embedder._prompt("passage", "passage: ")  # noqa: SLF001 - the same prompt as the build
        build_s = bare_s = float("inf")
        for k in range(max(1, args.repeat)):
            report, s = timed(lambda: build_index(corpus, tmp / f"index-{k}", embedder))
            build_s = min(build_s, s)
            texts = embedded_texts(tmp / f"index-{k}")
            _, s = timed(lambda: embedder.model.encode(
                texts, prompt=prompt, batch_size=embedder.batch_size, normalize_embeddings=True, convert_to_numpy=True,
            ))
            bare_s = min(bare_s, s)
        figures["full_build"] = {
            "documents": report.documents, "passages": report.passages,
            "sentences_embedded": report.sentences_embedded, "build_s": round(build_s, 2),
            "build_passages_per_s": round(report.passages / build_s, 1),
            "bare_encode_s": round(bare_s, 2), "bare_passages_per_s": round(len(texts) / bare_s, 1),
            "ratio_build_over_bare": round(build_s / bare_s, 2),
        }

        # 2. refresh where 1 of N small documents changed
        corpus2, index2 = tmp / "corpus2", tmp / "index2"
        corpus2.mkdir()
        for i in range(args.docs):
            (corpus2 / f"doc-{i:04d}.txt").write_text(small_document(i), encoding="utf-8")
        full, full_s = timed(lambda: build_index(corpus2, index2, embedder))
        same, same_s = timed(lambda: build_index(corpus2, index2, embedder))
        (corpus2 / f"doc-{args.docs // 2:04d}.txt").write_text(small_document(args.docs // 2, 1), encoding="utf-8")
        one, one_s = timed(lambda: build_index(corpus2, index2, embedder))
        assert one.changed == [f"doc-{args.docs // 2:04d}.txt"] and len(one.unchanged) == args.docs - 1
        figures["refresh"] = {
            "documents": args.docs, "passages": full.passages, "full_build_s": round(full_s, 2),
            "nothing_changed_s": round(same_s, 3), "one_changed_s": round(one_s, 3),
            "one_changed_embedded": one.passages_embedded + one.sentences_embedded,
            "full_over_one_changed": round(full_s / one_s, 1),
        }

    figures["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    f, r = figures["full_build"], figures["refresh"]
    print(f"model: {figures['model']} (load {figures['model_load_s']} s, {figures['torch_threads']} torch threads; "
          f"load average {figures['load_average_before'][0]} before, {figures['load_average_after'][0]} after)")
    print(f"full build:  {f['documents']} documents, {f['passages']} passages "
          f"(+{f['sentences_embedded']} sentences) in {f['build_s']} s = {f['build_passages_per_s']} passages/s")
    print(f"bare encode: same {f['passages']} passage texts in {f['bare_encode_s']} s = "
          f"{f['bare_passages_per_s']} passages/s; build / bare = {f['ratio_build_over_bare']}x")
    print(f"refresh ({r['documents']} documents, {r['passages']} passages): full build {r['full_build_s']} s, "
          f"nothing changed {r['nothing_changed_s']} s, 1 changed {r['one_changed_s']} s "
          f"({r['one_changed_embedded']} texts embedded; {r['full_over_one_changed']}x faster than full)")


if __name__ == "__main__":
    main()
