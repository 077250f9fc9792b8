// An incremental update, written by hand (qpdf reads, but only rewrites
// whole files, which would break earlier signatures): the original bytes
// kept as they are, then new and changed objects, then a cross-reference
// section of the same kind as the previous one (table or stream) with /Prev
// pointing to it and a /Size one above the highest object number of the
// whole file, as qpdf --check wants.
#pragma once

#include <map>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::sign {

class PdfUpdate {
 public:
  // Reads `pdf`. Throws Error(input, sign_bad_pdf) when qpdf cannot read it
  // or it has no page, Error(input, sign_encrypted_pdf) when it is
  // encrypted: an update must encrypt its strings and streams with the
  // file's key, and one that does not reads as garbage in every viewer.
  explicit PdfUpdate(std::string_view pdf);
  PdfUpdate(const PdfUpdate&) = delete;
  PdfUpdate& operator=(const PdfUpdate&) = delete;

  QPDF& pdf() { return q_; }
  const std::vector<QPDFObjectHandle>& pages() const { return pages_; }
  const std::string& original() const { return input_; }

  // A fresh object number.
  int new_object() { return next_++; }
  int& next_object() { return next_; }  // for Importer
  // The bytes written so far (the original, then the update).
  std::string& out() { return out_; }
  // Appends "N 0 obj\n<body>\nendobj\n" and records its offset; `num` may be
  // an existing object's number (the new version replaces it).
  void add(int num, const std::string& body);
  // Appends a stream object (dictionary entries without /Length).
  void add_stream(int num, const std::string& dict_entries, std::string_view data);
  // Records that object `num` starts at the current end (for callers that
  // write an object in pieces).
  void mark(int num) { offsets_[num] = out_.size(); }
  // Extra keys for the trailer (the catalog's /Root is always carried).
  // Writes the cross-reference section and trailer; returns the whole file.
  std::string finish();

 private:
  std::string input_;  // qpdf reads from this buffer: it must outlive q_
  QPDF q_;
  std::vector<QPDFObjectHandle> pages_;
  std::string out_;
  std::map<int, std::size_t> offsets_;
  int next_ = 0;
  long long prev_ = 0;
  bool prev_is_stream_ = false;
};

}  // namespace baocao::sign
