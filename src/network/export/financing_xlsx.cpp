#include "network/export/financing_xlsx.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unordered_map>

namespace kvalis::network::exports {

namespace {

struct TempFile {
  std::string path;
  TempFile() {
    std::string pattern = (std::filesystem::temp_directory_path() / "kvalis-financing-XXXXXX").string();
    const int fd = mkstemp(pattern.data());
    if (fd < 0) throw std::runtime_error("cannot create a temporary file for the Excel export");
    close(fd);
    path = pattern;
  }
  ~TempFile() { std::filesystem::remove(path); }
};

// Column letters of a 0-based column (A, …, Z, AA, …).
std::string column_name(int col) {
  std::string out;
  for (int c = col + 1; c > 0; c = (c - 1) / 26) out.insert(out.begin(), static_cast<char>('A' + (c - 1) % 26));
  return out;
}

struct Formats {
  lxw_format *title, *note, *header, *text, *amount, *number, *percent, *total_text, *total_amount, *total_number;
  // whole numbers of units: "#,##0.##" would show 35 as "35," in Czech Excel
  lxw_format *integer, *total_integer;
};

Formats make_formats(lxw_workbook* wb) {
  Formats f{};
  f.title = workbook_add_format(wb);
  format_set_bold(f.title);
  format_set_font_size(f.title, 14);
  f.note = workbook_add_format(wb);
  format_set_italic(f.note);
  f.header = workbook_add_format(wb);
  format_set_bold(f.header);
  format_set_bg_color(f.header, 0xE8EEF4);
  format_set_border(f.header, LXW_BORDER_THIN);
  format_set_text_wrap(f.header);
  format_set_align(f.header, LXW_ALIGN_VERTICAL_CENTER);
  f.text = workbook_add_format(wb);
  f.amount = workbook_add_format(wb);
  format_set_num_format(f.amount, "#,##0 \"Kč\"");
  f.number = workbook_add_format(wb);
  format_set_num_format(f.number, "#,##0.##");
  f.percent = workbook_add_format(wb);
  format_set_num_format(f.percent, "0.0 %");
  f.total_text = workbook_add_format(wb);
  format_set_bold(f.total_text);
  format_set_top(f.total_text, LXW_BORDER_THIN);
  f.total_amount = workbook_add_format(wb);
  format_set_bold(f.total_amount);
  format_set_top(f.total_amount, LXW_BORDER_THIN);
  format_set_num_format(f.total_amount, "#,##0 \"Kč\"");
  f.total_number = workbook_add_format(wb);
  format_set_bold(f.total_number);
  format_set_top(f.total_number, LXW_BORDER_THIN);
  format_set_num_format(f.total_number, "#,##0.##");
  f.integer = workbook_add_format(wb);
  format_set_num_format(f.integer, "#,##0");
  f.total_integer = workbook_add_format(wb);
  format_set_bold(f.total_integer);
  format_set_top(f.total_integer, LXW_BORDER_THIN);
  format_set_num_format(f.total_integer, "#,##0");
  return f;
}

class Writer {
 public:
  Writer(lxw_worksheet* ws, const Formats& f) : ws_(ws), f_(f) {}
  lxw_row_t row() const { return row_; }
  void next() { ++row_; }
  void text(int col, const std::string& s, lxw_format* fmt = nullptr) {
    worksheet_write_string(ws_, row_, static_cast<lxw_col_t>(col), s.c_str(), fmt ? fmt : f_.text);
  }
  void num(int col, double v, lxw_format* fmt) {
    if (std::trunc(v) == v) fmt = fmt == f_.number ? f_.integer : fmt == f_.total_number ? f_.total_integer : fmt;
    worksheet_write_number(ws_, row_, static_cast<lxw_col_t>(col), v, fmt);
  }
  // =SUM(col first:col last) with its value.
  void sum(int col, lxw_row_t first, lxw_row_t last, double value, lxw_format* fmt) {
    const std::string c = column_name(col);
    const std::string formula = "=SUM(" + c + std::to_string(first + 1) + ":" + c + std::to_string(last + 1) + ")";
    if (std::trunc(value) == value && fmt == f_.total_number) fmt = f_.total_integer;
    worksheet_write_formula_num(ws_, row_, static_cast<lxw_col_t>(col), formula.c_str(), fmt, value);
  }
  // Title, notes, an empty row, the header (frozen below it); widths per column.
  void head(const std::string& title, const std::vector<std::string>& notes, const std::vector<std::string>& header,
            const std::vector<double>& widths) {
    text(0, title, f_.title);
    next();
    for (const auto& n : notes) {
      text(0, n, f_.note);
      next();
    }
    next();
    header_row_ = row_;
    for (std::size_t c = 0; c < header.size(); ++c) {
      text(static_cast<int>(c), header[c], f_.header);
      const double w = c < widths.size() ? widths[c] : 16;
      worksheet_set_column(ws_, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), w, nullptr);
    }
    worksheet_set_row(ws_, row_, 32, nullptr);
    columns_ = static_cast<int>(header.size());
    next();
    worksheet_freeze_panes(ws_, row_, 0);
  }
  void filter() {
    if (row_ > header_row_ + 1)
      worksheet_autofilter(ws_, header_row_, 0, row_ - 1, static_cast<lxw_col_t>(columns_ - 1));
  }

 private:
  lxw_worksheet* ws_;
  const Formats& f_;
  lxw_row_t row_ = 0, header_row_ = 0;
  int columns_ = 0;
};

std::string tr(bool en, const char* cs, const char* english) { return en ? english : cs; }

std::vector<std::string> year_columns(const std::vector<int>& years, const std::string& prefix) {
  std::vector<std::string> out;
  for (int y : years) out.push_back(prefix + std::to_string(y));
  return out;
}

std::vector<std::string> notes_of(const app::OutlookExport& d, bool en) {
  const auto& v = d.outlook;
  std::vector<std::string> notes;
  std::string regions;
  for (const auto& r : v.base_data->regions) regions += (regions.empty() ? "" : ", ") + r.name;
  notes.push_back(tr(en, "Kraj: ", "Region: ") + (regions.empty() ? "–" : regions));
  if (!v.result().years.empty())
    notes.push_back(tr(en, "Roky ", "Years ") + std::to_string(v.result().years.front()) + "–" +
                    std::to_string(v.result().years.back()) +
                    tr(en, "; částky v Kč, náklady rostou podle modelu (cost_growth).",
                       "; amounts in Kč, costs grow by the model's cost_growth."));
  if (v.scenario)
    notes.push_back(tr(en, "Scénář: ", "Scenario: ") + v.scenario->name + " (" + std::to_string(v.changes.size()) +
                    tr(en, " změn)", " changes)"));
  return notes;
}

void summary_sheet(lxw_workbook* wb, const Formats& f, const app::OutlookExport& d, bool en) {
  const auto& o = d.outlook.result();
  const auto& base = d.outlook.base();
  Writer w(workbook_add_worksheet(wb, en ? "Summary" : "Souhrn"), f);
  std::vector<std::string> header = {tr(en, "Položka", "Item")};
  for (const auto& c : year_columns(o.years, "")) header.push_back(c);
  header.push_back(tr(en, "Celkem", "Total"));
  std::vector<double> widths = {38};
  w.head(tr(en, "Výhled financování sítě sociálních služeb", "Financing outlook of the network of social services"),
         notes_of(d, en), header, widths);
  const int n = static_cast<int>(o.years.size());
  auto line = [&](const std::string& label, const std::vector<double>& values, bool total) {
    w.text(0, label, total ? f.total_text : f.text);
    double sum = 0;
    for (int y = 0; y < n; ++y) {
      w.num(1 + y, values[static_cast<std::size_t>(y)], total ? f.total_amount : f.amount);
      sum += values[static_cast<std::size_t>(y)];
    }
    w.num(1 + n, sum, f.total_amount);
    w.next();
  };
  w.text(0, tr(en, "Výnosy podle zdroje", "Revenues by source"), f.total_text);
  w.next();
  const lxw_row_t first = w.row();
  std::vector<double> revenues(static_cast<std::size_t>(n), 0.0);
  for (Source s : all_sources()) {
    const auto& values = o.by_source[static_cast<std::size_t>(s)];
    for (int y = 0; y < n; ++y) revenues[static_cast<std::size_t>(y)] += values[static_cast<std::size_t>(y)];
    line(std::string(source_name(s, en)), values, false);
  }
  const lxw_row_t last = w.row() - 1;
  w.text(0, tr(en, "Výnosy celkem", "Revenues in total"), f.total_text);
  double all = 0;
  for (int y = 0; y < n; ++y) {
    w.sum(1 + y, first, last, revenues[static_cast<std::size_t>(y)], f.total_amount);
    all += revenues[static_cast<std::size_t>(y)];
  }
  w.sum(1 + n, first, last, all, f.total_amount);
  w.next();
  w.next();
  w.text(0, tr(en, "Náklady podle kategorie", "Costs by category"), f.total_text);
  w.next();
  for (std::size_t k = 0; k < kCostShareCount; ++k) line(std::string(cost_share_name(k, en)), o.by_cost[k], false);
  line(tr(en, "Náklady celkem", "Costs in total"), o.total_cost, true);
  line(tr(en, "Optimální dotace (vyrovnávací platba ze státní dotace)",
          "Optimal subsidy (compensation from the state subsidy)"),
       o.total_optimal, false);
  line(tr(en, "Nepokryto (náklady − výnosy)", "Uncovered (costs − revenues)"), o.uncovered, false);
  // The development demand: the supported costs of the decided development plans, and the total demand.
  const auto& dev = d.outlook.development;
  std::vector<double> personnel, operating, investment, dev_total;
  for (const auto& y : dev.totals) {
    personnel.push_back(y.personnel);
    operating.push_back(y.operating);
    investment.push_back(y.investment);
    dev_total.push_back(y.total());
  }
  if (static_cast<int>(dev_total.size()) == n) {
    w.next();
    w.text(0, tr(en, "Rozvojové záměry (podpořené rozvojové plány)", "Development (supported development plans)"),
           f.total_text);
    w.next();
    line(tr(en, "Rozvoj – osobní náklady", "Development – personnel costs"), personnel, false);
    line(tr(en, "Rozvoj – provozní náklady", "Development – operating costs"), operating, false);
    line(tr(en, "Rozvoj – investice", "Development – investment"), investment, false);
    line(tr(en, "Rozvojové záměry celkem", "Development in total"), dev_total, true);
    w.next();
    line(tr(en, "Optimální dotace (provoz sítě)", "Optimal subsidy (operating the network)"), o.total_optimal, false);
    line(tr(en, "Rozvojové záměry", "Development"), dev_total, false);
    line(tr(en, "Finanční náročnost celkem (optimální dotace + rozvoj)",
            "Total financial demand (optimal subsidy + development)"),
         d.outlook.total_demand, true);
  }
  if (d.outlook.scenario) {
    w.next();
    line(tr(en, "Optimální dotace – základ bez scénáře", "Optimal subsidy – base without the scenario"),
         base.total_optimal, false);
    std::vector<double> diff(static_cast<std::size_t>(n));
    for (int y = 0; y < n; ++y)
      diff[static_cast<std::size_t>(y)] =
          o.total_optimal[static_cast<std::size_t>(y)] - base.total_optimal[static_cast<std::size_t>(y)];
    line(tr(en, "Rozdíl scénáře proti základu", "Scenario minus base"), diff, true);
    line(tr(en, "Náklady – základ bez scénáře", "Costs – base without the scenario"), base.total_cost, false);
  }
}

void kind_sheet(lxw_workbook* wb, const Formats& f, const app::OutlookExport& d, bool en,
                const std::function<std::string(const std::string&)>& kind_name) {
  const auto& o = d.outlook.result();
  const int n = static_cast<int>(o.years.size());
  Writer w(workbook_add_worksheet(wb, en ? "By kind" : "Podle druhu"), f);
  std::vector<std::string> header = {tr(en, "Druh služby", "Kind of service"), tr(en, "Služeb", "Services")};
  for (const auto& c : year_columns(o.years, tr(en, "Jednotky ", "Units "))) header.push_back(c);
  for (const auto& c : year_columns(o.years, tr(en, "Náklady ", "Costs "))) header.push_back(c);
  for (const auto& c : year_columns(o.years, tr(en, "Optimální dotace ", "Optimal subsidy "))) header.push_back(c);
  w.head(tr(en, "Výhled podle druhu služby", "Outlook by kind of service"), notes_of(d, en), header, {44, 9});
  const lxw_row_t first = w.row();
  std::vector<double> totals(static_cast<std::size_t>(3 * n + 1), 0.0);
  for (const auto& [code, k] : o.by_kind) {
    w.text(0, kind_name(code));
    w.num(1, k.services, f.number);
    totals[0] += k.services;
    for (int y = 0; y < n; ++y) {
      const auto i = static_cast<std::size_t>(y);
      w.num(2 + y, k.units[i], f.number);
      w.num(2 + n + y, k.cost[i], f.amount);
      w.num(2 + 2 * n + y, k.optimal[i], f.amount);
      totals[1 + i] += k.units[i];
      totals[1 + static_cast<std::size_t>(n) + i] += k.cost[i];
      totals[1 + 2 * static_cast<std::size_t>(n) + i] += k.optimal[i];
    }
    w.next();
  }
  const lxw_row_t last = w.row() - 1;
  w.filter();
  w.text(0, tr(en, "Celkem", "Total"), f.total_text);
  if (last >= first)
    for (int c = 0; c < 3 * n + 1; ++c)
      w.sum(1 + c, first, last, totals[static_cast<std::size_t>(c)], c <= n ? f.total_number : f.total_amount);
}

void services_sheet(lxw_workbook* wb, const Formats& f, const app::OutlookExport& d, bool en,
                    const std::function<std::string(const std::string&)>& kind_name) {
  const auto& v = d.outlook;
  const auto& o = v.result();
  const int n = static_cast<int>(o.years.size());
  const std::string y0 = o.years.empty() ? "" : std::to_string(o.years.front());
  Writer w(workbook_add_worksheet(wb, en ? "Services" : "Služby"), f);
  std::vector<std::string> header = {tr(en, "Služba", "Service"), tr(en, "Poskytovatel", "Provider"),
                                     tr(en, "Druh", "Kind"), tr(en, "Kraj", "Region"), tr(en, "Jednotka", "Unit")};
  for (const auto& c : year_columns(o.years, tr(en, "Jednotky ", "Units "))) header.push_back(c);
  for (const auto& c : year_columns(o.years, tr(en, "Náklady ", "Costs "))) header.push_back(c);
  for (const auto& c : year_columns(o.years, tr(en, "Optimální dotace ", "Optimal subsidy "))) header.push_back(c);
  header.push_back(tr(en, "Požadováno ", "Requested ") + y0);
  header.push_back(tr(en, "Přiznáno ", "Granted ") + y0);
  header.push_back(tr(en, "Přiznáno / optimum", "Granted / optimum"));
  header.push_back(tr(en, "Rozdíl – vysvětlení", "Difference explained"));
  header.push_back(tr(en, "Zdůvodnění kraje", "The region's reason"));
  std::vector<double> widths = {40, 32, 28, 18, 11};
  for (int i = 0; i < 3 * n; ++i) widths.push_back(15);
  for (double x : {15.0, 15.0, 11.0, 48.0, 36.0}) widths.push_back(x);
  w.head(tr(en, "Služby: optimální, požadovaná a přiznaná dotace", "Services: optimal, requested and granted subsidy"),
         notes_of(d, en), header, widths);
  std::unordered_map<long long, const app::LineView*> lines;
  for (const auto& l : d.lines) lines[l.service.id] = &l;
  std::unordered_map<std::string, std::string> region_names;
  for (const auto& r : v.base_data->regions) region_names[r.code] = r.name;
  const lxw_row_t first = w.row();
  const int cols = 3 * n + 2;  // summed numeric columns from column 5
  std::vector<double> totals(static_cast<std::size_t>(cols), 0.0);
  for (std::size_t i : v.listed) {
    const auto& svc = v.base_data->services[i];
    const auto& years = o.services[i];
    w.text(0, svc.name);
    w.text(1, svc.provider_name);
    w.text(2, kind_name(svc.kind_code));
    w.text(3, region_names.count(svc.region_code) ? region_names[svc.region_code] : svc.region_code);
    w.text(4, v.units()[i] ? std::string(fin_unit_name(*v.units()[i], en)) : "–");
    for (int y = 0; y < n; ++y) {
      const auto& sy = years[static_cast<std::size_t>(y)];
      w.num(5 + y, sy.units, f.number);
      w.num(5 + n + y, sy.cost, f.amount);
      w.num(5 + 2 * n + y, sy.optimal, f.amount);
      totals[static_cast<std::size_t>(y)] += sy.units;
      totals[static_cast<std::size_t>(n + y)] += sy.cost;
      totals[static_cast<std::size_t>(2 * n + y)] += sy.optimal;
    }
    const auto it = lines.find(svc.id);
    const app::LineView* line = it == lines.end() ? nullptr : it->second;
    if (line && line->requested) {
      w.num(5 + 3 * n, *line->requested, f.amount);
      totals[static_cast<std::size_t>(3 * n)] += *line->requested;
    }
    if (line && line->granted) {
      w.num(6 + 3 * n, *line->granted, f.amount);
      totals[static_cast<std::size_t>(3 * n + 1)] += *line->granted;
      if (line->optimal > 0) w.num(7 + 3 * n, *line->granted / line->optimal, f.percent);
    }
    if (line) {
      w.text(8 + 3 * n, en ? line->difference.text_en : line->difference.text_cs);
      if (!line->difference_reason.empty()) w.text(9 + 3 * n, line->difference_reason);
    }
    w.next();
  }
  const lxw_row_t last = w.row() - 1;
  w.filter();
  w.text(0, tr(en, "Celkem", "Total"), f.total_text);
  if (last >= first)
    for (int c = 0; c < cols; ++c)
      w.sum(5 + c, first, last, totals[static_cast<std::size_t>(c)], c < n ? f.total_number : f.total_amount);
}

// Each supported development plan: its service, provider, title and per year its supported costs.
void development_sheet(lxw_workbook* wb, const Formats& f, const app::OutlookExport& d, bool en) {
  const auto& dev = d.outlook.development;
  const auto& years = dev.years;
  const int n = static_cast<int>(years.size());
  Writer w(workbook_add_worksheet(wb, en ? "Development plans" : "Rozvojové záměry"), f);
  std::vector<std::string> header = {tr(en, "Služba", "Service"), tr(en, "Poskytovatel", "Provider"),
                                     tr(en, "Rozvojový plán", "Development plan")};
  for (int y : years) {
    header.push_back(tr(en, "Osobní ", "Personnel ") + std::to_string(y));
    header.push_back(tr(en, "Provozní ", "Operating ") + std::to_string(y));
    header.push_back(tr(en, "Investice ", "Investment ") + std::to_string(y));
    header.push_back(tr(en, "Celkem ", "Total ") + std::to_string(y));
  }
  header.push_back(tr(en, "Celkem za roky", "Total of the years"));
  std::vector<double> widths = {40, 32, 40};
  for (int i = 0; i < 4 * n + 1; ++i) widths.push_back(14);
  w.head(tr(en, "Rozvojové záměry: podpořené náklady rozvojových plánů",
            "Development: the supported costs of development plans"),
         notes_of(d, en), header, widths);
  const lxw_row_t first = w.row();
  std::vector<double> totals(static_cast<std::size_t>(4 * n + 1), 0.0);
  for (const auto& p : dev.services) {
    w.text(0, p.service_name);
    w.text(1, p.provider_name);
    w.text(2, p.plan_title);
    double all = 0;
    for (int y = 0; y < n; ++y) {
      const auto& dy = p.years[static_cast<std::size_t>(y)];
      const double values[4] = {dy.personnel, dy.operating, dy.investment, dy.total()};
      for (int k = 0; k < 4; ++k) {
        w.num(3 + 4 * y + k, values[k], k == 3 ? f.total_amount : f.amount);
        totals[static_cast<std::size_t>(4 * y + k)] += values[k];
      }
      all += dy.total();
    }
    w.num(3 + 4 * n, all, f.total_amount);
    totals[static_cast<std::size_t>(4 * n)] += all;
    w.next();
  }
  if (dev.services.empty()) {
    w.text(0,
           tr(en, "V těchto letech nemá žádný rozhodnutý rozvojový plán podpořené náklady.",
              "No decided development plan has supported costs in these years."),
           f.note);
    return;
  }
  const lxw_row_t last = w.row() - 1;
  w.filter();
  w.text(0, tr(en, "Celkem", "Total"), f.total_text);
  for (int c = 0; c < 4 * n + 1; ++c) w.sum(3 + c, first, last, totals[static_cast<std::size_t>(c)], f.total_amount);
}

void model_sheet(lxw_workbook* wb, const Formats& f, const app::OutlookExport& d, bool en,
                 const std::function<std::string(const std::string&)>& kind_name,
                 const std::function<std::string(const std::string&)>& form_name) {
  Writer w(workbook_add_worksheet(wb, "Model"), f);
  const std::vector<std::string> header = {
      tr(en, "Kraj", "Region"),
      tr(en, "Model (rok)", "Model (year)"),
      tr(en, "Druh služby", "Kind of service"),
      tr(en, "Forma", "Form"),
      tr(en, "Jednotka", "Unit"),
      tr(en, "Jednotek ročně na 1 kapacity", "Units a year per unit of capacity"),
      tr(en, "Obvyklé náklady na jednotku", "Usual costs per unit"),
      tr(en, "Obvyklé vlastní příjmy na jednotku", "Usual own revenues per unit"),
      tr(en, "Vyrovnávací platba na jednotku", "Compensation per unit"),
      tr(en, "Ostatní veřejné zdroje na jednotku", "Other public sources per unit"),
      tr(en, "Podíl státní dotace", "State subsidy share"),
      tr(en, "Růst nákladů ročně", "Cost growth a year"),
      tr(en, "Poznámka", "Note")};
  w.head(tr(en, "Model financování kraje", "The region's financing model"),
         {tr(en,
             "Vyrovnávací platba = obvyklé náklady − obvyklé vlastní příjmy; optimální dotace = vyrovnávací platba × "
             "jednotky × podíl − ostatní veřejné zdroje × jednotky.",
             "Compensation = usual costs − usual own revenues; optimal subsidy = compensation × units × share − other "
             "public sources × units.")},
         header, {28, 26, 40, 14, 12, 16, 16, 16, 16, 16, 12, 12, 40});
  for (const auto& m : d.models) {
    for (const auto& r : m.rows) {
      w.text(0, m.region_name);
      w.text(1, m.head.name + " (" + std::to_string(m.head.year) + ")");
      w.text(2, kind_name(r.row.kind_code));
      w.text(3, r.row.form_code.empty() ? tr(en, "všechny", "every form") : form_name(r.row.form_code));
      w.text(4, std::string(fin_unit_name(r.row.unit, en)));
      w.num(5, r.row.units_per_capacity, f.number);
      w.num(6, r.row.reference_cost, f.amount);
      w.num(7, r.row.own_revenue, f.amount);
      w.num(8, compensation_per_unit(r.row.reference_cost, r.row.own_revenue), f.amount);
      w.num(9, r.row.other_public, f.amount);
      w.num(10, r.row.subsidy_share, f.percent);
      w.num(11, m.head.cost_growth, f.percent);
      if (!r.note.empty()) w.text(12, r.note);
      w.next();
    }
  }
  w.filter();
}

}  // namespace

std::string financing_workbook(const app::OutlookExport& data, bool english,
                               const std::function<std::string(const std::string&)>& kind_name,
                               const std::function<std::string(const std::string&)>& form_name) {
  TempFile file;
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  options.tmpdir = nullptr;
  lxw_workbook* wb = workbook_new_opt(file.path.c_str(), &options);
  if (!wb) throw std::runtime_error("cannot create the Excel workbook");
  const Formats f = make_formats(wb);
  summary_sheet(wb, f, data, english);
  kind_sheet(wb, f, data, english, kind_name);
  services_sheet(wb, f, data, english, kind_name);
  model_sheet(wb, f, data, english, kind_name, form_name);
  development_sheet(wb, f, data, english);
  if (workbook_close(wb) != LXW_NO_ERROR) throw std::runtime_error("cannot write the Excel workbook");
  std::ifstream in(file.path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace kvalis::network::exports
