// Store logic over Poco::Data (see poco_store.hpp). Statements are prepared
// once and re-executed with bound references, which both Poco back ends
// support (PostgreSQL's binder has no vector binding).
#include "data-adapters/store/poco_store.hpp"

#include <Poco/Data/Statement.h>
#include <Poco/Exception.h>

#include <algorithm>
#include <charconv>
#include <exception>
#include <map>
#include <set>
#include <unordered_map>

#include "data-adapters/store/migrations.hpp"
#include "engine/core/civil_date.hpp"
#include "engine/core/diagnostic.hpp"

namespace baocao::store {

using namespace Poco::Data::Keywords;
using Poco::Data::Statement;

namespace {

// A target's kind as the targets table writes it (migration 009).
const char* target_kind_name(TargetKind k) {
  switch (k) {
    case TargetKind::range:
      return "khoang";
    case TargetKind::at_least:
      return "toi_thieu";
    case TargetKind::at_most:
      return "toi_da";
    case TargetKind::text:
      return "chu";
    default:
      return "so";
  }
}

TargetKind target_kind_of(const std::string& name) {
  if (name == "khoang") return TargetKind::range;
  if (name == "toi_thieu") return TargetKind::at_least;
  if (name == "toi_da") return TargetKind::at_most;
  if (name == "chu") return TargetKind::text;
  return TargetKind::number;
}

// Splits a migration into statements: ';' ending a line closes one; lines
// starting with "--" are comments. The dialect fills {{id}} and
// {{without_rowid}} (comments may name them: they are dropped first).
std::vector<std::string> statements(std::string_view sql, const Dialect& dialect) {
  std::vector<std::string> out;
  std::string current;
  std::size_t pos = 0;
  while (pos < sql.size()) {
    std::size_t end = sql.find('\n', pos);
    if (end == std::string_view::npos) end = sql.size();
    std::string line(sql.substr(pos, end - pos));
    pos = end + 1;
    std::size_t first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos || line.compare(first, 2, "--") == 0) continue;
    current += line + "\n";
    std::size_t last = line.find_last_not_of(" \t\r");
    if (line[last] == ';') {
      current.erase(current.rfind(';'));
      for (auto [name, value] : {std::pair<std::string_view, const std::string&>{"{{id}}", dialect.id_column},
                                 {"{{without_rowid}}", dialect.without_rowid}})
        for (std::size_t at; (at = current.find(name)) != std::string::npos;)
          current.replace(at, name.size(), value);
      out.push_back(current);
      current.clear();
    }
  }
  return out;
}

// Rows per multi-row INSERT: one statement compiled per batch instead of per
// row (Poco recompiles a re-executed statement), well under SQLite's limit
// of 32,766 bound values.
constexpr std::size_t kBatchRows = 200;

}  // namespace

template <typename Row, typename BindRow>
void PocoStore::insert_batched(const std::string& head, const std::string& one_row,
                               const std::vector<Row>& rows, BindRow&& bind_row) {
  for (std::size_t start = 0; start < rows.size(); start += kBatchRows) {
    std::size_t end = std::min(rows.size(), start + kBatchRows);
    std::string sql = head;
    for (std::size_t i = start; i < end; ++i) sql += (i == start ? " " : ", ") + one_row;
    Statement st(session_);
    st << q(sql);
    for (std::size_t i = start; i < end; ++i) bind_row(st, rows[i]);
    st.execute();
  }
}

std::string PocoStore::whole_text(const std::string& column) const {
  if (dialect_.name != "sqlite") return column;
  return "hex(" + column + ")";
}

void PocoStore::whole_value(std::string& selected) const {
  if (dialect_.name != "sqlite") return;
  auto nibble = [](char c) { return c <= '9' ? c - '0' : c - 'A' + 10; };
  std::string text;
  text.reserve(selected.size() / 2);
  for (std::size_t i = 0; i + 1 < selected.size(); i += 2) {
    char byte = static_cast<char>(nibble(selected[i]) << 4 | nibble(selected[i + 1]));
    if (byte == '\0')
      text += "\uFFFD";
    else
      text += byte;
  }
  selected = std::move(text);
}

std::string PocoStore::q(std::string_view sql) const {
  if (!dialect_.numbered_placeholders) return std::string(sql);
  std::string out;
  int n = 0;
  bool quoted = false;
  for (char ch : sql) {
    if (ch == '\'') quoted = !quoted;
    if (ch == '?' && !quoted)
      out += "$" + std::to_string(++n);
    else
      out += ch;
  }
  return out;
}

PocoStore::PocoStore(Poco::Data::Session session, Dialect dialect, std::string label, bool read_only)
    : session_(std::move(session)), dialect_(std::move(dialect)), label_(std::move(label)) {
  guarded([&] { read_only ? require_current_schema() : migrate(); });
}

namespace {

// SQLite's own wordings (sqlite3_errstr) of a damaged file, a full disk and
// a read-only one: said in the user's language instead of store_failed's
// English detail.
[[noreturn]] void fail_store(const std::string& label, const std::string& detail) {
  auto has = [&](const char* s) { return detail.find(s) != std::string::npos; };
  if (has("malformed") || has("not a database") || has("file is encrypted"))
    fail(ErrorFamily::input, MsgId::store_not_sqlite, {label});
  if (has("database or disk is full") || has("disk full")) fail(ErrorFamily::output, MsgId::store_disk_full, {label});
  if (has("readonly database") || has("read-only")) fail(ErrorFamily::output, MsgId::store_read_only, {label});
  fail(ErrorFamily::output, MsgId::store_failed, {label, detail});
}

}  // namespace

template <typename F>
auto PocoStore::guarded(F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const Poco::Exception& e) {
    fail_store(label_, e.displayText());
  } catch (const std::exception& e) {
    if (dynamic_cast<const Error*>(&e)) throw;
    fail(ErrorFamily::output, MsgId::store_failed, {label_, e.what()});
  }
}

template <typename F>
void PocoStore::in_write_transaction(bool keep, F&& f) {
  for (const auto& s : dialect_.begin_write) session_ << s, now;
  try {
    f();
  } catch (...) {
    try {
      session_ << q("ROLLBACK"), now;
    } catch (...) {
    }
    throw;
  }
  session_ << (keep ? "COMMIT" : "ROLLBACK"), now;
}

void PocoStore::migrate() {
  session_ << q(
      "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
      "applied_at TEXT NOT NULL)"),
      now;
  in_write_transaction(true, [&] {
    // Read again inside the lock: another process may have migrated meanwhile.
    int current = 0;
    session_ << q("SELECT COALESCE(MAX(version), 0) FROM schema_version"), into(current), now;
    int latest = migrations().empty() ? 0 : migrations().back().version;
    if (current > latest)
      fail(ErrorFamily::output, MsgId::store_schema_too_new,
           {std::to_string(current), std::to_string(latest)});
    for (const Migration& m : migrations()) {
      if (m.version <= current) continue;
      for (const std::string& s : statements(m.sql, dialect_)) session_ << s, now;
      int version = m.version;
      std::string name(m.name);
      session_ << q(
          "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, "
          "CAST(CURRENT_TIMESTAMP AS TEXT))"),
          bind(version), bind(name), now;
    }
  });
}

void PocoStore::require_current_schema() {
  int current = 0;
  session_ << q("SELECT COALESCE(MAX(version), 0) FROM schema_version"), into(current), now;
  int latest = migrations().empty() ? 0 : migrations().back().version;
  if (current > latest)
    fail(ErrorFamily::output, MsgId::store_schema_too_new, {std::to_string(current), std::to_string(latest)});
  // An older schema needs its migrations written first.
  if (current < latest) fail(ErrorFamily::output, MsgId::store_read_only, {label_});
}

int PocoStore::schema_version() {
  return guarded([&] {
    int v = 0;
    session_ << q("SELECT COALESCE(MAX(version), 0) FROM schema_version"), into(v), now;
    return v;
  });
}

std::size_t PocoStore::unit_count() {
  return guarded([&] {
    Poco::Int64 n = 0;
    session_ << q("SELECT COUNT(*) FROM units"), into(n), now;
    return static_cast<std::size_t>(n);
  });
}

void PocoStore::put_units(const std::vector<Unit>& units) {
  guarded([&] {
    in_write_transaction(true, [&] {
      std::string code, name, parent, level, kind, from, to, pred, origin;
      int position = 0;
      Statement del = (session_ << q("DELETE FROM units WHERE code = ? AND valid_from = ?"), use(code),
                       use(from));
      Statement del_links = (session_ << q("DELETE FROM unit_predecessors WHERE code = ? AND valid_from = ?"),
                             use(code), use(from));
      Statement ins =
          (session_ << q("INSERT INTO units (code, name, parent_code, level, kind, valid_from, valid_to, "
                         "name_origin) VALUES (?, ?, NULLIF(?, ''), ?, ?, ?, NULLIF(?, ''), ?)"),
           use(code), use(name), use(parent), use(level), use(kind), use(from), use(to), use(origin));
      Statement ins_link =
          (session_ << q("INSERT INTO unit_predecessors (code, valid_from, predecessor_code, "
                         "position) VALUES (?, ?, ?, ?)"),
           use(code), use(from), use(pred), use(position));
      for (const Unit& each : units) {
        code = each.code;
        name = each.name;
        parent = each.parent;
        level = each.level;
        kind = each.kind;
        origin = each.name_origin;
        // The table's key: a unit valid since ever starts at "".
        from = each.valid_from ? to_iso(*each.valid_from) : std::string();
        to = each.valid_to ? to_iso(*each.valid_to) : std::string();
        del.execute();
        del_links.execute();
        ins.execute();
        // A list naming a predecessor twice means it once.
        std::set<std::string> seen;
        position = 0;
        for (const std::string& p : each.predecessors) {
          if (!seen.insert(p).second) continue;
          pred = p;
          ++position;
          ins_link.execute();
        }
      }
    });
  });
}

std::vector<std::string> PocoStore::unit_codes_between(const std::string& from, const std::string& to) {
  return guarded([&] {
    std::vector<std::string> codes;
    std::string a = from, b = to;
    session_ << q(
        "SELECT DISTINCT code FROM units WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)"),
        use(b), use(a), into(codes), now;
    // Byte order, whatever the database's collation: callers binary-search.
    std::sort(codes.begin(), codes.end());
    return codes;
  });
}

namespace {

// The units table's columns and the predecessor links as read, made into
// units: one conversion for every query of units.
struct UnitColumns {
  std::vector<std::string> code, name, parent, level, kind, from, to, origin;
  std::vector<std::string> lcode, lfrom, lpred;

  std::vector<Unit> units() const {
    std::map<std::pair<std::string, std::string>, std::vector<std::string>> links;
    for (std::size_t i = 0; i < lcode.size(); ++i) links[{lcode[i], lfrom[i]}].push_back(lpred[i]);
    std::vector<Unit> out;
    out.reserve(code.size());
    for (std::size_t i = 0; i < code.size(); ++i) {
      Unit u;
      u.code = code[i];
      u.name = name[i];
      u.parent = parent[i];
      u.level = level[i];
      u.kind = kind[i];
      if (!from[i].empty()) u.valid_from = parse_iso_date(from[i]);
      if (!to[i].empty()) u.valid_to = parse_iso_date(to[i]);
      if (auto it = links.find({code[i], from[i]}); it != links.end()) u.predecessors = it->second;
      u.name_origin = origin[i];
      out.push_back(std::move(u));
    }
    return out;
  }
};

}  // namespace

std::vector<Unit> PocoStore::all_units() {
  return guarded([&] {
    UnitColumns c;
    session_ << q(
        "SELECT code, name, COALESCE(parent_code, ''), level, kind, valid_from, COALESCE(valid_to, ''), "
        "name_origin FROM units ORDER BY code, valid_from"),
        into(c.code), into(c.name), into(c.parent), into(c.level), into(c.kind), into(c.from), into(c.to),
        into(c.origin), now;
    session_ << q("SELECT code, valid_from, predecessor_code FROM unit_predecessors "
                  "ORDER BY code, valid_from, position"),
        into(c.lcode), into(c.lfrom), into(c.lpred), now;
    return c.units();
  });
}

std::vector<Unit> PocoStore::units_on(const std::string& iso_date) {
  return guarded([&] {
    UnitColumns c;
    std::string d1 = iso_date, d2 = iso_date;
    session_ << q(
        "SELECT code, name, COALESCE(parent_code, ''), level, kind, valid_from, COALESCE(valid_to, ''), "
        "name_origin FROM units WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?) ORDER BY code"),
        into(c.code), into(c.name), into(c.parent), into(c.level), into(c.kind), into(c.from), into(c.to),
        into(c.origin), use(d1), use(d2), now;
    // The links of the same versions: few rows (merged units only).
    std::string d3 = iso_date, d4 = iso_date;
    session_ << q(
        "SELECT p.code, p.valid_from, p.predecessor_code FROM unit_predecessors p JOIN units u "
        "ON u.code = p.code AND u.valid_from = p.valid_from "
        "WHERE u.valid_from <= ? AND (u.valid_to IS NULL OR u.valid_to >= ?) "
        "ORDER BY p.code, p.valid_from, p.position"),
        into(c.lcode), into(c.lfrom), into(c.lpred), use(d3), use(d4), now;
    return c.units();
  });
}

std::vector<std::pair<std::string, std::string>> PocoStore::unit_names_between(const std::string& from,
                                                                                const std::string& to) {
  return guarded([&] {
    std::vector<std::string> code, name;
    std::string a = from, b = to;
    session_ << q("SELECT code, name FROM units WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?) "
                  "ORDER BY code, valid_from"),
        use(b), use(a), into(code), into(name), now;
    std::vector<std::pair<std::string, std::string>> out;
    out.reserve(code.size());  // a country's list: no doubling
    for (std::size_t i = 0; i < code.size(); ++i) out.emplace_back(std::move(code[i]), std::move(name[i]));
    // Byte order, whatever the database's collation: callers binary-search.
    std::stable_sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    return out;
  });
}

namespace {

std::string join_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += (out.empty() ? "" : "\n") + l;
  return out;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> out;
  for (std::size_t a = 0; a < text.size();) {
    std::size_t b = text.find('\n', a);
    if (b == std::string::npos) b = text.size();
    out.push_back(text.substr(a, b - a));
    a = b + 1;
  }
  return out;
}

}  // namespace

void PocoStore::put_issuers(const std::vector<IssuerEntry>& entries) {
  guarded([&] {
    in_write_transaction(true, [&] {
      session_ << q("DELETE FROM issuers"), now;
      std::string code, level, body, name, parent, symbol, drafting, place, authority, title, signer,
          recipients, file;
      int line = 0;
      Statement ins = (session_ << q("INSERT INTO issuers (unit_code, level, body, name, parent_name, symbol, "
                                     "drafting_symbol, place, authority, title, signer, recipients, "
                                     "source_file, source_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       use(code), use(level), use(body), use(name), use(parent), use(symbol), use(drafting),
                       use(place), use(authority), use(title), use(signer), use(recipients), use(file),
                       use(line));
      for (const IssuerEntry& e : entries) {
        code = e.unit_code;
        level = e.unit_code.empty() ? e.level : std::string();
        body = e.body;
        name = e.name;
        parent = e.parent_name;
        symbol = e.symbol;
        drafting = e.drafting_symbol;
        place = e.place;
        authority = join_lines(e.authority);
        title = e.title;
        signer = e.signer;
        recipients = join_lines(e.recipients);
        file = e.source.file;
        line = e.source.line;
        ins.execute();
      }
    });
  });
}

std::vector<IssuerEntry> PocoStore::issuers() {
  return guarded([&] {
    std::vector<std::string> code, level, body, name, parent, symbol, drafting, place, authority, title, signer,
        recipients, file;
    std::vector<int> line;
    session_ << q("SELECT unit_code, level, body, name, parent_name, symbol, drafting_symbol, place, "
                  "authority, title, signer, recipients, source_file, source_line FROM issuers "
                  "ORDER BY source_file, source_line"),
        into(code), into(level), into(body), into(name), into(parent), into(symbol), into(drafting), into(place),
        into(authority), into(title), into(signer), into(recipients), into(file), into(line), now;
    std::vector<IssuerEntry> out;
    for (std::size_t i = 0; i < code.size(); ++i) {
      IssuerEntry e;
      e.unit_code = code[i];
      e.level = level[i];
      e.body = body[i];
      e.name = name[i];
      e.parent_name = parent[i];
      e.symbol = symbol[i];
      e.drafting_symbol = drafting[i];
      e.place = place[i];
      e.authority = split_lines(authority[i]);
      e.title = title[i];
      e.signer = signer[i];
      e.recipients = split_lines(recipients[i]);
      e.source = at_line(file[i], line[i]);
      out.push_back(std::move(e));
    }
    return out;
  });
}

void PocoStore::put_plan(const StoredPlan& plan) {
  guarded([&] {
    in_write_transaction(true, [&] {
      StoredPlan p = plan;
      // The same plan imported again is already the latest: nothing changes.
      std::vector<std::string> latest;
      session_ << q("SELECT sha256 FROM plans ORDER BY id DESC LIMIT 1"), into(latest), now;
      if (!latest.empty() && latest[0] == p.sha256) return;
      session_ << q("INSERT INTO plans (name, first_year, last_year, body, source_file, sha256, imported_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)"),
          use(p.name), use(p.first_year), use(p.last_year), use(p.text), use(p.source_file), use(p.sha256),
          use(p.imported_at), now;
    });
  });
}

std::optional<StoredPlan> PocoStore::plan_for(int year) {
  return guarded([&]() -> std::optional<StoredPlan> {
    std::vector<std::string> name, body, source, sha, at;
    std::vector<int> first, last;
    int y1 = year, y2 = year;
    session_ << q("SELECT name, first_year, last_year, body, source_file, sha256, imported_at FROM plans "
                  "WHERE (first_year = 0 OR first_year <= ?) AND (last_year = 0 OR last_year >= ?) "
                  "ORDER BY id DESC LIMIT 1"),
        use(y1), use(y2), into(name), into(first), into(last), into(body), into(source), into(sha), into(at),
        now;
    if (name.empty()) return std::nullopt;
    return StoredPlan{name[0], first[0], last[0], body[0], source[0], sha[0], at[0]};
  });
}

void PocoStore::put_indicators(const std::vector<IndicatorRow>& indicators) {
  guarded([&] { in_write_transaction(true, [&] { write_indicators(indicators); }); });
}

void PocoStore::write_indicators(const std::vector<IndicatorRow>& indicators) {
  {
    {
      IndicatorRow r;
      int office = 0;
      Statement update = (session_ << q("UPDATE indicators SET name = ?, numerator = ?, denominator = ?, programme = ?, "
                                        "position = ?, unit = ?, measured_at = ?, loai = ?, office = ? WHERE id = ?"),
                          use(r.name), use(r.numerator), use(r.denominator), use(r.programme), use(r.position),
                          use(r.unit), use(r.measured_at), use(r.kind), use(office), use(r.id));
      Statement ins = (session_ << q("INSERT INTO indicators (id, name, numerator, denominator, programme, position, "
                                     "unit, measured_at, loai, office) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT "
                                     "EXISTS (SELECT 1 FROM indicators WHERE id = ?)"),
                       use(r.id), use(r.name), use(r.numerator), use(r.denominator), use(r.programme),
                       use(r.position), use(r.unit), use(r.measured_at), use(r.kind), use(office), use(r.id));
      for (const IndicatorRow& each : indicators) {
        r = each;
        office = r.office ? 1 : 0;
        update.execute();
        ins.execute();
      }
    }
  }
}

int PocoStore::put_office_indicators(const std::vector<IndicatorRow>& indicators, const std::string& source_file,
                                     const std::string& sha256, const std::string& imported_at, bool dry_run) {
  return guarded([&] {
    int version = 0;
    in_write_transaction(!dry_run, [&] {
      std::vector<IndicatorRow> rows = indicators;
      for (IndicatorRow& r : rows) r.office = true;
      write_indicators(rows);
      std::vector<int> latest;
      session_ << q("SELECT COALESCE(MAX(version), 0) FROM indicator_catalogue_versions"), into(latest), now;
      version = (latest.empty() ? 0 : latest[0]) + 1;
      int count = static_cast<int>(rows.size());
      std::string file = source_file, sha = sha256, at = imported_at;
      session_ << q("INSERT INTO indicator_catalogue_versions (version, source_file, sha256, indicators, imported_at) "
                    "VALUES (?, ?, ?, ?, ?)"),
          use(version), use(file), use(sha), use(count), use(at), now;
    });
    return version;
  });
}

std::vector<IndicatorRow> PocoStore::indicators() {
  return guarded([&] {
    std::vector<std::string> id, name, num, den, prog, unit, measured, kind;
    std::vector<int> position, office;
    session_ << q("SELECT id, name, numerator, denominator, programme, unit, measured_at, loai, position, office "
                  "FROM indicators ORDER BY position, id"),
        into(id), into(name), into(num), into(den), into(prog), into(unit), into(measured), into(kind),
        into(position), into(office), now;
    std::vector<IndicatorRow> out;
    for (std::size_t i = 0; i < id.size(); ++i)
      out.push_back({id[i], name[i], num[i], den[i], prog[i], unit[i], measured[i], kind[i], position[i],
                     office[i] != 0});
    return out;
  });
}

int PocoStore::catalogue_version() {
  return guarded([&] {
    std::vector<int> latest;
    session_ << q("SELECT COALESCE(MAX(version), 0) FROM indicator_catalogue_versions"), into(latest), now;
    return latest.empty() ? 0 : latest[0];
  });
}

int PocoStore::put_targets(const std::vector<Target>& targets, const std::string& source_file, bool dry_run) {
  return guarded([&] {
    in_write_transaction(!dry_run, [&] {
      int year = 0;
      double value = 0, high = 0;
      std::string indicator, kind, wording, source = source_file;
      Statement del = (session_ << q("DELETE FROM targets WHERE year = ? AND indicator = ? AND scope = ''"),
                       use(year), use(indicator));
      Statement with_value =
          (session_ << q("INSERT INTO targets (year, indicator, scope, value, high, kind, wording, source_file) "
                         "VALUES (?, ?, '', ?, ?, ?, '', ?)"),
           use(year), use(indicator), use(value), use(high), use(kind), use(source));
      Statement words = (session_ << q("INSERT INTO targets (year, indicator, scope, value, kind, wording, "
                                       "source_file) VALUES (?, ?, '', NULL, 'chu', ?, ?)"),
                         use(year), use(indicator), use(wording), use(source));
      Statement blank = (session_ << q("INSERT INTO targets (year, indicator, scope, value, source_file) "
                                       "VALUES (?, ?, '', NULL, ?)"),
                         use(year), use(indicator), use(source));
      for (const Target& t : targets) {
        year = t.year;
        indicator = t.indicator;
        del.execute();
        switch (t.value.kind) {
          case TargetKind::open:
            blank.execute();
            break;
          case TargetKind::text:
            wording = t.value.text;
            words.execute();
            break;
          default:
            kind = target_kind_name(t.value.kind);
            // An at-most bound keeps its bound in `value` too: the one
            // number a reader that knows only `value` can take.
            value = t.value.kind == TargetKind::at_most ? t.value.high : t.value.low;
            high = t.value.high;
            with_value.execute();
        }
      }
    });
    return static_cast<int>(targets.size());
  });
}

std::vector<Target> PocoStore::targets(int year) {
  std::vector<Target> out;
  for (Target& t : all_targets())
    if (t.year == year) out.push_back(std::move(t));
  return out;
}

std::vector<Target> PocoStore::all_targets() {
  return guarded([&] {
    std::vector<std::string> indicator, source, kind, wording;
    std::vector<double> value, high;
    std::vector<int> year, blank;
    session_ << q(
        "SELECT year, indicator, COALESCE(value, 0), COALESCE(high, value, 0), CASE WHEN value IS NULL THEN 1 "
        "ELSE 0 END, kind, wording, source_file FROM targets WHERE scope = '' ORDER BY year, indicator"),
        into(year), into(indicator), into(value), into(high), into(blank), into(kind), into(wording), into(source),
        now;
    std::vector<Target> out;
    for (std::size_t i = 0; i < indicator.size(); ++i) {
      Target t;
      t.year = year[i];
      t.indicator = indicator[i];
      if (kind[i] == "chu")
        t.value = {TargetKind::text, 0, 0, wording[i]};
      else if (!blank[i])
        t.value = {target_kind_of(kind[i]), value[i], high[i], {}};
      t.source = at_file(source[i]);
      out.push_back(std::move(t));
    }
    return out;
  });
}

void source_cell(const Record& r, std::string& out) {
  out.clear();
  if (!r.source.cell.empty()) {
    out.append(r.source.sheet).append(1, '!').append(r.source.cell);
  } else if (r.source.line > 0) {
    char buf[16];
    auto res = std::to_chars(buf, buf + sizeof buf, r.source.line);
    out.append(buf, res.ptr);
  }
}

// Multi-row INSERTs, as every Poco back end takes them. A batch's fresh
// submissions are found again by the file's SHA-256 among ids above the
// highest this file has been given so far (ids only grow); each unit's id
// is kept for its later figures.
class PocoStore::PortableWriter : public SubmissionWriter {
 public:
  PortableWriter(PocoStore& store, const FileSubmission& file) : store_(store), file_(file) {}

  void add(const std::vector<Record>& batch) override {
    std::vector<std::pair<std::string_view, std::string_view>> fresh;
    for (const Record& r : batch)
      if (ids_.try_emplace(r.unit_code, 0).second) fresh.emplace_back(r.unit_code, r.unit_name);
    if (!fresh.empty()) add_submissions(fresh);
    store_.insert_batched(
        "INSERT INTO submission_values (submission_id, indicator, numerator, denominator, note, source_cell) "
        "VALUES",
        "(?, ?, ?, ?, ?, ?)", batch, [&](Statement& st, const Record& r) {
          source_cell(r, cell_);
          st.addBind(bind(static_cast<Poco::Int64>(ids_.at(r.unit_code))));
          st.addBind(bind(r.indicator));
          st.addBind(bind(r.numerator));
          st.addBind(bind(r.denominator));
          st.addBind(bind(r.note));
          st.addBind(bind(cell_));
        });
  }

  int units() const override { return static_cast<int>(ids_.size()); }

 private:
  void add_submissions(const std::vector<std::pair<std::string_view, std::string_view>>& units) {
    int period = file_.period;
    store_.insert_batched(
        "INSERT INTO submissions (unit_code, unit_name, period, source_file, sha256, imported_at) VALUES",
        "(?, ?, ?, ?, ?, ?)", units,
        [&](Statement& st, const std::pair<std::string_view, std::string_view>& u) {
          st.addBind(bind(std::string(u.first)));
          st.addBind(bind(std::string(u.second)));
          st.addBind(bind(period));
          st.addBind(bind(file_.source_file));
          st.addBind(bind(file_.sha256));
          st.addBind(bind(file_.imported_at));
        });
    std::vector<Poco::Int64> id;
    std::vector<std::string> code;
    std::string sha = file_.sha256;
    store_.session_ << store_.q(
        "SELECT id, unit_code FROM submissions WHERE period = ? AND sha256 = ? AND id > ?"),
        use(period), use(sha), use(highest_), into(id), into(code), now;
    for (std::size_t i = 0; i < id.size(); ++i) {
      ids_.at(code[i]) = id[i];
      highest_ = std::max(highest_, id[i]);
    }
  }

  PocoStore& store_;
  const FileSubmission& file_;
  std::unordered_map<std::string, std::int64_t> ids_;  // the file's submission of each unit so far
  Poco::Int64 highest_ = 0;
  std::string cell_;
};

std::unique_ptr<SubmissionWriter> PocoStore::make_writer(const FileSubmission& file) {
  return std::make_unique<PortableWriter>(*this, file);
}

ImportResult PocoStore::import_file(const FileSubmission& file, bool dry_run) {
  return guarded([&] {
    ImportResult result;
    in_write_transaction(!dry_run, [&] {
      int period = file.period;
      std::string sha = file.sha256;
      Poco::Int64 already = 0;
      session_ << q("SELECT COUNT(*) FROM submissions WHERE period = ? AND sha256 = ?"), use(period),
          use(sha), into(already), now;
      if (already > 0) {
        result.unchanged = true;
        return;
      }
      // Ids only grow: the file's submissions will be those above `before`.
      // With no current submission of the period, there is nothing to supersede.
      Poco::Int64 before = 0, current = 0;
      session_ << q(
          "SELECT COALESCE(MAX(id), 0), CASE WHEN EXISTS (SELECT 1 FROM submissions WHERE period = ? AND "
          "superseded_by IS NULL) THEN 1 ELSE 0 END FROM submissions"),
          use(period), into(before), into(current), now;
      std::unique_ptr<SubmissionWriter> writer = make_writer(file);
      if (!file.next) {
        writer->add(file.records);
      } else {
        std::vector<Record> batch;
        while (file.next(batch)) writer->add(batch);
      }
      result.units = writer->units();
      // Each unit's current submission points at the one this file adds.
      if (current > 0) {
        Statement supersede(session_);
        supersede << q(
            "UPDATE submissions SET superseded_by = (SELECT n.id FROM submissions n WHERE n.period = "
            "? AND n.sha256 = ? AND n.unit_code = submissions.unit_code) WHERE period = ? AND "
            "superseded_by IS NULL AND id <= ? AND unit_code IN (SELECT unit_code FROM submissions "
            "WHERE period = ? AND sha256 = ?)"),
            use(period), use(sha), use(period), use(before), use(period), use(sha);
        result.units_superseding = static_cast<int>(supersede.execute());
      }
      result.units_new = result.units - result.units_superseding;
      if (!file.tasks.empty()) add_tasks(file, result.units);
    });
    return result;
  });
}

std::vector<int> PocoStore::periods() {
  return guarded([&] {
    std::vector<int> out;
    session_ << q("SELECT DISTINCT period FROM submissions ORDER BY period"), into(out), now;
    return out;
  });
}

std::vector<SubmissionInfo> PocoStore::submissions(int period, bool history) {
  return guarded([&] {
    std::vector<Poco::Int64> id, superseded;
    std::vector<std::string> code, name, source, sha, at;
    std::string sql =
        "SELECT id, unit_code, unit_name, source_file, sha256, imported_at, COALESCE(superseded_by, 0) "
        "FROM submissions WHERE period = ?";
    if (!history) sql += " AND superseded_by IS NULL";
    sql += " ORDER BY unit_code, id";
    session_ << q(sql), use(period), into(id), into(code), into(name), into(source), into(sha), into(at),
        into(superseded), now;
    std::vector<SubmissionInfo> out;
    for (std::size_t i = 0; i < id.size(); ++i)
      out.push_back({id[i], code[i], name[i], period, source[i], sha[i], at[i], superseded[i]});
    return out;
  });
}

std::vector<Record> PocoStore::figures(int period) {
  return guarded([&] {
    std::vector<std::string> code, name, indicator, note, source;
    std::vector<double> num, den;
    session_ << q(
        "SELECT s.unit_code, s.unit_name, v.indicator, v.numerator, v.denominator, v.note, s.source_file "
        "FROM submission_values v JOIN submissions s ON s.id = v.submission_id "
        "WHERE s.period = ? AND s.superseded_by IS NULL ORDER BY s.unit_code, v.indicator"),
        use(period), into(code), into(name), into(indicator), into(num), into(den), into(note), into(source),
        now;
    std::vector<Record> out;
    for (std::size_t i = 0; i < code.size(); ++i)
      out.push_back({code[i], name[i], indicator[i], period, num[i], den[i], note[i], at_file(source[i])});
    return out;
  });
}

std::vector<Record> PocoStore::figures_before(int period, const std::string& before_utc) {
  return guarded([&] {
    std::vector<std::string> code, name, indicator, note, source;
    std::vector<double> num, den;
    std::string b1 = before_utc, b2 = before_utc;
    session_ << q(
        "SELECT s.unit_code, s.unit_name, v.indicator, v.numerator, v.denominator, v.note, s.source_file "
        "FROM submission_values v JOIN submissions s ON s.id = v.submission_id "
        "WHERE s.period = ? AND s.imported_at < ? AND NOT EXISTS (SELECT 1 FROM submissions n "
        "WHERE n.period = s.period AND n.unit_code = s.unit_code AND n.imported_at < ? AND n.id > s.id) "
        "ORDER BY s.unit_code, v.indicator"),
        use(period), use(b1), use(b2), into(code), into(name), into(indicator), into(num), into(den), into(note),
        into(source), now;
    std::vector<Record> out;
    for (std::size_t i = 0; i < code.size(); ++i)
      out.push_back({code[i], name[i], indicator[i], period, num[i], den[i], note[i], at_file(source[i])});
    return out;
  });
}

std::vector<FigureSum> PocoStore::figure_sums(int period, const std::string& before_utc) {
  return guarded([&] {
    std::vector<std::string> code, indicator;
    std::vector<double> num, den;
    std::string b1 = before_utc, b2 = before_utc;
    const std::string from = "FROM submission_values v JOIN submissions s ON s.id = v.submission_id WHERE s.period = ? ";
    const std::string sums = "SELECT s.unit_code, v.indicator, SUM(v.numerator), SUM(v.denominator) ";
    const std::string group = "GROUP BY s.unit_code, v.indicator ORDER BY s.unit_code, v.indicator";
    if (before_utc.empty())
      session_ << q(sums + from + "AND s.superseded_by IS NULL " + group), use(period), into(code), into(indicator),
          into(num), into(den), now;
    else
      session_ << q(sums + from +
                    "AND s.imported_at < ? AND NOT EXISTS (SELECT 1 FROM submissions n WHERE n.period = s.period "
                    "AND n.unit_code = s.unit_code AND n.imported_at < ? AND n.id > s.id) " + group),
          use(period), use(b1), use(b2), into(code), into(indicator), into(num), into(den), now;
    std::vector<FigureSum> out;
    out.reserve(code.size());
    for (std::size_t i = 0; i < code.size(); ++i)
      out.push_back({std::move(code[i]), std::move(indicator[i]), period, num[i], den[i]});
    return out;
  });
}

// Keyset pages (submission id, indicator) rather than one big result or
// Poco's limit(): each page is a fresh, portable statement, and memory stays
// at one page whatever the month holds.
void PocoStore::month_values(const std::string& month, const std::function<void(const ExportRow&)>& sink) {
  constexpr int kPage = 2000;
  // A Vietnam month: imported_at is UTC, and a file received at 01:00 on the
  // 1st in Vietnam (18:00Z the day before) belongs to the new month.
  CivilDate first = parse_iso_date(month + "-01");
  CivilDate next =
      first.month == 12 ? CivilDate{first.year + 1, 1, 1} : CivilDate{first.year, first.month + 1, 1};
  std::string from = vietnam_midnight_utc(first), to = vietnam_midnight_utc(next);
  Poco::Int64 after_id = 0;
  std::string after_indicator;
  for (;;) {
    std::vector<ExportRow> page;
    guarded([&] {
      std::vector<Poco::Int64> id, superseded;
      std::vector<int> period;
      std::vector<std::string> code, name, source, at, indicator, note;
      std::vector<double> num, den;
      session_ << q(
          "SELECT s.id, s.unit_code, " + whole_text("s.unit_name") + ", s.period, " + whole_text("s.source_file") +
          ", s.imported_at, v.indicator, v.numerator, v.denominator, " + whole_text("v.note") +
          ", COALESCE(s.superseded_by, 0) "
          "FROM submission_values v JOIN submissions s ON s.id = v.submission_id "
          "WHERE s.imported_at >= ? AND s.imported_at < ? "
          // s.id >= ? on its own lets the database seek instead of rescanning.
          "AND s.id >= ? AND (s.id > ? OR (s.id = ? AND v.indicator > ?)) "
          "ORDER BY s.id, v.indicator LIMIT " +
          std::to_string(kPage)),
          use(from), use(to), use(after_id), use(after_id), use(after_id), use(after_indicator), into(id),
          into(code), into(name), into(period), into(source), into(at), into(indicator), into(num), into(den),
          into(note), into(superseded), now;
      page.reserve(id.size());
      for (std::size_t i = 0; i < id.size(); ++i) {
        whole_value(name[i]);
        whole_value(source[i]);
        whole_value(note[i]);
        page.push_back({id[i], std::move(code[i]), std::move(name[i]), period[i], std::move(source[i]),
                        std::move(at[i]), std::move(indicator[i]), num[i], den[i], std::move(note[i]),
                        superseded[i] == 0});
      }
    });
    for (const auto& r : page) sink(r);
    if (page.size() < static_cast<std::size_t>(kPage)) return;
    after_id = page.back().submission_id;
    after_indicator = page.back().indicator;
  }
}

// A body's task reports go with the one submission its file gave it.
void PocoStore::add_tasks(const FileSubmission& file, int units) {
  if (units != 1)
    fail(ErrorFamily::data, MsgId::import_tasks_one_unit, {file.source_file, std::to_string(units)},
         at_file(file.source_file));
  int period = file.period;
  std::string sha = file.sha256;
  Poco::Int64 id = 0;
  session_ << q("SELECT id FROM submissions WHERE period = ? AND sha256 = ?"), use(period), use(sha), into(id), now;
  std::string task, status, result, cell;
  Statement ins = (session_ << q("INSERT INTO submission_tasks (submission_id, task, status, result, source_cell) "
                                 "VALUES (?, ?, ?, ?, ?)"),
                   use(id), use(task), use(status), use(result), use(cell));
  for (const TaskReport& t : file.tasks) {
    task = t.task;
    status = t.status;
    result = t.result;
    cell = t.source.sheet.empty() ? t.source.cell : t.source.sheet + "!" + t.source.cell;
    ins.execute();
  }
}

void PocoStore::put_bodies(const std::vector<ReportingBody>& bodies) {
  guarded([&] {
    in_write_transaction(true, [&] {
      session_ << q("DELETE FROM reporting_bodies"), now;
      std::string code, name, kind, unit, file;
      int line = 0;
      Statement ins = (session_ << q("INSERT INTO reporting_bodies (code, name, kind, unit_code, source_file, "
                                     "source_line) VALUES (?, ?, ?, ?, ?, ?)"),
                       use(code), use(name), use(kind), use(unit), use(file), use(line));
      for (const ReportingBody& b : bodies) {
        code = b.code;
        name = b.name;
        kind = b.kind;
        unit = b.unit_code;
        file = b.source.file;
        line = b.source.line;
        ins.execute();
      }
    });
  });
}

std::vector<ReportingBody> PocoStore::bodies() {
  return guarded([&] {
    std::vector<std::string> code, name, kind, unit, file;
    std::vector<int> line;
    session_ << q("SELECT code, name, kind, unit_code, source_file, source_line FROM reporting_bodies "
                  "ORDER BY source_file, source_line, code"),
        into(code), into(name), into(kind), into(unit), into(file), into(line), now;
    std::vector<ReportingBody> out;
    for (std::size_t i = 0; i < code.size(); ++i)
      out.push_back({code[i], name[i], kind[i], unit[i], at_line(file[i], line[i]), {}});
    return out;
  });
}

std::vector<TaskReport> PocoStore::task_reports(int period, const std::string& before_utc) {
  return guarded([&] {
    std::vector<std::string> code, task, status, result, cell, source;
    std::string b1 = before_utc, b2 = before_utc;
    if (before_utc.empty()) {
      session_ << q("SELECT s.unit_code, t.task, t.status, t.result, t.source_cell, s.source_file "
                    "FROM submission_tasks t JOIN submissions s ON s.id = t.submission_id "
                    "WHERE s.period = ? AND s.superseded_by IS NULL ORDER BY s.unit_code, t.task"),
          use(period), into(code), into(task), into(status), into(result), into(cell), into(source), now;
    } else {
      session_ << q("SELECT s.unit_code, t.task, t.status, t.result, t.source_cell, s.source_file "
                    "FROM submission_tasks t JOIN submissions s ON s.id = t.submission_id "
                    "WHERE s.period = ? AND s.imported_at < ? AND NOT EXISTS (SELECT 1 FROM submissions n "
                    "WHERE n.period = s.period AND n.unit_code = s.unit_code AND n.imported_at < ? AND n.id > s.id) "
                    "ORDER BY s.unit_code, t.task"),
          use(period), use(b1), use(b2), into(code), into(task), into(status), into(result), into(cell),
          into(source), now;
    }
    std::vector<TaskReport> out;
    for (std::size_t i = 0; i < code.size(); ++i) {
      Location where = at_file(source[i]);
      if (auto bang = cell[i].find('!'); bang != std::string::npos) {
        where.sheet = cell[i].substr(0, bang);
        where.cell = cell[i].substr(bang + 1);
      } else {
        where.cell = cell[i];
      }
      out.push_back({code[i], task[i], status[i], result[i], where});
    }
    return out;
  });
}

}  // namespace baocao::store
