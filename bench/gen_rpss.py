#!/usr/bin/env python3
"""Deterministic generator of a national-size MPSV registry export (rpss.json) for benchmarking
`kvalis import registry`, and of the same rows as flat CSV files for the `sqlite3 .import` peer.

    bench/gen_rpss.py --services 7000 --facilities 19000 --out /tmp/rpss.json --csv-out /tmp/rpss_csv

The items follow the structure of the real export (shared/registry/README.md): top-level keys portalId,
id, identifikator, datumPoskytovaniOd/Do, kontaktniAdresy, druhSocialniSluzby, zarizeni, poskytovatel
(with contacts and statutory bodies), emaily, telefony, faxy, weby, ciloveSkupiny, vekoveSkupiny,
doplnujiciInformaceVekoveSkupiny, formy (capacity per form with its type, opening hours), rozsirene-
PusobnostiVKraji and doplnkoveUdaje (attachment links). Services are spread over the 14 regions and the
34 kinds (codes from catalogues/), facilities over the services; about 3.6 % of facilities have no
address-point code, part of them because their address is secret (shelters, intervention centres).
Like the real export there is no service name: the importer names a service by its kind and provider.

--csv-out DIR writes, for the same data, the rows the importer stores (organisations.csv, services.csv,
service_forms.csv, service_capacities.csv, service_target_groups.csv, service_age_groups.csv,
service_territories.csv, facilities.csv, service_contacts.csv; columns in table order, with a header) and
peer.sql, which loads them with `.import` into a database holding the Kvalis schema:

    sqlite3 peer.db < src/platform/store/migrations/sqlite/0001_foundation.sql
    (cd DIR && sqlite3 ../peer.db < peer.sql)
"""
import argparse
import csv
import json
import os
import random
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOW = 1795000000  # created_at / updated_at of the CSV rows (a fixed instant: deterministic output)

# Share of registered services per region (roughly by population) and ORP codes (ČSÚ) per region.
REGIONS = {
    "19": (0.12, [1100]),
    "27": (0.12, list(range(2101, 2127))),
    "35": (0.06, list(range(3101, 3118))),
    "43": (0.05, list(range(3201, 3216))),
    "51": (0.03, list(range(4101, 4108))),
    "60": (0.08, list(range(4201, 4217))),
    "78": (0.04, list(range(5101, 5111))),
    "86": (0.05, list(range(5201, 5216))),
    "94": (0.05, list(range(5301, 5316))),
    "108": (0.05, list(range(6101, 6116))),
    "116": (0.11, list(range(6201, 6222))),
    "124": (0.06, list(range(7101, 7114))),
    "132": (0.12, list(range(8101, 8123))),
    "141": (0.06, list(range(7201, 7214))),
}

# Kinds that are common in the registry get more weight; the rest share what remains.
KIND_WEIGHTS = {"1": 9, "3": 4, "4": 9, "5": 1, "8": 4, "9": 1, "10": 2, "12": 3, "13": 7, "14": 5, "15": 3,
                "16": 3, "17": 2, "20": 3, "21": 1, "22": 1, "23": 1, "24": 1, "25": 4, "26": 1, "28": 5,
                "29": 3, "30": 2, "32": 3, "33": 5, "34": 1, "35": 1}
SECRET_KINDS = {"20", "23", "34"}  # shelters, crisis help, intervention centres

LEGAL_FORMS = [("331", 25), ("706", 18), ("141", 15), ("161", 15), ("722", 12), ("801", 8), ("112", 3),
               ("101", 2), ("100", 1), ("736", 1)]
NATURAL = {"100", "101"}

FIRST = ["Jana", "Petr", "Marie", "Jan", "Eva", "Tomáš", "Hana", "Martin", "Lenka", "Pavel", "Kateřina", "Jiří"]
LAST = ["Nováková", "Svoboda", "Dvořák", "Černá", "Procházka", "Kučerová", "Veselý", "Horáková", "Němec",
        "Marková", "Pokorný", "Hájková"]
STREETS = ["Nádražní", "Palackého", "Husova", "Komenského", "Školní", "Zahradní", "Masarykova", "Tyršova",
           "Sokolská", "Nemocniční", "Lipová", "Polní", "Smetanova", "Jiráskova", "Krátká", "Družstevní"]
PROVIDER_WORDS = ["Domov", "Centrum", "Charita", "Diakonie", "Naděje", "Slunce", "Prostor", "Život",
                  "Most", "Cesta", "Péče", "Pohoda", "Harmonie", "Anděl", "Klíč", "Rozmarýn"]
SUFFIX = {"331": "příspěvková organizace", "706": "z.s.", "141": "o.p.s.", "161": "z.ú.", "722": "",
          "801": "", "112": "s.r.o.", "736": "pobočný spolek"}


def read_catalogue(name):
    with open(os.path.join(ROOT, "catalogues", name + ".csv"), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def ico(rng, used):
    while True:
        digits = [rng.randrange(10) for _ in range(7)]
        rest = sum(d * (8 - i) for i, d in enumerate(digits)) % 11
        check = 1 if rest == 0 else (0 if rest == 1 else 11 - rest)
        value = "".join(map(str, digits)) + str(check)
        if value not in used:
            used.add(value)
            return value


def search_key(text):
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def ref(kind, code):
    return {"id": f"{kind}/{code}"}


class Generator:
    def __init__(self, args):
        self.rng = random.Random(args.seed)
        self.args = args
        kinds = read_catalogue("service_kinds")
        self.kinds = [k["code"] for k in kinds]
        self.kind_forms = {k["code"]: (k.get("forms") or "amb;ter").split(";") for k in kinds}
        self.kind_names = {k["code"]: k["name_cs"] for k in kinds}
        self.targets = [t["code"] for t in read_catalogue("target_groups")]
        self.ages = [a["code"] for a in read_catalogue("age_groups")]
        assert len(self.kinds) == 34 and len(REGIONS) == 14
        self.used_icos = set()
        self.used_ids = set()
        self.address_points = set()

    # ---- places ----------------------------------------------------------------------------

    def municipality(self, region):
        rng = self.rng
        orps = REGIONS[region][1]
        orp = rng.choice(orps)
        okres = 3100 + (int(region) * 7 + orp) % 90
        obec = 500000 + (orp * 37 + rng.randrange(60)) % 99999
        return orp, okres, obec

    def address(self, region, with_point=True):
        rng = self.rng
        orp, okres, obec = self.municipality(region)
        point = None
        if with_point:
            while True:
                point = rng.randrange(10000000, 99999999)
                if point not in self.address_points:
                    self.address_points.add(point)
                    break
        return {
            "cisloDomovni": rng.randrange(1, 3000),
            "cisloOrientacni": str(rng.randrange(1, 80)) if rng.random() < 0.6 else None,
            "dodatekAdresy": None,
            "kodAdresnihoMista": point,
            "psc": f"{rng.randrange(10000, 79999):05d}",
            "typCislaDomovniho": ref("TypStavebnihoObjektu", 1),
            "kraj": ref("Kraj", region),
            "okres": ref("Okres", okres),
            "obec": ref("Obec", obec),
            "castObce": ref("CastObce", obec * 10 + rng.randrange(9)),
            "mestskyObvodMestskaCast": None,
            "mestskyObvodVPraze": None,
            "ulice": {"nazev": rng.choice(STREETS)},
        }, orp

    # ---- providers ---------------------------------------------------------------------------

    def provider(self, region):
        rng = self.rng
        forms, weights = zip(*LEGAL_FORMS)
        legal_form = rng.choices(forms, weights)[0]
        number = self.ico()
        if legal_form in NATURAL:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        else:
            name = f"{rng.choice(PROVIDER_WORDS)} {rng.choice(PROVIDER_WORDS).lower()} {SUFFIX[legal_form]}".strip()
        addr, _ = self.address(region)
        return {
            "ico": number,
            "nazev": name,
            "pravniForma": ref("FormaPravniSubjektivity", legal_form),
            "adresa": addr,
            "emaily": [{"email": f"info@{number}.example.cz", "poznamka": None}],
            "telefony": [{"telefon": f"{rng.randrange(200000000, 799999999)}", "poznamka": None}],
            "weby": [{"web": f"https://www.{number}.example.cz", "poznamka": None}],
            "faxy": [],
            "statutarniOrgany": [{"nazevOrganu": "Statutární orgán", "clenoveOrganu": [
                {"titulPred": rng.choice(["", "Ing.", "Mgr.", "Bc."]), "jmeno": rng.choice(FIRST),
                 "prijmeni": rng.choice(LAST), "funkce": "ředitel"} for _ in range(rng.randrange(1, 4))]}],
            "_region": region,
        }

    def ico(self):
        return ico(self.rng, self.used_icos)

    # ---- services ----------------------------------------------------------------------------

    def identifier(self):
        while True:
            value = self.rng.randrange(1000000, 9999999)
            if value not in self.used_ids:
                self.used_ids.add(value)
                return value

    def forms(self, kind):
        rng = self.rng
        allowed = [f for f in self.kind_forms[kind] if f in ("pob", "amb", "ter")] or ["amb"]
        chosen = rng.sample(allowed, rng.randrange(1, len(allowed) + 1))
        out = []
        for code in sorted(chosen):
            if code == "pob":
                caps = [(rng.randrange(5, 160), "luzka")]
            elif kind == "18":
                caps = [(rng.randrange(1000, 20000), "hovor")]
            elif kind in ("1", "22", "24", "25", "32", "33"):
                caps = [(rng.randrange(10, 400), rng.choice(["klient", "kontakt", "interv"]))]
            else:
                caps = [(rng.randrange(3, 300), "klient")]
            if rng.random() < 0.15:
                caps.append((rng.randrange(1, 50), "klient" if caps[0][1] != "klient" else "kontakt"))
            continuous = code == "pob" or rng.random() < 0.1
            out.append({
                "forma": ref("FormaSocialniSluzby", code),
                "nepretrzitePoskytovani": continuous,
                "casoveRozsahy": None if continuous else [
                    {"den": ref("DenVTydnu", d), "casOd": "08:00", "casDo": rng.choice(["15:30", "16:00", "17:00"])}
                    for d in ("pon", "ut", "st", "ct", "pa")],
                "kapacity": [{"pocet": n, "popis": f"Maximální kapacita {n} s účinností od 01.01.2024.",
                              "typ": ref("TypKapacitySocialniSluzby", t)} for n, t in caps],
            })
        return out

    def facility(self, kind, region, provider_name):
        rng = self.rng
        no_point = rng.random() < 0.036
        secret = no_point and (kind in SECRET_KINDS or rng.random() < 0.3)
        addr, orp = self.address(region, with_point=not no_point)
        return {
            "nazev": f"{self.kind_names[kind]} {provider_name.split(' ')[0]} {rng.choice(STREETS)}",
            "adresa": addr,
            "utajenaAdresa": secret,
            "poskytujeOd": f"{rng.randrange(2007, 2025)}-{rng.randrange(1, 13):02d}-01",
            "poskytujeDo": None,
            "vedouci": {"jmeno": rng.choice(FIRST), "prijmeni": rng.choice(LAST)},
        }, orp

    def service(self, n, kind, provider, facility_count):
        rng = self.rng
        region = provider["_region"] if rng.random() < 0.9 else rng.choice(list(REGIONS))
        facilities, orps = [], set()
        for _ in range(facility_count):
            f, orp = self.facility(kind, region, provider["nazev"])
            facilities.append(f)
            orps.add(orp)
        region_orps = REGIONS[region][1]
        while rng.random() < 0.4 and len(orps) < len(region_orps):
            orps.add(rng.choice(region_orps))
        ident = self.identifier()
        p = {k: v for k, v in provider.items() if not k.startswith("_")}
        return {
            "portalId": 200000 + n,
            "id": 500000 + n,
            "identifikator": ident,
            "datumPoskytovaniOd": f"{rng.randrange(2007, 2026)}-{rng.randrange(1, 13):02d}-01",
            "datumPoskytovaniDo": None,
            "kontaktniAdresy": [{"adresa": self.address(region)[0], "typ": ref("TypSpojeni", "adrKont")}],
            "druhSocialniSluzby": ref("DruhSocialniSluzby", kind),
            "zarizeni": facilities,
            "poskytovatel": p,
            "emaily": [{"email": f"sluzba{ident}@example.cz", "poznamka": None}],
            "telefony": [{"telefon": f"{rng.randrange(200000000, 799999999)}", "poznamka": None}
                         for _ in range(rng.randrange(1, 3))],
            "faxy": [],
            "weby": [{"web": f"https://sluzba{ident}.example.cz", "poznamka": None}] if rng.random() < 0.9 else [],
            "ciloveSkupiny": [ref("CilovaSkupinaOsoby", t) for t in sorted(rng.sample(self.targets, rng.randrange(1, 6)), key=int)],
            "vekoveSkupiny": [ref("VekovaSkupinaOsoby", a) for a in sorted(rng.sample(self.ages, rng.randrange(1, 5)), key=int)],
            "doplnujiciInformaceVekoveSkupiny": None if rng.random() < 0.8 else "Služba je určena i osobám mladším.",
            "formy": self.forms(kind),
            "rozsirenePusobnostiVKraji": [ref("Orp", o) for o in sorted(orps)],
            "doplnkoveUdaje": {
                key: [{"priloha": {"nazev": f"{key}.pdf",
                                   "url": f"https://www.mpsv.cz/agportal-server/rest/documents/{ident}{i}"}}]
                for i, key in enumerate(("realizacePoskytovani", "planyFinancnihoZajisteni", "personalniZajisteni"))
            },
        }

    def generate(self):
        args, rng = self.args, self.rng
        n_providers = max(1, args.services * 3 // 10)
        regions, shares = zip(*[(r, v[0]) for r, v in REGIONS.items()])
        providers = [self.provider(rng.choices(regions, shares)[0]) for _ in range(n_providers)]
        kind_weights = [KIND_WEIGHTS.get(k, 1) for k in self.kinds]
        # Every kind at least once, then by weight.
        kinds = list(self.kinds) + rng.choices(self.kinds, kind_weights, k=max(0, args.services - len(self.kinds)))
        kinds = kinds[: args.services]
        rng.shuffle(kinds)
        # One facility each, the rest spread at random.
        counts = [1] * args.services
        for _ in range(max(0, args.facilities - args.services)):
            counts[rng.randrange(args.services)] += 1
        # Every region has services: the first 14 providers cover them.
        for i, region in enumerate(regions):
            if i < len(providers):
                providers[i]["_region"] = region
        for n in range(args.services):
            provider = providers[n] if n < len(providers) else rng.choice(providers)
            yield self.service(n, kinds[n], provider, counts[n])


def write_json(items, path, indent):
    # One item at a time, so the generator itself stays small in memory.
    with open(path, "w", encoding="utf-8") as f:
        f.write('{\n  "polozky": [\n' if indent else '{"polozky": [')
        for i, item in enumerate(items):
            if i:
                f.write(",\n" if indent else ",")
            text = json.dumps(item, ensure_ascii=False, indent=indent)
            if indent:
                text = "\n".join(" " * (2 * indent) + line for line in text.split("\n"))
            f.write(text)
            yield item
        f.write("\n  ]\n}\n" if indent else "]}\n")


def code(reference):
    return str(reference["id"]).rsplit("/", 1)[-1]


class CsvRows:
    """The rows the importer stores for the generated items (as RegistryWriter writes them)."""

    TABLES = {
        "organisations": ["id", "type", "name", "ico", "legal_form_code", "founder", "region_code",
                          "territory_code", "address", "source", "search_text", "created_at", "updated_at"],
        "services": ["id", "provider_id", "registry_id", "registry_item_id", "name", "kind_code", "region_code",
                     "forms", "capacity_total", "capacity_unit", "status", "registered_from", "ended_on",
                     "age_note", "source", "search_text", "created_at", "updated_at"],
        "service_forms": ["id", "service_id", "form_code", "continuous"],
        "service_capacities": ["id", "service_form_id", "count", "type_code", "description"],
        "service_target_groups": ["service_id", "code"],
        "service_age_groups": ["service_id", "code"],
        "service_territories": ["service_id", "territory_code"],
        "facilities": ["id", "service_id", "name", "street", "house_number", "orientation_number",
                       "municipality_code", "municipality_name", "postcode", "address_point_code", "region_code",
                       "district_code", "territory_code", "secret", "capacity", "provided_from", "provided_to"],
        "service_contacts": ["id", "service_id", "kind", "value", "note"],
    }

    def __init__(self, directory, kind_names):
        os.makedirs(directory, exist_ok=True)
        self.dir = directory
        self.kind_names = kind_names
        self.files = {t: open(os.path.join(directory, t + ".csv"), "w", encoding="utf-8", newline="") for t in self.TABLES}
        self.writers = {t: csv.writer(f) for t, f in self.files.items()}
        for t, cols in self.TABLES.items():
            self.writers[t].writerow(cols)
        self.ids = {t: 0 for t in self.TABLES}
        self.providers = {}

    def next_id(self, table):
        self.ids[table] += 1
        return self.ids[table]

    def add(self, item):
        p = item["poskytovatel"]
        legal_form = code(p["pravniForma"])
        natural = legal_form in NATURAL
        pname = f"Fyzická osoba (IČO {p['ico']})" if natural else p["nazev"]
        if p["ico"] not in self.providers:
            pid = self.next_id("organisations")
            self.providers[p["ico"]] = pid
            a = p["adresa"]
            address = "" if natural else format_address(a)
            self.writers["organisations"].writerow(
                [pid, "provider", pname, p["ico"], legal_form, "", code(a["kraj"]), "", address, "registry",
                 f"{search_key(pname)} | {p['ico']} | {search_key(address)}", NOW, NOW])
        pid = self.providers[p["ico"]]
        sid = self.next_id("services")
        kind = code(item["druhSocialniSluzby"])
        name = f"{self.kind_names[kind]} – {pname}"
        forms = sorted(code(f["forma"]) for f in item["formy"])
        by_type = {}
        for f in item["formy"]:
            for c in f["kapacity"]:
                t = code(c["typ"])
                by_type[t] = by_type.get(t, 0) + c["pocet"]
        unit = next((t for t in ("luzka", "klient") if t in by_type), max(by_type, key=by_type.get) if by_type else "")
        region = code(item["zarizeni"][0]["adresa"]["kraj"]) if item["zarizeni"] else ""
        self.writers["services"].writerow(
            [sid, pid, item["identifikator"], item["id"], name, kind, region, ";" + ";".join(forms) + ";",
             by_type.get(unit, 0), unit, "active", item["datumPoskytovaniOd"], "",
             item["doplnujiciInformaceVekoveSkupiny"] or "", "registry",
             f"{search_key(name)} | {item['identifikator']}", NOW, NOW])
        for f in item["formy"]:
            fid = self.next_id("service_forms")
            self.writers["service_forms"].writerow([fid, sid, code(f["forma"]), int(f["nepretrzitePoskytovani"])])
            for c in f["kapacity"]:
                self.writers["service_capacities"].writerow(
                    [self.next_id("service_capacities"), fid, c["pocet"], code(c["typ"]), c["popis"] or ""])
        for key, table in (("ciloveSkupiny", "service_target_groups"), ("vekoveSkupiny", "service_age_groups"),
                           ("rozsirenePusobnostiVKraji", "service_territories")):
            for ref_ in item[key]:
                self.writers[table].writerow([sid, code(ref_)])
        for z in item["zarizeni"]:
            a, secret = z["adresa"], z["utajenaAdresa"]
            keep = (lambda v: "" if secret or v is None else str(v))
            self.writers["facilities"].writerow(
                [self.next_id("facilities"), sid, z["nazev"], keep(a["ulice"]["nazev"] if a["ulice"] else None),
                 keep(a["cisloDomovni"]), keep(a["cisloOrientacni"]), code(a["obec"]), "", keep(a["psc"]),
                 keep(a["kodAdresnihoMista"]), code(a["kraj"]), code(a["okres"]), "", int(secret), 0,
                 z["poskytujeOd"] or "", z["poskytujeDo"] or ""])
        for key, field, kind_ in (("emaily", "email", "email"), ("telefony", "telefon", "phone"), ("weby", "web", "web")):
            for c in item[key]:
                self.writers["service_contacts"].writerow(
                    [self.next_id("service_contacts"), sid, kind_, c[field], c["poznamka"] or ""])

    def close(self):
        for f in self.files.values():
            f.close()
        with open(os.path.join(self.dir, "peer.sql"), "w", encoding="utf-8") as f:
            f.write(".bail on\nPRAGMA journal_mode=WAL;\nPRAGMA synchronous=NORMAL;\n")
            for t in self.TABLES:
                f.write(f".import --csv --skip 1 {t}.csv {t}\n")


def format_address(a):
    street = a["ulice"]["nazev"] if a["ulice"] else ""
    number = str(a["cisloDomovni"] or "")
    if a["cisloOrientacni"]:
        number += ("/" if number else "") + a["cisloOrientacni"]
    out = street
    if number:
        out += (" " if out else "č. p. ") + number
    psc = a["psc"] or ""
    place = psc[:3] + " " + psc[3:] if len(psc) == 5 else psc
    if place:
        out += (", " if out else "") + place
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--services", type=int, default=7000)
    parser.add_argument("--facilities", type=int, default=19000)
    parser.add_argument("--out", required=True, help="the rpss.json to write")
    parser.add_argument("--csv-out", help="directory for the same rows as CSV files and peer.sql")
    parser.add_argument("--seed", type=int, default=20260831)
    parser.add_argument("--indent", type=int, default=2, help="0 writes the whole file on one line")
    args = parser.parse_args()
    if args.services < 34:
        parser.error("--services must be at least 34 (one per kind)")
    gen = Generator(args)
    rows = CsvRows(args.csv_out, gen.kind_names) if args.csv_out else None
    facilities = secret = no_point = 0
    for item in write_json(gen.generate(), args.out, args.indent or None):
        facilities += len(item["zarizeni"])
        secret += sum(1 for z in item["zarizeni"] if z["utajenaAdresa"])
        no_point += sum(1 for z in item["zarizeni"] if z["adresa"]["kodAdresnihoMista"] is None)
        if rows:
            rows.add(item)
    if rows:
        rows.close()
    size = os.path.getsize(args.out)
    print(f"{args.out}: {args.services} services, {facilities} facilities ({no_point} without address-point code, "
          f"{secret} secret), {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
