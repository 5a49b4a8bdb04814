#include "registry/import/rpss_item.hpp"

#include <boost/json/object.hpp>
#include <boost/json/string.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string_view>

#include "platform/core/text.hpp"
#include "registry/import/rpss_values.hpp"

namespace kvalis::importers {
namespace json = boost::json;
namespace {

// Lower-case words without diacritics, of at least 4 letters and not an academic title.
std::vector<std::string> words(std::string_view text) {
  static const std::vector<std::string> kTitles = {"phdr", "mudr", "judr",    "rndr", "paeddr",
                                                   "thdr", "mvdr", "pharmdr", "prof"};
  std::vector<std::string> out;
  std::string w;
  for (char c : search_key(text) + " ") {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      w.push_back(c);
      continue;
    }
    if (w.size() >= 4 && std::find(kTitles.begin(), kTitles.end(), w) == kTitles.end()) out.push_back(w);
    w.clear();
  }
  return out;
}

// Longest text kept per kind of field (bytes of UTF-8). The registry's own values are far shorter; a
// longer one is a broken or hostile file and makes its item bad.
constexpr std::size_t kMaxCode = 50;          // code-list codes, identifiers, house numbers, postcodes
constexpr std::size_t kMaxName = 500;         // names of services, providers and facilities
constexpr std::size_t kMaxAddressPart = 200;  // street, municipality
constexpr std::size_t kMaxContact = 500;      // an e-mail address, a phone number, a web address
constexpr std::size_t kMaxNote = 2000;        // notes and descriptions

std::string index_path(std::string_view field, std::size_t i) {
  return std::string(field) + "[" + std::to_string(i) + "]";
}

// ---- the mapper -------------------------------------------------------------------------------

class Mapper {
 public:
  Mapper(const RegistryCodes& codes, const MappingOptions& options, MappedItem& out)
      : codes_(codes), options_(options), out_(out) {}

  void map(const json::value& item) {
    if (!item.is_object()) {
      error("item is not an object");
      return;
    }
    const auto& o = item.get_object();
    map_identity(o);
    check_identity_lengths();
    map_dates(o);
    map_kind(o);
    map_provider(o);
    map_forms(o);
    map_groups(o, "ciloveSkupiny", kTargetGroups, out_.service.target_groups);
    map_groups(o, "vekoveSkupiny", kAgeGroups, out_.service.age_groups);
    out_.service.age_note =
        limited(text_of(o, {"doplnujiciInformaceVekoveSkupiny"}), "doplnujiciInformaceVekoveSkupiny", kMaxNote, true);
    map_territories(o);
    map_facilities(o);
    map_contacts(o);
    map_region(o);
    map_name(o);
    check_code_lengths();
  }

 private:
  void error(std::string m) { out_.errors.push_back(std::move(m)); }

  // The text when it fits and holds no control or text-direction character; otherwise an error naming
  // the field (with its place in the item) and nothing kept.
  std::string limited(std::string text, const std::string& path, std::size_t max, bool multi_line = false) {
    if (text.size() > max) {
      error(path + " is longer than " + std::to_string(max) + " characters (" + std::to_string(text.size()) + ")");
      return {};
    }
    if (const auto bad = forbidden_character(text, multi_line)) {
      char code[16];
      std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(*bad));
      error(path + " holds a control or text-direction character (" + code + ")");
      return {};
    }
    return text;
  }
  void check_code_length(const std::string& code, const std::string& path) {
    if (code.size() > kMaxCode)
      error(path + " is longer than " + std::to_string(kMaxCode) + " characters (" + std::to_string(code.size()) + ")");
  }
  void check_identity_lengths() {
    auto& s = out_.service;
    s.registry_id = limited(std::move(s.registry_id), "identifikator", kMaxCode);
    s.registry_item_id = limited(std::move(s.registry_item_id), "id", kMaxCode);
  }
  // Codes of code lists are kept as given (unknown ones with a warning), but not of any length.
  void check_code_lengths() {
    const auto& s = out_.service;
    const auto& p = out_.provider;
    check_code_length(s.kind_code, "druhSocialniSluzby");
    check_code_length(p.legal_form_code, "poskytovatel.pravniForma");
    check_code_length(s.region_code, "kraj");
    for (const auto& f : s.forms) {
      check_code_length(f.form_code, "formy.forma");
      for (const auto& c : f.capacities) check_code_length(c.type_code, "formy.kapacity.typ");
    }
    for (const auto& g : s.target_groups) check_code_length(g, "ciloveSkupiny");
    for (const auto& g : s.age_groups) check_code_length(g, "vekoveSkupiny");
    for (const auto& t : s.territories) check_code_length(t, "rozsirenePusobnostiVKraji");
    for (std::size_t i = 0; i < s.facilities.size(); ++i) {
      const auto& a = s.facilities[i].address;
      const std::string path = index_path("zarizeni", i) + ".adresa.";
      check_code_length(s.facilities[i].territory_code, path + "orp");
      for (const auto* code : {&a.region_code, &a.district_code, &a.municipality_code})
        check_code_length(*code, path + (code == &a.region_code     ? "kraj"
                                         : code == &a.district_code ? "okres"
                                                                    : "obec"));
    }
  }
  void warn(std::string m) {
    if (std::find(out_.warnings.begin(), out_.warnings.end(), m) == out_.warnings.end())
      out_.warnings.push_back(std::move(m));
  }
  // Unknown codes are kept as given and reported.
  void check_code(std::string_view catalogue, const std::string& code, std::string_view field) {
    if (!code.empty() && code.size() <= kMaxCode && !codes_.has(catalogue, code))
      warn("unknown " + std::string(catalogue) + " code \"" + code + "\" in " + std::string(field));
  }

  // Reads a date member; a present but unreadable value is an error.
  std::string date_member(const json::object& o, std::string_view key, const std::string& path) {
    const auto* v = member(o, key);
    if (!v) return {};
    auto d = date_from_value(*v);
    if (!d) {
      error(path + std::string(key) + " is not a date");
      return {};
    }
    return *d;
  }

  void map_identity(const json::object& o) {
    const auto* id = member(o, "identifikator");
    if (!id) {
      error("missing identifikator");
    } else if (auto t = scalar_text(*id)) {
      if (t->empty()) error("identifikator is empty");
      out_.service.registry_id = *t;
    } else {
      error("identifikator is not a string or a number");
    }
    out_.service.registry_item_id = text_of(o, {"id"});
  }

  void map_dates(const json::object& o) {
    auto& s = out_.service;
    s.registered_from = date_member(o, "datumPoskytovaniOd", "");
    const std::string to = date_member(o, "datumPoskytovaniDo", "");
    if (!to.empty() && to < options_.today) {
      out_.ended = true;
      s.status = "ended";
      s.ended_on = to;
    }
  }

  void map_kind(const json::object& o) {
    const auto* kind = member(o, "druhSocialniSluzby");
    if (!kind) {
      error("missing druhSocialniSluzby");
      return;
    }
    auto code = reference_code(*kind);
    if (!code) {
      error("druhSocialniSluzby has no code");
      return;
    }
    out_.service.kind_code = *code;
    check_code(kServiceKinds, *code, "druhSocialniSluzby");
  }

  // path names the fields in errors (with the item's indices); code_path in warnings about unknown codes,
  // which are counted over all items by their text.
  registry::Address address(const json::object& a, const std::string& path, const std::string& code_path) {
    registry::Address out;
    if (const auto* street = member(a, "ulice")) {
      if (street->is_object())
        out.street = text_of(street->get_object(), {"nazev"});
      else if (auto t = scalar_text(*street))
        out.street = *t;
    }
    out.street = limited(std::move(out.street), path + "ulice", kMaxAddressPart);
    out.house_number = limited(text_of(a, {"cisloDomovni"}), path + "cisloDomovni", kMaxCode);
    out.orientation_number =
        limited(text_of(a, {"cisloOrientacni"}) + text_of(a, {"cisloOrientacniPismeno", "znakCislaOrientacniho"}),
                path + "cisloOrientacni", kMaxCode);
    out.address_point_code = limited(text_of(a, {"kodAdresnihoMista"}), path + "kodAdresnihoMista", kMaxCode);
    out.postcode = limited(text_of(a, {"psc"}), path + "psc", kMaxCode);
    out.postcode.erase(std::remove(out.postcode.begin(), out.postcode.end(), ' '), out.postcode.end());
    auto ref = [&](std::string_view key) {
      const auto* v = member(a, key);
      auto c = v ? reference_code(*v) : std::nullopt;
      return c ? *c : std::string();
    };
    out.region_code = ref("kraj");
    out.district_code = ref("okres");
    out.municipality_code = ref("obec");
    if (const auto* obec = member(a, "obec"); obec && obec->is_object())
      out.municipality_name = text_of(obec->get_object(), {"nazev"});
    if (out.municipality_name.empty()) out.municipality_name = text_of(a, {"nazevObce"});
    out.municipality_name = limited(std::move(out.municipality_name), path + "obec.nazev", kMaxAddressPart);
    check_code(kRegions, out.region_code, code_path + "kraj");
    return out;
  }

  void map_provider(const json::object& o) {
    const auto* pv = member(o, "poskytovatel");
    if (!pv || !pv->is_object()) {
      error(pv ? "poskytovatel is not an object" : "missing poskytovatel");
      return;
    }
    const auto& p = pv->get_object();
    auto& out = out_.provider;
    map_ico(p);
    if (const auto* lf =
            first_member(p, {"pravniForma", "formaPravniSubjektivity", "formaPravni", "pravniFormaSubjektu"})) {
      if (auto code = reference_code(*lf)) {
        out.legal_form_code = *code;
        check_code(kLegalForms, *code, "poskytovatel.pravniForma");
      }
    }
    out_.natural_person = codes_.natural_person_form(out.legal_form_code);
    person_name_ = limited(text_of(p, {"nazev", "obchodniJmeno"}), "poskytovatel.nazev", kMaxName);
    if (out_.natural_person) {
      // Never the person's name; never the person's address (often their home).
      out.name = "Fyzická osoba (IČO " + out.ico + ")";
    } else {
      out.name = person_name_;
      person_name_.clear();
      if (out.name.empty()) error("poskytovatel.nazev is empty");
    }
    if (const auto* a = first_member(p, {"adresa", "sidlo", "adresaSidla"}); a && a->is_object()) {
      const auto addr = address(a->get_object(), "poskytovatel.adresa.", "poskytovatel.adresa.");
      out.region_code = addr.region_code;
      if (!out_.natural_person) out.address = addr.format();
    }
  }

  void map_ico(const json::object& p) {
    const auto* v = member(p, "ico");
    auto t = v ? scalar_text(*v) : std::nullopt;
    if (!v) {
      error("missing poskytovatel.ico");
      return;
    }
    if (!t || t->empty()) {
      error("poskytovatel.ico is empty");
      return;
    }
    std::string ico = *t;
    ico.erase(std::remove(ico.begin(), ico.end(), ' '), ico.end());
    if (ico.empty() || ico.size() > 8 ||
        !std::all_of(ico.begin(), ico.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      error("poskytovatel.ico \"" + *t + "\" is not an IČO");
      return;
    }
    ico.insert(0, 8 - ico.size(), '0');  // a number lost its leading zeros
    if (!is_valid_ico(ico)) warn("poskytovatel.ico " + ico + " fails the IČO check digit");
    out_.provider.ico = ico;
  }

  std::optional<int> capacity_count(const json::value* v, const std::string& path) {
    if (!v) {
      error(path + " is missing");
      return std::nullopt;
    }
    double d = 0;
    if (v->is_int64())
      d = static_cast<double>(v->get_int64());
    else if (v->is_uint64())
      d = static_cast<double>(v->get_uint64());
    else if (v->is_double())
      d = v->get_double();
    else if (v->is_string()) {
      const auto s = std::string(trim(v->get_string()));
      char* end = nullptr;
      d = s.empty() ? 0 : std::strtod(s.c_str(), &end);
      if (s.empty() || end != s.c_str() + s.size()) {
        error(path + " is not a number");
        return std::nullopt;
      }
    } else {
      error(path + " is not a number");
      return std::nullopt;
    }
    if (std::floor(d) != d) {
      error(path + " is not a whole number");
      return std::nullopt;
    }
    if (d < 0 || d > 1e9) {
      error(path + " is out of range");
      return std::nullopt;
    }
    return static_cast<int>(d);
  }

  void map_forms(const json::object& o) {
    const auto* formy = member(o, "formy");
    if (!formy || !formy->is_array() || formy->get_array().empty()) {
      if (formy && !formy->is_array())
        error("formy is not an array");
      else
        warn("no formy (forms of the service)");
      return;
    }
    const auto& arr = formy->get_array();
    for (std::size_t i = 0; i < arr.size(); ++i) {
      const std::string path = index_path("formy", i);
      if (!arr[i].is_object()) {
        error(path + " is not an object");
        continue;
      }
      const auto& f = arr[i].get_object();
      const auto* forma = member(f, "forma");
      auto code = forma ? reference_code(*forma) : std::nullopt;
      if (!code) {
        error(path + ".forma is missing");
        continue;
      }
      check_code(kServiceForms, *code, "formy.forma");
      // One row per form (the schema's UNIQUE (service_id, form_code)): repeated forms are merged.
      auto& forms = out_.service.forms;
      auto it = std::find_if(forms.begin(), forms.end(), [&](const auto& x) { return x.form_code == *code; });
      if (it == forms.end()) {
        forms.push_back(registry::ServiceForm{*code, false, {}});
        it = forms.end() - 1;
      }
      it->continuous = it->continuous || truthy(member(f, "nepretrzitePoskytovani"));
      map_capacities(f, path, *it);
    }
  }

  void map_capacities(const json::object& f, const std::string& path, registry::ServiceForm& form) {
    const auto* kap = member(f, "kapacity");
    if (!kap) return;
    if (!kap->is_array()) {
      error(path + ".kapacity is not an array");
      return;
    }
    const auto& arr = kap->get_array();
    for (std::size_t j = 0; j < arr.size(); ++j) {
      const std::string cpath = path + "." + index_path("kapacity", j);
      if (!arr[j].is_object()) {
        error(cpath + " is not an object");
        continue;
      }
      const auto& c = arr[j].get_object();
      auto count = capacity_count(member(c, "pocet"), cpath + ".pocet");
      registry::Capacity cap;
      if (const auto* typ = member(c, "typ")) {
        if (auto code = reference_code(*typ)) cap.type_code = *code;
      }
      if (cap.type_code.empty()) warn("a capacity without typ (formy.kapacity.typ)");
      check_code(kCapacityTypes, cap.type_code, "formy.kapacity.typ");
      cap.description = limited(text_of(c, {"popis"}), cpath + ".popis", kMaxNote, true);
      if (!count) continue;
      cap.count = *count;
      form.capacities.push_back(std::move(cap));
    }
  }

  void map_groups(const json::object& o, std::string_view key, std::string_view catalogue,
                  std::vector<std::string>& out) {
    const auto* v = member(o, key);
    if (!v) return;
    if (!v->is_array()) {
      error(std::string(key) + " is not an array");
      return;
    }
    for (const auto& e : v->get_array()) {
      auto code = reference_code(e);
      if (!code) {
        warn("an element of " + std::string(key) + " has no code");
        continue;
      }
      check_code(catalogue, *code, key);
      out.push_back(*code);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
  }

  // ORP territories; see the header for the shapes accepted.
  void collect_territories(const json::value& v, int depth) {
    if (depth > 4) return;
    if (v.is_array()) {
      for (const auto& e : v.get_array()) collect_territories(e, depth + 1);
      return;
    }
    if (v.is_object()) {
      const auto& o = v.get_object();
      if (const auto* k = member(o, "kraj"); k && territory_region_.empty()) {
        if (auto c = reference_code(*k)) territory_region_ = *c;
      }
      if (member(o, "kod") || member(o, "id")) {
        if (auto c = reference_code(v)) territories_.push_back(*c);
        return;
      }
      bool found = false;
      for (auto key : {"kodOrp", "orp", "obecSRozsirenouPusobnosti", "rozsirenaPusobnost", "pusobnost"}) {
        if (const auto* inner = member(o, key)) {
          collect_territories(*inner, depth + 1);
          found = true;
        }
      }
      if (!found) {
        for (const auto& kv : o)
          if (kv.value().is_array()) {
            collect_territories(kv.value(), depth + 1);
            found = true;
          }
      }
      if (!found) warn("an element of rozsirenePusobnostiVKraji is not a territory reference");
      return;
    }
    if (auto c = reference_code(v))
      territories_.push_back(*c);
    else if (!v.is_null())
      warn("an element of rozsirenePusobnostiVKraji is not a territory reference");
  }

  void map_territories(const json::object& o) {
    const auto* v = member(o, "rozsirenePusobnostiVKraji");
    if (!v) return;
    collect_territories(*v, 0);
    auto& out = out_.service.territories;
    out.clear();
    for (const auto& code : territories_) out.push_back(codes_.territory(code));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    for (const auto& code : out) check_code(kTerritories, code, "rozsirenePusobnostiVKraji");
  }

  void map_facilities(const json::object& o) {
    const auto* v = member(o, "zarizeni");
    if (!v) return;
    if (!v->is_array()) {
      error("zarizeni is not an array");
      return;
    }
    const auto& arr = v->get_array();
    for (std::size_t i = 0; i < arr.size(); ++i) {
      const std::string path = index_path("zarizeni", i);
      if (!arr[i].is_object()) {
        error(path + " is not an object");
        continue;
      }
      const auto& z = arr[i].get_object();
      registry::Facility f;
      f.name = limited(text_of(z, {"nazev"}), path + ".nazev", kMaxName);
      f.provided_from = date_member(z, "poskytujeOd", path + ".");
      f.provided_to = date_member(z, "poskytujeDo", path + ".");
      if (!f.provided_to.empty() && f.provided_to < options_.today && !options_.history) continue;
      f.secret = truthy(member(z, "utajenaAdresa"));
      if (const auto* a = member(z, "adresa"); a && a->is_object()) {
        f.address = address(a->get_object(), path + ".adresa.", "zarizeni.adresa.");
        if (const auto* orp = first_member(a->get_object(), {"orp", "obecSRozsirenouPusobnosti"})) {
          if (auto c = reference_code(*orp)) f.territory_code = codes_.territory(*c);
          check_code(kTerritories, f.territory_code, "zarizeni.adresa.orp");
        }
        // Without an ORP in the export, the facility's municipality says where it lies.
        if (f.territory_code.empty()) f.territory_code = codes_.territory_of_municipality(f.address.municipality_code);
      }
      if (const auto* k = member(z, "kapacita")) {
        if (auto c = scalar_text(*k);
            c && !c->empty() && std::all_of(c->begin(), c->end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
          f.capacity = std::stoi(*c);
      }
      if (f.secret) {
        // A secret address (e.g. a shelter) keeps only region, district and municipality codes.
        f.address.street.clear();
        f.address.house_number.clear();
        f.address.orientation_number.clear();
        f.address.address_point_code.clear();
        f.address.postcode.clear();
        f.address.municipality_name.clear();
        ++out_.secret_facilities;
      }
      out_.service.facilities.push_back(std::move(f));
    }
  }

  void map_contacts(const json::object& o) {
    struct Source {
      const char* array;
      const char* field;
      const char* kind;
    };
    for (const Source& src :
         {Source{"emaily", "email", "email"}, Source{"telefony", "telefon", "phone"}, Source{"weby", "web", "web"}}) {
      const auto* v = member(o, src.array);
      if (!v || !v->is_array()) continue;
      const auto& arr = v->get_array();
      for (std::size_t i = 0; i < arr.size(); ++i) {
        const auto& e = arr[i];
        const std::string path = index_path(src.array, i);
        registry::Contact c;
        c.kind = src.kind;
        if (e.is_object()) {
          c.value = limited(text_of(e.get_object(), {src.field}), path + "." + src.field, kMaxContact);
          c.note = limited(text_of(e.get_object(), {"poznamka"}), path + ".poznamka", kMaxNote, true);
        } else if (auto t = scalar_text(e)) {
          c.value = limited(*t, path, kMaxContact);
        }
        if (!c.value.empty()) out_.service.contacts.push_back(std::move(c));
      }
    }
  }

  // The service's region: where its first facility is, else its contact address, else the region of its
  // ORP territories, else the provider's seat.
  void map_region(const json::object& o) {
    auto& region = out_.service.region_code;
    for (const auto& f : out_.service.facilities)
      if (region.empty() && !f.address.region_code.empty()) region = f.address.region_code;
    if (region.empty()) {
      if (const auto* k = member(o, "kontaktniAdresy"); k && k->is_array()) {
        for (const auto& a : k->get_array()) {
          if (!region.empty() || !a.is_object()) continue;
          const json::object* ao = &a.get_object();
          if (const auto* inner = member(*ao, "adresa"); inner && inner->is_object()) ao = &inner->get_object();
          if (const auto* kraj = member(*ao, "kraj"))
            if (auto c = reference_code(*kraj)) region = *c;
        }
      }
    }
    if (region.empty()) region = territory_region_;
    for (const auto& t : out_.service.territories)
      if (region.empty()) region = codes_.parent(kTerritories, t);
    if (region.empty()) region = out_.provider.region_code;
    if (region.empty()) warn("no region (kraj) found for the service");
    check_code(kRegions, region, "the service's region");
  }

  void map_name(const json::object& o) {
    auto& s = out_.service;
    s.name = limited(text_of(o, {"nazev", "nazevSluzby"}), "nazev", kMaxName);
    std::string kind_name = codes_.name(kServiceKinds, s.kind_code);
    if (kind_name.empty()) kind_name = "Druh " + s.kind_code;
    const std::string fallback = kind_name + " – " + out_.provider.name;
    // A natural person's name (or just their surname) may be repeated in the service's or a facility's
    // name: any word of it makes the name fall back to the kind's.
    const auto person = words(person_name_);
    const auto names_person = [&](const std::string& name) {
      for (const auto& w : words(name))
        if (std::find(person.begin(), person.end(), w) != person.end()) return true;
      return false;
    };
    if (s.name.empty() || names_person(s.name)) s.name = fallback;
    for (auto& f : s.facilities)
      if (names_person(f.name)) f.name = kind_name;
  }

  const RegistryCodes& codes_;
  const MappingOptions& options_;
  MappedItem& out_;
  std::string person_name_;  // a natural-person provider's name: only to keep it out of other names
  std::vector<std::string> territories_;
  std::string territory_region_;
};

}  // namespace

const std::vector<std::string>& rpss_ignored_keys() {
  // statutarniOrgany and kontaktniOsoby hold names of people; doplnkoveUdaje links attached documents;
  // casoveRozsahy (opening hours) and faxy are not kept.
  static const std::vector<std::string> keys = {"statutarniOrgany", "kontaktniOsoby", "doplnkoveUdaje", "casoveRozsahy",
                                                "faxy"};
  return keys;
}

MappedItem map_rpss_item(const json::value& item, const RegistryCodes& codes, const MappingOptions& options) {
  MappedItem out;
  Mapper(codes, options, out).map(item);
  return out;
}

}  // namespace kvalis::importers
