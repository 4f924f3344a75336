#include "ui/Settings.h"
#include "ui/connection/ConnectionProfile.h"
#include "ui/connection/ProfileStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace cc;
using namespace cc::ui;

class TestSettings : public QObject {
    Q_OBJECT

private slots:
    void defaultsComeFromOneTable();
    void overrideFileIsUsed();
    void valuesPersistWithTheirTypes();
    void cacheAnswersBeforeSync();
    void removeGroupDropsItsKeys();
    void profilesRoundTripWithoutSecrets();
    void ephemeralProfilesAreNeverSaved();
    void removingTheLastProfileClearsIt();
    void profileProblemRefusesUnsafeUrls();
    void clientConfigCarriesProfileAndSecrets();

private:
    QTemporaryDir m_dir;
    QString file(const QString& name) const { return m_dir.filePath(name); }
};

void TestSettings::defaultsComeFromOneTable() {
    Settings s(file(QStringLiteral("defaults.ini")));
    QCOMPARE(s.intValue(QStringLiteral("catalog"), QStringLiteral("debounceMs")), 150);
    QCOMPARE(s.intValue(QStringLiteral("history"), QStringLiteral("recentLimit")), 20);
    QCOMPARE(s.stringValue(QStringLiteral("appearance"), QStringLiteral("theme")),
             QStringLiteral("system"));
    QVERIFY(s.stringListValue(QStringLiteral("window"), QStringLiteral("openTabs")).isEmpty());
    QVERIFY(!s.value(QStringLiteral("nope"), QStringLiteral("missing")).isValid());
    QCOMPARE(Settings::defaultValue(QStringLiteral("catalog"), QStringLiteral("pageSize")).toInt(),
             50);
}

void TestSettings::overrideFileIsUsed() {
    const QString path = file(QStringLiteral("override.ini"));
    {
        Settings s(path);
        QCOMPARE(s.fileName(), path);
        QCOMPARE(s.directory(), m_dir.path());
        s.setValue(QStringLiteral("catalog"), QStringLiteral("pageSize"), 77);
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY2(text.contains("[catalog]"), text.constData());
    QVERIFY2(text.contains("pageSize=77"), text.constData());
    QVERIFY(Settings::defaultFileName().endsWith(QStringLiteral("command-center.ini")));
}

void TestSettings::valuesPersistWithTheirTypes() {
    const QString path = file(QStringLiteral("persist.ini"));
    const QByteArray geometry("\x01\x02\x00\xff", 4);
    {
        Settings s(path);
        s.setValue(QStringLiteral("window"), QStringLiteral("geometry"), geometry);
        s.setValue(QStringLiteral("window"), QStringLiteral("openTabs"),
                   QStringList{QStringLiteral("a|columns"), QStringLiteral("b|raw")});
        s.setValue(QStringLiteral("window"), QStringLiteral("restoreTabs"), false);
        s.setValue(QStringLiteral("catalog"), QStringLiteral("debounceMs"), 300);
        s.setValue(QStringLiteral("history"), QStringLiteral("recentTables"),
                   QStringList{QStringLiteral("only-one")});
    }
    Settings again(path);
    QCOMPARE(again.value(QStringLiteral("window"), QStringLiteral("geometry")).toByteArray(),
             geometry);
    QCOMPARE(again.stringListValue(QStringLiteral("window"), QStringLiteral("openTabs")),
             (QStringList{QStringLiteral("a|columns"), QStringLiteral("b|raw")}));
    QCOMPARE(again.value(QStringLiteral("window"), QStringLiteral("restoreTabs")).metaType().id(),
             QMetaType::Bool);
    QCOMPARE(again.boolValue(QStringLiteral("window"), QStringLiteral("restoreTabs")), false);
    QCOMPARE(again.value(QStringLiteral("catalog"), QStringLiteral("debounceMs")).metaType().id(),
             QMetaType::Int);
    QCOMPARE(again.intValue(QStringLiteral("catalog"), QStringLiteral("debounceMs")), 300);
    // A one-element list comes back from INI as a plain string; it must stay a list.
    QCOMPARE(again.stringListValue(QStringLiteral("history"), QStringLiteral("recentTables")),
             QStringList{QStringLiteral("only-one")});
}

void TestSettings::cacheAnswersBeforeSync() {
    const QString path = file(QStringLiteral("cache.ini"));
    Settings s(path);
    s.setValue(QStringLiteral("catalog"), QStringLiteral("mode"), QStringLiteral("column"));
    QCOMPARE(s.stringValue(QStringLiteral("catalog"), QStringLiteral("mode")),
             QStringLiteral("column"));
    // Another writer changes the file: the cache keeps answering what this process set.
    {
        QSettings other(path, QSettings::IniFormat);
        other.setValue(QStringLiteral("catalog/mode"), QStringLiteral("description"));
    }
    QCOMPARE(s.stringValue(QStringLiteral("catalog"), QStringLiteral("mode")),
             QStringLiteral("column"));
}

void TestSettings::removeGroupDropsItsKeys() {
    Settings s(file(QStringLiteral("remove.ini")));
    s.setValue(QStringLiteral("profile-x"), QStringLiteral("name"), QStringLiteral("X"));
    s.setValue(QStringLiteral("profile-x"), QStringLiteral("baseUrl"), QStringLiteral("http://x"));
    s.remove(QStringLiteral("profile-x"));
    QVERIFY(!s.value(QStringLiteral("profile-x"), QStringLiteral("name")).isValid());
    QVERIFY(!s.value(QStringLiteral("profile-x"), QStringLiteral("baseUrl")).isValid());
}

void TestSettings::profilesRoundTripWithoutSecrets() {
    const QString path = file(QStringLiteral("profiles.ini"));
    ConnectionProfile p = ConnectionProfile::create();
    p.name = QStringLiteral("Staging");
    p.baseUrl = QUrl(QStringLiteral("https://staging.example.com"));
    p.apiNamespace = ApiNamespace::V1;
    p.authMethod = AuthMethod::Login;
    p.username = QStringLiteral("ana");
    p.verifyTls = false;
    p.allowInsecureHttp = true;
    {
        Settings s(path);
        ProfileStore store(s);
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        QVERIFY(store.isEmpty());
        QVERIFY(store.save(p));
        QCOMPARE(changed.count(), 1);
        store.setLastProfileId(p.id);
    }
    Settings s(path);
    ProfileStore store(s);
    QCOMPARE(store.profiles().size(), std::size_t(1));
    QCOMPARE(store.profile(p.id).value(), p);
    QCOMPARE(store.lastProfileId(), p.id);
    QVERIFY(!store.profile(QStringLiteral("unknown")).has_value());
    // The settings file holds no secret-looking keys.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll().toLower();
    QVERIFY(!text.contains("token"));
    QVERIFY(!text.contains("password"));
}

void TestSettings::ephemeralProfilesAreNeverSaved() {
    Settings s(file(QStringLiteral("ephemeral.ini")));
    ProfileStore store(s);
    ConnectionProfile p = ConnectionProfile::create();
    p.ephemeral = true;
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    QVERIFY(!store.save(p));
    QVERIFY(store.isEmpty());
    QVERIFY(!store.profile(p.id).has_value());
}

void TestSettings::removingTheLastProfileClearsIt() {
    Settings s(file(QStringLiteral("removal.ini")));
    ProfileStore store(s);
    ConnectionProfile a = ConnectionProfile::create();
    a.name = QStringLiteral("A");
    ConnectionProfile b = ConnectionProfile::create();
    b.name = QStringLiteral("B");
    QVERIFY(store.save(a));
    QVERIFY(store.save(b));
    store.setLastProfileId(a.id);
    store.remove(a.id);
    QCOMPARE(store.profiles().size(), std::size_t(1));
    QCOMPARE(store.profiles().front().name, QStringLiteral("B"));
    QVERIFY(store.lastProfileId().isEmpty());
    QVERIFY(!s.value(QStringLiteral("profile-") + a.id, QStringLiteral("name")).isValid());
}

void TestSettings::profileProblemRefusesUnsafeUrls() {
    ConnectionProfile p = ConnectionProfile::create();
    ProfileSecrets secrets;
    secrets.accessToken = QStringLiteral("t");
    QVERIFY(!profileProblem(p, secrets).isEmpty()); // no URL
    p.baseUrl = QUrl(QStringLiteral("ftp://example.com"));
    QVERIFY(!profileProblem(p, secrets).isEmpty());
    p.baseUrl = QUrl(QStringLiteral("http://example.com"));
    QVERIFY(profileProblem(p, secrets).contains(QStringLiteral("example.com")));
    p.allowInsecureHttp = true;
    QVERIFY(profileProblem(p, secrets).isEmpty());
    p.allowInsecureHttp = false;
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    QVERIFY(profileProblem(p, secrets).isEmpty());
    QVERIFY(!profileProblem(p, ProfileSecrets()).isEmpty()); // no token
    p.authMethod = AuthMethod::Login;
    p.username = QStringLiteral("ana");
    QVERIFY(!profileProblem(p, secrets).isEmpty()); // no password
    secrets.password = QStringLiteral("pw");
    QVERIFY(profileProblem(p, secrets).isEmpty());
}

void TestSettings::clientConfigCarriesProfileAndSecrets() {
    ConnectionProfile p = ConnectionProfile::create();
    p.baseUrl = QUrl(QStringLiteral("https://api.example.com"));
    p.apiNamespace = ApiNamespace::Legacy;
    p.verifyTls = false;
    ProfileSecrets secrets{QStringLiteral("acc"), QStringLiteral("ref"), QStringLiteral("pw")};
    ClientConfig c = clientConfig(p, secrets, 1234);
    QCOMPARE(c.baseUrl, p.baseUrl);
    QCOMPARE(c.apiNamespace, ApiNamespace::Legacy);
    QCOMPARE(c.accessToken, QStringLiteral("acc"));
    QCOMPARE(c.refreshToken, QStringLiteral("ref"));
    QVERIFY(c.password.isEmpty()); // bearer profiles do not log in
    QCOMPARE(c.timeoutMs, 1234);
    QCOMPARE(c.verifyTls, false);
    p.authMethod = AuthMethod::Login;
    p.username = QStringLiteral("ana");
    c = clientConfig(p, secrets, 0);
    QCOMPARE(c.username, QStringLiteral("ana"));
    QCOMPARE(c.password, QStringLiteral("pw"));
    QCOMPARE(c.timeoutMs, ClientConfig().timeoutMs);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
