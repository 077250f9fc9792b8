// `baocao text`'s tools over engine/text: decode a file of an old font
// encoding, a number in words, an ND30 place and date, Vietnamese sorting,
// a slug. The front end gives the input and prints the output.
#pragma once

#include <istream>
#include <string>
#include <vector>

#include "engine/core/messages.hpp"
#include "engine/text/vi_words.hpp"

namespace baocao::cycle {

struct TextOptions {
  std::string from = "auto";  // decode: an encoding name, or auto-detect
  std::string place;          // date: the place name
  text::WordsOptions words;   // words: how to spell the number
};

struct TextResult {
  std::string out;                  // what the tool prints
  std::vector<std::string> notes;   // what it says about its input (detected encoding), for the error stream
};

// Checks an encoding name for --from: "auto" or one engine/text knows;
// Error(usage) listing them otherwise.
void check_encoding_name(const std::string& name);

// `tool` is decode, words, date, sort or slug and `args` its arguments;
// `input` is read when a tool reads standard input (decode of "-", sort).
// Error(usage) for an unknown tool or wrong arguments, naming the file of a
// problem in its input.
TextResult run_text_tool(const std::string& tool, const std::vector<std::string>& args, const TextOptions& o,
                         std::istream& input, Lang lang);

}  // namespace baocao::cycle
