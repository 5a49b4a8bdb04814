#include "benchmark/core/peer_filters.hpp"

#include <map>
#include <set>

#include "platform/core/text.hpp"

namespace kvalis::benchmark {

std::string founder_type(const std::string& legal_form_code, const std::string& founder) {
  static const std::set<std::string> kMunicipal = {"801", "811", "771", "521", "343"};
  static const std::set<std::string> kState = {"321", "325", "332", "333", "361", "651", "671"};
  static const std::set<std::string> kChurch = {"721", "722", "723"};
  static const std::set<std::string> kNgo = {"116", "117", "118", "141", "161", "641", "701", "706", "736", "751"};
  const std::string& c = legal_form_code;
  if (c == "804") return "region";
  // A contributory organisation (příspěvková organizace) belongs to the region or a municipality that founded it.
  if (c == "331") return search_key(founder).find("kraj") != std::string::npos ? "region" : "municipality";
  if (kMunicipal.count(c)) return "municipality";
  if (kState.count(c)) return "state";
  if (kChurch.count(c)) return "church";
  if (kNgo.count(c)) return "ngo";
  if (c.size() == 3 && (c[0] == '1' || c.rfind("20", 0) == 0 || c.rfind("23", 0) == 0 || c == "421" || c == "424"))
    return "business";
  return "other";
}

std::string size_band(long long capacity) {
  if (capacity <= 30) return "small";
  if (capacity <= 60) return "medium";
  if (capacity <= 100) return "large";
  return "xlarge";
}

const std::vector<std::string>& founder_types() {
  static const std::vector<std::string> kTypes = {"region", "municipality", "state", "church",
                                                  "ngo",    "business",     "other"};
  return kTypes;
}

const std::vector<std::string>& size_bands() {
  static const std::vector<std::string> kBands = {"small", "medium", "large", "xlarge"};
  return kBands;
}

std::string founder_type_name(const std::string& code) {
  static const std::map<std::string, std::string> kNames = {
      {"region", "kraj"},     {"municipality", "obec"},      {"state", "stát"},
      {"church", "církevní"}, {"ngo", "nestátní nezisková"}, {"business", "podnikatelský subjekt"},
      {"other", "jiný"}};
  auto it = kNames.find(code);
  return it == kNames.end() ? code : it->second;
}

std::string size_band_name(const std::string& code) {
  static const std::map<std::string, std::string> kNames = {
      {"small", "do 30 míst"}, {"medium", "31–60 míst"}, {"large", "61–100 míst"}, {"xlarge", "nad 100 míst"}};
  auto it = kNames.find(code);
  return it == kNames.end() ? code : it->second;
}

}  // namespace kvalis::benchmark
