"""Preprocessing and feature-engineering transformers.

Both are sklearn transformers so that they are fitted on the training split
only and travel inside the saved model pipeline.
"""

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

SAN_FRANCISCO = (37.77, -122.42)
LOS_ANGELES = (34.05, -118.24)
EARTH_RADIUS_KM = 6371.0


def haversine_km(lat, lon, lat0, lon0):
    """Great-circle distance in km between (lat, lon) arrays and one point."""
    lat, lon = np.radians(lat), np.radians(lon)
    lat0, lon0 = np.radians(lat0), np.radians(lon0)
    a = (np.sin((lat - lat0) / 2.0) ** 2
         + np.cos(lat) * np.cos(lat0) * np.sin((lon - lon0) / 2.0) ** 2)
    return 2.0 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(a))


class MedianImputer(BaseEstimator, TransformerMixin):
    """Fill missing values of the given columns with their training median.

    Works on DataFrames and keeps the column names (unlike SimpleImputer on
    a subset of columns), so later steps can refer to columns by name.
    """

    def __init__(self, columns=("total_bedrooms",)):
        self.columns = columns

    def fit(self, X, y=None):
        self.medians_ = {c: float(X[c].median()) for c in self.columns}
        return self

    def transform(self, X):
        X = X.copy()
        for c, m in self.medians_.items():
            X[c] = X[c].fillna(m)
        return X


class FeatureAdder(BaseEstimator, TransformerMixin):
    """Add ratio features and distances to the Bay Area and Los Angeles."""

    RATIO_FEATURES = ["bedroom_ratio", "rooms_per_household", "people_per_household"]
    DISTANCE_FEATURES = ["dist_bay_area_km", "dist_los_angeles_km"]

    def __init__(self, add_ratios=True, add_bay_distance=True):
        self.add_ratios = add_ratios
        self.add_bay_distance = add_bay_distance

    def fit(self, X, y=None):
        return self

    def new_features(self):
        return ((self.RATIO_FEATURES if self.add_ratios else [])
                + (self.DISTANCE_FEATURES if self.add_bay_distance else []))

    def transform(self, X):
        X = X.copy()
        if self.add_ratios:
            X["bedroom_ratio"] = X["total_bedrooms"] / X["total_rooms"]
            X["rooms_per_household"] = X["total_rooms"] / X["households"]
            X["people_per_household"] = X["population"] / X["households"]
        if self.add_bay_distance:
            X["dist_bay_area_km"] = haversine_km(X["latitude"], X["longitude"], *SAN_FRANCISCO)
            X["dist_los_angeles_km"] = haversine_km(X["latitude"], X["longitude"], *LOS_ANGELES)
        return X
