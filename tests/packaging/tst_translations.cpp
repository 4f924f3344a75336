// The German translation: the compiled catalogue answers known texts (including core texts
// whose context comes from Q_DECLARE_TR_FUNCTIONS helpers), the .ts has no unfinished or
// empty message, placeholders survive translation, and lupdate finds no text in the sources
// that the .ts lacks.

#include "ui/Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type;             // "unfinished", "vanished", "obsolete" or empty
};

QList<Message> readTs(const QString& file, QString* error) {
    QList<Message> out;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open ") + file;
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, {}, {}};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // Either text or <numerusform> children.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations << xml.readElementText();
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (current.translations.isEmpty())
                current.translations << text;
            out << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QStringList placeholders(const QString& text) {
    static const QRegularExpression re(QStringLiteral(R"(%L?\d|%n|%\(\w*\)s|%\(%1\)s)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

const QString kTs = QStringLiteral(CC_TS_DIR "/command-center_de.ts");

} // namespace

class TranslationsTest : public QObject {
    Q_OBJECT

private slots:
    void compiledCatalogueAnswersKnownTexts();
    void everyMessageIsTranslated();
    void placeholdersSurvive();
    void sourcesHaveNoTextTheTsLacks();
    void languageSettingResolves();
    void englishHasEveryPluralForm();
};

void TranslationsTest::compiledCatalogueAnswersKnownTexts() {
    QTranslator de;
    QVERIFY(de.load(QStringLiteral(":/i18n/command-center_de.qm")));
    QCOMPARE(de.translate("QMainWindow", "&File"), QStringLiteral("&Datei"));
    QCOMPARE(de.translate("cc::ui::AboutDialog", "About Command Center"),
             QStringLiteral("Über Command Center"));
    QCOMPARE(de.translate("TableDocument", "Foreign keys"), QStringLiteral("Fremdschlüssel"));
    // Core texts: their context comes from a Q_DECLARE_TR_FUNCTIONS helper.
    QCOMPARE(de.translate("ContractDiff", "No changes."), QStringLiteral("Keine Änderungen."));
    QCOMPARE(de.translate("cc::net", "Check the network and try again."),
             QStringLiteral("Prüfen Sie das Netzwerk und versuchen Sie es erneut."));
    // Plural forms.
    QCOMPARE(de.translate("cc::ui::SchemaGraphView", "%n table(s)", nullptr, 1),
             QStringLiteral("%n Tabelle"));
    QCOMPARE(de.translate("cc::ui::SchemaGraphView", "%n table(s)", nullptr, 7),
             QStringLiteral("%n Tabellen"));
    // Unknown text: no translation, so Qt falls back to the source.
    QVERIFY(de.translate("QMainWindow", "no such text").isEmpty());

    // Installed the way the application does it.
    QVERIFY(QCoreApplication::instance());
    QCOMPARE(cc::ui::language::install(*QCoreApplication::instance(), QStringLiteral("de")),
             QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("cc::ui::PreferencesDialog", "&Language:"),
             QStringLiteral("&Sprache:"));
}

void TranslationsTest::everyMessageIsTranslated() {
    QString error;
    const QList<Message> messages = readTs(kTs, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 500);
    QStringList problems;
    for (const Message& m : messages) {
        const bool empty = std::any_of(m.translations.cbegin(), m.translations.cend(),
                                       [](const QString& t) { return t.isEmpty(); });
        if (!m.type.isEmpty() || empty)
            problems << QStringLiteral("%1: “%2” (%3)")
                            .arg(m.context, m.source,
                                 m.type.isEmpty() ? QStringLiteral("empty") : m.type);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TranslationsTest::placeholdersSurvive() {
    QString error;
    const QList<Message> messages = readTs(kTs, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const Message& m : messages) {
        const QStringList want = placeholders(m.source);
        for (const QString& t : m.translations) {
            if (placeholders(t) != want)
                problems << QStringLiteral("%1: “%2” → “%3”").arg(m.context, m.source, t);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TranslationsTest::sourcesHaveNoTextTheTsLacks() {
    // lupdate over the same sources as resources/translations/CMakeLists.txt, into a copy.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("check_de.ts"));
    QVERIFY(QFile::copy(kTs, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(CC_SOURCE_DIR));
    lupdate.start(QStringLiteral(CC_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-no-obsolete"), QStringLiteral("-I"), QStringLiteral("."),
                   QStringLiteral("-I"), QStringLiteral("src"), QStringLiteral("ui"),
                   QStringLiteral("app/gui"), QStringLiteral("src/core"), QStringLiteral("src/net"),
                   QStringLiteral("src/graph"), QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    QString error;
    const QList<Message> fresh = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList untranslated;
    for (const Message& m : fresh) {
        if (m.type == QLatin1String("unfinished"))
            untranslated << QStringLiteral("%1: “%2”").arg(m.context, m.source);
    }
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(QStringLiteral("texts with no German translation; run the "
                                       "update_translations target and translate them:\n") +
                        untranslated.join(QLatin1Char('\n'))));
    QCOMPARE(fresh.size(), readTs(kTs, &error).size()); // nothing the sources no longer have
}

void TranslationsTest::languageSettingResolves() {
    using cc::ui::language::resolve;
    QCOMPARE(resolve(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(resolve(QStringLiteral("DE")), QStringLiteral("de"));
    QCOMPARE(resolve(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(resolve(QStringLiteral("fr")), QStringLiteral("en"));
    QCOMPARE(resolve(QStringLiteral("garbage\n")), QStringLiteral("en"));
    const QString system = resolve(QStringLiteral("system"));
    QVERIFY(system == QLatin1String("en") || system == QLatin1String("de"));
    QCOMPARE(cc::ui::language::choices().size(), 3);
}

// English ships only plural forms: every %n text of the German catalogue has its two English
// forms, so no window shows "1 table(s)".
void TranslationsTest::englishHasEveryPluralForm() {
    QTranslator en;
    QVERIFY(en.load(QStringLiteral(":/i18n/command-center_en.qm")));
    QCOMPARE(en.translate("cc::ui::SchemaGraphView", "%n table(s)", nullptr, 1),
             QStringLiteral("%n table"));
    QCOMPARE(en.translate("cc::ui::SchemaGraphView", "%n table(s)", nullptr, 2),
             QStringLiteral("%n tables"));

    QString error;
    const QList<Message> german = readTs(kTs, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Message> english =
        readTs(QStringLiteral(CC_TS_DIR "/command-center_en.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList missing;
    for (const Message& m : german) {
        if (m.translations.size() < 2)
            continue; // not a plural text
        const bool found = std::any_of(english.cbegin(), english.cend(), [&m](const Message& e) {
            return e.context == m.context && e.source == m.source && e.translations.size() == 2 &&
                   std::none_of(e.translations.cbegin(), e.translations.cend(),
                                [](const QString& t) { return t.isEmpty(); });
        });
        if (!found)
            missing << m.context + QStringLiteral(": ") + m.source;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
