// `baocao render TEMPLATE [--data FILE.json | --db PATH | --figures F.csv [--targets T.csv]]
//  [--set name=value]... --out OUT.pdf|.xlsx|.json`: flags into
// cycle::RenderOptions (engine/cycle/render.hpp).
#include <algorithm>

#include "app/flags.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/cycle/render.hpp"

namespace baocao::app {

namespace {

class RenderCommand : public FlagCommand {
 public:
  void flags(Flags& f) override {
    auto set = [this](const std::string& v) {
      auto eq = v.find('=');
      if (eq == std::string::npos || eq == 0)
        fail(ErrorFamily::usage, MsgId::app_bad_option_value, {"set", v, "NAME=VALUE"});
      o_.sets.emplace_back(v.substr(0, eq), v.substr(eq + 1));
    };
    f.text("data", "FILE.json", MsgId::opt_data, o_.data);
    f.store(store_);
    f.text("figures", "FILE.csv", MsgId::opt_figures, o_.figures)
        .text("targets", "FILE.csv", MsgId::opt_targets, o_.targets)
        .value("set", "NAME=VALUE", MsgId::opt_set, set, false, true)
        .text("out", "OUT.pdf|.xlsx|.docx|.json", MsgId::opt_out_file, o_.out, true)
        .text("fonts", "manifest.json", MsgId::opt_fonts, fonts_)
        .limit("max-csv-line-bytes", MsgId::opt_csv_line_limit, o_.csv_limits.max_line_bytes);
    tmpl::Limits& l = o_.limits;
    auto loops = [&l](const std::string& v) {
      l.max_loop_iterations =
          static_cast<long>(std::min<std::uint64_t>(parse_limit("max-loop-iterations", v), 1ull << 40));
    };
    f.limit("max-template-bytes", MsgId::opt_template_limit, l.max_file_bytes)
        .limit("max-include-depth", MsgId::opt_template_limit, l.max_include_depth, 256)
        .limit("max-call-depth", MsgId::opt_template_limit, l.max_call_depth, 256)
        .value("max-loop-iterations", "N", MsgId::opt_template_limit, loops)
        .limit("max-output-bytes", MsgId::opt_template_limit, l.max_output_bytes)
        .limit("max-template-work", MsgId::opt_template_limit, l.max_work_bytes)
        .limit("max-value-bytes", MsgId::opt_template_limit, l.max_value_size);
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (args.empty()) fail(ErrorFamily::usage, MsgId::app_missing_argument, {"TEMPLATE"});
    if (args.size() > 1) fail(ErrorFamily::usage, MsgId::app_unexpected_argument, {args[1]});
    o_.template_name = args[0];
    o_.paths = cycle::Paths::shipped(fonts_);
    if (store_.given()) o_.open_store = [this] { return store_.open(true); };
    cycle::render_template(o_);
    ctx.say(MsgId::render_written, {o_.out.string()});
    return 0;
  }

 private:
  cycle::RenderOptions o_;
  cycle::StoreLocation store_;
  std::string fonts_;
};

}  // namespace

std::unique_ptr<Command> make_render_command() {
  return std::make_unique<RenderCommand>();
}

}  // namespace baocao::app
