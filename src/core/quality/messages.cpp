#include "core/quality/messages.hpp"

#include <array>

namespace kvalis::quality {
namespace {

constexpr std::array kMessages = {
    QualityMessage{"quality.scale.level_count", "Škála musí mít 2 až {max} úrovní (má {count}).",
                   "A scale must have 2 to {max} levels (it has {count})."},
    QualityMessage{"quality.scale.code_invalid",
                   "Kód úrovně „{value}“ smí obsahovat jen malá písmena bez diakritiky, číslice a podtržítko (1–32 znaků).",
                   "Level code '{value}' may contain only lowercase letters a–z, digits and underscore (1–32 characters)."},
    QualityMessage{"quality.scale.code_duplicate", "Kód úrovně „{value}“ je ve škále dvakrát.",
                   "Level code '{value}' appears twice in the scale."},
    QualityMessage{"quality.scale.points_invalid", "Body úrovně musí být nezáporné číslo, nebo prázdné pro „nehodnoceno“ (je „{value}“).",
                   "Points of a level must be a number of at least 0, or empty for 'not applicable' (got '{value}')."},
    QualityMessage{"quality.scale.points_duplicate", "Počet bodů {value} má už úroveň „{other}“.",
                   "Level '{other}' already has {value} points."},
    QualityMessage{"quality.scale.too_few_applicable", "Škála musí mít alespoň dvě úrovně s body (má {count}).",
                   "A scale needs at least two levels with points (it has {count})."},
    QualityMessage{"quality.scale.zero_maximum", "Nejvyšší úroveň škály musí mít více než 0 bodů.",
                   "The highest level of a scale must have more than 0 points."},
    QualityMessage{"quality.scale.malformed", "Škálu nelze přečíst: {detail}.", "The scale cannot be read: {detail}."},
    QualityMessage{"quality.scale.empty", "Škála je prázdná.", "The scale is empty."},
    QualityMessage{"quality.scale.missing_column", "Chybí sloupec „{column}“.", "Column '{column}' is missing."},
    QualityMessage{"quality.criterion.duplicate_id", "Kritérium „{value}“ je uvedeno dvakrát.",
                   "Criterion '{value}' is listed twice."},
    QualityMessage{"quality.criterion.standard_invalid", "Číslo standardu musí být alespoň 1 (je {value}).",
                   "A standard number must be at least 1 (got {value})."},
    QualityMessage{"quality.criterion.duplicate_code", "Kritérium {value} je v šabloně dvakrát.",
                   "Criterion {value} appears twice in the template."},
    QualityMessage{"quality.criterion.weight_invalid", "Váha kritéria {criterion} musí být kladné číslo (je {value}).",
                   "The weight of criterion {criterion} must be a positive number (got {value})."},
    QualityMessage{"quality.rule.unknown_level", "Škála „{scale}“ nemá úroveň „{value}“ s body.",
                   "Scale '{scale}' has no level '{value}' with points."},
    QualityMessage{"quality.rule.essential_unreachable",
                   "Minimum pro zásadní kritéria ({value} b.) musí být mezi 0 a maximem škály ({max} b.).",
                   "The minimum for essential criteria ({value} points) must be between 0 and the scale's maximum ({max} points)."},
    QualityMessage{"quality.assessment.unknown_criterion", "Kritérium „{value}“ do auditu nepatří.",
                   "Criterion '{value}' is not part of the audit."},
    QualityMessage{"quality.assessment.unknown_level", "Kritérium „{criterion}“: škála „{scale}“ nemá úroveň „{value}“.",
                   "Criterion '{criterion}': scale '{scale}' has no level '{value}'."},
    QualityMessage{"quality.reason.essential_failed",
                   "Zásadní kritérium {criterion} je hodnoceno „{level}“ ({points} b.), vyžaduje se alespoň {required} b.",
                   "Essential criterion {criterion} is rated '{level}' ({points} points); at least {required} are required."},
    QualityMessage{"quality.reason.total_below_min", "Celkem {percent} % maxima, vyžaduje se alespoň {required} %.",
                   "Total {percent} % of the maximum; at least {required} % is required."},
    QualityMessage{"quality.reason.standard_below_min",
                   "Standard {standard}: {percent} % maxima, vyžaduje se alespoň {required} %.",
                   "Standard {standard}: {percent} % of the maximum; at least {required} % is required."},
    QualityMessage{"quality.reason.not_scored", "Kritérium {criterion} ještě není hodnoceno.",
                   "Criterion {criterion} is not scored yet."},
    QualityMessage{"quality.reason.nothing_applicable", "Žádné kritérium nebylo hodnoceno (vše je „nehodnoceno“).",
                   "No criterion was assessed (all are 'not applicable')."},
    QualityMessage{"quality.action.not_allowed", "Opatření nelze převést ze stavu „{from}“ do stavu „{to}“.",
                   "The action cannot move from '{from}' to '{to}'."},
    QualityMessage{"quality.action.final", "Ověřené opatření už nelze měnit.", "A verified action can no longer change."},
    QualityMessage{"quality.action.verifier_required", "Splnění opatření ověřuje nebo vrací jen auditor nebo kraj.",
                   "Only an auditor or the region verifies or rejects a done action."},
    QualityMessage{"quality.action.reason_required", "Uveďte důvod, proč se opatření vrací k dopracování.",
                   "Give the reason why the action is sent back."},
    QualityMessage{"quality.action.evidence_required", "Uveďte doklad, o který se ověření opírá.",
                   "Give the evidence the verification rests on."},
    QualityMessage{"quality.team.too_small",
                   "Inspekční tým má {size} člena/členů; pro tuto službu je nejméně {minimum} ({source}).",
                   "The inspection team has {size} member(s); this service needs at least {minimum} ({source})."},
};

}  // namespace

std::span<const QualityMessage> quality_messages() { return kMessages; }

const QualityMessage* find_quality_message(std::string_view key) {
  for (const auto& m : kMessages)
    if (m.key == key) return &m;
  return nullptr;
}

}  // namespace kvalis::quality
