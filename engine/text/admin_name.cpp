#include "engine/text/admin_name.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <vector>

#include "engine/text/vi_case.hpp"
#include "engine/text/vi_slug.hpp"

namespace baocao::text {

namespace {

// Generic nouns of units before and after the 2025 reform, longest first so
// "thị xã" wins over "xã"; "tp." is how bodies abbreviate "thành phố".
struct Generic {
  std::string_view lower;      // as it appears, lower case
  std::string_view canonical;  // as AdminName::generic holds it
  int words;
};
constexpr std::array<Generic, 12> kGenerics = {{
    {"thành phố", "thành phố", 2},
    {"thị trấn", "thị trấn", 2},
    {"thị xã", "thị xã", 2},
    {"đặc khu", "đặc khu", 2},
    {"thủ đô", "thủ đô", 2},
    {"phường", "phường", 1},
    {"huyện", "huyện", 1},
    {"quận", "quận", 1},
    {"tỉnh", "tỉnh", 1},
    {"xã", "xã", 1},
    {"tp.", "thành phố", 1},
    {"tp", "thành phố", 1},
}};

// Words that make a generic noun part of another word where case cannot
// tell, in capitals not bound before (Xã Hội Sơn is a commune): "XÃ HỘI"
// (society), "TỈNH ỦY" (the party committee), "XÃ VIÊN", "XÃ ĐỘI"; and "HỢP
// TÁC XÃ" (a cooperative).
constexpr std::array<std::string_view, 5> kNotAUnitAfter = {"hội", "ủy", "uỷ", "viên", "đội"};

enum class Sep { none, space, nbsp };

struct Token {
  std::string text;
  Sep after = Sep::none;  // what follows it
};

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  std::string word;
  auto close = [&] {
    if (!word.empty()) out.push_back({std::move(word), Sep::none});
    word.clear();
  };
  for (std::size_t i = 0; i < s.size();) {
    bool nbsp = s.compare(i, kNoBreakSpace.size(), kNoBreakSpace) == 0;
    if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || nbsp) {
      close();
      // A no-break space anywhere in a run of blanks keeps the run unbreakable.
      if (!out.empty() && (nbsp || out.back().after != Sep::nbsp)) out.back().after = nbsp ? Sep::nbsp : Sep::space;
      i += nbsp ? kNoBreakSpace.size() : 1;
      continue;
    }
    word += s[i++];
  }
  close();
  if (!out.empty()) out.back().after = Sep::none;
  return out;
}

std::string join(const std::vector<Token>& t, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) {
    out += t[i].text;
    if (i + 1 < to) out += t[i].after == Sep::nbsp ? std::string(kNoBreakSpace) : std::string(" ");
  }
  return out;
}

UChar32 first_code_point(std::string_view s) {
  if (s.empty()) return 0;
  UChar32 c = 0;
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, n, c);
  return c < 0 ? 0 : c;
}

bool has_lower(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c = 0;
    U8_NEXT(p, i, n, c);
    if (c > 0 && u_islower(c)) return true;
  }
  return false;
}

bool starts_upper(std::string_view w) {
  return u_isupper(first_code_point(w));
}
bool starts_digit(std::string_view w) {
  return u_isdigit(first_code_point(w));
}
bool is_dash(std::string_view w) {
  return w == "-" || w == "\u2013";
}

// The generic noun starting at token i, if any.
const Generic* generic_at(const std::vector<Token>& t, std::size_t i) {
  for (const Generic& g : kGenerics) {
    std::size_t end = i + static_cast<std::size_t>(g.words);
    if (end > t.size()) continue;
    std::string words = t[i].text;
    for (std::size_t k = i + 1; k < end; ++k) words += " " + t[k].text;
    if (lower_vi(words) == g.lower) return &g;
  }
  return nullptr;
}

// A unit name found in a body's name: tokens [begin, end).
struct Span {
  std::size_t begin = 0, end = 0;
};

// Every administrative unit named in `t`. With lower case in the text the
// proper name is the capitalised words after the generic noun ("xã hội học
// tập" names none); in capitals it runs to the end or the first ',' ';' '('.
std::vector<Span> find_units(const std::vector<Token>& t, bool mixed) {
  std::vector<Span> out;
  for (std::size_t i = 0; i < t.size();) {
    const Generic* g = generic_at(t, i);
    std::size_t j = i + (g ? static_cast<std::size_t>(g->words) : 0);
    bool ok = g && j < t.size();
    // In capitals, words already joined by a no-break space were found with
    // case to go by; otherwise the generic noun must not be part of a word.
    bool bound = j > 0 && t[j - 1].after == Sep::nbsp;
    if (ok && !mixed && !bound) {
      std::string next = lower_vi(t[j].text);
      for (auto w : kNotAUnitAfter)
        if (next == w) ok = false;
    }
    if (ok && i > 0 && lower_vi(t[i - 1].text) == "tác") ok = false;  // hợp tác xã
    std::size_t end = j;
    if (ok) {
      while (end < t.size()) {
        const std::string& w = t[end].text;
        if (w.front() == '(') break;
        bool proper = !mixed || starts_upper(w) || starts_digit(w) ||
                      (is_dash(w) && end + 1 < t.size() && starts_upper(t[end + 1].text));
        if (!proper) break;
        ++end;
        char last = w.back();
        if (last == ',' || last == ';') break;
      }
    }
    if (ok && end > j) {
      out.push_back({i, end});
      i = end;
    } else {
      ++i;
    }
  }
  return out;
}

void bind(std::vector<Token>& t, std::size_t begin, std::size_t end) {
  for (std::size_t k = begin; k + 1 < end; ++k) t[k].after = Sep::nbsp;
}

// Binds every unit and, with lower case to go by, every other run of two or
// more capitalised words that does not open the name (the organ's own word:
// "Sở Giáo dục"). Returns the units found.
std::vector<Span> bind_all(std::vector<Token>& t, bool mixed) {
  std::vector<Span> units = find_units(t, mixed);
  std::vector<bool> in_unit(t.size(), false);
  for (const Span& s : units) {
    bind(t, s.begin, s.end);
    for (std::size_t k = s.begin; k < s.end; ++k) in_unit[k] = true;
  }
  if (mixed) {
    for (std::size_t i = 1; i < t.size();) {
      std::size_t j = i;
      while (j < t.size() && !in_unit[j] && starts_upper(t[j].text)) {
        char last = t[j].text.back();
        ++j;
        if (last == ',' || last == ';' || last == ')') break;
      }
      if (j - i >= 2) bind(t, i, j);
      i = j > i ? j : i + 1;
    }
  }
  return units;
}

// Two-syllable words of bodies' names (ministries, departments, schools,
// associations, committees), lower case, as "first second".
constexpr std::string_view kWords[] = {
    "ủy ban",      "uỷ ban",      "nhân dân",     "hội đồng",    "giáo dục",    "đào tạo",     "xây dựng",
    "xã hội",      "học tập",     "nghề nghiệp",  "thường xuyên", "trung học",  "cơ sở",       "phổ thông",
    "tiểu học",    "mầm non",     "trung tâm",    "khuyến học",  "khuyến tài",  "văn hóa",     "văn hoá",
    "thể thao",    "du lịch",     "khoa học",     "công nghệ",   "tài chính",   "kế hoạch",    "đầu tư",
    "nội vụ",      "tư pháp",     "y tế",         "lao động",    "thương binh", "nông nghiệp", "phát triển",
    "nông thôn",   "tài nguyên",  "môi trường",   "giao thông",  "vận tải",     "công thương", "thông tin",
    "truyền thông", "chỉ đạo",    "mặt trận",     "tổ quốc",     "cộng đồng",   "dân tộc",     "tôn giáo",
    "ngoại vụ",    "thanh tra",   "văn phòng",    "chính phủ",   "quốc gia",    "đại học",     "cao đẳng",
    "liên đoàn",   "liên hiệp",   "hợp tác",      "phụ nữ",      "thanh niên",  "cựu chiến",   "chiến binh",
    "nông dân",    "chữ thập",    "thập đỏ",      "chính trị",   "quân sự",     "công an",     "biên phòng",
    "quản lý",     "dự án",       "kinh tế",      "hạ tầng",     "đô thị",      "an toàn",     "thực phẩm",
    "bảo hiểm",    "thống kê",    "kho bạc",      "nhà nước",    "ngân hàng",   "chính sách",  "dịch vụ",
    "công ích",    "việc làm",    "hướng nghiệp", "dạy nghề",    "bồi dưỡng",   "chính quyền", "địa phương",
    "hành chính",  "công vụ",     "thi đua",      "khen thưởng", "học sinh",    "sinh viên",   "tuyên giáo",
    "tuyên truyền", "dân vận",    "tổ chức",      "kiểm tra",    "đảng ủy",     "đảng uỷ",     "thường trực",
    "thường vụ",   "bí thư",      "chủ tịch",     "giám đốc",    "sự nghiệp",   "kỹ thuật",    "tổng hợp",
    "cán bộ",      "hội viên",    "gia đình",     "dòng họ",     "công dân",    "trẻ em",      "cao tuổi",
    "khuyết tật",  "bảo trợ",     "an ninh",      "quốc phòng",  "trật tự",     "thủy lợi",    "thuỷ lợi",
    "lâm nghiệp",  "thủy sản",    "thuỷ sản",     "kiểm lâm",    "khuyến nông", "thú y",       "bảo vệ",
    "thực vật",    "đất đai",     "đo đạc",       "bản đồ",      "học viện",    "nghiên cứu",  "điều phối",
    "phòng chống", "doanh nghiệp", "thương mại",  "xuất khẩu",   "nhập khẩu",   "ngoại ngữ",   "tin học",
    "bệnh viện",   "dân số",       "kế toán",     "cấp nước",    "thoát nước",  "điện lực",
    "phát thanh",  "truyền hình", "báo chí",      "xuất bản",    "thư viện",    "bảo tàng",    "di tích",
    "nội trú",     "bán trú",     "giáo viên",    "chuyên biệt", "năng khiếu",  "thể dục",     "tổng công",
    "công ty",     "cổ phần",      "trách nhiệm", "hữu hạn",     "khuyến công", "quy hoạch",
};

}  // namespace

bool one_word(std::string_view a, std::string_view b) {
  std::string pair = lower_vi(std::string(a) + " " + std::string(b));
  for (std::string_view w : kWords)
    if (pair == w) return true;
  return false;
}

bool parse_name_origin(std::string_view text, NameOrigin& out) {
  std::string s = slug_vi(text);
  if (s.empty())
    out = NameOrigin::unstated;
  else if (s == "dia-danh" || s == "thuong")
    out = NameOrigin::place;
  else if (s == "so" || s == "chu-so")
    out = NameOrigin::number;
  else if (s == "nguoi" || s == "ten-nguoi")
    out = NameOrigin::person;
  else if (s == "su-kien" || s == "su-kien-lich-su")
    out = NameOrigin::event;
  else
    return false;
  return true;
}

std::string name_origin_label(NameOrigin origin) {
  switch (origin) {
    case NameOrigin::place:
      return "địa danh";
    case NameOrigin::number:
      return "số";
    case NameOrigin::person:
      return "người";
    case NameOrigin::event:
      return "sự kiện";
    case NameOrigin::unstated:
      break;
  }
  return "";
}

std::optional<AdminName> parse_admin_name(std::string_view official, NameOrigin flag) {
  std::vector<Token> t = tokenize(official);
  const Generic* g = t.empty() ? nullptr : generic_at(t, 0);
  if (!g || t.size() <= static_cast<std::size_t>(g->words)) return std::nullopt;
  // "xã hội": a proper name is never lower case.
  if (u_islower(first_code_point(t[static_cast<std::size_t>(g->words)].text))) return std::nullopt;
  for (auto& tok : t) tok.after = tok.after == Sep::none ? Sep::none : Sep::space;
  AdminName n;
  n.generic = std::string(g->canonical);
  n.proper = join(t, static_cast<std::size_t>(g->words), t.size());
  n.origin = flag;
  if (flag == NameOrigin::unstated) {
    if (starts_digit(n.proper))
      n.origin = NameOrigin::number;
    else if (lower_vi(n.proper) == "hồ chí minh")  // ND30's own special form
      n.origin = NameOrigin::person;
    else
      n.origin = NameOrigin::place;
  }
  return n;
}

bool generic_capitalised(const AdminName& n) {
  return n.origin == NameOrigin::number || n.origin == NameOrigin::person || n.origin == NameOrigin::event ||
         n.generic == "thủ đô";
}

std::string running_text(const AdminName& n) {
  return (generic_capitalised(n) ? capitalize_first_vi(n.generic) : n.generic) + " " + n.proper;
}

std::string official_name(const AdminName& n) {
  return capitalize_first_vi(n.generic) + " " + n.proper;
}

std::string place_name(const AdminName& n) {
  if (n.generic == "thủ đô" || !generic_capitalised(n)) return n.proper;
  return running_text(n);
}

std::string body_name(std::string_view organ, const AdminName& n) {
  std::vector<Token> t = tokenize(organ);
  for (auto& tok : t) tok.after = tok.after == Sep::none ? Sep::none : Sep::space;
  std::string o = join(t, 0, t.size());
  if (o.empty()) return running_text(n);
  return capitalize_first_vi(o) + " " + running_text(n);
}

std::string running_text(std::string_view official, NameOrigin flag) {
  auto n = parse_admin_name(official, flag);
  return n ? running_text(*n) : std::string(official);
}

std::string place_name(std::string_view official, NameOrigin flag) {
  auto n = parse_admin_name(official, flag);
  return n ? place_name(*n) : std::string(official);
}

std::string bind_proper_names(std::string_view body) {
  std::vector<Token> t = tokenize(body);
  bind_all(t, has_lower(body));
  return join(t, 0, t.size());
}

BodyParts split_body_name(std::string_view body) {
  std::vector<Token> t = tokenize(body);
  std::vector<Span> units = bind_all(t, has_lower(body));
  if (units.empty()) return {join(t, 0, t.size()), ""};
  std::size_t at = units.front().begin;
  return {join(t, 0, at), join(t, at, t.size())};
}

}  // namespace baocao::text
