#!/usr/bin/env python3
"""Train and evaluate the California-housing model.

Run from the project folder:  python3 train.py
Reads params.yaml, writes model/model.joblib, metrics.json,
feature_importance.csv, training_curve.csv (test r2 by number of trees) and predictions.csv
(one row per test example, for intervals and noise-aware verdicts); logs them to
MLflow when MLFLOW_TRACKING_URI and MLFLOW_RUN_ID are set.  Exits non-zero with a message on any failure.
"""

import os
import sys
import time

PARAMS = "params.yaml"
DATA = os.path.join("data", "housing.csv")
MODEL = os.path.join("model", "model.joblib")
METRICS = "metrics.json"
IMPORTANCE = "feature_importance.csv"
CURVE = "training_curve.csv"
PREDICTIONS = "predictions.csv"


def log(msg):
    print("[train] " + msg, flush=True)


def load_params(path):
    import yaml

    with open(path, encoding="utf-8") as f:
        params = yaml.safe_load(f) or {}
    for section, keys in {
        "data": ["test_size", "random_state"],
        "features": ["add_ratios", "add_bay_distance"],
        "train": ["n_estimators", "max_depth", "min_samples_leaf", "random_state"],
    }.items():
        for key in keys:
            if key not in (params.get(section) or {}):
                raise ValueError("%s: missing %s.%s" % (path, section, key))
    return params


def main():
    start = time.perf_counter()
    # No __pycache__ under src/: it is a DVC dependency and stray .pyc files
    # would change its hash between a fresh checkout and a local run.
    sys.dont_write_bytecode = True
    import joblib

    from src.data import load_data, split_data
    from src.evaluate import evaluate, feature_importance, predictions, training_curve, write_metrics
    from src.mlflow_log import log_training
    from src.model import build_pipeline

    params = load_params(PARAMS)
    log("params: data=%s features=%s train=%s"
        % (params["data"], params["features"], params["train"]))

    df = load_data(DATA)
    X_train, X_test, y_train, y_test = split_data(
        df, params["data"]["test_size"], params["data"]["random_state"])
    log("data: %d rows (%d train / %d test)" % (len(df), len(X_train), len(X_test)))

    pipeline = build_pipeline(params["features"], params["train"])
    t0 = time.perf_counter()
    pipeline.fit(X_train, y_train)
    log("fit: %d trees in %.2fs" % (pipeline.named_steps["model"].n_estimators,
                                     time.perf_counter() - t0))

    metrics = evaluate(pipeline, X_test, y_test)
    write_metrics(metrics, METRICS)
    feature_importance(pipeline).to_csv(IMPORTANCE, index=False, float_format="%.6f")
    predictions(pipeline, X_test, y_test).to_csv(PREDICTIONS, index=False)
    curve = training_curve(pipeline, X_test, y_test)
    curve.to_csv(CURVE, index=False)
    os.makedirs(os.path.dirname(MODEL), exist_ok=True)
    joblib.dump(pipeline, MODEL)
    log("wrote %s, %s, %s, %s, %s" % (MODEL, METRICS, IMPORTANCE, CURVE, PREDICTIONS))

    log("metrics: r2=%.4f rmse=%.1f mae=%.1f" % (metrics["r2"], metrics["rmse"], metrics["mae"]))
    # the run mlops-action opened for this training, when MLflow is configured
    log_training(params, metrics, curve, log)
    log("done in %.1fs" % (time.perf_counter() - start))
    return 0


if __name__ == "__main__":
    # Run from anywhere: paths are relative to this file's folder.
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    try:
        sys.exit(main())
    except ImportError as exc:
        sys.exit("train.py: error: %s (needs scikit-learn, pandas, numpy, pyyaml, joblib)" % exc)
    except Exception as exc:  # noqa: BLE001 - report any failure clearly
        sys.exit("train.py: error: %s: %s" % (type(exc).__name__, exc))
