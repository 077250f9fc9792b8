// hb-subset behind RAII handles; see font_subset.hpp.
#include "engine/render/pdf/font_subset.hpp"

#include <hb-subset.h>
#include <hb.h>

#include <memory>
#include <vector>

#include "engine/core/diagnostic.hpp"
#include "engine/fonts/hb_handles.hpp"

namespace baocao::render {

namespace {

struct InputDeleter {
  void operator()(hb_subset_input_t* i) const { hb_subset_input_destroy(i); }
};

}  // namespace

std::string subset_font(const std::filesystem::path& file, const std::set<char32_t>& code_points) {
  fonts::HbBlob blob(hb_blob_create_from_file_or_fail(file.c_str()));
  if (!blob) fail(ErrorFamily::font, MsgId::font_file_missing, {file.string(), "open"});
  fonts::HbFace face(hb_face_create(blob.get(), 0));
  std::unique_ptr<hb_subset_input_t, InputDeleter> input(hb_subset_input_create_or_fail());
  if (!input) fail(ErrorFamily::font, MsgId::font_file_missing, {file.string(), "hb_subset_input"});
  hb_set_t* unicodes = hb_subset_input_unicode_set(input.get());  // owned by input
  for (char32_t cp : code_points) hb_set_add(unicodes, cp);
  hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NO_HINTING);
  fonts::HbFace cut(hb_subset_or_fail(face.get(), input.get()));
  if (!cut) fail(ErrorFamily::font, MsgId::font_file_missing, {file.string(), "hb_subset"});
  fonts::HbBlob out(hb_face_reference_blob(cut.get()));
  unsigned length = 0;
  const char* data = hb_blob_get_data(out.get(), &length);
  if (!data || length == 0) fail(ErrorFamily::font, MsgId::font_file_missing, {file.string(), "hb_subset"});
  return std::string(data, length);
}

}  // namespace baocao::render
