// Writing PDF objects by hand for an incremental update: qpdf reads the file
// but only rewrites whole files, which would break earlier signatures.
#pragma once

#include <deque>
#include <map>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <string>
#include <string_view>

namespace baocao::sign {

class PdfUpdate;

// A PDF text string: literal when plain ASCII, else UTF-16BE with a BOM.
std::string pdf_text(std::string_view utf8);

// Copies objects of another PDF (the appearance) into the update, giving each
// reachable indirect object a fresh number from `next`.
class Importer {
 public:
  explicit Importer(int& next) : next_(next) {}
  // `h` written as a direct value; the indirect objects it refers to are queued.
  std::string value(QPDFObjectHandle h);
  // Writes every queued object into the update.
  void flush(PdfUpdate& update);

 private:
  int ref(QPDFObjectHandle h);
  int& next_;
  std::map<QPDFObjGen, int> numbers_;
  std::deque<std::pair<int, QPDFObjectHandle>> queue_;
};

// "<< /K v … >>" of an existing dictionary, references kept as they are,
// with `skip` keys left out (the caller appends their new values).
std::string dict_without(QPDFObjectHandle dict, std::initializer_list<std::string_view> skip);

// A stream object's full text, "N 0 obj … endstream endobj\n".
std::string stream_object(int num, const std::string& dict_entries, std::string_view data);

}  // namespace baocao::sign
