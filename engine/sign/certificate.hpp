// What baocao reads from an X.509 certificate: the names a clerk knows the
// signer by, its fingerprint, and whether it is valid at signing time.
#pragma once

#include <string>
#include <vector>

#include "engine/sign/ossl_handles.hpp"

namespace baocao::sign {

// The certificate subject's commonName (UTF-8), or the whole subject line.
std::string common_name(const X509* cert);

// The subject's organizationName (UTF-8), empty when there is none.
std::string organization(const X509* cert);

// The certificate's SHA-256 fingerprint (of its DER), lower-case hex: what
// `run --sign` records to know a PDF was signed with the same certificate.
std::string cert_sha256(const X509* cert);

// The serial number in hex, as certificate viewers show it.
std::string serial_hex(const X509* cert);

// An ASN.1 time as "dd/mm/yyyy HH:MM:SS" Vietnam time ("?" when unreadable).
std::string vietnam_time_text(const ASN1_TIME* t);

// notBefore / notAfter as "dd/mm/yyyy HH:MM:SS" Vietnam time.
std::string not_before_text(const X509* cert);
std::string not_after_text(const X509* cert);

enum class Validity { valid, expired, not_yet_valid };
// The certificate's validity at `unix_seconds`.
Validity validity_at(const X509* cert, long long unix_seconds);

// DER and PEM of a certificate; a certificate from DER or PEM bytes (null
// when the bytes are neither).
std::string to_der(const X509* cert);
std::string to_pem(const X509* cert);
X509Ptr x509_from_bytes(std::string_view bytes);

// Every certificate of a PEM file (a chain, trust anchors). Throws
// Error(input, sign_credentials_unreadable) naming the file when it holds none.
std::vector<X509Ptr> read_pem_certificates(const std::string& file);

}  // namespace baocao::sign
