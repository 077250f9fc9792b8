// The document tree's JSON form: valid JSON (read back by Python's json, a
// parser nobody here wrote), strings escaped, keys in a fixed order.
#include "engine/document/document_json.hpp"

#include <gtest/gtest.h>

#include "tests/support/process.hpp"

namespace baocao::test {
namespace {

doc::Document tricky() {
  doc::Document d;
  d.header.issuing_body = "SỞ \"GIÁO DỤC\"\\ĐÀO TẠO";
  d.header.date = {2025, 2, 5};
  d.body.push_back(doc::Paragraph{{{"dòng\nhai\ttab\x01", true, false}}, doc::Align::center, false});
  doc::Table t;
  t.id = "bang-1";
  t.column_widths_mm = {9.5, 40};
  doc::Cell c;
  c.content = {{"72,5%", false, false}};
  c.value = 72.5;
  c.kind = doc::ValueKind::percent;
  c.align = doc::Align::right;
  c.col_span = 2;
  t.body_rows.push_back(doc::Row{{c}});
  d.body.push_back(t);
  d.appendices.push_back(doc::Appendix{{"Phụ lục"}, true, {doc::PageBreak{}}});
  return d;
}

TEST(DocumentJson, PythonReadsItBackWithTheSameValues) {
  TempDir dir;
  std::string json = doc::to_json(tricky());
  EXPECT_EQ(json, doc::to_json(tricky()));  // same tree, same bytes
  write_file(dir / "d.json", json);
  write_file(
      dir / "check.py",
      "import json,sys\n"
      "d=json.load(open(sys.argv[1],encoding='utf-8'))\n"
      "assert d['header']['issuing_body']=='SỞ \"GIÁO DỤC\"\\\\ĐÀO TẠO', d['header']\n"
      "assert d['header']['date']=='2025-02-05'\n"
      "p=d['body'][0]; assert p['spans'][0]=={'text':'dòng\\nhai\\ttab\\x01','bold':True}, p\n"
      "c=d['body'][1]['body_rows'][0][0]\n"
      "assert c=={'content':[{'text':'72,5%'}],'value':72.5,'kind':'percent','align':'right','col_span':2}, "
      "c\n"
      "assert d['body'][1]['column_widths_mm']==[9.5,40]\n"
      "assert d['appendices'][0]['landscape'] is True and "
      "d['appendices'][0]['blocks']==[{'type':'page_break'}]\n"
      "assert list(d.keys())==['meta','style','header','body','recipients','signature','appendices']\n"
      "print('ok')\n");
  Result r = run("/usr/bin/python3 " + sh_quote((dir / "check.py").string()) + " " +
                 sh_quote((dir / "d.json").string()));
  EXPECT_EQ(r.status, 0) << r.err << json;
  EXPECT_EQ(r.out, "ok\n");
}

}  // namespace
}  // namespace baocao::test
