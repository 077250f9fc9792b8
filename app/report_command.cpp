// `baocao report FIGURES.csv --targets T.csv --info INFO.json --year YYYY --out DIR`
// writes DIR/bao-cao-YYYY.pdf and DIR/bao-cao-YYYY.xlsx: flags into
// cycle::ReportOptions (engine/cycle/report.hpp).
#include "app/flags.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/cycle/report.hpp"

namespace baocao::app {

namespace {

class ReportCommand : public FlagCommand {
 public:
  void flags(Flags& f) override {
    f.text("targets", "FILE.csv", MsgId::opt_targets, o_.targets)
        .text("info", "FILE.json", MsgId::opt_info, o_.info)
        .year("year", MsgId::opt_year, o_.year, true)
        .text("out", "DIR", MsgId::opt_out, o_.out, true)
        .text("fonts", "manifest.json", MsgId::opt_fonts, o_.fonts)
        .text("units", "FILE.csv", MsgId::opt_units, o_.units)
        .text("scope", "CODE", MsgId::opt_scope, o_.scope)
        .text("submissions", "FILE.csv", MsgId::opt_submissions, o_.submissions)
        .date("deadline", MsgId::opt_deadline, o_.deadline)
        .text("previous", "FILE.csv", MsgId::opt_previous, o_.previous)
        .limit("max-csv-line-bytes", MsgId::opt_csv_line_limit, o_.csv_limits.max_line_bytes);
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (args.empty()) fail(ErrorFamily::usage, MsgId::app_missing_argument, {"FIGURES.csv"});
    o_.figures.assign(args.begin(), args.end());
    const cycle::ReportFiles r = cycle::write_report(o_);
    for (const auto& file : {r.pdf, r.xlsx}) ctx.say(MsgId::report_written, {file.string()});
    return 0;
  }

 private:
  cycle::ReportOptions o_;
};

}  // namespace

std::unique_ptr<Command> make_report_command() {
  return std::make_unique<ReportCommand>();
}

}  // namespace baocao::app
