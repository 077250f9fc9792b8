// Names of administrative units as Nghị định 30/2020/NĐ-CP writes them
// (Phụ lục II, viết hoa; Phụ lục I, địa danh): one place that knows a unit's
// name is a generic noun (tỉnh, thành phố, xã, phường, đặc khu; the historical
// huyện, quận, thị xã, thị trấn) and a proper name, and that the generic
// noun is capitalised and kept when the proper name is a number, a person's
// name or a historical event. Which names are persons or events is data (the
// units list's `ten_theo` column); numbers are recognised here.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace baocao::text {

// What a unit's proper name is. `unstated` is a units list that says
// nothing: a name starting with a number is then a number, anything else a
// place name.
enum class NameOrigin { unstated, place, number, person, event };

// Reads the flag as a units list or a template writes it, in any case, with
// or without diacritics: "" (unstated), "địa danh", "số", "người" (or "tên
// người"), "sự kiện" (or "sự kiện lịch sử"). False when it is none of these.
bool parse_name_origin(std::string_view text, NameOrigin& out);
// The flag as units lists and templates show it: "", "địa danh", "số",
// "người", "sự kiện". parse_name_origin reads it back.
std::string name_origin_label(NameOrigin origin);

struct AdminName {
  std::string generic;  // lower case: "tỉnh", "thành phố", "phường", ..., "thủ đô"
  std::string proper;   // "Nam Định", "1", "Lý Thường Kiệt"
  NameOrigin origin = NameOrigin::place;  // never unstated once parsed
};

// "Phường Lý Thường Kiệt", "xã Mỹ Lộc", "THÀNH PHỐ HÀ NỘI" (the generic noun
// in any case, then the proper name as written). `flag` is the units list's
// word for the proper name; unstated means a name that starts with a number
// ("Quận 1", "Phường 2 Bảo Lộc") is a number and any other a place, except
// the one ND30 names: "Hồ Chí Minh" is a person. nullopt when `official`
// does not start with a generic noun followed by a proper name.
std::optional<AdminName> parse_admin_name(std::string_view official, NameOrigin flag = NameOrigin::unstated);

// True when the generic noun is written with a capital in running text:
// numbers, persons, events (ND30 Phụ lục II), and "Thủ đô".
bool generic_capitalised(const AdminName& n);

// In a sentence: "tỉnh Nam Định", "phường Phủ Lý", but "Quận 1", "Phường Điện
// Biên Phủ", "Thành phố Hồ Chí Minh", "Thủ đô Hà Nội".
std::string running_text(const AdminName& n);
// As units lists and tables write it, generic noun capitalised: "Tỉnh Nam Định".
std::string official_name(const AdminName& n);
// Địa danh (ND30 box 4): the proper name alone ("Mỹ Lộc", "Nam Định"), the
// full name for a number, a person or an event ("Quận 1", "Phường Điện Biên
// Phủ", "Thành phố Hồ Chí Minh").
std::string place_name(const AdminName& n);
// A body of the unit: "Ủy ban nhân dân" + "tỉnh Sơn La" -> "Ủy ban nhân dân
// tỉnh Sơn La"; the organ's first letter is capitalised.
std::string body_name(std::string_view organ, const AdminName& n);

// The same forms for a name that may not parse (a name without a generic
// noun stays as it is): what templates call.
std::string running_text(std::string_view official, NameOrigin flag = NameOrigin::unstated);
std::string place_name(std::string_view official, NameOrigin flag = NameOrigin::unstated);

// --- names inside a body's name (the ND30 header) ---------------------------

// U+00A0, the no-break space that joins the words of a proper name in header
// text: layout never breaks a line there, renderers paint it as a space.
inline constexpr std::string_view kNoBreakSpace = "\u00a0";

// `body` with the words of the proper names in it joined by no-break spaces:
// the administrative unit with its generic noun ("Ủy ban nhân dân
// phường␣Lý␣Thường␣Kiệt", also in capitals: "SỞ GIÁO DỤC VÀ ĐÀO TẠO
// TỈNH␣NINH␣BÌNH"), and, where the text has lower case to tell them apart,
// other proper names of two or more capitalised words inside it ("Trường
// Trung học cơ sở Chu␣Văn␣An"). No-break spaces already there stay.
std::string bind_proper_names(std::string_view body);

// A body's name split before the administrative unit it names: "ỦY BAN NHÂN
// DÂN PHƯỜNG LÝ THƯỜNG KIỆT" -> {"ỦY BAN NHÂN DÂN", "PHƯỜNG␣LÝ␣THƯỜNG␣KIỆT"}.
// `organ` keeps its other proper names bound; `unit` is empty when no unit
// is recognised (then `organ` is the whole name) and is bound.
struct BodyParts {
  std::string organ;
  std::string unit;
};
BodyParts split_body_name(std::string_view body);

// True when syllables `a` and `b` (any case) make one word of the names of
// bodies ("giáo" "dục", "cơ" "sở", "nghề" "nghiệp"): a line of a body's name
// should not break between them. Vietnamese writes a word of two syllables
// with a space, so only a list of the words bodies' names use can tell.
bool one_word(std::string_view a, std::string_view b);

}  // namespace baocao::text
