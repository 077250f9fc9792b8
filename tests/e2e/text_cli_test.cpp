// `baocao text` as clerks and scripts call it: real files in each encoding,
// exit statuses, messages in Vietnamese by default.
#include <gtest/gtest.h>

#include "tests/support/process.hpp"

namespace baocao::test {
namespace {

Result baocao(const std::string& args) {
  return run(sh_quote(baocao_exe()) + " " + args);
}

const std::string kText = "Ủy ban nhân dân xã Mỹ Lộc báo cáo kết quả xây dựng xã hội học tập năm 2025.\n";

TEST(TextCli, DecodesAFileInEachEncodingByAutoDetection) {
  TempDir dir;
  // Bytes produced by glibc iconv, not by our encoders.
  write_file(dir / "utf8.txt", kText);
  for (auto [name, iconv_name] : {std::pair{"tcvn3", "TCVN5712-1"}, std::pair{"cp1258", "WINDOWS-1258"}}) {
    auto conv = run("printf %s " + sh_quote(kText) + " | iconv -f UTF-8 -t " + iconv_name + " > " +
                    sh_quote((dir / (std::string(name) + ".txt")).string()));
    ASSERT_EQ(conv.status, 0) << conv.err;
  }
  for (std::string name : {"utf8", "tcvn3", "cp1258"}) {
    std::string file = (dir / (name + ".txt")).string();
    Result r = baocao("text decode " + sh_quote(file));
    EXPECT_EQ(r.status, 0) << name << r.err;
    EXPECT_EQ(r.out, kText) << name;
    EXPECT_NE(r.err.find("nhận dạng bảng mã " + name), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("cảnh báo"), std::string::npos) << r.err;
    Result forced = baocao("text decode " + sh_quote(file) + " --from " + name);
    EXPECT_EQ(forced.out, kText) << name;
  }
}

TEST(TextCli, DecodesUtf16WithBom) {
  TempDir dir;
  std::string file = (dir / "utf16.txt").string();
  auto conv = run("printf %s " + sh_quote(kText) + " | iconv -f UTF-8 -t UTF-16 > " + sh_quote(file));
  ASSERT_EQ(conv.status, 0) << conv.err;
  Result r = baocao("text decode " + sh_quote(file));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, kText);
  EXPECT_NE(r.err.find("utf16"), std::string::npos) << r.err;
}

TEST(TextCli, DecodesVniAndViqrFromStdin) {
  Result vni = run("printf 'Vie\\344t Nam' | " + sh_quote(baocao_exe()) + " text decode - --from vni");
  EXPECT_EQ(vni.status, 0) << vni.err;
  EXPECT_EQ(vni.out, "Việt Nam");
  Result viqr = run("printf '%s' 'Vie^.t Nam' | " + sh_quote(baocao_exe()) + " text decode");
  EXPECT_EQ(viqr.out, "Việt Nam");
  // NFD in, NFC out: the bytes of the precomposed form.
  Result nfd =
      run("printf 'Vie\\314\\243\\314\\202t' | " + sh_quote(baocao_exe()) + " text decode --from utf8");
  EXPECT_EQ(nfd.out, "Vi\xE1\xBB\x87t");
}

TEST(TextCli, AmbiguousInputWarnsNamingTheFile) {
  TempDir dir;
  write_file(dir / "ngan.txt", "\xE0");
  std::string file = (dir / "ngan.txt").string();
  Result r = baocao("text decode " + sh_quote(file));
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.err.find("cảnh báo: " + file + ": không chắc chắn về bảng mã"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("--encoding"), std::string::npos) << r.err;
  Result en = baocao("--lang en text decode " + sh_quote(file));
  EXPECT_NE(en.err.find("warning: " + file + ": the encoding is uncertain"), std::string::npos) << en.err;
  // --encoding settles it.
  Result fixed = baocao("text decode " + sh_quote(file) + " --encoding tcvn3");
  EXPECT_EQ(fixed.out, "Ổ");  // TCVN 5712 byte 0xE0
  EXPECT_EQ(fixed.err, "");
}

TEST(TextCli, BadInputIsNamedNeverReplaced) {
  TempDir dir;
  write_file(dir / "hong.txt", "Hà N\xFFi");
  std::string file = (dir / "hong.txt").string();
  Result r = baocao("text decode " + sh_quote(file) + " --from utf8");
  EXPECT_EQ(r.status, 3);
  EXPECT_NE(r.err.find(file + ", byte 5"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "");
  Result vni = run("printf 'ab\\371' | " + sh_quote(baocao_exe()) + " text decode --from vni");
  EXPECT_EQ(vni.status, 3);
  EXPECT_NE(vni.err.find("byte 0xF9 ở vị trí 2"), std::string::npos) << vni.err;
  Result unknown = baocao("text decode x.txt --from latin1");
  EXPECT_EQ(unknown.status, 2);
  EXPECT_NE(
      unknown.err.find("không biết bảng mã 'latin1'; các bảng mã được hỗ trợ: auto, utf8, utf16, cp1258, "
                       "tcvn3, tcvn3-caps, vni, viqr"),
      std::string::npos)
      << unknown.err;
  Result missing = baocao("text decode /khong/co.txt");
  EXPECT_EQ(missing.status, 3);
}

TEST(TextCli, AmountsInWords) {
  EXPECT_EQ(baocao("text words 1000050").out, "một triệu không trăm năm mươi\n");
  EXPECT_EQ(baocao("text words 105 --le").out, "một trăm lẻ năm\n");
  EXPECT_EQ(baocao("text words 1.500.000 --ngan --dong").out, "Một triệu năm trăm ngàn đồng\n");
  EXPECT_EQ(baocao("text words 3000000000 --ti").out, "ba tỉ\n");
  EXPECT_EQ(baocao("text words 25 --nham").out, "hai mươi nhăm\n");
  EXPECT_EQ(baocao("text words 5000000 --dong --chan").out, "Năm triệu đồng chẵn\n");
  EXPECT_EQ(baocao("text words --le -- -105").out, "âm một trăm lẻ năm\n");
  // A negative number needs no "--": it is not an option.
  EXPECT_EQ(baocao("text words -105 --le").out, "âm một trăm lẻ năm\n");
  EXPECT_EQ(baocao("text words -1000000 --dong").out, "Âm một triệu đồng\n");
  Result bad = baocao("text words 12,5a");
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("'12,5a' không phải số nguyên"), std::string::npos) << bad.err;
  Result big = baocao("text words 1000000000000000001");
  EXPECT_EQ(big.status, 2);
  EXPECT_NE(big.err.find("ngoài khoảng"), std::string::npos) << big.err;
}

TEST(TextCli, DateSortSlug) {
  EXPECT_EQ(baocao("text date 2025-02-05 --place 'Nam Định'").out, "Nam Định, ngày 05 tháng 02 năm 2025\n");
  EXPECT_EQ(baocao("text date 2022-11-07 --place 'Mỹ Lộc'").out, "Mỹ Lộc, ngày 07 tháng 11 năm 2022\n");
  EXPECT_EQ(baocao("text date 2025-02-30 --place X").status, 2);
  Result no_place = baocao("text date 2025-02-05");
  EXPECT_EQ(no_place.status, 2);
  EXPECT_NE(no_place.err.find("thiếu tùy chọn bắt buộc --place"), std::string::npos) << no_place.err;
  Result sorted = run("printf 'Đông Anh\\nDương Kinh\\nÂu Cơ\\nĂn Sáng\\nAn Lão\\n' | " +
                      sh_quote(baocao_exe()) + " text sort");
  EXPECT_EQ(sorted.status, 0) << sorted.err;
  EXPECT_EQ(sorted.out, "An Lão\nĂn Sáng\nÂu Cơ\nDương Kinh\nĐông Anh\n");
  EXPECT_EQ(baocao("text slug 'Báo cáo năm 2025 – UBND xã Mỹ Lộc'").out, "bao-cao-nam-2025-ubnd-xa-my-loc\n");
  Result unknown = baocao("text doc");
  EXPECT_EQ(unknown.status, 2);
  EXPECT_NE(unknown.err.find("không có lệnh 'text doc'"), std::string::npos) << unknown.err;
  Result help = baocao("--help");
  EXPECT_NE(help.out.find("text"), std::string::npos);
}

}  // namespace
}  // namespace baocao::test
