#pragma once
// Who sees and edits a benchmarking working group, its rounds and the forms of its services.
//
// A group is run by its region organisation: the region's admins and managers manage it (benchmark.manage
// is checked by the route), every member of the region organisation reads it. Providers that are members
// read it and fill the forms of their own services. Anyone else does not see the group at all (404, so ids
// cannot be probed). The platform administrator manages every group.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "accounts/core/access.hpp"

namespace kvalis::benchmark {

// How a provider takes part in a group: full members come to the meetings and see their peers by name;
// data-only members send data and see their peers anonymised.
enum class Participation { full, data_only };
std::optional<Participation> parse_participation(std::string_view text);
std::string_view to_string(Participation participation);

struct GroupMember {
  long long provider_org_id = 0;
  Participation participation = Participation::data_only;
};

struct GroupAccess {
  bool read = false;
  bool manage = false;        // region admin/manager or platform admin
  bool region_staff = false;  // any member of the region organisation (or platform admin)
  // Of the caller's provider when the caller takes part as a member provider (full wins over data_only).
  std::optional<Participation> participation;

  // Meetings are for the region and full members; data-only members take part through their data.
  bool reads_meetings() const { return region_staff || participation == Participation::full; }
};

GroupAccess group_access(const accounts::Principal& principal, long long region_org_id,
                         const std::vector<GroupMember>& members);

// The form of a service of provider_id in one of the group's rounds: region staff read every form, a
// provider's members read their own; managers of the group and the provider's admins, managers and
// workers edit it.
bool reads_service(const accounts::Principal& principal, const GroupAccess& access, long long provider_id);
bool edits_service(const accounts::Principal& principal, const GroupAccess& access, long long provider_id);

// ---- good practice --------------------------------------------------------------------------------
// A good practice belongs to its author organisation (a provider or a region). Who may write for an
// organisation (benchmark.submit) edits its practices; the staff of a region edit the practices of the
// organisations of their region as well; the platform administrator edits all.
struct PracticeAuthor {
  long long organisation_id = 0;
  std::string region_code;  // of the author organisation
};
bool edits_practice(const accounts::Principal& principal, const PracticeAuthor& author);
// May the caller write a practice as this organisation (a member with benchmark.submit, or the administrator).
bool writes_as(const accounts::Principal& principal, long long organisation_id);
// The author of a new practice when none is given: the caller's first provider or region where it may
// write; nullopt when there is none.
std::optional<long long> default_author(const accounts::Principal& principal);

}  // namespace kvalis::benchmark
