#pragma once
// A bounded list of problems found while checking an upload or import: the first `cap` problems are
// kept, every further one is only counted. A file of a million bad lines then costs the memory of a
// hundred problems, and the answer names the first ones and how many there were in all.
#include <cstddef>
#include <utility>
#include <vector>

namespace kvalis {

// How many problems of one upload or import are reported one by one.
inline constexpr std::size_t kMaxReportedProblems = 100;

template <class T>
class ProblemCollector {
 public:
  explicit ProblemCollector(std::size_t cap = kMaxReportedProblems) : cap_(cap) {}

  void add(T problem) {
    ++total_;
    if (kept_.size() < cap_) kept_.push_back(std::move(problem));
  }
  // The same, building the problem (its message, its quoted text) only while it will be kept.
  template <class Make>
  void add_lazily(Make&& make) {
    ++total_;
    if (kept_.size() < cap_) kept_.push_back(make());
  }
  bool empty() const { return total_ == 0; }
  // Every problem seen, also those not kept.
  std::size_t total() const { return total_; }
  // The first problems, at most cap.
  const std::vector<T>& items() const { return kept_; }
  std::vector<T>& items() { return kept_; }
  // Problems counted but not kept.
  std::size_t omitted() const { return total_ - kept_.size(); }
  bool full() const { return kept_.size() >= cap_; }

 private:
  std::size_t cap_;
  std::size_t total_ = 0;
  std::vector<T> kept_;
};

}  // namespace kvalis
