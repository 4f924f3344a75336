#pragma once

#include "db/ConnectionPool.h"
#include "db/DataConnections.h"
#include "exec/OperationRunner.h"
#include "http/FaultInjector.h"
#include "http/RequestLog.h"
#include "http/ServerOptions.h"

#include <memory>

namespace tsm::http {

// Everything a handler may use, shared by all worker threads.
struct ServerResources {
    explicit ServerResources(const ServerOptions& o)
        : options(o)
        , catalog(o.catalogConninfo, o.catalogConnections)
        , data(o.dataConnectionsPerSource)
        , runner(std::make_unique<OperationRunner>(o.pageCap))
        , faults(o.fault)
        , log(o.logFile) {}

    ServerOptions options;
    db::ConnectionPool catalog;
    db::DataConnections data;
    std::unique_ptr<OperationRunner> runner;
    FaultInjector faults;
    RequestLog log;
};

} // namespace tsm::http
