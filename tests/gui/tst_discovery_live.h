#pragma once
// Shared by the discovery GUI tests that run against a real tsm-refserver: the fixture's
// values, a raw JSON fetch that does not go through cc_net (the independent truth the UI is
// compared with), and a main window connected with an ephemeral profile.

#include "core/Json.h"
#include "support/TestEnvironment.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/catalog/CatalogPanel.h"
#include "ui/table/TableDocument.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>
#include <QtTest>

#include <memory>

namespace discovery {

struct Fixture {
    QString url;
    QString token;
    QString tokenAdmin;
    QString pgConninfo;
    QString serverBinary;

    static Fixture read() {
        Fixture f;
        f.url = cc::test::fixtureValue(QStringLiteral("refserver.env"),
                                       QStringLiteral("COMMAND_CENTER_URL"));
        f.token =
            cc::test::fixtureValue(QStringLiteral("refserver.env"), QStringLiteral("TOKEN_VIEWER"));
        f.tokenAdmin =
            cc::test::fixtureValue(QStringLiteral("refserver.env"), QStringLiteral("TOKEN_ADMIN"));
        f.pgConninfo =
            cc::test::fixtureValue(QStringLiteral("refserver.env"), QStringLiteral("PG_CONNINFO"));
        f.serverBinary = cc::test::fixtureValue(QStringLiteral("refserver.env"),
                                                QStringLiteral("REFSERVER_BIN"));
        return f;
    }
    bool ok() const { return !url.isEmpty() && !token.isEmpty(); }
};

// GET <base><path> with the bearer token, outside of cc_net. Null JSON on any failure.
inline cc::Json fetchJson(const QString& base, const QString& pathAndQuery, const QString& token) {
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(base + pathAndQuery));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    QNetworkReply* reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    if (status != 200)
        return cc::Json();
    return cc::Json::parse(body.toStdString(), nullptr, false);
}

inline QString str(const cc::Json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                            : QString();
}

// A main window connected to `url` with an ephemeral profile, as --url/--token do.
struct Window {
    QTemporaryDir dir;
    std::unique_ptr<cc::ui::Settings> settings;
    std::unique_ptr<cc::ui::MainWindow> window;

    Window(const QString& url, const QString& token, cc::ApiNamespace ns = cc::ApiNamespace::Auto) {
        settings =
            std::make_unique<cc::ui::Settings>(dir.filePath(QStringLiteral("command-center.ini")));
        window = std::make_unique<cc::ui::MainWindow>(*settings);
        window->resize(1400, 880);
        window->show();
        window->activateWindow();
        cc::ui::StartupOptions options;
        cc::ui::ConnectionProfile profile = cc::ui::ConnectionProfile::create();
        profile.baseUrl = QUrl(url);
        profile.name = QStringLiteral("refserver");
        profile.apiNamespace = ns;
        profile.ephemeral = true;
        options.profile = profile;
        options.secrets.accessToken = token;
        options.interactive = false;
        options.restoreSession = false;
        window->start(options);
    }

    cc::ui::CatalogPanel* catalog() const { return window->catalogPanel(); }

    bool waitCatalog(int ms = 20000) const {
        return QTest::qWaitFor(
            [&] {
                const auto s = catalog()->model()->state();
                return !catalog()->model()->isFetching() &&
                       (s == cc::ui::CatalogModel::State::Loaded ||
                        s == cc::ui::CatalogModel::State::Empty ||
                        s == cc::ui::CatalogModel::State::Error);
            },
            ms);
    }

    // Opens `target` and waits until its current tab has its data on screen.
    cc::ui::TableDocument* openAndWait(const QString& target, const QString& tab = QString(),
                                       int ms = 20000) {
        cc::ui::TableDocument* doc = window->openTable(target, QString(), tab);
        if (!doc)
            return nullptr;
        if (!QTest::qWaitFor([&] { return doc->isReady() || doc->hasFailed(); }, ms))
            return nullptr;
        return doc;
    }
};

inline bool waitReady(cc::ui::TableDocument* doc, int ms = 20000) {
    return QTest::qWaitFor([&] { return doc->isReady() || (doc->hasFailed() && !doc->isLoaded()); },
                           ms) &&
           doc->isReady();
}

} // namespace discovery
