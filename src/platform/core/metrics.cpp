#include "platform/core/metrics.hpp"

#include <charconv>

namespace kvalis::metrics {
namespace {

// A label value: backslash, double quote and newline escaped.
std::string label(std::string_view v) {
  std::string out;
  for (char c : v) {
    if (c == '\\' || c == '"') out.push_back('\\');
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out.push_back(c);
  }
  return out;
}

std::string number(double v) {
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return ec == std::errc() ? std::string(buf, end) : "NaN";
}

void header(std::string& out, std::string_view name, std::string_view type, std::string_view help) {
  out += "# HELP ";
  out += name;
  out += ' ';
  out += help;
  out += "\n# TYPE ";
  out += name;
  out += ' ';
  out += type;
  out += '\n';
}

void gauge(std::string& out, std::string_view name, std::string_view type, std::string_view help, long long value) {
  header(out, name, type, help);
  out += name;
  out += ' ';
  out += std::to_string(value);
  out += '\n';
}

}  // namespace

std::string status_class(unsigned status) {
  if (status < 100 || status > 599) return "other";
  return std::to_string(status / 100) + "xx";
}

void Registry::record_request(std::string_view method, std::string_view route, unsigned status, double seconds) {
  const auto cls = status_class(status);
  std::lock_guard lock(mutex_);
  auto& s = series_[{std::string(method), std::string(route), cls}];
  if (s.count == 0) {
    s.method = method;
    s.route = route;
    s.status_class = cls;
  }
  ++s.count;
  s.seconds += seconds;
  for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i)
    if (seconds <= kLatencyBuckets[i]) {
      ++s.buckets[i];
      break;
    }
}

std::vector<RequestSeries> Registry::requests() const {
  std::lock_guard lock(mutex_);
  std::vector<RequestSeries> out;
  out.reserve(series_.size());
  for (const auto& [key, s] : series_) out.push_back(s);
  return out;
}

Registry& registry() {
  static Registry r;
  return r;
}

std::string render(const std::vector<RequestSeries>& requests, const Gauges& g) {
  std::string out;
  header(out, "kvalis_http_requests_total", "counter",
         "HTTP requests answered, by method, route pattern and status class.");
  for (const auto& s : requests)
    out += "kvalis_http_requests_total{method=\"" + label(s.method) + "\",route=\"" + label(s.route) + "\",status=\"" +
           label(s.status_class) + "\"} " + std::to_string(s.count) + "\n";
  header(out, "kvalis_http_request_duration_seconds", "histogram",
         "Time from the request's headers to its response, by method, route pattern and status class.");
  for (const auto& s : requests) {
    const std::string labels =
        "method=\"" + label(s.method) + "\",route=\"" + label(s.route) + "\",status=\"" + label(s.status_class) + "\"";
    long long cumulative = 0;
    for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i) {
      cumulative += s.buckets[i];
      out += "kvalis_http_request_duration_seconds_bucket{" + labels + ",le=\"" + number(kLatencyBuckets[i]) + "\"} " +
             std::to_string(cumulative) + "\n";
    }
    out += "kvalis_http_request_duration_seconds_bucket{" + labels + ",le=\"+Inf\"} " + std::to_string(s.count) + "\n";
    out += "kvalis_http_request_duration_seconds_sum{" + labels + "} " + number(s.seconds) + "\n";
    out += "kvalis_http_request_duration_seconds_count{" + labels + "} " + std::to_string(s.count) + "\n";
  }
  gauge(out, "kvalis_http_open_connections", "gauge", "HTTP connections open now.", g.open_connections);
  gauge(out, "kvalis_db_pool_connections_in_use", "gauge", "Database connections of the pool lent out now.",
        g.db_pool_in_use);
  gauge(out, "kvalis_db_pool_connections", "gauge", "Database connections in the pool.", g.db_pool_size);
  gauge(out, "kvalis_data_version_reads_total", "counter",
        "Reads of the data versions from the database (what the in-process caches compare).", g.data_version_reads);
  gauge(out, "process_resident_memory_bytes", "gauge", "Resident memory size in bytes.", g.resident_bytes);
  gauge(out, "process_open_fds", "gauge", "Open file descriptors.", g.open_fds);
  header(out, "kvalis_build_info", "gauge", "The running version and database kind (always 1).");
  out += "kvalis_build_info{version=\"" + label(g.version) + "\",database=\"" + label(g.database) + "\"} 1\n";
  return out;
}

}  // namespace kvalis::metrics
