#!/usr/bin/env python3
"""Minimal prediction server for the trained model (standard library only).

    python3 serve.py                 # listens on 0.0.0.0:8080
    curl -s localhost:8080/predict -d '[{"longitude": -122.23, "latitude": 37.88,
      "housing_median_age": 41, "total_rooms": 880, "total_bedrooms": 129,
      "population": 322, "households": 126, "median_income": 8.3252,
      "ocean_proximity": "NEAR BAY"}]'

POST /predict takes a JSON object or a list of objects with the raw
housing.csv columns (without median_house_value) and returns
{"predictions": [...]}.  GET /health returns {"status": "ok"}.

It also speaks KServe's V1 protocol, so it can run as an InferenceService's custom container:
GET /v1/models/housing (ready) and POST /v1/models/housing:predict with {"instances": [...]}.
"""

import json
import os
from http.server import BaseHTTPRequestHandler, HTTPServer

import joblib
import pandas as pd

from src.data import CATEGORICAL, NUMERIC

MODEL_PATH = os.environ.get("MODEL_PATH", os.path.join("model", "model.joblib"))
MODEL = None


class Handler(BaseHTTPRequestHandler):
    def _reply(self, code, body):
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path == "/health":
            self._reply(200, {"status": "ok"})
        elif self.path.startswith("/v1/models/"):
            self._reply(200, {"name": self.path.rsplit("/", 1)[-1], "ready": MODEL is not None})
        else:
            self._reply(404, {"error": "not found"})

    def do_POST(self):
        kserve_v1 = self.path.startswith("/v1/models/") and self.path.endswith(":predict")
        if self.path != "/predict" and not kserve_v1:
            self._reply(404, {"error": "not found"})
            return
        try:
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
            if kserve_v1:
                body = body.get("instances", [])
            rows = body if isinstance(body, list) else [body]
            required = [c for c in NUMERIC + CATEGORICAL if c != "total_bedrooms"]
            for i, row in enumerate(rows):
                missing = [c for c in required if c not in row]
                if missing:
                    raise ValueError("row %d is missing %s" % (i, ", ".join(missing)))
            X = pd.DataFrame(rows, columns=NUMERIC + CATEGORICAL)
            X[NUMERIC] = X[NUMERIC].astype(float)
            pred = MODEL.predict(X)
        except Exception as exc:  # noqa: BLE001 - bad input -> 400
            self._reply(400, {"error": "%s: %s" % (type(exc).__name__, exc)})
            return
        self._reply(200, {"predictions": [round(float(p), 2) for p in pred]})


def main():
    global MODEL
    MODEL = joblib.load(MODEL_PATH)
    port = int(os.environ.get("PORT", "8080"))
    print("serving %s on :%d" % (MODEL_PATH, port), flush=True)
    HTTPServer(("0.0.0.0", port), Handler).serve_forever()


if __name__ == "__main__":
    main()
