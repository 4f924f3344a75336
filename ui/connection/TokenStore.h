#pragma once

#include "ui/connection/ConnectionProfile.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

namespace cc::ui {

// Keeps the secrets of each profile (access token, refresh token, password) in the OS
// keychain through QtKeychain. When no keychain answers (headless machines, CI), it falls
// back to a JSON file readable only by the user (0600) and says so through
// fallbackActivated(), which the status bar and the connection dialog show.
// Secrets are never written to the settings file and never logged.
class TokenStore : public QObject {
    Q_OBJECT

public:
    enum class Backend { Undecided, Keychain, File };

    using LoadCallback = std::function<void(const ProfileSecrets& secrets)>;
    using StoreCallback = std::function<void(bool ok, const QString& error)>;

    // `fallbackFile`: where secrets go when the keychain is unreachable.
    explicit TokenStore(const QString& fallbackFile, QObject* parent = nullptr);
    ~TokenStore() override;

    // Off: go straight to the file (the user asked for it, or a test wants it).
    void setKeychainEnabled(bool enabled);
    // A keychain job that has not answered by then counts as "no keychain".
    void setKeychainTimeoutMs(int ms) { m_keychainTimeoutMs = ms; }

    // Callbacks run on this object's thread, and only while `context` lives.
    void load(const QString& profileId, QObject* context, LoadCallback done);
    void store(const QString& profileId, const ProfileSecrets& secrets, QObject* context,
               StoreCallback done = {});
    void forget(const QString& profileId);

    Backend backend() const { return m_backend; }
    bool usesFallbackFile() const { return m_backend == Backend::File; }
    QString fallbackFile() const { return m_fallbackFile; }
    // One sentence for the UI while secrets go to the file; empty otherwise.
    QString warning() const;

    static QByteArray encodeSecrets(const ProfileSecrets& secrets);
    static ProfileSecrets decodeSecrets(const QByteArray& json);

signals:
    void fallbackActivated(const QString& warning);

private:
    struct Pending;

    void activateFallback(const QString& reason);
    bool readFile(const QString& profileId, ProfileSecrets* out) const;
    bool writeFile(const QString& profileId, const ProfileSecrets* secrets, QString* error);
    void finishLoad(const std::shared_ptr<Pending>& pending, const ProfileSecrets& secrets);
    void finishStore(const std::shared_ptr<Pending>& pending, bool ok, const QString& error);
    void storeInFile(const std::shared_ptr<Pending>& pending, const ProfileSecrets& secrets);

    QString m_fallbackFile;
    QString m_reason;
    Backend m_backend = Backend::Undecided;
    bool m_keychainEnabled = true;
    int m_keychainTimeoutMs = 5000;
};

} // namespace cc::ui
