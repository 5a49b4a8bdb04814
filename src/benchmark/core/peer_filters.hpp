#pragma once
// Context filters of a peer group (DOMAIN: "peer groups: same kind and form, region, size band"): the kind of
// founder from the legal form, and the size band from the capacity. Pure: the comparison, its exports and the
// routes' query parameters use the same lists.
#include <string>
#include <vector>

namespace kvalis::benchmark {

std::string founder_type(const std::string& legal_form_code, const std::string& founder);
std::string size_band(long long capacity);
const std::vector<std::string>& founder_types();         // region, municipality, state, church, ngo, business, other
const std::vector<std::string>& size_bands();            // small, medium, large, xlarge
std::string founder_type_name(const std::string& code);  // Czech
std::string size_band_name(const std::string& code);     // Czech, with the capacity range

}  // namespace kvalis::benchmark
