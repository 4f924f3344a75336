#pragma once
// Shared by the query console GUI tests against the refserver fixture: its values, and a
// main window with a query workspace connected through an ephemeral profile.

#include "Screenshots.h"
#include "support/TestEnvironment.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/query/BrowseDataTab.h"
#include "ui/query/QueryConsole.h"
#include "ui/query/QueryWorkspace.h"
#include "ui/query/ResultModel.h"
#include "ui/query/ResultPanel.h"
#include "ui/query/ResultView.h"
#include "ui/query/ScopePicker.h"
#include "ui/query/SqlEditor.h"
#include "ui/table/TableDocument.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace querytest {

inline QString env(const char* key) {
    return cc::test::fixtureValue(QStringLiteral("refserver.env"), QString::fromLatin1(key));
}

struct Fixture {
    QString url = env("COMMAND_CENTER_URL");
    QString viewer = env("TOKEN_VIEWER");
    QString editor = env("TOKEN_EDITOR");
    QString serverLog = env("SERVER_LOG");
    qint64 pageCap = env("PAGE_CAP").toLongLong();

    bool ok() const { return !url.isEmpty() && !viewer.isEmpty(); }
};

// A main window with a query workspace, connected like --url/--token would. The settings
// file lives in `dir`, so a second Window on the same dir is a restart.
struct Window {
    std::shared_ptr<QTemporaryDir> dir;
    std::unique_ptr<cc::ui::Settings> settings;
    std::unique_ptr<cc::ui::MainWindow> window;
    cc::ui::QueryWorkspace* workspace = nullptr;

    Window(const Fixture& fx, const QString& token, bool allowWrites = false,
           std::shared_ptr<QTemporaryDir> keep = nullptr)
        : dir(keep ? keep : std::make_shared<QTemporaryDir>()) {
        settings = std::make_unique<cc::ui::Settings>(dir->filePath(QStringLiteral("cc.ini")));
        window = std::make_unique<cc::ui::MainWindow>(*settings);
        workspace = new cc::ui::QueryWorkspace(*window, *settings, true);
        window->resize(1440, 900);
        window->show();
        window->activateWindow();
        cc::ui::StartupOptions options;
        cc::ui::ConnectionProfile profile = cc::ui::ConnectionProfile::create();
        profile.baseUrl = QUrl(fx.url);
        profile.name = QStringLiteral("refserver");
        profile.ephemeral = true;
        profile.allowWrites = allowWrites;
        options.profile = profile;
        options.secrets.accessToken = token;
        options.interactive = false;
        options.restoreSession = false;
        window->start(options);
    }
};

// Waits until a console's scope holds `n` tables.
inline bool waitScope(cc::ui::QueryConsole* console, std::size_t n, int ms = 20000) {
    return QTest::qWaitFor([&] { return console->scope()->entries().size() == n; }, ms);
}

inline bool waitIdle(cc::ui::ResultPanel* panel, int ms = 60000) {
    return QTest::qWaitFor(
        [&] {
            const auto s = panel->model()->state();
            return !panel->isBusy() && s != cc::ui::ResultModel::State::Running &&
                   s != cc::ui::ResultModel::State::Idle;
        },
        ms);
}

inline QString cell(cc::ui::ResultModel* model, int row, const QString& column) {
    return model->cellText(row, int(model->columns().indexOf(column)));
}

} // namespace querytest
