// Staging, compare, rename: see run_outputs.hpp.
#include "engine/cycle/outputs.hpp"

#include <openssl/evp.h>
#include <unistd.h>

#include <atomic>
#include <fstream>
#include <sstream>
#include <system_error>
#include <vector>

#include "engine/core/atomic_file.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/sign/ossl_handles.hpp"

namespace baocao::cycle {

namespace fs = std::filesystem;

// OpenSSL's SHA-256 (the CPU's SHA extensions where it has them): a run
// hashes every output, every key and the manifest, and an unchanged run of
// a country does little else; Poco's portable C digest was a fifth of it.
namespace {

// A run digests a few small strings per unit of every document: EVP_Digest
// made a context and looked the algorithm up among OpenSSL's providers (under
// a lock) each time, a tenth of an unchanged run. The algorithm is fetched
// once, and each thread keeps one context, started afresh here.
EVP_MD_CTX* new_sha256() {
  static EVP_MD* const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  thread_local const sign::MdCtxPtr ctx(EVP_MD_CTX_new());
  if (!md || !ctx || EVP_DigestInit_ex2(ctx.get(), md, nullptr) != 1)
    fail(ErrorFamily::output, MsgId::file_write_failed, {"SHA-256", "EVP_DigestInit"});
  return ctx.get();
}

// The digest `ctx` holds, in lowercase hexadecimal.
std::string hex_digest(EVP_MD_CTX* ctx) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  if (EVP_DigestFinal_ex(ctx, md, &n) != 1)
    fail(ErrorFamily::output, MsgId::file_write_failed, {"SHA-256", "EVP_DigestFinal"});
  static const char* hex = "0123456789abcdef";
  std::string out(2 * n, '\0');
  for (unsigned int i = 0; i < n; ++i) {
    out[2 * i] = hex[md[i] >> 4];
    out[2 * i + 1] = hex[md[i] & 15];
  }
  return out;
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  EVP_MD_CTX* ctx = new_sha256();
  if (EVP_DigestUpdate(ctx, bytes.data(), bytes.size()) != 1)
    fail(ErrorFamily::output, MsgId::file_write_failed, {"SHA-256", "EVP_DigestUpdate"});
  return hex_digest(ctx);
}

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(ErrorFamily::input, MsgId::file_not_found, {path.string()}, at_file(path.string()));
  // Sized once and filled in large reads: a run reads every output back.
  std::string bytes;
  std::error_code ec;
  const std::uintmax_t size = fs::file_size(path, ec);
  if (!ec) bytes.reserve(static_cast<std::size_t>(size));
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) bytes.append(buf, static_cast<std::size_t>(in.gcount()));
  return bytes;
}

std::string sha256_file(const fs::path& path) {
  // Streamed through one buffer per thread: an unchanged run hashes every
  // output (130 MB for the country), and reading each whole into a fresh
  // string was a tenth of it, mostly the kernel zeroing new pages.
  thread_local std::vector<char> buffer(1 << 16);
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(ErrorFamily::input, MsgId::file_not_found, {path.string()}, at_file(path.string()));
  EVP_MD_CTX* ctx = new_sha256();
  while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0)
    if (EVP_DigestUpdate(ctx, buffer.data(), static_cast<std::size_t>(in.gcount())) != 1)
      fail(ErrorFamily::output, MsgId::file_write_failed, {"SHA-256", "EVP_DigestUpdate"});
  if (in.bad()) fail(ErrorFamily::input, MsgId::file_read_failed, {path.string(), "read"});
  return hex_digest(ctx);
}

namespace {

bool same_bytes(const fs::path& target, const std::string& bytes) {
  std::error_code ec;
  if (!fs::is_regular_file(target, ec) || fs::file_size(target, ec) != bytes.size()) return false;
  try {
    return read_bytes(target) == bytes;
  } catch (const Error&) {
    return false;  // gone meanwhile: written again
  }
}

}  // namespace

Produced produce(const fs::path& target, const std::function<void(const fs::path&)>& write) {
  fs::create_directories(target.parent_path());
  // A dot name in the same directory: same file system, so the rename is
  // atomic. Named like write_file_atomic's temporaries (.NAME.tmp-PID-N):
  // unique to this process and call, and removed by the next run if this
  // process dies.
  static std::atomic<unsigned> serial{0};
  fs::path staging = target.parent_path() / ("." + target.filename().string() + ".tmp-" +
                                             std::to_string(::getpid()) + "-" + std::to_string(++serial));
  struct Cleanup {
    fs::path p;
    ~Cleanup() {
      std::error_code ec;
      fs::remove(p, ec);
    }
  } cleanup{staging};
  write(staging);
  std::string bytes = read_bytes(staging);
  Produced out{sha256_hex(bytes), !same_bytes(target, bytes)};
  if (out.changed) {
    std::error_code ec;
    fs::rename(staging, target, ec);
    if (ec)
      fail(ErrorFamily::output, MsgId::file_write_failed, {target.string(), ec.message()},
           at_file(target.string()));
  }
  return out;
}

Produced produce_bytes(const fs::path& target, std::string_view bytes) {
  Produced out{sha256_hex(bytes), !same_bytes(target, std::string(bytes))};
  if (out.changed) write_file_atomic(target, bytes);
  return out;
}

}  // namespace baocao::cycle
