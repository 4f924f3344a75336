#pragma once

#include "net/ClientConfig.h"
#include "net/RouteMap.h"

#include <QString>
#include <QUrl>

namespace cc::ui {

// How a profile proves who it is (spec §1.2).
enum class AuthMethod {
    BearerToken, // an access token (and optionally a refresh token) pasted by the user
    Login        // username + password: the client logs in and refreshes by itself
};

// One backend the user connects to. Holds no secrets: those live in the TokenStore under
// the profile's id, so this value can be written to the settings file as is.
struct ConnectionProfile {
    QString id; // stable, generated once
    QString name;
    QUrl baseUrl;
    ApiNamespace apiNamespace = ApiNamespace::Auto;
    AuthMethod authMethod = AuthMethod::BearerToken;
    QString username;
    bool verifyTls = true;
    bool allowInsecureHttp = false;
    // Query consoles may send INSERT/UPDATE/DELETE (each after a confirmation).
    bool allowWrites = false;
    // Built from --url/--token or the environment: used for this run, never saved.
    bool ephemeral = false;

    static ConnectionProfile create(); // with a fresh id
    // The name, else the host of the URL.
    QString displayName() const;

    bool operator==(const ConnectionProfile& o) const;
};

// The secret half of a profile.
struct ProfileSecrets {
    QString accessToken;
    QString refreshToken;
    QString password;

    bool isEmpty() const {
        return accessToken.isEmpty() && refreshToken.isEmpty() && password.isEmpty();
    }
    bool operator==(const ProfileSecrets& o) const {
        return accessToken == o.accessToken && refreshToken == o.refreshToken &&
               password == o.password;
    }
};

QString authMethodName(AuthMethod method); // "token", "login"
AuthMethod parseAuthMethod(const QString& text);

// What the ApiClient of this profile is configured with.
ClientConfig clientConfig(const ConnectionProfile& profile, const ProfileSecrets& secrets,
                          int timeoutMs);

// Empty when the profile can be used; else one sentence saying what is missing or unsafe.
QString profileProblem(const ConnectionProfile& profile, const ProfileSecrets& secrets);

} // namespace cc::ui
