#pragma once
// The organisation's requirement list as an Excel sheet (issue 14 item 3): one row per worker with the
// required, counted, short and planned hours, the next appraisal, the education plan and the explanation,
// under a title and the reading of the absence rule used.
#include "people/app/requirement_app.hpp"
#include "platform/core/messages.hpp"
#include "platform/export/table.hpp"

namespace kvalis::people::exports {

kvalis::exports::Sheet requirement_sheet(const app::RequirementList& list, Lang lang);

}  // namespace kvalis::people::exports
