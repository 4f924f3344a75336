#include "ui/connection/TokenStore.h"

#include "core/Json.h"
#include "ui/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace cc::ui {

namespace {
const QString kService = QStringLiteral("Command Center");
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString keychainKey(const QString& profileId) {
    return QStringLiteral("profile/") + profileId;
}

std::string utf8(const QString& s) {
    return s.toStdString();
}

QString stringField(const Json& object, const char* name) {
    auto it = object.find(name);
    if (it == object.end() || !it->is_string())
        return {};
    return QString::fromStdString(it->get<std::string>());
}

Json secretsObject(const ProfileSecrets& s) {
    Json o = Json::object();
    if (!s.accessToken.isEmpty())
        o["access"] = utf8(s.accessToken);
    if (!s.refreshToken.isEmpty())
        o["refresh"] = utf8(s.refreshToken);
    if (!s.password.isEmpty())
        o["password"] = utf8(s.password);
    return o;
}

ProfileSecrets secretsFrom(const Json& o) {
    ProfileSecrets s;
    if (!o.is_object())
        return s;
    s.accessToken = stringField(o, "access");
    s.refreshToken = stringField(o, "refresh");
    s.password = stringField(o, "password");
    return s;
}
} // namespace

struct TokenStore::Pending {
    QString profileId;
    QPointer<QObject> context;
    bool hasContext = false;
    LoadCallback onLoad;
    StoreCallback onStore;
    bool done = false;

    bool contextAlive() const { return !hasContext || !context.isNull(); }
};

TokenStore::TokenStore(const QString& fallbackFile, QObject* parent)
    : QObject(parent)
    , m_fallbackFile(fallbackFile) {}

TokenStore::~TokenStore() = default;

void TokenStore::setKeychainEnabled(bool enabled) {
    m_keychainEnabled = enabled;
    if (!enabled)
        activateFallback(tr("the keychain is turned off"));
}

QString TokenStore::warning() const {
    if (m_backend != Backend::File)
        return {};
    return tr("No keychain is available (%1): tokens are kept in %2, a file only your user can "
              "read.")
        .arg(m_reason, QDir::toNativeSeparators(m_fallbackFile));
}

QByteArray TokenStore::encodeSecrets(const ProfileSecrets& secrets) {
    return QByteArray::fromStdString(secretsObject(secrets).dump());
}

ProfileSecrets TokenStore::decodeSecrets(const QByteArray& json) {
    return secretsFrom(Json::parse(json.toStdString(), nullptr, false));
}

void TokenStore::activateFallback(const QString& reason) {
    if (m_backend == Backend::File)
        return;
    m_backend = Backend::File;
    m_reason = reason;
    qCWarning(lcUi) << "No keychain available, secrets go to a private file:" << reason;
    emit fallbackActivated(warning());
}

void TokenStore::load(const QString& profileId, QObject* context, LoadCallback done) {
    auto pending = std::make_shared<Pending>();
    pending->profileId = profileId;
    pending->context = context;
    pending->hasContext = context != nullptr;
    pending->onLoad = std::move(done);

    if (!m_keychainEnabled || m_backend == Backend::File) {
        // Always asynchronous, so callers see one behaviour whatever the backend.
        QTimer::singleShot(0, this, [this, pending] {
            ProfileSecrets s;
            readFile(pending->profileId, &s);
            finishLoad(pending, s);
        });
        return;
    }

    auto* job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(keychainKey(profileId));
    QTimer::singleShot(m_keychainTimeoutMs, this, [this, pending] {
        if (pending->done)
            return;
        activateFallback(tr("the keychain did not answer"));
        ProfileSecrets s;
        readFile(pending->profileId, &s);
        finishLoad(pending, s);
    });
    connect(job, &QKeychain::Job::finished, this, [this, pending](QKeychain::Job* j) {
        if (pending->done)
            return;
        auto* read = static_cast<QKeychain::ReadPasswordJob*>(j);
        ProfileSecrets s;
        switch (j->error()) {
        case QKeychain::NoError:
            m_backend = Backend::Keychain;
            s = decodeSecrets(read->textData().toUtf8());
            break;
        case QKeychain::EntryNotFound:
            m_backend = Backend::Keychain;
            // Saved while no keychain was reachable: still in the file.
            readFile(pending->profileId, &s);
            break;
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            qCWarning(lcUi) << "The keychain refused to hand out a secret:" << j->errorString();
            break;
        default:
            activateFallback(j->errorString());
            readFile(pending->profileId, &s);
            break;
        }
        finishLoad(pending, s);
    });
    job->start();
}

void TokenStore::store(const QString& profileId, const ProfileSecrets& secrets, QObject* context,
                       StoreCallback done) {
    auto pending = std::make_shared<Pending>();
    pending->profileId = profileId;
    pending->context = context;
    pending->hasContext = context != nullptr;
    pending->onStore = std::move(done);

    if (!m_keychainEnabled || m_backend == Backend::File) {
        QTimer::singleShot(0, this, [this, pending, secrets] { storeInFile(pending, secrets); });
        return;
    }

    auto* job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(keychainKey(profileId));
    job->setTextData(QString::fromUtf8(encodeSecrets(secrets)));
    QTimer::singleShot(m_keychainTimeoutMs, this, [this, pending, secrets] {
        if (pending->done)
            return;
        activateFallback(tr("the keychain did not answer"));
        storeInFile(pending, secrets);
    });
    connect(job, &QKeychain::Job::finished, this, [this, pending, secrets](QKeychain::Job* j) {
        if (pending->done)
            return;
        switch (j->error()) {
        case QKeychain::NoError: {
            m_backend = Backend::Keychain;
            QString ignored;
            writeFile(pending->profileId, nullptr, &ignored); // no stale copy in the file
            finishStore(pending, true, QString());
            break;
        }
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            finishStore(pending, false,
                        tr("The keychain refused to store the token: %1").arg(j->errorString()));
            break;
        default:
            activateFallback(j->errorString());
            storeInFile(pending, secrets);
            break;
        }
    });
    job->start();
}

void TokenStore::forget(const QString& profileId) {
    if (m_keychainEnabled && m_backend != Backend::File) {
        auto* job = new QKeychain::DeletePasswordJob(kService, this);
        job->setAutoDelete(true);
        job->setKey(keychainKey(profileId));
        job->start();
    }
    QString ignored;
    writeFile(profileId, nullptr, &ignored);
}

void TokenStore::storeInFile(const std::shared_ptr<Pending>& pending,
                             const ProfileSecrets& secrets) {
    QString error;
    const bool ok = writeFile(pending->profileId, secrets.isEmpty() ? nullptr : &secrets, &error);
    finishStore(pending, ok, error);
}

void TokenStore::finishLoad(const std::shared_ptr<Pending>& pending,
                            const ProfileSecrets& secrets) {
    if (pending->done)
        return;
    pending->done = true;
    if (pending->onLoad && pending->contextAlive())
        pending->onLoad(secrets);
}

void TokenStore::finishStore(const std::shared_ptr<Pending>& pending, bool ok,
                             const QString& error) {
    if (pending->done)
        return;
    pending->done = true;
    if (pending->onStore && pending->contextAlive())
        pending->onStore(ok, error);
}

bool TokenStore::readFile(const QString& profileId, ProfileSecrets* out) const {
    QFile f(m_fallbackFile);
    if (!f.exists())
        return false;
    constexpr QFileDevice::Permissions kShared = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                 QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                 QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (f.permissions() & kShared)
        f.setPermissions(kOwnerOnly); // someone widened it: narrow it again
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const Json all = Json::parse(f.readAll().toStdString(), nullptr, false);
    if (!all.is_object())
        return false;
    auto it = all.find(utf8(profileId));
    if (it == all.end())
        return false;
    *out = secretsFrom(*it);
    return true;
}

bool TokenStore::writeFile(const QString& profileId, const ProfileSecrets* secrets,
                           QString* error) {
    Json all = Json::object();
    QFile existing(m_fallbackFile);
    if (existing.open(QIODevice::ReadOnly)) {
        all = Json::parse(existing.readAll().toStdString(), nullptr, false);
        existing.close();
        if (!all.is_object())
            all = Json::object();
    } else if (!secrets) {
        return true; // nothing to remove
    }
    if (secrets)
        all[utf8(profileId)] = secretsObject(*secrets);
    else if (all.erase(utf8(profileId)) == 0)
        return true;

    QDir().mkpath(QFileInfo(m_fallbackFile).absolutePath());
    QSaveFile out(m_fallbackFile);
    // Narrow the permissions before any secret is written into the file.
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(kOwnerOnly)) {
        *error = tr("Could not write %1: %2").arg(m_fallbackFile, out.errorString());
        out.cancelWriting();
        return false;
    }
    out.write(QByteArray::fromStdString(all.dump(2)));
    if (!out.commit()) {
        *error = tr("Could not write %1: %2").arg(m_fallbackFile, out.errorString());
        return false;
    }
    QFile::setPermissions(m_fallbackFile, kOwnerOnly);
    return true;
}

} // namespace cc::ui
