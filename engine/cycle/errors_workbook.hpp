// `--errors-out FILE.xlsx`: the problems found, one per row (file, sheet,
// cell or row, problem), for the clerk to send back to the unit. Rows are
// streamed to disk as problems are found (libxlsxwriter's constant_memory
// mode), so a million bad rows never sit in memory.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>

#include "engine/core/atomic_file.hpp"
#include "engine/core/diagnostic.hpp"

namespace baocao::cycle {

class ErrorsWorkbook {
 public:
  // Nothing is created until the first problem.
  ErrorsWorkbook(std::filesystem::path target, Lang lang);
  ~ErrorsWorkbook();
  ErrorsWorkbook(const ErrorsWorkbook&) = delete;
  ErrorsWorkbook& operator=(const ErrorsWorkbook&) = delete;

  // One row; past a worksheet's last row, problems are only counted.
  void add(const Diagnostic& problem);
  std::size_t problems() const { return problems_; }
  // Closes the workbook and puts it in place atomically (a note in its last
  // row says how many problems did not fit). False when no problem came:
  // no file. Throws Error(output) on failure.
  bool commit();

 private:
  struct Book;
  std::filesystem::path target_;
  Lang lang_;
  std::unique_ptr<Book> book_;
  std::size_t problems_ = 0;
};

}  // namespace baocao::cycle
