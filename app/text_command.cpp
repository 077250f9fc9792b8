// `baocao text`: flags into the text tools (engine/cycle/text_tools.hpp).
// The tool is the first positional argument (the CLI pre-scan took "text"
// as the command):
//   decode [FILE|-] [--from auto|utf8|utf16|tcvn3|tcvn3-caps|vni|viqr|cp1258]
//   words NUMBER [--le] [--ngan] [--ti] [--dong] [--nham] [--chan] [--hoa]
//   date YYYY-MM-DD --place NAME
//   sort            (stdin lines, Vietnamese collation)
//   slug TEXT
#include <iostream>

#include "app/flags.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/cycle/text_tools.hpp"

namespace baocao::app {

namespace {

class TextCommand : public FlagCommand {
 public:
  void flags(Flags& f) override {
    auto from = [this](const std::string& v) { cycle::check_encoding_name(v), o_.from = v; };
    text::WordsOptions& w = o_.words;
    f.value("from", "auto|utf8|tcvn3|vni|viqr|cp1258", MsgId::opt_from, from)
        .value("encoding", "auto|utf8|tcvn3|vni|viqr|cp1258", MsgId::opt_encoding, from)
        .text("place", "NAME", MsgId::opt_place, o_.place)
        .flag("le", MsgId::opt_le, w.le)
        .flag("ngan", MsgId::opt_ngan, w.ngan)
        .flag("ti", MsgId::opt_ti, w.ti)
        .flag("dong", MsgId::opt_dong, [&w] { w.dong = w.capitalize = true; })
        .flag("nham", MsgId::opt_nham, w.nham)
        .flag("chan", MsgId::opt_chan, w.chan)
        .flag("hoa", MsgId::opt_hoa, w.capitalize);
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (args.empty()) fail(ErrorFamily::usage, MsgId::text_usage);
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    const cycle::TextResult r = cycle::run_text_tool(args[0], rest, o_, std::cin, ctx.lang);
    for (const std::string& note : r.notes) ctx.err << note << '\n';
    ctx.out << r.out;
    return 0;
  }

 private:
  cycle::TextOptions o_;
};

}  // namespace

std::unique_ptr<Command> make_text_command() {
  return std::make_unique<TextCommand>();
}

}  // namespace baocao::app
