#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace cc::ui {

class Settings;

// Edit → Preferences: the theme (system, light, dark) and the language (system, English,
// Deutsch). Both are read once at start-up, so a change shows a restart notice.
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(Settings& settings, QWidget* parent = nullptr);

    void accept() override;

private:
    void updateNotice();

    Settings& m_settings;
    QComboBox* m_theme = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_notice = nullptr;
    QString m_startTheme;
    QString m_startLanguage;
};

} // namespace cc::ui
