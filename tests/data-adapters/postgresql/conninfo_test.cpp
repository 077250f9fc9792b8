// Connection strings parsed once: what libpq gets and what is shown come
// from the same parse, and what is shown never holds the password.
#include "data-adapters/postgresql/conninfo.hpp"

#include <gtest/gtest.h>

#include "engine/core/diagnostic.hpp"

namespace baocao::store {
namespace {

TEST(ConnInfo, UriWithPercentEncodedPasswordIsDecoded) {
  ConnInfo c = parse_conninfo("postgresql://thu_ky:a%20b%27c@db.so-gd.vn:5433/bao_cao?sslmode=require");
  EXPECT_TRUE(c.uri);
  EXPECT_EQ(c.get("user"), "thu_ky");
  EXPECT_EQ(c.get("password"), "a b'c");
  EXPECT_EQ(c.get("host"), "db.so-gd.vn");
  EXPECT_EQ(c.get("port"), "5433");
  EXPECT_EQ(c.get("dbname"), "bao_cao");
  EXPECT_EQ(c.get("sslmode"), "require");
  EXPECT_EQ(c.redacted(), "postgresql://thu_ky:***@db.so-gd.vn:5433/bao_cao?sslmode=require");
}

TEST(ConnInfo, RawSpecialCharactersInThePasswordStayInThePassword) {
  // '@', '/', '!' and brackets typed as they are: the user part ends at the
  // last '@', so none of it is taken for the host or the database.
  for (const std::string pw : {"p@ss/w!rd", "[sec]ret", "a/b@c", "x!y#z"}) {
    ConnInfo c = parse_conninfo("postgresql://u:" + pw + "@localhost:1/db");
    EXPECT_EQ(c.get("password"), pw);
    EXPECT_EQ(c.get("host"), "localhost");
    EXPECT_EQ(c.get("dbname"), "db");
    EXPECT_EQ(c.redacted(), "postgresql://u:***@localhost:1/db");
    EXPECT_EQ(redact_conninfo("postgresql://u:" + pw + "@localhost:1/db").find(pw), std::string::npos);
  }
}

TEST(ConnInfo, KeywordFormQuotedAndEscaped) {
  ConnInfo c = parse_conninfo("host=db port = 5432 password='se cret\\'s' dbname=so user=a\\ b");
  EXPECT_FALSE(c.uri);
  EXPECT_EQ(c.get("password"), "se cret's");
  EXPECT_EQ(c.get("port"), "5432");
  EXPECT_EQ(c.get("user"), "a b");
  EXPECT_EQ(c.redacted(), "host=db port=5432 password=*** dbname=so user='a b'");
  EXPECT_EQ(parse_conninfo("host=db user=password").redacted(), "host=db user=password");
}

TEST(ConnInfo, IPv6HostsAndSeveralHosts) {
  ConnInfo c = parse_conninfo("postgresql://u@[::1]:5432,db2:5433/so");
  EXPECT_EQ(c.get("host"), "::1,db2");
  EXPECT_EQ(c.get("port"), "5432,5433");
  EXPECT_EQ(c.redacted(), "postgresql://u@[::1]:5432,db2:5433/so");
}

// Every refusal names no part of the string: any of it may be the password.
void expect_refused(const std::string& s, MsgId id) {
  try {
    parse_conninfo(s);
    FAIL() << "accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.family(), ErrorFamily::usage);
    ASSERT_EQ(e.diagnostics().size(), 1u);
    EXPECT_EQ(e.diagnostics()[0].id, id);
    for (Lang lang : {Lang::vi, Lang::en})
      EXPECT_EQ(e.render(lang).find("secret"), std::string::npos) << e.render(lang);
  }
}

TEST(ConnInfo, RefusalsQuoteNothing) {
  expect_refused("u:secret@localhost/db", MsgId::pg_conn_invalid);           // a URI without its scheme
  expect_refused("host=x password=se cret", MsgId::pg_conn_invalid);         // "cret" has no '='
  expect_refused("host=x password='secret", MsgId::pg_conn_unterminated_quote);
  expect_refused("postgresql://u:secret%2@h/db", MsgId::pg_conn_bad_escape);
  expect_refused("postgresql://u:secret%00@h/db", MsgId::pg_conn_bad_escape);
  expect_refused("postgresql://u:secret@h:5x/db", MsgId::pg_conn_invalid);
  EXPECT_EQ(redact_conninfo("u:secret@localhost/db").find("secret"), std::string::npos);
}

TEST(ConnInfo, UnknownKeywordIsNamed) {
  expect_refused("host=x colour=blue", MsgId::pg_conn_unknown_key);
  expect_refused("postgresql://h/db?colour=blue", MsgId::pg_conn_unknown_key);
}

}  // namespace
}  // namespace baocao::store
