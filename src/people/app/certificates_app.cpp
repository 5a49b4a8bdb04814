#include "people/app/certificates_app.hpp"

#include "people/core/training_access.hpp"
#include "platform/store/activity_log.hpp"

namespace kvalis::people::app {

Result<CertificateData> certificate_of(kvalis::store::Database& db, const accounts::Caller& caller,
                                       long long registration_id, const std::string& format) {
  return db.write([&](soci::session& s) -> Result<CertificateData> {
    auto reg = store::get_registration(s, registration_id);
    if (!reg) return not_found("people.training.registration_not_found");
    auto session = store::get_session(s, reg->session_id);
    if (!session || !may_read_certificate(caller.principal, session->module.organiser_org_id, reg->organisation_id,
                                          reg->worker_user_id))
      return not_found("people.training.registration_not_found");
    if (reg->state != "attended" || reg->certificate_number.empty())
      return invalid("registration_id", "people.training.not_attended");
    kvalis::store::activity_log::append(
        s, caller.activity("people.training.certificate", "pe_registrations", reg->id, reg->organisation_id,
                           reg->certificate_number + " (" + format + ")"));
    return CertificateData{std::move(*reg), std::move(*session)};
  });
}

}  // namespace kvalis::people::app
