#include "ui/graph/TableFinder.h"

#include "graph/CardGeometry.h"

namespace cc::ui {

QStringList TableFinder::matches(const SchemaGraph& graph, const QString& text) {
    const QString needle = text.trimmed();
    QStringList exact;
    QStringList partial;
    if (needle.isEmpty())
        return exact;
    for (const GraphNode& node : graph.nodes) {
        const QString names[] = {cardTitle(node), node.physicalTableName.value_or(QString()),
                                 cardPhysicalName(node), node.uid};
        bool isExact = false;
        bool isPartial = false;
        for (const QString& name : names) {
            isExact = isExact || name.compare(needle, Qt::CaseInsensitive) == 0;
            isPartial = isPartial || name.contains(needle, Qt::CaseInsensitive);
        }
        if (isExact)
            exact << node.uid;
        else if (isPartial)
            partial << node.uid;
    }
    exact.removeDuplicates();
    partial.removeDuplicates();
    return exact + partial;
}

QString TableFinder::next(const SchemaGraph& graph, const QString& text) {
    const QString needle = text.trimmed();
    if (needle.compare(m_text, Qt::CaseInsensitive) != 0) {
        m_text = needle;
        m_cursor = -1;
    }
    const QStringList found = matches(graph, needle);
    if (found.isEmpty())
        return {};
    m_cursor = (m_cursor + 1) % found.size();
    return found.at(m_cursor);
}

void TableFinder::reset() {
    m_text.clear();
    m_cursor = -1;
}

} // namespace cc::ui
