#pragma once
// Which stored form of a static file to send for a request's Accept-Encoding (RFC 9110 §12.5.3): the front end's
// build writes a brotli (.br) and a gzip (.gz) sibling beside each text asset (web/scripts/compress-dist.mjs),
// and `kvalis serve` sends the one the client accepts best.
#include <string_view>

namespace kvalis {

enum class ContentCoding { identity, gzip, br };

// The coding to send. `accept_encoding` is the header's value (empty when the header is absent: identity, as
// nginx's gzip_static does); `has_br` / `has_gzip` say which siblings exist. A coding's weight is its own q-value,
// else that of `*`, else 0 (not acceptable); `x-gzip` counts as gzip; names are case-insensitive; an element with
// a malformed q-value is ignored. The highest weight above 0 wins, brotli before gzip at equal weight. Identity is
// the fallback: chosen over a coding only when listed itself with a higher q-value (or when no coding is
// acceptable; `identity;q=0` is not honoured with a 406, the file is always sent).
ContentCoding choose_content_coding(std::string_view accept_encoding, bool has_br, bool has_gzip);

// "br", "gzip" or "identity".
std::string_view content_coding_name(ContentCoding coding);

}  // namespace kvalis
