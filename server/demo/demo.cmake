# Demo-data generator (realistic, deterministic prospects, appointments and actions for FR / LU /
# BE). Qt Core, and libphonenumber to draw only valid phone numbers.
# Included by server/CMakeLists.txt.
add_library(hector_demo STATIC ${CMAKE_CURRENT_LIST_DIR}/DemoGenerator.h ${CMAKE_CURRENT_LIST_DIR}/DemoGenerator.cpp)
target_include_directories(hector_demo PUBLIC ${CMAKE_SOURCE_DIR})
target_link_libraries(hector_demo PUBLIC hector_core PRIVATE hector_common Hector::phonenumber)
