#!/usr/bin/env python3
"""Writes the seed corpus of every fuzz target (tests/fuzz/corpus/<target>/) from the project's own test
data, catalogues and OpenAPI document. Run from the repository root: python3 tests/fuzz/make_seeds.py.
The seeds are small real-looking inputs; libFuzzer grows its own corpus from them (outside git)."""
import csv
import hashlib
import io
import json
import os
import re
import zipfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "tests", "fuzz", "corpus")


def write(target, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    d = os.path.join(OUT, target)
    os.makedirs(d, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def read(rel):
    with open(os.path.join(ROOT, rel), "rb") as f:
        return f.read()


def small_csv_files(limit):
    found = []
    for dirpath, _, files in sorted(os.walk(os.path.join(ROOT, "tests", "data"))):
        for f in sorted(files):
            p = os.path.join(dirpath, f)
            if f.endswith(".csv") and os.path.getsize(p) < 3000:
                found.append(os.path.relpath(p, ROOT))
    step = max(1, len(found) // limit)
    return found[::step][:limit]


# ---- csv_reader: mode byte (delimiter) + a CSV file --------------------------------------------------
for i, rel in enumerate(small_csv_files(24)):
    if i % 2:
        write("csv_reader_fuzz", b"\x01" + read(rel).replace(b",", b";"))
    else:
        write("csv_reader_fuzz", b"\x00" + read(rel))
for rel in ["tests/data/catalogue/bom_crlf.csv", "tests/data/catalogue/unterminated_quote.csv"]:
    write("csv_reader_fuzz", bytes([0]) + read(rel))
write("csv_reader_fuzz", b'\x00a,"b ""quoted""",c\r\n"multi\nline",=1+2,@x\r\n')

# ---- standards_import: mode byte + criteria CSV --------------------------------------------------------
for rel in ["tests/data/quality/versioning/v1.csv", "tests/data/quality/versioning/v2.csv",
            "tests/data/quality/versioning/bad.csv", "tests/data/catalogue/criteria_bad.csv",
            "tests/data/catalogue/standards_bad.csv", "tests/data/catalogue/bad_rows.csv",
            "tests/data/catalogue/missing_column.csv"]:
    for mode in (0, 3, 5, 7):
        write("standards_import_fuzz", bytes([mode]) + read(rel))
criteria = read("catalogues/criteria.csv").decode("utf-8").splitlines(True)
write("standards_import_fuzz", b"\x01" + "".join(criteria[:6]).encode())
write("standards_import_fuzz", b"\x00" + read("catalogues/standards.csv")[:2000])

# ---- formula: one expression; "numerator|denominator" for an indicator -----------------------------------
with open(os.path.join(ROOT, "tests/data/benchmark/formula_parse.csv"), encoding="utf-8") as f:
    rows = [r for r in csv.reader(line for line in f if not line.startswith("#"))][1:]
for r in rows[:30]:
    if r:
        write("formula_fuzz", r[0])
write("formula_fuzz", "costs_total | clients_served")
write("formula_fuzz", "bed_days | (capacity_beds * 365)")
write("formula_fuzz", "-(1.5e3 - fte_direct) / 0.0")

# ---- rpss_reader: mode byte + {"polozky": [...]} --------------------------------------------------------
doc = json.loads(read("tests/data/registry/rpss/rpss_small.json"))
items = doc["polozky"]
for i, item in enumerate(items[:12]):
    write("rpss_reader_fuzz", bytes([[0, 0x07, 0x21, 0x43][i % 4]]) +
          json.dumps({"polozky": [item]}, ensure_ascii=False, indent=1 if i % 2 else None).encode())
write("rpss_reader_fuzz", b"\x00" + json.dumps({"polozky": items[:3]}, ensure_ascii=False).encode())
for rel in ["tests/data/registry/rpss/rpss_syntax_error.json", "tests/data/registry/rpss/rpss_broken.json",
            "tests/data/registry/rpss/rpss_unknown_codes.json", "tests/data/registry/rpss/rpss_ended.json"]:
    text = read(rel)
    write("rpss_reader_fuzz", b"\x40" + text[:6000])
write("rpss_reader_fuzz", b'\x01{"polozky": []}')
write("rpss_reader_fuzz", b'\x00{"jine": 1}')


# ---- xlsx_reader: small workbooks (stored and deflated entries, shared and inline strings) ------------------
def xlsx(rows, shared=True, method=zipfile.ZIP_DEFLATED, row_numbers=True):
    strings = []
    sheet_rows = []
    for n, row in enumerate(rows, 1):
        cells = []
        for c, value in enumerate(row):
            ref = "%s%d" % (chr(65 + c), n)
            if isinstance(value, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, value))
            elif shared:
                strings.append(value)
                cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, len(strings) - 1))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, value))
        attr = ' r="%d"' % n if row_numbers else ""
        sheet_rows.append("<row%s>%s</row>" % (attr, "".join(cells)))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="List1" sheetId="1"/></sheets></workbook>')
        if shared:
            z.writestr("xl/sharedStrings.xml", '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">%s</sst>' % "".join("<si><t>%s</t></si>" % s for s in strings))
        z.writestr("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % "".join(sheet_rows))
    return buf.getvalue()


write("xlsx_reader_fuzz", xlsx([["kód", "hodnota"], ["costs_total", 1200.5], ["fte_direct", 3]]))
write("xlsx_reader_fuzz", xlsx([["service", "value"], ["12", "a &amp; b"]], shared=False))
write("xlsx_reader_fuzz", xlsx([["a", 1], ["b", 2], ["c", -3.25]], method=zipfile.ZIP_STORED))
write("xlsx_reader_fuzz", xlsx([["x"], [], ["y", "z"]], row_numbers=False))
write("xlsx_reader_fuzz", xlsx([["Území", "Počet"], ["Brno", 10], ["Kyjov", 2]], method=zipfile.ZIP_STORED, shared=False))
write("xlsx_reader_fuzz", b"PK\x03\x04not really a zip")


# ---- JSON bodies from the OpenAPI document: one plausible body per request DTO ---------------------------
api = json.loads(read("web/openapi.json"))
schemas = api["components"]["schemas"]


def example(schema, depth=0):
    if "$ref" in schema:
        if depth > 4:
            return None
        return example(schemas[schema["$ref"].split("/")[-1]], depth + 1)
    if "oneOf" in schema:
        return example(schema["oneOf"][0], depth)
    t = schema.get("type")
    if t == "object":
        props = schema.get("properties", {})
        if not props:
            return {}
        return {k: example(v, depth + 1) for k, v in props.items()}
    if t == "array":
        return [example(schema["items"], depth + 1)]
    if t == "string":
        return "2026-05-01" if schema.get("format") == "date" else "Služba 1"
    if t == "integer":
        return 1
    if t == "number":
        return 2.5
    if t == "boolean":
        return True
    return None


request_dtos = set()
for path, ops in api["paths"].items():
    for op in ops.values():
        ref = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {}).get("$ref")
        if ref:
            request_dtos.add(ref)
request_dtos = sorted(request_dtos)  # the target sorts by the same "$ref" text
for i, ref in enumerate(request_dtos):
    if i % 3:
        continue  # a third of the DTOs seeded (a few dozen files); the dictionary names every field of every DTO
    body = json.dumps(example({"$ref": ref}), ensure_ascii=False)
    write("dto_body_fuzz", bytes([i >> 8, i & 0xFF]) + body.encode())


# ---- HTTP requests and query strings from the route table ------------------------------------------------
def fill(path):
    return re.sub(r"\{[^}]*\}", "12", path)


picked = sorted(api["paths"].items())[::14]
for path, ops in picked:
    for method, op in ops.items():
        query = []
        for p in op.get("parameters", []):
            if p.get("in") != "query":
                continue
            s = p.get("schema", {})
            value = s["enum"][0] if "enum" in s else ("2" if s.get("type") == "integer" else "pe%C4%8De")
            query.append("%s=%s" % (p["name"], value))
        target = fill(path) + ("?" + "&".join(query) if query else "")
        ref = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {}).get("$ref")
        body = json.dumps(example({"$ref": ref}), ensure_ascii=False).encode() if ref else b""
        head = "%s %s HTTP/1.1\r\nHost: localhost:8080\r\nCookie: kvalis_session=abc123; other=1\r\n" \
               "X-CSRF-Token: t0k3n\r\nAccept-Language: cs-CZ,cs;q=0.9,en;q=0.8\r\nUser-Agent: Mozilla/5.0\r\n" % (
                   method.upper(), target)
        if body:
            head += "Content-Type: application/json; charset=utf-8\r\nContent-Length: %d\r\n" % len(body)
        write("http_request_fuzz", head.encode() + b"\r\n" + body)
        if query:
            write("query_params_fuzz", "&".join(query))
write("http_request_fuzz", b"POST /api/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
      b"Content-Type: application/json\r\n\r\n7\r\n{\"a\":1}\r\n0\r\n\r\n")
write("http_request_fuzz", b"POST /api/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\nabc")
write("http_request_fuzz", b"GET /api/metrics HTTP/1.0\r\nAuthorization: Bearer abc\r\nX-Forwarded-For: 10.0.0.1, 127.0.0.1\r\n"
      b"X-Forwarded-Proto: https\r\nIf-None-Match: \"v1\"\r\n\r\n")
write("http_request_fuzz", b"HEAD /portal/sluzby?q=%20x HTTP/1.1\r\nHost: x\r\n\r\n")
for q in ["page=1&page_size=200", "page=0", "page_size=999999999999999999999", "q=%20%C5%BElu%C5%A5ou%C4%8Dk%C3%BD%20",
          "status=open&status=closed", "service_id=-1", "a=%zz", "sort=name&dir=desc&page=3"]:
    write("query_params_fuzz", q)


# ---- dictionaries (libFuzzer -dict): tokens the mutations splice in ---------------------------------------
def write_dict(name, tokens):
    lines = []
    for t in sorted(set(tokens)):
        esc = "".join(c if 32 <= ord(c) < 127 and c not in '"\\' else "\\x%02x" % ord(c) for c in t)
        lines.append('"%s"' % esc)
    with open(os.path.join(ROOT, "tests", "fuzz", name), "w") as f:
        f.write("# libFuzzer dictionary, written by tests/fuzz/make_seeds.py\n" + "\n".join(lines) + "\n")


json_tokens = ["{", "}", "[", "]", ":", ",", "null", "true", "false", "0", "-1", "1e308", "-0.0", "1.5", "9007199254740993",
               "18446744073709551616", "\"\"", "\"\\u0000\"", "\"\\ud800\"", "\"\\u00e9\""]
fields = set()
for ref in request_dtos:
    stack = [ref.split("/")[-1]]
    seen = set()
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.add(name)
        for k, v in schemas[name].get("properties", {}).items():
            fields.add('"%s"' % k)
            for r in re.findall(r'"\$ref": "#/components/schemas/([^"]+)"', json.dumps(v)):
                stack.append(r)
write_dict("json.dict", json_tokens + sorted(fields))
rpss_keys = set(re.findall(r'"([A-Za-z]+)":', read("tests/data/registry/rpss/rpss_small.json").decode("utf-8")))
write_dict("rpss.dict", json_tokens + ['"%s"' % k for k in rpss_keys] + ['"polozky"', '"id"', '"kod"'])
write_dict("csv.dict", [",", ";", "\"", "\"\"", "\r\n", "\n", "\xef\xbb\xbf", "=", "+", "-", "@", "'", "\t",
                        "set", "standard", "letter", "essential", "text_cs", "source", "note", "SQSS", "OSPOD", "yes",
                        "no", "unknown", "number", "name_cs", "part", "valid_from", "2026-01-01"])
write_dict("http.dict", ["GET ", "POST ", "PUT ", "PATCH ", "DELETE ", "HEAD ", "OPTIONS ", " HTTP/1.1\r\n",
                         " HTTP/1.0\r\n", "\r\n", "\r\n\r\n", ": ", "Host: ", "Content-Length: ",
                         "Transfer-Encoding: chunked", "Cookie: kvalis_session=", "X-CSRF-Token: ", "Content-Type: application/json",
                         "Accept-Language: ", "X-Forwarded-For: ", "X-Forwarded-Proto: https", "Authorization: Bearer ",
                         "If-None-Match: ", "Connection: keep-alive", "/api/", "/portal/", "?", "&", "=", "%", "%00", "%2F",
                         "/12", "/0", "/-1", "/99999999999999999999", "//", "/../"] +
           sorted({"/" + seg for path in api["paths"] for seg in path.split("/") if seg and not seg.startswith("{")}))
write_dict("formula.dict", ["(", ")", "+", "-", "*", "/", "|", "1e", "e-", ".", "0.0", "1e308", "costs_total",
                            "clients_served", "fte_direct", "bed_days", "capacity_beds", "365", "100"])
print("seed corpus written to", OUT)
