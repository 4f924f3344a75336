#include "ui/contract/ReplacementPanel.h"

#include "core/codec/JsonParse.h"
#include "ui/Theme.h"
#include "ui/contract/ContractDraftStore.h"
#include "ui/contract/ContractEditor.h"
#include "ui/contract/JsonPathLocator.h"
#include "ui/contract/ValidationResultView.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace cc::ui {

namespace {
constexpr int kSaveDelayMs = 400;
constexpr qint64 kMaxFileBytes = 8 * 1024 * 1024;

QToolButton* toolButton(const QString& icon, const QString& text, const QString& tip,
                        QWidget* parent) {
    auto* b = new QToolButton(parent);
    b->setIcon(theme::icon(icon));
    b->setText(text);
    b->setToolTip(tip);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setAutoRaise(true);
    return b;
}

QString bannerStyle(theme::Tone tone) {
    const QColor bg = theme::toneBackground(tone);
    return QStringLiteral("QLabel { background: rgba(%1,%2,%3,%4); color: %5; border-radius: 6px;"
                          " padding: 6px 10px; }")
        .arg(bg.red())
        .arg(bg.green())
        .arg(bg.blue())
        .arg(bg.alpha())
        .arg(theme::toneColor(tone).name());
}

QString colored(const QString& text, theme::Tone tone) {
    return QStringLiteral("<span style=\"color:%1\">%2</span>")
        .arg(theme::toneColor(tone).name(), text.toHtmlEscaped());
}
} // namespace

ReplacementPanel::ReplacementPanel(QWidget* parent)
    : QWidget(parent)
    , m_saveTimer(new QTimer(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(6);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);

    // Left: the proposal.
    auto* left = new QWidget(m_splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    leftLayout->setSpacing(6);
    auto* bar = new QHBoxLayout;
    bar->setSpacing(2);
    auto* open = toolButton(QStringLiteral("folder-open"), tr("Open…"),
                            tr("Load a contract from a JSON file (Ctrl+O)"), left);
    auto* fromRegistered =
        toolButton(QStringLiteral("copy"), tr("Start from registered"),
                   tr("Replace the text with the registered contract (undo with Ctrl+Z)"), left);
    auto* format = toolButton(QStringLiteral("braces"), tr("Format"),
                              tr("Re-indent the JSON (Ctrl+Shift+F)"), left);
    m_discard = toolButton(QStringLiteral("close"), tr("Discard draft"),
                           tr("Forget the saved draft and put the registered contract back "
                              "(undo with Ctrl+Z)"),
                           left);
    bar->addWidget(open);
    bar->addWidget(fromRegistered);
    bar->addWidget(format);
    bar->addWidget(m_discard);
    bar->addStretch(1);
    m_validate = new QPushButton(theme::icon(QStringLiteral("check")), tr("Validate"), left);
    m_validate->setToolTip(tr("Send the proposal to the backend's validate-contract route "
                              "(Ctrl+Enter)"));
    m_validate->setDefault(true);
    bar->addWidget(m_validate);
    leftLayout->addLayout(bar);

    m_loadError = new QLabel(left);
    m_loadError->setWordWrap(true);
    m_loadError->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_loadError->setStyleSheet(bannerStyle(theme::Tone::Danger));
    m_loadError->hide();
    leftLayout->addWidget(m_loadError);

    m_editor = new ContractEditor(left);
    m_editor->setPlaceholderText(tr("Paste a table_contract here, open a JSON file, or start "
                                    "from the registered contract."));
    leftLayout->addWidget(m_editor, 1);

    auto* status = new QHBoxLayout;
    m_syntax = new QLabel(left);
    m_syntax->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_draftStatus = new QLabel(left);
    QPalette muted = m_draftStatus->palette();
    muted.setColor(QPalette::WindowText, theme::mutedText());
    m_draftStatus->setPalette(muted);
    m_draftStatus->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    status->addWidget(m_syntax, 1);
    status->addWidget(m_draftStatus);
    leftLayout->addLayout(status);

    // Right: what the backend said.
    m_results = new ValidationResultView(m_splitter);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_results);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 5);
    layout->addWidget(m_splitter, 1);

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &ReplacementPanel::saveDraft);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ReplacementPanel::onTextChanged);
    connect(m_editor, &ContractEditor::syntaxChanged, this, &ReplacementPanel::updateSyntaxStatus);
    connect(m_syntax, &QLabel::linkActivated, this, [this] { m_editor->goToError(); });
    connect(m_loadError, &QLabel::linkActivated, this, [this] {
        const QString text = m_pendingFileText;
        m_pendingFileText.clear();
        m_loadError->hide();
        m_editor->replaceText(text);
    });
    connect(m_results, &ValidationResultView::issueActivated, this,
            [this](const QString& path) { selectPath(path); });
    connect(open, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open a contract"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("JSON files (*.json);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    connect(fromRegistered, &QToolButton::clicked, this, &ReplacementPanel::startFromRegistered);
    connect(format, &QToolButton::clicked, this, &ReplacementPanel::formatJson);
    connect(m_discard, &QToolButton::clicked, this, &ReplacementPanel::discardDraft);
    connect(m_validate, &QPushButton::clicked, this, &ReplacementPanel::validate);

    auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { validate(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { validate(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), [this] { formatJson(); });
    shortcut(QKeySequence::Open, [open] { open->click(); });
    updateSyntaxStatus();
}

ReplacementPanel::~ReplacementPanel() {
    flushDraft();
    if (m_call)
        m_call->cancel();
}

void ReplacementPanel::setDraftStore(ContractDraftStore* store) {
    m_store = store;
}

void ReplacementPanel::setTable(const QString& uid, const QString& displayName,
                                const TableContract& registered, const QString& registeredText,
                                ApiClient* client) {
    const bool sameTable = uid == m_uid;
    m_registered = registered;
    m_registeredText = registeredText;
    m_displayName = displayName;
    m_client = client;
    if (sameTable)
        return;
    flushDraft();
    m_uid = uid;
    const std::optional<ContractDraftStore::Draft> draft =
        m_store ? m_store->load(uid) : std::nullopt;
    m_settingText = true;
    m_editor->setPlainText(draft ? draft->text : registeredText);
    m_settingText = false;
    m_editor->checkNow();
    if (draft)
        setDraftStatus(
            draft->savedAt.isValid()
                ? tr("Draft restored (saved %1)")
                      .arg(QLocale().toString(draft->savedAt.toLocalTime(), QLocale::ShortFormat))
                : tr("Draft restored"));
    else
        setDraftStatus(tr("The registered contract; edits are kept as a draft"));
    m_discard->setEnabled(draft.has_value());
    m_results->showIdle();
}

void ReplacementPanel::onTextChanged() {
    if (m_settingText)
        return;
    m_saveTimer->start();
}

void ReplacementPanel::flushDraft() {
    if (m_saveTimer->isActive())
        saveDraft();
}

void ReplacementPanel::saveDraft() {
    m_saveTimer->stop();
    const QString text = m_editor->toPlainText();
    const bool isDraft = text != m_registeredText && !text.trimmed().isEmpty();
    if (m_store) {
        if (isDraft)
            m_store->save(m_uid, text);
        else
            m_store->discard(m_uid);
    }
    m_discard->setEnabled(isDraft);
    if (!isDraft)
        setDraftStatus(text.trimmed().isEmpty() ? tr("Empty; nothing kept")
                                                : tr("Same as the registered contract"));
    else
        setDraftStatus(
            m_store ? tr("Draft saved %1")
                          .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat))
                    : tr("Draft (not saved: no settings)"));
}

void ReplacementPanel::setDraftStatus(const QString& text) {
    m_draftStatus->setText(text);
}

void ReplacementPanel::updateSyntaxStatus() {
    if (m_editor->isEmptyText()) {
        m_syntax->setText(colored(tr("Empty"), theme::Tone::Neutral));
        return;
    }
    if (const auto& error = m_editor->syntaxError()) {
        m_syntax->setText(QStringLiteral("%1 &nbsp;<a href=\"#error\">%2</a>")
                              .arg(colored(tr("✗ Line %1, column %2: %3")
                                               .arg(error->line)
                                               .arg(error->column)
                                               .arg(error->message),
                                           theme::Tone::Danger),
                                   tr("Go to error")));
        m_syntax->setToolTip(error->toString());
        return;
    }
    m_syntax->setText(colored(tr("✓ Valid JSON"), theme::Tone::Success));
    m_syntax->setToolTip(QString());
}

QString ReplacementPanel::syntaxStatusText() const {
    QTextDocument doc;
    doc.setHtml(m_syntax->text());
    return doc.toPlainText();
}

QString ReplacementPanel::draftStatusText() const {
    return m_draftStatus->text();
}

QString ReplacementPanel::loadErrorText() const {
    if (m_loadError->isHidden())
        return QString();
    QTextDocument doc;
    doc.setHtml(m_loadError->text());
    return doc.toPlainText();
}

void ReplacementPanel::showLoadError(const QString& text, const QString& pendingText) {
    m_pendingFileText = pendingText;
    QString html = text.toHtmlEscaped();
    if (!pendingText.isEmpty())
        html += QStringLiteral(" <a href=\"#open-anyway\">%1</a>")
                    .arg(tr("Open it in the editor anyway"));
    m_loadError->setText(html);
    m_loadError->show();
}

bool ReplacementPanel::openFile(const QString& path) {
    m_loadError->hide();
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showLoadError(tr("%1 could not be opened: %2. The editor was not changed.")
                          .arg(name, file.errorString()),
                      QString());
        return false;
    }
    if (file.size() > kMaxFileBytes) {
        showLoadError(tr("%1 is %2 MB; a contract is a few kilobytes. The editor was not "
                         "changed.")
                          .arg(name)
                          .arg(double(file.size()) / (1024 * 1024), 0, 'f', 1),
                      QString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    const QString text = QString::fromUtf8(bytes);
    if (const auto error = findJsonSyntaxError(bytes)) {
        showLoadError(tr("%1 is not valid JSON (line %2, column %3: %4). The editor still holds "
                         "your text.")
                          .arg(name)
                          .arg(error->line)
                          .arg(error->column)
                          .arg(error->message),
                      text);
        return false;
    }
    const DecodeResult<Json> parsed = parseJson(bytes);
    const bool isObject = parsed && parsed.value().is_object();
    if (!isObject) {
        showLoadError(tr("%1 holds JSON, but not a contract object. The editor still holds your "
                         "text.")
                          .arg(name),
                      text);
        return false;
    }
    m_editor->replaceText(text);
    setDraftStatus(tr("Opened %1").arg(name));
    return true;
}

void ReplacementPanel::startFromRegistered() {
    m_loadError->hide();
    m_editor->replaceText(m_registeredText);
}

bool ReplacementPanel::formatJson() {
    m_editor->checkNow();
    if (m_editor->isEmptyText())
        return false;
    if (m_editor->syntaxError()) {
        m_editor->goToError();
        return false;
    }
    const DecodeResult<OrderedJson> parsed = parseOrderedJson(m_editor->toPlainText().toUtf8());
    if (!parsed)
        return false;
    m_editor->replaceText(QString::fromStdString(
        parsed.value().dump(2, ' ', false, OrderedJson::error_handler_t::replace)));
    return true;
}

void ReplacementPanel::discardDraft() {
    m_saveTimer->stop();
    if (m_store)
        m_store->discard(m_uid);
    m_loadError->hide();
    m_settingText = true;
    m_editor->replaceText(m_registeredText);
    m_settingText = false;
    m_discard->setEnabled(false);
    setDraftStatus(tr("Draft discarded; Ctrl+Z in the editor brings it back"));
    m_results->showIdle();
}

bool ReplacementPanel::validate() {
    // Problems found before anything is sent read like failed requests that sent nothing.
    ApiError local;
    local.kind = ApiError::Kind::Configuration;
    m_editor->checkNow();
    if (m_editor->isEmptyText()) {
        local.message = tr("There is no contract to send.");
        m_results->showFailure(local);
        return false;
    }
    if (const auto& error = m_editor->syntaxError()) {
        m_editor->goToError();
        local.message = tr("Fix the JSON first: line %1, column %2: %3.")
                            .arg(error->line)
                            .arg(error->column)
                            .arg(error->message);
        m_results->showFailure(local);
        return false;
    }
    DecodeResult<Json> parsed = parseJson(m_editor->toPlainText().toUtf8());
    Json contract = parsed ? parsed.value() : Json();
    m_pathPrefix.clear();
    // The request body itself is accepted too.
    if (contract.is_object() && contract.contains("table_contract") &&
        contract["table_contract"].is_object() && !contract.contains("columns")) {
        contract = contract["table_contract"];
        m_pathPrefix = QStringLiteral("table_contract.");
    }
    if (!contract.is_object()) {
        local.message = tr("The text is JSON, but a contract must be a JSON object.");
        m_results->showFailure(local);
        return false;
    }
    if (!m_client || m_uid.isEmpty()) {
        local.message = tr("Not connected to a server.");
        m_results->showFailure(local);
        return false;
    }
    flushDraft();
    if (m_call)
        m_call->cancel();
    m_results->showValidating();
    m_validate->setEnabled(false);
    const TableContract registered = m_registered;
    const QString exportName = m_displayName + QStringLiteral("-contract-diff");
    m_call = m_client->validateContract(
        m_uid, contract, QString(), this,
        [this, registered, exportName](ApiResult<ValidateReply> result) {
            m_call = nullptr;
            m_validate->setEnabled(true);
            if (!result.ok()) {
                if (result.error().kind == ApiError::Kind::Cancelled)
                    return;
                m_results->showFailure(result.error());
            } else {
                m_results->showReply(result.value(), registered, exportName, result.rawBody());
            }
            emit validated();
        });
    return true;
}

bool ReplacementPanel::selectPath(const QString& path) {
    const QString full = m_pathPrefix.isEmpty() || path.isEmpty()
                             ? m_pathPrefix.isEmpty() ? path : m_pathPrefix.chopped(1)
                             : m_pathPrefix + path;
    const std::optional<JsonTextSpan> span = locateJsonPath(m_editor->toPlainText().toUtf8(), full);
    if (!span)
        return false;
    m_editor->selectSpan(*span);
    return true;
}

} // namespace cc::ui
