#include "ui/DocumentArea.h"

#include "ui/Theme.h"
#include "ui/table/TableDocument.h"

#include <QAction>
#include <QGridLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cc::ui {

DocumentArea::DocumentArea(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_start = new QWidget(m_stack);
    auto* startLayout = new QVBoxLayout(m_start);
    startLayout->addStretch(2);
    auto* logo = new QLabel(m_start);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/command-center.svg")).pixmap(72, 72));
    logo->setAlignment(Qt::AlignCenter);
    auto* title = new QLabel(tr("Command Center"), m_start);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setWeight(QFont::DemiBold);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);
    auto* subtitle =
        new QLabel(tr("Find a table in the catalog on the left, or jump to one by name."), m_start);
    subtitle->setAlignment(Qt::AlignCenter);
    QPalette muted = subtitle->palette();
    muted.setColor(QPalette::WindowText, theme::mutedText());
    subtitle->setPalette(muted);
    startLayout->addWidget(logo);
    startLayout->addSpacing(6);
    startLayout->addWidget(title);
    startLayout->addWidget(subtitle);
    startLayout->addSpacing(18);
    m_startList = new QWidget(m_start);
    startLayout->addWidget(m_startList, 0, Qt::AlignHCenter);
    startLayout->addStretch(3);
    m_stack->addWidget(m_start);

    m_tabs = new QTabWidget(m_stack);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setElideMode(Qt::ElideMiddle);
    m_tabs->tabBar()->setExpanding(false);
    // A quiet close cross instead of the style's red button.
    m_tabs->tabBar()->setStyleSheet(QStringLiteral(
        "QTabBar::close-button { image: url(:/icons/tab-close.svg); subcontrol-position: right; }"
        "QTabBar::close-button:hover { background: rgba(128, 128, 128, 70); border-radius: 3px; "
        "}"));
    m_stack->addWidget(m_tabs);

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &DocumentArea::closeAt);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        emit currentDocumentChanged(current());
        if (TableDocument* doc = current())
            emit documentTabChanged(doc);
    });
    updateStack();
}

void DocumentArea::setStartActions(const QList<QAction*>& actions) {
    delete m_startList->layout();
    const auto children =
        m_startList->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(children);
    auto* grid = new QGridLayout(m_startList);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(8);
    int row = 0;
    for (QAction* a : actions) {
        if (a->shortcut().isEmpty())
            continue;
        auto* icon = new QLabel(m_startList);
        icon->setPixmap(a->icon().pixmap(18, 18));
        auto* text =
            new QLabel(a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")), m_startList);
        auto* key = new QLabel(a->shortcut().toString(QKeySequence::NativeText), m_startList);
        QPalette muted = key->palette();
        muted.setColor(QPalette::WindowText, theme::mutedText());
        key->setPalette(muted);
        grid->addWidget(icon, row, 0);
        grid->addWidget(text, row, 1);
        grid->addWidget(key, row, 2, Qt::AlignRight);
        ++row;
    }
}

void DocumentArea::setClient(ApiClient* client) {
    closeAll();
    m_client = client;
}

TableDocument* DocumentArea::find(const QString& target) const {
    for (TableDocument* doc : documents()) {
        if (doc->target().compare(target, Qt::CaseInsensitive) == 0 ||
            (!doc->uid().isEmpty() && doc->uid().compare(target, Qt::CaseInsensitive) == 0))
            return doc;
        if (const TableSnapshot* s = doc->snapshot())
            if (s->table.identifier && *s->table.identifier == target)
                return doc;
    }
    return nullptr;
}

TableDocument* DocumentArea::open(const QString& target, const QString& title, const QString& tab,
                                  bool background) {
    if (target.trimmed().isEmpty())
        return nullptr;
    if (TableDocument* existing = find(target)) {
        if (!tab.isEmpty())
            existing->showTab(tab);
        if (!background)
            m_tabs->setCurrentWidget(existing);
        return existing;
    }
    auto* doc = new TableDocument(m_client, target.trimmed(), title, m_tabs);
    if (!tab.isEmpty())
        doc->showTab(tab);
    const int index = m_tabs->addTab(doc, theme::icon(QStringLiteral("table")), doc->title());
    m_tabs->setTabToolTip(index, target);
    connect(doc, &TableDocument::titleChanged, this, [this, doc](const QString& text) {
        const int i = m_tabs->indexOf(doc);
        if (i >= 0) {
            m_tabs->setTabText(i, text);
            if (const TableSnapshot* s = doc->snapshot())
                m_tabs->setTabToolTip(
                    i, QStringLiteral("%1\n%2").arg(s->table.qualifiedName(), s->table.uid));
        }
    });
    connect(doc, &TableDocument::currentTabChanged, this,
            [this, doc] { emit documentTabChanged(doc); });
    connect(doc, &TableDocument::loaded, this, [this, doc] {
        emit documentLoaded(doc);
        if (doc == current())
            emit documentTabChanged(doc);
    });
    connect(doc, &TableDocument::failed, this, [this, doc] { emit documentFailed(doc); });
    connect(doc, &TableDocument::openTableRequested, this, &DocumentArea::openTableRequested);
    updateStack();
    if (!background || m_tabs->count() == 1)
        m_tabs->setCurrentWidget(doc);
    emit countChanged(m_tabs->count());
    return doc;
}

int DocumentArea::addPage(QWidget* page, const QIcon& icon, const QString& title) {
    const int index = m_tabs->addTab(page, icon, title);
    updateStack();
    m_tabs->setCurrentIndex(index);
    emit countChanged(m_tabs->count());
    return index;
}

TableDocument* DocumentArea::current() const {
    return qobject_cast<TableDocument*>(m_tabs->currentWidget());
}

QList<TableDocument*> DocumentArea::documents() const {
    QList<TableDocument*> list;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto* doc = qobject_cast<TableDocument*>(m_tabs->widget(i)))
            list << doc;
    return list;
}

int DocumentArea::count() const {
    return m_tabs->count();
}

void DocumentArea::closeAt(int index) {
    QWidget* w = m_tabs->widget(index);
    if (!w)
        return;
    m_tabs->removeTab(index);
    w->deleteLater();
    updateStack();
    emit countChanged(m_tabs->count());
}

void DocumentArea::closeCurrent() {
    closeAt(m_tabs->currentIndex());
}

void DocumentArea::closeAll() {
    while (m_tabs->count() > 0)
        closeAt(m_tabs->count() - 1);
}

void DocumentArea::cycle(int delta) {
    const int n = m_tabs->count();
    if (n < 2)
        return;
    m_tabs->setCurrentIndex(((m_tabs->currentIndex() + delta) % n + n) % n);
}

void DocumentArea::setCurrent(TableDocument* document) {
    if (document && m_tabs->indexOf(document) >= 0)
        m_tabs->setCurrentWidget(document);
}

void DocumentArea::updateStack() {
    m_stack->setCurrentWidget(m_tabs->count() > 0 ? static_cast<QWidget*>(m_tabs) : m_start);
}

} // namespace cc::ui
