#include "ui/nav/QuickOpen.h"

#include "net/ApiClient.h"
#include "ui/Settings.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QGraphicsDropShadowEffect>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QTimer>
#include <QVBoxLayout>

namespace cc::ui {

namespace {
constexpr int kUidRole = Qt::UserRole;
constexpr int kTitleRole = Qt::UserRole + 1;

QListWidgetItem* sectionItem(const QString& text) {
    auto* item = new QListWidgetItem(text.toUpper());
    item->setFlags(Qt::NoItemFlags);
    QFont f = item->font();
    f.setPointSizeF(f.pointSizeF() * 0.82);
    f.setWeight(QFont::DemiBold);
    item->setFont(f);
    item->setForeground(theme::mutedText());
    return item;
}

QListWidgetItem* tableItem(const RecentTables::Entry& e, const QString& iconName) {
    QString second = e.qualifiedName;
    if (!e.namespaceName.isEmpty())
        second = e.namespaceName + QStringLiteral("  ·  ") + second;
    auto* item = new QListWidgetItem(theme::icon(iconName),
                                     second.isEmpty() ? e.title
                                                      : e.title + QStringLiteral("     ") + second);
    item->setData(kUidRole, e.uid);
    item->setData(kTitleRole, e.title);
    item->setToolTip(e.uid);
    return item;
}
} // namespace

QuickOpen::QuickOpen(RecentTables& recent, Settings& settings, QWidget* parent)
    : QFrame(parent)
    , m_recent(recent)
    , m_settings(settings) {
    setObjectName(QStringLiteral("quickOpen"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, p.color(QPalette::Base));
    setPalette(p);
    auto* shadow = new QGraphicsDropShadowEffect(this);
    shadow->setBlurRadius(28);
    shadow->setOffset(0, 6);
    shadow->setColor(QColor(0, 0, 0, theme::isDark() ? 160 : 70));
    setGraphicsEffect(shadow);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    m_input = new QLineEdit(this);
    m_input->setPlaceholderText(
        tr("Go to table…  (Enter opens, Ctrl+Enter opens in the background)"));
    m_input->addAction(theme::icon(QStringLiteral("quick-open")), QLineEdit::LeadingPosition);
    m_input->installEventFilter(this);
    QFont big = m_input->font();
    big.setPointSizeF(big.pointSizeF() * 1.1);
    m_input->setFont(big);
    layout->addWidget(m_input);
    m_list = new QListWidget(this);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setUniformItemSizes(false);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->installEventFilter(this);
    layout->addWidget(m_list);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(
        m_settings.intValue(QStringLiteral("catalog"), QStringLiteral("debounceMs")));
    connect(m_debounce, &QTimer::timeout, this, &QuickOpen::search);
    connect(m_input, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (m_call)
            m_call->cancel();
        ++m_generation;
        rebuild(text, {}, QString());
        m_debounce->start();
    });
    connect(m_list, &QListWidget::itemActivated, this, [this] { activateCurrent(false); });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (isVisible() && now && now != this && !isAncestorOf(now))
            dismiss();
    });
    hide();
}

QuickOpen::~QuickOpen() {
    if (m_call)
        m_call->cancel();
}

void QuickOpen::setClient(ApiClient* client) {
    if (m_call)
        m_call->cancel();
    m_client = client;
    dismiss();
}

void QuickOpen::popup() {
    place();
    {
        const QSignalBlocker block(m_input);
        m_input->clear();
    }
    rebuild(QString(), {}, QString());
    show();
    raise();
    m_input->setFocus(Qt::PopupFocusReason);
    if (m_client)
        m_debounce->start(); // the catalog's first tables below the recent ones
}

void QuickOpen::dismiss() {
    m_debounce->stop();
    if (m_call)
        m_call->cancel();
    if (!isVisible())
        return;
    hide();
    if (parentWidget())
        parentWidget()->setFocus(Qt::PopupFocusReason);
}

void QuickOpen::place() {
    QWidget* host = parentWidget();
    if (!host)
        return;
    const int w = std::min(640, host->width() - 40);
    const int h = std::min(420, host->height() - 80);
    setGeometry((host->width() - w) / 2, 56, w, h);
}

void QuickOpen::search() {
    if (!m_client)
        return;
    if (m_call)
        m_call->cancel();
    const int generation = ++m_generation;
    const QString text = m_input->text().trimmed();
    CatalogQuery query;
    query.text = text;
    query.limit = m_settings.intValue(QStringLiteral("quickOpen"), QStringLiteral("resultLimit"));
    m_call =
        m_client->listTables(query, this, [this, generation, text](ApiResult<Page<MetaTable>> r) {
            if (generation != m_generation)
                return;
            m_call.clear();
            if (!r.ok()) {
                if (r.error().kind != ApiError::Kind::Cancelled)
                    rebuild(text, {}, r.error().message);
                return;
            }
            std::vector<RecentTables::Entry> found;
            for (const MetaTable& t : r.value().results)
                found.push_back({t.uid, t.displayName(), t.qualifiedName(),
                                 t.namespaceName.value_or(QString())});
            rebuild(text, found, QString());
            emit resultsUpdated();
        });
}

void QuickOpen::rebuild(const QString& text, const std::vector<RecentTables::Entry>& server,
                        const QString& problem) {
    const QString keep =
        m_list->currentItem() ? m_list->currentItem()->data(kUidRole).toString() : QString();
    m_list->clear();
    QSet<QString> shown;
    const std::vector<RecentTables::Entry> recent = m_recent.matching(text);
    if (!recent.empty()) {
        m_list->addItem(sectionItem(tr("Recent")));
        for (const RecentTables::Entry& e : recent) {
            shown.insert(e.uid);
            m_list->addItem(tableItem(e, QStringLiteral("history")));
        }
    }
    bool header = false;
    for (const RecentTables::Entry& e : server) {
        if (shown.contains(e.uid))
            continue;
        if (!header) {
            m_list->addItem(sectionItem(text.isEmpty() ? tr("Catalog") : tr("Matching tables")));
            header = true;
        }
        shown.insert(e.uid);
        m_list->addItem(tableItem(e, QStringLiteral("table")));
    }
    if (!problem.isEmpty()) {
        auto* item = new QListWidgetItem(
            theme::icon(QStringLiteral("error"), theme::toneColor(theme::Tone::Danger)), problem);
        item->setFlags(Qt::NoItemFlags);
        m_list->addItem(item);
    } else if (shown.isEmpty() && !text.isEmpty() && !m_debounce->isActive() && !m_call) {
        auto* item = new QListWidgetItem(tr("No table matches “%1”.").arg(text));
        item->setFlags(Qt::NoItemFlags);
        item->setForeground(theme::mutedText());
        m_list->addItem(item);
    }
    // Keep the selection on the same table when results arrive; else the first row.
    int select = -1;
    for (int i = 0; i < m_list->count(); ++i) {
        const QString uid = m_list->item(i)->data(kUidRole).toString();
        if (uid.isEmpty())
            continue;
        if (select < 0 || uid == keep)
            select = i;
        if (uid == keep)
            break;
    }
    if (select >= 0)
        m_list->setCurrentRow(select);
}

QStringList QuickOpen::resultUids() const {
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        const QString uid = m_list->item(i)->data(kUidRole).toString();
        if (!uid.isEmpty())
            out << uid;
    }
    return out;
}

void QuickOpen::moveSelection(int delta) {
    int row = m_list->currentRow();
    for (int step = 0; step < m_list->count(); ++step) {
        row += delta;
        if (row < 0 || row >= m_list->count())
            return;
        if (!m_list->item(row)->data(kUidRole).toString().isEmpty()) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void QuickOpen::activateCurrent(bool background) {
    QListWidgetItem* item = m_list->currentItem();
    if (!item || item->data(kUidRole).toString().isEmpty())
        return;
    const QString uid = item->data(kUidRole).toString();
    const QString title = item->data(kTitleRole).toString();
    if (!background)
        dismiss();
    emit openRequested(uid, title, background);
}

bool QuickOpen::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::KeyPress && (watched == m_input || watched == m_list)) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Escape:
            dismiss();
            return true;
        case Qt::Key_Down:
            moveSelection(1);
            return true;
        case Qt::Key_Up:
            moveSelection(-1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_debounce->isActive())
                search(); // Enter before the pause: use what is listed now, search continues
            activateCurrent(key->modifiers() & Qt::ControlModifier);
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace cc::ui
