#include "ui/connection/ConnectionDialog.h"

#include "net/ApiClient.h"
#include "ui/Text.h"
#include "ui/Theme.h"
#include "ui/connection/TokenStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace cc::ui {

namespace {
QString calloutStyle(theme::Tone tone) {
    const QColor bg = theme::toneBackground(tone);
    const QColor fg = theme::toneColor(tone);
    return QStringLiteral("QLabel { background: rgba(%1,%2,%3,%4); color: %5; border-radius: 6px;"
                          " padding: 8px 10px; }")
        .arg(bg.red())
        .arg(bg.green())
        .arg(bg.blue())
        .arg(bg.alpha())
        .arg(fg.name());
}

QLineEdit* secretField(QWidget* parent, const QString& placeholder) {
    auto* edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setPlaceholderText(placeholder);
    auto* reveal = edit->addAction(theme::icon(QStringLiteral("eye")), QLineEdit::TrailingPosition);
    reveal->setToolTip(QObject::tr("Show or hide"));
    QObject::connect(reveal, &QAction::triggered, edit, [edit] {
        edit->setEchoMode(edit->echoMode() == QLineEdit::Password ? QLineEdit::Normal
                                                                  : QLineEdit::Password);
    });
    return edit;
}
} // namespace

ConnectionDialog::ConnectionDialog(TokenStore& tokens, QWidget* parent)
    : QDialog(parent)
    , m_tokens(tokens)
    , m_profile(ConnectionProfile::create()) {
    setWindowTitle(tr("Connection"));
    setWindowIcon(theme::icon(QStringLiteral("connection")));
    buildForm();
    connect(&m_tokens, &TokenStore::fallbackActivated, this,
            &ConnectionDialog::updateFallbackWarning);
    updateFallbackWarning();
    updateAuthPage();
    resize(560, sizeHint().height());
}

ConnectionDialog::~ConnectionDialog() {
    if (m_probeCall)
        m_probeCall->cancel();
}

void ConnectionDialog::buildForm() {
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    auto* intro = new QLabel(tr("Connect to a TS Manager backend. The connection is tested "
                                "before it is saved."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Production"));
    form->addRow(tr("&Name:"), m_name);

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setPlaceholderText(tr("https://api.example.com"));
    form->addRow(tr("Server &URL:"), m_url);

    m_api = new QComboBox(this);
    m_api->setObjectName(QStringLiteral("api"));
    m_api->addItem(tr("Detect automatically"), int(ApiNamespace::Auto));
    m_api->addItem(tr("Legacy routes (/orm/api/ts_manager/)"), int(ApiNamespace::Legacy));
    m_api->addItem(tr("v1 routes (/api/v1/)"), int(ApiNamespace::V1));
    form->addRow(tr("&API:"), m_api);

    m_auth = new QComboBox(this);
    m_auth->setObjectName(QStringLiteral("auth"));
    m_auth->addItem(tr("Access token"), int(AuthMethod::BearerToken));
    m_auth->addItem(tr("Username and password"), int(AuthMethod::Login));
    form->addRow(tr("Au&thentication:"), m_auth);

    // Both ways to sign in live in the one form (aligned labels); only one set is shown.
    m_accessToken = secretField(this, tr("Bearer token"));
    m_accessToken->setObjectName(QStringLiteral("accessToken"));
    m_refreshToken = secretField(this, tr("Optional: renews the access token"));
    m_refreshToken->setObjectName(QStringLiteral("refreshToken"));
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("username"));
    m_password = secretField(this, QString());
    m_password->setObjectName(QStringLiteral("password"));
    form->addRow(tr("Access &token:"), m_accessToken);
    form->addRow(tr("&Refresh token:"), m_refreshToken);
    form->addRow(tr("User&name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    m_form = form;

    m_verifyTls = new QCheckBox(tr("Verify the server's TLS certificate"), this);
    m_verifyTls->setChecked(true);
    m_allowHttp = new QCheckBox(tr("Allow plain http:// to a host other than this computer"), this);
    form->addRow(QString(), m_verifyTls);
    form->addRow(QString(), m_allowHttp);
    m_allowWrites = new QCheckBox(tr("Allow writes (INSERT, UPDATE, DELETE) from query consoles, "
                                     "each after a confirmation"),
                                  this);
    form->addRow(QString(), m_allowWrites);
    layout->addLayout(form);

    m_fallbackWarning = new QLabel(this);
    m_fallbackWarning->setWordWrap(true);
    m_fallbackWarning->setStyleSheet(calloutStyle(theme::Tone::Warning));
    layout->addWidget(m_fallbackWarning);

    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    layout->addWidget(m_result);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_testButton = m_buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    m_testButton->setIcon(theme::icon(QStringLiteral("connection")));
    m_saveAnyway = m_buttons->addButton(tr("Save &anyway"), QDialogButtonBox::ActionRole);
    m_saveAnyway->hide();
    layout->addWidget(m_buttons);

    connect(m_auth, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateAuthPage);
    connect(m_testButton, &QPushButton::clicked, this, [this] { startTest(false); });
    connect(m_saveAnyway, &QPushButton::clicked, this, &ConnectionDialog::save);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { startTest(true); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ConnectionDialog::setProfile(const ConnectionProfile& profile, const ProfileSecrets& secrets) {
    m_profile = profile;
    m_name->setText(profile.name);
    m_url->setText(profile.baseUrl.toString());
    m_api->setCurrentIndex(m_api->findData(int(profile.apiNamespace)));
    m_auth->setCurrentIndex(m_auth->findData(int(profile.authMethod)));
    m_accessToken->setText(secrets.accessToken);
    m_refreshToken->setText(secrets.refreshToken);
    m_username->setText(profile.username);
    m_password->setText(secrets.password);
    m_verifyTls->setChecked(profile.verifyTls);
    m_allowHttp->setChecked(profile.allowInsecureHttp);
    m_allowWrites->setChecked(profile.allowWrites);
    updateAuthPage();
}

ConnectionProfile ConnectionDialog::profile() const {
    ConnectionProfile p = m_profile;
    p.name = m_name->text().trimmed();
    p.baseUrl = QUrl::fromUserInput(m_url->text().trimmed());
    if (m_url->text().trimmed().isEmpty())
        p.baseUrl = QUrl();
    p.apiNamespace = ApiNamespace(m_api->currentData().toInt());
    p.authMethod = AuthMethod(m_auth->currentData().toInt());
    p.username = p.authMethod == AuthMethod::Login ? m_username->text().trimmed() : QString();
    p.verifyTls = m_verifyTls->isChecked();
    p.allowInsecureHttp = m_allowHttp->isChecked();
    p.allowWrites = m_allowWrites->isChecked();
    if (p.name.isEmpty())
        p.name = p.displayName();
    return p;
}

ProfileSecrets ConnectionDialog::secrets() const {
    ProfileSecrets s;
    if (AuthMethod(m_auth->currentData().toInt()) == AuthMethod::Login) {
        s.password = m_password->text();
        s.accessToken = m_obtainedAccess;
        s.refreshToken = m_obtainedRefresh;
    } else {
        s.accessToken =
            m_obtainedAccess.isEmpty() ? m_accessToken->text().trimmed() : m_obtainedAccess;
        s.refreshToken =
            m_obtainedRefresh.isEmpty() ? m_refreshToken->text().trimmed() : m_obtainedRefresh;
    }
    return s;
}

void ConnectionDialog::updateAuthPage() {
    const bool login = m_auth->currentData().toInt() == int(AuthMethod::Login);
    m_form->setRowVisible(m_accessToken, !login);
    m_form->setRowVisible(m_refreshToken, !login);
    m_form->setRowVisible(m_username, login);
    m_form->setRowVisible(m_password, login);
}

void ConnectionDialog::updateFallbackWarning() {
    const QString warning = m_tokens.warning();
    m_fallbackWarning->setText(warning);
    m_fallbackWarning->setVisible(!warning.isEmpty());
}

void ConnectionDialog::testConnection() {
    startTest(false);
}

bool ConnectionDialog::isTesting() const {
    return !m_probeCall.isNull();
}

QString ConnectionDialog::testResultText() const {
    return m_resultText;
}

void ConnectionDialog::startTest(bool saveAfter) {
    if (m_probeCall)
        m_probeCall->cancel();
    m_obtainedAccess.clear();
    m_obtainedRefresh.clear();
    m_saveAnyway->hide();
    const ConnectionProfile p = profile();
    const ProfileSecrets s = secrets();
    const QString problem = profileProblem(p, s);
    if (!problem.isEmpty()) {
        finishTest(false, problem, false);
        return;
    }
    if (m_probe)
        m_probe->deleteLater();
    m_probe = new ApiClient(clientConfig(p, s, 15000), this);
    connect(m_probe, &ApiClient::tokensChanged, this,
            [this](const QString& access, const QString& refresh) {
                m_obtainedAccess = access;
                m_obtainedRefresh = refresh;
            });
    showResult(theme::Tone::Accent, tr("Testing the connection to %1…").arg(p.baseUrl.host()));
    m_testButton->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);

    CatalogQuery query;
    query.limit = 1;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QPointer<ApiClient> probe = m_probe;
    m_probeCall = m_probe->listTables(
        query, this,
        [this, clock, probe, saveAfter,
         host = p.baseUrl.host()](ApiResult<Page<MetaTable>> result) {
            if (!result.ok()) {
                if (result.error().kind == ApiError::Kind::Cancelled)
                    return;
                finishTest(false, result.error().message, saveAfter);
                return;
            }
            const Page<MetaTable>& page = result.value();
            const QString routes = probe && probe->apiNamespace() == ApiNamespace::V1
                                       ? tr("v1 routes")
                                       : tr("legacy routes");
            QString tables;
            if (page.count)
                tables = counted(*page.count, tr("1 table"), tr("%1 tables"));
            else
                tables = page.results.empty() ? tr("no tables yet") : tr("tables found");
            finishTest(true,
                       tr("Connected to %1 (%2): %3, answered in %4 ms.")
                           .arg(host, routes, tables)
                           .arg(clock->elapsed()),
                       saveAfter);
        });
}

void ConnectionDialog::finishTest(bool ok, const QString& text, bool saveAfter) {
    m_testButton->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
    showResult(ok ? theme::Tone::Success : theme::Tone::Danger, text);
    emit testFinished(ok);
    if (ok && saveAfter) {
        save();
        return;
    }
    // A failed test before saving: offer to keep the profile anyway (server down for now).
    m_saveAnyway->setVisible(!ok && saveAfter && profileProblem(profile(), secrets()).isEmpty());
}

void ConnectionDialog::showResult(theme::Tone tone, const QString& text) {
    m_resultText = text;
    m_result->setText(text);
    m_result->setStyleSheet(calloutStyle(tone));
    m_result->show();
}

void ConnectionDialog::save() {
    accept();
}

} // namespace cc::ui
