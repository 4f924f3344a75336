#pragma once

// A plain HTTP client for the tsm-refserver integration tests, configured from the
// `refserver` fixture (STATE_DIR/refserver.env).
#include "core/Json.h"

#include <httplib.h>

#include <QString>

#include <memory>
#include <string>

namespace cc::test {

struct HttpReply {
    bool transportOk = false; // false: no complete reply (refused, reset, truncated)
    int status = 0;
    std::string body;
    Json json; // null when the body is not JSON
    httplib::Headers headers;

    std::string header(const std::string& key) const {
        auto it = headers.find(key);
        return it == headers.end() ? std::string() : it->second;
    }
};

class ServerClient {
public:
    // The shared fixture server.
    ServerClient();
    // Any server, e.g. one a test started itself.
    explicit ServerClient(const std::string& url);

    bool available() const { return !m_url.empty(); }
    const std::string& url() const { return m_url; }

    HttpReply get(const std::string& path, const std::string& token = {});
    HttpReply get(const std::string& path, const std::string& token,
                  const httplib::Headers& extraHeaders);
    HttpReply post(const std::string& path, const Json& body, const std::string& token = {});
    HttpReply postRaw(const std::string& path, const std::string& body, const std::string& token);
    HttpReply patch(const std::string& path, const Json& body, const std::string& token = {});
    HttpReply del(const std::string& path, const std::string& token = {});

    // Fixture values.
    static std::string env(const char* key);
    static std::string admin() { return env("TOKEN_ADMIN"); }
    static std::string editor() { return env("TOKEN_EDITOR"); }
    static std::string viewer() { return env("TOKEN_VIEWER"); }
    static std::string limitedViewer() { return env("TOKEN_VIEWER_LIMITED"); }

    // The uid of the table with this identifier (as the admin sees it), or "".
    std::string uidOf(const std::string& identifier);
    // Deletes (as admin, with everything that depends on them) the tables whose identifier
    // contains `fragment`: a test's cleanup of what it registered. Returns how many.
    int deleteTablesMatching(const std::string& fragment);
    // The uid of the data source with this display name, or "".
    std::string dataSourceUid(const std::string& name);

private:
    HttpReply finish(const httplib::Result& result);
    httplib::Headers auth(const std::string& token) const;

    std::string m_url;
    std::unique_ptr<httplib::Client> m_client;
};

inline const char* kLegacyTables = "/orm/api/ts_manager/meta_table/";
inline const char* kV1Tables = "/api/v1/meta-tables/";

} // namespace cc::test
