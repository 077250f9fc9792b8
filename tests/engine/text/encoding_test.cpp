// Decoders and encoders of engine/text/encoding.hpp: round trips over all 134
// precomposed letters, the published tables (spot checks), and a byte-by-byte
// cross-check of TCVN3 and Windows-1258 against glibc iconv, which nobody
// here wrote.
#include "engine/text/encoding.hpp"

#include <gtest/gtest.h>

#include <random>

#include "engine/core/diagnostic.hpp"
#include "engine/text/legacy_codec.hpp"
#include "engine/text/normalize.hpp"
#include "engine/text/vi_case.hpp"
#include "engine/text/vi_letter.hpp"
#include "tests/support/process.hpp"

namespace baocao::text {
namespace {

std::string utf8(char32_t c) {
  std::string s;
  detail::append_utf8(s, c);
  return s;
}

// All 134 letters, each starting a word and followed by a letter, so VIQR
// and VNI marks meet a neighbour: "àx ảx ...". (đ begins words only.)
std::string all_letters_text() {
  std::string s;
  for (char32_t c : precomposed_letters()) s += utf8(c) + "x ";
  return s + "Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc!";
}

std::int64_t error_offset(std::string_view bytes, Encoding enc) {
  try {
    decode(bytes, enc);
  } catch (const Error& e) {
    EXPECT_EQ(e.family(), ErrorFamily::input);
    return e.diagnostics().at(0).where.offset;
  }
  return -1;
}

std::string iconv(const std::string& from, const std::string& bytes) {
  test::TempDir dir;
  test::write_file(dir / "in", bytes);
  test::Result r = test::run("iconv -f " + from + " -t UTF-8 " + test::sh_quote((dir / "in").string()));
  EXPECT_EQ(r.status, 0) << r.err;
  return r.out;
}

TEST(Letters, ThereAre134PrecomposedLetters) {
  const auto& all = precomposed_letters();
  ASSERT_EQ(all.size(), 134u);
  int lower = 0;
  for (char32_t c : all) {
    auto l = split_letter(c);
    ASSERT_TRUE(l);
    EXPECT_EQ(join_letter(*l), c);
    if (l->base >= 'a') ++lower;
  }
  EXPECT_EQ(lower, 67);
  EXPECT_EQ(split_letter(U'ệ'), (Letter{'e', Mark::circumflex, Tone::dot}));
  EXPECT_EQ(split_letter(U'Đ'), (Letter{'D', Mark::stroke, Tone::none}));
  EXPECT_FALSE(join_letter({'a', Mark::horn, Tone::none}));
}

TEST(Encoding, EveryLetterRoundTripsInEveryEncodingThatHasIt) {
  std::string text = all_letters_text();
  for (Encoding enc :
       {Encoding::utf8, Encoding::utf16, Encoding::cp1258, Encoding::tcvn3, Encoding::vni, Encoding::viqr}) {
    std::string bytes = encode(text, enc);
    EXPECT_EQ(decode(bytes, enc), text) << encoding_name(enc);
    for (char32_t c : precomposed_letters())  // and each letter alone
      EXPECT_EQ(decode(encode(utf8(c), enc), enc), utf8(c)) << encoding_name(enc) << " " << utf8(c);
  }
  // The .VnTimeH font has capitals only: the 67 capitals round-trip.
  std::string caps = upper_vi(text);
  EXPECT_EQ(decode(encode(caps, Encoding::tcvn3_caps), Encoding::tcvn3_caps), caps);
}

TEST(Encoding, Tcvn3AgreesWithGlibcIconvOnEveryByte) {
  // One byte per line, so iconv cannot compose a combining tone (0xB0-0xB4)
  // with the byte before it.
  std::string bytes;
  for (int b = 1; b < 256; ++b)
    if (b != '\n') bytes += std::string(1, static_cast<char>(b)) + "\n";
  std::string ours = detail::decode_tcvn3(bytes);
  EXPECT_EQ(ours, iconv("TCVN5712-1", bytes));
  EXPECT_EQ(decode("\xAD", Encoding::tcvn3), "ư");  // the soft-hyphen position
}

TEST(Encoding, Tcvn3AndCp1258EncodersAreReadBackByIconv) {
  std::string text = all_letters_text() + "Cộng hòa xã hội chủ nghĩa Việt Nam";
  EXPECT_EQ(to_nfc(iconv("TCVN5712-1", encode(text, Encoding::tcvn3))), text);
  EXPECT_EQ(to_nfc(iconv("WINDOWS-1258", encode(text, Encoding::cp1258))), text);
}

TEST(Encoding, Cp1258AgreesWithGlibcIconvOnEveryDefinedByte) {
  std::string bytes;
  for (int b = 1; b < 256; ++b) {
    if (b == '\n') continue;
    std::string one(1, static_cast<char>(b));
    if (error_offset(one, Encoding::cp1258) >= 0) continue;  // undefined in 1258
    bytes += one + "\n";
  }
  EXPECT_GT(bytes.size(), 2u * 240);
  EXPECT_EQ(nfc_only(detail::decode_cp1258(bytes)), nfc_only(iconv("WINDOWS-1258", bytes)));
}

TEST(Encoding, Tcvn3AbcTextAsTheVnTimeFontShowsIt) {
  // "Việt Nam", "Đảng", "Trường học", typed in .VnTime.
  EXPECT_EQ(decode("Vi\xD6t Nam", Encoding::tcvn3), "Việt Nam");
  EXPECT_EQ(decode("\xA7\xB6ng", Encoding::tcvn3), "Đảng");
  EXPECT_EQ(decode("Tr\xAD\xEAng h\xE4"
                   "c",
                   Encoding::tcvn3),
            "Trường học");
  // A capital with its tone as base letter + combining tone byte (VN3 style).
  EXPECT_EQ(decode("\xA2\xB3", Encoding::tcvn3), "Ấ");
  // .VnTimeH: the same lowercase bytes are drawn as capitals.
  EXPECT_EQ(decode("Vi\xD6t Nam", Encoding::tcvn3_caps), "VIỆT NAM");
}

TEST(Encoding, VniBaseLetterPlusMarkByte) {
  EXPECT_EQ(decode("Vie\xE4t Nam", Encoding::vni), "Việt Nam");
  EXPECT_EQ(decode("\xD1"
                   "a\xFBng",
                   Encoding::vni),
            "Đảng");
  EXPECT_EQ(decode("Tr\xF6\xF4\xF8ng ho\xEF"
                   "c",
                   Encoding::vni),
            "Trường học");
  EXPECT_EQ(decode("nghie\xE2ng, \xF1i\xEF"
                   "a ch\xE6",
                   Encoding::vni),
            "nghiêng, địa chỉ");
  EXPECT_EQ(decode("VIE\xC4T NAM", Encoding::vni), "VIỆT NAM");
  EXPECT_EQ(decode("\x93"
                   "a\xEA"
                   "n\x94",
                   Encoding::vni),
            "“ăn”");  // Word's quotes survive
  // A mark byte with no letter to sit on, or on a letter that cannot take it.
  EXPECT_EQ(error_offset("ab\xF9", Encoding::vni), 2);
  EXPECT_EQ(error_offset("  \xE4", Encoding::vni), 2);
  EXPECT_EQ(error_offset("i\xE2", Encoding::vni), 1);
}

TEST(Encoding, ViqrMnemonicsAndEscapes) {
  EXPECT_EQ(decode("Vie^.t Nam", Encoding::viqr), "Việt Nam");
  EXPECT_EQ(decode("DDa`o ta.o, ddi.a chi?", Encoding::viqr), "Đào tạo, địa chỉ");
  EXPECT_EQ(decode("Tru+o+`ng ho.c.", Encoding::viqr), "Trường học.");  // a second tone is punctuation
  EXPECT_EQ(decode("Ha\\. Noi\\?", Encoding::viqr), "Ha. Noi?");
  EXPECT_EQ(decode("a\\\\b", Encoding::viqr), "a\\b");
  EXPECT_EQ(decode("address", Encoding::viqr), "address");  // dd inside a word stays
  EXPECT_EQ(error_offset("Vi\xC3\xAA", Encoding::viqr), 2);
  // What the encoder escapes reads back exactly.
  for (std::string s : {"Đi. Về?", "a+b (c^d)", "ddd", "Hà Nội."})
    EXPECT_EQ(decode(encode(s, Encoding::viqr), Encoding::viqr), s) << encode(s, Encoding::viqr);
}

TEST(Encoding, Windows1258CombiningTonesBecomeNfc) {
  // ê (0xEA) + combining dot below (0xF2): "Việt" in base + tone form.
  std::string out = decode("Vi\xEA\xF2t Nam", Encoding::cp1258);
  EXPECT_EQ(out, "Việt Nam");
  EXPECT_TRUE(is_nfc(out));
}

TEST(Encoding, Utf16WithBomAndUtf8WithoutOrWithBomAndNfd) {
  std::string le = encode("Việt Nam", Encoding::utf16);
  EXPECT_EQ(le.substr(0, 2), "\xFF\xFE");
  EXPECT_EQ(decode(le, Encoding::utf16), "Việt Nam");
  std::string be = "\xFE\xFF";
  for (std::size_t i = 2; i < le.size(); i += 2) be += std::string{le[i + 1], le[i]};
  EXPECT_EQ(decode(be, Encoding::utf16), "Việt Nam");
  EXPECT_EQ(error_offset(le + "x", Encoding::utf16), static_cast<std::int64_t>(le.size()));
  EXPECT_EQ(error_offset(std::string("\xFF\xFE\x00\xDC", 4), Encoding::utf16), 2);  // lone low surrogate
  EXPECT_EQ(decode("\xEF\xBB\xBFHà Nội", Encoding::utf8), "Hà Nội");
  EXPECT_EQ(decode("Vie\xCC\xA3\xCC\x82t", Encoding::utf8), "Việt");  // NFD in, NFC out
  EXPECT_EQ(error_offset("\xEF\xBB\xBFH\xFF", Encoding::utf8), 4);    // counted from the file start
}

TEST(Encoding, NamesAndFonts) {
  EXPECT_EQ(parse_encoding_name("TCVN3"), Encoding::tcvn3);
  EXPECT_EQ(parse_encoding_name("utf-8"), Encoding::utf8);
  EXPECT_EQ(parse_encoding_name("windows-1258"), Encoding::cp1258);
  EXPECT_EQ(parse_encoding_name("vni"), Encoding::vni);
  EXPECT_EQ(parse_encoding_name("viqr"), Encoding::viqr);
  EXPECT_EQ(parse_encoding_name("utf16"), Encoding::utf16);
  EXPECT_FALSE(parse_encoding_name("latin1"));
  EXPECT_NE(supported_encoding_names().find("tcvn3, tcvn3-caps, vni, viqr"), std::string::npos);
  EXPECT_EQ(encoding_for_font(".VnTime"), Encoding::tcvn3);
  EXPECT_EQ(encoding_for_font(".VnArial Narrow"), Encoding::tcvn3);
  EXPECT_EQ(encoding_for_font(".VnTimeH"), Encoding::tcvn3_caps);
  EXPECT_EQ(encoding_for_font(".VnArialH"), Encoding::tcvn3_caps);
  EXPECT_EQ(encoding_for_font("VNI-Times"), Encoding::vni);
  EXPECT_EQ(encoding_for_font("VNI-Helve"), Encoding::vni);
  EXPECT_FALSE(encoding_for_font("Times New Roman"));
  EXPECT_FALSE(encoding_for_font("Arial"));
}

TEST(Encoding, XlsxCellTypedInALegacyFont) {
  // Excel shows the bytes as Windows-1252 characters: 0xD6 is "Ö", 0xA7 "§".
  EXPECT_EQ(decode_font_text("ViÖt Nam", Encoding::tcvn3), "Việt Nam");
  EXPECT_EQ(decode_font_text("§¶ng", Encoding::tcvn3), "Đảng");
  EXPECT_EQ(decode_font_text("ViÖt Nam", Encoding::tcvn3_caps), "VIỆT NAM");
  EXPECT_EQ(decode_font_text("Vieät Nam", Encoding::vni), "Việt Nam");
  EXPECT_EQ(decode_font_text("Tröôøng", Encoding::vni), "Trường");
  // TCVN3 "ư" is 0xAD (shown as a soft hyphen), "ờ" 0xEA; characters above
  // U+00FF map back through Windows-1252 too (0x93 is shown as “, TCVN3 Ỏ).
  EXPECT_EQ(decode_font_text("Tr\u00AD\u00EAng", Encoding::tcvn3), "Trường");
  EXPECT_EQ(decode_font_text("\u201C", Encoding::tcvn3), "Ỏ");
  // Broken UTF-8 from a reader is an error naming the offset, never '?'.
  try {
    decode_font_text("ab\xFF", Encoding::tcvn3);
    ADD_FAILURE();
  } catch (const Error& e) {
    EXPECT_EQ(e.diagnostics().at(0).where.offset, 2);
  }
  // Real Unicode pasted into a .VnTime cell is kept, not garbled.
  EXPECT_EQ(decode_font_text("Việt Nam", Encoding::tcvn3), "Việt Nam");
}

TEST(Encoding, NothingIsReplacedByAQuestionMark) {
  for (Encoding enc : {Encoding::cp1258, Encoding::tcvn3, Encoding::vni, Encoding::viqr, Encoding::utf16}) {
    for (int b = 0; b < 256; ++b) {
      std::string one(1, static_cast<char>(b));
      std::string two = enc == Encoding::utf16 ? one + std::string(1, '\0') : one;
      try {
        std::string out = decode(two, enc);
        if (b != '?') {
          EXPECT_EQ(out.find('?'), std::string::npos) << encoding_name(enc) << " " << b;
        }
        EXPECT_EQ(out.find("\xEF\xBF\xBD"), std::string::npos) << encoding_name(enc) << " " << b;
      } catch (const Error&) {
        // an error with an offset is the only other outcome
      }
    }
  }
  EXPECT_THROW(encode("Việt ☃", Encoding::tcvn3), Error);
  EXPECT_THROW(encode("ç", Encoding::vni), Error);
}

TEST(Encoding, RandomBytesGiveNfcTextOrAnErrorWithAnOffset) {
  std::mt19937 rng(20251210);  // fixed seed: the same bytes on every run
  for (int round = 0; round < 300; ++round) {
    std::string bytes(1 + rng() % 64, '\0');
    for (char& c : bytes) c = static_cast<char>(rng() % 256);
    for (Encoding enc : {Encoding::utf8, Encoding::utf16, Encoding::cp1258, Encoding::tcvn3,
                         Encoding::tcvn3_caps, Encoding::vni, Encoding::viqr}) {
      try {
        std::string out = decode(bytes, enc);
        EXPECT_TRUE(is_nfc(out)) << encoding_name(enc);
      } catch (const Error& e) {
        std::int64_t at = e.diagnostics().at(0).where.offset;
        EXPECT_GE(at, 0) << encoding_name(enc);
        EXPECT_LT(at, static_cast<std::int64_t>(bytes.size())) << encoding_name(enc);
      }
    }
  }
}

}  // namespace
}  // namespace baocao::text
