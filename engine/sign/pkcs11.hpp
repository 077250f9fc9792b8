// The one owner of a PKCS#11 module and a session on one of its tokens:
// dlopen and C_GetFunctionList, C_Initialize, C_OpenSession and C_Login,
// undone in reverse order (C_Logout, C_CloseSession, C_Finalize, dlclose)
// whatever path leaves the scope. The vendor's module (SafeNet
// libeTPkcs11.so, Bit4id libbit4xpki.so, a CA's own .so, SoftHSM2 in the
// tests) is called directly: OpenSSL 3 has no PKCS#11 provider in Debian 12
// and the hand-made CMS only needs one C_Sign.
//
// The declarations come from p11-kit's <p11-kit/pkcs11.h> (libp11-kit-dev):
// Debian's only standalone PKCS#11 header that is the plain OASIS API (NSS's
// carries NSS vendor macros, OpenSC ships none), kept current with the
// standard by the people who wrote RFC 7512, whose URI parser (p11-kit/uri.h)
// pkcs11_signer.cpp uses from the same package.
#pragma once

#include <p11-kit/pkcs11.h>

#include <string>
#include <string_view>
#include <vector>

namespace baocao::sign {

class Pkcs11Session {
 public:
  // Loads and initialises the module. Throws Error(input,
  // sign_pkcs11_module_unreadable) naming it when it cannot be loaded.
  explicit Pkcs11Session(const std::string& module_path);
  ~Pkcs11Session();
  Pkcs11Session(const Pkcs11Session&) = delete;
  Pkcs11Session& operator=(const Pkcs11Session&) = delete;

  // Slots holding a token, and the token's description.
  std::vector<CK_SLOT_ID> slots_with_token();
  CK_TOKEN_INFO token_info(CK_SLOT_ID slot);

  // A read-only session on `slot`, then C_Login as the user. An empty `pin`
  // logs in through the token's own PIN pad (protected authentication
  // path). Throws Error(input, sign_pin_incorrect | sign_pin_locked).
  void open(CK_SLOT_ID slot);
  void login(std::string_view pin);

  // Objects matching the template (values point into the caller's memory).
  std::vector<CK_OBJECT_HANDLE> find(std::vector<CK_ATTRIBUTE> templ);
  // An attribute's bytes; empty when the object has none or hides it.
  std::string attribute(CK_OBJECT_HANDLE object, CK_ATTRIBUTE_TYPE type);
  bool attribute_true(CK_OBJECT_HANDLE object, CK_ATTRIBUTE_TYPE type);

  // C_SignInit + C_Sign; `context_pin` logs in again for the operation when
  // the key is CKA_ALWAYS_AUTHENTICATE (non-empty only then).
  std::string sign(CK_OBJECT_HANDLE key, CK_MECHANISM_TYPE mechanism, std::string_view data,
                   std::string_view context_pin);

 private:
  void check(CK_RV rv, const char* function);
  std::string module_;
  void* library_ = nullptr;
  CK_FUNCTION_LIST* fn_ = nullptr;
  bool initialized_ = false;
  CK_SESSION_HANDLE session_ = CK_INVALID_HANDLE;
  bool logged_in_ = false;
};

}  // namespace baocao::sign
