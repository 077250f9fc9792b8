// See pkcs11.hpp.
#include "engine/sign/pkcs11.hpp"

#include <dlfcn.h>

#include <cstdio>

#include "engine/core/diagnostic.hpp"

namespace baocao::sign {

namespace {

std::string rv_text(CK_RV rv) {
  switch (rv) {
    case CKR_PIN_INCORRECT:
      return "CKR_PIN_INCORRECT";
    case CKR_PIN_LOCKED:
      return "CKR_PIN_LOCKED";
    case CKR_KEY_TYPE_INCONSISTENT:
      return "CKR_KEY_TYPE_INCONSISTENT";
    case CKR_MECHANISM_INVALID:
      return "CKR_MECHANISM_INVALID";
    case CKR_DEVICE_REMOVED:
      return "CKR_DEVICE_REMOVED";
    case CKR_TOKEN_NOT_PRESENT:
      return "CKR_TOKEN_NOT_PRESENT";
    case CKR_USER_NOT_LOGGED_IN:
      return "CKR_USER_NOT_LOGGED_IN";
    case CKR_FUNCTION_CANCELED:
      return "CKR_FUNCTION_CANCELED";
    default: {
      char buf[32];
      std::snprintf(buf, sizeof buf, "CKR 0x%lx", static_cast<unsigned long>(rv));
      return buf;
    }
  }
}

}  // namespace

void Pkcs11Session::check(CK_RV rv, const char* function) {
  if (rv == CKR_OK) return;
  if (rv == CKR_PIN_INCORRECT || rv == CKR_PIN_INVALID || rv == CKR_PIN_LEN_RANGE)
    fail(ErrorFamily::input, MsgId::sign_pin_incorrect, {module_});
  if (rv == CKR_PIN_LOCKED) fail(ErrorFamily::input, MsgId::sign_pin_locked, {module_});
  fail(ErrorFamily::output, MsgId::sign_pkcs11_failed, {function, rv_text(rv)});
}

Pkcs11Session::Pkcs11Session(const std::string& module_path) : module_(module_path) {
  // RTLD_LOCAL: a vendor's module must not lend its symbols to the rest
  // of the process (several bundle their own OpenSSL).
  library_ = dlopen(module_path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!library_) {
    const char* why = dlerror();
    fail(ErrorFamily::input, MsgId::sign_pkcs11_module_unreadable, {module_path, why ? why : "dlopen"},
         at_file(module_path));
  }
  auto get = reinterpret_cast<CK_C_GetFunctionList>(dlsym(library_, "C_GetFunctionList"));
  if (!get || get(&fn_) != CKR_OK || !fn_) {
    dlclose(library_);
    library_ = nullptr;
    fail(ErrorFamily::input, MsgId::sign_pkcs11_module_unreadable, {module_path, "C_GetFunctionList"},
         at_file(module_path));
  }
  CK_C_INITIALIZE_ARGS args{};
  args.flags = CKF_OS_LOCKING_OK;  // `run --sign` signs from several threads
  CK_RV rv = fn_->C_Initialize(&args);
  if (rv != CKR_OK && rv != CKR_CRYPTOKI_ALREADY_INITIALIZED) {
    dlclose(library_);
    library_ = nullptr;
    fail(ErrorFamily::input, MsgId::sign_pkcs11_module_unreadable,
         {module_path, "C_Initialize: " + rv_text(rv)}, at_file(module_path));
  }
  // Someone else's initialisation is theirs to finalise.
  initialized_ = rv == CKR_OK;
}

Pkcs11Session::~Pkcs11Session() {
  if (fn_) {
    if (logged_in_) fn_->C_Logout(session_);
    if (session_ != CK_INVALID_HANDLE) fn_->C_CloseSession(session_);
    if (initialized_) fn_->C_Finalize(nullptr);
  }
  if (library_) dlclose(library_);
}

std::vector<CK_SLOT_ID> Pkcs11Session::slots_with_token() {
  CK_ULONG n = 0;
  check(fn_->C_GetSlotList(CK_TRUE, nullptr, &n), "C_GetSlotList");
  std::vector<CK_SLOT_ID> slots(n);
  if (n) check(fn_->C_GetSlotList(CK_TRUE, slots.data(), &n), "C_GetSlotList");
  slots.resize(n);
  return slots;
}

CK_TOKEN_INFO Pkcs11Session::token_info(CK_SLOT_ID slot) {
  CK_TOKEN_INFO info{};
  check(fn_->C_GetTokenInfo(slot, &info), "C_GetTokenInfo");
  return info;
}

void Pkcs11Session::open(CK_SLOT_ID slot) {
  check(fn_->C_OpenSession(slot, CKF_SERIAL_SESSION, nullptr, nullptr, &session_), "C_OpenSession");
}

void Pkcs11Session::login(std::string_view pin) {
  CK_RV rv =
      fn_->C_Login(session_, CKU_USER,
                   pin.empty() ? nullptr : reinterpret_cast<CK_UTF8CHAR_PTR>(const_cast<char*>(pin.data())),
                   static_cast<CK_ULONG>(pin.size()));
  if (rv == CKR_USER_ALREADY_LOGGED_IN) return;
  check(rv, "C_Login");
  logged_in_ = true;
}

std::vector<CK_OBJECT_HANDLE> Pkcs11Session::find(std::vector<CK_ATTRIBUTE> templ) {
  check(fn_->C_FindObjectsInit(session_, templ.data(), static_cast<CK_ULONG>(templ.size())),
        "C_FindObjectsInit");
  std::vector<CK_OBJECT_HANDLE> out;
  CK_OBJECT_HANDLE batch[32];
  CK_ULONG n = 0;
  CK_RV rv;
  while ((rv = fn_->C_FindObjects(session_, batch, 32, &n)) == CKR_OK && n > 0)
    out.insert(out.end(), batch, batch + n);
  fn_->C_FindObjectsFinal(session_);
  check(rv, "C_FindObjects");
  return out;
}

std::string Pkcs11Session::attribute(CK_OBJECT_HANDLE object, CK_ATTRIBUTE_TYPE type) {
  CK_ATTRIBUTE a{type, nullptr, 0};
  if (fn_->C_GetAttributeValue(session_, object, &a, 1) != CKR_OK ||
      a.ulValueLen == CK_UNAVAILABLE_INFORMATION)
    return {};
  std::string out(a.ulValueLen, '\0');
  a.pValue = out.data();
  if (fn_->C_GetAttributeValue(session_, object, &a, 1) != CKR_OK) return {};
  out.resize(a.ulValueLen);
  return out;
}

bool Pkcs11Session::attribute_true(CK_OBJECT_HANDLE object, CK_ATTRIBUTE_TYPE type) {
  std::string v = attribute(object, type);
  return v.size() == sizeof(CK_BBOOL) && v[0] != 0;
}

std::string Pkcs11Session::sign(CK_OBJECT_HANDLE key, CK_MECHANISM_TYPE mechanism, std::string_view data,
                                std::string_view context_pin) {
  CK_MECHANISM mech{mechanism, nullptr, 0};
  check(fn_->C_SignInit(session_, &mech, key), "C_SignInit");
  if (!context_pin.empty())
    check(fn_->C_Login(session_, CKU_CONTEXT_SPECIFIC,
                       reinterpret_cast<CK_UTF8CHAR_PTR>(const_cast<char*>(context_pin.data())),
                       static_cast<CK_ULONG>(context_pin.size())),
          "C_Login");
  auto* in = reinterpret_cast<CK_BYTE_PTR>(const_cast<char*>(data.data()));
  CK_ULONG n = 0;
  check(fn_->C_Sign(session_, in, static_cast<CK_ULONG>(data.size()), nullptr, &n), "C_Sign");
  std::string out(n, '\0');
  check(fn_->C_Sign(session_, in, static_cast<CK_ULONG>(data.size()),
                    reinterpret_cast<CK_BYTE_PTR>(out.data()), &n),
        "C_Sign");
  out.resize(n);
  return out;
}

}  // namespace baocao::sign
