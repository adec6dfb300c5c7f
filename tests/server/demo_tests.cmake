# Included by tests/server/CMakeLists.txt.
hector_add_test(tst_demo_generator SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_demo_generator.cpp LIBS hector_demo)
