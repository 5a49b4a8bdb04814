#!/usr/bin/env python3
"""Writes the rpss.json fixtures of tests/app/import_registry_test.cpp (run from anywhere; the files are
committed, this script documents how they were made and regenerates them).

The items follow the structure of the MPSV open-data export (see shared/registry/README.md): code-list
references as {"id": "Kind/code"}, capacity per form with its type, facilities with addresses, service
contacts, ORP territories in rozsirenePusobnostiVKraji, a provider with statutory bodies (names of people,
which the import must ignore). Region: Královéhradecký kraj (86) and one service in Praha (19).

Besides the JSON files it writes expected_broken.csv: for rpss_broken.json, the 1-based index of every
bad item, the line where it starts and the reason the importer must give.
"""
import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def ref(kind, code):
    return {"id": f"{kind}/{code}"}


def address(kraj, okres, obec, street=None, house=None, orient=None, psc=None, point=None):
    return {
        "cisloDomovni": house,
        "cisloOrientacni": orient,
        "dodatekAdresy": None,
        "kodAdresnihoMista": point,
        "psc": psc,
        "typCislaDomovniho": ref("TypStavebnihoObjektu", 1) if house is not None else None,
        "kraj": ref("Kraj", kraj),
        "okres": ref("Okres", okres),
        "obec": ref("Obec", obec),
        "castObce": None,
        "mestskyObvodMestskaCast": None,
        "mestskyObvodVPraze": None,
        "ulice": {"nazev": street} if street else None,
    }


def provider(ico, name, legal_form, addr, statutory=None):
    return {
        "ico": ico,
        "nazev": name,
        "pravniForma": ref("FormaPravniSubjektivity", legal_form),
        "adresa": addr,
        "emaily": [{"email": f"info{ico}@example.cz", "poznamka": None}],
        "telefony": [{"telefon": "495000000", "poznamka": None}],
        "weby": [],
        # Names of people: never imported.
        "statutarniOrgany": statutory
        or [{"nazevOrganu": "Statutární orgán", "clenoveOrganu": [{"jmeno": "Petr", "prijmeni": "Svoboda",
                                                                    "titulPred": "Ing."}]}],
    }


def form(code, continuous, capacities):
    return {
        "forma": ref("FormaSocialniSluzby", code),
        "nepretrzitePoskytovani": continuous,
        "casoveRozsahy": None if continuous else [{"den": ref("DenVTydnu", "pon"), "od": "08:00", "do": "16:00"}],
        "kapacity": [
            {"pocet": n, "popis": f"Maximální kapacita {n} s účinností od 01.01.2024.",
             "typ": ref("TypKapacitySocialniSluzby", t)}
            for n, t in capacities
        ],
    }


def facility(name, addr, secret=False, od="2015-01-01", do=None):
    return {"nazev": name, "adresa": addr, "utajenaAdresa": secret, "poskytujeOd": od, "poskytujeDo": do,
            "vedouci": {"jmeno": "Marie", "prijmeni": "Dvořáková"}}


def service(item_id, ident, kind, prov, forms, targets, ages, facilities, orps, name=None, od="2010-01-01",
            do=None, contacts=True):
    item = {
        "portalId": 100000 + item_id,
        "id": item_id,
        "identifikator": ident,
        "datumPoskytovaniOd": od,
        "datumPoskytovaniDo": do,
        "kontaktniAdresy": [],
        "druhSocialniSluzby": ref("DruhSocialniSluzby", kind),
        "zarizeni": facilities,
        "poskytovatel": prov,
        "emaily": [{"email": f"sluzba{ident}@example.cz", "poznamka": None}] if contacts else [],
        "telefony": [{"telefon": f"49{ident % 10000000:07d}", "poznamka": "recepce"}] if contacts else [],
        "faxy": [],
        "weby": [{"web": f"https://sluzba{ident}.example.cz", "poznamka": None}] if contacts else [],
        "ciloveSkupiny": [ref("CilovaSkupinaOsoby", t) for t in targets],
        "vekoveSkupiny": [ref("VekovaSkupinaOsoby", a) for a in ages],
        "doplnujiciInformaceVekoveSkupiny": None,
        "formy": forms,
        "rozsirenePusobnostiVKraji": orps,
        "kontaktniOsoby": [{"jmeno": "Karel", "prijmeni": "Kontaktní", "email": "karel@example.cz"}],
        "doplnkoveUdaje": {
            "realizacePoskytovani": [{"priloha": {"url": f"https://www.mpsv.cz/agportal-server/rest/documents/{ident}"}}],
            "planyFinancnihoZajisteni": [],
            "personalniZajisteni": [],
        },
    }
    if name:
        item["nazevSluzby"] = name
    return item


HK = dict(kraj=86, okres=3602, obec=569810)
NA = dict(kraj=86, okres=3605, obec=573868)
TU = dict(kraj=86, okres=3610, obec=579025)

P1 = provider("00191230", "Domov Tereza, poskytovatel sociálních služeb", 331,
              address(**HK, street="Pražská", house=120, orient="5", psc="50002", point=21534661))
P2 = provider("73456284", "Jana Nováková", 101, address(**NA, street="Zahradní", house=44, psc="54701", point=27362442))
P3 = provider("26592207", "Bezpečný domov, z.s.", 706, address(**HK, street="Gočárova", house=1620, psc="50002", point=21534670))
P4 = provider("25246500", "Linka pomoci, o.p.s.", 141, address(**TU, street="Horská", house=5, psc="54101", point=25001953))
P5 = provider("00853020", "Domovy Podzvičinsko, příspěvková organizace", 331,
              address(kraj=86, okres=3604, obec=572659, street="Tyršova", house=345, psc="50601", point=21934518))
P6 = provider("60437774", "Poradna Praha, z.ú.", 161, address(kraj=19, okres=3100, obec=554782, street="Karlovo náměstí",
                                                              house=10, psc="12000", point=21708363))


def small_services():
    return [
        service(1, 1000001, 13, P1, [form("pob", True, [(60, "luzka")])], [24, 11], [7, 8],
                [facility("Domov Tereza", address(**HK, street="Pražská", house=120, orient="5", psc="50002", point=21534661))],
                [ref("Orp", 5205)], name="Domov pro seniory Tereza"),
        service(2, 1000002, 4, P1, [form("ter", False, [(120, "klient")]), form("amb", False, [(20, "klient")])],
                [24, 17], [6, 7, 8],
                [facility("Pečovatelská služba Tereza", address(**HK, street="Pražská", house=120, psc="50002", point=21534661))],
                [ref("Orp", 5205), ref("Orp", 5212)], name="Pečovatelská služba Tereza"),
        # A natural person: no service name in the item, the person's name in the facility's name.
        service(3, 1000003, 3, P2, [form("ter", False, [(8, "klient")])], [15, 17], [5, 6, 7],
                [facility("Osobní asistence Jana Nováková", address(**NA, street="Zahradní", house=44, psc="54701",
                                                                    point=27362442))],
                [ref("Orp", 5209)]),
        # A shelter: its address is secret.
        service(4, 1000004, 20, P3, [form("pob", True, [(24, "luzka")])], [3, 23], [5, 6],
                [facility("Azylový dům Bezpečí", address(**HK, street="Tajná", house=13, orient="2", psc="50003",
                                                          point=21599999), secret=True)],
                [ref("Orp", 5205)], name="Azylový dům Bezpečí"),
        service(5, 1000005, 34, P3, [form("amb", False, [(300, "interv")]), form("ter", False, [(150, "kontakt")])],
                [3, 19], [9],
                [facility("Intervenční centrum Hradec Králové", address(**HK, street="Gočárova", house=1620, psc="50002",
                                                                         point=21534670)),
                 facility("Intervenční centrum, pobočka Náchod", address(**NA, street="Palackého", house=1,
                                                                          psc="54701", point=27362450))],
                [ref("Orp", 5205), ref("Orp", 5209)], name="Intervenční centrum"),
        service(6, 1000006, 18, P4, [form("ter", True, [(9000, "hovor")])], [19], [9],
                [facility("Linka pomoci", address(**TU, street="Horská", house=5, psc="54101", point=25001953))],
                [ref("Orp", 5214)], name="Linka pomoci"),
        # Territories given as {"kod": …} and as plain codes.
        service(7, 1000007, 25, P4, [form("amb", False, [(40, "klient")]), form("ter", False, [(800, "kontakt")])],
                [1], [3, 4, 5],
                [facility("Klub Trutnov", address(**TU, street="Horská", house=5, psc="54101", point=25001953))],
                [{"kod": 5214}, "5215"], name="Nízkoprahový klub Trutnov"),
        # Three facilities, one of them without an address-point code.
        service(8, 1000008, 14, P5, [form("pob", True, [(90, "luzka")])], [10, 14], [6, 7, 8],
                [facility("Domov Tyršova", address(kraj=86, okres=3604, obec=572659, street="Tyršova", house=345,
                                                    psc="50601", point=21934518)),
                 facility("Domov Zámecká", address(kraj=86, okres=3604, obec=572659, street="Zámecká", house=12,
                                                    psc="50601", point=21934526)),
                 facility("Domácnost Valdice", address(kraj=86, okres=3604, obec=573477, house=7, psc="50711"))],
                [ref("Orp", 5207)], name="Domov se zvláštním režimem Podzvičinsko"),
        service(9, 1000009, 30, P5, [form("amb", False, [(15, "klient")])], [14], [5, 6],
                [facility("Dílna Jičín", address(kraj=86, okres=3604, obec=572659, street="Tyršova", house=345,
                                                  psc="50601", point=21934518))],
                [ref("Orp", 5207)], name="Sociálně terapeutická dílna Jičín"),
        service(10, 1000010, 1, P6, [form("amb", False, [(500, "klient")])], [19, 23], [9],
                [facility("Poradna Praha", address(kraj=19, okres=3100, obec=554782, street="Karlovo náměstí",
                                                    house=10, psc="12000", point=21708363))],
                [], name="Poradna Praha"),
    ]


def write(name, items, indent=2):
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"polozky": items}, f, ensure_ascii=False, indent=indent)
        f.write("\n")
    return path


def item_start_lines(path):
    """Lines where the elements of polozky start (indent 2: a line that is exactly '    {')."""
    with open(path, encoding="utf-8") as f:
        return [n for n, line in enumerate(f, 1) if line.rstrip("\n") == "    {"]


def main():
    v1 = small_services()
    write("rpss_small.json", v1)

    # Version 2: service 1000001 gets more beds, 1000009 is gone, 1000011 is new.
    v2 = copy.deepcopy(v1)
    v2[0]["formy"][0]["kapacity"][0]["pocet"] = 64
    v2 = [s for s in v2 if s["identifikator"] != 1000009]
    v2.append(service(11, 1000011, 10, P1, [form("amb", False, [(25, "klient")])], [24], [7, 8],
                      [facility("Denní stacionář Tereza", address(**HK, street="Pražská", house=122, psc="50002",
                                                                   point=21534688))],
                      [ref("Orp", 5205)], name="Denní stacionář Tereza"))
    write("rpss_small_v2.json", v2)

    # An ended service besides two current ones.
    ended = copy.deepcopy(v1[:2])
    ended.append(service(12, 1000012, 8, P1, [form("pob", False, [(5, "luzka")])], [24], [8],
                         [facility("Odlehčovací pobyty Tereza", address(**HK, street="Pražská", house=120, psc="50002",
                                                                         point=21534661), do="2021-06-30")],
                         [ref("Orp", 5205)], name="Odlehčovací služba Tereza", do="2021-06-30"))
    write("rpss_ended.json", ended)

    # Unknown codes: kind 99, target group 77, age group 42, capacity type postele, ORP 9999, form xyz.
    unknown = copy.deepcopy(v1[:2])
    u = unknown[0]
    u["druhSocialniSluzby"] = ref("DruhSocialniSluzby", 99)
    u["ciloveSkupiny"].append(ref("CilovaSkupinaOsoby", 77))
    u["vekoveSkupiny"].append(ref("VekovaSkupinaOsoby", 42))
    u["formy"][0]["kapacity"].append({"pocet": 3, "popis": None, "typ": ref("TypKapacitySocialniSluzby", "postele")})
    u["formy"].append(form("xyz", False, [(1, "klient")]))
    u["rozsirenePusobnostiVKraji"].append(ref("Orp", 9999))
    write("rpss_unknown_codes.json", unknown)

    # Broken items between valid ones.
    broken = copy.deepcopy(v1[:5])
    del broken[1]["druhSocialniSluzby"]                      # item 2
    broken[2]["formy"][0]["kapacity"][0]["pocet"] = "osm"     # item 3
    broken[3]["identifikator"] = ""                           # item 4
    path = write("rpss_broken.json", broken)
    lines = item_start_lines(path)
    with open(os.path.join(HERE, "expected_broken.csv"), "w", encoding="utf-8") as f:
        f.write("index,line,reason\n")
        f.write(f"2,{lines[1]},missing druhSocialniSluzby\n")
        f.write(f"3,{lines[2]},formy[0].kapacity[0].pocet is not a number\n")
        f.write(f"4,{lines[3]},identifikator is empty\n")

    # Malformed JSON: a missing comma between two members of item 2.
    text = json.dumps({"polozky": copy.deepcopy(v1[:3])}, ensure_ascii=False, indent=2) + "\n"
    needle = '"identifikator": 1000002,'
    pos = text.index(needle) + len(needle) - 1
    text = text[:pos] + text[pos + 1:]
    with open(os.path.join(HERE, "rpss_syntax_error.json"), "w", encoding="utf-8") as f:
        f.write(text)
    error_line = text[:pos].count("\n") + 2  # the member after the missing comma is on the next line
    with open(os.path.join(HERE, "expected_syntax_error.csv"), "w", encoding="utf-8") as f:
        f.write("line\n")
        f.write(f"{error_line}\n")

    # The same data as one line (no newlines at all), as some exports are.
    write("rpss_small_compact.json", v1, indent=None)


if __name__ == "__main__":
    main()
