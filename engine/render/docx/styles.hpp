// The named paragraph styles of the DOCX: one per ND30 element, named as a
// clerk calls it ("ND30 Nội dung", "ND30 Tiêu đề", "ND30 Nơi nhận", ...), so
// Word's style list shows what each paragraph is and text typed into one
// keeps its format. Sizes, spacing and indents are those the PDF is set with.
#pragma once

#include <string>

#include "engine/layout/page_setup.hpp"

namespace baocao::render::docx {

// Style ids (ASCII; the names Word shows are in styles.cpp).
namespace style {
inline constexpr const char* kBody = "ND30NoiDung";
inline constexpr const char* kListItem = "ND30GachDauDong";
inline constexpr const char* kHeading[4] = {"ND30DeMuc1", "ND30DeMuc2", "ND30DeMuc3", "ND30DeMuc4"};
inline constexpr const char* kNationalTitle = "ND30QuocHieu";
inline constexpr const char* kMotto = "ND30TieuNgu";
inline constexpr const char* kGoverningBody = "ND30CoQuanChuQuan";
inline constexpr const char* kIssuingBody = "ND30CoQuanBanHanh";
inline constexpr const char* kNumber = "ND30SoKyHieu";
inline constexpr const char* kPlaceDate = "ND30DiaDanhNgay";
inline constexpr const char* kDocType = "ND30TieuDe";
inline constexpr const char* kSummary = "ND30TrichYeu";
inline constexpr const char* kLetterSummary = "ND30TrichYeuCongVan";
inline constexpr const char* kRecipientsTitle = "ND30NoiNhan";
inline constexpr const char* kRecipient = "ND30NoiNhanMuc";
inline constexpr const char* kAuthority = "ND30QuyenHan";
inline constexpr const char* kSigner = "ND30NguoiKy";
inline constexpr const char* kAppendixTitle = "ND30PhuLuc";
inline constexpr const char* kCaption = "ND30TenBang";
inline constexpr const char* kTable = "ND30Bang";
inline constexpr const char* kAppendixTable = "ND30BangPhuLuc";
inline constexpr const char* kPageNumber = "ND30SoTrang";
inline constexpr const char* kRule = "ND30DuongKe";
}  // namespace style

// Line height of the ND30 blocks set line by line (header, closing, titles),
// as a multiple of the type size: the PDF's.
inline constexpr double kBlockLeading = 1.15;
// The gap between a line of text and the rule drawn under it (points).
inline constexpr double kRuleGap = 3;

// word/styles.xml for a document set with `s`.
std::string styles_xml(const layout::PageSetup& s);

}  // namespace baocao::render::docx
