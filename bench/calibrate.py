#!/usr/bin/env python
"""Fit the "I don't know" rule: a logistic model over the engine's retrieval signals.

Run on demand (minutes; not a test)::

    .venv/bin/python bench/calibrate.py

It asks every question of tests/eval/interview.jsonl (against the product index), of
IDK-MRC validation (../shared/data/idk_mrc/valid.json) and of TyDi QA validation
(tydiqa_valid.json, answerable only; each against its cached evaluation index), collects :class:`bot.engine.Signals` with the label answerable / unanswerable,
fits logistic-regression weights on the interview and IDK-MRC (each set weighted
equally, small L2), and picks the threshold that declines the most unanswerable
questions while wrongly declining at most ``--max-wrong`` of the answerable ones in each
set, TyDi QA included. It prints the weights to paste into
``bot/engine.py`` (``DECLINE_WEIGHTS``, ``THRESHOLD``) and the trade-off curve of every set.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _vector(answer) -> list[float]:
    """The answer's signals; NaN for a question declined before any signal (no words the
    index knows), which counts as declined by rule."""
    from bot.engine import SIGNAL_NAMES

    return answer.signals.vector() if answer.signals is not None else [float("nan")] * len(SIGNAL_NAMES)


def collect_jsonl(engine, items):
    X, y = [], []
    for it in items:
        if it.get("kind") == "claim":
            continue
        a = engine.answer(it["question"])
        X.append(_vector(a))
        y.append(0 if it.get("kind") == "unanswerable" else 1)
    return np.array(X, dtype=np.float64), np.array(y)


def collect_squad(engine, path):
    from bot.evaluation import load_squad

    X, y = [], []
    for entry in load_squad(path):
        for qa in entry["qas"]:
            a = engine.answer(qa["question"], lang="id")
            X.append(_vector(a))
            y.append(0 if qa.get("is_impossible") else 1)
    return np.array(X, dtype=np.float64), np.array(y)


#: The direction each signal may push the confidence (+1: more means answerable, -1:
#: more means unanswerable, 0: either). A fit may set a weight to 0 but never flip its
#: meaning: on IDK-MRC a misspelt answerable question has words unknown to the index, so
#: an unconstrained fit learns that unknown words make a question *more* answerable.
SIGNS = {
    "dense": 1, "margin": 1, "sentence": 1, "coverage": 1, "oov": -1, "same_language": 0, "answer_type": 1,
    "idf_coverage": 1, "sentence_coverage": 1, "missing_rare": -1, "missing_count": -1, "missing_entities": -1,
    "missing_names": -1,
}


def fit(X, y, w, l2=1e-2, signs=None):
    """Weighted logistic regression on standardised signals, each weight kept to the sign
    in ``signs`` (see :data:`SIGNS`); returns raw-scale ``(intercept, weights...)`` so the
    engine needs no scaler."""
    mu, sd = X.mean(0), X.std(0)
    sd[sd == 0] = 1.0
    beta = _fit_std((X - mu) / sd, y, w, l2, signs)
    raw = beta[1:] / sd
    return np.concatenate([[beta[0] - (raw * mu).sum()], raw])


def _fit_std(X, y, w, l2, signs=None):
    Xb = np.hstack([np.ones((len(X), 1)), X])

    def loss(beta):
        z = Xb @ beta
        p = 1 / (1 + np.exp(-np.clip(z, -50, 50)))
        eps = 1e-9
        ll = -(w * (y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))).sum() / w.sum()
        return ll + l2 * (beta[1:] ** 2).sum()

    bounds = [(None, None)] + [
        (0, None) if sg > 0 else (None, 0) if sg < 0 else (None, None) for sg in (signs or [0] * X.shape[1])
    ]
    res = minimize(loss, np.zeros(Xb.shape[1]), method="L-BFGS-B", bounds=bounds)
    return res.x


def scores(beta, X):
    z = np.hstack([np.ones((len(X), 1)), X]) @ beta
    return 1 / (1 + np.exp(-np.clip(z, -60, 60)))


def rates(s, y, t):
    ans, una = s[y == 1], s[y == 0]
    return float((una < t).mean()) if len(una) else None, float((ans < t).mean()) if len(ans) else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-wrong", type=float, default=0.04, help="answerable wrongly declined allowed per set")
    ap.add_argument("--reuse", action="store_true", help="refit on the signals saved by the last run")
    args = ap.parse_args()
    cache = ROOT / "var" / "calibration-signals.npz"

    from bot import evaluation as ev
    from bot.engine import SIGNAL_NAMES, Engine
    from bot.settings import load_settings
    from index.embedding import Embedder

    z = np.load(cache) if args.reuse and cache.is_file() else None
    if z is not None and z["Xi"].shape[1] != len(SIGNAL_NAMES):
        print(f"{cache} holds signals of another engine version; collecting them again")
        z = None
    if z is not None:
        Xi, yi, Xs, ys, Xt, yt = z["Xi"], z["yi"], z["Xs"], z["ys"], z["Xt"], z["yt"]
    else:
        settings = load_settings()
        embedder = Embedder(settings.model, settings.model_cache_dir)
        product = Engine(embedder, settings.index_dir)
        product.warm_up()
        Xi, yi = collect_jsonl(product, ev.load_jsonl(ROOT / "tests/eval/interview.jsonl"))
        (Xs, ys), (Xt, yt) = (
            collect_squad(ev.squad_engine(path, embedder, settings.index_dir.parent / "eval-cache")[0], path)
            for path in (ROOT.parent / "shared/data/idk_mrc/valid.json",
                         ROOT.parent / "shared/data/idk_mrc/tydiqa_valid.json")
        )
        np.savez(cache, Xi=Xi, yi=yi, Xs=Xs, ys=ys, Xt=Xt, yt=yt)

    from bot.engine import CROSS_SIGNALS, MODEL_SIGNALS, RULE_SIGNALS

    names = list(SIGNAL_NAMES)
    same_i = Xi[:, names.index("same_language")] == 1
    def ruled(X):  # declined before the model: a rule of RULE_SIGNALS, or no known words
        return (X[:, [names.index(n) for n in RULE_SIGNALS]] > 0).any(axis=1) | np.isnan(X).any(axis=1)

    rule_i, rule_s, rule_t = ruled(Xi), ruled(Xs), ruled(Xt)
    sets = {  # name: (X, y, rule)
        "interview-same-language": (Xi[same_i], yi[same_i], rule_i[same_i]),
        "idk-mrc": (Xs, ys, rule_s),
        "tydi-qa": (Xt, yt, rule_t),
        "interview-cross-language": (Xi[~same_i], yi[~same_i], rule_i[~same_i]),
    }
    models = {
        # model: (signals, sets fitted on, sets whose wrongly-declined share is bounded, L2)
        "same-language": (list(MODEL_SIGNALS), ["interview-same-language", "idk-mrc"],
                          ["interview-same-language", "idk-mrc", "tydi-qa"], 1e-2),
        "cross-language": (list(CROSS_SIGNALS), ["interview-cross-language"], ["interview-cross-language"], 1e-1),
    }
    for model, (feats, fit_names, set_names, l2) in models.items():
        cols = [names.index(f) for f in feats]
        Xf = np.vstack([sets[n][0][~sets[n][2]][:, cols] for n in fit_names])
        yf = np.concatenate([sets[n][1][~sets[n][2]] for n in fit_names])
        wf = np.concatenate([np.full((~sets[n][2]).sum(), 1 / max(1, (~sets[n][2]).sum())) for n in fit_names])
        beta = fit(Xf, yf, wf, l2=l2, signs=[SIGNS[f] for f in feats])
        sc = {n: np.where(sets[n][2], 0.0, scores(beta, sets[n][0][:, cols])) for n in set_names}
        best = None
        for t in np.linspace(0.05, 0.95, 181):
            r = [rates(sc[n], sets[n][1], t) for n in set_names]
            if all(w <= args.max_wrong for _, w in r):
                gain = sum(d for d, _ in r if d is not None)
                if best is None or gain >= best[1]:
                    best = (float(t), gain)
        t = best[0] if best else 0.5
        print(f"\n{model} model over: {', '.join(feats)}")
        print(f"  weights = ({', '.join(f'{b:.3f}' for b in beta)})")
        print(f"  threshold = {t:.3f}")
        print("  threshold  " + "  ".join(f"{n}: declined_unans wrongly_declined" for n in set_names))
        for tt in sorted({round(x, 2) for x in np.linspace(0.1, 0.9, 17)} | {round(t, 3)}):
            cells = []
            for n in set_names:
                d, w = rates(sc[n], sets[n][1], tt)
                cells.append(f"{'-' if d is None else f'{d:.3f}':>{len(n) + 16}} {w:16.3f}")
            mark = "  <- chosen" if abs(tt - t) < 1e-9 else ""
            print(f"  {tt:9.3f}  " + "  ".join(cells) + mark)


if __name__ == "__main__":
    main()
