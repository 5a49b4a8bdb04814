#include "people/export/staff_requirement_export.hpp"

namespace kvalis::people::exports {

using kvalis::exports::Cell;

kvalis::exports::Sheet requirement_sheet(const app::RequirementList& list, Lang lang) {
  kvalis::exports::Sheet sheet;
  sheet.name = lang == Lang::cs ? "Vzdělávání " + std::to_string(list.year) : "Education " + std::to_string(list.year);
  sheet.notes.push_back(translate("people.staff.export.title", lang,
                                  {{"organisation", list.organisation.name}, {"year", std::to_string(list.year)}}));
  sheet.notes.push_back(translate("people.staff.export.rule", lang,
                                  {{"text", translate(absence_reading_message_key(list.reading), lang)}}));
  for (const char* key :
       {"worker", "category", "required", "counted", "shortfall", "planned", "appraisal", "plan", "notes"})
    sheet.header.push_back(translate(std::string("people.staff.export.") + key, lang));
  for (const auto& item : list.items) {
    const auto& r = item.requirement;
    std::string notes;
    for (const auto& n : r.notes) {
      if (!notes.empty()) notes += " ";
      notes += translate(n.key, lang, n.params);
    }
    sheet.rows.push_back(
        {Cell(item.worker.name), Cell(translate("people.staff.category." + item.worker.category, lang)),
         Cell(r.result.required_hours), Cell(r.result.counted_hours), Cell(r.result.shortfall_hours),
         Cell(r.planned_hours), Cell(item.appraisal_next_due_on),
         Cell(translate(item.education_plan ? "people.staff.export.yes" : "people.staff.export.no", lang)),
         Cell(notes)});
  }
  sheet.widths = {28, 30, 14, 14, 12, 14, 16, 14, 90};
  return sheet;
}

}  // namespace kvalis::people::exports
