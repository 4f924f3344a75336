#include "ui/query/SqlCompletion.h"

#include "core/sql/SqlLexer.h"
#include "ui/query/ConsoleOperation.h"

#include <QSet>

#include <algorithm>

namespace cc::ui {

namespace {

bool isWordChar(QChar c) {
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

const QStringList& completionKeywords() {
    static const QStringList words = {
        QStringLiteral("SELECT"),   QStringLiteral("FROM"),      QStringLiteral("WHERE"),
        QStringLiteral("AND"),      QStringLiteral("OR"),        QStringLiteral("NOT"),
        QStringLiteral("IN"),       QStringLiteral("IS NULL"),   QStringLiteral("IS NOT NULL"),
        QStringLiteral("JOIN"),     QStringLiteral("LEFT JOIN"), QStringLiteral("ON"),
        QStringLiteral("GROUP BY"), QStringLiteral("ORDER BY"),  QStringLiteral("HAVING"),
        QStringLiteral("LIMIT"),    QStringLiteral("WITH"),      QStringLiteral("AS"),
        QStringLiteral("DISTINCT"), QStringLiteral("BETWEEN"),   QStringLiteral("LIKE"),
        QStringLiteral("ILIKE"),    QStringLiteral("CASE"),      QStringLiteral("WHEN"),
        QStringLiteral("THEN"),     QStringLiteral("ELSE"),      QStringLiteral("END"),
        QStringLiteral("COUNT"),    QStringLiteral("SUM"),       QStringLiteral("AVG"),
        QStringLiteral("MIN"),      QStringLiteral("MAX"),       QStringLiteral("COALESCE"),
        QStringLiteral("ASC"),      QStringLiteral("DESC"),      QStringLiteral("EXISTS")};
    return words;
}

} // namespace

CompletionContext completionContext(const QString& text, int cursor) {
    CompletionContext ctx;
    cursor = std::clamp(cursor, 0, int(text.size()));
    // Inside a literal or comment: lexing the text up to the cursor leaves it open, or the
    // cursor sits after a line comment's start on its line.
    const QString before = text.left(cursor);
    const sql::SqlLexResult lexed = sql::lexSql(before);
    if (lexed.unterminated != sql::SqlLexResult::Unterminated::None) {
        ctx.inLiteral = true;
        return ctx;
    }
    const qsizetype lineStart = before.lastIndexOf(QLatin1Char('\n')) + 1;
    const qsizetype dashes = before.indexOf(QStringLiteral("--"), lineStart);
    if (dashes >= 0) {
        bool insideToken = false;
        for (const sql::SqlToken& t : lexed.tokens)
            if (t.start <= dashes && dashes < t.start + t.length)
                insideToken = true;
        if (!insideToken) {
            ctx.inLiteral = true;
            return ctx;
        }
    }
    int start = cursor;
    while (start > 0 && isWordChar(text.at(start - 1)))
        --start;
    ctx.prefixStart = start;
    ctx.prefix = text.mid(start, cursor - start);
    if (start > 0 && text.at(start - 1) == QLatin1Char('.')) {
        int end = start - 1;
        int q = end;
        if (q > 0 && text.at(q - 1) == QLatin1Char('"')) {
            // "Quoted".col
            const int open = int(text.lastIndexOf(QLatin1Char('"'), q - 2));
            if (open >= 0)
                ctx.qualifier = text.mid(open + 1, q - open - 2);
        } else {
            while (q > 0 && isWordChar(text.at(q - 1)))
                --q;
            ctx.qualifier = text.mid(q, end - q);
        }
    }
    return ctx;
}

QStringList completionCandidates(const CompletionContext& context,
                                 const std::vector<ScopeEntry>& scope) {
    QStringList out;
    if (context.inLiteral)
        return out;
    QSet<QString> seen;
    const auto offer = [&](const QString& word) {
        if (word.isEmpty() || !word.startsWith(context.prefix, Qt::CaseInsensitive))
            return;
        const QString key = word.toLower();
        if (seen.contains(key))
            return;
        seen.insert(key);
        out << word;
    };
    if (!context.qualifier.isEmpty()) {
        const int index = scopeIndexFor(scope, context.qualifier);
        if (index >= 0)
            for (const QString& column : scope[std::size_t(index)].columns)
                offer(column);
        return out;
    }
    for (const ScopeEntry& s : scope)
        offer(s.alias);
    for (const ScopeEntry& s : scope)
        offer(s.qualifiedName);
    for (const ScopeEntry& s : scope)
        for (const QString& column : s.columns)
            offer(column);
    if (!context.prefix.isEmpty())
        for (const QString& keyword : completionKeywords())
            offer(keyword);
    return out;
}

} // namespace cc::ui
