#pragma once
// The certificate of an attended registration (osvědčení o absolvování): what it shows, for the worker, his
// employer's administrators and managers and the organiser. Every issue is in the activity log.
#include "accounts/core/caller.hpp"
#include "people/store/training_repo.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"

namespace kvalis::people::app {

struct CertificateData {
  store::RegistrationRow registration;
  store::SessionRow session;  // with its module (and the organiser's name)
};

// 404 for an unknown registration or one the caller may not see; 422 when the worker did not attend.
Result<CertificateData> certificate_of(kvalis::store::Database& db, const accounts::Caller& caller,
                                       long long registration_id, const std::string& format);

}  // namespace kvalis::people::app
