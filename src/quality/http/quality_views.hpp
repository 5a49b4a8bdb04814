#pragma once
// The quality routes' view of audits: the use cases' reads (quality/app/audit_views.hpp) under the name the
// routes have used. Other modules include quality/app/audit_views.hpp directly.
#include "quality/app/audit_views.hpp"
#include "platform/http/handler_util.hpp"
#include "platform/http/routing.hpp"
#include "platform/store/activity_log.hpp"
#include "quality/http/dto_quality.hpp"

namespace kvalis::http::quality_views {

using namespace kvalis::quality::app;

}  // namespace kvalis::http::quality_views
