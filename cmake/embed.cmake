# kvalis_embed(OUT BASE dir FILES f...): writes a C++ source holding each file's bytes,
# looked up at run time by its path relative to BASE (see src/platform/core/resources.hpp).
function(kvalis_embed out)
  cmake_parse_arguments(E "" "BASE" "FILES" ${ARGN})
  set(script ${CMAKE_SOURCE_DIR}/cmake/embed_run.cmake)
  set(list_file ${out}.files)
  string(REPLACE ";" "\n" lines "${E_FILES}")
  file(WRITE ${list_file} "${lines}")
  add_custom_command(OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DBASE=${E_BASE} -DLIST_FILE=${list_file} -P ${script}
    DEPENDS ${E_FILES} ${script} ${list_file}
    COMMENT "Embedding migrations and catalogues")
endfunction()
