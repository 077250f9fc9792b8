// Owning handles for HarfBuzz objects, shared by font metrics (engine/fonts)
// and font subsetting / ToUnicode maps (engine/render/pdf).
#pragma once

#include <hb.h>

#include <memory>

namespace baocao::fonts {

struct HbDestroy {
  void operator()(hb_blob_t* p) const { hb_blob_destroy(p); }
  void operator()(hb_face_t* p) const { hb_face_destroy(p); }
  void operator()(hb_font_t* p) const { hb_font_destroy(p); }
  void operator()(hb_set_t* p) const { hb_set_destroy(p); }
};

using HbBlob = std::unique_ptr<hb_blob_t, HbDestroy>;
using HbFace = std::unique_ptr<hb_face_t, HbDestroy>;
using HbFont = std::unique_ptr<hb_font_t, HbDestroy>;
using HbSet = std::unique_ptr<hb_set_t, HbDestroy>;

}  // namespace baocao::fonts
