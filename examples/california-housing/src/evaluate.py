"""Test-set metrics and feature importances."""

import json

import numpy as np
import pandas as pd
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score


def evaluate(pipeline, X_test, y_test):
    # Predict single-threaded: the forest then sums the trees in a fixed
    # order, so the metrics are identical from run to run.
    pipeline.named_steps["model"].set_params(n_jobs=1)
    pred = pipeline.predict(X_test)
    return {
        "r2": round(float(r2_score(y_test, pred)), 6),
        "rmse": round(float(np.sqrt(mean_squared_error(y_test, pred))), 4),
        "mae": round(float(mean_absolute_error(y_test, pred)), 4),
    }


def predictions(pipeline, X_test, y_test):
    """One row per test example: what mlops-action bootstraps for intervals and noise-aware verdicts."""
    pipeline.named_steps["model"].set_params(n_jobs=1)
    return pd.DataFrame({"id": X_test.index, "y_true": y_test.to_numpy(), "y_pred": pipeline.predict(X_test)})


def feature_importance(pipeline):
    names = pipeline.named_steps["columns"].get_feature_names_out()
    names = [n.split("__", 1)[-1] for n in names]
    imp = pipeline.named_steps["model"].feature_importances_
    df = pd.DataFrame({"feature": names, "importance": np.round(imp, 6)})
    return df.sort_values(["importance", "feature"], ascending=[False, True],
                          kind="mergesort").reset_index(drop=True)


def training_curve(pipeline, X_test, y_test, points=12):
    """Test r2 of the forest's first k trees, for k on an even grid up to all of them.

    A random forest predicts the mean of its trees, so the curve shows how the score
    grows with the forest: the per-tree score a reviewer compares between revisions.
    """
    prep = pipeline[:-1]
    forest = pipeline.named_steps["model"]
    X = prep.transform(X_test)
    trees = forest.estimators_
    per_tree = np.array([tree.predict(X) for tree in trees])
    ks = sorted({max(1, round(len(trees) * i / points)) for i in range(1, points + 1)})
    rows = [{"trees": k, "r2": round(float(r2_score(y_test, per_tree[:k].mean(axis=0))), 6)} for k in ks]
    return pd.DataFrame(rows)


def write_metrics(metrics, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(metrics, f, indent=2)
        f.write("\n")
