#include "ui/explore/DryRunAnswer.h"

#include "core/impact/ImpactText.h"

#include <QCoreApplication>
#include <QSet>

namespace cc::ui {

namespace {

// Text::tr rather than a free tr(): lupdate files the messages under this context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DryRunAnswer)
};

QString text(const Json& object, const char* key) {
    if (!object.is_object())
        return {};
    auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                 : QString();
}

QStringList strings(const Json& list) {
    QStringList out;
    if (list.is_array())
        for (const Json& item : list)
            if (item.is_string())
                out << QString::fromStdString(item.get<std::string>());
    return out;
}

// A foreign key is the same one when it comes from the same table through the same columns
// (names may be missing on either side).
QString edgeKey(const QString& sourceUid, QStringList columns) {
    columns.sort();
    return sourceUid + QLatin1Char('|') + columns.join(QLatin1Char(','));
}

QString nameOf(const DeletionImpact& impact, const QString& uid) {
    if (const DependentTable* d = impact.dependent(uid))
        return d->name;
    return uid == impact.rootUid ? impact.rootName : uid;
}

QString edgeText(const DeletionImpact& impact, const DryRunAnswer::Edge& e) {
    const QString via =
        e.name.isEmpty()
            ? QLatin1Char('(') + e.sourceColumns.join(QStringLiteral(", ")) + QLatin1Char(')')
            : e.name;
    return Text::tr("%1 via %2").arg(nameOf(impact, e.sourceUid), via);
}

} // namespace

DryRunAnswer DryRunAnswer::fromResult(const ApiResult<Json>& result) {
    DryRunAnswer answer;
    answer.httpStatus = result.httpStatus();
    if (result.ok()) {
        const Json& body = result.value();
        answer.outcome = Outcome::Allowed;
        if (body.is_object()) {
            for (const Json& table : body.value("deleted_meta_tables", Json::array()))
                if (!text(table, "uid").isEmpty())
                    answer.deletedUids << text(table, "uid");
            answer.droppedPhysicalTables =
                strings(body.value("dropped_physical_tables", Json::array()));
        }
        return answer;
    }
    const ApiError& error = result.error();
    answer.message = error.message;
    answer.code = error.body.code;
    if (error.isConflict()) {
        answer.outcome = Outcome::Refused;
        answer.message = error.body.message.isEmpty() ? error.message : error.body.message;
        const Json& details = error.body.details;
        if (details.is_object())
            for (const Json& e : details.value("blocking_edges", Json::array())) {
                if (!e.is_object())
                    continue;
                answer.blockingEdges.push_back({text(e, "source_uid"), text(e, "name"),
                                                strings(e.value("source_columns", Json::array())),
                                                text(e, "on_delete")});
            }
    } else if (error.isAuthentication() || error.isPermission()) {
        answer.outcome = Outcome::NotPermitted;
    } else {
        answer.outcome = Outcome::Failed;
    }
    return answer;
}

bool serverOffersDryRun(const SchemaGraph& graph) {
    return graph.maxDepth.has_value();
}

DryRunComparison compareWithAnalysis(const DryRunAnswer& answer, const DeletionImpact& impact) {
    DryRunComparison out;
    if (!answer.hasVerdict())
        return out;
    out.comparable = true;
    const bool serverRefuses = answer.outcome == DryRunAnswer::Outcome::Refused;
    const bool analysisRefuses = !impact.strictDeleteAllowed();
    if (serverRefuses != analysisRefuses) {
        out.differences
            << (serverRefuses ? Text::tr("The server refuses the delete; the analysis expected it "
                                         "to be allowed.")
                              : Text::tr("The server would allow the delete; the analysis expected "
                                         "it to be refused."));
    } else if (serverRefuses && answer.code == QLatin1String("incoming_foreign_keys")) {
        QSet<QString> analysis;
        for (const BlockingReference& r : impact.blockingReferences)
            analysis.insert(edgeKey(r.edge.sourceUid, r.edge.sourceColumns));
        QSet<QString> server;
        QStringList onlyServer;
        for (const DryRunAnswer::Edge& e : answer.blockingEdges) {
            server.insert(edgeKey(e.sourceUid, e.sourceColumns));
            if (!analysis.contains(edgeKey(e.sourceUid, e.sourceColumns)))
                onlyServer << edgeText(impact, e);
        }
        QStringList onlyAnalysis;
        for (const BlockingReference& r : impact.blockingReferences)
            if (!server.contains(edgeKey(r.edge.sourceUid, r.edge.sourceColumns)))
                onlyAnalysis << Text::tr("%1 via %2").arg(r.sourceName, r.edge.name);
        if (!onlyServer.isEmpty())
            out.differences
                << Text::tr("Only the server names %1.").arg(impact::shortList(onlyServer));
        if (!onlyAnalysis.isEmpty())
            out.differences
                << Text::tr("Only the analysis names %1.").arg(impact::shortList(onlyAnalysis));
    }
    out.agrees = out.differences.isEmpty();
    return out;
}

QString dryRunSentence(const DryRunAnswer& answer, const DeletionImpact& impact) {
    switch (answer.outcome) {
    case DryRunAnswer::Outcome::NotAsked:
        return Text::tr("Not asked yet.");
    case DryRunAnswer::Outcome::Asking:
        return Text::tr("Asking the server what a strict delete would do…");
    case DryRunAnswer::Outcome::Allowed:
        return Text::tr("Allowed: a strict delete of %1 would succeed (nothing was deleted).")
            .arg(impact.rootName);
    case DryRunAnswer::Outcome::Refused: {
        QString status = QString::number(answer.httpStatus);
        if (!answer.code.isEmpty())
            status += QLatin1Char(' ') + answer.code;
        if (answer.blockingEdges.empty())
            return Text::tr("Refused (%1): %2").arg(status, answer.message);
        QStringList edges;
        for (const DryRunAnswer::Edge& e : answer.blockingEdges)
            edges << edgeText(impact, e);
        return Text::tr("Refused (%1): blocked by %2.").arg(status, impact::shortList(edges));
    }
    case DryRunAnswer::Outcome::NotPermitted:
        return Text::tr("Not asked: this account may not delete tables, so the server will not "
                        "answer a dry run either (%1).")
            .arg(answer.httpStatus);
    case DryRunAnswer::Outcome::Unsupported:
        return Text::tr("Not asked: this server does not show that it supports dry runs, and a "
                        "server without them would really delete the table.");
    case DryRunAnswer::Outcome::Failed:
        break;
    }
    return Text::tr("The server could not be asked: %1").arg(answer.message);
}

} // namespace cc::ui
