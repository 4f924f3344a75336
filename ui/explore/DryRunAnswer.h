#pragma once

#include "core/Json.h"
#include "core/SchemaGraph.h"
#include "core/impact/DeletionImpact.h"
#include "net/ApiResult.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace cc::ui {

// What the server itself says about a strict `DELETE <uid>/` (all four flags false) asked
// as a dry run (`dry_run=True`, a tsm-refserver extension): refused with 409 and the
// foreign keys that block it, or allowed with what it would delete.
struct DryRunAnswer {
    enum class Outcome {
        NotAsked,     // nothing sent yet
        Asking,       // the request is running
        Allowed,      // 2xx with "dry_run": true
        Refused,      // 409
        NotPermitted, // 401/403: the account may not delete tables
        Unsupported,  // the server does not show that it honours dry runs: not asked
        Failed        // anything else (the message says what)
    };
    struct Edge {
        QString sourceUid;
        QString name; // empty when the server sent none
        QStringList sourceColumns;
        QString onDelete;
    };

    Outcome outcome = Outcome::NotAsked;
    int httpStatus = 0;
    QString code;    // the error code of a refusal: incoming_foreign_keys, protected, ...
    QString message; // the server's sentence, or why it failed
    std::vector<Edge> blockingEdges;
    QStringList deletedUids;
    QStringList droppedPhysicalTables;

    // From the reply of ApiClient::deleteTable(uid, DeleteFlags{}, true, ...). A cancelled
    // call gives Failed; callers drop those before.
    static DryRunAnswer fromResult(const ApiResult<Json>& result);
    bool isSettled() const { return outcome != Outcome::NotAsked && outcome != Outcome::Asking; }
    bool hasVerdict() const { return outcome == Outcome::Allowed || outcome == Outcome::Refused; }
};

// Whether it is safe to ask `graph`'s server for a dry run. A server that ignores
// `dry_run` really deletes, so only a server that shows tsm-refserver's extensions (the
// graph's own depth limit, `max_depth`) is asked.
bool serverOffersDryRun(const SchemaGraph& graph);

// The server's answer held against the client's analysis.
struct DryRunComparison {
    bool comparable = false; // the server gave a verdict
    bool agrees = false;
    QStringList differences; // translated sentences, empty when they agree
};
DryRunComparison compareWithAnalysis(const DryRunAnswer& answer, const DeletionImpact& impact);

// One line for the panel: "Refused (409 incoming_foreign_keys): crm.clients via …".
QString dryRunSentence(const DryRunAnswer& answer, const DeletionImpact& impact);

} // namespace cc::ui
