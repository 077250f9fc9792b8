// Walks the AST: statements control what is emitted, markup lines become
// DocBuilder events, and the header (ND30 boxes) is filled last so values
// set at the top of the body can be used in it.
#include "engine/template/evaluator.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <sstream>

#include "engine/template/builtins.hpp"
#include "engine/template/doc_builder.hpp"
#include "engine/template/parser.hpp"
#include "engine/template/source_location.hpp"
#include "engine/template/suggest.hpp"
#include "engine/text/admin_name.hpp"
#include "engine/text/normalize.hpp"
#include "engine/text/vi_case.hpp"
#include "engine/text/vi_number.hpp"

namespace baocao::tmpl {

namespace fs = std::filesystem;

namespace {

// Reads templates from inside the roots only: no absolute paths, no "..",
// and the canonical path (symlinks resolved) must stay under the root it was
// found in. An include is looked for in the template's own folder, then in
// the other roots in order (an office's copy of one template still includes
// the shipped parts it did not copy).
// Parsed templates by their name and text, with the limits they were parsed
// under: a run renders the same few templates thousands of times (two per
// commune), and reading them again for each (the text gate, then the
// parser) was a twentieth of a country's run. The key is the text itself, so
// a file changed on disk is parsed afresh; a tree is never changed once made,
// so threads share it.
struct Parsed {
  Limits limits;
  std::shared_ptr<const Template> tree;
};
std::mutex parsed_mutex;
std::map<std::string, Parsed> parsed_trees;

std::shared_ptr<const Template> parsed_before(const std::string& key, const Limits& limits) {
  std::lock_guard lock(parsed_mutex);
  auto it = parsed_trees.find(key);
  return it != parsed_trees.end() && it->second.limits == limits ? it->second.tree : nullptr;
}

void keep_parsed(std::string key, const Limits& limits, std::shared_ptr<const Template> tree) {
  std::lock_guard lock(parsed_mutex);
  if (parsed_trees.size() >= 64) parsed_trees.clear();  // a long-lived process (the portal) with many templates
  parsed_trees.insert_or_assign(std::move(key), Parsed{limits, std::move(tree)});
}

class Loader {
 public:
  Loader(fs::path root, std::string shown_root, const Limits& limits, const std::vector<fs::path>& more = {},
         std::vector<IncludeRead>* reads = nullptr)
      : shown_root_(std::move(shown_root)), limits_(limits), reads_(reads) {
    roots_.push_back(fs::weakly_canonical(root));
    for (const fs::path& r : more) roots_.push_back(fs::weakly_canonical(r));
  }

  std::shared_ptr<const Template> parse_text(std::string name, std::string_view text) {
    std::string key = name + '\0' + std::string(text);
    std::shared_ptr<const Template> t = parsed_before(key, limits_);
    if (!t) {
      std::string nfc;
      try {
        nfc = text::gate_file_text(text, name);
      } catch (const Error& e) {
        // The text gate knows the byte, not the file: name it.
        std::vector<Diagnostic> named = e.diagnostics();
        for (auto& d : named) d.where.file = name;
        throw Error(e.family(), std::move(named));
      }
      t = std::make_shared<const Template>(parse_template(make_source(std::move(name), nfc), limits_));
      keep_parsed(std::move(key), limits_, t);
    }
    kept_.push_back(t);
    return t;
  }

  // `rel` as written in {% include %}; errors point at `at` in `from`.
  std::pair<std::shared_ptr<const Template>, std::string> load(const std::string& rel, const SourceFile& from,
                                                               Pos at) {
    fs::path p = fs::path(rel);
    bool bad = rel.empty() || p.is_absolute() || p.has_root_name() || p.has_root_directory();
    for (const auto& part : p)
      if (part == "..") bad = true;
    if (bad) fail_at(from, at, MsgId::tpl_include_outside_root, {rel, shown_root_});
    std::error_code ec;
    const fs::path* root = nullptr;
    for (const fs::path& r : roots_)
      if (fs::is_regular_file(r / p, ec)) {
        root = &r;
        break;
      }
    if (!root) fail_at(from, at, MsgId::tpl_include_not_found, {rel});
    fs::path canon = fs::canonical(*root / p, ec);
    if (ec || !inside(*root, canon)) fail_at(from, at, MsgId::tpl_include_outside_root, {rel, shown_root_});
    auto size = fs::file_size(canon, ec);
    if (ec || size > limits_.max_file_bytes)
      fail_at(from, at, MsgId::tpl_limit, {"max_file_bytes", std::to_string(limits_.max_file_bytes)});
    std::ifstream in(canon, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in && !in.eof()) fail_at(from, at, MsgId::tpl_include_not_found, {rel});
    if (reads_) reads_->push_back({rel, canon});
    std::string shown = root != &roots_.front()      ? (*root / p).string()
                        : shown_root_.empty() ? rel
                                              : (fs::path(shown_root_) / p).string();
    return {parse_text(shown, bytes.str()), canon.string()};
  }

 private:
  static bool inside(const fs::path& root, const fs::path& canon) {
    auto r = root.begin(), c = canon.begin();
    for (; r != root.end(); ++r, ++c)
      if (c == canon.end() || *r != *c) return false;
    return true;
  }

  std::vector<fs::path> roots_;
  std::string shown_root_;
  const Limits& limits_;
  std::vector<std::shared_ptr<const Template>> kept_;  // macros point into these
  std::vector<IncludeRead>* reads_;
};

struct Macro {
  const Node* node;
  const SourceFile* src;
};

class Evaluator {
 public:
  Evaluator(Loader& loader, const TemplateData& data, const Map& variables, const Limits& limits)
      : loader_(loader), data_(data), limits_(limits), builder_(limits) {
    // A value from outside (--set, --vars, --data) is bounded like one the
    // template makes: a 2 MB variable otherwise reached libharu's string limit.
    for (const auto& [name, v] : variables) check_variable(name, v);
    Map globals = variables;
    globals["don_vi"] = units_value(data);
    globals["chi_so"] = indicators_value(data);
    // Names of the units whose figures stand for the year before (a unit
    // formed by a merger); the caller that knows the hierarchy sets it.
    if (!globals.count("tien_than")) globals["tien_than"] = Value::of(List{});
    scopes_.push_back(std::move(globals));
    scopes_.emplace_back();  // the template's own top level
  }

  doc::Document run(const Template& t, const std::string& identity) {
    // The numbering style applies while the body is built, before the rest
    // of the front matter is filled: a plain value, not an expression.
    for (const HeaderEntry& h : t.header)
      if (h.key == "danh_so") {
        std::string spec = plain(h.value, *t.source);
        auto levels = parse_numbering(spec);
        if (!levels) fail_at(*t.source, h.pos, MsgId::tpl_bad_numbering, {spec});
        builder_.set_numbering(std::move(*levels));
      }
    including_.push_back(identity);
    nodes(t.body, *t.source);
    doc::Document d = builder_.finish();
    header(t, d);
    return d;
  }

 private:
  // --- statements and lines ---------------------------------------------------

  void nodes(const Nodes& list, const SourceFile& src) {
    for (const Node& n : list) node(n, src);
  }

  void node(const Node& n, const SourceFile& src) {
    switch (n.kind) {
      case Node::Kind::blank:
        builder_.blank();
        break;
      case Node::Kind::paragraph:
        builder_.paragraph_line(spans(n.text, src));
        break;
      case Node::Kind::heading:
        builder_.heading(n.level, n.number, spans(n.text, src));
        break;
      case Node::Kind::list_item:
        builder_.list_item(spans(n.text, src));
        break;
      case Node::Kind::row:
        row(n, src);
        break;
      case Node::Kind::header_rule:
        builder_.header_rule(n.aligns);
        break;
      case Node::Kind::footer_rule:
        builder_.footer_rule();
        break;
      case Node::Kind::directive:
        directive(n, src);
        break;
      case Node::Kind::if_:
        for (std::size_t i = 0; i < n.conditions.size(); ++i)
          if (!n.conditions[i] || eval(*n.conditions[i], src).truthy()) {
            nodes(n.branches[i], src);
            break;
          }
        break;
      case Node::Kind::for_:
        loop(n, src);
        break;
      case Node::Kind::set:
        assign(n.name, eval(*n.expr, src));
        break;
      case Node::Kind::include:
        include(n, src);
        break;
      case Node::Kind::macro:
        macros_[n.name] = Macro{&n, &src};
        break;
      case Node::Kind::call:
        call(n, src);
        break;
    }
  }

  // `set` updates the nearest variable of that name (so a loop can add to a
  // total set before it), or creates one in the innermost scope.
  void assign(const std::string& name, Value v) {
    for (auto s = scopes_.rbegin(); s != scopes_.rend(); ++s) {
      auto it = s->find(name);
      if (it != s->end()) {
        it->second = std::move(v);
        return;
      }
    }
    scopes_.back()[name] = std::move(v);
  }

  bool defined(const std::string& name) const {
    for (const auto& s : scopes_)
      if (s.count(name)) return true;
    return false;
  }

  void loop(const Node& n, const SourceFile& src) {
    Value seq = eval(*n.expr, src);
    if (seq.kind != Value::Kind::list)
      fail_at(src, n.expr->pos, MsgId::tpl_type, {"for", "một danh sách", kind_name(seq.kind)});
    const List& items = *seq.list;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (++iterations_ > limits_.max_loop_iterations)
        fail_at(src, n.pos, MsgId::tpl_limit,
                {"max_loop_iterations", std::to_string(limits_.max_loop_iterations)});
      Map scope;
      scope[n.name] = items[i];
      Map info;
      info["index"] = Value::of(static_cast<double>(i + 1));
      info["index0"] = Value::of(static_cast<double>(i));
      info["first"] = Value::of(i == 0);
      info["last"] = Value::of(i + 1 == items.size());
      info["length"] = Value::of(static_cast<double>(items.size()));
      scope["loop"] = Value::of(std::move(info));
      scopes_.push_back(std::move(scope));
      nodes(n.branches[0], src);
      scopes_.pop_back();
    }
  }

  void include(const Node& n, const SourceFile& src) {
    if (static_cast<int>(including_.size()) > limits_.max_include_depth)
      fail_at(src, n.pos, MsgId::tpl_limit, {"max_include_depth", std::to_string(limits_.max_include_depth)});
    auto [t, identity] = loader_.load(n.name, src, n.pos);
    for (const auto& open : including_)
      if (open == identity) fail_at(src, n.pos, MsgId::tpl_include_cycle, {n.name});
    if (!t->header.empty())
      fail_at(*t->source, t->header.front().pos, MsgId::tpl_syntax,
              {"tệp được include không có phần đầu ---"});
    including_.push_back(identity);
    nodes(t->body, *t->source);
    including_.pop_back();
  }

  void call(const Node& n, const SourceFile& src) {
    auto it = macros_.find(n.name);
    if (it == macros_.end()) {
      std::vector<std::string> names;
      for (const auto& [k, v] : macros_) names.push_back(k);
      unknown(src, n.pos, n.name, names, MsgId::tpl_unknown_macro, MsgId::tpl_unknown_macro_hint);
    }
    const Node& m = *it->second.node;
    if (m.params.size() != n.args.size())
      fail_at(src, n.pos, MsgId::tpl_arg_count,
              {n.name, std::to_string(m.params.size()), std::to_string(n.args.size())});
    if (++depth_ > limits_.max_call_depth)
      fail_at(src, n.pos, MsgId::tpl_limit, {"max_call_depth", std::to_string(limits_.max_call_depth)});
    Map params;
    for (std::size_t i = 0; i < n.args.size(); ++i) params[m.params[i]] = eval(*n.args[i], src);
    // A macro sees the globals, the template's top level and its parameters,
    // never its caller's loop variables.
    std::vector<Map> saved(scopes_.begin() + 2, scopes_.end());
    scopes_.resize(2);
    scopes_.push_back(std::move(params));
    nodes(m.branches[0], *it->second.src);
    scopes_.resize(2);
    for (auto& s : saved) scopes_.push_back(std::move(s));
    --depth_;
  }

  void row(const Node& n, const SourceFile& src) {
    std::vector<CellValue> cells;
    for (const CellSource& c : n.cells) {
      CellValue v;
      v.merge = c.merge;
      v.pos = c.pos;
      if (c.merge == CellSource::Merge::none) {
        const Inline* only = nullptr;
        int exprs = 0, texts = 0;
        for (const Inline& i : c.content) {
          if (i.kind == Inline::Kind::expr) ++exprs, only = &i;
          if (i.kind == Inline::Kind::text) ++texts;
        }
        if (exprs == 1 && texts == 0) {
          Value val = eval(*only->expr, src);
          if (val.kind == Value::Kind::list) {
            // A list spreads over as many cells: columns that follow the data
            // (one per indicator, one per year of the roadmap).
            for (const Value& item : *val.list) {
              CellValue one = v;
              if (item.kind == Value::Kind::string && (item.text == "<" || item.text == "^")) {
                one.merge = item.text == "<" ? CellSource::Merge::left : CellSource::Merge::up;
                cells.push_back(std::move(one));
                continue;
              }
              Value shown = item;
              if (const Value* span = item.member("gop_cot")) {
                one.col_span = static_cast<int>(span->number);
                shown = *item.member("o");
              }
              one.spans = spans(c.content, src, &shown);
              one.value = std::move(shown);
              cells.push_back(std::move(one));
            }
            continue;
          }
          v.spans = spans(c.content, src, &val);
          v.value = std::move(val);
        } else {
          v.spans = spans(c.content, src);
        }
      }
      cells.push_back(std::move(v));
    }
    builder_.row(src, std::move(cells));
  }

  void directive(const Node& n, const SourceFile& src) {
    static const std::vector<std::string> kNames = {
        "ngat_trang", "phu_luc", "tieu_de", "bang", "chu_thich", "do_rong", "chi_tieu_cot", "giua", "phai",
        "kinh_gui"};
    if (n.name == "ngat_trang") return builder_.page_break();
    if (n.name == "kinh_gui") {
      // One expression giving a list: one recipient each; anything else: one.
      std::vector<std::string> recipients;
      if (n.text.size() == 1 && n.text[0].kind == Inline::Kind::expr) {
        Value v = eval(*n.text[0].expr, src);
        if (v.kind == Value::Kind::list)
          for (const Value& x : *v.list) recipients.push_back(to_text(x, src, n.text[0].expr->pos));
        else
          recipients.push_back(to_text(v, src, n.text[0].expr->pos));
      } else {
        recipients.push_back(plain(n.text, src));
      }
      return builder_.addressees(std::move(recipients));
    }
    std::string arg = plain(n.text, src);
    if (n.name == "phu_luc") {
      if (!arg.empty() && arg != "ngang" && arg != "doc")
        fail_at(src, n.pos, MsgId::tpl_expected, {"'ngang' hoặc 'doc'", arg});
      return builder_.start_appendix(arg == "ngang");
    }
    if (n.name == "tieu_de") return builder_.appendix_title(arg);
    if (n.name == "bang") return builder_.next_table_id(arg);
    if (n.name == "chu_thich") return builder_.next_table_caption(spans(n.text, src));
    if (n.name == "giua") return builder_.paragraph_line(spans(n.text, src), doc::Align::center, true);
    if (n.name == "phai") return builder_.paragraph_line(spans(n.text, src), doc::Align::right, true);
    if (n.name == "do_rong" || n.name == "chi_tieu_cot") {
      std::vector<std::optional<double>> nums;
      std::istringstream words(arg);
      for (std::string w; words >> w;) {
        if (n.name == "chi_tieu_cot" && w == "-") {
          nums.push_back(std::nullopt);  // no target for this column
          continue;
        }
        if (n.name == "do_rong" && w == "tu_dong") {
          nums.push_back(0.0);  // from the content (layout)
          continue;
        }
        text::ParsedNumber p;
        if (text::parse_vi_number(w, p) != text::NumberProblem::none || p.value <= 0) {
          if (n.name == "do_rong") fail_at(src, n.pos, MsgId::tpl_bad_width, {w});
          fail_at(src, n.pos, MsgId::tpl_type, {"@chi_tieu_cot", "tỷ lệ % hoặc -", w});
        }
        nums.push_back(p.value);
      }
      if (n.name == "chi_tieu_cot") return builder_.next_table_targets(std::move(nums));
      std::vector<double> mm;
      for (const auto& v : nums) mm.push_back(*v);
      if (std::all_of(mm.begin(), mm.end(), [](double x) { return x == 0; })) mm.clear();  // all from the content
      return builder_.next_table_widths(std::move(mm));
    }
    unknown(src, n.pos, n.name, kNames, MsgId::tpl_unknown_directive, MsgId::tpl_unknown_directive_hint);
  }

  // --- inline text -------------------------------------------------------------

  doc::Spans spans(const Inlines& parts, const SourceFile& src, const Value* precomputed = nullptr) {
    doc::Spans out;
    bool bold = false, italic = false;
    for (const Inline& i : parts) {
      switch (i.kind) {
        case Inline::Kind::bold:
          bold = !bold;
          break;
        case Inline::Kind::italic:
          italic = !italic;
          break;
        case Inline::Kind::text:
          charge_output(i.text.size(), src, i.pos);
          out.push_back({i.text, bold, italic});
          break;
        case Inline::Kind::expr: {
          Value v = precomputed ? *precomputed : eval(*i.expr, src);
          out.push_back({to_text(v, src, i.expr->pos), bold, italic});
          charge_output(out.back().text.size(), src, i.expr->pos);
          break;
        }
      }
    }
    // Adjacent runs of one style merge, so the tree stays small and stable.
    doc::Spans merged;
    for (auto& s : out) {
      if (!merged.empty() && merged.back().bold == s.bold && merged.back().italic == s.italic)
        merged.back().text += s.text;
      else if (!s.text.empty())
        merged.push_back(std::move(s));
    }
    return merged;
  }

  std::string plain(const Inlines& parts, const SourceFile& src) {
    std::string out;
    for (const auto& s : spans(parts, src)) out += s.text;
    return out;
  }

  // --- header --------------------------------------------------------------------

  void header(const Template& t, doc::Document& d) {
    static const std::vector<std::string> kKeys = {
        "co_quan_chu_quan", "co_quan_ban_hanh", "so_ky_hieu", "dia_danh",  "ngay",
        "loai_van_ban",     "trich_yeu",        "noi_nhan",   "quyen_han", "chuc_vu",
        "ho_ten",           "tieu_de",          "tu_khoa",    "co_chu",    "gian_dong",
        "danh_so"};
    const SourceFile& src = *t.source;
    bool has_date = false;
    std::vector<std::string> positions;
    for (const HeaderEntry& h : t.header) {
      if (std::find(kKeys.begin(), kKeys.end(), h.key) == kKeys.end())
        unknown(src, h.pos, h.key, kKeys, MsgId::tpl_unknown_field, MsgId::tpl_unknown_field_hint);
      if (h.key == "danh_so") continue;  // applied before the body (run)
      std::vector<std::string> values;
      if (h.value.size() == 1 && h.value[0].kind == Inline::Kind::expr) {
        Value v = eval(*h.value[0].expr, src);
        if (v.kind == Value::Kind::list) {
          for (const Value& x : *v.list) values.push_back(to_text(x, src, h.value[0].expr->pos));
        } else if (h.key == "ngay") {
          d.header.date = header_date(v, src, h.value[0].expr->pos);
          has_date = true;
          continue;
        } else {
          values.push_back(to_text(v, src, h.value[0].expr->pos));
        }
      } else {
        values.push_back(plain(h.value, src));
      }
      for (std::string& v : values) {
        const std::string& k = h.key;
        // A line a document does without (no chủ quản, a signer without a
        // separate title) is left out, not drawn blank.
        if (v.empty() && (k == "quyen_han" || k == "chuc_vu" || k == "noi_nhan" || k == "trich_yeu")) continue;
        // Proper names are bound (no-break spaces) while case still tells
        // them apart, so layout never breaks a line inside one.
        if (k == "co_quan_chu_quan")
          d.header.governing_body = text::upper_vi(text::bind_proper_names(v));
        else if (k == "co_quan_ban_hanh")
          d.header.issuing_body = text::upper_vi(text::bind_proper_names(v)), d.meta.author = v;
        else if (k == "so_ky_hieu")
          d.header.number_symbol = blank_number_room(v);
        else if (k == "dia_danh")
          d.header.place = v;
        else if (k == "ngay")
          d.header.date = header_date(Value::of(v), src, h.pos), has_date = true;
        else if (k == "loai_van_ban")
          d.header.doc_type = text::upper_vi(v);
        else if (k == "trich_yeu")
          d.header.summary_lines.push_back(v);
        else if (k == "noi_nhan")
          d.recipients.items.push_back(v);
        else if (k == "quyen_han")
          d.signature.authority_lines.push_back(text::upper_vi(v));
        else if (k == "chuc_vu")
          positions.push_back(text::upper_vi(v));
        else if (k == "ho_ten")
          d.signature.signer_name = v;
        else if (k == "tieu_de")
          d.meta.title = v;
        else if (k == "tu_khoa")
          d.meta.keywords = v;
        else if (k == "co_chu" || k == "gian_dong") {
          text::ParsedNumber p;
          if (text::parse_vi_number(v, p) != text::NumberProblem::none || p.value <= 0)
            fail_at(src, h.pos, MsgId::tpl_type, {k, "một số dương", v});
          (k == "co_chu" ? d.style.body_size : d.style.line_spacing) = p.value;
        }
      }
    }
    for (auto& p : positions) d.signature.authority_lines.push_back(std::move(p));
    if (!has_date) fail_at(src, {1, 0}, MsgId::tpl_missing_header, {"ngay"});
    std::string summary;
    for (const auto& l : d.header.summary_lines) summary += (summary.empty() ? "" : " ") + l;
    if (d.meta.title.empty()) d.meta.title = summary.empty() ? d.header.doc_type : summary;
    if (d.meta.subject.empty()) d.meta.subject = summary;
  }

  // "Số: /BC-UBND" (the number left out) becomes "Số:      /BC-UBND": room
  // for the văn thư to write the number in, as drafts leave it (no-break
  // spaces, which the line keeps).
  static std::string blank_number_room(const std::string& v) {
    std::size_t colon = v.find(':'), slash = v.find('/');
    if (colon == std::string::npos || slash == std::string::npos || slash < colon) return v;
    if (v.find_first_not_of(' ', colon + 1) != slash) return v;
    return v.substr(0, colon + 1) + " \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0" + v.substr(slash);
  }

  // The document's date; blank (none, "" or a year) leaves day and month to
  // the văn thư, with the report's year `nam` when the value has none.
  CivilDate header_date(const Value& v, const SourceFile& src, Pos pos) {
    CivilDate d = v.is_none() ? CivilDate{} : to_date(v, src, pos);
    if (is_blank(d) && d.year == 0)
      for (auto s = scopes_.rbegin(); s != scopes_.rend(); ++s)
        if (auto it = s->find("nam"); it != s->end()) {
          if (it->second.kind == Value::Kind::number)
            if (auto y = as_year(it->second.number)) d.year = *y;
          break;
        }
    return d;
  }

  // --- expressions -----------------------------------------------------------------

  [[noreturn]] void unknown(const SourceFile& src, Pos pos, const std::string& name,
                            const std::vector<std::string>& candidates, MsgId plain_id, MsgId hint_id) {
    if (auto near = nearest(name, candidates)) fail_at(src, pos, hint_id, {name, *near});
    fail_at(src, pos, plain_id, {name});
  }

  const Value& lookup(const Expr& e, const SourceFile& src) {
    for (auto s = scopes_.rbegin(); s != scopes_.rend(); ++s) {
      auto it = s->find(e.name);
      if (it != s->end()) return it->second;
    }
    std::vector<std::string> names;
    for (const auto& s : scopes_)
      for (const auto& [k, v] : s) names.push_back(k);
    unknown(src, e.pos, e.name, names, MsgId::tpl_unknown_name, MsgId::tpl_unknown_name_hint);
  }

  static bool numeric(const Value& v) {
    return v.kind == Value::Kind::number ||
           (v.kind == Value::Kind::string && v.number_kind != doc::ValueKind::text &&
            v.number_kind != doc::ValueKind::date);
  }

  Value eval(const Expr& e, const SourceFile& src) {
    switch (e.op) {
      case Expr::Op::literal:
        return e.literal;
      case Expr::Op::name:
        return lookup(e, src);
      case Expr::Op::attr: {
        Value subject = eval(*e.args[0], src);
        if (const Value* m = subject.member(e.name)) return *m;
        if (subject.kind == Value::Kind::date) {
          // A blank date's day and month (and an unknown year) are blank.
          auto part = [](int v) { return v > 0 ? Value::of(static_cast<double>(v)) : Value::none(); };
          if (e.name == "ngay" || e.name == "day") return part(subject.date.day);
          if (e.name == "thang" || e.name == "month") return part(subject.date.month);
          if (e.name == "nam" || e.name == "year") return part(subject.date.year);
        }
        if (subject.kind == Value::Kind::map) {
          std::vector<std::string> keys;
          for (const auto& [k, v] : *subject.map) keys.push_back(k);
          if (auto near = nearest(e.name, keys))
            fail_at(src, e.pos, MsgId::tpl_unknown_name_hint, {e.name, *near});
        }
        fail_at(src, e.pos, MsgId::tpl_no_member, {kind_name(subject.kind), e.name});
      }
      case Expr::Op::index: {
        Value subject = eval(*e.args[0], src), key = eval(*e.args[1], src);
        if (subject.kind == Value::Kind::list && key.kind == Value::Kind::number) {
          double i = key.number;
          if (i >= 0 && i < static_cast<double>(subject.list->size()) && i == std::floor(i))
            return (*subject.list)[static_cast<std::size_t>(i)];
          return Value::none();
        }
        if (subject.kind == Value::Kind::map && key.kind == Value::Kind::string) {
          if (const Value* m = subject.member(key.text)) return *m;
          fail_at(src, e.pos, MsgId::tpl_no_member, {kind_name(subject.kind), key.text});
        }
        fail_at(src, e.pos, MsgId::tpl_type,
                {"[]", "danh sách[số] hoặc bản ghi[\"tên\"]", kind_name(subject.kind)});
      }
      case Expr::Op::call:
      case Expr::Op::filter: {
        bool filter = e.op == Expr::Op::filter;
        if (!filter && (e.name == "co_bien" || e.name == "defined")) {
          if (e.args.size() != 1)
            fail_at(src, e.pos, MsgId::tpl_arg_count, {e.name, "1", std::to_string(e.args.size())});
          Value name = eval(*e.args[0], src);
          if (name.kind != Value::Kind::string)
            fail_at(src, e.pos, MsgId::tpl_type, {e.name, "tên biến trong ngoặc kép", kind_name(name.kind)});
          return Value::of(defined(name.text));
        }
        const BuiltinInfo* b = filter ? find_filter(e.name) : find_function(e.name);
        if (!b) {
          if (filter)
            unknown(src, e.pos, e.name, filter_names(), MsgId::tpl_unknown_filter,
                    MsgId::tpl_unknown_filter_hint);
          unknown(src, e.pos, e.name, function_names(), MsgId::tpl_unknown_function,
                  MsgId::tpl_unknown_function_hint);
        }
        int n = static_cast<int>(e.args.size());
        if (n < b->min_args || n > b->max_args) {
          int shown = filter ? n - 1 : n;
          int want = filter ? b->min_args - 1 : b->min_args, most = filter ? b->max_args - 1 : b->max_args;
          fail_at(src, e.pos, MsgId::tpl_arg_count,
                  {e.name,
                   want == most ? std::to_string(want) : std::to_string(want) + "-" + std::to_string(most),
                   std::to_string(shown)});
        }
        std::vector<Value> args;
        for (const auto& a : e.args) args.push_back(eval(*a, src));
        std::size_t in = 0;
        for (const Value& a : args) in += weight(a);
        charge_work(in, src, e.pos);  // before: the call itself may be the long part
        Value out = b->fn(args, CallSite{src, e.pos, e.name, data_, limits_});
        charge_work(weight(out), src, e.pos);
        return out;
      }
      case Expr::Op::unary: {
        Value v = eval(*e.args[0], src);
        if (e.name == "not") return Value::of(!v.truthy());
        if (!numeric(v)) fail_at(src, e.pos, MsgId::tpl_type, {"-", "một số", kind_name(v.kind)});
        return Value::of(-v.number);
      }
      case Expr::Op::cond:
        return eval(*e.args[0], src).truthy() ? eval(*e.args[1], src) : eval(*e.args[2], src);
      case Expr::Op::list: {
        List out;
        for (const auto& a : e.args) out.push_back(eval(*a, src));
        return Value::of(std::move(out));
      }
      case Expr::Op::binary:
        return binary(e, src);
    }
    return Value::none();
  }

  Value binary(const Expr& e, const SourceFile& src) {
    const std::string& op = e.name;
    if (op == "and") {
      Value l = eval(*e.args[0], src);
      return l.truthy() ? eval(*e.args[1], src) : l;
    }
    if (op == "or") {
      Value l = eval(*e.args[0], src);
      return l.truthy() ? l : eval(*e.args[1], src);
    }
    Value l = eval(*e.args[0], src), r = eval(*e.args[1], src);
    if (op == "~") {
      std::string joined = to_text(l, src, e.args[0]->pos) + to_text(r, src, e.args[1]->pos);
      check_size(joined.size(), src, e.pos, limits_);
      charge_work(joined.size(), src, e.pos);
      return Value::of(std::move(joined));
    }
    if (op == "==" || op == "!=") {
      bool eq = numeric(l) && numeric(r) ? l.number == r.number : values_equal(l, r);
      return Value::of(op == "==" ? eq : !eq);
    }
    if (op == "in") {
      if (r.kind == Value::Kind::list) {
        for (const Value& x : *r.list)
          if (values_equal(l, x)) return Value::of(true);
        return Value::of(false);
      }
      if (r.kind == Value::Kind::string && l.kind == Value::Kind::string)
        return Value::of(r.text.find(l.text) != std::string::npos);
      if (r.kind == Value::Kind::map && l.kind == Value::Kind::string)
        return Value::of(r.member(l.text) != nullptr);
      fail_at(src, e.pos, MsgId::tpl_type, {"in", "danh sách, văn bản hoặc bản ghi", kind_name(r.kind)});
    }
    if (op == "<" || op == "<=" || op == ">" || op == ">=") {
      int c = 0;
      if (numeric(l) && numeric(r))
        c = l.number < r.number ? -1 : l.number > r.number ? 1 : 0;
      else if (l.kind == Value::Kind::string && r.kind == Value::Kind::string)
        c = l.text.compare(r.text);
      else if (l.kind == Value::Kind::date && r.kind == Value::Kind::date)
        c = l.date < r.date ? -1 : l.date > r.date ? 1 : 0;
      else {
        const Value& bad = numeric(l) ? r : l;
        fail_at(src, e.pos, MsgId::tpl_type, {op, "hai số, hai văn bản hoặc hai ngày", kind_name(bad.kind)});
      }
      return Value::of(op == "<" ? c < 0 : op == "<=" ? c <= 0 : op == ">" ? c > 0 : c >= 0);
    }
    if (op == "+" && l.kind == Value::Kind::string && r.kind == Value::Kind::string && !numeric(l) &&
        !numeric(r)) {
      check_size(l.text.size() + r.text.size(), src, e.pos, limits_);
      charge_work(l.text.size() + r.text.size(), src, e.pos);
      return Value::of(l.text + r.text);
    }
    if (op == "+" && l.kind == Value::Kind::list && r.kind == Value::Kind::list) {
      check_size(l.list->size() + r.list->size(), src, e.pos, limits_);
      List out = *l.list;
      out.insert(out.end(), r.list->begin(), r.list->end());
      return Value::of(std::move(out));
    }
    if (!numeric(l)) fail_at(src, e.args[0]->pos, MsgId::tpl_type, {op, "một số", kind_name(l.kind)});
    if (!numeric(r)) fail_at(src, e.args[1]->pos, MsgId::tpl_type, {op, "một số", kind_name(r.kind)});
    if (op == "+") return Value::of(l.number + r.number);
    if (op == "-") return Value::of(l.number - r.number);
    if (op == "*") return Value::of(l.number * r.number);
    if (r.number == 0) fail_at(src, e.pos, MsgId::tpl_division_by_zero);
    if (op == "/") return Value::of(l.number / r.number);
    return Value::of(std::fmod(l.number, r.number));
  }

  void check_variable(const std::string& name, const Value& v) const {
    if (v.kind == Value::Kind::string && v.text.size() > limits_.max_value_size)
      throw Error(ErrorFamily::template_,
                  Diagnostic{MsgId::tpl_var_too_large,
                             {name, std::to_string(v.text.size()), std::to_string(limits_.max_value_size)},
                             {}});
    if (v.kind == Value::Kind::list)
      for (const Value& x : *v.list) check_variable(name, x);
    if (v.kind == Value::Kind::map)
      for (const auto& [k, x] : *v.map) check_variable(name + "." + k, x);
  }

  // Text a value holds, for the work bound (lists and maps by their items).
  static std::size_t weight(const Value& v) {
    switch (v.kind) {
      case Value::Kind::string:
        return v.text.size();
      case Value::Kind::list:
        return v.list->size();
      case Value::Kind::map:
        return v.map->size();
      default:
        return 1;
    }
  }

  void charge_work(std::size_t bytes, const SourceFile& src, Pos pos) {
    work_ += bytes;
    if (work_ > limits_.max_work_bytes)
      fail_at(src, pos, MsgId::tpl_limit, {"max_work_bytes", std::to_string(limits_.max_work_bytes)});
  }

  void charge_output(std::size_t bytes, const SourceFile& src, Pos pos) {
    output_ += bytes;
    if (output_ > limits_.max_output_bytes)
      fail_at(src, pos, MsgId::tpl_limit, {"max_output_bytes", std::to_string(limits_.max_output_bytes)});
  }

  std::size_t work_ = 0, output_ = 0;
  Loader& loader_;
  const TemplateData& data_;
  const Limits& limits_;
  DocBuilder builder_;
  std::vector<Map> scopes_;
  std::map<std::string, Macro> macros_;
  std::vector<std::string> including_;
  long iterations_ = 0;
  int depth_ = 0;
};

}  // namespace

doc::Document render_text(std::string name, std::string_view text, const fs::path& root,
                          const TemplateData& data, const Map& variables, const Limits& limits,
                          const std::vector<fs::path>& include_dirs, std::vector<IncludeRead>* includes) {
  if (text.size() > limits.max_file_bytes)
    throw Error(ErrorFamily::template_, Diagnostic{MsgId::tpl_limit,
                                                   {"max_file_bytes", std::to_string(limits.max_file_bytes)},
                                                   at_file(name)});
  std::string shown_root = fs::path(name).parent_path().string();
  Loader loader(root, shown_root, limits, include_dirs, includes);
  auto t = loader.parse_text(name, text);
  std::error_code ec;
  fs::path identity = fs::weakly_canonical(root / fs::path(name).filename(), ec);
  return Evaluator(loader, data, variables, limits).run(*t, identity.string());
}

doc::Document render_file(const fs::path& path, const TemplateData& data, const Map& variables,
                          const Limits& limits, const std::vector<fs::path>& include_dirs,
                          std::vector<IncludeRead>* includes) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) fail(ErrorFamily::input, MsgId::file_not_found, {path.string()});
  auto size = fs::file_size(path, ec);
  if (ec || size > limits.max_file_bytes)
    throw Error(ErrorFamily::template_, Diagnostic{MsgId::tpl_limit,
                                                   {"max_file_bytes", std::to_string(limits.max_file_bytes)},
                                                   at_file(path.string())});
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in && !in.eof()) fail(ErrorFamily::input, MsgId::file_read_failed, {path.string(), "read"});
  fs::path root = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  return render_text(path.string(), bytes.str(), root, data, variables, limits, include_dirs, includes);
}

}  // namespace baocao::tmpl
