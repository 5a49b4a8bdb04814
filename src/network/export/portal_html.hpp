#pragma once
// The server-rendered pages of the public portal (/portal/, /portal/en/): semantic HTML with one small inline
// stylesheet and no script, a skip link, landmarks, headings in order, table headers, and the coverage map as
// an inline SVG with a data table beside it.
#include <optional>
#include <string>
#include <vector>

#include "network/core/portal.hpp"

namespace kvalis::network::exports {

enum class PortalLang { cs, en };

enum class PortalPageKind { regions, home, card, services, coverage, indicators, data, not_found };

struct PortalPath {
  PortalLang lang = PortalLang::cs;
  PortalPageKind kind = PortalPageKind::not_found;
  std::string region;  // region code
  std::string card;    // card slug (kind or kind-form)
};
// "/portal/", "/portal/86/", "/portal/86/karty/4", "/portal/en/86/cards/4", … (a trailing slash optional).
PortalPath parse_portal_path(const std::string& path);
// The address of a page in a language.
std::string portal_href(PortalLang lang, PortalPageKind kind, const std::string& region = "", const std::string& card = "");

std::string render_regions_page(PortalLang lang, const std::vector<PublicRegion>& regions);
// The page of a region's portal; nullopt when the page does not exist (an unknown card, a hidden section).
std::optional<std::string> render_portal_page(const PortalPath& path, const PublicPortal& portal);
std::string render_not_found_page(PortalLang lang);

}  // namespace kvalis::network::exports
