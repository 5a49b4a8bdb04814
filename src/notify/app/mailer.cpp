#include "notify/app/mailer.hpp"

#include <curl/curl.h>

#include <cstdlib>
#include <cstring>
#include <mutex>

namespace kvalis::notify::app {
namespace {

struct Upload {
  const std::string* text;
  std::size_t at = 0;
};

std::size_t read_upload(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* up = static_cast<Upload*>(user);
  const std::size_t room = size * count;
  const std::size_t n = std::min(room, up->text->size() - up->at);
  std::memcpy(buffer, up->text->data() + up->at, n);
  up->at += n;
  return n;
}

void global_init() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v ? v : "";
}

Error smtp_error(std::string detail) { return invalid("smtp", "notify.smtp.failed", {{"detail", std::move(detail)}}); }

}  // namespace

Status settings_from_environment(SmtpSettings& s) {
  if (s.url.empty()) s.url = env("KVALIS_SMTP_URL");
  if (s.from.empty()) s.from = env("KVALIS_SMTP_FROM");
  if (s.user.empty()) s.user = env("KVALIS_SMTP_USER");
  if (s.password.empty()) s.password = env("KVALIS_SMTP_PASSWORD");
  if (s.ca_file.empty()) s.ca_file = env("KVALIS_SMTP_CA_FILE");
  if (const auto tls = env("KVALIS_SMTP_TLS"); !tls.empty()) {
    if (tls == "none")
      s.tls = SmtpTls::none;
    else if (tls == "starttls")
      s.tls = SmtpTls::starttls;
    else
      return invalid("KVALIS_SMTP_TLS", "notify.smtp.tls_invalid", {{"value", tls}});
  }
  if (!s.url.empty() && s.url.rfind("smtp://", 0) != 0 && s.url.rfind("smtps://", 0) != 0)
    return invalid("KVALIS_SMTP_URL", "notify.smtp.url_invalid", {{"value", s.url}});
  return ok_status();
}

SmtpMailer::SmtpMailer(SmtpSettings settings) : settings_(std::move(settings)) { global_init(); }

Status SmtpMailer::send(const std::string& from, const std::string& to, const std::string& message) {
  CURL* curl = curl_easy_init();
  if (!curl) return smtp_error("curl_easy_init");
  char error[CURL_ERROR_SIZE] = {0};
  Upload upload{&message};
  curl_slist* recipients = curl_slist_append(nullptr, ("<" + to + ">").c_str());
  const std::string mail_from = "<" + from + ">";
  curl_easy_setopt(curl, CURLOPT_URL, settings_.url.c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_FROM, mail_from.c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
  curl_easy_setopt(curl, CURLOPT_READFUNCTION, read_upload);
  curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
  curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, settings_.timeout_seconds);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, std::min(10L, settings_.timeout_seconds));
  if (settings_.tls == SmtpTls::starttls) curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
  if (!settings_.ca_file.empty()) curl_easy_setopt(curl, CURLOPT_CAINFO, settings_.ca_file.c_str());
  if (!settings_.user.empty()) {
    curl_easy_setopt(curl, CURLOPT_USERNAME, settings_.user.c_str());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, settings_.password.c_str());
  }
  const CURLcode rc = curl_easy_perform(curl);
  curl_slist_free_all(recipients);
  curl_easy_cleanup(curl);
  if (rc != CURLE_OK) return smtp_error(error[0] ? std::string(error) : std::string(curl_easy_strerror(rc)));
  return ok_status();
}

}  // namespace kvalis::notify::app
