# Writes a C++ source that holds a text file as one string constant:
#   cmake -DINPUT=data/tags.tsv -DOUTPUT=tags_tsv.cc -DSYMBOL=kTagsTsv -P embed_text.cmake
# defines `const std::string_view cablescope::internal::SYMBOL` with the file's
# bytes. Run by the build (CMakeLists.txt) whenever the file changes, so the
# data file in the repository stays the one source of truth and the binary
# needs no file at run time.
file(READ "${INPUT}" content)
string(FIND "${content}" ")cablescope_data\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter )cablescope_data\"")
endif()
# string(APPEND), not a list: the text may hold semicolons.
set(text "// GENERATED from ${INPUT} by cmake/embed_text.cmake. Do not edit.\n")
string(APPEND text "#include <string_view>\n\nnamespace cablescope::internal {\n")
string(APPEND text "extern const std::string_view ${SYMBOL};\n")
string(APPEND text "const std::string_view ${SYMBOL} = R\"cablescope_data(")
string(APPEND text "${content}")
string(APPEND text ")cablescope_data\";\n}  // namespace cablescope::internal\n")
# Only touch the output when it changes, so that an unchanged table recompiles nothing.
file(WRITE "${OUTPUT}.tmp" "${text}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
