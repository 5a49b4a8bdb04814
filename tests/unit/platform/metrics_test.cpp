// The Prometheus text of GET /api/metrics: status classes, cumulative buckets, escaped labels, the gauges.
#include "platform/core/metrics.hpp"

#include <gtest/gtest.h>

namespace kvalis::metrics {
namespace {

TEST(Metrics, StatusClasses) {
  EXPECT_EQ(status_class(200), "2xx");
  EXPECT_EQ(status_class(204), "2xx");
  EXPECT_EQ(status_class(304), "3xx");
  EXPECT_EQ(status_class(422), "4xx");
  EXPECT_EQ(status_class(503), "5xx");
  EXPECT_EQ(status_class(99), "other");
  EXPECT_EQ(status_class(600), "other");
}

TEST(Metrics, RequestsBySeriesWithCumulativeBuckets) {
  Registry r;
  r.record_request("GET", "/api/services/{id}", 200, 0.0007);  // first bucket (1 ms)
  r.record_request("GET", "/api/services/{id}", 201, 0.03);    // 50 ms bucket
  r.record_request("GET", "/api/services/{id}", 404, 0.002);
  r.record_request("GET", "/api/services/{id}", 200, 9.0);  // past the last bucket: only +Inf
  const auto series = r.requests();
  ASSERT_EQ(series.size(), 2u);
  const std::string text = render(series, Gauges{});
  const std::string l = "method=\"GET\",route=\"/api/services/{id}\",status=\"2xx\"";
  EXPECT_NE(text.find("kvalis_http_requests_total{" + l + "} 3\n"), std::string::npos) << text;
  EXPECT_NE(text.find("kvalis_http_request_duration_seconds_bucket{" + l + ",le=\"0.001\"} 1\n"), std::string::npos);
  EXPECT_NE(text.find("kvalis_http_request_duration_seconds_bucket{" + l + ",le=\"0.025\"} 1\n"), std::string::npos);
  EXPECT_NE(text.find("kvalis_http_request_duration_seconds_bucket{" + l + ",le=\"0.05\"} 2\n"), std::string::npos);
  EXPECT_NE(text.find("kvalis_http_request_duration_seconds_bucket{" + l + ",le=\"5\"} 2\n"), std::string::npos);
  EXPECT_NE(text.find("kvalis_http_request_duration_seconds_bucket{" + l + ",le=\"+Inf\"} 3\n"), std::string::npos);
  EXPECT_NE(text.find("kvalis_http_request_duration_seconds_count{" + l + "} 3\n"), std::string::npos);
  EXPECT_NE(text.find("kvalis_http_request_duration_seconds_sum{" + l + "} 9.0307\n"), std::string::npos) << text;
  EXPECT_NE(text.find("status=\"4xx\"} 1\n"), std::string::npos);
}

TEST(Metrics, GaugesAndEscapedLabels) {
  Registry r;
  r.record_request("GET", "a\"b\\c\nd", 200, 0.1);
  Gauges g;
  g.open_connections = 3;
  g.db_pool_in_use = 1;
  g.db_pool_size = 8;
  g.data_version_reads = 42;
  g.resident_bytes = 1048576;
  g.open_fds = 17;
  g.version = "1.2.3";
  g.database = "postgresql";
  const std::string text = render(r.requests(), g);
  EXPECT_NE(text.find("route=\"a\\\"b\\\\c\\nd\""), std::string::npos) << text;
  for (const char* line :
       {"kvalis_http_open_connections 3\n", "kvalis_db_pool_connections_in_use 1\n", "kvalis_db_pool_connections 8\n",
        "kvalis_data_version_reads_total 42\n", "process_resident_memory_bytes 1048576\n", "process_open_fds 17\n",
        "kvalis_build_info{version=\"1.2.3\",database=\"postgresql\"} 1\n",
        "# TYPE kvalis_http_request_duration_seconds histogram\n", "# TYPE kvalis_http_requests_total counter\n"})
    EXPECT_NE(text.find(line), std::string::npos) << line;
}

TEST(Metrics, OpenConnections) {
  Registry r;
  r.connection_opened();
  r.connection_opened();
  r.connection_closed();
  EXPECT_EQ(r.open_connections(), 1);
}

}  // namespace
}  // namespace kvalis::metrics
