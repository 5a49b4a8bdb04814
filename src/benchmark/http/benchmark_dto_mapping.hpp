#pragma once
// The benchmark data side's use-case results as DTOs (benchmark/app → dto_benchmark.hpp).
#include "benchmark/app/forms.hpp"
#include "benchmark/app/groups.hpp"
#include "benchmark/app/methodologies.hpp"
#include "benchmark/app/rounds.hpp"
#include "benchmark/http/dto_benchmark.hpp"
#include "platform/http/params.hpp"

namespace kvalis::http {

dto::BmGroup group_dto(const benchmark::app::GroupView& v);
dto::BmGroupList group_list_dto(const benchmark::app::GroupPage& page, const Paging& paging);
dto::BmMeeting meeting_dto(const benchmark::app::repo::MeetingRow& m);
dto::BmMeetingList meeting_list_dto(const std::vector<benchmark::app::repo::MeetingRow>& list);
dto::BmMethodology methodology_dto(const benchmark::app::MethodologyView& v);
dto::BmMethodologyList methodology_list_dto(const std::vector<benchmark::app::repo::MethodologyRow>& list);
dto::BmRound round_dto(const benchmark::app::repo::RoundRow& r);
dto::BmRoundList round_list_dto(const std::vector<benchmark::app::repo::RoundRow>& list);
dto::BmRoundDetail round_detail_dto(const benchmark::app::RoundDetail& d);
dto::BmReminded reminded_dto(const std::vector<benchmark::app::ServiceProgress>& list);
// Names and messages in the caller's language.
dto::BmForm form_dto(const benchmark::app::FormView& v, Lang lang);
// The blocking problems of a refused submission, as JSON beside the error.
json::array problems_json(const std::vector<benchmark::Problem>& problems,
                          const benchmark::app::repo::MethodologyContent& content, Lang lang);

}  // namespace kvalis::http
