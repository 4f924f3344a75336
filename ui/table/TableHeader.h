#pragma once

#include "core/MetaTable.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace cc::ui {

class ChipStrip;

// The top of a table document: identifier, namespace, schema.table, data source (name and
// class), management mode, protection, labels, creation date, and the copy buttons.
class TableHeader : public QWidget {
    Q_OBJECT

public:
    explicit TableHeader(QWidget* parent = nullptr);

    void setTable(const MetaTable& table);

    QString titleText() const;
    QString subtitleText() const;
    QString detailText() const;
    QStringList chipTexts() const;

signals:
    void copyUidRequested();
    void copyIdentifierRequested();
    void copyQualifiedNameRequested();

private:
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_detail = nullptr;
    ChipStrip* m_chips = nullptr;
};

} // namespace cc::ui
