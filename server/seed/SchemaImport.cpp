#include "seed/SchemaImport.h"

#include "catalog/DataSourceStore.h"
#include "catalog/Reflection.h"
#include "catalog/Registration.h"

#include <stdexcept>

namespace tsm::seed {

ImportReport importSchema(db::Connection& catalog, db::DataConnections& pools,
                          const std::string& dataSourceName, const std::string& schema,
                          const std::string& ns) {
    const auto source = catalog::dataSourceByName(catalog, dataSourceName);
    if (!source)
        throw std::runtime_error("no data source named '" + dataSourceName + "'");
    const std::string targetNamespace = ns.empty() ? schema : ns;

    std::vector<catalog::ReflectedTable> tables;
    {
        db::ConnectionPool::Lease data = pools.acquire(source->dsn);
        for (const std::string& table : catalog::tablesInSchema(*data, schema))
            if (auto physical = catalog::reflectTable(*data, schema, table))
                tables.push_back(*physical);
    }
    ImportReport report;
    for (const catalog::ReflectedTable& physical : tables) {
        const std::string& table = physical.table;
        catalog::RegistrationRequest request;
        request.dataSourceUid = source->uid;
        request.managementMode = "external_registered";
        request.schemaManagementMode = "external_registered";
        request.contract = catalog::toContract(physical);
        request.identifier = targetNamespace + "." + table;
        request.ns = targetNamespace;
        request.description = physical.description;
        request.introspect = source->supports(cc::capability::TableIntrospection);
        catalog::RegistrationResult result = catalog::registerTable(catalog, pools, request);
        if (result.refusal)
            report.refused.push_back(table + ": " + result.refusal->detail);
        else if (result.created)
            ++report.registered;
        else
            ++report.alreadyRegistered;
    }
    return report;
}

} // namespace tsm::seed
