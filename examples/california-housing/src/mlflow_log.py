"""Log a training to MLflow over its REST API 2.0, when the CI step asks for it.

mlops-action creates the run before training and passes MLFLOW_TRACKING_URI and MLFLOW_RUN_ID
(what `mlflow.start_run()` would resume). With the mlflow package installed, use it instead:
    import mlflow; mlflow.start_run(); mlflow.log_params(...); mlflow.log_metrics(...)
This stand-in uses only the standard library, since the example must run where PyPI cannot be
reached. Credentials come from MLflow's own variables (MLFLOW_TRACKING_USERNAME/PASSWORD, or
MLFLOW_TRACKING_TOKEN) and are never printed.
"""

import base64
import json
import os
import time
import urllib.error
import urllib.request

# runs/log-batch takes at most 1000 metrics and 100 params per request
MAX_METRICS = 1000
MAX_PARAMS = 100


def _headers():
    headers = {"Content-Type": "application/json"}
    user, password = os.environ.get("MLFLOW_TRACKING_USERNAME"), os.environ.get("MLFLOW_TRACKING_PASSWORD")
    token = os.environ.get("MLFLOW_TRACKING_TOKEN")
    if user and password:
        headers["Authorization"] = "Basic " + base64.b64encode(("%s:%s" % (user, password)).encode()).decode()
    elif token:
        headers["Authorization"] = "Bearer " + token
    return headers


def _post(uri, path, body):
    request = urllib.request.Request(uri.rstrip("/") + "/api/2.0/mlflow/" + path, data=json.dumps(body).encode(), headers=_headers(), method="POST")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            response.read()
    except urllib.error.HTTPError as error:
        raise RuntimeError("MLflow %s answered %d: %s" % (path, error.code, error.read().decode(errors="replace")[:300])) from None


def _flatten(params, prefix=""):
    for key, value in params.items():
        name = prefix + str(key)
        if isinstance(value, dict):
            yield from _flatten(value, name + ".")
        else:
            yield name, value


def log_training(params, metrics, curve, log):
    """Params as `section.key`, the metrics, and the training curve as `test_r2` by number of trees."""
    uri, run_id = os.environ.get("MLFLOW_TRACKING_URI"), os.environ.get("MLFLOW_RUN_ID")
    if not uri:
        return
    if not run_id:
        log("MLFLOW_TRACKING_URI is set but MLFLOW_RUN_ID is not: nothing logged (the CI step creates the run)")
        return
    now = int(time.time() * 1000)
    flat = [{"key": key, "value": str(value)} for key, value in _flatten(params)]
    values = [{"key": key, "value": float(value), "timestamp": now, "step": 0} for key, value in metrics.items()]
    values += [{"key": "test_r2", "value": float(row["r2"]), "timestamp": now, "step": int(row["trees"])} for _, row in curve.iterrows()]
    for i in range(0, max(len(flat), 1), MAX_PARAMS):
        _post(uri, "runs/log-batch", {"run_id": run_id, "params": flat[i:i + MAX_PARAMS]})
    for i in range(0, len(values), MAX_METRICS):
        _post(uri, "runs/log-batch", {"run_id": run_id, "metrics": values[i:i + MAX_METRICS]})
    log("logged %d params and %d metric values to MLflow run %s" % (len(flat), len(values), run_id))
