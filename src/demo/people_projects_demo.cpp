// REPLACED ON MERGE by the cooperation part (PEOPLE_SPEC "Who owns what": src/demo/people_projects_demo.cpp is
// the cooperation helper's file). This definition only keeps the staff branch building and writes nothing.
#include "demo/people_demo.hpp"

namespace kvalis::demo {

PeopleStageSummary write_people_projects_demo(soci::session&, const DemoContext&, const PeopleDemo&,
                                              const PeopleStageSummary&) {
  return PeopleStageSummary{"people cooperation and projects", {}, {}};
}

}  // namespace kvalis::demo
