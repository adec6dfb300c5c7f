#!/usr/bin/env python3
"""Build resources/geo/postcode-centroids.csv (offline geocoding fallback).

Output: UTF-8, ';'-separated, header ``country;postcode;lat;lon;place``,
one row per (country, postcode); lat/lon = arithmetic mean of the source
places sharing that postcode, rounded to 4 decimals; place = most common
place name for that postcode (ties: first seen). Sorted by country, postcode.

Upstream sources (fetched 2026-11-25; raw files are NOT committed):

* BE + LU -- GitHub repository ``zauberware/postal-codes-json-xml-csv``
  commit 191eb8d6eec366ffa7d6c0ced305bef5b634968b,
  files ``data/BE/zipcodes.be.csv`` and ``data/LU/zipcodes.lu.csv``
  https://github.com/zauberware/postal-codes-json-xml-csv
  Original producer: GeoNames (http://www.geonames.org/), postal code dump.
  Licence: Creative Commons Attribution 4.0 (CC BY 4.0).
  Attribution: "Données GeoNames (www.geonames.org), CC BY 4.0".

* FR -- GitHub repository ``benyki/geo-data``
  commit fa062c701e7b280af28de57dcf94f63d41146aae,
  file ``france/codes-postaux.csv`` (one row per postcode, centroid =
  mean of commune centroids, computed upstream), plus three rows of
  ``france/communes.csv`` (Paris 75056, Marseille 13055, Lyon 69123) used
  to fill the arrondissement postcodes (75001-75020, 75116, 13001-13016,
  69001-69009) that codes-postaux.csv lacks; those postcodes get the
  centroid of the whole commune.
  https://github.com/benyki/geo-data
  Original producer (per the repository's PROVENANCE.md / LICENSE):
  data.gouv.fr (La Poste / INSEE / Etalab "découpage administratif").
  Licence: Licence Ouverte / Open Licence 2.0 (Etalab).
  Attribution: "Source : data.gouv.fr -- Licence Ouverte 2.0".

Usage (defaults match the paths used when the data was fetched):

    python3 scripts/build-postcode-centroids.py \
        --be /tmp/geo-raw/be/be_reduced.csv \
        --lu /tmp/geo-raw/lu/lu_reduced.csv \
        --fr /tmp/geo-raw/fr/fr_codes_postaux.csv \
        --fr-communes /tmp/geo-raw/fr/communes_extract.csv \
        --out resources/geo/postcode-centroids.csv

The BE/LU inputs may be either the original upstream CSVs (header
``country_code,zipcode,place,...,latitude,longitude``) or the reduced
copies (``zipcode,place,latitude,longitude``); columns are read by name.
"""

import argparse
import ast
import csv
import re
import sys
import unicodedata
from collections import Counter, OrderedDict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Rough bounding boxes (lat_min, lat_max, lon_min, lon_max) used to drop
# obviously broken coordinates.
BOXES = {
    "BE": [(49.4, 51.6, 2.4, 6.5)],
    "LU": [(49.4, 50.3, 5.7, 6.6)],
    "FR": [
        (41.3, 51.2, -5.3, 9.7),     # metropolitan France + Corsica
        (15.8, 16.6, -61.9, -60.9),  # Guadeloupe (971)
        (14.3, 14.9, -61.3, -60.8),  # Martinique (972)
        (2.0, 6.0, -54.7, -51.5),    # Guyane (973)
        (-21.5, -20.8, 55.1, 55.9),  # La Réunion (974)
        (-13.1, -12.6, 44.9, 45.4),  # Mayotte (976)
    ],
}


def valid(country, lat, lon):
    return any(a <= lat <= b and c <= lon <= d for a, b, c, d in BOXES[country])


def to_float(value):
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return f if f == f else None  # drop NaN


def lapost_style(name):
    """'Marseille' -> 'MARSEILLE' (upper case, no accents, no punctuation),
    matching the libellé d'acheminement style of codes-postaux.csv."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = re.sub(r"[^A-Za-z0-9]+", " ", s).strip().upper()
    return re.sub(r"^SAINT ", "ST ", re.sub(r"^SAINTE ", "STE ", s))


def read_geonames(path, country):
    """Yield (postcode, place, lat, lon) from a zauberware GeoNames CSV."""
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            cc = (row.get("country_code") or country).strip().upper()
            if cc != country:
                continue
            code = row["zipcode"].strip().upper()
            if code.startswith("L-"):
                code = code[2:]
            if not re.fullmatch(r"\d{4}", code):
                continue
            yield code, row["place"].strip(), to_float(row["latitude"]), to_float(row["longitude"])


def read_fr(path, communes_path):
    seen = set()
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            code = row["codePostal"].strip().zfill(5)
            if not re.fullmatch(r"\d{5}", code):
                continue
            seen.add(code)
            yield code, row["libelleAcheminement"].strip(), to_float(row["latitude"]), to_float(row["longitude"])
    if communes_path:
        # Fill postcodes absent from codes-postaux.csv (municipal
        # arrondissements of Paris, Lyon, Marseille) with the commune centroid.
        with open(communes_path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                if row.get("type") != "commune-actuelle":
                    continue
                lat, lon = to_float(row["latitude"]), to_float(row["longitude"])
                for code in ast.literal_eval(row["codesPostaux"] or "[]"):
                    code = code.strip().zfill(5)
                    if code not in seen:
                        seen.add(code)
                        yield code, lapost_style(row["nom"]), lat, lon


def keep_fr(code):
    # Metropolitan France (incl. Corsica 20xxx) and overseas departments
    # 971-974, 976. Monaco (980xx) and overseas collectivities (975, 977,
    # 978, 98x) are excluded.
    if code.startswith("97"):
        return code[:3] in {"971", "972", "973", "974", "976"}
    return not code.startswith("98")


def aggregate(country, records, skipped):
    groups = OrderedDict()
    for code, place, lat, lon in records:
        if country == "FR" and not keep_fr(code):
            continue
        if lat is None or lon is None or (lat == 0 and lon == 0) or not valid(country, lat, lon):
            skipped[country] += 1
            continue
        g = groups.setdefault(code, {"lat": [], "lon": [], "places": Counter(), "order": []})
        g["lat"].append(lat)
        g["lon"].append(lon)
        if place and place not in g["places"]:
            g["order"].append(place)
        g["places"][place] += 1
    rows = []
    for code, g in groups.items():
        best = max(g["places"].values()) if g["places"] else 0
        place = next((p for p in g["order"] if g["places"][p] == best), "")
        lat = round(sum(g["lat"]) / len(g["lat"]), 4)
        lon = round(sum(g["lon"]) / len(g["lon"]), 4)
        rows.append((country, code, f"{lat:.4f}", f"{lon:.4f}", place))
    return rows


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--be", default="/tmp/geo-raw/be/be_reduced.csv")
    p.add_argument("--lu", default="/tmp/geo-raw/lu/lu_reduced.csv")
    p.add_argument("--fr", default="/tmp/geo-raw/fr/fr_codes_postaux.csv")
    p.add_argument("--fr-communes", default="/tmp/geo-raw/fr/communes_extract.csv")
    p.add_argument("--out", default=str(ROOT / "resources" / "geo" / "postcode-centroids.csv"))
    args = p.parse_args(argv)

    skipped = Counter()
    rows = []
    rows += aggregate("BE", read_geonames(args.be, "BE"), skipped)
    rows += aggregate("FR", read_fr(args.fr, args.fr_communes), skipped)
    rows += aggregate("LU", read_geonames(args.lu, "LU"), skipped)
    rows.sort(key=lambda r: (r[0], r[1]))

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["country", "postcode", "lat", "lon", "place"])
        w.writerows(rows)

    counts = Counter(r[0] for r in rows)
    for c in sorted(counts):
        print(f"{c}: {counts[c]} postcodes (skipped {skipped[c]} source rows without valid coordinates)")
    print(f"total: {len(rows)} -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
