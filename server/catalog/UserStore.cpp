#include "catalog/UserStore.h"

#include "catalog/Uids.h"
#include "core/Json.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QRandomGenerator>

#include <chrono>

namespace tsm::catalog {

const char* roleName(Role role) {
    switch (role) {
    case Role::Viewer:
        return "viewer";
    case Role::Editor:
        return "editor";
    case Role::Admin:
        return "admin";
    }
    return "viewer";
}

bool parseRole(const std::string& text, Role& role) {
    if (text == "viewer")
        role = Role::Viewer;
    else if (text == "editor")
        role = Role::Editor;
    else if (text == "admin")
        role = Role::Admin;
    else
        return false;
    return true;
}

namespace {

std::string base64url(const QByteArray& bytes) {
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
        .toStdString();
}

QByteArray randomBytes(int n) {
    QByteArray out(n, '\0');
    auto* gen = QRandomGenerator::system();
    for (int i = 0; i < n; ++i)
        out[i] = char(gen->bounded(256));
    return out;
}

std::string tokenHash(const std::string& token) {
    return QCryptographicHash::hash(QByteArray::fromStdString(token), QCryptographicHash::Sha256)
        .toHex()
        .toStdString();
}

long long nowSeconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// Makes, stores and returns one token.
std::string issueToken(db::Connection& connection, const std::string& userUid,
                       const std::string& username, const char* kind, const std::string& role,
                       const std::string& namespacesLiteral, long long ttlSeconds) {
    const long long now = nowSeconds();
    cc::Json payload = {{"token_type", kind},
                        {"iat", now},
                        {"jti", QByteArray(randomBytes(16)).toHex().toStdString()},
                        {"user_uid", userUid},
                        {"username", username}};
    if (ttlSeconds > 0)
        payload["exp"] = now + ttlSeconds;
    const std::string token = base64url(R"({"alg":"none","typ":"JWT"})") + "." +
                              base64url(QByteArray::fromStdString(payload.dump())) + "." +
                              base64url(randomBytes(32));
    connection.exec(
        "INSERT INTO tsm.auth_token (token_hash, user_uid, kind, role, namespaces, "
        "expires_at) VALUES ($1, $2::uuid, $3, $4, $5::text[], "
        "CASE WHEN $6::bigint > 0 THEN now() + make_interval(secs => $6::bigint) END)",
        db::Params(tokenHash(token), userUid, kind, role, namespacesLiteral, ttlSeconds));
    return token;
}

std::optional<TokenPair> issuePair(db::Connection& connection, const std::string& userUid,
                                   long long accessTtlSeconds) {
    db::Result u = connection.exec(
        "SELECT username, role, namespaces::text FROM tsm.app_user WHERE uid = $1::uuid",
        db::Params(userUid));
    if (u.rows() == 0)
        return std::nullopt;
    TokenPair pair;
    pair.access = issueToken(connection, userUid, u.text(0, 0), "access", u.text(0, 1),
                             u.text(0, 2), accessTtlSeconds);
    pair.refresh = issueToken(connection, userUid, u.text(0, 0), "refresh", u.text(0, 1),
                              u.text(0, 2), kRefreshTtlSeconds);
    return pair;
}

} // namespace

std::string upsertUser(db::Connection& connection, const std::string& username,
                       const std::optional<std::string>& password, Role role,
                       const std::vector<std::string>& namespaces) {
    const std::string uid = userUid(username);
    connection.exec(
        "INSERT INTO tsm.app_user (uid, username, password_hash, role, namespaces) "
        "VALUES ($1::uuid, $2, CASE WHEN $3::text IS NULL THEN NULL "
        "ELSE crypt($3::text, gen_salt('bf', 8)) END, $4, $5::text[]) "
        "ON CONFLICT (username) DO UPDATE SET role = EXCLUDED.role, "
        "namespaces = EXCLUDED.namespaces, "
        "password_hash = COALESCE(EXCLUDED.password_hash, tsm.app_user.password_hash)",
        db::Params(uid, username, password, roleName(role), db::arrayLiteral(namespaces)));
    return uid;
}

std::string createApiToken(db::Connection& connection, const std::string& username, Role role,
                           const std::vector<std::string>& namespaces, long long ttlSeconds) {
    const std::string uid = userUid(username);
    connection.exec("INSERT INTO tsm.app_user (uid, username, role, namespaces) "
                    "VALUES ($1::uuid, $2, $3, $4::text[]) ON CONFLICT (username) DO NOTHING",
                    db::Params(uid, username, roleName(role), db::arrayLiteral(namespaces)));
    return issueToken(connection, uid, username, "access", roleName(role),
                      db::arrayLiteral(namespaces), ttlSeconds);
}

std::optional<Principal> authenticate(db::Connection& connection, const std::string& token) {
    if (token.empty() || token.size() > 4096)
        return std::nullopt;
    db::Result r =
        connection.exec("SELECT t.user_uid::text, u.username, t.role, t.namespaces::text "
                        "FROM tsm.auth_token t JOIN tsm.app_user u ON u.uid = t.user_uid "
                        "WHERE t.token_hash = $1 AND t.kind = 'access' AND NOT t.revoked "
                        "AND (t.expires_at IS NULL OR t.expires_at > now())",
                        db::Params(tokenHash(token)));
    if (r.rows() == 0)
        return std::nullopt;
    Principal p;
    p.userUid = r.text(0, 0);
    p.username = r.text(0, 1);
    parseRole(r.text(0, 2), p.role);
    p.namespaces = db::parseArray(r.text(0, 3));
    return p;
}

std::optional<TokenPair> login(db::Connection& connection, const std::string& username,
                               const std::string& password, long long accessTtlSeconds) {
    db::Result r = connection.exec(
        "SELECT uid::text FROM tsm.app_user WHERE username = $1 AND password_hash IS NOT NULL "
        "AND password_hash = crypt($2, password_hash)",
        db::Params(username, password));
    if (r.rows() == 0)
        return std::nullopt;
    return issuePair(connection, r.text(0, 0), accessTtlSeconds);
}

std::optional<TokenPair> refresh(db::Connection& connection, const std::string& refreshToken,
                                 long long accessTtlSeconds) {
    db::Transaction tx(connection);
    db::Result r = connection.exec(
        "UPDATE tsm.auth_token SET revoked = true WHERE token_hash = $1 AND kind = 'refresh' "
        "AND NOT revoked AND (expires_at IS NULL OR expires_at > now()) RETURNING user_uid::text",
        db::Params(tokenHash(refreshToken)));
    if (r.rows() == 0)
        return std::nullopt;
    std::optional<TokenPair> pair = issuePair(connection, r.text(0, 0), accessTtlSeconds);
    if (pair)
        tx.commit();
    return pair;
}

bool revokeRefreshToken(db::Connection& connection, const std::string& refreshToken) {
    db::Result r = connection.exec(
        "UPDATE tsm.auth_token SET revoked = true WHERE token_hash = $1 AND kind = 'refresh' "
        "AND NOT revoked",
        db::Params(tokenHash(refreshToken)));
    return r.affected() > 0;
}

} // namespace tsm::catalog
