// The reporting bodies in the model: their kinds and how documents name a
// group of them, the units a cycle places them as (under their UBND's unit,
// tier kBodiesTier, so calendars and plans treat them as a level whose
// figures never add into that unit's), the status words of a task report,
// and what the plan assigns each body.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/dataset/bodies.hpp"
#include "engine/dataset/plan.hpp"
#include "engine/dataset/units.hpp"

namespace baocao::model {

struct BodyKind {
  std::string_view key;    // stored and written in registers: "so"
  std::string_view label;  // as a report groups them: "sở, ban, ngành"
};

// Every kind, in the order reports list the groups: sở, ban, ngành; the
// Mặt trận; the đoàn thể (tổ chức chính trị - xã hội); the hội.
const std::vector<BodyKind>& body_kinds();
// The key a register's word names ("Sở", "mặt trận", "Đoàn thể", "hoi"; case,
// diacritics and spacing ignored), or "" when it names none.
std::string body_kind_key(std::string_view word);
// "so, ban, nganh, mat-tran, doan-the, hoi": the keys, for messages.
std::string body_kind_list();

// `body` as the unit a cycle's hierarchy holds: its code and name, tier
// kBodiesTier, its kind, parented to its UBND's unit.
Unit body_unit(const ReportingBody& body);
// The bodies of `bodies` whose unit is one of `units` (by code), as units.
std::vector<Unit> body_units(const std::vector<ReportingBody>& bodies, const std::vector<Unit>& units);

// The status a form's word names ("Hoàn thành", "dang thuc hien", "Chưa
// thực hiện"), as kTaskDone / kTaskInProgress / kTaskNotStarted; empty
// when it names none.
std::optional<std::string> task_status(std::string_view word);

// What the plan assigns `body`; nullptr when it assigns nothing.
const BodyAssignment* assignment_of(const PlanData& plan, std::string_view body);
const PlanTask* task_of(const PlanData& plan, std::string_view id);

}  // namespace baocao::model
