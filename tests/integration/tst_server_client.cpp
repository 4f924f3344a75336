#include "tst_server_client.h"

#include "support/TestEnvironment.h"

namespace cc::test {

std::string ServerClient::env(const char* key) {
    return fixtureValue(QStringLiteral("refserver.env"), QString::fromLatin1(key)).toStdString();
}

ServerClient::ServerClient()
    : ServerClient(env("COMMAND_CENTER_URL")) {}

ServerClient::ServerClient(const std::string& url)
    : m_url(url) {
    if (m_url.empty())
        return;
    m_client = std::make_unique<httplib::Client>(m_url);
    m_client->set_connection_timeout(5);
    m_client->set_read_timeout(60);
    m_client->set_keep_alive(true);
}

httplib::Headers ServerClient::auth(const std::string& token) const {
    httplib::Headers headers;
    if (!token.empty())
        headers.emplace("Authorization", "Bearer " + token);
    return headers;
}

HttpReply ServerClient::finish(const httplib::Result& result) {
    HttpReply reply;
    if (!result)
        return reply;
    reply.transportOk = true;
    reply.status = result->status;
    reply.body = result->body;
    reply.headers = result->headers;
    reply.json = Json::parse(reply.body, nullptr, false);
    if (reply.json.is_discarded())
        reply.json = Json();
    return reply;
}

HttpReply ServerClient::get(const std::string& path, const std::string& token) {
    return finish(m_client->Get(path.c_str(), auth(token)));
}

HttpReply ServerClient::get(const std::string& path, const std::string& token,
                            const httplib::Headers& extraHeaders) {
    httplib::Headers headers = auth(token);
    headers.insert(extraHeaders.begin(), extraHeaders.end());
    return finish(m_client->Get(path.c_str(), headers));
}

HttpReply ServerClient::post(const std::string& path, const Json& body, const std::string& token) {
    return postRaw(path, body.dump(), token);
}

HttpReply ServerClient::postRaw(const std::string& path, const std::string& body,
                                const std::string& token) {
    return finish(m_client->Post(path.c_str(), auth(token), body, "application/json"));
}

HttpReply ServerClient::patch(const std::string& path, const Json& body, const std::string& token) {
    return finish(m_client->Patch(path.c_str(), auth(token), body.dump(), "application/json"));
}

HttpReply ServerClient::del(const std::string& path, const std::string& token) {
    return finish(m_client->Delete(path.c_str(), auth(token)));
}

std::string ServerClient::uidOf(const std::string& identifier) {
    const HttpReply r = get(std::string(kLegacyTables) + "?identifier=" + identifier, admin());
    if (r.status != 200 || !r.json.is_object() || r.json["results"].empty())
        return {};
    return r.json["results"][0].value("uid", "");
}

int ServerClient::deleteTablesMatching(const std::string& fragment) {
    const HttpReply r =
        get(std::string(kLegacyTables) + "?limit=500&identifier__contains=" + fragment, admin());
    int deleted = 0;
    if (r.status != 200)
        return deleted;
    for (const Json& t : r.json["results"]) {
        const HttpReply gone = del(std::string(kLegacyTables) + t.value("uid", "") +
                                       "/?full_delete_selected=true&override_protection=true"
                                       "&full_delete_downstream_tables=true",
                                   admin());
        deleted += gone.status == 200 || gone.status == 404 ? 1 : 0;
    }
    return deleted;
}

std::string ServerClient::dataSourceUid(const std::string& name) {
    const HttpReply r = get("/orm/api/connections/data_source/", admin());
    if (r.status != 200)
        return {};
    for (const Json& d : r.json["results"])
        if (d.value("display_name", "") == name)
            return d.value("uid", "");
    return {};
}

} // namespace cc::test
