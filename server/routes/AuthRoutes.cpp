// JWT-style login, refresh, logout and the "who am I" ping (spec §1.2).
#include "catalog/UserStore.h"
#include "http/Router.h"
#include "routes/Routes.h"

#include <httplib.h>

namespace tsm::routes {

namespace {

using http::Access;
using http::Call;

std::optional<std::string> stringField(Call& call, const cc::Json& body, const char* key) {
    auto it = body.find(key);
    if (it == body.end() || !it->is_string() || it->get<std::string>().empty()) {
        call.json(400, {{key, {"This field is required."}}});
        return std::nullopt;
    }
    return it->get<std::string>();
}

cc::Json pairJson(const catalog::TokenPair& pair) {
    return {{"access", pair.access}, {"refresh", pair.refresh}};
}

void login(Call& call) {
    std::optional<cc::Json> body = call.jsonBody();
    if (!body)
        return;
    const auto username = stringField(call, *body, "username");
    if (!username)
        return;
    const auto password = stringField(call, *body, "password");
    if (!password)
        return;
    const auto pair =
        catalog::login(call.db(), *username, *password, call.server.options.accessTtlSeconds);
    if (!pair) {
        call.json(401, {{"detail", "No active account found with the given credentials"}});
        return;
    }
    call.json(200, pairJson(*pair));
}

void refresh(Call& call) {
    std::optional<cc::Json> body = call.jsonBody();
    if (!body)
        return;
    const auto token = stringField(call, *body, "refresh");
    if (!token)
        return;
    const auto pair = catalog::refresh(call.db(), *token, call.server.options.accessTtlSeconds);
    if (!pair) {
        call.json(401, {{"detail", "Token is invalid or expired"}, {"code", "token_not_valid"}});
        return;
    }
    call.json(200, pairJson(*pair));
}

void logout(Call& call) {
    std::optional<cc::Json> body = call.jsonBody();
    if (!body)
        return;
    auto it = body->find("refresh");
    if (it != body->end() && it->is_string())
        catalog::revokeRefreshToken(call.db(), it->get<std::string>());
    call.json(200, {{"detail", "Successfully logged out."}});
}

void currentUser(Call& call) {
    const catalog::Principal& p = call.principal;
    call.json(200, {{"uid", p.userUid},
                    {"username", p.username},
                    {"role", catalog::roleName(p.role)},
                    {"namespaces", p.namespaces}});
}

} // namespace

void mountAuth(http::Router& router) {
    router.route("POST", "/auth/jwt-token/token/", Access::Public, login);
    router.route("POST", "/auth/jwt-token/token/refresh/", Access::Public, refresh);
    router.route("POST", "/auth/jwt-token/logout/", Access::Public, logout);
    router.route("GET", "/auth/rest-auth/user/", Access::Viewer, currentUser);
}

} // namespace tsm::routes
