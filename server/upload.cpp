#include "server/upload.hpp"

#include <Poco/Net/MessageHeader.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/Net/PartHandler.h>

#include <fstream>

#include "server/limited_input.hpp"
#include "server/passwords.hpp"
#include "server/portal_state.hpp"

namespace baocao::server {

namespace fs = std::filesystem;

namespace {

class FilePart : public Poco::Net::PartHandler {
 public:
  FilePart(Upload& u, fs::path dir, std::uint64_t limit) : u_(u), dir_(std::move(dir)), limit_(limit) {}

  void handlePart(const Poco::Net::MessageHeader& header, std::istream& in) override {
    std::string disposition, value;
    Poco::Net::NameValueCollection params;
    Poco::Net::MessageHeader::splitParameters(header.get("Content-Disposition", ""), value, params);
    if (!u_.file.empty()) {
      // One file per form: the rest is read and dropped.
      char sink[8192];
      while (in.read(sink, sizeof sink) || in.gcount() > 0) {
      }
      return;
    }
    std::string name = params.get("filename", "");
    std::size_t slash = name.find_last_of("/\\");
    if (slash != std::string::npos) name = name.substr(slash + 1);
    u_.filename = name.substr(0, 200);
    // The import tells a CSV from a workbook by its extension: the copy keeps it.
    std::string ext = fs::path(u_.filename).extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext != ".csv" && ext != ".xlsx" && ext != ".json" && ext != ".tpl" && ext != ".pdf") ext = ".upload";
    u_.file = dir_ / (random_token() + ext);
    std::ofstream out(u_.file, std::ios::binary);
    char buf[1 << 16];
    while (in.read(buf, sizeof buf) || in.gcount() > 0) {
      u_.size += static_cast<std::uint64_t>(in.gcount());
      if (u_.size > limit_) {
        too_large_ = true;
        return;  // the bounded body ends soon after
      }
      out.write(buf, in.gcount());
    }
    if (!out.flush()) throw HttpError{500, MsgId::portal_internal_error};
  }
  bool too_large() const { return too_large_; }

 private:
  Upload& u_;
  fs::path dir_;
  std::uint64_t limit_;
  bool too_large_ = false;
};

}  // namespace

Upload::~Upload() {
  std::error_code ec;
  if (!file.empty()) fs::remove(file, ec);
}

void read_upload(Exchange& x, Upload& u) {
  const std::size_t limit = x.portal.o.max_upload_bytes;
  const std::size_t body_limit = limit + x.portal.o.max_form_bytes;
  const std::string mb = std::to_string((limit + (1u << 20) - 1) >> 20) + " MB";
  if (x.request.getContentLength() != Poco::Net::HTTPMessage::UNKNOWN_CONTENT_LENGTH &&
      x.request.getContentLength64() > static_cast<Poco::Int64>(body_limit))
    throw HttpError{413, MsgId::portal_too_large, {mb}};
  if (x.request.getContentType().rfind("multipart/form-data", 0) != 0) bad_request();
  LimitedInput bounded(x.request.stream(), body_limit);
  std::istream in(&bounded);
  FilePart part(u, x.portal.private_dir("uploads"), limit);
  u.fields.setFieldLimit(20);
  try {
    u.fields.load(x.request, in, part);
  } catch (const HttpError&) {
    throw;
  } catch (const Poco::Exception&) {
    if (!bounded.exceeded()) bad_request();
  }
  if (bounded.exceeded() || part.too_large()) throw HttpError{413, MsgId::portal_too_large, {mb}};
  if (!x.session || !same_secret(u.fields.get("csrf", ""), x.session->csrf)) throw HttpError{403, MsgId::portal_csrf};
  if (u.file.empty() || u.size == 0) bad_request(MsgId::portal_no_file);
}

}  // namespace baocao::server
