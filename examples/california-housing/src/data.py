"""Loading and splitting the housing data."""

import pandas as pd
from sklearn.model_selection import train_test_split

TARGET = "median_house_value"
CATEGORICAL = ["ocean_proximity"]
NUMERIC = [
    "longitude", "latitude", "housing_median_age", "total_rooms",
    "total_bedrooms", "population", "households", "median_income",
]
REQUIRED = NUMERIC + CATEGORICAL + [TARGET]


def load_data(path):
    """Read housing.csv and check that every expected column is there."""
    df = pd.read_csv(path)
    missing = [c for c in REQUIRED if c not in df.columns]
    if missing:
        raise ValueError("%s is missing columns: %s" % (path, ", ".join(missing)))
    if df[TARGET].isna().any():
        raise ValueError("%s has rows without %s" % (path, TARGET))
    return df[REQUIRED]


def split_data(df, test_size, random_state):
    """Hold out a test split; returns X_train, X_test, y_train, y_test."""
    X = df.drop(columns=[TARGET])
    y = df[TARGET]
    return train_test_split(X, y, test_size=test_size, random_state=random_state)
