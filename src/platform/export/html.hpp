#pragma once
// Pieces of the printable HTML reports (every module's): escaping, Czech numbers, inline SVG box plots.
#include <optional>
#include <string>
#include <vector>

namespace kvalis::exports {

std::string html_escape(const std::string& text);
// Text with line breaks as escaped paragraphs (<p>…</p>), blank lines left out.
std::string html_paragraphs(const std::string& text);
std::string format_cs(double value);  // Czech number: decimal comma, thin spaces between thousands
// A fraction as a whole percentage, "13 %" for 0.125: the screen's rule (round_half_away), not printf's.
std::string percent_text(const std::optional<double>& fraction);
// A horizontal box plot (min, Q1, median, Q3, max) with optional marks (the service's value).
std::string box_plot_svg(double min, double q1, double median, double q3, double max, const std::vector<double>& marks,
                         double width = 240, double height = 30);

// ---- the PDF's page frame (CSS paged media, shared by every printable report) ----------------------------------

// The <meta> a printable report puts in its <head>: the organisation the report is about (a provider, a region,
// a working group), which the running header of the PDF shows. Escaped.
std::string organisation_meta(const std::string& organisation);

// A report's HTML made ready for its PDF (WeasyPrint): a <style> added at the end of <head> with A4 pages and
// margins, a running header with the organisation (organisation_meta, else the <title>) and the date of printing
// ("Vytištěno 6. 12. 2026" / "Printed 6 Dec 2026"), the footer "Strana X z Y" / "Page X of Y", hyphenation by the
// document's language (<html lang="cs|en">), header rows (<thead>) repeated on every page and rows, figures and
// headings kept with what follows. The HTML served to the browser stays as it is; only the PDF gets this frame.
std::string paged_media_html(const std::string& html, const std::string& printed_on /* YYYY-MM-DD */);

}  // namespace kvalis::exports
