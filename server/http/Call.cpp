#include "http/Call.h"

#include "core/codec/ErrorCodec.h"

#include <httplib.h>

#include <algorithm>
#include <cctype>
#include <map>

namespace tsm::http {

namespace {

std::string percentEncode(const std::string& text) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += char(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

} // namespace

Call::Call(const httplib::Request& request, httplib::Response& response, ServerResources& resources,
           cc::FieldSet fieldSet)
    : req(request)
    , res(response)
    , server(resources)
    , fields(fieldSet) {}

std::string Call::arg(size_t i) const {
    return i < req.matches.size() ? std::string(req.matches[i]) : std::string();
}

std::optional<std::string> Call::param(const std::string& key) const {
    if (!req.has_param(key.c_str()))
        return std::nullopt;
    return req.get_param_value(key.c_str());
}

std::optional<bool> Call::boolParam(const std::string& key, bool fallback) {
    const std::optional<std::string> raw = param(key);
    if (!raw)
        return fallback;
    const std::string v = lower(*raw);
    if (v == "true" || v == "1")
        return true;
    if (v == "false" || v == "0")
        return false;
    badRequest("'" + key + "' must be a boolean (true/false/True/False/1/0), got '" + *raw + "'.",
               "invalid_parameter", {{key, {"Must be a valid boolean."}}});
    return std::nullopt;
}

std::optional<long long> Call::intParam(const std::string& key, long long fallback) {
    const std::optional<std::string> raw = param(key);
    if (!raw || raw->empty())
        return fallback;
    const bool digits =
        raw->size() < 18 &&
        std::all_of(raw->begin(), raw->end(), [](unsigned char c) { return std::isdigit(c); });
    if (!digits) {
        badRequest("'" + key + "' must be a non-negative integer, got '" + *raw + "'.",
                   "invalid_parameter", {{key, {"A valid integer is required."}}});
        return std::nullopt;
    }
    return std::stoll(*raw);
}

std::optional<cc::Json> Call::jsonBody(bool requireObject) {
    cc::Json body = cc::Json::parse(req.body, nullptr, false);
    if (body.is_discarded()) {
        badRequest("The request body is not valid JSON.", "malformed_json");
        return std::nullopt;
    }
    if (requireObject && !body.is_object()) {
        badRequest("The request body must be a JSON object.", "invalid_body");
        return std::nullopt;
    }
    return body;
}

void Call::json(int status, const cc::Json& body) {
    text(status, body.dump(-1, ' ', false, cc::Json::error_handler_t::replace));
}

void Call::text(int status, const std::string& body, const char* contentType) {
    res.status = status;
    res.set_content(body, contentType);
}

void Call::refusal(const catalog::Refusal& r) {
    cc::Json body = cc::encodeErrorBody(QString::fromStdString(r.detail),
                                        QString::fromStdString(r.code), r.errorFields);
    for (auto it = r.topFields.begin(); it != r.topFields.end(); ++it)
        body[it.key()] = it.value();
    json(r.status, body);
}

void Call::badRequest(const std::string& detail, const std::string& code,
                      const cc::Json& topFields) {
    catalog::Refusal r;
    r.status = 400;
    r.detail = detail;
    r.code = code;
    r.topFields = topFields;
    refusal(r);
}

void Call::notFound() {
    json(404, {{"detail", "Not found."}});
}

void Call::forbidden() {
    json(403, {{"detail", "You do not have permission to perform this action."}});
}

void Call::serverError(const std::string& detail, const std::string& code, int status) {
    catalog::Refusal r;
    r.status = status;
    r.detail = detail;
    r.code = code;
    r.errorFields = {{"retryable", status == 503}};
    refusal(r);
}

std::string Call::pageUrl(long long limit, long long offset) const {
    std::string host = req.get_header_value("Host");
    if (host.empty())
        host = req.local_addr + ":" + std::to_string(req.local_port);
    std::multimap<std::string, std::string> query;
    for (const auto& [key, value] : req.params)
        if (key != "limit" && key != "offset")
            query.emplace(key, value);
    query.emplace("limit", std::to_string(limit));
    query.emplace("offset", std::to_string(offset));
    std::string url = "http://" + host + req.path + "?";
    bool first = true;
    for (const auto& [key, value] : query) {
        url += (first ? "" : "&") + percentEncode(key) + "=" + percentEncode(value);
        first = false;
    }
    return url;
}

} // namespace tsm::http
