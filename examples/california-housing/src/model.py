"""The model pipeline: impute -> add features -> scale/one-hot -> forest."""

from sklearn.compose import ColumnTransformer
from sklearn.ensemble import RandomForestRegressor
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from .data import CATEGORICAL, NUMERIC
from .features import FeatureAdder, MedianImputer


def build_pipeline(features_params, train_params):
    adder = FeatureAdder(
        add_ratios=bool(features_params.get("add_ratios", True)),
        add_bay_distance=bool(features_params.get("add_bay_distance", True)),
    )
    columns = ColumnTransformer([
        ("num", StandardScaler(), NUMERIC + adder.new_features()),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
    ], sparse_threshold=0.0)
    forest = RandomForestRegressor(
        n_estimators=int(train_params["n_estimators"]),
        max_depth=None if train_params.get("max_depth") is None else int(train_params["max_depth"]),
        min_samples_leaf=int(train_params.get("min_samples_leaf", 1)),
        random_state=int(train_params.get("random_state", 42)),
        n_jobs=int(train_params.get("n_jobs", 1)),
    )
    return Pipeline([
        ("impute", MedianImputer(columns=("total_bedrooms",))),
        ("features", adder),
        ("columns", columns),
        ("model", forest),
    ])
