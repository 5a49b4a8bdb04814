#pragma once
// Sending one composed message (notify::compose) to one address. SmtpMailer speaks SMTP through libcurl,
// with STARTTLS when configured; tests and the CLI give their own Mailer where they need to.
#include <string>

#include "platform/core/result.hpp"

namespace kvalis::notify::app {

class Mailer {
 public:
  virtual ~Mailer() = default;
  // The error's message names the SMTP failure; the caller logs it and tries again later.
  virtual Status send(const std::string& from, const std::string& to, const std::string& message) = 0;
};

enum class SmtpTls { none, starttls };

struct SmtpSettings {
  std::string url;   // smtp://host:port (or smtps://host:port for TLS from the start)
  std::string from;  // the sender's address
  std::string user;  // empty: no authentication
  std::string password;
  SmtpTls tls = SmtpTls::none;  // starttls: the server must offer STARTTLS (CURLUSESSL_ALL)
  std::string ca_file;          // certificates to verify the server by (default: the system's)
  long timeout_seconds = 30;
};

// Reads KVALIS_SMTP_URL, KVALIS_SMTP_FROM, KVALIS_SMTP_USER, KVALIS_SMTP_PASSWORD, KVALIS_SMTP_TLS
// (none|starttls) and KVALIS_SMTP_CA_FILE into the settings (options given on the command line win).
// Error names the field when a value is not valid.
Status settings_from_environment(SmtpSettings& settings);

class SmtpMailer : public Mailer {
 public:
  explicit SmtpMailer(SmtpSettings settings);
  Status send(const std::string& from, const std::string& to, const std::string& message) override;

 private:
  SmtpSettings settings_;
};

}  // namespace kvalis::notify::app
