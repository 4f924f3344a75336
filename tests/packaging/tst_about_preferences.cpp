// Help → About and Edit → Preferences: what they show, what Preferences stores, and the
// theme and language they choose at the next start.

#include "core/Version.h"
#include "ui/AboutDialog.h"
#include "ui/Language.h"
#include "ui/PreferencesDialog.h"
#include "ui/Settings.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

class AboutPreferencesTest : public QObject {
    Q_OBJECT

private slots:
    void aboutShowsVersionsAndLicense();
    void aboutInGerman();
    void preferencesStoreThemeAndLanguage();
    void themeForcesLightOrDark();

private:
    static void save(QWidget& w, const QString& name) {
        // CC_SCREENSHOT_DIR=DIR keeps the dialogs as PNGs for a look.
        const QString dir = qEnvironmentVariable("CC_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w.grab().save(dir + QLatin1Char('/') + name);
    }
};

void AboutPreferencesTest::aboutShowsVersionsAndLicense() {
    cc::ui::AboutDialog about;
    about.show();
    QVERIFY(QTest::qWaitForWindowExposed(&about));
    QCOMPARE(about.windowTitle(), QStringLiteral("About Command Center"));
    auto* version = about.findChild<QLabel*>(QStringLiteral("aboutVersion"));
    QVERIFY(version);
    QCOMPARE(version->text(), QStringLiteral("Version %1").arg(QString::fromLatin1(cc::kVersion)));

    QStringList texts;
    for (QLabel* label : about.findChildren<QLabel*>())
        texts << label->text();
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QString::fromLatin1(qVersion())), qPrintable(all));
    QVERIFY2(all.contains(cc::ui::AboutDialog::graphvizVersionText()), qPrintable(all));
    QVERIFY(cc::ui::AboutDialog::graphvizVersionText().contains(QLatin1Char('.')));
    QVERIFY2(all.contains(QStringLiteral("License")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("href=")), qPrintable(all));

    const QString details = cc::ui::AboutDialog::details();
    QVERIFY(details.startsWith(QStringLiteral("Command Center %1").arg(cc::kVersion)));
    QVERIFY(details.contains(QStringLiteral("Qt: ")));
    QVERIFY(details.contains(QStringLiteral("Graphviz: ")));
    save(about, QStringLiteral("about.png"));
}

void AboutPreferencesTest::aboutInGerman() {
    QTranslator de;
    QVERIFY(de.load(QStringLiteral(":/i18n/command-center_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(&de));
    {
        cc::ui::AboutDialog about;
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        QCOMPARE(about.windowTitle(), QStringLiteral("Über Command Center"));
        auto* version = about.findChild<QLabel*>(QStringLiteral("aboutVersion"));
        QVERIFY(version);
        QVERIFY(version->text().startsWith(QStringLiteral("Version ")));
        save(about, QStringLiteral("about-de.png"));
    }
    QCoreApplication::removeTranslator(&de);
}

void AboutPreferencesTest::preferencesStoreThemeAndLanguage() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    {
        cc::ui::Settings settings(ini);
        cc::ui::PreferencesDialog prefs(settings);
        prefs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&prefs));
        auto* theme = prefs.findChild<QComboBox*>(QStringLiteral("themeCombo"));
        auto* language = prefs.findChild<QComboBox*>(QStringLiteral("languageCombo"));
        auto* notice = prefs.findChild<QLabel*>(QStringLiteral("restartNotice"));
        QVERIFY(theme && language && notice);
        QCOMPARE(theme->currentData().toString(), QStringLiteral("system"));
        QCOMPARE(language->currentData().toString(), QStringLiteral("system"));
        QVERIFY(!notice->isVisible());

        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        QVERIFY(notice->isVisible());
        language->setCurrentIndex(language->findData(QStringLiteral("system")));
        QVERIFY(!notice->isVisible()); // back to what runs now
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
        save(prefs, QStringLiteral("preferences.png"));
        prefs.accept();
    }
    {
        // A new run reads what was stored, and the dialog starts from it.
        cc::ui::Settings settings(ini);
        QCOMPARE(settings.stringValue(QStringLiteral("appearance"), QStringLiteral("language")),
                 QStringLiteral("de"));
        QCOMPARE(settings.stringValue(QStringLiteral("appearance"), QStringLiteral("theme")),
                 QStringLiteral("dark"));
        cc::ui::PreferencesDialog prefs(settings);
        auto* language = prefs.findChild<QComboBox*>(QStringLiteral("languageCombo"));
        QCOMPARE(language->currentData().toString(), QStringLiteral("de"));
        // Cancel stores nothing.
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        prefs.reject();
        QCOMPARE(settings.stringValue(QStringLiteral("appearance"), QStringLiteral("language")),
                 QStringLiteral("de"));
    }
}

void AboutPreferencesTest::themeForcesLightOrDark() {
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    QVERIFY(app);
    cc::ui::theme::apply(*app, QStringLiteral("dark"));
    QVERIFY(cc::ui::theme::isDark());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
    cc::ui::theme::apply(*app, QStringLiteral("light"));
    QVERIFY(!cc::ui::theme::isDark());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
    // Every window gets the application icon.
    QVERIFY(!QApplication::windowIcon().isNull());
}

QTEST_MAIN(AboutPreferencesTest)
#include "tst_about_preferences.moc"
