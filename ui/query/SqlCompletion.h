#pragma once

#include "ui/query/QueryDraft.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace cc::ui {

// The word being typed at the cursor.
struct CompletionContext {
    QString prefix;    // letters typed so far (may be empty)
    QString qualifier; // the name before a `.` in `alias.col`, else empty
    int prefixStart = 0;
    bool inLiteral = false; // inside a string, quoted name or comment: no completion
};

CompletionContext completionContext(const QString& text, int cursor);

// What to offer: after `name.` the columns of the scope table `name` refers to (alias,
// identifier, schema.table or table); otherwise aliases, tables, every scoped column and
// SQL keywords. Filtered by the prefix (case-insensitive), without duplicates.
QStringList completionCandidates(const CompletionContext& context,
                                 const std::vector<ScopeEntry>& scope);

} // namespace cc::ui
