// A multipart/form-data upload: the file part goes to a private temporary
// file under the output root (never into memory), bounded by the options'
// upload size; the other fields stay in the form. The CSRF token is checked
// once the body is read. The file is removed when the Upload goes.
#pragma once

#include <Poco/Net/HTMLForm.h>

#include <cstdint>
#include <filesystem>
#include <string>

namespace baocao::server {

class Exchange;

struct Upload {
  Upload() = default;
  Upload(const Upload&) = delete;
  Upload& operator=(const Upload&) = delete;
  ~Upload();
  std::filesystem::path file;  // empty when the form had no file
  std::string filename;        // as the browser named it (no directory part)
  std::uint64_t size = 0;
  Poco::Net::HTMLForm fields;
};

// Throws HttpError: 413 beyond the size bound, 400 for a body that is not
// multipart or has no file, 403 without the session's CSRF token.
void read_upload(Exchange& x, Upload& into);

}  // namespace baocao::server
