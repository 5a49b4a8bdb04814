#pragma once
// The process's metrics and their Prometheus text exposition (GET /api/metrics, server/routes_system.cpp):
// requests by method, route pattern and status class with latency histograms, and the gauges the server
// reads when asked (connections, database pool, data-version reads, memory, file descriptors, build).
#include <array>
#include <atomic>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace kvalis::metrics {

// Upper bounds (seconds) of the latency buckets; +Inf is implied.
inline constexpr std::array<double, 12> kLatencyBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                           0.1,   0.25,   0.5,   1.0,  2.5,   5.0};

struct RequestSeries {
  std::string method, route, status_class;
  long long count = 0;
  double seconds = 0;
  std::array<long long, kLatencyBuckets.size()> buckets{};  // requests per bucket, not cumulative
};

// "2xx" for 200 … 299 (and so on); "other" outside 100 … 599.
std::string status_class(unsigned status);

class Registry {
 public:
  // route: the route pattern (/api/services/{id}), never the path itself, so that ids do not multiply series.
  void record_request(std::string_view method, std::string_view route, unsigned status, double seconds);
  void connection_opened() { ++open_connections_; }
  void connection_closed() { --open_connections_; }
  long long open_connections() const { return open_connections_.load(); }
  std::vector<RequestSeries> requests() const;

 private:
  mutable std::mutex mutex_;
  std::map<std::tuple<std::string, std::string, std::string>, RequestSeries> series_;
  std::atomic<long long> open_connections_{0};
};

// The registry of this process.
Registry& registry();

struct Gauges {
  long long open_connections = 0;
  long long db_pool_in_use = 0;
  long long db_pool_size = 0;
  long long data_version_reads = 0;
  long long resident_bytes = 0;
  long long open_fds = 0;
  std::string version;
  std::string database;  // sqlite | postgresql
};

// Prometheus text format 0.0.4.
std::string render(const std::vector<RequestSeries>& requests, const Gauges& gauges);

}  // namespace kvalis::metrics
