// The accounts module's message keys in Czech and English (the catalogue: platform/core/messages.hpp).
#include "platform/core/messages.hpp"

#include <array>

namespace kvalis {
namespace {

constexpr std::array kMessages = {
    Message{"auth.required", "Přihlaste se prosím.", "Please log in."},
    Message{"auth.forbidden", "K této akci nemáte oprávnění.", "You do not have permission for this action."},
    Message{"auth.invalid_credentials", "Nesprávné přihlašovací jméno nebo heslo.", "Wrong login or password."},
    Message{"auth.throttled", "Příliš mnoho neúspěšných pokusů o přihlášení. Zkuste to znovu za {seconds} s.",
            "Too many failed login attempts. Try again in {seconds} s."},
    Message{"auth.inactive", "Účet je zablokován.", "The account is disabled."},
    Message{"password.too_short", "Heslo musí mít alespoň {min} znaků.",
            "The password must have at least {min} characters."},
    Message{"password.wrong_current", "Současné heslo nesouhlasí.", "The current password is wrong."},
    Message{"login.invalid",
            "Přihlašovací jméno smí obsahovat jen malá písmena bez diakritiky, číslice, tečku, pomlčku a podtržítko "
            "(3–64 znaků).",
            "A login may contain only lowercase letters a–z, digits, dot, dash and underscore (3–64 characters)."},
    Message{"login.exists", "Uživatel s tímto přihlašovacím jménem už existuje.",
            "A user with this login already exists."},
    Message{"role.unknown", "Neznámá role „{value}“.", "Unknown role '{value}'."},
    Message{"organisation_type.unknown", "Neznámý typ organizace „{value}“.", "Unknown organisation type '{value}'."},
    Message{"user.not_found", "Uživatel nebyl nalezen.", "User not found."},
    Message{"session.not_found", "Relace nebyla nalezena (možná už skončila).",
            "Session not found (it may have ended already)."},
    Message{"user.deactivate_self", "Svůj vlastní účet deaktivovat nelze; požádejte jiného správce.",
            "You cannot deactivate your own account; ask another administrator."},
    Message{"membership.foreign_organisation", "Roli můžete přidělit jen ve své organizaci.",
            "You can assign roles only in your own organisation."},
};

const bool kRegistered = add_messages("accounts", kMessages);

}  // namespace
}  // namespace kvalis
