#pragma once

namespace hector::server {

class AuthService;
class Database;
class HttpServer;
class SyncService;

// Each function registers one module's endpoints (routes -> services -> repositories).
void registerHealthRoutes(HttpServer &http, Database &db);
void registerAuthRoutes(HttpServer &http, AuthService &auth);
void registerOrganizationRoutes(HttpServer &http, AuthService &auth);
void registerSyncRoutes(HttpServer &http, AuthService &auth, SyncService &sync);

} // namespace hector::server
