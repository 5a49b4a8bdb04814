#pragma once
// HTML to PDF by WeasyPrint (Debian's `weasyprint`) in a separate process with a time limit: the PDF variant of
// every printable report and of the training certificates. The HTML is written to a fresh temporary directory,
// the program runs in its own process group with stdin/stdout/stderr on /dev/null, the group is killed when the
// limit passes, and the directory is removed whatever happens.
#include <chrono>
#include <string>

#include "platform/core/result.hpp"

namespace kvalis::exports {

inline constexpr const char* kPdfContentType = "application/pdf";

// The WeasyPrint program: $KVALIS_WEASYPRINT when set, otherwise /usr/bin/weasyprint.
std::string weasyprint_path();

// The time limit of one rendering: $KVALIS_PDF_TIME_LIMIT seconds (1–600) when set, otherwise 60 s (a 30-page
// report takes a few seconds of CPU; the margin is for a loaded machine).
std::chrono::milliseconds pdf_time_limit();

// Runs `<program> --encoding utf-8 page.html page.pdf` and returns the PDF's bytes. A missing or non-executable
// program is ErrorCode::unavailable with export.pdf_unavailable (503); a failed run, a time-out (the process
// group is killed) or a result that is not a PDF is ErrorCode::unavailable with export.pdf_failed {reason}.
Result<std::string> render_pdf(const std::string& html, std::chrono::milliseconds limit = pdf_time_limit(),
                               const std::string& program = weasyprint_path());

}  // namespace kvalis::exports
