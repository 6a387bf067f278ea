#pragma once

#include "connectors/sql/sqlstreamreader.h"

#include <QSqlQuery>

#include <functional>
#include <optional>

namespace miq {

class SqlConnection;

// Reads a SELECT through a server-side cursor: BEGIN READ ONLY; DECLARE ... NO SCROLL CURSOR;
// FETCH FORWARD 10000 until a short FETCH; CLOSE; COMMIT. The driver streams each FETCH in
// single-row mode (forward-only query), so memory stays bounded by one row plus one batch.
// The reader owns its connection: the cursor lives in that connection's transaction.
//
// The SELECT may use bind parameters $1, $2 ... (an incremental cursor's lower bound, a part's
// key range): the DECLARE goes through libpq's PQexecParams on the driver's own connection,
// because Qt's QPSQL driver cannot prepare a DECLARE and would otherwise splice the values into
// the SQL text.
class PostgresStreamReader final : public SqlStreamReader
{
    Q_DECLARE_TR_FUNCTIONS(PostgresStreamReader)

public:
    static constexpr int fetchRows = 10000;
    using Connect = std::function<Result<std::shared_ptr<SqlConnection>>()>;

    // Starts the transaction and declares the cursor for `select` (which must be a SELECT whose
    // columns match `schema`). `location` names the server in messages ("host:port").
    static Result<std::unique_ptr<StreamReader>> open(std::shared_ptr<SqlConnection> connection,
                                                      const QString &select,
                                                      const QList<QByteArray> &parameters,
                                                      std::shared_ptr<const Schema> schema,
                                                      const ReadOptions &options,
                                                      const QString &sourceName,
                                                      const QString &streamName,
                                                      const QString &location);
    // The same, but connecting and declaring the cursor at the first next(): the Qt Sql
    // connection then belongs to the thread that reads (parts of a parallel read are created on
    // one thread and read on others).
    static std::unique_ptr<StreamReader> openDeferred(Connect connect, const QString &select,
                                                      const QList<QByteArray> &parameters,
                                                      std::shared_ptr<const Schema> schema,
                                                      const ReadOptions &options,
                                                      const QString &sourceName,
                                                      const QString &streamName,
                                                      const QString &location);
    ~PostgresStreamReader() override;

protected:
    Result<bool> fetchRow() override;
    const QSqlQuery &currentQuery() const override { return *m_fetch; }
    Status finish() override;

private:
    PostgresStreamReader(std::shared_ptr<const Schema> schema, const ReadOptions &options,
                         const QString &sourceName, const QString &streamName, QString location);
    Status start(std::shared_ptr<SqlConnection> connection);
    Error failure(const QString &driverText) const;
    Error failure(const QSqlError &error) const;

    std::shared_ptr<SqlConnection> m_connection; // declared first: must outlive m_fetch
    std::optional<QSqlQuery> m_fetch;
    Connect m_connect; // set until a deferred reader has connected
    QString m_select;
    QList<QByteArray> m_parameters;
    QString m_location;
    qint64 m_rowsInFetch = 0;
    bool m_fetching = false;
    bool m_inTransaction = false;
};

} // namespace miq
