// The PDF renderer of every printable report (platform/export/pdf.hpp): a missing program is unavailable, a
// program that overruns the limit is killed with what it started, a failing one is reported; and the page frame
// (platform/export/html.hpp) that the PDF gets on top of the report's HTML.
#include <gtest/gtest.h>

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include "platform/export/html.hpp"
#include "platform/export/pdf.hpp"

namespace kvalis {
namespace {

namespace fs = std::filesystem;

// A shell script in a fresh temporary directory, removed at the end of the test.
struct FakeProgram {
  fs::path dir;
  fs::path path;
  explicit FakeProgram(const std::string& body) {
    dir = fs::temp_directory_path() / ("kvalis-fake-weasyprint-" + std::to_string(::getpid()) + "-" +
                                       std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    fs::create_directories(dir);
    path = dir / "weasyprint";
    std::ofstream(path) << "#!/bin/sh\n" << body;
    fs::permissions(path, fs::perms::owner_all);
  }
  ~FakeProgram() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

// Whether a process lives (a zombie, waiting for its parent to reap it, does not count).
bool alive(long pid) {
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string line;
  if (!std::getline(stat, line)) return false;
  const auto close = line.rfind(')');
  return close != std::string::npos && close + 2 < line.size() && line[close + 2] != 'Z';
}

const std::string kPage = "<!DOCTYPE html><html lang=\"cs\"><head><title>T</title></head><body>Ž</body></html>";

TEST(PdfRender, MissingProgramIsUnavailable) {
  const auto r = exports::render_pdf(kPage, std::chrono::seconds(5), "/nonexistent/weasyprint");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::unavailable);
  EXPECT_EQ(r.error().message_key, "export.pdf_unavailable");
}

TEST(PdfRender, TimeLimitKillsTheProgramAndItsChildren) {
  const auto pid_file = fs::temp_directory_path() / ("kvalis-fake-child-" + std::to_string(::getpid()));
  // The script starts a child of its own (not exec'd) and waits: the whole process group must go.
  FakeProgram slow("sleep 30 &\necho $! > '" + pid_file.string() + "'\nwait\n");
  const auto r = exports::render_pdf(kPage, std::chrono::milliseconds(400), slow.path.string());
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::unavailable);
  EXPECT_EQ(r.error().message_key, "export.pdf_failed");
  ASSERT_EQ(r.error().params.size(), 1u);
  EXPECT_EQ(r.error().params[0].second, "time limit exceeded");
  long child = 0;
  std::ifstream(pid_file) >> child;
  fs::remove(pid_file);
  ASSERT_GT(child, 0);
  bool gone = false;
  for (int i = 0; i < 100 && !gone; ++i) {  // the orphan is reaped by init, not by us: give it a moment
    gone = !alive(child);
    if (!gone) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  EXPECT_TRUE(gone) << "the program's child " << child << " outlived the time limit";
}

TEST(PdfRender, FailingProgramAndNoPdfAreFailures) {
  FakeProgram failing("exit 3\n");
  const auto r = exports::render_pdf(kPage, std::chrono::seconds(5), failing.path.string());
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message_key, "export.pdf_failed");
  EXPECT_EQ(r.error().params[0].second, "exit status 3");

  // Exit 0 but what it wrote is not a PDF.
  FakeProgram liar("for last; do :; done\necho hello > \"$last\"\n");
  const auto l = exports::render_pdf(kPage, std::chrono::seconds(5), liar.path.string());
  ASSERT_FALSE(l);
  EXPECT_EQ(l.error().params[0].second, "no PDF written");
}

TEST(PdfRender, ProgramGetsTheHtmlAndItsPdfIsReturned) {
  // A stand-in that copies the HTML behind a PDF header: the arguments are --encoding utf-8 <in> <out>.
  FakeProgram copy(
      "[ \"$1\" = --encoding ] && [ \"$2\" = utf-8 ] || exit 9\n{ printf '%%PDF-1.7\\n'; cat \"$3\"; } > "
      "\"$4\"\n");
  const auto r = exports::render_pdf(kPage, std::chrono::seconds(5), copy.path.string());
  ASSERT_TRUE(r) << r.error().message_key;
  EXPECT_EQ(*r, "%PDF-1.7\n" + kPage);
}

TEST(PdfPageFrame, RunningHeaderFooterAndHyphenation) {
  const std::string html = "<!DOCTYPE html>\n<html lang=\"cs\"><head><meta charset=\"utf-8\">" +
                           exports::organisation_meta("Domov \"Na Výsluní\" & <spol>") +
                           "<title>Zpráva</title><style>body{}</style></head><body><p>Text</p></body></html>";
  const auto framed = exports::paged_media_html(html, "2026-03-05");
  // The original page is all there, the frame goes at the end of <head> (after the report's own styles).
  EXPECT_LT(framed.find("<style>body{}</style>"), framed.find("@page"));
  EXPECT_LT(framed.find("@page"), framed.find("</head>"));
  EXPECT_NE(framed.find("<body><p>Text</p></body>"), std::string::npos);
  EXPECT_NE(framed.find("size: A4"), std::string::npos);
  // The organisation as a CSS string: quotes escaped, '<' cannot close the style element.
  EXPECT_NE(framed.find(R"(content: "Domov \"Na Výsluní\" & \3C spol>")"), std::string::npos) << framed;
  EXPECT_NE(framed.find("content: \"Vytištěno 5. 3. 2026\""), std::string::npos);
  EXPECT_NE(framed.find(R"("Strana " counter(page) " z " counter(pages))"), std::string::npos);
  EXPECT_NE(framed.find("hyphens: auto"), std::string::npos);
  EXPECT_NE(framed.find("thead { display: table-header-group; }"), std::string::npos);
  EXPECT_NE(framed.find("break-inside: avoid"), std::string::npos);

  // English page; no organisation meta: the title names the header.
  const auto en = exports::paged_media_html(
      "<!DOCTYPE html><html lang=\"en\"><head><title>Impact &amp; more</title></head><body></body></html>",
      "2026-12-06");
  EXPECT_NE(en.find("content: \"Impact & more\""), std::string::npos) << en;
  EXPECT_NE(en.find("content: \"Printed 6 Dec 2026\""), std::string::npos);
  EXPECT_NE(en.find(R"("Page " counter(page) " of " counter(pages))"), std::string::npos);
}

}  // namespace
}  // namespace kvalis
