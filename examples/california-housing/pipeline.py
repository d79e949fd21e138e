#!/usr/bin/env python3
"""The California-housing model as a Kubeflow Pipelines (KFP SDK v2) pipeline.

load -> preprocess -> feature engineering -> train -> evaluate, the same steps and the same
numbers as train.py: the same split, the training-median imputation of total_bedrooms, the
ratio and distance features, the scaled/one-hot columns and the forest.  The pipeline's
parameters are params.yaml's (random_state is in two sections there, so it is data_random_state
and train_random_state here); mlops-action's kfp-params override them per run.

Compile it (writes pipeline.yaml, the IR mlops-action submits):

    pip install kfp==2.16.1
    python3 pipeline.py

Every step is a lightweight Python component: its function is copied into the pipeline and runs
in BASE_IMAGE after pip installs PACKAGES, so the components cannot import src/ and repeat its
few lines instead.  The pods read housing.csv from DATA_URI.
"""

from kfp import compiler, dsl
from kfp.dsl import Dataset, Input, Metrics, Model, Output

BASE_IMAGE = "python:3.11-slim"
PACKAGES = ["pandas==2.2.3", "scikit-learn==1.5.2", "numpy<2", "joblib==1.4.2"]
# change: where your cluster can read the data (a fork of this repository, a bucket, a PVC path).
DATA_URI = "https://raw.githubusercontent.com/org/mlops-action/main/examples/california-housing/data/housing.csv"


@dsl.component(base_image=BASE_IMAGE, packages_to_install=PACKAGES)
def load_data(data_uri: str, raw: Output[Dataset]):
    """Read housing.csv and check that every expected column is there."""
    import pandas as pd

    required = [
        "longitude", "latitude", "housing_median_age", "total_rooms", "total_bedrooms",
        "population", "households", "median_income", "ocean_proximity", "median_house_value",
    ]
    df = pd.read_csv(data_uri)
    missing = [c for c in required if c not in df.columns]
    if missing:
        raise ValueError("%s is missing columns: %s" % (data_uri, ", ".join(missing)))
    if df["median_house_value"].isna().any():
        raise ValueError("%s has rows without median_house_value" % data_uri)
    df[required].to_csv(raw.path, index=False)
    raw.metadata["rows"] = len(df)


@dsl.component(base_image=BASE_IMAGE, packages_to_install=PACKAGES)
def preprocess(
    raw: Input[Dataset],
    test_size: float,
    random_state: int,
    train: Output[Dataset],
    test: Output[Dataset],
):
    """Hold out the test split; fill missing total_bedrooms with the training median."""
    import pandas as pd
    from sklearn.model_selection import train_test_split

    df = pd.read_csv(raw.path)
    train_df, test_df = train_test_split(df, test_size=test_size, random_state=random_state)
    median = float(train_df["total_bedrooms"].median())
    train_df.assign(total_bedrooms=train_df["total_bedrooms"].fillna(median)).to_csv(train.path, index=False)
    test_df.assign(total_bedrooms=test_df["total_bedrooms"].fillna(median)).to_csv(test.path, index=False)
    train.metadata["rows"] = len(train_df)
    test.metadata["rows"] = len(test_df)
    train.metadata["total_bedrooms_median"] = median


@dsl.component(base_image=BASE_IMAGE, packages_to_install=PACKAGES)
def engineer_features(
    train: Input[Dataset],
    test: Input[Dataset],
    add_ratios: bool,
    add_bay_distance: bool,
    train_features: Output[Dataset],
    test_features: Output[Dataset],
):
    """Add ratio features and great-circle distances to San Francisco and Los Angeles."""
    import numpy as np
    import pandas as pd

    def km_to(lat, lon, lat0, lon0):
        lat, lon, lat0, lon0 = np.radians(lat), np.radians(lon), np.radians(lat0), np.radians(lon0)
        a = np.sin((lat - lat0) / 2.0) ** 2 + np.cos(lat) * np.cos(lat0) * np.sin((lon - lon0) / 2.0) ** 2
        return 2.0 * 6371.0 * np.arcsin(np.sqrt(a))

    for source, target in ((train, train_features), (test, test_features)):
        X = pd.read_csv(source.path)
        if add_ratios:
            X["bedroom_ratio"] = X["total_bedrooms"] / X["total_rooms"]
            X["rooms_per_household"] = X["total_rooms"] / X["households"]
            X["people_per_household"] = X["population"] / X["households"]
        if add_bay_distance:
            X["dist_bay_area_km"] = km_to(X["latitude"], X["longitude"], 37.77, -122.42)
            X["dist_los_angeles_km"] = km_to(X["latitude"], X["longitude"], 34.05, -118.24)
        X.to_csv(target.path, index=False)
        target.metadata["columns"] = len(X.columns)


@dsl.component(base_image=BASE_IMAGE, packages_to_install=PACKAGES)
def train_model(
    train_features: Input[Dataset],
    n_estimators: int,
    max_depth: int,
    min_samples_leaf: int,
    random_state: int,
    n_jobs: int,
    model: Output[Model],
):
    """Fit StandardScaler + one-hot ocean_proximity + a random forest on the training split."""
    import joblib
    import pandas as pd
    from sklearn.compose import ColumnTransformer
    from sklearn.ensemble import RandomForestRegressor
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import OneHotEncoder, StandardScaler

    X = pd.read_csv(train_features.path)
    y = X.pop("median_house_value")
    numeric = [c for c in X.columns if c != "ocean_proximity"]
    pipeline = Pipeline([
        ("columns", ColumnTransformer([
            ("num", StandardScaler(), numeric),
            ("cat", OneHotEncoder(handle_unknown="ignore"), ["ocean_proximity"]),
        ], sparse_threshold=0.0)),
        ("model", RandomForestRegressor(
            n_estimators=n_estimators, max_depth=max_depth, min_samples_leaf=min_samples_leaf,
            random_state=random_state, n_jobs=n_jobs,
        )),
    ])
    pipeline.fit(X, y)
    joblib.dump(pipeline, model.path)
    model.metadata["framework"] = "scikit-learn"


@dsl.component(base_image=BASE_IMAGE, packages_to_install=PACKAGES)
def evaluate(test_features: Input[Dataset], model: Input[Model], metrics: Output[Metrics]):
    """r2, rmse and mae on the held-out split, rounded as train.py rounds them."""
    import joblib
    import numpy as np
    import pandas as pd
    from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

    X = pd.read_csv(test_features.path)
    y = X.pop("median_house_value")
    pipeline = joblib.load(model.path)
    # Predict single-threaded: the forest then sums its trees in a fixed order.
    pipeline.named_steps["model"].set_params(n_jobs=1)
    pred = pipeline.predict(X)
    metrics.log_metric("r2", round(float(r2_score(y, pred)), 6))
    metrics.log_metric("rmse", round(float(np.sqrt(mean_squared_error(y, pred))), 4))
    metrics.log_metric("mae", round(float(mean_absolute_error(y, pred)), 4))


@dsl.pipeline(name="california-housing", description="Train and evaluate the California-housing random forest.")
def california_housing(
    data_uri: str = DATA_URI,
    test_size: float = 0.2,
    data_random_state: int = 42,
    add_ratios: bool = True,
    add_bay_distance: bool = True,
    n_estimators: int = 60,
    max_depth: int = 12,
    min_samples_leaf: int = 2,
    train_random_state: int = 42,
    n_jobs: int = 2,
):
    raw = load_data(data_uri=data_uri)
    split = preprocess(raw=raw.outputs["raw"], test_size=test_size, random_state=data_random_state)
    features = engineer_features(
        train=split.outputs["train"], test=split.outputs["test"],
        add_ratios=add_ratios, add_bay_distance=add_bay_distance,
    )
    model = train_model(
        train_features=features.outputs["train_features"],
        n_estimators=n_estimators, max_depth=max_depth, min_samples_leaf=min_samples_leaf,
        random_state=train_random_state, n_jobs=n_jobs,
    )
    evaluate(test_features=features.outputs["test_features"], model=model.outputs["model"])


if __name__ == "__main__":
    import os

    compiler.Compiler().compile(
        california_housing, os.path.join(os.path.dirname(os.path.abspath(__file__)), "pipeline.yaml"))
