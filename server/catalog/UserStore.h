#pragma once

#include "catalog/Principal.h"
#include "db/PgConnection.h"

#include <optional>
#include <string>
#include <vector>

namespace tsm::catalog {

// Users and bearer tokens. Tokens are JWT-shaped (`header.payload.secret`, base64url) so
// that clients can read `exp` the way the SDK does; the server never trusts the payload:
// it looks up the SHA-256 of the whole token, which is all it stores.
struct TokenPair {
    std::string access;
    std::string refresh;
};

// Creates the user or updates role, namespaces and (when given) password.
std::string upsertUser(db::Connection& connection, const std::string& username,
                       const std::optional<std::string>& password, Role role,
                       const std::vector<std::string>& namespaces);

// A long-lived access token for scripts and tests; creates the user (without a
// password) when it does not exist. `ttlSeconds` <= 0 means no expiry.
std::string createApiToken(db::Connection& connection, const std::string& username, Role role,
                           const std::vector<std::string>& namespaces, long long ttlSeconds);

// The principal of a valid, unexpired, unrevoked access token.
std::optional<Principal> authenticate(db::Connection& connection, const std::string& token);

// Password login: an access token expiring after `accessTtlSeconds` and a refresh token.
std::optional<TokenPair> login(db::Connection& connection, const std::string& username,
                               const std::string& password, long long accessTtlSeconds);

// Spends a refresh token (each works once) and issues a new pair.
std::optional<TokenPair> refresh(db::Connection& connection, const std::string& refreshToken,
                                 long long accessTtlSeconds);

// Revokes a refresh token (logout). False when it was unknown.
bool revokeRefreshToken(db::Connection& connection, const std::string& refreshToken);

// Lifetime of refresh tokens.
constexpr long long kRefreshTtlSeconds = 7 * 24 * 3600;

} // namespace tsm::catalog
