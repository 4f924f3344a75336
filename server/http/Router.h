#pragma once

#include "catalog/Principal.h"
#include "core/codec/MetaTableCodec.h"
#include "http/Call.h"
#include "http/ServerResources.h"

#include <functional>
#include <string>

namespace httplib {
class Server;
}

namespace tsm::http {

// Who may call a route: anyone (login, refresh) or a bearer token of at least a role.
enum class Access { Public, Viewer, Editor, Admin };

// Mounts handlers on the cpp-httplib server. Each handler is wrapped once, here: request
// faults, authentication, role check, a catalog connection for the request, and the
// last line of defence that turns any exception into a structured 500/503.
class Router {
public:
    using Handler = std::function<void(Call&)>;

    Router(httplib::Server& server, ServerResources& resources);

    // Under /orm/api/ts_manager/meta_table/ (legacy field set) and /api/v1/meta-tables/
    // (v1 field set). `suffix` is a regex for the rest of the path, e.g. "([^/]+)/".
    void metaTables(const std::string& method, const std::string& suffix, Access access,
                    Handler handler);
    // Under /orm/api/connections/data_source/ and /api/v1/data-sources/.
    void dataSources(const std::string& method, const std::string& suffix, Access access,
                     Handler handler);
    // One exact path pattern.
    void route(const std::string& method, const std::string& pattern, Access access,
               Handler handler, cc::FieldSet fields = cc::FieldSet::Legacy);

private:
    static void serve(ServerResources& resources, const httplib::Request& req,
                      httplib::Response& res, Access access, const Handler& handler,
                      cc::FieldSet fields);

    httplib::Server& m_server;
    ServerResources& m_resources;
};

} // namespace tsm::http
