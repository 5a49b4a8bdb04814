#pragma once
// Quality module, audit side: the DTOs of the routes are the views of the use cases (quality/app/views.hpp),
// written to JSON and described in the OpenAPI document under the same schema names.
#include "platform/http/json_dto.hpp"
#include "quality/app/views.hpp"

namespace kvalis::http::dto {

using namespace kvalis::quality::app;

}  // namespace kvalis::http::dto
