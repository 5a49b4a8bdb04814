#pragma once
// The checks of a minimal form as a sheet (Excel export of GET /api/network/minimal-forms/{id}/checks.xlsx).
#include <vector>

#include "network/app/minimal.hpp"
#include "platform/core/messages.hpp"
#include "platform/export/table.hpp"

namespace kvalis::network::exports {

kvalis::exports::Sheet checks_sheet(const app::MinimalFormView& form, const std::vector<app::ServiceCheck>& checks,
                                    Lang lang);

}  // namespace kvalis::network::exports
