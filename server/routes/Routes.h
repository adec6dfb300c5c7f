#pragma once

namespace hector::server {

class AuthService;
class Database;
class HttpServer;

// Each function registers one module's endpoints (routes -> services -> repositories).
void registerHealthRoutes(HttpServer &http, Database &db);
void registerAuthRoutes(HttpServer &http, AuthService &auth);
void registerOrganizationRoutes(HttpServer &http, AuthService &auth);

} // namespace hector::server
