// Windows-1258 through ICU's converter. 1258 holds only some precomposed
// letters (à á â ă ...) and spells the rest as base letter + combining tone
// (0xCC grave, 0xD2 hook, 0xDE tilde, 0xEC acute, 0xF2 dot below), which
// decode() then composes to NFC. The converter runs once per byte value to
// build a table, so errors carry exact byte offsets.
#include <unicode/ucnv.h>

#include <array>
#include <map>
#include <memory>

#include "engine/core/diagnostic.hpp"
#include "engine/text/legacy_codec.hpp"
#include "engine/text/vi_letter.hpp"

namespace baocao::text::detail {

namespace {

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

struct Table {
  std::array<char32_t, 256> to_unicode{};  // 0 = undefined
  std::map<char32_t, unsigned char> from_unicode;
};

// ICU's single-byte table for `name`, byte by byte.
Table load(const char* name) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(name, &status));
  if (U_FAILURE(status))
    fail(ErrorFamily::internal, MsgId::text_undecodable, {name, "", u_errorName(status)});
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  Table t;
  for (int b = 1; b < 256; ++b) {
    char in = static_cast<char>(b);
    UChar buf[4];
    status = U_ZERO_ERROR;
    ucnv_reset(conv.get());
    int32_t n = ucnv_toUChars(conv.get(), buf, 4, &in, 1, &status);
    // ICU fills the bytes Microsoft leaves undefined (0x81, 0x8A, 0x8D-0x90,
    // 0x9A, 0x9D, 0x9E in 1258) with C1 controls; they are not text.
    if (U_SUCCESS(status) && n == 1 && !(buf[0] >= 0x80 && buf[0] <= 0x9F)) {
      t.to_unicode[b] = buf[0];
      t.from_unicode.emplace(buf[0], static_cast<unsigned char>(b));
    }
  }
  t.from_unicode[0] = 0;
  return t;
}

const Table& cp1258() {
  static const Table t = load("windows-1258");
  return t;
}

}  // namespace

int cp1252_byte(char32_t c) {
  static const Table t = load("windows-1252");
  auto it = t.from_unicode.find(c);
  return it == t.from_unicode.end() ? -1 : it->second;
}

std::string decode_cp1258(std::string_view bytes) {
  const Table& t = cp1258();
  std::string out;
  out.reserve(bytes.size() * 2);
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    unsigned char b = static_cast<unsigned char>(bytes[i]);
    if (b != 0 && t.to_unicode[b] == 0) throw_undecodable(Encoding::cp1258, bytes, i);
    append_utf8(out, t.to_unicode[b]);
  }
  return out;
}

std::string encode_cp1258(std::string_view nfc) {
  const Table& t = cp1258();
  std::string out;
  auto put = [&](char32_t c, char32_t original) {
    auto it = t.from_unicode.find(c);
    if (it == t.from_unicode.end()) throw_not_encodable(Encoding::cp1258, original);
    out += static_cast<char>(it->second);
  };
  for (char32_t c : to_u32(nfc)) {
    if (t.from_unicode.count(c)) {
      put(c, c);
      continue;
    }
    // Not precomposed in 1258: the toneless letter, then the combining tone.
    auto l = split_letter(c);
    if (!l || l->tone == Tone::none) throw_not_encodable(Encoding::cp1258, c);
    Letter base = *l;
    base.tone = Tone::none;
    put(*join_letter(base), c);
    put(combining_tone(l->tone), c);
  }
  return out;
}

}  // namespace baocao::text::detail
