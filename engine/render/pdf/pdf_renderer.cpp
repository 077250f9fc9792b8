#include "engine/render/pdf/pdf_renderer.hpp"

#include <hpdf.h>
#include <qpdf/QPDFCryptoProvider.hh>
#include <qpdf/QUtil.hh>
#include <unicode/utf8.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <optional>
#include <set>

#include "engine/core/atomic_file.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/layout/page_json.hpp"
#include "engine/render/pdf/char_codes.hpp"
#include "engine/render/pdf/font_subset.hpp"
#include "engine/render/pdf/hpdf_font.hpp"
#include "engine/render/pdf/pdf_postpass.hpp"
#include "engine/text/display.hpp"
#include "engine/text/normalize.hpp"

namespace baocao::render {

namespace {

// libharu reports errors through a C callback; it must not throw, so it
// records the first error and the caller checks after each call.
struct HpdfErrors {
  HPDF_STATUS code = HPDF_OK;
  HPDF_STATUS detail = 0;
};

void on_hpdf_error(HPDF_STATUS code, HPDF_STATUS detail, void* user) noexcept {
  auto* e = static_cast<HpdfErrors*>(user);
  if (e->code == HPDF_OK) {
    e->code = code;
    e->detail = detail;
  }
}

struct DocDeleter {
  void operator()(HPDF_Doc d) const { HPDF_Free(d); }
};
using DocPtr = std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, DocDeleter>;

class Writer {
 public:
  explicit Writer(HpdfErrors& errors) : errors_(errors), doc_(HPDF_New(on_hpdf_error, &errors)) {
    if (!doc_) fail(ErrorFamily::output, MsgId::pdf_render_failed, {"HPDF_New"});
  }
  HPDF_Doc get() const { return doc_.get(); }
  // Throws with libharu's error code when any call so far failed.
  void check(const char* what) const {
    if (errors_.code == HPDF_OK) return;
    char buf[96];
    std::snprintf(buf, sizeof buf, "%s: libharu error 0x%04X (detail %u)", what,
                  static_cast<unsigned>(errors_.code), static_cast<unsigned>(errors_.detail));
    fail(ErrorFamily::output, MsgId::pdf_render_failed, {buf});
  }

 private:
  HpdfErrors& errors_;
  DocPtr doc_;
};

// What is painted for a run: layout joins the words of a proper name with
// no-break spaces (U+00A0) so no line breaks inside it; on paper and in the
// text a reader copies they are ordinary spaces, of the same width. Format
// characters are never drawn (engine/text/display.hpp).
std::string painted(const std::string& run) {
  const std::string text = text::drawn_text(run);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\xc2' && i + 1 < text.size() && text[i + 1] == '\xa0') {  // U+00A0 in UTF-8
      out += ' ';
      ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

// The characters each face draws; every one is checked against the face so a
// missing glyph is an error naming it and its text, never .notdef.
std::array<std::set<char32_t>, 4> characters_used(const layout::PagedDocument& doc,
                                                  const fonts::FontSet& fonts) {
  std::array<std::set<char32_t>, 4> used;
  for (const layout::Page& p : doc.pages) {
    for (const layout::TextRun& t : p.texts) {
      text::require_nfc(t.text);
      fonts.require_glyphs(t.style, t.text);
      const std::string drawn = painted(t.text);
      auto& set = used[static_cast<std::size_t>(t.style)];
      const auto* s = reinterpret_cast<const uint8_t*>(drawn.data());
      int32_t len = static_cast<int32_t>(drawn.size()), i = 0;
      std::size_t count = 0;
      while (i < len) {
        UChar32 c;
        U8_NEXT(s, i, len, c);
        set.insert(static_cast<char32_t>(c));
        ++count;
      }
      // libharu refuses a longer string (HPDF_LIMIT_MAX_STRING_LEN bytes, two per
      // character: char_codes.hpp) with a bare error code.
      constexpr std::size_t kMaxCharacters = HPDF_LIMIT_MAX_STRING_LEN / 2;
      if (count > kMaxCharacters) {
        std::size_t cut = 40;  // at a character's start
        while (cut > 0 && (static_cast<unsigned char>(drawn[cut]) & 0xC0) == 0x80) --cut;
        fail(ErrorFamily::output, MsgId::pdf_run_too_long,
             {std::to_string(count), std::to_string(kMaxCharacters), drawn.substr(0, cut) + "…"});
      }
    }
  }
  return used;
}

HPDF_Date pdf_date(long long t) {
  // Vietnam time (UTC+7), as offices date their documents.
  std::time_t local = static_cast<std::time_t>(t + 7 * 3600);
  std::tm tm{};
  gmtime_r(&local, &tm);
  HPDF_Date d{};
  d.year = tm.tm_year + 1900;
  d.month = tm.tm_mon + 1;
  d.day = tm.tm_mday;
  d.hour = tm.tm_hour;
  d.minutes = tm.tm_min;
  d.seconds = tm.tm_sec;
  d.ind = '+';
  d.off_hour = 7;
  d.off_minutes = 0;
  return d;
}

long long timestamp_for(const layout::PagedDocument& doc, const PdfOptions& options) {
  if (options.timestamp) return *options.timestamp;
  if (const char* sde = std::getenv("SOURCE_DATE_EPOCH"); sde && *sde) return std::atoll(sde);
  // A date left blank for the văn thư: 1 January of its year, so the same
  // draft gives the same bytes.
  CivilDate d = is_blank(doc.date) ? CivilDate{std::max(doc.date.year, 1970), 1, 1} : doc.date;
  return to_unix_seconds(d) - 7 * 3600;  // 00:00 in Vietnam
}

// With BAOCAO_LAYOUT_DUMP=DIR in the environment, every PDF rendered leaves
// its positioned pages (layout/page_json.hpp) in DIR/<SHA-256 of the PDF>.json:
// a test or a developer finds the layout of any PDF a command wrote, such as
// each document of a `run`, by the file's hash.
void dump_layout(const layout::PagedDocument& doc, const std::string& pdf) {
  const char* dir = std::getenv("BAOCAO_LAYOUT_DUMP");
  if (!dir || !*dir) return;
  auto sha = QPDFCryptoProvider::getImpl();
  sha->SHA2_init(256);
  sha->SHA2_update(reinterpret_cast<const unsigned char*>(pdf.data()), pdf.size());
  sha->SHA2_finalize();
  std::filesystem::path file = std::filesystem::path(dir) / (QUtil::hex_encode(sha->SHA2_digest()) + ".json");
  std::filesystem::create_directories(file.parent_path());
  write_file_atomic(file, layout::to_json(doc));
}

}  // namespace

namespace {

// libharu's file: the pages drawn with the faces cut to what `used` holds,
// the text in the document's codes.
std::string draw(const layout::PagedDocument& doc, const fonts::FontSet& fonts, const PdfOptions& options,
                 const std::array<std::set<char32_t>, 4>& used, const CharCodes& codes) {
  HpdfErrors errors;
  Writer w(errors);
  HPDF_Doc pdf = w.get();
  HPDF_SetCompressionMode(pdf, HPDF_COMP_NONE);  // qpdf compresses once, in the post-pass
  codes.register_encoder(pdf);
  w.check("setup");

  // Only the faces used, each cut to the characters it draws.
  std::array<HPDF_Font, 4> faces{};
  for (std::size_t s = 0; s < 4; ++s) {
    if (used[s].empty()) continue;
    const auto& face = fonts.face(static_cast<fonts::Style>(s));
    char tag[] = "HPDFAA";  // the post-pass names each subset after its characters
    tag[5] = static_cast<char>('A' + s);
    faces[s] = load_truetype(pdf, subset_font(face.file(), used[s]), tag);
    w.check(face.file().c_str());
    if (!faces[s]) fail(ErrorFamily::output, MsgId::pdf_render_failed, {face.file().string()});
  }

  for (const layout::Page& p : doc.pages) {
    HPDF_Page page = HPDF_AddPage(pdf);
    HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(p.width));
    HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(p.height));
    auto rgb = [](double v) { return static_cast<HPDF_REAL>(v); };
    for (const layout::Box& b : p.boxes) {
      HPDF_Page_SetRGBFill(page, rgb(b.fill.r), rgb(b.fill.g), rgb(b.fill.b));
      HPDF_Page_Rectangle(page, static_cast<HPDF_REAL>(b.x), static_cast<HPDF_REAL>(p.height - b.y - b.h),
                          static_cast<HPDF_REAL>(b.w), static_cast<HPDF_REAL>(b.h));
      HPDF_Page_Fill(page);
    }
    if (!p.boxes.empty()) HPDF_Page_SetRGBFill(page, 0, 0, 0);
    if (!p.rules.empty()) {
      double width = -1;
      layout::Color color{};
      for (const layout::Rule& r : p.rules) {
        if (r.width != width || r.color != color) {  // both change only outside a path
          if (width >= 0) HPDF_Page_Stroke(page);
          HPDF_Page_SetLineWidth(page, static_cast<HPDF_REAL>(r.width));
          HPDF_Page_SetRGBStroke(page, rgb(r.color.r), rgb(r.color.g), rgb(r.color.b));
          width = r.width;
          color = r.color;
        }
        HPDF_Page_MoveTo(page, static_cast<HPDF_REAL>(r.x1), static_cast<HPDF_REAL>(p.height - r.y1));
        HPDF_Page_LineTo(page, static_cast<HPDF_REAL>(r.x2), static_cast<HPDF_REAL>(p.height - r.y2));
      }
      HPDF_Page_Stroke(page);
    }
    if (p.texts.empty()) {
      w.check("page");
      continue;
    }
    HPDF_Page_BeginText(page);
    int current = -1;
    double current_size = 0;
    for (const layout::TextRun& t : p.texts) {
      int s = static_cast<int>(t.style);
      if (s != current || t.size != current_size) {
        HPDF_Page_SetFontAndSize(page, faces[static_cast<std::size_t>(s)], static_cast<HPDF_REAL>(t.size));
        current = s;
        current_size = t.size;
      }
      HPDF_Page_TextOut(page, static_cast<HPDF_REAL>(t.x), static_cast<HPDF_REAL>(p.height - t.y),
                        codes.encode(painted(t.text)).c_str());
    }
    HPDF_Page_EndText(page);
    w.check("page");
  }

  HPDF_SetInfoAttr(pdf, HPDF_INFO_CREATOR, "baocao");
  HPDF_SetInfoAttr(pdf, HPDF_INFO_PRODUCER, "baocao (libharu)");
  HPDF_Date date = pdf_date(timestamp_for(doc, options));
  HPDF_SetInfoDateAttr(pdf, HPDF_INFO_CREATION_DATE, date);
  HPDF_SetInfoDateAttr(pdf, HPDF_INFO_MOD_DATE, date);
  w.check("info");

  HPDF_SaveToStream(pdf);
  w.check("save");
  std::string bytes(HPDF_GetStreamSize(pdf), '\0');
  HPDF_UINT32 size = static_cast<HPDF_UINT32>(bytes.size());
  HPDF_ReadFromStream(pdf, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size);
  bytes.resize(size);
  // HPDF_ReadFromStream reports HPDF_STREAM_EOF at the end; that is success.
  if (errors.code == HPDF_STREAM_EOF) errors.code = HPDF_OK;
  w.check("read");
  return bytes;
}

}  // namespace

std::string render_pdf(const layout::PagedDocument& doc, const fonts::FontSet& fonts,
                       const PdfOptions& options) {
  const std::array<std::set<char32_t>, 4> used = characters_used(doc, fonts);
  std::set<char32_t> all;
  for (const auto& u : used) all.insert(u.begin(), u.end());
  const CharCodes codes(all);
  const std::string bytes = draw(doc, fonts, options, used, codes);
  PdfAdditions additions;
  for (auto [key, value] :
       {std::pair{"/Title", &doc.meta.title}, std::pair{"/Author", &doc.meta.author},
        std::pair{"/Subject", &doc.meta.subject}, std::pair{"/Keywords", &doc.meta.keywords}}) {
    if (value->empty()) continue;
    text::require_nfc(*value);
    additions.info.emplace_back(key, *value);
  }
  for (std::size_t i = 0; i < doc.pages.size() && !additions.field; ++i)
    if (const auto& room = doc.pages[i].signature_room) {
      // Layout measures y down from the top; PDF measures up from the bottom.
      const double height = doc.pages[i].height;
      additions.field = SignatureField{static_cast<int>(i), room->x, height - (room->y + room->h),
                                       room->x + room->w, height - room->y};
    }
  for (std::size_t i = 0; i < doc.pages.size(); ++i)
    for (auto [room, name] : {std::pair{&doc.pages[i].number_room, kNumberFieldName},
                              std::pair{&doc.pages[i].date_room, kDateFieldName}})
      if (*room) {
        const double height = doc.pages[i].height;
        const layout::Box& b = **room;
        additions.text_fields.push_back(
            {static_cast<int>(i), b.x, height - (b.y + b.h), b.x + b.w, height - b.y, b.h / 1.2, name});
      }
  std::string file = fix_pdf(bytes, codes, additions);
  dump_layout(doc, file);
  return file;
}

void write_pdf(const layout::PagedDocument& doc, const fonts::FontSet& fonts,
               const std::filesystem::path& path, const PdfOptions& options) {
  write_file_atomic(path, render_pdf(doc, fonts, options));
}

}  // namespace baocao::render
