// `baocao text`: thin front of engine/text. The sub-subcommand is the first
// positional argument (the CLI pre-scan took "text" as the command):
//   decode [FILE|-] [--from auto|utf8|utf16|tcvn3|tcvn3-caps|vni|viqr|cp1258]
//   words NUMBER [--le] [--ngan] [--ti] [--dong] [--nham] [--chan] [--hoa]
//   date YYYY-MM-DD --place NAME
//   sort            (stdin lines, Vietnamese collation)
//   slug TEXT
#include <cmath>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "app/flags.hpp"
#include "engine/core/civil_date.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/text/encoding.hpp"
#include "engine/text/normalize.hpp"
#include "engine/text/vi_collate.hpp"
#include "engine/text/vi_date.hpp"
#include "engine/text/vi_number.hpp"
#include "engine/text/vi_slug.hpp"
#include "engine/text/vi_words.hpp"

namespace baocao::app {

namespace {

constexpr const char* kSubcommands = "decode, words, date, sort, slug";

std::string read_all(const std::string& file) {
  if (file == "-") return std::string(std::istreambuf_iterator<char>(std::cin), {});
  std::ifstream in(file, std::ios::binary);
  if (!in) fail(ErrorFamily::input, MsgId::file_not_found, {file});
  std::ostringstream s;
  s << in.rdbuf();
  if (in.bad()) fail(ErrorFamily::input, MsgId::file_read_failed, {file, "read"});
  return s.str();
}

class TextCommand : public FlagCommand {
 public:
  void flags(Flags& f) override {
    auto from = [this](const std::string& v) {
      if (v != "auto" && !text::parse_encoding_name(v))
        fail(ErrorFamily::usage, MsgId::text_unknown_encoding,
             {v, "auto, " + text::supported_encoding_names()});
      from_ = v;
    };
    f.value("from", "auto|utf8|tcvn3|vni|viqr|cp1258", MsgId::opt_from, from)
        .value("encoding", "auto|utf8|tcvn3|vni|viqr|cp1258", MsgId::opt_encoding, from)
        .text("place", "NAME", MsgId::opt_place, place_)
        .flag("le", MsgId::opt_le, words_.le)
        .flag("ngan", MsgId::opt_ngan, words_.ngan)
        .flag("ti", MsgId::opt_ti, words_.ti)
        .flag("dong", MsgId::opt_dong, [this] { words_.dong = words_.capitalize = true; })
        .flag("nham", MsgId::opt_nham, words_.nham)
        .flag("chan", MsgId::opt_chan, words_.chan)
        .flag("hoa", MsgId::opt_hoa, words_.capitalize);
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (args.empty()) fail(ErrorFamily::usage, MsgId::text_usage);
    const std::string& sub = args[0];
    std::vector<std::string> rest(args.begin() + 1, args.end());
    if (sub == "decode") return decode(rest, ctx);
    if (sub == "words") return words(rest, ctx);
    if (sub == "date") return date(rest, ctx);
    if (sub == "sort") return sort(rest, ctx);
    if (sub == "slug") return slug(rest, ctx);
    fail(ErrorFamily::usage, MsgId::text_unknown_subcommand, {sub, kSubcommands});
  }

 private:
  static void at_most(const std::vector<std::string>& rest, std::size_t n) {
    if (rest.size() > n) fail(ErrorFamily::usage, MsgId::app_unexpected_argument, {rest[n]});
  }

  int decode(const std::vector<std::string>& rest, Context& ctx) {
    at_most(rest, 1);
    std::string file = rest.empty() ? "-" : rest[0];
    std::string shown = file == "-" ? "stdin" : file;
    std::string bytes = read_all(file);
    try {
      text::Encoding enc;
      if (from_ == "auto") {
        text::Detection d = text::detect(bytes);
        enc = d.encoding;
        std::string percent = std::to_string(static_cast<int>(std::lround(d.confidence * 100)));
        ctx.err << message(ctx.lang, MsgId::text_detected,
                           {shown, std::string(text::encoding_name(enc)), percent})
                << '\n';
        if (d.ambiguous) {
          std::string others;
          for (const auto& c : text::detect_candidates(bytes))
            if (c.encoding != enc)
              others += (others.empty() ? "" : ", ") + std::string(text::encoding_name(c.encoding));
          ctx.err << message(ctx.lang, MsgId::text_detect_ambiguous,
                             {shown, std::string(text::encoding_name(enc)), others.empty() ? "?" : others})
                  << '\n';
        }
      } else {
        enc = *text::parse_encoding_name(from_);
      }
      ctx.out << text::decode(bytes, enc);
    } catch (const Error& e) {
      rethrow_in_file(e, shown);
    }
    return 0;
  }

  int words(const std::vector<std::string>& rest, Context& ctx) {
    if (rest.empty()) fail(ErrorFamily::usage, MsgId::app_missing_argument, {"NUMBER"});
    at_most(rest, 1);
    std::int64_t n = 0;
    text::NumberProblem p = text::parse_vi_integer(rest[0], n);
    if (p != text::NumberProblem::none) fail(ErrorFamily::usage, MsgId::text_not_an_integer, {rest[0]});
    ctx.out << text::number_to_words(n, words_) << '\n';
    return 0;
  }

  int date(const std::vector<std::string>& rest, Context& ctx) {
    if (rest.empty()) fail(ErrorFamily::usage, MsgId::app_missing_argument, {"YYYY-MM-DD"});
    at_most(rest, 1);
    if (place_.empty()) fail(ErrorFamily::usage, MsgId::app_missing_option, {"place"});
    CivilDate d = parse_iso_date(rest[0]);
    ctx.out << text::nd30_place_date(text::to_nfc(place_), d) << '\n';
    return 0;
  }

  int sort(const std::vector<std::string>& rest, Context& ctx) {
    at_most(rest, 0);
    std::string all = read_all("-");
    std::string nfc;
    try {
      nfc = text::decode(all, text::Encoding::utf8);
    } catch (const Error& e) {
      rethrow_in_file(e, "stdin");
    }
    std::vector<std::string> lines;
    std::istringstream in(nfc);
    for (std::string line; std::getline(in, line);) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      lines.push_back(line);
    }
    text::sort_vi(lines);
    for (const auto& l : lines) ctx.out << l << '\n';
    return 0;
  }

  int slug(const std::vector<std::string>& rest, Context& ctx) {
    if (rest.empty()) fail(ErrorFamily::usage, MsgId::app_missing_argument, {"TEXT"});
    std::string joined;
    for (const auto& r : rest) joined += (joined.empty() ? "" : " ") + r;
    ctx.out << text::slug_vi(joined) << '\n';
    return 0;
  }

  std::string from_ = "auto";
  std::string place_;
  text::WordsOptions words_;
};

}  // namespace

std::unique_ptr<Command> make_text_command() {
  return std::make_unique<TextCommand>();
}

}  // namespace baocao::app
