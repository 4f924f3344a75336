#pragma once

#include "core/SchemaGraph.h"

#include <QString>
#include <QStringList>

namespace cc::ui {

// Finds tables by name for the find box: identifier, physical name, schema.table or uid,
// case-insensitive, exact matches before partial ones. Asking again with the same text
// steps to the next match.
class TableFinder {
public:
    // The uid of the next match, or an empty string when nothing matches.
    QString next(const SchemaGraph& graph, const QString& text);
    void reset();

    static QStringList matches(const SchemaGraph& graph, const QString& text);

private:
    QString m_text;
    int m_cursor = -1;
};

} // namespace cc::ui
