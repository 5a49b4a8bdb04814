#include "people/export/certificates_pdf.hpp"

#include <sstream>

#include "people/core/requirement.hpp"
#include "platform/core/dates.hpp"
#include "platform/export/html.hpp"
#include "platform/export/pdf.hpp"

namespace kvalis::people::exports {
namespace {

using kvalis::exports::html_escape;

std::string hours_cs(double hours) {
  std::string text = format_hours(hours);
  for (auto& ch : text)
    if (ch == '.') ch = ',';
  return text;
}

// "hodina / hodiny / hodin" after a number of hours (1 hodina, 2–4 hodiny, 5 hodin, 4,5 hodiny).
std::string hours_word(double hours) {
  if (hours != static_cast<double>(static_cast<long long>(hours))) return "hodiny";
  if (hours == 1) return "hodina";
  if (hours >= 2 && hours <= 4) return "hodiny";
  return "hodin";
}

std::string row(const std::string& label, const std::string& value) {
  if (value.empty()) return {};
  return "<tr><th>" + html_escape(label) + "</th><td>" + html_escape(value) + "</td></tr>\n";
}

}  // namespace

std::string certificate_html(const app::CertificateData& c) {
  const auto& m = c.session.module;
  const auto& r = c.registration;
  const double hours = r.hours_attended.value_or(m.hours);
  std::string accreditation;
  if (!m.accreditation_number.empty()) {
    accreditation = "č. " + m.accreditation_number;
    if (!m.accreditation_body.empty()) accreditation += ", " + m.accreditation_body;
    if (!m.accredited_until.empty()) accreditation += ", platnost do " + czech_date(m.accredited_until);
  }
  std::ostringstream h;
  h << "<!DOCTYPE html>\n<html lang=\"cs\">\n<head>\n<meta charset=\"utf-8\">\n<title>Osvědčení "
    << html_escape(r.certificate_number) << "</title>\n<style>\n"
    << "@page { size: A4; margin: 25mm 20mm; }\n"
    << "body { font-family: 'DejaVu Sans', Arial, sans-serif; color: #1a1a1a; font-size: 11pt; }\n"
    << "h1 { text-align: center; font-size: 22pt; letter-spacing: 0.05em; margin: 0 0 4mm; }\n"
    << ".sub { text-align: center; font-size: 12pt; margin-bottom: 12mm; }\n"
    << ".name { text-align: center; font-size: 18pt; font-weight: bold; margin: 6mm 0; }\n"
    << ".module { text-align: center; font-size: 14pt; font-weight: bold; margin: 6mm 0 10mm; }\n"
    << "table { border-collapse: collapse; margin: 0 auto; width: 85%; }\n"
    << "th { text-align: left; font-weight: normal; color: #555; padding: 2mm 4mm 2mm 0; width: 40%; vertical-align: "
       "top; }\n"
    << "td { padding: 2mm 0; }\n"
    << ".number { text-align: right; font-size: 9pt; color: #555; }\n"
    << ".sign { margin-top: 25mm; display: flex; justify-content: space-between; }\n"
    << ".sign div { border-top: 1px solid #333; width: 40%; text-align: center; padding-top: 2mm; font-size: 9pt; }\n"
    << "</style>\n</head>\n<body>\n"
    << "<p class=\"number\">Číslo osvědčení: " << html_escape(r.certificate_number) << "</p>\n"
    << "<h1>OSVĚDČENÍ</h1>\n<p class=\"sub\">o absolvování vzdělávacího programu</p>\n"
    << "<p style=\"text-align:center\">" << html_escape(m.organiser_name) << " potvrzuje, že</p>\n"
    << "<p class=\"name\">" << html_escape(r.worker_name)
    << "</p>\n"
    // "zaměstnavatel: …" rather than parentheses: employers' names often end in their own "(OSPOD)".
    << "<p style=\"text-align:center\">zaměstnavatel: " << html_escape(r.organisation_name) << "</p>\n"
    << "<p style=\"text-align:center\">absolvoval(a) vzdělávací program</p>\n"
    << "<p class=\"module\">" << html_escape(m.title) << "</p>\n<table>\n"
    << row("Číslo osvědčení", r.certificate_number) << row("Kód programu", m.code) << row("Téma", m.topic)
    << row("Akreditace", m.in_house ? std::string("vnitřní školicí akce") : accreditation)
    << row("Rozsah", hours_cs(hours) + " " + hours_word(hours)) << row("Datum konání", czech_date(c.session.held_on))
    << row("Místo konání", c.session.place) << row("Lektor", c.session.lecturer) << row("Pořadatel", m.organiser_name)
    << "</table>\n"
    << "<div class=\"sign\"><div>Datum vydání: " << html_escape(czech_date(c.session.held_on))
    << "</div><div>Podpis a razítko pořadatele</div></div>\n"
    << "</body>\n</html>\n";
  return h.str();
}

std::string weasyprint_path() { return kvalis::exports::weasyprint_path(); }

Result<std::string> render_pdf(const std::string& html, std::chrono::milliseconds limit, const std::string& program) {
  auto pdf = kvalis::exports::render_pdf(html, limit, program);
  if (pdf) return pdf;
  // The certificate's own wording (the HTML certificate is the way round a missing program).
  Error e = pdf.error();
  if (e.message_key == "export.pdf_unavailable") e.message_key = "people.training.pdf_unavailable";
  if (e.message_key == "export.pdf_failed") e.message_key = "people.training.pdf_failed";
  return e;
}

}  // namespace kvalis::people::exports
