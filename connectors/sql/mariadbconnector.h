#pragma once

#include "connectors/connector.h"
#include "connectors/sql/mariadbsession.h"
#include "connectors/sql/mariadbtypes.h"

#include <QCoreApplication>

#include <memory>

namespace miq {

// A MySQL or MariaDB database as a source: every base table and view of the configured database
// (streams named by the table), plus a stream named "query" when the source has a query.
//
// Sessions are read-only (SET SESSION TRANSACTION READ ONLY), use utf8mb4 and time_zone '+00:00'.
// Each reader opens a session of its own and streams its SELECT unbuffered (MariaDbStreamReader),
// so memory stays bounded by one batch whatever the table's size. Column types follow
// MariaDbDecode (mariadbtypes.h). Incremental reads (ReadOptions::cursorColumn) are pushed into
// the SELECT: WHERE cursor >= bound ORDER BY cursor. The password comes from
// ConnectionSettings::secrets["password"] and is masked in every message.
class MariaDbConnector : public Connector
{
    Q_DECLARE_TR_FUNCTIONS(MariaDbConnector)

public:
    explicit MariaDbConnector(ConnectionSettings settings);
    ~MariaDbConnector() override;

    static ConnectorSpec spec();

    // "MariaDB 10.11.19, tables: 12, views: 3"
    Result<QString> checkConnection() override;
    Result<QList<StreamInfo>> discover() override;
    Result<std::unique_ptr<StreamReader>> openStream(const QString &stream,
                                                     const ReadOptions &options) override;
    // Ranges of a single-column integer primary key, one reader (and session) per part; other
    // streams, limits and incremental reads are read in one part.
    Result<std::vector<std::unique_ptr<StreamReader>>>
    openStreamParts(const QString &stream, const ReadOptions &options, int parts) override;

private:
    Status ensureConnected();
    // Tables and views of the database with their columns (only `*table` when given).
    Result<QList<StreamInfo>> catalog(MariaDbSession &session, const QString *table,
                                      QList<QList<MariaDbColumn>> *columns = nullptr) const;
    Result<QList<MariaDbColumn>> describeQuery(MariaDbSession &session) const;
    // " WHERE `c` >= <bound> ORDER BY `c`" for ReadOptions::cursorColumn/cursorLowerBound.
    Result<QString> cursorClause(MariaDbSession &session, const QString &stream,
                                 const QList<MariaDbColumn> &columns, const ReadOptions &options) const;

    MariaDbSettings m_settings;
    std::unique_ptr<MariaDbSession> m_session;
};

} // namespace miq
