#pragma once
// The people module's routes (issue 14); server/app.cpp registers them with every other module's.
#include "platform/http/routing.hpp"

namespace kvalis::http {

// Every people route: staff below, training and cooperation from their own files.
void register_people_routes(RouteTable& table);
// Organisations, workers, absences, external trainings, education plans, appraisals, the requirement list and
// its export, the region's aggregates, supervision hours (staff_routes.cpp).
void register_people_staff_routes(RouteTable& table);
// Training modules, sessions, run plans, registrations, attendance, certificates, feedback (training helper).
void register_people_training_routes(RouteTable& table);
// Partner bodies, meetings, agreed actions, funded projects and their monitoring (cooperation helper).
void register_people_cooperation_routes(RouteTable& table);

}  // namespace kvalis::http
