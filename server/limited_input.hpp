// A request body read through a bound: after `limit` bytes the stream ends
// and exceeded() says so, so a parser (Poco's HTMLForm) stops instead of
// reading a client's endless body into memory or onto disk.
#pragma once

#include <cstddef>
#include <istream>
#include <streambuf>

namespace baocao::server {

class LimitedInput : public std::streambuf {
 public:
  LimitedInput(std::istream& in, std::size_t limit) : in_(in), left_(limit) {}
  bool exceeded() const { return exceeded_; }
  std::size_t read() const { return read_; }

 protected:
  int_type underflow() override {
    if (left_ == 0) {
      // One byte more than allowed tells an exact-size body from a larger one.
      if (!exceeded_ && in_.peek() != traits_type::eof()) exceeded_ = true;
      return traits_type::eof();
    }
    std::size_t want = left_ < sizeof buf_ ? left_ : sizeof buf_;
    in_.read(buf_, static_cast<std::streamsize>(want));
    std::size_t got = static_cast<std::size_t>(in_.gcount());
    if (got == 0) return traits_type::eof();
    left_ -= got;
    read_ += got;
    setg(buf_, buf_, buf_ + got);
    return traits_type::to_int_type(buf_[0]);
  }

 private:
  std::istream& in_;
  std::size_t left_, read_ = 0;
  bool exceeded_ = false;
  char buf_[8192];
};

}  // namespace baocao::server
