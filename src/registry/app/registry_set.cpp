#include "registry/app/registry_set.hpp"

#include "registry/store/registry_repo.hpp"

namespace kvalis::registry::app {

namespace repo = store::registry_repo;

struct SourceWriter::Impl {
  Impl(soci::session& session, long long now, std::string src)
      : s(session), source(std::move(src)), writer(session, now, source) {}
  soci::session& s;
  std::string source;
  repo::RegistryWriter writer;
};

SourceWriter::SourceWriter(soci::session& s, long long now, std::string source)
    : impl_(std::make_unique<Impl>(s, now, std::move(source))) {}

SourceWriter::~SourceWriter() = default;

long long SourceWriter::public_body(const Organisation& o, bool* created) {
  std::optional<long long> id;
  if (!o.ico.empty()) {
    if (auto f = repo::find_organisation_source(impl_->s, o.ico)) id = f->id;
  } else {
    id = repo::find_office(impl_->s, o.type, o.name, impl_->source);
  }
  if (created) *created = !id;
  if (!id) return repo::insert_organisation(impl_->s, o, impl_->source);
  Organisation row = o;
  row.id = *id;
  repo::update_organisation(impl_->s, row);
  return *id;
}

Result<long long> SourceWriter::provider(const Provider& p, bool* created) {
  if (auto f = repo::find_organisation_source(impl_->s, p.ico); f && f->source != impl_->source)
    return Error{ErrorCode::conflict,
                 "ico",
                 "organisation.ico_of_other_source",
                 {{"ico", p.ico}, {"id", std::to_string(f->id)}, {"source", f->source}}};
  bool is_new = false;
  const long long id = impl_->writer.provider(p, &is_new);
  if (created) *created = is_new;
  if (!is_new) {
    // The writer refreshes what a registry import carries; this source also owns founder and territory.
    repo::update_organisation(impl_->s, Organisation{id, "provider", p.name, p.ico, p.legal_form_code, p.founder,
                                                     p.region_code, p.territory_code, p.address, 0});
  }
  return id;
}

long long SourceWriter::service(long long provider_id, const Service& svc, bool* created) {
  return impl_->writer.service(provider_id, svc, created);
}

int SourceWriter::end_services_not_seen(const std::string& ended_on) {
  return impl_->writer.end_services_not_seen(ended_on);
}

}  // namespace kvalis::registry::app
