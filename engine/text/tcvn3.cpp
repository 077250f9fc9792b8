// TCVN3 (TCVN 5712:1993, the "ABC" encoding of the .VnTime fonts) from the
// published table. ABC fonts fill the lowercase precomposed letters and the
// toneless capitals Ă Â Ê Ô Ơ Ư Đ (0xA1-0xA7); the standard's full table (VN1)
// also puts the toned capitals in 0x80-0x9F, a few C0 positions and the gaps
// between the lowercase letters, and combining tones at 0xB0-0xB4. Decoding
// with the full table reads every ABC file and agrees byte for byte with
// glibc's TCVN5712-1 (tested), which keeps ư at 0xAD, the Latin-1 soft hyphen.
#include <array>
#include <map>

#include "engine/text/legacy_codec.hpp"

namespace baocao::text::detail {

namespace {

// 0x80-0xFF, one UTF-8 character per byte.
constexpr std::string_view kHigh[8] = {
    "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ",                           // 0x80
    "ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ",                           // 0x90
    "\u00A0ĂÂÊÔƠƯĐăâêôơưđẰ",                      // 0xA0
    "\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ",  // 0xB0: combining tones first
    "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ",                           // 0xC0
    "éẹềểễếệìỉỄẾỒĩíịò",                           // 0xD0
    "Ổỏõóọồổỗốộờởỡớợù",                           // 0xE0
    "ỖủũúụừửữứựỳỷỹýỵỐ",                           // 0xF0
};

// Toned capitals VN1 places on C0 control positions.
constexpr std::pair<unsigned char, char32_t> kLow[] = {
    {0x01, U'Ú'}, {0x02, U'Ụ'}, {0x04, U'Ừ'}, {0x05, U'Ử'}, {0x06, U'Ữ'}, {0x11, U'Ứ'},
    {0x12, U'Ự'}, {0x13, U'Ỳ'}, {0x14, U'Ỷ'}, {0x15, U'Ỹ'}, {0x16, U'Ý'}, {0x17, U'Ỵ'},
};

struct Table {
  std::array<char32_t, 256> to_unicode{};
  std::map<char32_t, unsigned char> from_unicode;
};

const Table& table() {
  static const Table t = [] {
    Table out;
    for (int b = 0; b < 0x80; ++b) out.to_unicode[b] = static_cast<char32_t>(b);
    for (auto [b, c] : kLow) out.to_unicode[b] = c;
    std::u32string high;
    for (std::string_view row : kHigh) high += to_u32(row);
    for (std::size_t i = 0; i < high.size() && i < 0x80; ++i) out.to_unicode[0x80 + i] = high[i];
    for (int b = 255; b >= 0; --b) out.from_unicode[out.to_unicode[b]] = static_cast<unsigned char>(b);
    return out;
  }();
  return t;
}

}  // namespace

std::string decode_tcvn3(std::string_view bytes) {
  const Table& t = table();
  std::string out;
  out.reserve(bytes.size() * 2);
  for (unsigned char b : bytes) append_utf8(out, t.to_unicode[b]);
  return out;
}

std::string encode_tcvn3(std::string_view nfc) {
  const Table& t = table();
  std::string out;
  for (char32_t c : to_u32(nfc)) {
    auto it = t.from_unicode.find(c);
    if (it == t.from_unicode.end()) throw_not_encodable(Encoding::tcvn3, c);
    out += static_cast<char>(it->second);
  }
  return out;
}

}  // namespace baocao::text::detail
