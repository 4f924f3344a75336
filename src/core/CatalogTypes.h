#pragma once

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace cc {

// A list reply (spec §2.1): the DRF page object, or a bare array (then count and links
// are absent), or for search routes a single object.
template <typename T>
struct Page {
    std::vector<T> results;
    std::optional<qint64> count;
    std::optional<QString> next;
    std::optional<QString> previous;
    bool wasBareArray = false;
};

// One option of `GET namespaces/` (web frontend shape, spec §2.0 / web reference §2.2).
struct NamespaceInfo {
    QString name;                   // `namespace` (or `name`)
    std::optional<QString> uid;     // `namespace_uid` (or `uid`)
    QString displayName;            // `display_name`, else the name
    std::optional<qint64> tableCount; // `table_count` | `count` | `meta_table_count`
    std::map<QString, QString> filters; // passed back verbatim as list query parameters

    bool operator==(const NamespaceInfo& o) const
    {
        return name == o.name && uid == o.uid && displayName == o.displayName
               && tableCount == o.tableCount && filters == o.filters;
    }
};

// What the catalog panel asks for. An empty field is not sent.
struct CatalogQuery {
    enum class Mode { Catalog, Description, Column };

    Mode mode = Mode::Catalog;
    QString text; // `search` (catalog mode) or `q` (description / column search)
    QStringList namespaces;
    QStringList labels;
    QString managementMode;
    QString dataSourceUid;
    std::map<QString, QString> extraFilters; // e.g. a namespace option's `filters`
    int limit = 100;
    qint64 offset = 0;

    bool operator==(const CatalogQuery& o) const
    {
        return mode == o.mode && text == o.text && namespaces == o.namespaces
               && labels == o.labels && managementMode == o.managementMode
               && dataSourceUid == o.dataSourceUid && extraFilters == o.extraFilters
               && limit == o.limit && offset == o.offset;
    }
};

} // namespace cc
