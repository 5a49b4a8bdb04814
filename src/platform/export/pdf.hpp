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

// Runs `<program> --encoding utf-8 page.html page.pdf` and returns the PDF's bytes. A missing or non-executable
// program is ErrorCode::unavailable with export.pdf_unavailable (503); a failed run, a time-out (the process
// group is killed) or a result that is not a PDF is ErrorCode::unavailable with export.pdf_failed {reason}.
Result<std::string> render_pdf(const std::string& html, std::chrono::milliseconds limit = std::chrono::seconds(30),
                               const std::string& program = weasyprint_path());

}  // namespace kvalis::exports
