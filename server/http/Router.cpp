#include "http/Router.h"

#include "catalog/UserStore.h"
#include "http/RequestLog.h"

#include <httplib.h>

#include <iostream>

namespace tsm::http {

namespace {

const char* const kLegacyMetaTables = "/orm/api/ts_manager/meta_table/";
const char* const kV1MetaTables = "/api/v1/meta-tables/";
const char* const kLegacyDataSources = "/orm/api/connections/data_source/";
const char* const kV1DataSources = "/api/v1/data-sources/";

std::string bearerToken(const httplib::Request& req) {
    const std::string header = req.get_header_value("Authorization");
    const std::string prefix = "Bearer ";
    if (header.size() <= prefix.size())
        return {};
    for (size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(header[i])) !=
            std::tolower(static_cast<unsigned char>(prefix[i])))
            return {};
    return header.substr(prefix.size());
}

catalog::Role minimumRole(Access access) {
    switch (access) {
    case Access::Editor:
        return catalog::Role::Editor;
    case Access::Admin:
        return catalog::Role::Admin;
    default:
        return catalog::Role::Viewer;
    }
}

} // namespace

Router::Router(httplib::Server& server, ServerResources& resources)
    : m_server(server)
    , m_resources(resources) {}

void Router::metaTables(const std::string& method, const std::string& suffix, Access access,
                        Handler handler) {
    route(method, kLegacyMetaTables + suffix, access, handler, cc::FieldSet::Legacy);
    route(method, kV1MetaTables + suffix, access, handler, cc::FieldSet::V1);
}

void Router::dataSources(const std::string& method, const std::string& suffix, Access access,
                         Handler handler) {
    route(method, kLegacyDataSources + suffix, access, handler, cc::FieldSet::Legacy);
    route(method, kV1DataSources + suffix, access, handler, cc::FieldSet::V1);
}

void Router::route(const std::string& method, const std::string& pattern, Access access,
                   Handler handler, cc::FieldSet fields) {
    // The router is gone once routes are mounted: capture only what outlives it.
    ServerResources* resources = &m_resources;
    auto wrapped = [resources, access, handler, fields](const httplib::Request& req,
                                                        httplib::Response& res) {
        serve(*resources, req, res, access, handler, fields);
    };
    if (method == "GET")
        m_server.Get(pattern, wrapped);
    else if (method == "POST")
        m_server.Post(pattern, wrapped);
    else if (method == "PATCH")
        m_server.Patch(pattern, wrapped);
    else if (method == "DELETE")
        m_server.Delete(pattern, wrapped);
    else if (method == "PUT")
        m_server.Put(pattern, wrapped);
}

void Router::serve(ServerResources& resources, const httplib::Request& req, httplib::Response& res,
                   Access access, const Handler& handler, cc::FieldSet fields) {
    RequestState& state = currentRequest();
    Call call(req, res, resources, fields);

    // Faults that strike before the handler: the request is not executed.
    FaultInjector& faults = resources.faults;
    if (faults.enabled()) {
        faults.delay();
        state.fault = faults.draw();
        if (state.fault == "500") {
            call.serverError("Injected fault: internal server error.", "injected_fault", 500);
            return;
        }
        if (state.fault == "503") {
            call.serverError("Injected fault: service unavailable.", "injected_fault", 503);
            res.set_header("Retry-After", "1");
            return;
        }
        if (state.fault == "reset") {
            FaultInjector::resetConnection(req);
            res.status = 599; // never reaches the client; the log says "reset"
            return;
        }
    }

    try {
        db::ConnectionPool::Lease lease = resources.catalog.acquire();
        call.catalog = &*lease;
        if (access != Access::Public) {
            const std::string token = bearerToken(req);
            if (token.empty()) {
                call.json(401, {{"detail", "Authentication credentials were not provided."}});
                res.set_header("WWW-Authenticate", "Bearer realm=\"api\"");
                return;
            }
            std::optional<catalog::Principal> principal = catalog::authenticate(call.db(), token);
            if (!principal) {
                call.json(401, {{"detail", "Given token not valid or expired."},
                                {"code", "token_not_valid"}});
                res.set_header("WWW-Authenticate", "Bearer realm=\"api\"");
                return;
            }
            call.principal = *principal;
            if (!call.principal.atLeast(minimumRole(access))) {
                call.forbidden();
                return;
            }
        }
        state.handlerRan = true;
        handler(call);
    } catch (const db::PgError& e) {
        std::cerr << "tsm-refserver: " << state.id << " PostgreSQL error: " << e.what() << "\n";
        if (e.isConnectionFailure())
            call.serverError("The catalog database is unavailable.", "catalog_unavailable", 503);
        else
            call.serverError("Internal server error.", "internal_error", 500);
    } catch (const std::exception& e) {
        std::cerr << "tsm-refserver: " << state.id << " error: " << e.what() << "\n";
        call.serverError("Internal server error.", "internal_error", 500);
    }

    // Faults that strike after the handler ran once.
    if (state.fault == "truncate")
        FaultInjector::truncateBody(res);
    else if (state.fault == "slow")
        FaultInjector::dribbleBody(res);
}

} // namespace tsm::http
