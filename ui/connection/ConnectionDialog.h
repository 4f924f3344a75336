#pragma once

#include "net/ApiClient.h"
#include "ui/Theme.h"
#include "ui/connection/ConnectionProfile.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QFormLayout;

namespace cc::ui {

class TokenStore;

// The first-run / connection dialog. "Test connection" sends one cheap request (the first
// catalog row) with exactly what was typed; "Save" runs the same test first and only closes
// when it passed (or the user chose "Save anyway" after a failure). Non-blocking: open it
// with open() and read profile()/secrets() when it is accepted.
class ConnectionDialog : public QDialog {
    Q_OBJECT

public:
    ConnectionDialog(TokenStore& tokens, QWidget* parent = nullptr);
    ~ConnectionDialog() override;

    void setProfile(const ConnectionProfile& profile, const ProfileSecrets& secrets);
    ConnectionProfile profile() const;
    // Includes tokens obtained by a login during the test.
    ProfileSecrets secrets() const;

    // For tests: start the connection test as the button does.
    void testConnection();
    bool isTesting() const;
    QString testResultText() const;

signals:
    void testFinished(bool ok);

private:
    void buildForm();
    void updateAuthPage();
    void updateFallbackWarning();
    void startTest(bool saveAfter);
    void finishTest(bool ok, const QString& text, bool saveAfter);
    void showResult(theme::Tone tone, const QString& text);
    void save();

    TokenStore& m_tokens;
    ConnectionProfile m_profile;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_url = nullptr;
    QComboBox* m_api = nullptr;
    QComboBox* m_auth = nullptr;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_accessToken = nullptr;
    QLineEdit* m_refreshToken = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_verifyTls = nullptr;
    QCheckBox* m_allowHttp = nullptr;
    QCheckBox* m_allowWrites = nullptr;
    QLabel* m_fallbackWarning = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_testButton = nullptr;
    QPushButton* m_saveAnyway = nullptr;
    QDialogButtonBox* m_buttons = nullptr;

    QPointer<ApiClient> m_probe;
    QPointer<ApiCall> m_probeCall;
    QString m_obtainedAccess;
    QString m_obtainedRefresh;
    QString m_resultText;
};

} // namespace cc::ui
