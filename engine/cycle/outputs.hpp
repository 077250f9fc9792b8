// How `baocao run` writes: every output is produced into a staging file next
// to its target, compared with what is already there, and only renamed over
// it when the bytes differ. Unchanged inputs therefore leave outputs
// byte-identical and untouched (same inode, same mtime), which is what lets a
// clerk or rsync see at a glance that nothing changed.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace baocao::cycle {

std::string sha256_hex(std::string_view bytes);
// SHA-256 of a file's bytes; Error(input) when it cannot be read.
std::string sha256_file(const std::filesystem::path& path);
std::string read_bytes(const std::filesystem::path& path);

struct Produced {
  std::string sha256;
  bool changed = false;  // false: the target already held these bytes
};

// `write` writes the complete output to the path it is given (a staging
// file in the target's directory, written atomically by the renderers).
// Then the staging file replaces `target` only if the bytes differ.
Produced produce(const std::filesystem::path& target,
                 const std::function<void(const std::filesystem::path&)>& write);

// Same for bytes already in memory (the manifest).
Produced produce_bytes(const std::filesystem::path& target, std::string_view bytes);

}  // namespace baocao::cycle
