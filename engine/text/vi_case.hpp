// Case mapping with the Vietnamese locale (ICU), result in NFC.
#pragma once

#include <string>
#include <string_view>

namespace baocao::text {

// "Cộng hòa xã hội chủ nghĩa Việt Nam" -> "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".
std::string upper_vi(std::string_view utf8);
// "THÀNH PHỐ" -> "thành phố".
std::string lower_vi(std::string_view utf8);
// The first letter in upper case, the rest as it is: "ủy ban" -> "Ủy ban".
std::string capitalize_first_vi(std::string_view utf8);
// A sentence's opening words where a sentence goes on (after "nhiệm vụ", in
// a list after a colon): "Tham mưu tổ chức …" -> "tham mưu tổ chức …". A
// capital on the second word ("Hội Khuyến học tỉnh …", "Sở Y tế …") or on
// the first word's second letter ("UBND …") marks a name, kept as written.
std::string mid_sentence_vi(std::string_view utf8);

}  // namespace baocao::text
