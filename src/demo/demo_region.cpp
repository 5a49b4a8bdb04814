// The generator of the demo region: turns the fixed tables (demo_places, demo_kinds, demo_providers)
// into organisations, registered services and users. Every random choice comes from a std::mt19937
// seeded with a hash of the thing's own key and reduced by our own arithmetic (std distributions differ
// between standard libraries), so the region is the same on every machine and every run.
#include "demo/demo_region.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <random>
#include <set>
#include <stdexcept>

#include "demo/demo_data.hpp"
#include "platform/core/text.hpp"

namespace kvalis::demo {
namespace {

class Rng {
 public:
  explicit Rng(std::string_view key) : engine_(static_cast<std::uint32_t>(stable_hash(key) % 4294967291ULL)) {}
  int between(int lo, int hi) { return lo + static_cast<int>(engine_() % static_cast<std::uint32_t>(hi - lo + 1)); }
  bool chance(int percent) { return between(1, 100) <= percent; }
  template <class T>
  const T& pick(const std::vector<T>& v) {
    return v.at(static_cast<std::size_t>(between(0, static_cast<int>(v.size()) - 1)));
  }

 private:
  std::mt19937 engine_;
};

std::vector<std::string> split(std::string_view text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find(';', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) out.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::string two_digits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

std::string date(int year, int month, int day) {
  return std::to_string(year) + "-" + two_digits(month) + "-" + two_digits(day);
}

// Many services were registered when the act took effect (1 January 2007), most of all those of towns
// and the region, which ran them before; the rest spread to 2024.
std::string registration_date(Rng& rng, int last_year, bool public_founder) {
  if (last_year < 2008 || rng.chance(public_founder ? 65 : 30))
    return date(2007, rng.between(1, 6), rng.between(1, 28));
  return date(rng.between(2008, last_year), rng.between(1, 12), rng.between(1, 28));
}

// Area codes of fixed lines by district (the first ORP of district_territories).
std::string phone(Rng& rng, const std::string& territory) {
  static const std::map<std::string, std::string> kArea = {
      {"5205", "495"}, {"5207", "493"}, {"5209", "491"}, {"5213", "494"}, {"5214", "499"}};
  const auto& area = kArea.at(data::district_territories(territory).front());
  return "+420 " + area + " " + std::to_string(rng.between(100, 999)) + " " + std::to_string(rng.between(100, 999));
}

std::string slug(std::string_view text) {
  std::string out;
  for (char c : search_key(text)) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (alnum)
      out += c;
    else if (!out.empty() && out.back() != '-')
      out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

registry::Address address_in(Rng& rng, const data::Town& town) {
  const auto& street = rng.pick(town.streets);
  registry::Address a;
  a.street = street.name;
  a.house_number = std::to_string(rng.between(1, town.max_house_number));
  if (rng.chance(30)) a.orientation_number = std::to_string(rng.between(1, 40));
  a.municipality_code = town.municipality_code;
  a.municipality_name = town.name;
  a.postcode = street.postcode;
  a.region_code = kDemoRegionCode;
  return a;
}

std::vector<std::string> territories_for(Rng& rng, data::Reach reach, const std::string& own) {
  switch (reach) {
    case data::Reach::own:
      return {own};
    case data::Reach::district:
      return data::district_territories(own);
    case data::Reach::region:
      return data::all_territories();
    case data::Reach::neighbours:
      break;
  }
  std::vector<std::string> out{own};
  for (const auto& t : data::neighbour_territories(own))
    if (out.size() < 3 && rng.chance(55)) out.push_back(t);
  return out;
}

std::string email_domain(const std::string& organisation_key) { return organisation_key + ".example"; }

std::vector<registry::ServiceForm> forms_for(Rng& rng, const data::KindTemplate& kind, const data::Offer& offer) {
  std::vector<registry::ServiceForm> out;
  for (const auto& code : split(offer.forms ? offer.forms : kind.default_forms)) {
    const data::FormSpec* spec = nullptr;
    for (const auto& f : kind.forms)
      if (code == f.form_code) spec = &f;
    if (!spec) throw std::logic_error("demo: kind " + std::to_string(kind.code) + " has no form " + code);
    out.push_back({code, spec->continuous, {{rng.between(spec->min, spec->max), spec->capacity_type, ""}}});
  }
  return out;
}

int capacity_of(const std::vector<registry::ServiceForm>& forms, bool residential) {
  int sum = 0;
  for (const auto& f : forms)
    if ((f.form_code == "pob") == residential)
      for (const auto& c : f.capacities) sum += c.count;
  return sum;
}

// Places of delivery: one facility; a public office beside a secret residential address (intervention
// centre, crisis beds); two households for sheltered housing.
std::vector<registry::Facility> facilities_for(Rng& rng, const registry::Service& s, const data::KindTemplate& kind,
                                               const data::Offer& offer, const data::Town& town) {
  const bool residential =
      std::any_of(s.forms.begin(), s.forms.end(), [](const auto& f) { return f.form_code == "pob"; });
  const bool other = std::any_of(s.forms.begin(), s.forms.end(), [](const auto& f) { return f.form_code != "pob"; });
  const int beds = capacity_of(s.forms, true);
  const int day_capacity = capacity_of(s.forms, false);
  auto facility = [&](std::string name, bool secret, int capacity) {
    registry::Facility f;
    f.name = std::move(name);
    f.address = address_in(rng, town);
    f.secret = secret;
    f.capacity = capacity;
    f.territory_code = town.territory_code;
    f.provided_from = s.registered_from;
    f.provided_to = s.ended_on;
    return f;
  };
  std::vector<registry::Facility> out;
  if (residential && other && offer.secret) {
    out.push_back(facility(s.name, false, day_capacity));
    out.push_back(facility(s.name + " – pobytová část", true, beds));
  } else if (kind.second_facility && beds > 1) {
    out.push_back(facility(s.name + " – domácnost 1", offer.secret, (beds + 1) / 2));
    out.push_back(facility(s.name + " – domácnost 2", offer.secret, beds / 2));
  } else {
    const bool counts_visits = !residential && day_capacity > 0 && s.forms.front().form_code == "amb";
    out.push_back(facility(s.name, offer.secret, residential ? beds : (counts_visits ? day_capacity : 0)));
  }
  return out;
}

registry::Service build_service(const std::string& key, const data::ProviderSpec& provider, const data::Offer& offer) {
  const auto& kind = data::kind(offer.kind);
  const auto& town = data::town(offer.town);
  const auto& audience = kind.audiences.at(static_cast<std::size_t>(offer.audience));
  Rng rng(key);
  registry::Service s;
  s.name = offer.name ? offer.name : std::string(audience.label) + " " + town.name;
  s.kind_code = std::to_string(offer.kind);
  s.region_code = kDemoRegionCode;
  if (offer.ended_on) {
    s.status = "ended";
    s.ended_on = offer.ended_on;
  }
  const int last_year = offer.ended_on ? std::stoi(std::string(offer.ended_on).substr(0, 4)) - 2 : 2024;
  const std::string legal_form = provider.legal_form_code;
  s.registered_from = registration_date(rng, last_year, legal_form == "331" || legal_form == "801");
  s.forms = forms_for(rng, kind, offer);
  s.target_groups.assign(audience.target_groups.begin(), audience.target_groups.end());
  s.age_groups.assign(audience.age_groups.begin(), audience.age_groups.end());
  const auto reach = offer.reach_override >= 0 ? static_cast<data::Reach>(offer.reach_override) : kind.reach;
  s.territories = territories_for(rng, reach, town.territory_code);
  s.facilities = facilities_for(rng, s, kind, offer, town);
  const std::string local = slug(s.name.substr(0, s.name.find(' '))) + "." + offer.town;
  s.contacts.push_back({"email", local + "@" + email_domain(provider.key), ""});
  s.contacts.push_back({"phone", phone(rng, town.territory_code), offer.kind == 18 ? "nonstop" : ""});
  s.contacts.push_back({"web", "https://www." + email_domain(provider.key), ""});
  return s;
}

// Seven digits from the key's hash, perturbed until unused.
std::string unique_digits(const std::string& key, std::set<std::string>& used, unsigned long long lowest) {
  for (int salt = 0;; ++salt) {
    const auto n = lowest + stable_hash(key + "#" + std::to_string(salt)) % (10000000ULL - lowest);
    std::string digits = std::to_string(n);
    digits.insert(0, 7 - digits.size(), '0');
    if (used.insert(digits).second) return digits;
  }
}

registry::Provider build_provider(const data::ProviderSpec& spec, std::set<std::string>& used_icos) {
  const auto& seat = data::town(spec.town);
  Rng rng(std::string("seat:") + spec.key);
  registry::Provider p;
  p.ico = ico_with_check_digit(unique_digits(std::string("ico:") + spec.key, used_icos, 1000000));
  p.name = spec.name;
  p.legal_form_code = spec.legal_form_code;
  p.founder = spec.founder;
  p.region_code = kDemoRegionCode;
  p.territory_code = seat.territory_code;
  p.address = address_in(rng, seat).format();
  return p;
}

std::vector<DemoOrganisation> public_bodies(std::set<std::string>& used_icos) {
  using accounts::OrganisationType;
  Rng rng("audit-body");
  const auto audit_address = address_in(rng, data::town("hk")).format();
  return {
      // The region's real IČO and the seat of its authority (krajský úřad).
      {kRegionKey, OrganisationType::region, "Královéhradecký kraj", "70889546", "804", kDemoRegionCode, "",
       "Pivovarské náměstí 1245/2, 500 03 Hradec Králové"},
      {kOspodKey, OrganisationType::municipality, "Městský úřad Náchod – odbor sociálních věcí (OSPOD)", "", "801",
       kDemoRegionCode, "5209", "547 01 Náchod"},
      {kMunicipalityKey, OrganisationType::municipality, "Městský úřad Trutnov – odbor sociálních věcí", "", "801",
       kDemoRegionCode, "5214", "541 01 Trutnov"},
      {kAuditBodyKey, OrganisationType::audit_body, "Institut kvality sociálních služeb, z. ú.",
       ico_with_check_digit(unique_digits("ico:audit-body", used_icos, 1000000)), "161", kDemoRegionCode, "5205",
       audit_address},
  };
}

std::string organisation_domain(const std::string& key) {
  if (key.empty()) return "kvalis.example";
  if (key == kRegionKey) return "khk.example";
  if (key == kOspodKey) return "mestonachod.example";
  if (key == kMunicipalityKey) return "trutnov-mu.example";
  if (key == kAuditBodyKey) return "institut-kvality.example";
  return email_domain(key);
}

}  // namespace

unsigned long long stable_hash(std::string_view text) {
  unsigned long long h = 14695981039346656037ULL;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

std::string ico_with_check_digit(std::string_view first_seven) {
  if (first_seven.size() != 7) throw std::invalid_argument("ico_with_check_digit: need 7 digits");
  int sum = 0;
  for (std::size_t i = 0; i < 7; ++i) sum += (first_seven[i] - '0') * static_cast<int>(8 - i);
  const int rest = sum % 11;
  const int check = rest == 0 ? 1 : (rest == 1 ? 0 : 11 - rest);
  return std::string(first_seven) + static_cast<char>('0' + check);
}

DemoRegion build_demo_region(const DemoOptions& options) {
  DemoRegion r;
  std::set<std::string> used_icos{"7088954"};  // the region's own IČO
  r.organisations = public_bodies(used_icos);
  std::set<std::string> used_registry_ids;
  for (const auto& spec : data::providers()) {
    r.providers.push_back({spec.key, build_provider(spec, used_icos)});
    std::map<std::string, int> seen;
    for (const auto& offer : spec.offers) {
      std::string key = std::string(spec.key) + "/" + std::to_string(offer.kind) + "/" + offer.town;
      if (const int n = ++seen[key]; n > 1) key += "/" + std::to_string(n);
      DemoService ds{key, spec.key, build_service(key, spec, offer)};
      // "D" and seven digits: shaped like a registry identifier but never equal to a real one.
      ds.service.registry_id = "D" + unique_digits("svc:" + key, used_registry_ids, 0);
      r.services.push_back(std::move(ds));
    }
  }
  std::map<std::string, std::string> names;
  for (const auto& o : r.organisations) names[o.key] = o.name;
  for (const auto& p : r.providers) names[p.key] = p.provider.name;
  for (const auto& person : data::people()) {
    DemoUser u;
    u.login = person.login;
    u.display_name = person.display_name;
    u.organisation_key = person.organisation_key;
    u.platform_admin = u.organisation_key.empty();
    u.email = std::string(person.email_local) + "@" + organisation_domain(u.organisation_key);
    u.password = u.platform_admin ? options.admin_password : options.user_password;
    u.role = accounts::parse_role(person.role).value();
    if (!u.platform_admin) u.organisation_name = names.at(u.organisation_key);
    r.users.push_back(std::move(u));
  }
  return r;
}

}  // namespace kvalis::demo
