# Tests of the email delivery layer (server/email). Included by tests/server/CMakeLists.txt.
# The doubles listen on 127.0.0.1 only (QTcpServer in a thread of their own).
hector_add_test(tst_email
    SOURCES
        ${CMAKE_CURRENT_LIST_DIR}/tst_email.cpp
        ${CMAKE_CURRENT_LIST_DIR}/doubles/LoopbackTcpServer.h
        ${CMAKE_CURRENT_LIST_DIR}/doubles/LoopbackTcpServer.cpp
        ${CMAKE_CURRENT_LIST_DIR}/doubles/FakeResendServer.h
        ${CMAKE_CURRENT_LIST_DIR}/doubles/FakeResendServer.cpp
        ${CMAKE_CURRENT_LIST_DIR}/doubles/FakeSmtpServer.h
        ${CMAKE_CURRENT_LIST_DIR}/doubles/FakeSmtpServer.cpp
    LIBS hector_email Qt6::Network
)
target_include_directories(tst_email PRIVATE ${CMAKE_CURRENT_LIST_DIR}/doubles)
