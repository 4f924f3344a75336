#include "ui/AboutDialog.h"

#include "core/Version.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

#include <graphviz/graphviz_version.h>

namespace cc::ui {

namespace {
// The Graphviz headers the layout code was built against; the macros have generic names,
// so take the value and drop them.
const char* const kGraphvizVersion = PACKAGE_VERSION;
#undef PACKAGE_BUGREPORT
#undef PACKAGE_NAME
#undef PACKAGE_STRING
#undef PACKAGE_TARNAME
#undef PACKAGE_URL
#undef PACKAGE_VERSION

// Keep in step with HOMEPAGE_URL in the top-level CMakeLists.txt.
const char* const kHomepage = "https://localhost/command-center";
const char* const kContractDocs = "https://localhost/command-center/docs/backend-contract";

QLabel* selectableLabel(const QString& text) {
    auto* label = new QLabel(text);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

QString AboutDialog::qtVersionText() {
    const QString running = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    return running == built ? running : tr("%1 (built with %2)").arg(running, built);
}

QString AboutDialog::graphvizVersionText() {
    return QString::fromLatin1(kGraphvizVersion);
}

QString AboutDialog::details() {
    QStringList lines;
    lines << QStringLiteral("%1 %2").arg(QString::fromLatin1(kApplicationName),
                                         QString::fromLatin1(kVersion));
    lines << tr("Qt: %1").arg(qtVersionText());
    lines << tr("Graphviz: %1").arg(graphvizVersionText());
    lines << tr("System: %1 (%2)")
                 .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture());
    if (qApp)
        lines << tr("Platform plugin: %1").arg(QGuiApplication::platformName());
    return lines.join(QLatin1Char('\n'));
}

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("About Command Center"));
    setObjectName(QStringLiteral("aboutDialog"));

    auto* icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/command-center.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto* title = new QLabel(QString::fromLatin1(kApplicationName));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto* version = selectableLabel(tr("Version %1").arg(QString::fromLatin1(kVersion)));
    version->setObjectName(QStringLiteral("aboutVersion"));

    auto* summary = new QLabel(tr("A desktop client for MetaTable catalogs: find tables, read "
                                  "their contracts, follow their foreign keys, see what depends "
                                  "on them and run bounded queries."));
    summary->setWordWrap(true);

    auto* facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    facts->addRow(tr("Qt:"), selectableLabel(qtVersionText()));
    facts->addRow(tr("Graphviz:"), selectableLabel(graphvizVersionText()));
    facts->addRow(tr("System:"), selectableLabel(QSysInfo::prettyProductName()));

    auto* license = new QLabel(tr("Distributed under the MIT License. Qt is used under the "
                                  "LGPL 3; Graphviz under the Eclipse Public License."));
    license->setWordWrap(true);

    auto* links =
        new QLabel(tr("<a href=\"%1\">Homepage</a> · <a href=\"%2\">Backend "
                      "contract</a>")
                       .arg(QString::fromLatin1(kHomepage), QString::fromLatin1(kContractDocs)));
    links->setOpenExternalLinks(true);
    links->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto* text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(version);
    text->addSpacing(6);
    text->addWidget(summary);
    text->addSpacing(6);
    text->addLayout(facts);
    text->addSpacing(6);
    text->addWidget(license);
    text->addWidget(links);
    text->addStretch(1);

    auto* body = new QHBoxLayout;
    body->addWidget(icon);
    body->addSpacing(12);
    body->addLayout(text, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* copy = buttons->addButton(tr("Copy Details"), QDialogButtonBox::ActionRole);
    QPushButton* aboutQt = buttons->addButton(tr("About Qt"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
            [] { QGuiApplication::clipboard()->setText(details()); });
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    // Wrapped labels: size the window for their height at this width (longer languages).
    adjustSize();
}

} // namespace cc::ui
