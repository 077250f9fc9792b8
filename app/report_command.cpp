// `baocao report FIGURES.csv --targets T.csv --info INFO.json --year YYYY --out DIR`
// writes DIR/bao-cao-YYYY.pdf and DIR/bao-cao-YYYY.xlsx: flags into
// cycle::ReportOptions (engine/cycle/report.hpp).
#include "app/flags.hpp"
#include "app/limit_options.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/cycle/report.hpp"

namespace baocao::app {

namespace {

class ReportCommand : public FlagCommand {
 public:
  void flags(Flags& f) override {
    f.text("targets", "FILE.csv", MsgId::opt_targets, o_.targets)
        .text("info", "FILE.json", MsgId::opt_info, o_.info)
        .value("year", "YYYY", MsgId::opt_year, [this](const std::string& v) { o_.year = parse_year_option("year", v); }, true)
        .text("out", "DIR", MsgId::opt_out, o_.out, true)
        .text("fonts", "manifest.json", MsgId::opt_fonts, o_.fonts)
        .text("units", "FILE.csv", MsgId::opt_units, o_.units)
        .text("scope", "CODE", MsgId::opt_scope, o_.scope)
        .text("submissions", "FILE.csv", MsgId::opt_submissions, o_.submissions)
        .value("deadline", "YYYY-MM-DD", MsgId::opt_deadline, [this](const std::string& v) { o_.deadline = parse_iso_date(v); })
        .text("previous", "FILE.csv", MsgId::opt_previous, o_.previous)
        .value("max-csv-line-bytes", "N", MsgId::opt_csv_line_limit,
               [this](const std::string& v) { o_.csv_limits.max_line_bytes = parse_limit("max-csv-line-bytes", v); });
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (args.empty()) fail(ErrorFamily::usage, MsgId::app_missing_argument, {"FIGURES.csv"});
    o_.figures.assign(args.begin(), args.end());
    const cycle::ReportFiles r = cycle::write_report(o_);
    for (const auto& file : {r.pdf, r.xlsx}) ctx.out << message(ctx.lang, MsgId::report_written, {file.string()}) << '\n';
    return 0;
  }

 private:
  cycle::ReportOptions o_;
};

}  // namespace

std::unique_ptr<Command> make_report_command() { return std::make_unique<ReportCommand>(); }

}  // namespace baocao::app
