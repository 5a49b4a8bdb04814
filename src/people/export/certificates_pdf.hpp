#pragma once
// The certificate of an attended training session (osvědčení o absolvování) as a printable Czech HTML page, and
// that page as PDF rendered by WeasyPrint in a separate process with a time limit.
#include <chrono>
#include <string>

#include "people/app/certificates_app.hpp"
#include "platform/core/result.hpp"
#include "platform/export/pdf.hpp"

namespace kvalis::people::exports {

// The page: certificate number, worker, module (title, topic), accreditation (number, body, validity), hours,
// date, place, lecturer and organiser, in Czech. Every text is escaped.
std::string certificate_html(const app::CertificateData& c);

// The WeasyPrint program: exports::weasyprint_path() ($KVALIS_WEASYPRINT or /usr/bin/weasyprint).
std::string weasyprint_path();

// The platform's renderer (platform/export/pdf.hpp: a separate process, killed after `limit`) with the
// certificate's messages: a missing program is ErrorCode::unavailable
// (people.training.pdf_unavailable, 503); a failure, a timeout or an empty result people.training.pdf_failed.
Result<std::string> render_pdf(const std::string& html,
                               std::chrono::milliseconds limit = kvalis::exports::pdf_time_limit(),
                               const std::string& program = weasyprint_path());

}  // namespace kvalis::people::exports
