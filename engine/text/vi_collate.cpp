#include "engine/text/vi_collate.hpp"

#include <unicode/coll.h>

#include <algorithm>
#include <memory>

#include "engine/core/diagnostic.hpp"

namespace baocao::text {

namespace {

// Collator::compare is const and the object is never changed after creation:
// one per thread, created on first use.
const icu::Collator& collator() {
  thread_local std::unique_ptr<icu::Collator> c = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> made(icu::Collator::createInstance(icu::Locale("vi"), status));
    if (U_FAILURE(status) || !made) fail(ErrorFamily::internal, MsgId::text_not_nfc, {u_errorName(status)});
    // NFD input must sort like its NFC form.
    made->setAttribute(UCOL_NORMALIZATION_MODE, UCOL_ON, status);
    return made;
  }();
  return *c;
}

}  // namespace

int compare_vi(std::string_view a, std::string_view b) {
  UErrorCode status = U_ZERO_ERROR;
  UCollationResult r =
      collator().compareUTF8(icu::StringPiece(a.data(), static_cast<int32_t>(a.size())),
                             icu::StringPiece(b.data(), static_cast<int32_t>(b.size())), status);
  if (U_FAILURE(status)) fail(ErrorFamily::internal, MsgId::text_not_nfc, {u_errorName(status)});
  return r;
}

void sort_vi(std::vector<std::string>& items) {
  std::stable_sort(items.begin(), items.end(),
                   [](const std::string& a, const std::string& b) { return compare_vi(a, b) < 0; });
}

}  // namespace baocao::text
