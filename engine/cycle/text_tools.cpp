#include "engine/cycle/text_tools.hpp"

#include <cmath>
#include <fstream>
#include <iterator>
#include <sstream>

#include "engine/core/civil_date.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/text/encoding.hpp"
#include "engine/text/normalize.hpp"
#include "engine/text/vi_collate.hpp"
#include "engine/text/vi_date.hpp"
#include "engine/text/vi_number.hpp"
#include "engine/text/vi_slug.hpp"

namespace baocao::cycle {

namespace {

constexpr const char* kTools = "decode, words, date, sort, slug";

std::string read_all(const std::string& file, std::istream& input) {
  if (file == "-") return std::string(std::istreambuf_iterator<char>(input), {});
  std::ifstream in(file, std::ios::binary);
  if (!in) fail(ErrorFamily::input, MsgId::file_not_found, {file});
  std::ostringstream s;
  s << in.rdbuf();
  if (in.bad()) fail(ErrorFamily::input, MsgId::file_read_failed, {file, "read"});
  return s.str();
}

void at_most(const std::vector<std::string>& args, std::size_t n) {
  if (args.size() > n) fail(ErrorFamily::usage, MsgId::app_unexpected_argument, {args[n]});
}

TextResult decode(const std::vector<std::string>& args, const TextOptions& o, std::istream& input, Lang lang) {
  at_most(args, 1);
  const std::string file = args.empty() ? "-" : args[0];
  const std::string shown = file == "-" ? "stdin" : file;
  const std::string bytes = read_all(file, input);
  TextResult r;
  try {
    text::Encoding enc;
    if (o.from == "auto") {
      text::Detection d = text::detect(bytes);
      enc = d.encoding;
      const std::string name(text::encoding_name(enc));
      r.notes.push_back(message(lang, MsgId::text_detected,
                                {shown, name, std::to_string(static_cast<int>(std::lround(d.confidence * 100)))}));
      if (d.ambiguous) {
        std::string others;
        for (const auto& c : text::detect_candidates(bytes))
          if (c.encoding != enc) others += (others.empty() ? "" : ", ") + std::string(text::encoding_name(c.encoding));
        r.notes.push_back(message(lang, MsgId::text_detect_ambiguous, {shown, name, others.empty() ? "?" : others}));
      }
    } else {
      enc = *text::parse_encoding_name(o.from);
    }
    r.out = text::decode(bytes, enc);
  } catch (const Error& e) {
    rethrow_in_file(e, shown);
  }
  return r;
}

std::string sorted(const std::vector<std::string>& args, std::istream& input) {
  at_most(args, 0);
  std::string nfc;
  try {
    nfc = text::decode(read_all("-", input), text::Encoding::utf8);
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
  std::string out;
  for (const auto& l : lines) out += l + '\n';
  return out;
}

}  // namespace

void check_encoding_name(const std::string& name) {
  if (name != "auto" && !text::parse_encoding_name(name))
    fail(ErrorFamily::usage, MsgId::text_unknown_encoding, {name, "auto, " + text::supported_encoding_names()});
}

TextResult run_text_tool(const std::string& tool, const std::vector<std::string>& args, const TextOptions& o,
                         std::istream& input, Lang lang) {
  if (tool == "decode") return decode(args, o, input, lang);
  if (tool == "sort") return {sorted(args, input), {}};
  if (tool == "words") {
    if (args.empty()) fail(ErrorFamily::usage, MsgId::app_missing_argument, {"NUMBER"});
    at_most(args, 1);
    std::int64_t n = 0;
    if (text::parse_vi_integer(args[0], n) != text::NumberProblem::none)
      fail(ErrorFamily::usage, MsgId::text_not_an_integer, {args[0]});
    return {text::number_to_words(n, o.words) + '\n', {}};
  }
  if (tool == "date") {
    if (args.empty()) fail(ErrorFamily::usage, MsgId::app_missing_argument, {"YYYY-MM-DD"});
    at_most(args, 1);
    if (o.place.empty()) fail(ErrorFamily::usage, MsgId::app_missing_option, {"place"});
    return {text::nd30_place_date(text::to_nfc(o.place), parse_iso_date(args[0])) + '\n', {}};
  }
  if (tool == "slug") {
    if (args.empty()) fail(ErrorFamily::usage, MsgId::app_missing_argument, {"TEXT"});
    std::string joined;
    for (const auto& a : args) joined += (joined.empty() ? "" : " ") + a;
    return {text::slug_vi(joined) + '\n', {}};
  }
  fail(ErrorFamily::usage, MsgId::text_unknown_subcommand, {tool, kTools});
}

}  // namespace baocao::cycle
