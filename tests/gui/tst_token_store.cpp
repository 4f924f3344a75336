#include "ui/Settings.h"
#include "ui/connection/ProfileStore.h"
#include "ui/connection/TokenStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace cc::ui;

namespace {
int modeBits(const QString& path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Runs store() and waits for its callback.
bool storeAndWait(TokenStore& store, const QString& id, const ProfileSecrets& secrets,
                  QString* error = nullptr) {
    bool finished = false;
    bool ok = false;
    QObject context;
    store.store(id, secrets, &context, [&](bool success, const QString& message) {
        finished = true;
        ok = success;
        if (error)
            *error = message;
    });
    if (!QTest::qWaitFor([&] { return finished; }, 20000))
        return false;
    return ok;
}

ProfileSecrets loadAndWait(TokenStore& store, const QString& id) {
    bool finished = false;
    ProfileSecrets out;
    QObject context;
    store.load(id, &context, [&](const ProfileSecrets& s) {
        finished = true;
        out = s;
    });
    (void)QTest::qWaitFor([&] { return finished; }, 20000);
    return out;
}
} // namespace

class TestTokenStore : public QObject {
    Q_OBJECT

private slots:
    void fallbackFileIsPrivateAndAnnounced();
    void secretsRoundTripThroughANewStore();
    void tokenNeverReachesTheSettingsFile();
    void forgetRemovesTheEntry();
    void disabledKeychainGoesStraightToTheFile();
    void widenedPermissionsAreNarrowedOnRead();
    void garbageDecodesToNothing();
    void deadContextSkipsTheCallback();

private:
    QTemporaryDir m_dir;
    const ProfileSecrets m_secrets{QStringLiteral("access-7f3a9c"), QStringLiteral("refresh-1b2c"),
                                   QStringLiteral("pa55-word")};
};

void TestTokenStore::fallbackFileIsPrivateAndAnnounced() {
    const QString path = m_dir.filePath(QStringLiteral("announce/secrets.json"));
    TokenStore store(path);
    store.setKeychainTimeoutMs(3000);
    QSignalSpy warned(&store, &TokenStore::fallbackActivated);
    QVERIFY(storeAndWait(store, QStringLiteral("p1"), m_secrets));
    if (store.backend() == TokenStore::Backend::Keychain)
        QSKIP("A keychain is reachable here; the fallback path is not taken.");
    QCOMPARE(store.backend(), TokenStore::Backend::File);
    QCOMPARE(warned.count(), 1);
    QVERIFY(!warned.first().first().toString().isEmpty());
    QCOMPARE(store.warning(), warned.first().first().toString());
    QVERIFY(store.warning().contains(QStringLiteral("secrets.json")));
    QVERIFY(QFile::exists(path));
    QCOMPARE(modeBits(path), 0600);
    QVERIFY(readAll(path).contains("access-7f3a9c"));
    // A second write does not announce again.
    QVERIFY(storeAndWait(store, QStringLiteral("p2"), m_secrets));
    QCOMPARE(warned.count(), 1);
    QCOMPARE(modeBits(path), 0600);
}

void TestTokenStore::secretsRoundTripThroughANewStore() {
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.json"));
    {
        TokenStore store(path);
        store.setKeychainTimeoutMs(3000);
        QVERIFY(storeAndWait(store, QStringLiteral("p1"), m_secrets));
        ProfileSecrets other;
        other.accessToken = QStringLiteral("second");
        QVERIFY(storeAndWait(store, QStringLiteral("p2"), other));
    }
    TokenStore again(path);
    again.setKeychainTimeoutMs(3000);
    QCOMPARE(loadAndWait(again, QStringLiteral("p1")), m_secrets);
    QCOMPARE(loadAndWait(again, QStringLiteral("p2")).accessToken, QStringLiteral("second"));
    QVERIFY(loadAndWait(again, QStringLiteral("missing")).isEmpty());
}

void TestTokenStore::tokenNeverReachesTheSettingsFile() {
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("command-center.ini")));
    ProfileStore profiles(settings);
    TokenStore tokens(settings.directory() + QStringLiteral("/secrets.json"));
    tokens.setKeychainTimeoutMs(3000);

    ConnectionProfile p = ConnectionProfile::create();
    p.name = QStringLiteral("Prod");
    p.baseUrl = QUrl(QStringLiteral("https://prod.example.com"));
    p.authMethod = AuthMethod::Login;
    p.username = QStringLiteral("ana");
    QVERIFY(profiles.save(p));
    profiles.setLastProfileId(p.id);
    QVERIFY(storeAndWait(tokens, p.id, m_secrets));
    settings.sync();

    const QByteArray ini = readAll(settings.fileName());
    QVERIFY(ini.contains("prod.example.com")); // the profile is there...
    QVERIFY(!ini.contains("access-7f3a9c"));   // ...its secrets are not
    QVERIFY(!ini.contains("refresh-1b2c"));
    QVERIFY(!ini.contains("pa55-word"));
}

void TestTokenStore::forgetRemovesTheEntry() {
    const QString path = m_dir.filePath(QStringLiteral("forget.json"));
    TokenStore store(path);
    store.setKeychainEnabled(false);
    QVERIFY(storeAndWait(store, QStringLiteral("keep"), m_secrets));
    QVERIFY(storeAndWait(store, QStringLiteral("drop"), m_secrets));
    store.forget(QStringLiteral("drop"));
    QVERIFY(loadAndWait(store, QStringLiteral("drop")).isEmpty());
    QCOMPARE(loadAndWait(store, QStringLiteral("keep")), m_secrets);
    QVERIFY(!readAll(path).contains("\"drop\""));
}

void TestTokenStore::disabledKeychainGoesStraightToTheFile() {
    const QString path = m_dir.filePath(QStringLiteral("disabled.json"));
    TokenStore store(path);
    QSignalSpy warned(&store, &TokenStore::fallbackActivated);
    store.setKeychainEnabled(false);
    QCOMPARE(warned.count(), 1);
    QCOMPARE(store.backend(), TokenStore::Backend::File);
    QVERIFY(storeAndWait(store, QStringLiteral("p"), m_secrets));
    QCOMPARE(modeBits(path), 0600);
    QCOMPARE(TokenStore::decodeSecrets(TokenStore::encodeSecrets(m_secrets)), m_secrets);
}

void TestTokenStore::widenedPermissionsAreNarrowedOnRead() {
    const QString path = m_dir.filePath(QStringLiteral("widened.json"));
    TokenStore store(path);
    store.setKeychainEnabled(false);
    QVERIFY(storeAndWait(store, QStringLiteral("p"), m_secrets));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QCOMPARE(modeBits(path), 0644);
    QCOMPARE(loadAndWait(store, QStringLiteral("p")), m_secrets);
    QCOMPARE(modeBits(path), 0600);
}

void TestTokenStore::garbageDecodesToNothing() {
    QVERIFY(TokenStore::decodeSecrets("not json").isEmpty());
    QVERIFY(TokenStore::decodeSecrets("[1,2]").isEmpty());
    QVERIFY(TokenStore::decodeSecrets("{\"access\": 5}").isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("garbage.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{{{ definitely not json");
    f.close();
    TokenStore store(path);
    store.setKeychainEnabled(false);
    QVERIFY(loadAndWait(store, QStringLiteral("p")).isEmpty());
    // Writing over a corrupt file starts a fresh one.
    QVERIFY(storeAndWait(store, QStringLiteral("p"), m_secrets));
    QCOMPARE(loadAndWait(store, QStringLiteral("p")), m_secrets);
}

void TestTokenStore::deadContextSkipsTheCallback() {
    TokenStore store(m_dir.filePath(QStringLiteral("context.json")));
    store.setKeychainEnabled(false);
    bool called = false;
    auto* context = new QObject;
    store.load(QStringLiteral("p"), context, [&](const ProfileSecrets&) { called = true; });
    delete context;
    QTest::qWait(50);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_token_store.moc"
