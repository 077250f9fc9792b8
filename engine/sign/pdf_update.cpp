// See pdf_update.hpp.
#include "engine/sign/pdf_update.hpp"

#include <cstdio>
#include <cstdlib>

#include "engine/core/diagnostic.hpp"
#include "engine/sign/pdf_objects.hpp"

namespace baocao::sign {

namespace {

// The offset after the last "startxref", i.e. where the previous xref is.
long long previous_xref(std::string_view pdf) {
  std::size_t at = pdf.rfind("startxref");
  if (at == std::string_view::npos) fail(ErrorFamily::input, MsgId::sign_bad_pdf, {"startxref"});
  return std::atoll(std::string(pdf.substr(at + 9, 24)).c_str());
}

void put_be(std::string& out, unsigned long long v, int bytes) {
  for (int i = bytes - 1; i >= 0; --i) out += static_cast<char>((v >> (8 * i)) & 0xff);
}

}  // namespace

PdfUpdate::PdfUpdate(std::string_view pdf) : input_(pdf) {
  try {
    q_.setSuppressWarnings(true);
    q_.processMemoryFile("input.pdf", input_.data(), input_.size());
    if (q_.isEncrypted()) fail(ErrorFamily::input, MsgId::sign_encrypted_pdf);
    pages_ = q_.getAllPages();
    // The next free number: above the trailer's /Size and above every
    // object the file really has (a /Size that is too small is common).
    long long size =
        q_.getTrailer().getKey("/Size").isInteger() ? q_.getTrailer().getKey("/Size").getIntValue() : 0;
    for (auto& o : q_.getAllObjects()) size = std::max<long long>(size, o.getObjectID() + 1);
    next_ = static_cast<int>(size);
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    fail(ErrorFamily::input, MsgId::sign_bad_pdf, {e.what()});
  }
  if (pages_.empty()) fail(ErrorFamily::input, MsgId::sign_bad_pdf, {"no pages"});
  prev_ = previous_xref(input_);
  prev_is_stream_ = prev_ < 0 || static_cast<std::size_t>(prev_) >= input_.size() ||
                    input_.compare(static_cast<std::size_t>(prev_), 4, "xref") != 0;
  out_ = input_;
  if (out_.empty() || out_.back() != '\n') out_ += '\n';
}

void PdfUpdate::add(int num, const std::string& body) {
  offsets_[num] = out_.size();
  out_ += std::to_string(num) + " 0 obj\n" + body + "\nendobj\n";
}

void PdfUpdate::add_stream(int num, const std::string& dict_entries, std::string_view data) {
  offsets_[num] = out_.size();
  out_ += stream_object(num, dict_entries, data);
}

std::string PdfUpdate::finish() {
  QPDFObjectHandle trailer = q_.getTrailer();
  std::string keys = " /Root " + trailer.getKey("/Root").unparse() + " /Prev " + std::to_string(prev_);
  if (trailer.hasKey("/Info")) keys += " /Info " + trailer.getKey("/Info").unparse();
  if (trailer.hasKey("/ID")) keys += " /ID " + trailer.getKey("/ID").unparse();
  const std::size_t xref_at = out_.size();
  if (prev_is_stream_) {
    const int stream_num = next_++;
    std::map<int, std::size_t> all = offsets_;
    all[stream_num] = xref_at;
    std::string data, index;
    for (auto [n, off] : all) {
      put_be(data, 1, 1);
      put_be(data, off, 4);
      put_be(data, 0, 2);
      index += std::to_string(n) + " 1 ";
    }
    out_ += stream_object(
        stream_num,
        " /Type /XRef /Size " + std::to_string(next_) + " /W [1 4 2] /Index [" + index + "]" + keys, data);
  } else {
    out_ += "xref\n";
    char line[32];
    for (auto [n, off] : offsets_) {
      std::snprintf(line, sizeof line, "%010zu 00000 n\r\n", off);
      out_ += std::to_string(n) + " 1\n" + line;
    }
    out_ += "trailer\n<< /Size " + std::to_string(next_) + keys + " >>\n";
  }
  out_ += "startxref\n" + std::to_string(xref_at) + "\n%%EOF\n";
  return std::move(out_);
}

}  // namespace baocao::sign
