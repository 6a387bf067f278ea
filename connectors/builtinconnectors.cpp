#include "connectors/connectorregistry.h"

#include "connectors/csv/csvconnector.h"
#include "connectors/json/jsonconnector.h"
#include "connectors/rest/restconnector.h"
#include "connectors/sql/mariadbconnector.h"
#include "connectors/sql/mariadbdestination.h"
#include "connectors/sql/postgresconnector.h"
#include "connectors/sql/postgresdestination.h"
#include "connectors/sql/sqliteconnector.h"
#include "connectors/xlsx/xlsxconnector.h"

namespace miq {

const ConnectorRegistry &ConnectorRegistry::builtin()
{
    static const ConnectorRegistry registry = [] {
        ConnectorRegistry r;
        r.add(CsvConnector::spec(), [](const ConnectionSettings &s) { return std::make_unique<CsvConnector>(s); });
        r.add(JsonConnector::spec(), [](const ConnectionSettings &s) { return std::make_unique<JsonConnector>(s); });
        r.add(XlsxConnector::spec(), [](const ConnectionSettings &s) { return std::make_unique<XlsxConnector>(s); });
        r.add(SqliteConnector::spec(), [](const ConnectionSettings &s) { return std::make_unique<SqliteConnector>(s); });
        r.add(PostgresConnector::spec(), [](const ConnectionSettings &s) { return std::make_unique<PostgresConnector>(s); },
              [](const ConnectionSettings &s) { return std::make_unique<PostgresDestination>(s); });
        r.add(MariaDbConnector::spec(), [](const ConnectionSettings &s) { return std::make_unique<MariaDbConnector>(s); },
              [](const ConnectionSettings &s) { return std::make_unique<MariaDbDestination>(s); });
        r.add(RestConnector::spec(), [](const ConnectionSettings &s) { return std::make_unique<RestConnector>(s); });
        return r;
    }();
    return registry;
}

} // namespace miq
