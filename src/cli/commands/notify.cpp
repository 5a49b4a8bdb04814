// kvalis notify: one pass of the e-mail notifications (for cron and tests); the server runs the same
// passes in the background (notify/app/sender.hpp).
#include <cstdlib>
#include <ctime>
#include <iostream>

#include "cli/commands/notify_options.hpp"
#include "notify/app/notifications.hpp"
#include "platform/core/dates.hpp"
#include "platform/core/messages.hpp"
#include "platform/store/database.hpp"

namespace kvalis::cli {

std::vector<OptionSpec> notify_options() {
  return {{"smtp-url", "URL", "SMTP server, smtp://host:port (default $KVALIS_SMTP_URL; none: no e-mail)"},
          {"smtp-from", "ADDRESS", "Sender address (default $KVALIS_SMTP_FROM)"},
          {"smtp-user", "NAME", "SMTP login (default $KVALIS_SMTP_USER; the password only from $KVALIS_SMTP_PASSWORD)"},
          {"smtp-tls", "none|starttls", "STARTTLS required, or none (default $KVALIS_SMTP_TLS, else none)"},
          {"smtp-ca-file", "FILE", "Certificates to verify the SMTP server by (default $KVALIS_SMTP_CA_FILE)"},
          {"public-url", "URL", "Base of the links in messages (default $KVALIS_PUBLIC_URL)"},
          {"notify-interval", "SECONDS", "serve: seconds between passes of the sender (default 60)"},
          {"digest-hour", "HOUR", "serve: UTC hour from which the daily digest is sent (default 7)"}};
}

std::string read_notify_options(const Args& args, notify::app::SenderConfig& c) {
  c.smtp.url = args.get("smtp-url");
  c.smtp.from = args.get("smtp-from");
  c.smtp.user = args.get("smtp-user");
  c.smtp.ca_file = args.get("smtp-ca-file");
  if (args.has("smtp-tls")) {
    const auto tls = args.get("smtp-tls");
    if (tls != "none" && tls != "starttls") return "--smtp-tls must be none or starttls";
    c.smtp.tls = tls == "starttls" ? notify::app::SmtpTls::starttls : notify::app::SmtpTls::none;
  }
  const auto tls_option = c.smtp.tls;
  if (auto st = notify::app::settings_from_environment(c.smtp); !st)
    return st.error().field + ": " + translate(st.error(), Lang::en);
  if (args.has("smtp-tls")) c.smtp.tls = tls_option;  // the option wins over the environment
  c.public_url = args.get("public-url");
  if (c.public_url.empty())
    if (const char* env = std::getenv("KVALIS_PUBLIC_URL")) c.public_url = env;
  if (c.public_url.empty()) c.public_url = "http://localhost:8080";
  try {
    if (args.has("notify-interval")) c.interval_seconds = std::stoi(args.get("notify-interval"));
    if (args.has("digest-hour")) c.digest_hour = std::stoi(args.get("digest-hour"));
  } catch (const std::exception&) {
    return "--notify-interval and --digest-hour must be numbers";
  }
  if (c.interval_seconds < 1) return "--notify-interval must be at least 1";
  if (c.digest_hour < 0 || c.digest_hour > 23) return "--digest-hour must be 0 to 23";
  if (!c.smtp.url.empty() && c.smtp.from.empty())
    return "--smtp-from (or KVALIS_SMTP_FROM) is needed with an SMTP server";
  return "";
}

namespace {

int notify_pass(const Args& args) {
  notify::app::SenderConfig config;
  if (auto error = read_notify_options(args, config); !error.empty()) {
    std::cerr << "kvalis notify: " << error << "\n";
    return 2;
  }
  if (config.smtp.url.empty()) {
    std::cerr << "kvalis notify: no SMTP server (--smtp-url or KVALIS_SMTP_URL)\n";
    return 2;
  }
  notify::app::PassOptions o;
  o.now = static_cast<long long>(std::time(nullptr));
  if (args.has("now")) {
    const auto now = parse_timestamp(args.get("now"));
    if (!now) {
      std::cerr << "kvalis notify: --now must be YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ\n";
      return 2;
    }
    o.now = *now;
  }
  o.today = format_date(o.now);
  o.digest = args.has("digest");
  o.from = config.smtp.from;
  o.public_url = config.public_url;
  auto db = open_migrated(args, std::cerr);
  notify::app::SmtpMailer mailer(config.smtp);
  const auto r = notify::app::run_pass(*db, mailer, o, std::cerr);
  std::cout << (o.digest ? "digest: " : "immediate: ") << r.messages << " messages (" << r.items << " items) sent, "
            << r.failures << " failed\n";
  return r.failures > 0 ? 1 : 0;
}

std::vector<OptionSpec> pass_options() {
  auto options = notify_options();
  options.resize(6);  // the sender loop's timing is serve's
  options.insert(options.begin(), db_option());
  options.push_back({"digest", "",
                     "Send the daily digest to users who chose it (else: new items to users who chose "
                     "immediate)"});
  options.push_back({"now", "DATE", "The day (YYYY-MM-DD) to compute deadlines for (default today, UTC)"});
  return options;
}

const bool registered =
    register_command({"notify", "Send the e-mail notifications once (new items, or the daily digest with --digest)", "",
                      pass_options(), notify_pass});

}  // namespace
}  // namespace kvalis::cli
