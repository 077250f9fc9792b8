// The catalogue itself. Keep entries grouped as in messages.hpp; the test
// tests/engine/core/messages_test.cpp checks every id has both wordings.
#include "engine/core/messages.hpp"

#include <array>

#include "engine/core/diagnostic.hpp"

namespace baocao {

namespace {

struct Entry {
  MsgId id;
  const char* vi;
  const char* en;
};

constexpr Entry kCatalogue[] = {
    {MsgId::app_summary,
     "baocao: tạo báo cáo, kế hoạch theo Nghị định 30/2020/NĐ-CP từ số liệu của các đơn vị",
     "baocao: reports and plans in the Decree 30/2020 format from the units' figures"},
    {MsgId::app_usage, "Cách dùng: baocao LỆNH [TÙY CHỌN]... [TỆP]...",
     "Usage: baocao COMMAND [OPTION]... [FILE]..."},
    {MsgId::app_commands_heading, "Các lệnh:", "Commands:"},
    {MsgId::app_options_heading, "Tùy chọn:", "Options:"},
    {MsgId::app_help_hint, "Xem hướng dẫn của từng lệnh: baocao LỆNH --help",
     "Help on one command: baocao COMMAND --help"},
    {MsgId::app_unknown_command, "không có lệnh '{0}'. Các lệnh: {1}",
     "no command '{0}'. Commands: {1}"},
    {MsgId::app_missing_argument, "thiếu {0}", "missing {0}"},
    {MsgId::app_unexpected_argument, "đối số thừa: '{0}'", "unexpected argument: '{0}'"},
    {MsgId::app_bad_option_value, "giá trị '{1}' của tùy chọn --{0} không hợp lệ: {2}",
     "invalid value '{1}' for option --{0}: {2}"},
    {MsgId::app_option_error, "lỗi tùy chọn: {0}", "option error: {0}"},
    {MsgId::app_unknown_lang, "không có ngôn ngữ '{0}' (chọn vi hoặc en)",
     "no language '{0}' (choose vi or en)"},
    {MsgId::app_unknown_option, "không có tùy chọn '{0}'", "no option '{0}'"},
    {MsgId::app_option_needs_value, "tùy chọn --{0} cần một giá trị", "option --{0} needs a value"},
    {MsgId::app_missing_option, "thiếu tùy chọn bắt buộc --{0}", "required option --{0} is missing"},
    {MsgId::opt_help, "hiện hướng dẫn này", "show this help"},
    {MsgId::opt_lang, "ngôn ngữ của thông báo: vi (mặc định) hoặc en",
     "language of messages: vi (default) or en"},
    {MsgId::opt_version, "hiện phiên bản", "show the version"},
    {MsgId::opt_out, "thư mục ghi kết quả", "directory for the outputs"},
    {MsgId::opt_year, "năm báo cáo (YYYY)", "reporting year (YYYY)"},
    {MsgId::opt_targets, "tệp CSV chỉ tiêu theo năm (nam, chi_so, chi_tieu)",
     "CSV file of targets by year (nam, chi_so, chi_tieu)"},
    {MsgId::opt_info,
     "tệp JSON: cơ quan ban hành, số ký hiệu, địa danh, ngày, người ký, nơi nhận",
     "JSON file: issuing body, number, place, date, signer, recipients"},
    {MsgId::opt_fonts, "danh mục phông chữ (mặc định fonts/manifest.json)",
     "font manifest (default fonts/manifest.json)"},
    {MsgId::cmd_report_summary,
     "tổng hợp số liệu các đơn vị (CSV) thành báo cáo PDF và bảng XLSX",
     "summarise the units' figures (CSV) into a PDF report and an XLSX table"},
    {MsgId::file_not_found, "không tìm thấy tệp '{0}'", "file '{0}' not found"},
    {MsgId::file_read_failed, "không đọc được tệp '{0}': {1}", "cannot read file '{0}': {1}"},
    {MsgId::file_write_failed, "không ghi được tệp '{0}': {1}", "cannot write file '{0}': {1}"},
    {MsgId::text_invalid_utf8, "văn bản không phải UTF-8 hợp lệ (byte thứ {0})",
     "text is not valid UTF-8 (byte {0})"},
    {MsgId::text_not_a_number, "'{0}' không phải là số", "'{0}' is not a number"},
    {MsgId::text_number_required, "ô trống, cần một số", "empty cell, a number is required"},
    {MsgId::text_bad_date, "'{0}' không phải ngày hợp lệ (cần YYYY-MM-DD)",
     "'{0}' is not a valid date (expected YYYY-MM-DD)"},
    {MsgId::text_not_nfc, "văn bản chưa chuẩn hóa NFC: '{0}'", "text is not NFC-normalised: '{0}'"},
    {MsgId::csv_unterminated_quote, "dấu ngoặc kép mở nhưng không đóng",
     "a quoted field is never closed"},
    {MsgId::csv_missing_column, "thiếu cột '{0}' ở dòng tiêu đề",
     "column '{0}' missing from the header row"},
    {MsgId::csv_no_indicator_columns,
     "không có cột chỉ số nào (tên cột dạng <chỉ số>_dat và <chỉ số>_tong)",
     "no indicator columns (named <indicator>_dat and <indicator>_tong)"},
    {MsgId::csv_empty, "tệp rỗng", "the file is empty"},
    {MsgId::data_negative, "số âm: {0}", "negative number: {0}"},
    {MsgId::data_numerator_above_denominator,
     "số đạt ({0}) lớn hơn tổng số ({1}) của chỉ số '{2}'",
     "recognised ({0}) above total ({1}) for indicator '{2}'"},
    {MsgId::data_duplicate_unit, "đơn vị '{0}' xuất hiện hai lần (lần đầu ở dòng {1})",
     "unit '{0}' appears twice (first at row {1})"},
    {MsgId::data_unknown_indicator, "không có chỉ số '{0}' trong danh mục",
     "no indicator '{0}' in the catalogue"},
    {MsgId::data_no_records, "không có dòng số liệu nào", "no rows of figures"},
    {MsgId::font_manifest_invalid, "danh mục phông chữ không hợp lệ: {0}",
     "invalid font manifest: {0}"},
    {MsgId::font_file_missing, "không tìm thấy tệp phông chữ '{0}' ({1})",
     "font file '{0}' not found ({1})"},
    {MsgId::font_missing_glyph, "phông chữ '{0}' không có ký tự '{1}' (U+{2}) trong \"{3}\"",
     "font '{0}' has no character '{1}' (U+{2}) in \"{3}\""},
    {MsgId::pdf_render_failed, "không tạo được PDF: {0}", "cannot produce the PDF: {0}"},
    {MsgId::xlsx_render_failed, "không tạo được XLSX: {0}", "cannot produce the XLSX: {0}"},
    {MsgId::report_written, "Đã ghi {0}", "Wrote {0}"},
    {MsgId::loc_file_row, "{0}, dòng {1}", "{0}, row {1}"},
    {MsgId::loc_file_row_column, "{0}, dòng {1}, cột '{2}'", "{0}, row {1}, column '{2}'"},
    {MsgId::loc_file_sheet_cell, "{0}, sheet '{1}', ô {2}", "{0}, sheet '{1}', cell {2}"},
    {MsgId::loc_file_line_col, "{0}:{1}:{2}", "{0}:{1}:{2}"},
    {MsgId::loc_file_offset, "{0}, byte {1}", "{0}, byte {1}"},
    // issue 4: text layer (encodings, detection, words, `baocao text`)
    {MsgId::cmd_text_summary,
     "văn bản tiếng Việt: decode (giải mã TCVN3, VNI, VIQR, 1258, UTF-16), words (đọc số thành chữ), "
     "date (dòng địa danh, ngày tháng), sort (sắp xếp theo tiếng Việt), slug (tên tệp không dấu)",
     "Vietnamese text: decode (TCVN3, VNI, VIQR, 1258, UTF-16), words (amounts in words), "
     "date (place and date line), sort (Vietnamese collation), slug (file names without diacritics)"},
    {MsgId::text_usage,
     "cách dùng: baocao text decode [TỆP|-] [--from auto|utf8|utf16|tcvn3|vni|viqr|cp1258] | "
     "words SỐ [--le] [--ngan] [--ti] [--dong] | date YYYY-MM-DD --place TÊN | sort | slug VĂN_BẢN",
     "usage: baocao text decode [FILE|-] [--from auto|utf8|utf16|tcvn3|vni|viqr|cp1258] | "
     "words NUMBER [--le] [--ngan] [--ti] [--dong] | date YYYY-MM-DD --place NAME | sort | slug TEXT"},
    {MsgId::text_unknown_subcommand, "không có lệnh 'text {0}'; các lệnh có: {1}",
     "no command 'text {0}'; available: {1}"},
    {MsgId::text_unknown_encoding, "không biết bảng mã '{0}'; các bảng mã được hỗ trợ: {1}",
     "unknown encoding '{0}'; supported encodings: {1}"},
    {MsgId::text_undecodable, "không giải mã được theo bảng mã {0}: byte 0x{1} ở vị trí {2} không hợp lệ",
     "cannot decode as {0}: byte 0x{1} at offset {2} is not valid"},
    {MsgId::text_not_encodable, "ký tự '{0}' không có trong bảng mã {1}",
     "character '{0}' does not exist in encoding {1}"},
    {MsgId::text_detected, "{0}: nhận dạng bảng mã {1} (độ tin cậy {2}%)",
     "{0}: detected encoding {1} (confidence {2}%)"},
    {MsgId::text_detect_ambiguous,
     "cảnh báo: {0}: không chắc chắn về bảng mã (tạm dùng {1}, cũng có thể là {2}); "
     "hãy chỉ rõ bằng --encoding (hoặc --from)",
     "warning: {0}: the encoding is uncertain (using {1}, could also be {2}); "
     "please state it with --encoding (or --from)"},
    {MsgId::text_number_out_of_range, "số {0} nằm ngoài khoảng đọc được (từ -10^18 đến 10^18)",
     "number {0} is outside the range that can be read (-10^18 to 10^18)"},
    {MsgId::text_not_an_integer, "'{0}' không phải số nguyên", "'{0}' is not a whole number"},
    {MsgId::opt_from, "bảng mã của tệp vào (mặc định auto: tự nhận dạng)",
     "encoding of the input (default auto: detect)"},
    {MsgId::opt_encoding, "như --from", "same as --from"},
    {MsgId::opt_place, "địa danh đứng trước ngày tháng", "place name written before the date"},
    {MsgId::opt_le, "đọc \"lẻ\" thay cho \"linh\" (105: một trăm lẻ năm)",
     "say \"lẻ\" instead of \"linh\" (105: một trăm lẻ năm)"},
    {MsgId::opt_ngan, "đọc \"ngàn\" thay cho \"nghìn\"", "say \"ngàn\" instead of \"nghìn\""},
    {MsgId::opt_ti, "viết \"tỉ\" thay cho \"tỷ\"", "write \"tỉ\" instead of \"tỷ\""},
    {MsgId::opt_dong, "thêm \"đồng\" và viết hoa chữ đầu (số tiền bằng chữ)",
     "append \"đồng\" and capitalise the first letter (amount in words)"},
    {MsgId::opt_nham, "đọc \"nhăm\" thay cho \"lăm\" sau \"mươi\" (25: hai mươi nhăm)",
     "say \"nhăm\" instead of \"lăm\" after \"mươi\" (25: hai mươi nhăm)"},
    {MsgId::opt_chan, "thêm \"chẵn\" sau \"đồng\"", "append \"chẵn\" after \"đồng\""},
    {MsgId::opt_hoa, "viết hoa chữ cái đầu", "capitalise the first letter"},
    // issue 9: hierarchy, plans, calendar
    {MsgId::unit_overlapping_validity, "mã đơn vị '{0}' có hai thời gian hiệu lực chồng nhau (xem dòng {1})",
     "unit code '{0}' has two overlapping validity periods (see row {1})"},
    {MsgId::unit_unknown_parent, "không có đơn vị cấp trên '{0}' của '{1}'", "no parent unit '{0}' for '{1}'"},
    {MsgId::unit_unknown_predecessor, "không có đơn vị '{0}' (trước sắp xếp) của '{1}'",
     "no predecessor unit '{0}' for '{1}'"},
    {MsgId::unit_cycle, "đơn vị '{0}' lại là cấp trên của chính nó", "unit '{0}' is its own ancestor"},
    {MsgId::plan_invalid, "kế hoạch không hợp lệ: {0}", "invalid plan: {0}"},
    {MsgId::plan_bad_deadline, "hạn nộp '{0}' không hợp lệ (cần dd/mm)", "deadline '{0}' is invalid (expected dd/mm)"},
    {MsgId::plan_unknown_level, "không có cấp '{0}' trong danh sách cấp của kế hoạch ({1})",
     "no level '{0}' among the plan's levels ({1})"},
    {MsgId::cmd_calendar_summary, "lịch báo cáo của năm: hạn nộp, ai phải nộp, ai còn thiếu",
     "the year's reporting calendar: deadlines, who reports, who is missing"},
    {MsgId::opt_plan, "tệp kế hoạch (JSON): cấp, hạn nộp, kỳ số liệu", "plan file (JSON): levels, deadlines, periods"},
    {MsgId::opt_units, "tệp danh sách đơn vị (CSV)", "units file (CSV)"},
    {MsgId::opt_submissions, "tệp CSV các báo cáo đã nhận (ma_don_vi, nam, ngay_nhan)",
     "CSV of reports received (ma_don_vi, nam, ngay_nhan)"},
    {MsgId::opt_today, "ngày tính trạng thái (YYYY-MM-DD), mặc định hôm nay",
     "date to judge by (YYYY-MM-DD), default today"},
    {MsgId::opt_scope, "mã đơn vị tổng hợp (mặc định: tất cả)", "code of the consolidating unit (default: all)"},
    {MsgId::calendar_heading, "Lịch báo cáo năm {0} - {1}", "Reporting calendar {0} - {1}"},
    {MsgId::calendar_window, "Số liệu tính từ ngày {0} đến ngày {1}.", "Figures cover {0} to {1}."},
    {MsgId::calendar_line, "{0}  {1} → {2}: {3} ({4} đơn vị: {5} đúng hạn, {6} muộn, {7} chưa nộp)",
     "{0}  {1} → {2}: {3} ({4} unit(s): {5} on time, {6} late, {7} missing)"},
    {MsgId::calendar_missing, "Chưa nộp: {0}", "Missing: {0}"},
    {MsgId::calendar_late, "Nộp muộn: {0}", "Late: {0}"},
    {MsgId::calendar_pending, "Chưa đến hạn, chưa nộp: {0} đơn vị", "Not yet due, not received: {0} unit(s)"},
    // issue 6: template engine and `baocao render`
    {MsgId::cmd_render_summary, "điền một mẫu văn bản (báo cáo, kế hoạch, công văn) bằng số liệu, ghi PDF, XLSX hoặc cây văn bản JSON",
     "fill a document template (report, plan, letter) with figures, write PDF, XLSX or the document tree as JSON"},
    {MsgId::opt_data, "tệp JSON số liệu cho mẫu (đơn vị, số liệu theo năm, chỉ tiêu, hạn nộp)",
     "JSON data for the template (units, figures by year, targets, deadlines)"},
    {MsgId::opt_db, "tệp kho số liệu SQLite (mặc định baocao.db trong thư mục hiện tại)",
     "SQLite store file (default baocao.db in the current directory)"},
    {MsgId::opt_set, "gán biến cho mẫu: tên=giá trị (dùng nhiều lần)",
     "set a template variable: name=value (repeatable)"},
    {MsgId::opt_figures, "tệp CSV số liệu của các đơn vị",
     "CSV file of the units' figures"},
    {MsgId::opt_out_file, "tệp kết quả: .pdf, .xlsx hoặc .json",
     "output file: .pdf, .xlsx or .json"},
    {MsgId::render_written, "Đã ghi {0}",
     "Wrote {0}"},
    {MsgId::render_bad_out, "tệp kết quả '{0}' phải có đuôi .pdf, .xlsx hoặc .json",
     "output '{0}' must end in .pdf, .xlsx or .json"},
    {MsgId::render_bad_set, "--set '{0}' không đúng dạng tên=giá trị",
     "--set '{0}' is not name=value"},
    {MsgId::render_db_pending, "--db chưa dùng được: kho dữ liệu (issue 5) chưa có trong bản này; dùng --data hoặc --figures",
     "--db is not available yet: the store (issue 5) is not in this build; use --data or --figures"},
    {MsgId::render_data_conflict, "chỉ dùng một nguồn số liệu: --data, --db hoặc --figures",
     "use one source of figures: --data, --db or --figures"},
    {MsgId::render_csv_needs_year, "với --figures cần năm báo cáo: --set nam=YYYY",
     "--figures needs the reporting year: --set nam=YYYY"},
    {MsgId::data_json_invalid, "tệp số liệu JSON không hợp lệ: {0}",
     "invalid JSON data file: {0}"},
    {MsgId::tpl_syntax, "lỗi cú pháp: {0}",
     "syntax error: {0}"},
    {MsgId::tpl_expected, "cần {0} nhưng gặp '{1}'",
     "expected {0} but found '{1}'"},
    {MsgId::tpl_unclosed, "'{0}' mở ở dòng {1} chưa được đóng bằng '{2}'",
     "'{0}' opened at line {1} is never closed with '{2}'"},
    {MsgId::tpl_stray, "'{0}' không có lệnh mở tương ứng",
     "'{0}' has no matching opening statement"},
    {MsgId::tpl_unknown_statement, "không có lệnh '{0}'",
     "no statement '{0}'"},
    {MsgId::tpl_statement_inline, "lệnh {% ... %} phải đứng riêng một dòng",
     "a {% ... %} statement must stand on a line of its own"},
    {MsgId::tpl_unknown_name, "biến '{0}' chưa được định nghĩa",
     "variable '{0}' is not defined"},
    {MsgId::tpl_unknown_name_hint, "biến '{0}' chưa được định nghĩa. Ý bạn là '{1}'?",
     "variable '{0}' is not defined. Did you mean '{1}'?"},
    {MsgId::tpl_unknown_function, "không có hàm '{0}'",
     "no function '{0}'"},
    {MsgId::tpl_unknown_function_hint, "không có hàm '{0}'. Ý bạn là '{1}'?",
     "no function '{0}'. Did you mean '{1}'?"},
    {MsgId::tpl_unknown_filter, "không có bộ lọc '{0}'",
     "no filter '{0}'"},
    {MsgId::tpl_unknown_filter_hint, "không có bộ lọc '{0}'. Ý bạn là '{1}'?",
     "no filter '{0}'. Did you mean '{1}'?"},
    {MsgId::tpl_unknown_macro, "không có macro '{0}'",
     "no macro '{0}'"},
    {MsgId::tpl_unknown_macro_hint, "không có macro '{0}'. Ý bạn là '{1}'?",
     "no macro '{0}'. Did you mean '{1}'?"},
    {MsgId::tpl_unknown_field, "không có trường '{0}' trong phần đầu",
     "no header field '{0}'"},
    {MsgId::tpl_unknown_field_hint, "không có trường '{0}' trong phần đầu. Ý bạn là '{1}'?",
     "no header field '{0}'. Did you mean '{1}'?"},
    {MsgId::tpl_unknown_directive, "không có chỉ thị '@{0}'",
     "no directive '@{0}'"},
    {MsgId::tpl_unknown_directive_hint, "không có chỉ thị '@{0}'. Ý bạn là '@{1}'?",
     "no directive '@{0}'. Did you mean '@{1}'?"},
    {MsgId::tpl_no_member, "'{0}' không có trường '{1}'",
     "'{0}' has no field '{1}'"},
    {MsgId::tpl_blank_value, "giá trị trống không in được; dùng bộ lọc mac_dinh(\"...\") để ghi thay",
     "a blank value cannot be printed; use the filter mac_dinh(\"...\") to say what to print"},
    {MsgId::tpl_type, "{0} cần {1}, nhận {2}",
     "{0} needs {1}, got {2}"},
    {MsgId::tpl_arg_count, "'{0}' cần {1} đối số, nhận {2}",
     "'{0}' takes {1} arguments, got {2}"},
    {MsgId::tpl_division_by_zero, "chia cho 0",
     "division by zero"},
    {MsgId::tpl_bad_date, "'{0}' không phải ngày (cần YYYY-MM-DD)",
     "'{0}' is not a date (expected YYYY-MM-DD)"},
    {MsgId::tpl_include_outside_root, "không được đọc tệp '{0}' ngoài thư mục mẫu '{1}'",
     "'{0}' is outside the template folder '{1}' and cannot be read"},
    {MsgId::tpl_include_not_found, "không tìm thấy tệp mẫu '{0}'",
     "template file '{0}' not found"},
    {MsgId::tpl_include_cycle, "tệp '{0}' tự nạp lại chính nó (vòng lặp include)",
     "'{0}' includes itself (include cycle)"},
    {MsgId::tpl_limit, "vượt giới hạn {0} = {1}",
     "limit {0} = {1} exceeded"},
    {MsgId::tpl_bad_merge, "ô gộp '{0}' không có ô nào để gộp vào",
     "merge marker '{0}' has no cell to join"},
    {MsgId::tpl_bad_width, "độ rộng cột '{0}' không phải số milimét dương",
     "column width '{0}' is not a positive number of millimetres"},
    {MsgId::tpl_missing_header, "mẫu thiếu trường '{0}' trong phần đầu",
     "the template header lacks '{0}'"},
    // issue 5: data adapters and the store
    {MsgId::xlsx_empty_file, "tệp rỗng (0 byte), không phải bảng tính XLSX",
     "the file is empty (0 bytes), not an XLSX workbook"},
    {MsgId::xlsx_is_pdf, "đây là tệp PDF bị đổi đuôi, không phải bảng tính XLSX",
     "this is a PDF file renamed, not an XLSX workbook"},
    {MsgId::xlsx_not_zip, "không phải bảng tính XLSX (không phải kho nén ZIP)",
     "not an XLSX workbook (not a ZIP archive)"},
    {MsgId::xlsx_damaged, "tệp XLSX bị hỏng hoặc bị cắt cụt: {0}",
     "the XLSX file is damaged or truncated: {0}"},
    {MsgId::xlsx_missing_part, "thiếu phần '{0}' trong tệp XLSX",
     "part '{0}' is missing from the XLSX file"},
    {MsgId::xlsx_too_large, "dữ liệu giải nén vượt quá giới hạn {0} byte (--max-xlsx-bytes); có thể là bom nén, từ chối",
     "inflated data exceeds the limit of {0} bytes (--max-xlsx-bytes); possibly a zip bomb, refused"},
    {MsgId::xlsx_ratio_too_high, "phần '{0}' nén với tỉ lệ trên {1}:1 (--max-xlsx-ratio); có thể là bom nén, từ chối",
     "part '{0}' is compressed more than {1}:1 (--max-xlsx-ratio); possibly a zip bomb, refused"},
    {MsgId::xlsx_too_many_entries, "kho nén có {0} phần, vượt giới hạn {1} (--max-xlsx-entries)",
     "the archive has {0} entries, above the limit of {1} (--max-xlsx-entries)"},
    {MsgId::xlsx_too_many_cells, "bảng tính có hơn {0} ô (--max-xlsx-cells)",
     "the workbook has more than {0} cells (--max-xlsx-cells)"},
    {MsgId::xlsx_path_traversal, "phần '{0}' có đường dẫn ra ngoài kho nén (../ hoặc đường dẫn tuyệt đối); từ chối",
     "entry '{0}' has a path outside the archive (../ or absolute); refused"},
    {MsgId::xlsx_dtd_refused, "phần '{0}' có khai báo DTD (<!DOCTYPE); bảng tính thật không có, từ chối để tránh tấn công thực thể XML",
     "part '{0}' declares a DTD (<!DOCTYPE); real workbooks never do, refused to prevent XML entity attacks"},
    {MsgId::xlsx_bad_xml, "phần '{0}' không phải XML hợp lệ: {1}",
     "part '{0}' is not valid XML: {1}"},
    {MsgId::xlsx_no_sheet, "không có sheet '{0}' (các sheet: {1})",
     "no sheet '{0}' (sheets: {1})"},
    {MsgId::map_invalid, "tệp ánh xạ '{0}' không hợp lệ: {1}",
     "mapping file '{0}' is invalid: {1}"},
    {MsgId::map_header_not_found, "không tìm thấy cột tiêu đề '{0}' ở các dòng tiêu đề {1}",
     "no column headed '{0}' in header rows {1}"},
    {MsgId::data_unknown_unit, "mã đơn vị '{0}' không có trong danh mục đơn vị hành chính",
     "unit code '{0}' is not in the list of administrative units"},
    {MsgId::data_missing_indicator, "đơn vị '{0}' chưa điền chỉ số bắt buộc '{1}'",
     "unit '{0}' has not filled in the required indicator '{1}'"},
    {MsgId::data_period_mismatch, "năm báo cáo ghi trong tệp là {0}, khác kỳ đang nhập {1}",
     "the file reports year {0}, not the period being imported ({1})"},
    {MsgId::data_period_required, "cần chỉ rõ kỳ báo cáo: --period YYYY",
     "the reporting period is needed: --period YYYY"},
    {MsgId::import_done, "{0}: đã nhập {1} đơn vị ({2} mới, {3} thay thế bản nộp trước)",
     "{0}: imported {1} units ({2} new, {3} superseding an earlier submission)"},
    {MsgId::import_would, "{0}: sẽ nhập {1} đơn vị ({2} mới, {3} thay thế bản nộp trước); chạy thử, chưa ghi gì",
     "{0}: would import {1} units ({2} new, {3} superseding an earlier submission); dry run, nothing written"},
    {MsgId::import_unchanged, "{0}: tệp này đã được nhập trước đó (cùng SHA-256), không có gì thay đổi",
     "{0}: this file was already imported (same SHA-256), nothing changes"},
    {MsgId::import_targets_done, "{0}: đã nhập {1} chỉ tiêu",
     "{0}: imported {1} targets"},
    {MsgId::import_targets_would, "{0}: sẽ nhập {1} chỉ tiêu; chạy thử, chưa ghi gì",
     "{0}: would import {1} targets; dry run, nothing written"},
    {MsgId::import_file_rejected, "{0}: có {1} lỗi, không ghi gì vào kho số liệu",
     "{0}: {1} problems, nothing written to the store"},
    {MsgId::import_errors_written, "Đã ghi danh sách lỗi vào {0}",
     "Wrote the list of problems to {0}"},
    {MsgId::store_failed, "lỗi kho số liệu '{0}': {1}",
     "store '{0}' failed: {1}"},
    {MsgId::store_schema_too_new, "kho số liệu có lược đồ phiên bản {0}, mới hơn phiên bản {1} mà chương trình này biết",
     "the store's schema is version {0}, newer than version {1} this program knows"},
    {MsgId::cmd_import_summary, "nhập số liệu của các đơn vị (XLSX, CSV) vào kho số liệu, kiểm tra mọi lỗi",
     "import the units' figures (XLSX, CSV) into the store, checking every problem"},
    {MsgId::cmd_status_summary, "tình hình nộp số liệu của một kỳ: đã nộp, chưa nộp, nộp muộn",
     "submissions for a period: who submitted, who is missing, who was late"},
    {MsgId::opt_pg, "kho số liệu PostgreSQL (URI dạng postgresql://người-dùng@máy:cổng/csdl)",
     "PostgreSQL store (URI like postgresql://user@host:port/db)"},
    {MsgId::opt_period, "kỳ báo cáo (năm, YYYY)",
     "reporting period (year, YYYY)"},
    {MsgId::opt_mapping, "tệp ánh xạ JSON của biểu mẫu (sheet, dòng tiêu đề, cột)",
     "JSON mapping of the form (sheet, header rows, columns)"},
    {MsgId::opt_dry_run, "chỉ kiểm tra và cho biết sẽ thay đổi gì, không ghi",
     "only check and show what would change, write nothing"},
    {MsgId::opt_errors_out, "ghi danh sách lỗi ra bảng tính XLSX để gửi lại đơn vị",
     "write the list of problems to an XLSX workbook to send back to the unit"},
    {MsgId::opt_deadline, "hạn nộp (YYYY-MM-DD); nộp sau hạn là nộp muộn",
     "deadline (YYYY-MM-DD); submissions after it are late"},
    {MsgId::opt_xlsx_limit, "giới hạn an toàn khi đọc XLSX (xem data-adapters/xlsx/xlsx_limits.hpp)",
     "safety limit for reading XLSX (see data-adapters/xlsx/xlsx_limits.hpp)"},
    {MsgId::status_summary_line, "Kỳ {0}: {1}/{2} đơn vị đã nộp, {3} chưa nộp, {4} nộp muộn",
     "Period {0}: {1}/{2} units submitted, {3} missing, {4} late"},
    {MsgId::status_submitted_heading, "Đã nộp:",
     "Submitted:"},
    {MsgId::status_missing_heading, "Chưa nộp:",
     "Missing:"},
    {MsgId::status_late_heading, "Nộp muộn (sau hạn {0}):",
     "Late (after {0}):"},
    {MsgId::status_unit_line, "  {0} {1}: {2}, lúc {3}",
     "  {0} {1}: {2}, at {3}"},
    {MsgId::status_missing_line, "  {0} {1}",
     "  {0} {1}"},
    {MsgId::status_nothing, "Kỳ {0}: chưa có đơn vị nào nộp số liệu",
     "Period {0}: no unit has submitted figures yet"},
    {MsgId::errors_sheet_name, "Lỗi",
     "Problems"},
    {MsgId::errors_col_file, "Tệp",
     "File"},
    {MsgId::errors_col_sheet, "Sheet",
     "Sheet"},
    {MsgId::errors_col_cell, "Ô / dòng",
     "Cell / row"},
    {MsgId::errors_col_problem, "Lỗi cần sửa",
     "Problem to fix"},
    {MsgId::errors_col_full, "Thông báo đầy đủ",
     "Full message"},
    {MsgId::data_missing_unit_code, "dòng có số liệu nhưng thiếu mã đơn vị",
     "a row with figures has no unit code"},
    {MsgId::map_none_fits, "không có tệp ánh xạ nào khớp với tệp này (các sheet: {0}); chỉ rõ bằng --mapping TỆP.json",
     "no mapping fits this file (sheets: {0}); name one with --mapping FILE.json"},
    {MsgId::import_units_done, "{0}: đã nạp {1} đơn vị hành chính",
     "{0}: loaded {1} administrative units"},
    // report: expected units, receipts, previous year
    {MsgId::opt_previous, "tệp CSV số liệu năm trước, để so sánh", "CSV of the previous year's figures, for comparison"},
};

static_assert(std::size(kCatalogue) == static_cast<std::size_t>(MsgId::count_),
              "every MsgId needs exactly one catalogue entry");

constexpr bool catalogue_in_enum_order() {
  for (std::size_t i = 0; i < std::size(kCatalogue); ++i)
    if (static_cast<std::size_t>(kCatalogue[i].id) != i) return false;
  return true;
}
static_assert(catalogue_in_enum_order(), "catalogue entries must follow the MsgId order");

std::string substitute(std::string_view pattern, const std::vector<std::string>& args) {
  std::string out;
  out.reserve(pattern.size() + 32);
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{') {
      std::size_t close = pattern.find('}', i);
      if (close != std::string_view::npos && close > i + 1) {
        std::size_t n = 0;
        bool digits = true;
        for (std::size_t k = i + 1; k < close; ++k) {
          if (pattern[k] < '0' || pattern[k] > '9') {
            digits = false;
            break;
          }
          n = n * 10 + static_cast<std::size_t>(pattern[k] - '0');
        }
        if (digits && n < args.size()) {
          out += args[n];
          i = close;
          continue;
        }
      }
    }
    out += pattern[i];
  }
  return out;
}

}  // namespace

Lang parse_lang(std::string_view name) {
  if (name == "vi") return Lang::vi;
  if (name == "en") return Lang::en;
  fail(ErrorFamily::usage, MsgId::app_unknown_lang, {std::string(name)});
}

std::string message(Lang lang, MsgId id, const std::vector<std::string>& args) {
  const Entry& e = kCatalogue[static_cast<std::size_t>(id)];
  return substitute(lang == Lang::vi ? e.vi : e.en, args);
}

}  // namespace baocao
