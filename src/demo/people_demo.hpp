#pragma once
// People module in the demo region (issue 14 item 7, PEOPLE_SPEC "Demo"), in three stages written through the
// module's app functions (the demo passes the checks user input passes):
// - staff (people_demo.cpp): workers of the OSPOD office in Náchod and of two providers (the main provider
//   Oblastní charita Kladské pomezí and Domov Na Stráni) with their requirement states (some short, one on
//   probation, one part-year, one with a long absence), external trainings, education plans and appraisals
//   (one overdue), linked to the demo's logins where it has them;
// - training (people_training_demo.cpp): the seed 004 programme run by the region, sessions held and planned,
//   registrations, attendance and feedback of these workers;
// - cooperation and projects (people_projects_demo.cpp): the OSPOD office's quarterly meetings and one funded
//   project with its activities linked to demo records.
// Running the demo again finds what it wrote and adds nothing.
#include <soci/soci.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "demo/demo_writer.hpp"

namespace kvalis::demo {

// What the staff stage created or found, for the training and projects stages.
struct PeopleDemo {
  std::string region_code;                         // "86"
  long long region_id = 0;                         // Královéhradecký kraj (organises the training programme)
  long long ospod_id = 0;                          // OSPOD Náchod (municipality)
  long long main_provider_id = 0;                  // charita-kladske-pomezi
  long long second_provider_id = 0;                // domov-na-strani
  std::map<std::string, long long> organisations;  // "ospod", "main", "second" → id
  // Workers by key "<organisation key>/<surname>", e.g. "ospod/machova", "main/novakova", "second/ruzickova".
  std::map<std::string, long long> workers;
  std::map<std::string, long long> users;  // demo logins used here (kraj.admin, ospod.vedouci, …) → user id
  int year = 0;                            // the year the requirement states are set up for (this year)
  int workers_created = 0;
  int absences = 0;
  int trainings = 0;
  int education_plans = 0;
  int appraisals = 0;
  std::string text() const;
};

// What a later stage did: named counts for the summary, and ids the next stage may need (e.g. "sessions_held").
struct PeopleStageSummary {
  std::string stage;
  std::vector<std::pair<std::string, long long>> counts;
  std::map<std::string, std::vector<long long>> ids;
  std::string text() const;
};

PeopleDemo write_people_demo_staff(soci::session& s, const DemoContext& ctx);
// The training stage (people_training_demo.cpp, by the training part).
PeopleStageSummary write_people_training_demo(soci::session& s, const DemoContext& ctx, const PeopleDemo& people);
// The cooperation and projects stage (people_projects_demo.cpp, by the cooperation part); training: what the
// training stage reported (its session ids to link project activities to).
PeopleStageSummary write_people_projects_demo(soci::session& s, const DemoContext& ctx, const PeopleDemo& people,
                                              const PeopleStageSummary& training);

}  // namespace kvalis::demo
