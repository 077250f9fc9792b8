# How every library of the project is declared, so that a stage sees only the
# headers of the stages it links (engine never sees app/ or data-adapters/).

# Warnings for the project's own code, given per target (never to the
# Debian libraries' headers, which imported targets mark as system headers).
# -Werror only with BAOCAO_WERROR (scripts/test and CI turn it on; users'
# builds do not fail on a new compiler's new warning).
add_library(baocao_warnings INTERFACE)
target_compile_options(baocao_warnings INTERFACE -Wall -Wextra $<$<BOOL:${BAOCAO_WERROR}>:-Werror>)
# GCC 12 at -O3 (Release) reports impossible overlaps (-Wrestrict, "accessing
# 9223372036854775810 or more bytes") in libstdc++'s operator+(const char*,
# std::string&&), GCC bug 105329, fixed in GCC 13; -O2 builds keep the warning.
target_compile_options(baocao_warnings INTERFACE
  $<$<AND:$<COMPILE_LANG_AND_ID:CXX,GNU>,$<VERSION_LESS:$<CXX_COMPILER_VERSION>,13>,$<CONFIG:Release>>:-Wno-restrict>)

# baocao_library(NAME [SOURCES file...] [HEADERS file...]
#                [PUBLIC item...] [PRIVATE item...])
#
# Defines the library NAME for the stage in the calling directory
# (engine/text, data-adapters/csv, app, ...):
#
# - Its HEADERS (default: every *.hpp of the calling directory; paths relative
#   to it or absolute) are symlinked into
#   ${PROJECT_BINARY_DIR}/include/NAME/<path from the source root>, e.g.
#   include/baocao_text/engine/text/normalize.hpp. That directory is the only
#   include directory NAME uses and gives; code keeps including headers by
#   their path from the root ("engine/text/normalize.hpp").
# - PUBLIC items (libraries, imported targets) are linked and pass their
#   headers on to whoever links NAME: name here what NAME's headers include.
#   PRIVATE items are for NAME's .cpp files only. So a stage that includes a
#   header of a library it does not link fails to compile.
# - Without SOURCES, NAME is header-only (an INTERFACE library; PUBLIC only).
# - NAME's own sources get the project's warnings (baocao_warnings).
# - NAME's layer is the first directory of its path (engine, data-adapters,
#   app, ...). baocao_check_layers(), run at the end of the configure, stops
#   it when an engine library links a library of another layer.
#
# More sources or links may be added afterwards with target_sources() and
# target_link_libraries(NAME PUBLIC|PRIVATE ...). A new library, e.g.:
#   baocao_library(baocao_cycle SOURCES jobs.cpp cycle.cpp
#     PUBLIC baocao_model baocao_store PRIVATE baocao_template baocao_render_pdf)
function(baocao_library name)
  cmake_parse_arguments(L "" "" "SOURCES;HEADERS;PUBLIC;PRIVATE" ${ARGN})
  if(L_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "baocao_library(${name}): unknown arguments ${L_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT L_HEADERS)
    file(GLOB L_HEADERS CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/*.hpp")
  endif()

  set(include_dir "${PROJECT_BINARY_DIR}/include/${name}")
  file(REMOVE_RECURSE "${include_dir}")  # headers since removed or renamed
  foreach(header IN LISTS L_HEADERS)
    cmake_path(ABSOLUTE_PATH header BASE_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}" NORMALIZE)
    cmake_path(RELATIVE_PATH header BASE_DIRECTORY "${PROJECT_SOURCE_DIR}" OUTPUT_VARIABLE relative)
    cmake_path(GET relative PARENT_PATH relative_dir)
    file(MAKE_DIRECTORY "${include_dir}/${relative_dir}")
    file(CREATE_LINK "${header}" "${include_dir}/${relative}" SYMBOLIC)
  endforeach()

  if(L_SOURCES)
    add_library(${name} ${L_SOURCES})
    target_include_directories(${name} PUBLIC "${include_dir}")
    target_link_libraries(${name} PUBLIC ${L_PUBLIC} PRIVATE ${L_PRIVATE} baocao_warnings)
  else()
    if(L_PRIVATE)
      message(FATAL_ERROR "baocao_library(${name}): a header-only library has no PRIVATE links")
    endif()
    add_library(${name} INTERFACE)
    target_include_directories(${name} INTERFACE "${include_dir}")
    target_link_libraries(${name} INTERFACE ${L_PUBLIC})
  endif()

  cmake_path(RELATIVE_PATH CMAKE_CURRENT_SOURCE_DIR BASE_DIRECTORY "${PROJECT_SOURCE_DIR}"
             OUTPUT_VARIABLE stage)
  string(REGEX REPLACE "/.*" "" layer "${stage}")
  # engine/cycle joins the stages and the data adapters (pandoc's App over
  # its readers and writers): it is a layer of its own, above both.
  if(stage MATCHES "^engine/cycle")
    set(layer "cycle")
  endif()
  set_target_properties(${name} PROPERTIES BAOCAO_LAYER "${layer}")
  set_property(GLOBAL APPEND PROPERTY BAOCAO_LIBRARIES ${name})
endfunction()

# Stops the configure when an engine library links, directly or through
# another library, a library of another layer (data-adapters/, app/): the
# engine knows only itself, adapters and the command line build on it.
function(baocao_check_layers)
  get_property(libraries GLOBAL PROPERTY BAOCAO_LIBRARIES)
  foreach(library IN LISTS libraries)
    get_target_property(layer ${library} BAOCAO_LAYER)
    if(NOT layer STREQUAL "engine")
      continue()
    endif()
    set(queue ${library})
    set(seen "")
    while(queue)
      list(POP_FRONT queue current)
      get_target_property(type ${current} TYPE)
      get_target_property(links ${current} INTERFACE_LINK_LIBRARIES)
      if(NOT type STREQUAL "INTERFACE_LIBRARY")
        get_target_property(own ${current} LINK_LIBRARIES)
        list(APPEND links ${own})
      endif()
      foreach(link IN LISTS links)
        string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" link "${link}")
        if(NOT TARGET ${link} OR link IN_LIST seen)
          continue()
        endif()
        list(APPEND seen ${link})
        get_target_property(link_layer ${link} BAOCAO_LAYER)
        if(NOT link_layer)
          continue()  # a Debian library (imported target) or baocao_warnings
        elseif(NOT link_layer STREQUAL "engine")
          message(FATAL_ERROR "${library} (engine) links ${link} (${link_layer}) through ${current}: "
                              "the engine must not depend on ${link_layer}/")
        endif()
        list(APPEND queue ${link})
      endforeach()
    endwhile()
  endforeach()
endfunction()
