# Issue #7: job queue, enrichment, geocoding, company search, API quotas. Included by
# tests/server/CMakeLists.txt. The provider doubles listen on 127.0.0.1 only.
set(HECTOR_PROVIDER_DOUBLES
    ${CMAKE_CURRENT_LIST_DIR}/doubles/LoopbackTcpServer.h ${CMAKE_CURRENT_LIST_DIR}/doubles/LoopbackTcpServer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/doubles/FakeProviders.h ${CMAKE_CURRENT_LIST_DIR}/doubles/FakeProviders.cpp)
foreach(name tst_job_queue tst_enrichment tst_geocoding tst_company_search tst_api_quotas)
    hector_add_test(${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${name}.cpp ${CMAKE_CURRENT_LIST_DIR}/HttpTestClient.h ${HECTOR_PROVIDER_DOUBLES}
        LIBS hector_test_support Qt6::Network Qt6::Concurrent)
    target_include_directories(${name} PRIVATE ${CMAKE_CURRENT_LIST_DIR}/doubles)
endforeach()
