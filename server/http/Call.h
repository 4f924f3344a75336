#pragma once

#include "catalog/Principal.h"
#include "catalog/Refusal.h"
#include "core/Json.h"
#include "core/codec/MetaTableCodec.h"
#include "db/PgConnection.h"
#include "http/ServerResources.h"

#include <optional>
#include <string>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace tsm::http {

// With a charset, cpp-httplib leaves JSON replies uncompressed: for any client that accepts
// `br` (Qt does) it would otherwise pick brotli at its slowest quality, about 2 s for one
// 10,000-row execute-operation page.
inline constexpr const char* kJsonContentType = "application/json; charset=utf-8";

// One request as a handler sees it: the parsed request, the caller, a catalog
// connection leased for the request, the field set of the route namespace, and the
// reply helpers. Every error reply goes through here so that its shape is uniform.
class Call {
public:
    Call(const httplib::Request& request, httplib::Response& response, ServerResources& server,
         cc::FieldSet fields);

    const httplib::Request& req;
    httplib::Response& res;
    ServerResources& server;
    cc::FieldSet fields;
    catalog::Principal principal;
    db::Connection* catalog = nullptr; // set by the router before the handler runs

    db::Connection& db() { return *catalog; }
    // The i-th capture of the route pattern (1-based).
    std::string arg(size_t i) const;
    std::optional<std::string> param(const std::string& key) const;
    // True/false in any case and 1/0 (spec §1.3). Missing: `fallback`; malformed: replies
    // 400 and returns nullopt.
    std::optional<bool> boolParam(const std::string& key, bool fallback);
    // Non-negative integer; missing: `fallback`; malformed: replies 400, returns nullopt.
    std::optional<long long> intParam(const std::string& key, long long fallback);

    // The body as JSON; replies 400 and returns nullopt when it is not JSON (or, with
    // `requireObject`, not an object).
    std::optional<cc::Json> jsonBody(bool requireObject = true);

    void json(int status, const cc::Json& body);
    void text(int status, const std::string& body, const char* contentType = kJsonContentType);
    void refusal(const catalog::Refusal& refusal);
    void badRequest(const std::string& detail, const std::string& code,
                    const cc::Json& topFields = cc::Json::object());
    void notFound();  // DRF: {"detail": "Not found."}
    void forbidden(); // DRF: {"detail": "You do not have permission to perform this action."}
    void serverError(const std::string& detail, const std::string& code, int status = 500);

    // http://<Host><path>?<query> for DRF `next` / `previous` links: the request's own
    // query with `limit` and `offset` replaced, keys sorted.
    std::string pageUrl(long long limit, long long offset) const;
};

} // namespace tsm::http
