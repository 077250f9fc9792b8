#include "engine/cycle/run.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cstdint>
#include <future>
#include <mutex>
#include <thread>

#include "engine/core/atomic_file.hpp"
#include "engine/core/output_path.hpp"
#include "engine/cycle/lock.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/cycle/documents.hpp"
#include "engine/cycle/inputs.hpp"
#include "engine/cycle/manifest.hpp"
#include "engine/cycle/outputs.hpp"
#include "engine/cycle/pool.hpp"
#include "engine/fonts/font_set.hpp"
#include "engine/layout/layout.hpp"
#include "engine/render/docx/docx_renderer.hpp"
#include "engine/render/pdf/pdf_renderer.hpp"
#include "engine/render/xlsx/xlsx_renderer.hpp"
#include "engine/sign/certificate.hpp"
#include "engine/template/evaluator.hpp"

namespace baocao::cycle {

namespace fs = std::filesystem;

int RunReport::changed() const {
  int n = manifest_changed ? 1 : 0;
  for (const auto& e : outputs) n += e.changed;
  return n;
}

namespace {

// One file of a job: the PDF, its Word copy or the XLSX appendix.
struct OutputFile {
  fs::path file;
  std::string extension;  // "pdf", "docx", "xlsx"
};

std::vector<OutputFile> targets_of(const DocumentJob& job, bool docx) {
  std::vector<OutputFile> t;
  if (!job.pdf.empty()) t.push_back({job.pdf, "pdf"});
  if (docx && !job.pdf.empty()) t.push_back({fs::path(job.pdf).replace_extension(".docx"), "docx"});
  if (!job.xlsx.empty()) t.push_back({job.xlsx, "xlsx"});
  return t;
}

// Why `target` must be produced, from what the manifest says of it:
// {Why::unchanged} when it may be skipped.
std::vector<Reason> decide(const OutputFile& target, const PreviousOutput* before, const DocumentJob& job,
                           const KeyContext& ctx, const RunSigner* signer) {
  if (!before || !before->key) return {{Why::new_output, {}}};
  std::vector<Reason> why;
  std::error_code ec;
  if (!fs::is_regular_file(target.file, ec))
    why.push_back({Why::file_missing, {}});
  else if (sha256_file(target.file) != before->sha256)
    why.push_back({Why::file_changed, {}});
  // A signed output is kept only with the record of its signature.
  if (signer && target.extension == "pdf" &&
      (!before->signature || before->signature->cert_sha256 != signer->cert_sha256))
    why.push_back({Why::format, format_key(target.extension, ctx.sign)});
  const OutputKey now = output_key(
      ctx, target.extension,
      recheck_document_key(ctx, job.tpl, before->key->doc, job.vars, job.issuer_sha256, *job.data));
  for (Reason& r : differences(*before->key, now, job.unit)) why.push_back(std::move(r));
  if (why.empty()) why.push_back({Why::unchanged, {}});
  return why;
}

// Renders `job` and writes the files `decide` did not let it skip; the
// entries of all its files.
std::vector<OutputEntry> produce_job(const DocumentJob& job, const fs::path& out, const Paths& paths,
                                     const fonts::FontSet* fonts, const RunSigner* signer, bool docx,
                                     const KeyContext& ctx, const std::map<std::string, PreviousOutput>& previous) {
  std::vector<OutputEntry> entries;
  const std::vector<OutputFile> targets = targets_of(job, docx);
  std::vector<std::vector<Reason>> why;
  bool render = false;
  for (const OutputFile& t : targets) {
    auto it = previous.find(fs::relative(t.file, out).generic_string());
    why.push_back(decide(t, it == previous.end() ? nullptr : &it->second, job, ctx, signer));
    render = render || why.back().front().why != Why::unchanged;
  }
  auto entry = [&](const OutputFile& t, const std::string& sha, bool changed, std::shared_ptr<const OutputKey> key,
                   std::vector<Reason> reasons) {
    entries.push_back({fs::relative(t.file, out).generic_string(), sha, job.kind, job.unit, job.deadline, job.issuer,
                       job.signer, changed, std::nullopt, std::move(key), std::move(reasons)});
  };
  if (!render) {
    for (std::size_t i = 0; i < targets.size(); ++i) {
      const PreviousOutput& p = previous.at(fs::relative(targets[i].file, out).generic_string());
      entry(targets[i], p.sha256, false, std::make_shared<OutputKey>(*p.key), std::move(why[i]));
      if (signer && targets[i].extension == "pdf") entries.back().signature = p.signature;
    }
    return entries;
  }

  TracingData traced(*job.data);
  std::vector<tmpl::IncludeRead> includes;
  doc::Document document = tmpl::render_file(job.tpl, traced, job.vars, {}, paths.templates, &includes);
  const DocumentKey doc_key = document_key(ctx, job.tpl, includes, job.vars, job.issuer_sha256, traced);
  std::optional<layout::PagedDocument> paged;
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const OutputFile& t = targets[i];
    auto key = std::make_shared<OutputKey>(output_key(ctx, t.extension, doc_key));
    const bool skip = why[i].front().why == Why::unchanged;
    if (skip) {
      const PreviousOutput& p = previous.at(fs::relative(t.file, out).generic_string());
      entry(t, p.sha256, false, std::move(key), std::move(why[i]));
      if (signer && t.extension == "pdf") entries.back().signature = p.signature;
      continue;
    }
    if (t.extension == "pdf") {
      if (!paged) paged = layout::layout_document(document, *fonts);
      if (signer) {
        const std::string file = fs::relative(t.file, out).generic_string();
        bool changed = false;
        SignatureRecord s =
            produce_signed(t.file, file, render::render_pdf(*paged, *fonts), *paged, *fonts, *signer, changed);
        entry(t, s.sha256, changed, std::move(key), std::move(why[i]));
        entries.back().signature = s;
      } else {
        Produced p = produce(t.file, [&](const fs::path& to) { render::write_pdf(*paged, *fonts, to); });
        entry(t, p.sha256, p.changed, std::move(key), std::move(why[i]));
      }
    } else if (t.extension == "docx") {
      // The same document for a clerk to edit in Word, beside its PDF.
      Produced p = produce(t.file, [&](const fs::path& to) { render::write_docx(document, *fonts, to); });
      entry(t, p.sha256, p.changed, std::move(key), std::move(why[i]));
    } else {
      Produced p = produce(t.file, [&](const fs::path& to) { render::write_xlsx(document, to); });
      entry(t, p.sha256, p.changed, std::move(key), std::move(why[i]));
    }
  }
  return entries;
}

// What says a file is the one read before: another run may have replaced
// the manifest until this one held the directory.
struct FileStamp {
  bool exists = false;
  std::int64_t size = 0, mtime_ns = 0, inode = 0;
  bool operator==(const FileStamp& o) const {
    return exists == o.exists && size == o.size && mtime_ns == o.mtime_ns && inode == o.inode;
  }
};

FileStamp file_stamp(const fs::path& p) {
  struct stat st {};
  if (::stat(p.c_str(), &st) != 0) return {};
  return {true, static_cast<std::int64_t>(st.st_size),
          static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec,
          static_cast<std::int64_t>(st.st_ino)};
}

std::string rect_text(const std::optional<sign::Rect>& r) {
  if (!r) return "-";
  return std::to_string(r->x) + "," + std::to_string(r->y) + "," + std::to_string(r->w) + "," + std::to_string(r->h);
}

// The fonts' part of the keys: the manifest and the file each face uses.
std::string fonts_sha256(const fs::path& manifest, const fonts::FontSet& set) {
  std::string canon = sha256_file(manifest) + '\n';
  for (auto s : {fonts::Style::regular, fonts::Style::bold, fonts::Style::italic, fonts::Style::bold_italic})
    canon += set.face(s).file().string() + '\x1f' + sha256_file(set.face(s).file()) + '\n';
  return sha256_hex(canon);
}

}  // namespace

RunReport run_cycle(store::Store& store, const Clock& clock, const Paths& paths, const RunOptions& o,
                    const RunProgress& progress) {
  (void)clock;  // documents are dated by the plan, not by when the run happens
  RunReport report;
  // One manifest per run: a run of one deadline gets its own, so runs of
  // different deadlines can share the output root without hiding each other's outputs.
  report.manifest = output_path(o.out, {o.deadline ? "manifest-" + to_iso(*o.deadline) + ".json" : std::string("manifest.json")});
  // The last run's manifest is read while the inputs are read and the
  // documents planned (a country's lists thousands of keys); read again
  // below if it changed before the directory was ours.
  const FileStamp manifest_seen = file_stamp(report.manifest);
  auto reading = std::async(std::launch::async, previous_outputs, report.manifest);
  const CycleInputs in = load_inputs(store, o);
  const std::vector<DocumentJob> jobs = plan_documents(store, in, o, paths);
  // Two runs (or a run and a schedule) into one directory would interleave
  // their outputs and manifests: the second stops, or waits. Taken once the
  // inputs are known good, so a refused plan leaves no directory behind.
  const DirLock lock(o.out, o.wait);
  if (!lock.held()) {
    report.locked = true;
    report.lock = lock.path();
    return report;
  }

  // A run killed earlier (SIGKILL, power cut) may have left temporaries
  // beside its outputs; they are named after their dead process.
  remove_stale_temporaries(o.out);

  std::optional<RunSigner> signer;
  if (o.sign) {
    signer.emplace();
    signer->options = *o.sign;
    signer->signer = sign::common_name(o.sign->credentials->cert.get());
    signer->cert_sha256 = sign::cert_sha256(o.sign->credentials->cert.get());
    signer->previous = previous_signatures(report.manifest);
    report.signed_by = signer->signer;
  }

  const unsigned threads = o.threads ? o.threads : std::max(1u, std::thread::hardware_concurrency());
  // HarfBuzz/FreeType handles are not shared across threads: one set per worker.
  std::vector<std::optional<fonts::FontSet>> fonts(threads);

  // What the manifest says each output was made from, and the run-wide
  // parts of the keys.
  const std::map<std::string, PreviousOutput> previous =
      file_stamp(report.manifest) == manifest_seen ? reading.get() : previous_outputs(report.manifest);
  KeyContext ctx;
  ctx.program = o.key_program.empty() ? program_identity() : o.key_program;
  ctx.template_dirs = paths.templates;
  if (signer) {
    const sign::SignOptions& so = signer->options;
    ctx.sign = signer->cert_sha256 + " " + sha256_hex(so.reason + '\x1f' + so.location + '\x1f' +
                                                     sha256_hex(so.image_png) + '\x1f' + sha256_hex(so.seal_png) +
                                                     '\x1f' + (so.invisible ? "1" : "0") + '\x1f' +
                                                     std::to_string(so.page) + '\x1f' + rect_text(so.rect) +
                                                     '\x1f' + (so.timestamp ? "tsa" : "") +
                                                     (so.ltv.enabled ? " ltv" : ""));
  }
  if (std::any_of(jobs.begin(), jobs.end(), [](const DocumentJob& j) { return !j.pdf.empty(); })) {
    fonts[0] = fonts::FontSet::load(paths.fonts);
    ctx.fonts = fonts_sha256(paths.fonts, *fonts[0]);
  }
  std::vector<std::vector<OutputEntry>> results(jobs.size());
  std::mutex progress_lock;
  std::size_t done = 0;
  run_pool(jobs.size(), threads, [&](std::size_t i, unsigned worker) {
    const DocumentJob& job = jobs[i];
    if (!job.pdf.empty() && !fonts[worker]) fonts[worker] = fonts::FontSet::load(paths.fonts);
    results[i] = produce_job(job, o.out, paths, fonts[worker] ? &*fonts[worker] : nullptr,
                             signer ? &*signer : nullptr, o.docx, ctx, previous);
    if (!progress) return;
    const bool changed = std::any_of(results[i].begin(), results[i].end(), [](const auto& e) { return e.changed; });
    std::lock_guard lock(progress_lock);
    progress(++done, jobs.size(), fs::relative(job.pdf.empty() ? job.xlsx : job.pdf, o.out).generic_string(),
             changed);
  });

  for (std::size_t i = 0; i < jobs.size(); ++i) {
    for (auto& e : results[i]) report.outputs.push_back(std::move(e));
    if (jobs[i].signer.empty() && !jobs[i].pdf.empty())
      report.without_signer.push_back({fs::relative(jobs[i].pdf, o.out).generic_string(), jobs[i].unit,
                                       jobs[i].unit_name, jobs[i].kind});
  }
  std::sort(report.outputs.begin(), report.outputs.end(),
            [](const OutputEntry& a, const OutputEntry& b) { return a.file < b.file; });
  std::sort(report.without_signer.begin(), report.without_signer.end(),
            [](const Unsigned& a, const Unsigned& b) { return a.file < b.file; });
  report.manifest_changed = produce_bytes(report.manifest, manifest_json(o, paths, in, report.outputs)).changed;
  return report;
}

}  // namespace baocao::cycle
