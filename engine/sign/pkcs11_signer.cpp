// See pkcs11_signer.hpp. The URI is parsed by p11-kit (the reference
// implementation of RFC 7512: percent-encoding, token/slot attributes,
// object attributes as CK_ATTRIBUTEs ready for C_FindObjectsInit).
#include "engine/sign/pkcs11_signer.hpp"

#include <openssl/crypto.h>
#include <openssl/rsa.h>
#include <p11-kit/uri.h>

#include <mutex>

#include "engine/core/diagnostic.hpp"
#include "engine/sign/certificate.hpp"
#include "engine/sign/pkcs11.hpp"

namespace baocao::sign {

namespace {

struct UriDeleter {
  void operator()(P11KitUri* u) const { p11_kit_uri_free(u); }
};
using UriPtr = std::unique_ptr<P11KitUri, UriDeleter>;

// DER DigestInfo prefix of SHA-256 (RFC 8017, 9.2 note 1): CKM_RSA_PKCS
// pads what it is given, so the algorithm identifier goes in front.
constexpr unsigned char kSha256DigestInfo[] = {0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01,
                                               0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20};

class Pkcs11Signer : public Signer {
 public:
  ~Pkcs11Signer() override { OPENSSL_cleanse(context_pin_.data(), context_pin_.size()); }

  std::string sign_digest(std::string_view digest) const override {
    std::lock_guard<std::mutex> lock(mutex_);  // one operation at a time per session
    if (key_type_ == CKK_EC) return ecdsa_raw_to_der(session_->sign(key_, CKM_ECDSA, digest, context_pin_));
    std::string data(reinterpret_cast<const char*>(kSha256DigestInfo), sizeof kSha256DigestInfo);
    data.append(digest);
    return session_->sign(key_, CKM_RSA_PKCS, data, context_pin_);
  }

  std::unique_ptr<Pkcs11Session> session_;
  CK_OBJECT_HANDLE key_ = CK_INVALID_HANDLE;
  CK_KEY_TYPE key_type_ = CKK_RSA;
  std::string context_pin_;  // only for CKA_ALWAYS_AUTHENTICATE keys
  mutable std::mutex mutex_;
};

CK_ATTRIBUTE of_class(CK_OBJECT_CLASS& c) {
  return {CKA_CLASS, &c, sizeof c};
}

// The RSA modulus of a certificate's key, big-endian without leading zeros
// (as CKA_MODULUS holds it); empty for other key types.
std::string cert_modulus(X509* cert) {
  EVP_PKEY* key = X509_get0_pubkey(cert);
  BIGNUM* n = nullptr;
  if (!key || EVP_PKEY_get_bn_param(key, "n", &n) != 1) return {};
  std::string out(static_cast<std::size_t>(BN_num_bytes(n)), '\0');
  BN_bn2bin(n, reinterpret_cast<unsigned char*>(out.data()));
  BN_free(n);
  return out;
}

std::string strip_zeros(std::string s) {
  s.erase(0, s.find_first_not_of('\0'));
  return s;
}

std::string padded(const unsigned char* field, std::size_t n) {
  std::string s(reinterpret_cast<const char*>(field), n);
  s.erase(s.find_last_not_of(' ') + 1);
  return s;
}

}  // namespace

std::shared_ptr<const Signer> open_pkcs11(const Pkcs11Options& o) {
  // A PIN in the URI would sit in the process's arguments and the shell's
  // history; checked before parsing so no message ever repeats it.
  if (o.uri.find("pin-value") != std::string::npos || o.uri.find("pin-source") != std::string::npos)
    fail(ErrorFamily::usage, MsgId::sign_pkcs11_pin_in_uri);
  UriPtr uri(p11_kit_uri_new());
  int parsed = p11_kit_uri_parse(o.uri.c_str(), P11_KIT_URI_FOR_ANY, uri.get());
  if (parsed != P11_KIT_URI_OK)
    fail(ErrorFamily::usage, MsgId::sign_pkcs11_bad_uri, {o.uri, p11_kit_uri_message(parsed)});
  if (p11_kit_uri_any_unrecognized(uri.get()))
    fail(ErrorFamily::usage, MsgId::sign_pkcs11_bad_uri, {o.uri, "unknown attribute"});
  if (p11_kit_uri_get_pin_value(uri.get()) || p11_kit_uri_get_pin_source(uri.get()))
    fail(ErrorFamily::usage, MsgId::sign_pkcs11_pin_in_uri);
  std::string module = o.module;
  if (module.empty() && p11_kit_uri_get_module_path(uri.get()))
    module = p11_kit_uri_get_module_path(uri.get());
  if (module.empty()) fail(ErrorFamily::usage, MsgId::sign_pkcs11_no_module);

  auto s = std::make_shared<Pkcs11Signer>();
  s->session_ = std::make_unique<Pkcs11Session>(module);
  Pkcs11Session& session = *s->session_;

  // The one token the URI names.
  const CK_SLOT_ID want_slot = p11_kit_uri_get_slot_id(uri.get());
  std::vector<std::pair<CK_SLOT_ID, CK_TOKEN_INFO>> tokens;
  std::string seen;
  for (CK_SLOT_ID slot : session.slots_with_token()) {
    CK_TOKEN_INFO info = session.token_info(slot);
    if (!(info.flags & CKF_TOKEN_INITIALIZED)) continue;  // an empty slot, nothing to sign with
    seen += (seen.empty() ? "" : ", ") + padded(info.label, sizeof info.label);
    if ((want_slot == static_cast<CK_SLOT_ID>(-1) || want_slot == slot) &&
        p11_kit_uri_match_token_info(uri.get(), &info) == 1)
      tokens.emplace_back(slot, info);
  }
  if (tokens.size() != 1)
    fail(ErrorFamily::input, tokens.empty() ? MsgId::sign_pkcs11_no_token : MsgId::sign_pkcs11_many_tokens,
         {o.uri, seen.empty() ? "-" : seen});
  session.open(tokens[0].first);
  const CK_FLAGS flags = tokens[0].second.flags;
  std::string pin;
  if (flags & CKF_LOGIN_REQUIRED) {
    if (!(flags & CKF_PROTECTED_AUTHENTICATION_PATH)) {
      if (!o.pin) fail(ErrorFamily::usage, MsgId::sign_pin_needed);
      pin = o.pin();
    }
    session.login(pin);
  }

  // The key: by id, by label, or through the certificate of that label.
  CK_OBJECT_CLASS key_class = CKO_PRIVATE_KEY, cert_class = CKO_CERTIFICATE;
  std::vector<CK_ATTRIBUTE> named;
  for (CK_ATTRIBUTE_TYPE t : {CKA_ID, CKA_LABEL})
    if (CK_ATTRIBUTE* a = p11_kit_uri_get_attribute(uri.get(), t)) named.push_back(*a);
  auto with = [](CK_ATTRIBUTE cls, std::vector<CK_ATTRIBUTE> rest) {
    rest.insert(rest.begin(), cls);
    return rest;
  };
  std::vector<CK_OBJECT_HANDLE> keys = session.find(with(of_class(key_class), named));
  std::vector<CK_OBJECT_HANDLE> certs = session.find(with(of_class(cert_class), named));
  if (keys.empty() && !certs.empty()) {
    std::string id = session.attribute(certs[0], CKA_ID);
    if (!id.empty())
      keys = session.find(
          {of_class(key_class), CK_ATTRIBUTE{CKA_ID, id.data(), static_cast<CK_ULONG>(id.size())}});
    if (keys.empty()) {
      // No shared id either: the private key whose modulus is the certificate's.
      X509Ptr c = x509_from_bytes(session.attribute(certs[0], CKA_VALUE));
      std::string n = c ? cert_modulus(c.get()) : std::string();
      for (CK_OBJECT_HANDLE k : session.find({of_class(key_class)}))
        if (!n.empty() && strip_zeros(session.attribute(k, CKA_MODULUS)) == n) keys.push_back(k);
    }
  }
  if (keys.empty()) fail(ErrorFamily::input, MsgId::sign_pkcs11_no_key, {o.uri});
  if (keys.size() > 1) fail(ErrorFamily::input, MsgId::sign_pkcs11_many_keys, {o.uri});
  s->key_ = keys[0];
  std::string type = session.attribute(s->key_, CKA_KEY_TYPE);
  if (type.size() == sizeof(CK_KEY_TYPE)) s->key_type_ = *reinterpret_cast<const CK_KEY_TYPE*>(type.data());
  if (s->key_type_ != CKK_RSA && s->key_type_ != CKK_EC)
    fail(ErrorFamily::input, MsgId::sign_pkcs11_key_type, {o.uri});
  if (session.attribute_true(s->key_, CKA_ALWAYS_AUTHENTICATE)) s->context_pin_ = pin;
  OPENSSL_cleanse(pin.data(), pin.size());

  // The certificate: of the key's id, else the one of the URI's label, else
  // the only end-entity certificate whose RSA modulus is the key's.
  const std::string key_id = session.attribute(s->key_, CKA_ID);
  const std::string modulus = strip_zeros(session.attribute(s->key_, CKA_MODULUS));
  std::vector<X509Ptr> all;
  for (CK_OBJECT_HANDLE h : session.find({of_class(cert_class)}))
    if (X509Ptr x = x509_from_bytes(session.attribute(h, CKA_VALUE))) {
      if (!s->cert && !key_id.empty() && session.attribute(h, CKA_ID) == key_id) {
        s->cert = std::move(x);
        continue;
      }
      all.push_back(std::move(x));
    }
  if (!s->cert && !certs.empty()) s->cert = x509_from_bytes(session.attribute(certs[0], CKA_VALUE));
  if (!s->cert)
    for (auto& x : all)
      if (x && X509_check_ca(x.get()) == 0 && !modulus.empty() && cert_modulus(x.get()) == modulus) {
        s->cert = std::move(x);
        break;
      }
  if (!s->cert) fail(ErrorFamily::input, MsgId::sign_pkcs11_no_cert, {o.uri});
  // The CA certificates on the token travel with the signature.
  for (auto& x : all)
    if (x && X509_check_ca(x.get()) != 0 && X509_cmp(x.get(), s->cert.get()) != 0)
      s->chain.push_back(std::move(x));
  for (const auto& x : o.extra_chain) {
    X509_up_ref(x.get());
    s->chain.emplace_back(x.get());
  }
  return s;
}

}  // namespace baocao::sign
