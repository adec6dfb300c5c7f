# Email delivery layer of hector-server (file outbox, SMTP and Resend backends).
# Included by server/CMakeLists.txt; needs Qt6::Core, CURL::libcurl, hector_core, hector_common.
add_library(hector_email STATIC
    ${CMAKE_CURRENT_LIST_DIR}/EmailSender.h
    ${CMAKE_CURRENT_LIST_DIR}/EmailSender.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EmailInternal.h
    ${CMAKE_CURRENT_LIST_DIR}/EmailInternal.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Mime.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FileOutboxSender.h
    ${CMAKE_CURRENT_LIST_DIR}/FileOutboxSender.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SmtpSender.h
    ${CMAKE_CURRENT_LIST_DIR}/SmtpSender.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ResendSender.h
    ${CMAKE_CURRENT_LIST_DIR}/ResendSender.cpp
)
target_include_directories(hector_email PUBLIC ${CMAKE_SOURCE_DIR})
target_link_libraries(hector_email PUBLIC hector_core Qt6::Core CURL::libcurl PRIVATE hector_common)
