#include "data-adapters/csv/csv_reader.hpp"

#include <gtest/gtest.h>
#include <sys/resource.h>

#include <filesystem>
#include <fstream>

#include "engine/core/diagnostic.hpp"
#include "tests/support/process.hpp"

namespace baocao::csv {
namespace {

namespace fs = std::filesystem;

TEST(Csv, SniffsDelimiters) {
  EXPECT_EQ(sniff_delimiter("a,b,c"), ',');
  EXPECT_EQ(sniff_delimiter("a;b;c"), ';');
  EXPECT_EQ(sniff_delimiter("a\tb\tc"), '\t');
  EXPECT_EQ(sniff_delimiter("\"a;b\",c,d"), ',');  // quoted delimiters do not count
}

TEST(Csv, Rfc4180QuotesBomCrlfAndNfc) {
  std::string bytes =
      "\xEF\xBB\xBFma;ten\r\n1;\"Xã \"\"A\"\"; mới\"\r\n\r\n2;\"dòng\nhai\"\r\n3;Vie\xCC\xA3\xCC\x82t\r\n";
  CsvTable t = parse_csv(bytes, "x.csv");
  EXPECT_EQ(t.delimiter, ';');
  ASSERT_EQ(t.rows.size(), 4u);
  EXPECT_EQ(t.rows[0].cells, (std::vector<std::string>{"ma", "ten"}));
  EXPECT_EQ(t.rows[1].cells[1], "Xã \"A\"; mới");
  EXPECT_EQ(t.rows[2].cells[1], "dòng\nhai");
  EXPECT_EQ(t.rows[2].line, 4);
  EXPECT_EQ(t.rows[3].line, 6);  // line numbers count the line break inside the quote
  EXPECT_EQ(t.rows[3].cells[1], "Việt");
}

TEST(Csv, UnterminatedQuoteNamesFileAndLine) {
  try {
    parse_csv("a,b\n1,\"open\n2,3\n", "x.csv");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.render(Lang::vi), "x.csv, dòng 2: dấu ngoặc kép mở nhưng không đóng");
  }
}

TEST(Csv, InvalidUtf8NamesFileAndByte) {
  try {
    parse_csv(
        "\xEF\xBB\xBF"
        "a,b\n1,\xC3\n",
        "x.csv");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.family(), ErrorFamily::input);
    EXPECT_EQ(e.diagnostics()[0].where.offset, 9);  // counted in the file, BOM included
  }
}

TEST(Csv, MissingFile) {
  try {
    read_csv("/nonexistent/so-lieu.csv");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.render(Lang::en), "file '/nonexistent/so-lieu.csv' not found");
  }
}

}  // namespace
}  // namespace baocao::csv

// Encodings through the text layer: files exported from old office software.
namespace baocao::csv {
namespace {

TEST(CsvEncodings, Tcvn3AndUtf16FilesReadAsUnicode) {
  baocao::test::TempDir dir;
  std::string utf8 = "ma_don_vi;ten_don_vi\n13285;Phường Phủ Lý\n";
  baocao::test::write_file(dir / "u8.csv", utf8);
  for (const char* enc : {"TCVN5712-1", "UTF-16"}) {
    std::string name = std::string(enc) + ".csv";
    auto r = baocao::test::run("iconv -t " + std::string(enc) + " " +
                               baocao::test::sh_quote((dir / "u8.csv").string()) + " > " +
                               baocao::test::sh_quote((dir / name).string()));
    ASSERT_EQ(r.status, 0) << r.err;
    CsvTable t = read_csv((dir / name).string());
    ASSERT_EQ(t.rows.size(), 2u) << enc;
    EXPECT_EQ(t.delimiter, ';');
    EXPECT_EQ(t.rows[1].cells.at(1), "Phường Phủ Lý") << enc;
  }
}

// a record longer than the limit is refused naming the file and
// the line where it starts, whether the length is in one field, one quoted
// multi-line field, or many cells; the limit is a parameter (the flag
// --max-csv-line-bytes sets it).
TEST(CsvLimits, LongRecordRefusedWithFileAndLine) {
  CsvLimits small;
  small.max_line_bytes = 16;
  EXPECT_EQ(parse_csv("a,b\n1,2\n", "x.csv", small).rows.size(), 2u);
  for (std::string text :
       {std::string("a,b\n1,") + std::string(40, 'x') + "\n",
        std::string("a,b\n1,\"") + std::string(10, 'x') + "\n" + std::string(10, 'y') + "\"\n",
        std::string("a,b\n") + std::string(30, ',') + "\n"}) {
    try {
      parse_csv(text, "x.csv", small);
      ADD_FAILURE() << "accepted: " << text;
    } catch (const Error& e) {
      EXPECT_EQ(e.diagnostics().at(0).id, MsgId::csv_line_too_long);
      EXPECT_EQ(e.render(Lang::en),
                "x.csv, row 2: line longer than 16 bytes (damaged or not a CSV file; change the limit with "
                "--max-csv-line-bytes)");
    }
  }
  CsvLimits wide;
  wide.max_line_bytes = 64;
  EXPECT_EQ(parse_csv(std::string("a,b\n1,") + std::string(40, 'x') + "\n", "x.csv", wide).rows.size(), 2u);
}

// A 200 MB file of one line (a damaged export, or an attack) is refused
// after the first MiB: the reader streams and never holds the file.
TEST(CsvLimits, TwoHundredMegabyteSingleLineRefusedWithBoundedMemory) {
  test::TempDir dir;
  fs::path big = dir / "mot-dong.csv";
  {
    std::ofstream out(big, std::ios::binary);
    std::string block(1 << 20, 'x');
    for (int i = 0; i < 200; ++i) out.write(block.data(), static_cast<std::streamsize>(block.size()));
  }
  ASSERT_EQ(fs::file_size(big), 200u << 20);
  rusage before{};
  getrusage(RUSAGE_SELF, &before);
  try {
    read_csv(big.string());
    FAIL() << "accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.family(), ErrorFamily::input);
    EXPECT_EQ(e.render(Lang::vi),
              big.string() +
                  ", dòng 1: dòng dài quá 1048576 byte (tệp bị hỏng hoặc không phải CSV; đổi "
                  "giới hạn bằng --max-csv-line-bytes)");
  }
  rusage after{};
  getrusage(RUSAGE_SELF, &after);
  // ru_maxrss is the peak in KiB: reading the file whole would add 200 MB.
  EXPECT_LT(after.ru_maxrss - before.ru_maxrss, 64 * 1024);
}

}  // namespace
}  // namespace baocao::csv
