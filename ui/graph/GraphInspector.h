#pragma once

#include "core/SchemaGraph.h"
#include "graph/SchemaGraphIndex.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace cc::ui {

// Details of the selected table: namespace, physical table, columns, and its outgoing
// and incoming relations with their on_delete policy. Activating a relation asks to go
// to the table at its other end.
class GraphInspector : public QWidget {
    Q_OBJECT

public:
    explicit GraphInspector(QWidget* parent = nullptr);

    // Shows `uid` of `graph`; an empty or unknown uid shows a hint instead.
    void showTable(const SchemaGraph& graph, const SchemaGraphIndex& index, const QString& uid);
    QString shownUid() const { return m_uid; }

    QString titleText() const;
    int columnRows() const;
    int outgoingRows() const;
    int incomingRows() const;

signals:
    void tableActivated(const QString& uid);
    void closeRequested();

private:
    void fillRelations(QTreeWidget* tree, QLabel* heading, const QString& headingText,
                       const SchemaGraph& graph, const std::vector<int>& edges, bool outgoing);

    QString m_uid;
    QLabel* m_title;
    QLabel* m_namespace;
    QLabel* m_physical;
    QLabel* m_facts;
    QLabel* m_placeholder;
    QWidget* m_details;
    QLabel* m_columnsHeading;
    QTreeWidget* m_columns;
    QLabel* m_outgoingHeading;
    QTreeWidget* m_outgoing;
    QLabel* m_incomingHeading;
    QTreeWidget* m_incoming;
};

} // namespace cc::ui
