#include "data-adapters/json/report_info_json.hpp"

#include <Poco/JSON/Parser.h>

#include <fstream>
#include <sstream>

#include "engine/core/diagnostic.hpp"
#include "engine/text/normalize.hpp"

namespace baocao::json {

report::ReportInfo read_report_info(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(ErrorFamily::input, MsgId::file_not_found, {path});
  std::stringstream buf;
  buf << in.rdbuf();
  std::string body = text::gate_file_text(buf.str(), path);
  report::ReportInfo info;
  try {
    Poco::JSON::Parser parser;
    auto o = parser.parse(body).extract<Poco::JSON::Object::Ptr>();
    auto str = [&](const char* key) { return o->optValue<std::string>(key, ""); };
    auto list = [&](const char* key) {
      std::vector<std::string> out;
      if (auto a = o->getArray(key))
        for (std::size_t i = 0; i < a->size(); ++i)
          out.push_back(a->getElement<std::string>(static_cast<unsigned>(i)));
      return out;
    };
    info.governing_body = str("co_quan_chu_quan");
    info.issuing_body = str("co_quan_ban_hanh");
    info.number_symbol = str("so_ky_hieu");
    info.place = str("dia_danh");
    info.area = str("dia_ban");
    info.basis = str("can_cu");
    info.signer_name = str("nguoi_ky");
    info.authority_lines = list("quyen_han");
    info.recipients = list("noi_nhan");
    std::string date = str("ngay");
    if (!date.empty()) info.date = parse_iso_date(date);
  } catch (const Poco::Exception& e) {
    fail(ErrorFamily::input, MsgId::file_read_failed, {path, e.displayText()}, at_file(path));
  }
  return info;
}

}  // namespace baocao::json
