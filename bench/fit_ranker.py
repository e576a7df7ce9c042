#!/usr/bin/env python
"""Fit the sentence ranker's weights (bot/quotes.py ``SENTENCE_WEIGHTS``).

Run on demand (minutes; not a test)::

    .venv/bin/python bench/fit_ranker.py

For every answerable question of IDK-MRC and TyDi QA validation
(``../shared/data/idk_mrc/{valid,tydiqa_valid}.json``; a question in both sets counts
once) it retrieves passages from the set's cached evaluation index, ranks the candidate
sentences with :func:`bot.quotes.rank_sentences` and labels each candidate by whether
it holds a gold answer text (case-insensitive). The weights are a conditional logit
(softmax over one question's candidates; maximise the probability of the labelled
ones) on standardised features with a small L2 penalty, printed on the raw feature
scale to paste into ``bot/quotes.py``. It reports, with 5-fold cross-validation by
context, the share of answerable questions whose quote (:func:`bot.quotes.choose_quote`)
holds the answer text, for the current and the fitted weights.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SETS = ("valid.json", "tydiqa_valid.json")


def collect(settings, embedder):
    """``[(context key, candidates, answers)]`` for every answerable question, once each."""
    from bot import evaluation as ev
    from bot.engine import clean_question
    from bot.quotes import rank_sentences
    from index.search import Searcher

    out, seen = [], set()
    for name in SETS:
        path = ROOT.parent / "shared/data/idk_mrc" / name
        engine, _ = ev.squad_engine(path, embedder, settings.index_dir.parent / "eval-cache")
        searcher = Searcher(engine.version, embedder)
        for entry in ev.load_squad(path):
            for qa in entry["qas"]:
                q = clean_question(qa["question"])
                if qa.get("is_impossible") or q in seen:
                    continue
                seen.add(q)
                qv = searcher.embed(q)
                hits = searcher.search(qv, engine.top_k)
                ranked = rank_sentences(engine.version, qv, hits)
                out.append((entry["context"][:200], ranked, [a["text"].lower() for a in qa["answers"]]))
    return out


def quote_rate(data, weights) -> float:
    """Share of questions whose quote under ``weights`` holds an answer text."""
    from dataclasses import replace

    from bot.quotes import choose_quote

    w = np.asarray(weights)
    ok = 0
    for _, ranked, answers in data:
        rescored = sorted((replace(s, score=float(w @ s.features)) for s in ranked), key=lambda s: -s.score)
        text = " ".join(s.text for s in choose_quote(rescored)).lower()
        ok += any(a in text for a in answers)
    return ok / len(data) if data else 0.0


def fit(data, l2: float) -> np.ndarray:
    """Conditional-logit weights on the raw feature scale (see the module docstring)."""
    groups = []
    for _, ranked, answers in data:
        if not ranked:
            continue
        y = np.array([any(a in s.text.lower() for a in answers) for s in ranked], dtype=np.float64)
        if y.any():
            groups.append((np.vstack([s.features for s in ranked]), y))
    allx = np.vstack([x for x, _ in groups])
    mu, sd = allx.mean(0), allx.std(0)
    sd[sd == 0] = 1.0
    groups = [((x - mu) / sd, y) for x, y in groups]

    def loss(w):
        total, grad = 0.0, np.zeros_like(w)
        for x, y in groups:
            z = x @ w
            p = np.exp(z - z.max())
            p /= p.sum()
            py = (p * y).sum()
            total -= np.log(py + 1e-12)
            grad += p @ x - (p * y) @ x / (py + 1e-12)
        return total / len(groups) + l2 * (w @ w), grad / len(groups) + 2 * l2 * w

    res = minimize(loss, np.zeros(allx.shape[1]), jac=True, method="L-BFGS-B")
    return res.x / sd


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--l2", type=float, default=1e-2, help="L2 penalty on standardised weights")
    args = ap.parse_args()

    from bot.quotes import FEATURE_NAMES, SENTENCE_WEIGHTS
    from bot.settings import load_settings
    from index.embedding import Embedder

    settings = load_settings()
    data = collect(settings, Embedder(settings.model, settings.model_cache_dir))
    keys = sorted({k for k, _, _ in data})
    random.Random(0).shuffle(keys)
    fold = {k: i % 5 for i, k in enumerate(keys)}
    cv_ok = 0.0
    for f in range(5):
        w = fit([d for d in data if fold[d[0]] != f], args.l2)
        test = [d for d in data if fold[d[0]] == f]
        cv_ok += quote_rate(test, w) * len(test)
    weights = fit(data, args.l2)
    print(f"questions: {len(data)} (answerable, distinct)")
    print(f"answer text in the quote: current weights {quote_rate(data, SENTENCE_WEIGHTS):.4f}, "
          f"fitted {quote_rate(data, weights):.4f} (5-fold CV by context {cv_ok / len(data):.4f})")
    print("SENTENCE_WEIGHTS = (")
    print("    " + ", ".join(f"{w:.3f}" for w in weights) + ",")
    print(")  # " + ", ".join(FEATURE_NAMES))


if __name__ == "__main__":
    main()
