// REPLACED ON MERGE by the training part (PEOPLE_SPEC "Who owns what": src/demo/people_training_demo.cpp is
// the training helper's file). This definition only keeps the staff branch building and writes nothing.
#include "demo/people_demo.hpp"

namespace kvalis::demo {

PeopleStageSummary write_people_training_demo(soci::session&, const DemoContext&, const PeopleDemo&) {
  return PeopleStageSummary{"people training", {}, {}};
}

}  // namespace kvalis::demo
