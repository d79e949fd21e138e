#!/usr/bin/env python3
"""Generate a synthetic, California-housing-like data set.

The real ``housing.csv`` (1990 census, one row per block group) cannot be
downloaded in offline CI, so this script produces a look-alike with the same
columns, similar value ranges and the same main relationships:

* ``median_house_value`` is driven by ``median_income`` (the strongest
  predictor), by location (distance to the coast, to the Bay Area and to Los
  Angeles), by rooms per household and by ``housing_median_age``;
* the target is capped at 500001 and ``housing_median_age`` at 52, like the
  census data;
* about 1 % of ``total_bedrooms`` is missing.

The output is reproducible byte for byte: it only uses numpy's legacy
``RandomState`` (whose stream is frozen across numpy versions) with a fixed
seed, and every value is formatted explicitly before it is written.

Usage (from the project folder)::

    python3 data/generate.py            # writes data/housing.csv
    python3 data/generate.py -n 6000 --seed 1990 -o data/housing.csv
"""

import argparse
import os

import numpy as np

SEED = 1990
N_ROWS = 6000

COLUMNS = [
    "longitude", "latitude", "housing_median_age", "total_rooms",
    "total_bedrooms", "population", "households", "median_income",
    "median_house_value", "ocean_proximity",
]

# Rough Pacific coastline: (latitude, longitude) points, south to north.
COAST = np.array([
    (32.54, -117.12), (33.00, -117.28), (33.45, -117.70), (33.75, -118.30),
    (34.00, -118.50), (34.05, -118.90), (34.40, -119.70), (34.45, -120.47),
    (35.00, -120.65), (35.65, -121.25), (36.30, -121.90), (36.60, -121.95),
    (37.20, -122.40), (37.78, -122.51), (38.30, -123.05), (39.00, -123.70),
    (40.00, -124.10), (40.80, -124.25), (41.95, -124.20),
])

# Population centres: (name, lat, lon, spread in degrees, weight).
CENTRES = [
    ("los_angeles", 34.05, -118.25, 0.35, 0.30),
    ("orange_county", 33.72, -117.85, 0.20, 0.07),
    ("inland_empire", 34.00, -117.35, 0.30, 0.06),
    ("san_diego", 32.80, -117.10, 0.20, 0.08),
    ("sf_bay", 37.65, -122.15, 0.28, 0.18),
    ("sacramento", 38.60, -121.40, 0.25, 0.06),
    ("fresno", 36.75, -119.75, 0.35, 0.05),
    ("central_valley", 37.50, -120.80, 0.80, 0.06),
    ("central_coast", 35.60, -120.90, 0.60, 0.04),
    ("north", 40.20, -122.50, 1.10, 0.05),
    ("desert", 34.30, -116.30, 0.90, 0.05),
]

SAN_FRANCISCO = (37.77, -122.42)
LOS_ANGELES = (34.05, -118.24)
CATALINA = (33.40, -118.42)
# Small, expensive neighbourhoods (lat, lon, radius km, log-premium): local
# effects that only a deep enough model can pick up.
HOTSPOTS = [
    (37.44, -122.16, 12.0, 0.45),  # Palo Alto
    (37.88, -122.25, 8.0, 0.30),   # Berkeley hills
    (34.03, -118.68, 10.0, 0.45),  # Malibu
    (34.07, -118.40, 8.0, 0.40),   # Beverly Hills
    (33.62, -117.90, 10.0, 0.35),  # Newport Beach
    (32.84, -117.27, 8.0, 0.35),   # La Jolla
    (38.30, -122.30, 15.0, 0.25),  # Napa
    (36.97, -119.70, 15.0, -0.25), # rural Fresno county
    (34.10, -117.30, 15.0, -0.25), # San Bernardino
]
N_ISLAND = 3  # the census file has a handful of ISLAND rows too


def haversine_km(lat1, lon1, lat2, lon2):
    lat1, lon1, lat2, lon2 = map(np.radians, (lat1, lon1, lat2, lon2))
    a = (np.sin((lat2 - lat1) / 2.0) ** 2
         + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2.0) ** 2)
    return 6371.0 * 2.0 * np.arcsin(np.sqrt(a))


def coast_longitude(lat):
    return np.interp(lat, COAST[:, 0], COAST[:, 1])


def coast_km(lat, lon):
    """Approximate east-west distance (km) from the coastline, >= 0."""
    return np.maximum(lon - coast_longitude(lat), 0.0) * 111.32 * np.cos(np.radians(lat))


def sample_locations(rng, n):
    weights = np.array([c[4] for c in CENTRES])
    which = rng.choice(len(CENTRES), size=n, p=weights / weights.sum())
    lat = np.empty(n)
    lon = np.empty(n)
    for i, (_, clat, clon, spread, _) in enumerate(CENTRES):
        idx = np.flatnonzero(which == i)
        lat[idx] = clat + rng.normal(0.0, spread, idx.size)
        lon[idx] = clon + rng.normal(0.0, spread * 1.2, idx.size)
    lat = np.clip(lat, 32.54, 41.95)
    lon = np.clip(lon, -124.35, -114.31)
    # Anything that landed in the ocean is pushed back onto land.
    min_lon = coast_longitude(lat) + 0.01
    offshore = lon < min_lon
    lon[offshore] = min_lon[offshore] + rng.exponential(0.08, offshore.sum())
    return lat, lon


def generate(n=N_ROWS, seed=SEED):
    rng = np.random.RandomState(seed)

    lat, lon = sample_locations(rng, n)
    # A few island rows (Santa Catalina).
    island = np.zeros(n, dtype=bool)
    island[rng.choice(n, N_ISLAND, replace=False)] = True
    lat[island] = CATALINA[0] + rng.normal(0.0, 0.02, N_ISLAND)
    lon[island] = CATALINA[1] + rng.normal(0.0, 0.02, N_ISLAND)
    lat, lon = np.round(lat, 2), np.round(lon, 2)

    d_coast = np.where(island, 0.0, coast_km(lat, lon))
    d_bay = haversine_km(lat, lon, *SAN_FRANCISCO)
    d_la = haversine_km(lat, lon, *LOS_ANGELES)

    # ocean_proximity, derived from the geography like the census labels.
    prox = np.full(n, "INLAND", dtype=object)
    prox[d_coast < 90.0] = "<1H OCEAN"
    prox[d_coast < 8.0] = "NEAR OCEAN"
    prox[(d_bay < 45.0) & (d_coast < 40.0)] = "NEAR BAY"
    prox[island] = "ISLAND"

    # Neighbourhood "affluence": richer near the coast and the two metros.
    affluence = (0.55 * np.exp(-d_coast / 40.0)
                 + 0.35 * np.exp(-d_bay / 60.0)
                 + 0.20 * np.exp(-d_la / 80.0)
                 + rng.normal(0.0, 0.30, n))
    median_income = np.exp(1.10 + 0.45 * affluence + rng.normal(0.0, 0.38, n))
    median_income = np.round(np.clip(median_income, 0.4999, 15.0001), 4)

    age = rng.normal(29.0, 12.5, n) - 4.0 * (d_coast > 100.0)
    housing_median_age = np.clip(np.round(age), 1, 52)

    households = np.round(np.clip(rng.lognormal(np.log(420.0), 0.55, n), 2, 6000))
    rooms_per_household = np.clip(
        4.1 + 0.28 * median_income + 0.012 * d_coast ** 0.8
        + rng.normal(0.0, 0.75, n), 1.5, 14.0)
    total_rooms = np.round(households * rooms_per_household)
    bedroom_ratio = np.clip(0.235 - 0.009 * median_income
                            + rng.normal(0.0, 0.022, n), 0.10, 0.45)
    total_bedrooms = np.maximum(np.round(total_rooms * bedroom_ratio), 1.0)
    people_per_household = np.clip(
        2.95 - 0.07 * median_income + 0.25 * (d_la < 60.0)
        + rng.lognormal(-1.0, 0.6, n) - 0.35, 1.0, 8.0)
    population = np.round(households * people_per_household)

    # Target: log-linear model with interactions, then the census cap.
    location = (0.42 * np.exp(-d_coast / 25.0)
                + 0.30 * np.exp(-d_bay / 55.0)
                + 0.22 * np.exp(-d_la / 70.0)
                - 0.10 * np.clip(d_coast / 150.0, 0.0, 1.5))
    for hlat, hlon, radius, premium in HOTSPOTS:
        d = haversine_km(lat, lon, hlat, hlon)
        location = location + premium * np.exp(-((d / radius) ** 2))
    log_value = (10.95
                 + 0.72 * np.log(median_income)
                 + location
                 + 0.35 * location * np.log(median_income)
                 + 0.045 * (rooms_per_household - 5.3)
                 - 0.25 * (bedroom_ratio - 0.2)
                 - 0.035 * (people_per_household - 2.9)
                 + 0.0025 * (housing_median_age - 29.0)
                 + 0.30 * island
                 + rng.normal(0.0, 0.19, n))
    median_house_value = np.round(np.clip(np.exp(log_value), 14999.0, 500001.0))

    # ~1 % missing total_bedrooms, like the census file.
    missing = np.zeros(n, dtype=bool)
    missing[rng.choice(n, int(round(n * 0.01)), replace=False)] = True

    return {
        "longitude": lon, "latitude": lat,
        "housing_median_age": housing_median_age, "total_rooms": total_rooms,
        "total_bedrooms": np.where(missing, np.nan, total_bedrooms),
        "population": population, "households": households,
        "median_income": median_income,
        "median_house_value": median_house_value, "ocean_proximity": prox,
    }


def _fmt(value, decimals):
    if isinstance(value, str):
        return value
    if np.isnan(value):
        return ""
    return "%.*f" % (decimals, value)


DECIMALS = {"longitude": 2, "latitude": 2, "median_income": 4}


def write_csv(columns, path):
    n = len(columns["longitude"])
    with open(path, "w", encoding="ascii", newline="\n") as f:
        f.write(",".join(COLUMNS) + "\n")
        for i in range(n):
            f.write(",".join(_fmt(columns[c][i], DECIMALS.get(c, 1))
                             for c in COLUMNS) + "\n")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", "--rows", type=int, default=N_ROWS)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("-o", "--output", default=os.path.join(here, "housing.csv"))
    args = parser.parse_args()
    write_csv(generate(args.rows, args.seed), args.output)
    print("wrote %d rows to %s" % (args.rows, args.output))


if __name__ == "__main__":
    main()
