#pragma once

#include "connectors/sql/sqlstreamreader.h"

#include <QSqlQuery>

namespace miq {

class SqlConnection;

// Reads a SELECT through a server-side cursor: BEGIN READ ONLY; DECLARE ... NO SCROLL CURSOR;
// FETCH FORWARD 10000 until a short FETCH; CLOSE; COMMIT. The driver streams each FETCH in
// single-row mode (forward-only query), so memory stays bounded by one row plus one batch.
// The reader owns its connection: the cursor lives in that connection's transaction.
class PostgresStreamReader final : public SqlStreamReader
{
    Q_DECLARE_TR_FUNCTIONS(PostgresStreamReader)

public:
    static constexpr int fetchRows = 10000;

    // Starts the transaction and declares the cursor for `select` (which must be a SELECT whose
    // columns match `schema`). `location` names the server in messages ("host:port").
    static Result<std::unique_ptr<StreamReader>> open(std::shared_ptr<SqlConnection> connection,
                                                      const QString &select,
                                                      std::shared_ptr<const Schema> schema,
                                                      const ReadOptions &options,
                                                      const QString &sourceName,
                                                      const QString &streamName,
                                                      const QString &location);
    ~PostgresStreamReader() override;

protected:
    Result<bool> fetchRow() override;
    const QSqlQuery &currentQuery() const override { return m_fetch; }
    Status finish() override;

private:
    PostgresStreamReader(std::shared_ptr<SqlConnection> connection,
                         std::shared_ptr<const Schema> schema, const ReadOptions &options,
                         const QString &sourceName, const QString &streamName, QString location);
    Error failure(const QSqlError &error) const;

    std::shared_ptr<SqlConnection> m_connection; // declared first: must outlive m_fetch
    QSqlQuery m_fetch;
    QString m_location;
    qint64 m_rowsInFetch = 0;
    bool m_fetching = false;
    bool m_inTransaction = false;
};

} // namespace miq
