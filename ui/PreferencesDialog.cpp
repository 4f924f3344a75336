#include "ui/PreferencesDialog.h"

#include "ui/Language.h"
#include "ui/Settings.h"
#include "ui/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cc::ui {

namespace {
const QString kGroup = QStringLiteral("appearance");

void selectData(QComboBox* box, const QString& value) {
    const int i = box->findData(value);
    box->setCurrentIndex(i >= 0 ? i : 0);
}
} // namespace

PreferencesDialog::PreferencesDialog(Settings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings) {
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));

    m_theme = new QComboBox;
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("System"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_startTheme = settings.stringValue(kGroup, QStringLiteral("theme"));
    selectData(m_theme, m_startTheme);

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const language::Choice& choice : language::choices())
        m_language->addItem(choice.label, choice.code);
    m_startLanguage = settings.stringValue(kGroup, QStringLiteral("language"));
    selectData(m_language, m_startLanguage);

    m_notice = new QLabel(tr("Command Center uses the new theme and language the next time it "
                             "starts."));
    m_notice->setObjectName(QStringLiteral("restartNotice"));
    m_notice->setWordWrap(true);
    QPalette notice = m_notice->palette();
    notice.setColor(QPalette::WindowText, theme::toneColor(theme::Tone::Warning));
    m_notice->setPalette(notice);

    auto* form = new QFormLayout;
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Language:"), m_language);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_notice);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_theme, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateNotice);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateNotice);
    updateNotice();
    setMinimumWidth(380);
}

void PreferencesDialog::updateNotice() {
    const bool changed = m_theme->currentData().toString() != m_startTheme ||
                         m_language->currentData().toString() != m_startLanguage;
    m_notice->setVisible(changed);
}

void PreferencesDialog::accept() {
    m_settings.setValue(kGroup, QStringLiteral("theme"), m_theme->currentData().toString());
    m_settings.setValue(kGroup, QStringLiteral("language"), m_language->currentData().toString());
    m_settings.sync();
    QDialog::accept();
}

} // namespace cc::ui
