#include "connectors/connectorregistry.h"

#include "connectors/csv/csvconnector.h"
#include "connectors/json/jsonconnector.h"
#include "connectors/sql/postgresconnector.h"
#include "connectors/sql/sqliteconnector.h"

namespace miq {

const ConnectorRegistry &ConnectorRegistry::builtin()
{
    static const ConnectorRegistry registry = [] {
        ConnectorRegistry r;
        r.add(CsvConnector::spec(), [](const ConnectionSettings &s) { return std::make_unique<CsvConnector>(s); });
        r.add(JsonConnector::spec(), [](const ConnectionSettings &s) { return std::make_unique<JsonConnector>(s); });
        r.add(SqliteConnector::spec(), [](const ConnectionSettings &s) { return std::make_unique<SqliteConnector>(s); });
        r.add(PostgresConnector::spec(), [](const ConnectionSettings &s) { return std::make_unique<PostgresConnector>(s); });
        return r;
    }();
    return registry;
}

} // namespace miq
