// hb-subset behind RAII handles; see font_subset.hpp.
#include "engine/render/pdf/font_subset.hpp"

#include <hb-subset.h>
#include <hb.h>

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "engine/core/diagnostic.hpp"
#include "engine/fonts/hb_handles.hpp"

namespace baocao::render {

namespace {

struct InputDeleter {
  void operator()(hb_subset_input_t* i) const { hb_subset_input_destroy(i); }
};

std::string cut(const std::filesystem::path& file, const std::set<char32_t>& code_points);

// Cuts already made, by the font file (its name, size and time) and the
// characters: a run's reports mostly draw the same characters (three in
// five faces of a country's reports repeat an earlier cut), and cutting
// was a twelfth of the run. The key is exact, so the bytes are those a new
// cut would give.
class Cuts {
 public:
  static std::string get(const std::filesystem::path& file, const std::set<char32_t>& code_points) {
    std::error_code ec;
    std::string key = file.string();
    key += '\0' + std::to_string(std::filesystem::file_size(file, ec));
    key += '\0' + std::to_string(std::filesystem::last_write_time(file, ec).time_since_epoch().count());
    key += '\0';
    for (char32_t c : code_points) key.append(reinterpret_cast<const char*>(&c), sizeof c);
    {
      std::lock_guard lock(mutex_);
      if (auto it = cuts_.find(key); it != cuts_.end()) return it->second;
    }
    std::string bytes = cut(file, code_points);
    std::lock_guard lock(mutex_);
    if (held_ + bytes.size() > kMaxBytes) {  // a bound, not a policy: start again
      cuts_.clear();
      held_ = 0;
    }
    held_ += bytes.size();
    cuts_.emplace(std::move(key), bytes);
    return bytes;
  }

 private:
  static constexpr std::size_t kMaxBytes = std::size_t{16} << 20;
  static inline std::mutex mutex_;
  static inline std::map<std::string, std::string> cuts_;
  static inline std::size_t held_ = 0;
};

}  // namespace

std::string subset_font(const std::filesystem::path& file, const std::set<char32_t>& code_points) {
  return Cuts::get(file, code_points);
}

namespace {

std::string cut(const std::filesystem::path& file, const std::set<char32_t>& code_points) {
  fonts::HbBlob blob(hb_blob_create_from_file_or_fail(file.c_str()));
  if (!blob) fail(ErrorFamily::font, MsgId::font_file_missing, {file.string(), "open"});
  fonts::HbFace face(hb_face_create(blob.get(), 0));
  std::unique_ptr<hb_subset_input_t, InputDeleter> input(hb_subset_input_create_or_fail());
  if (!input) fail(ErrorFamily::font, MsgId::font_file_missing, {file.string(), "hb_subset_input"});
  hb_set_t* unicodes = hb_subset_input_unicode_set(input.get());  // owned by input
  for (char32_t cp : code_points) hb_set_add(unicodes, cp);
  hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NO_HINTING);
  fonts::HbFace subset(hb_subset_or_fail(face.get(), input.get()));
  if (!subset) fail(ErrorFamily::font, MsgId::font_file_missing, {file.string(), "hb_subset"});
  fonts::HbBlob out(hb_face_reference_blob(subset.get()));
  unsigned length = 0;
  const char* data = hb_blob_get_data(out.get(), &length);
  if (!data || length == 0) fail(ErrorFamily::font, MsgId::font_file_missing, {file.string(), "hb_subset"});
  return std::string(data, length);
}

}  // namespace

}  // namespace baocao::render
