// The administrative-name model on Nghị định 30/2020/NĐ-CP's own examples
// (Phụ lục II "viết hoa", Phụ lục I "địa danh"; ../shared/ND30.md).
//
// The rule implemented: in running text the generic noun is lower case and the
// proper name capitalised ("tỉnh Nam Định"); when the proper name IS a number,
// a person's name or a historical event, the generic noun is capitalised too
// ("Quận 1", "Phường Điện Biên Phủ"). Whether a name is a person or an event
// is the units list's data (`ten_theo`), not guessed from the words: ND30's
// list of ordinary examples writes "phường Nguyễn Du" although Nguyễn Du is a
// poet, so the same name is "phường Nguyễn Du" unflagged and "Phường Nguyễn
// Du" when the list says it is named after the person. Numbers are recognised.
#include "engine/text/admin_name.hpp"

#include <gtest/gtest.h>

#include "engine/text/vi_case.hpp"

namespace baocao::text {
namespace {

const std::string kNb(kNoBreakSpace);

std::string nb(std::string s) {  // spaces -> no-break spaces
  std::string out;
  for (char c : s) out += c == ' ' ? kNb : std::string(1, c);
  return out;
}

TEST(AdminName, ParsesGenericNounAndProperName) {
  auto n = parse_admin_name("Phường Lý Thường Kiệt", NameOrigin::person);
  ASSERT_TRUE(n);
  EXPECT_EQ(n->generic, "phường");
  EXPECT_EQ(n->proper, "Lý Thường Kiệt");
  EXPECT_EQ(n->origin, NameOrigin::person);
  n = parse_admin_name("Thị xã Sông Công");
  ASSERT_TRUE(n);
  EXPECT_EQ(n->generic, "thị xã");  // not "xã"
  EXPECT_EQ(n->origin, NameOrigin::place);
  n = parse_admin_name("THÀNH PHỐ HÀ NỘI");
  ASSERT_TRUE(n);
  EXPECT_EQ(n->generic, "thành phố");
  EXPECT_EQ(n->proper, "HÀ NỘI");
  n = parse_admin_name("xã Bắc Sơn");  // as the 2025 list spells one commune
  ASSERT_TRUE(n);
  EXPECT_EQ(official_name(*n), "Xã Bắc Sơn");
  EXPECT_EQ(parse_admin_name("Đặc khu Côn Đảo")->generic, "đặc khu");
  EXPECT_FALSE(parse_admin_name("Sở Giáo dục và Đào tạo"));
  EXPECT_FALSE(parse_admin_name("Phường"));
  EXPECT_FALSE(parse_admin_name("Xã hội"));  // a proper name is never lower case
}

TEST(AdminName, RunningTextNd30Examples) {
  // Phụ lục II: generic noun lower case, every syllable of the name capitalised.
  EXPECT_EQ(running_text("Tỉnh Nam Định"), "tỉnh Nam Định");
  EXPECT_EQ(running_text("Thành phố Thái Nguyên"), "thành phố Thái Nguyên");
  EXPECT_EQ(running_text("Xã Mỹ Lộc"), "xã Mỹ Lộc");
  EXPECT_EQ(running_text("Huyện Gia Lâm"), "huyện Gia Lâm");
  EXPECT_EQ(running_text("Thị trấn Cầu Giát"), "thị trấn Cầu Giát");
  // "phường Nguyễn Du" as ND30 lists it: a unit the list does not flag.
  EXPECT_EQ(running_text("Phường Nguyễn Du"), "phường Nguyễn Du");
  // ... and the same name where the list says it is a person's name.
  EXPECT_EQ(running_text("Phường Nguyễn Du", NameOrigin::person), "Phường Nguyễn Du");
  // A number, a person, a historical event: the generic noun is capitalised.
  EXPECT_EQ(running_text("Quận 1"), "Quận 1");
  EXPECT_EQ(running_text("quận 1"), "Quận 1");
  EXPECT_EQ(running_text("Phường 15"), "Phường 15");
  EXPECT_EQ(running_text("Phường 2 Bảo Lộc"), "Phường 2 Bảo Lộc");
  EXPECT_EQ(running_text("Phường Điện Biên Phủ", NameOrigin::event), "Phường Điện Biên Phủ");
  EXPECT_EQ(running_text("Phường Lý Thường Kiệt", NameOrigin::person), "Phường Lý Thường Kiệt");
  // A name ending in a number is a place name with an ordinal, not a number.
  EXPECT_EQ(running_text("Phường Móng Cái 1"), "phường Móng Cái 1");
  // An explicit "địa danh" overrides the number rule.
  EXPECT_EQ(running_text("Phường 2 Bảo Lộc", NameOrigin::place), "phường 2 Bảo Lộc");
  // The special forms.
  EXPECT_EQ(running_text("Thủ đô Hà Nội"), "Thủ đô Hà Nội");
  EXPECT_EQ(running_text("Thành phố Hồ Chí Minh"), "Thành phố Hồ Chí Minh");
  EXPECT_EQ(running_text("thành phố Hồ Chí Minh"), "Thành phố Hồ Chí Minh");
  EXPECT_EQ(running_text("Thành phố Hà Nội"), "thành phố Hà Nội");
  // Not a unit name: unchanged.
  EXPECT_EQ(running_text("Sở Giáo dục và Đào tạo"), "Sở Giáo dục và Đào tạo");
}

TEST(AdminName, BodyNamesNd30Examples) {
  EXPECT_EQ(body_name("Ủy ban nhân dân", *parse_admin_name("Tỉnh Sơn La")), "Ủy ban nhân dân tỉnh Sơn La");
  EXPECT_EQ(body_name("ủy ban nhân dân", *parse_admin_name("Xã Mỹ Lộc")), "Ủy ban nhân dân xã Mỹ Lộc");
  EXPECT_EQ(body_name("Ủy ban nhân dân", *parse_admin_name("Quận 1")), "Ủy ban nhân dân Quận 1");
  EXPECT_EQ(body_name("Ủy ban nhân dân", *parse_admin_name("Phường Điện Biên Phủ", NameOrigin::event)),
            "Ủy ban nhân dân Phường Điện Biên Phủ");
  EXPECT_EQ(body_name("Sở Giáo dục và Đào tạo", *parse_admin_name("Thành phố Hồ Chí Minh")),
            "Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh");
  // Upper case for the header keeps the word order; layout breaks it between
  // the organ and the unit (split_body_name).
  EXPECT_EQ(upper_vi(body_name("Ủy ban nhân dân", *parse_admin_name("Phường Lý Thường Kiệt"))),
            "ỦY BAN NHÂN DÂN PHƯỜNG LÝ THƯỜNG KIỆT");
}

TEST(AdminName, PlaceNameNd30Examples) {
  // Phụ lục I, box 4: the proper name without the generic noun ...
  EXPECT_EQ(place_name("Huyện Mỹ Lộc"), "Mỹ Lộc");
  EXPECT_EQ(place_name("Tỉnh Nam Định"), "Nam Định");
  EXPECT_EQ(place_name("Thành phố Hà Nội"), "Hà Nội");
  EXPECT_EQ(place_name("Thủ đô Hà Nội"), "Hà Nội");
  // ... except a unit named after a person, a number or an event.
  EXPECT_EQ(place_name("Phường Điện Biên Phủ", NameOrigin::event), "Phường Điện Biên Phủ");
  EXPECT_EQ(place_name("Quận 1"), "Quận 1");
  EXPECT_EQ(place_name("Phường Lý Thường Kiệt", NameOrigin::person), "Phường Lý Thường Kiệt");
  EXPECT_EQ(place_name("Thành phố Hồ Chí Minh"), "Thành phố Hồ Chí Minh");
  EXPECT_EQ(place_name("Thị trấn Nông trường Mộc Châu"), "Nông trường Mộc Châu");
}

TEST(AdminName, OriginFlagsAsListsWriteThem) {
  NameOrigin o{};
  for (auto [text, want] : {std::pair{"", NameOrigin::unstated}, {"người", NameOrigin::person},
                            {"Tên người", NameOrigin::person}, {"nguoi", NameOrigin::person},
                            {"sự kiện", NameOrigin::event}, {"Sự kiện lịch sử", NameOrigin::event},
                            {"su_kien", NameOrigin::event}, {"số", NameOrigin::number},
                            {"địa danh", NameOrigin::place}}) {
    ASSERT_TRUE(parse_name_origin(text, o)) << text;
    EXPECT_EQ(o, want) << text;
  }
  EXPECT_FALSE(parse_name_origin("ông", o));
  EXPECT_FALSE(parse_name_origin("1", o));
  for (NameOrigin x : {NameOrigin::unstated, NameOrigin::place, NameOrigin::number, NameOrigin::person,
                       NameOrigin::event}) {
    ASSERT_TRUE(parse_name_origin(name_origin_label(x), o));
    EXPECT_EQ(o, x);
  }
}

TEST(AdminName, HeaderSplitsBeforeTheUnitNeverInsideIt) {
  BodyParts p = split_body_name("ỦY BAN NHÂN DÂN PHƯỜNG LÝ THƯỜNG KIỆT");
  EXPECT_EQ(p.organ, "ỦY BAN NHÂN DÂN");
  EXPECT_EQ(p.unit, nb("PHƯỜNG LÝ THƯỜNG KIỆT"));
  p = split_body_name("Ủy ban nhân dân phường Lý Thường Kiệt");
  EXPECT_EQ(p.organ, "Ủy ban nhân dân");
  EXPECT_EQ(p.unit, nb("phường Lý Thường Kiệt"));
  p = split_body_name("UBND THÀNH PHỐ HÀ NỘI");
  EXPECT_EQ(p.organ, "UBND");
  EXPECT_EQ(p.unit, nb("THÀNH PHỐ HÀ NỘI"));
  p = split_body_name("UBND thành phố Hà Nội");
  EXPECT_EQ(p.unit, nb("thành phố Hà Nội"));
  p = split_body_name("SỞ GIÁO DỤC VÀ ĐÀO TẠO");
  EXPECT_EQ(p.organ, "SỞ GIÁO DỤC VÀ ĐÀO TẠO");
  EXPECT_EQ(p.unit, "");
  // "xã hội", "tỉnh ủy", "hợp tác xã" are not units, in either case.
  p = split_body_name("BAN CHỈ ĐẠO XÂY DỰNG XÃ HỘI HỌC TẬP TỈNH NAM ĐỊNH");
  EXPECT_EQ(p.organ, "BAN CHỈ ĐẠO XÂY DỰNG XÃ HỘI HỌC TẬP");
  EXPECT_EQ(p.unit, nb("TỈNH NAM ĐỊNH"));
  EXPECT_EQ(split_body_name("Ban Tuyên giáo Tỉnh ủy").unit, "");
  EXPECT_EQ(split_body_name("BAN TUYÊN GIÁO TỈNH ỦY").unit, "");
  EXPECT_EQ(split_body_name("LIÊN MINH HỢP TÁC XÃ TỈNH SƠN LA").unit, nb("TỈNH SƠN LA"));
  // Xã Hội Sơn is a commune: with case (or bound while case was known) it is one.
  EXPECT_EQ(split_body_name("Ủy ban nhân dân xã Hội Sơn").unit, nb("xã Hội Sơn"));
  EXPECT_EQ(split_body_name(upper_vi(bind_proper_names("Ủy ban nhân dân xã Hội Sơn"))).unit, nb("XÃ HỘI SƠN"));
  EXPECT_EQ(split_body_name("Ban Chỉ đạo xây dựng xã hội học tập").unit, "");
  // A name with a dash stays whole; a name already bound stays bound.
  EXPECT_EQ(split_body_name("ỦY BAN NHÂN DÂN PHƯỜNG VĂN MIẾU - QUỐC TỬ GIÁM").unit,
            nb("PHƯỜNG VĂN MIẾU - QUỐC TỬ GIÁM"));
  EXPECT_EQ(split_body_name("Ủy ban nhân dân phường Cam Ly - Đà Lạt").unit, nb("phường Cam Ly - Đà Lạt"));
  EXPECT_EQ(split_body_name("ỦY BAN NHÂN DÂN " + nb("PHƯỜNG LÝ THƯỜNG KIỆT")).unit, nb("PHƯỜNG LÝ THƯỜNG KIỆT"));
}

TEST(AdminName, WordsOfTwoSyllablesInBodiesNames) {
  EXPECT_TRUE(one_word("GIÁO", "DỤC"));
  EXPECT_TRUE(one_word("cơ", "sở"));
  EXPECT_TRUE(one_word("Nghề", "nghiệp"));
  EXPECT_FALSE(one_word("dục", "nghề"));
  EXPECT_FALSE(one_word("SỞ", "GIÁO"));
}

TEST(AdminName, OtherProperNamesInABodyStayWhole) {
  EXPECT_EQ(bind_proper_names("Trường Trung học cơ sở Chu Văn An"), "Trường Trung học cơ sở " + nb("Chu Văn An"));
  EXPECT_EQ(bind_proper_names("Sở Giáo dục và Đào tạo"), "Sở Giáo dục và Đào tạo");
  EXPECT_EQ(bind_proper_names("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Ninh Bình"),
            "Ủy ban Mặt trận Tổ quốc " + nb("Việt Nam") + " " + nb("tỉnh Ninh Bình"));
  // Upper-case text keeps what was bound before it was upper-cased.
  EXPECT_EQ(bind_proper_names(upper_vi(bind_proper_names("Trường Tiểu học Kim Đồng"))),
            "TRƯỜNG TIỂU HỌC " + nb("KIM ĐỒNG"));
}


// A task written as a sentence of its own, set into a running sentence: the
// opening word loses its capital, names keep theirs.
TEST(MidSentence, OpeningWordLowerNamesAsWritten) {
  EXPECT_EQ(mid_sentence_vi("Tham mưu tổ chức Tuần lễ học tập suốt đời"), "tham mưu tổ chức Tuần lễ học tập suốt đời");
  EXPECT_EQ(mid_sentence_vi("Ưu tiên nguồn lực"), "ưu tiên nguồn lực");
  EXPECT_EQ(mid_sentence_vi("Đẩy mạnh"), "đẩy mạnh");
  EXPECT_EQ(mid_sentence_vi("Hội Khuyến học tỉnh phối hợp"), "Hội Khuyến học tỉnh phối hợp");
  EXPECT_EQ(mid_sentence_vi("Sở Y tế hướng dẫn"), "Sở Y tế hướng dẫn");
  EXPECT_EQ(mid_sentence_vi("UBND các xã"), "UBND các xã");
  EXPECT_EQ(mid_sentence_vi("tham mưu"), "tham mưu");
  EXPECT_EQ(mid_sentence_vi("Xây"), "xây");
  EXPECT_EQ(mid_sentence_vi(""), "");
  EXPECT_EQ(mid_sentence_vi("1. Tuyên truyền"), "1. Tuyên truyền");
}

}  // namespace
}  // namespace baocao::text
