// Who issues a unit's documents: the register's row for the unit and body,
// each field it lacks taken from the row of the unit's level, and for a
// UBND the fields every UBND shares (its name, symbol, "TM. Ủy ban nhân
// dân", "Chủ tịch"). A signer's name is never borrowed from another unit:
// a unit whose row names nobody has a blank signer.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "engine/dataset/issuers.hpp"
#include "engine/dataset/units.hpp"

namespace baocao::model {

struct Issuer {
  std::string unit_code, body;
  std::string name;         // as printed in running text: "Ủy ban nhân dân phường Phủ Lý"
  std::string parent_name;  // "" when the body has no parent body in the header
  std::string symbol, drafting_symbol, place;
  std::vector<std::string> authority;
  std::string title, signer;
  std::vector<std::string> recipients;
  bool registered = false;  // a row of the register names this unit and body
};

// The unit's name as running text writes it (Nghị định 30, Phụ lục II): the
// kind in lower case before a proper name ("xã Yên Khánh", "tỉnh Ninh
// Bình"), kept as written before a number, a person or an event ("Phường 1",
// "Phường Lý Thường Kiệt"): engine/text/admin_name.hpp.
std::string name_in_text(const Unit& unit);
// The place of the date line: the proper name without the kind ("Phủ Lý"),
// the whole name when it is a number, a person or an event ("Phường 1").
std::string place_of(const Unit& unit);

// "Nơi nhận" as printed: "- X;" for each of the plan's recipients of the
// document (each "{key}" of `fills` replaced; one whose name came out empty
// left out), the issuer's own recipients from the register where the plan
// writes "{dang_ky}" (after the plan's when it does not), then "- Lưu: VT,
// <drafting symbol>.". Offices list superiors first: the plan places the
// register's "Thường trực Tỉnh ủy" before its "UBND các xã, phường".
std::vector<std::string> recipient_lines(const std::vector<std::string>& planned,
                                         const std::map<std::string, std::string>& fills, const Issuer& issuer);

class IssuerRegister {
 public:
  IssuerRegister() = default;
  explicit IssuerRegister(std::vector<IssuerEntry> entries);

  // The issuer of `unit`'s documents from its body `body`; empty when
  // neither a row of the unit, nor one of its level, nor (for a UBND) the
  // shared fields give the body's name.
  std::optional<Issuer> resolve(const Unit& unit, std::string_view body) const;
  bool empty() const { return entries_.empty(); }

 private:
  std::vector<IssuerEntry> entries_;
  std::map<std::tuple<std::string, std::string, std::string>, std::size_t> index_;  // (code, level, body)
};

}  // namespace baocao::model
