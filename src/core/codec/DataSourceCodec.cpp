// Data sources (spec §7) and namespace options (web reference §2.2).
#include "core/codec/MetaTableCodec.h"
#include "core/codec/ValueReaders.h"

namespace cc {

namespace codec {

namespace {

std::map<QString, bool> readCapabilities(const JsonReader& r) {
    std::map<QString, bool> out;
    r.forEachMember([&](std::string_view key, const JsonReader& value) {
        out[QString::fromUtf8(key.data(), qsizetype(key.size()))] = value.toBool();
    });
    return out;
}

// A list reply: a bare array, or an object holding it under one of `keys`.
template <typename T, typename F>
std::vector<T> readListReply(const JsonReader& r, Keys keys, F&& read) {
    if (r.isArray()) {
        std::vector<T> out;
        r.forEachElement([&](const JsonReader& element) { out.push_back(read(element)); });
        return out;
    }
    if (!r.isObject())
        r.fail(QStringLiteral("expected array or object"));
    const JsonReader list = r.required(keys);
    std::vector<T> out;
    list.forEachElement([&](const JsonReader& element) { out.push_back(read(element)); });
    return out;
}

NamespaceInfo readNamespace(const JsonReader& r) {
    r.toObject();
    NamespaceInfo ns;
    ns.name = r.string({"namespace", "name"});
    ns.uid = r.optString({"namespace_uid", "uid"});
    ns.displayName = r.stringOr("display_name", ns.name);
    ns.tableCount =
        r.optInteger({"table_count", "count", "meta_table_count", "dynamic_table_count"});
    if (auto filters = r.member("filters")) {
        filters->forEachMember([&](std::string_view key, const JsonReader& value) {
            QString text;
            if (value.isNull())
                return;
            if (value.isString())
                text = value.toString();
            else if (value.json().is_number() || value.json().is_boolean())
                text = QString::fromStdString(value.json().dump());
            else
                value.fail(QStringLiteral("expected string"));
            ns.filters[QString::fromUtf8(key.data(), qsizetype(key.size()))] = text;
        });
    }
    return ns;
}

} // namespace

DataSource readDataSource(const JsonReader& r) {
    r.toObject();
    DataSource ds;
    // The legacy wrapper (§7.2) carries the physical source in `related_resource`; its
    // name, class and status are the ones to show.
    const std::optional<JsonReader> related = r.member("related_resource");
    if (related)
        related->toObject();
    ds.legacyWrapper = related.has_value();
    const JsonReader& physical = related ? *related : r;

    if (auto uid = r.optString({"uid", "data_source_uid"}))
        ds.uid = *uid;
    else if (related && related->member("uid"))
        ds.uid = related->string("uid");
    else
        r.failMember("uid", QStringLiteral("required key missing"));
    ds.id = r.optInteger("id");
    ds.displayName = physical.stringOr({"display_name", "name"},
                                       r.stringOr({"display_name", "name"}, QString()));
    ds.classType = physical.stringOr(
        "class_type", r.stringOr({"class_type", "related_resource_class_type"}, QString()));
    ds.status = physical.stringOr("status", r.stringOr("status", QString()));
    ds.storageAccessMode =
        r.stringOr("storage_access_mode", physical.stringOr("storage_access_mode", QString()));
    ds.organizationUid = r.optString("organization_uid");
    if (!ds.organizationUid && related)
        ds.organizationUid = related->optString("organization_uid");
    ds.organization = r.optInteger("organization");
    if (!ds.organization && related)
        ds.organization = related->optInteger("organization");
    if (auto extra = r.member("extra_arguments"))
        ds.extraArguments = extra->toObject();
    else if (related)
        ds.extraArguments = related->objectOr("extra_arguments");
    if (auto caps = r.member("capabilities"))
        ds.capabilities = readCapabilities(*caps);
    else if (related) {
        if (auto relatedCaps = related->member("capabilities"))
            ds.capabilities = readCapabilities(*relatedCaps);
    }
    return ds;
}

} // namespace codec

using namespace codec;

DecodeResult<DataSource> decodeDataSource(const Json& json) {
    return runDecoder<DataSource>([&] { return readDataSource(JsonReader(json)); });
}

Json encodeDataSource(const DataSource& source) {
    Json out{
        {"uid", jsonString(source.uid)},
        {"data_source_uid", jsonString(source.uid)},
        {"display_name", jsonString(source.displayName)},
        {"class_type", jsonString(source.classType)},
        {"status", jsonString(source.status)},
    };
    if (source.id)
        out["id"] = *source.id;
    if (source.organization)
        out["organization"] = *source.organization;
    if (source.organizationUid)
        out["organization_uid"] = jsonString(*source.organizationUid);
    if (!source.storageAccessMode.isEmpty())
        out["storage_access_mode"] = jsonString(source.storageAccessMode);
    if (source.extraArguments.is_object() && !source.extraArguments.empty())
        out["extra_arguments"] = source.extraArguments;
    if (source.capabilities) {
        Json caps = Json::object();
        for (const auto& [flag, supported] : *source.capabilities)
            caps[flag.toStdString()] = supported;
        out["capabilities"] = std::move(caps);
    }
    return out;
}

DecodeResult<std::vector<DataSource>> decodeDataSourceList(const Json& json) {
    return runDecoder<std::vector<DataSource>>([&] {
        // `rows` is the web frontend's project data source list.
        return readListReply<DataSource>(JsonReader(json), {"results", "rows"}, readDataSource);
    });
}

DecodeResult<std::vector<NamespaceInfo>> decodeNamespaces(const Json& json) {
    return runDecoder<std::vector<NamespaceInfo>>(
        [&] { return readListReply<NamespaceInfo>(JsonReader(json), "results", readNamespace); });
}

Json encodeNamespaces(const std::vector<NamespaceInfo>& namespaces) {
    Json out = Json::array();
    for (const NamespaceInfo& ns : namespaces) {
        Json filters = Json::object();
        for (const auto& [key, value] : ns.filters)
            filters[key.toStdString()] = value.toStdString();
        Json item{
            {"namespace", jsonString(ns.name)},
            {"display_name", jsonString(ns.displayName)},
            {"filters", std::move(filters)},
        };
        if (ns.uid)
            item["namespace_uid"] = jsonString(*ns.uid);
        if (ns.tableCount)
            item["table_count"] = *ns.tableCount;
        out.push_back(std::move(item));
    }
    return out;
}

} // namespace cc
