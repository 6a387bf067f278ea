#include "connectors/sql/postgresstreamreader.h"

#include "connectors/sql/postgressession.h"
#include "connectors/sql/sqlconnection.h"
#include "connectors/sql/sqlsupport.h"

#include <QSqlError>

#include <libpq-fe.h>


using namespace Qt::StringLiterals;

namespace miq {

namespace {

// One cursor per connection, and each reader has a connection of its own: a fixed name is safe.
const QString cursorName = u"miq_cursor"_s;

} // namespace

PostgresStreamReader::PostgresStreamReader(std::shared_ptr<const Schema> schema,
                                           const ReadOptions &options, const QString &sourceName,
                                           const QString &streamName, QString location)
    : SqlStreamReader(std::move(schema), options, sourceName, streamName)
    , m_location(std::move(location))
{
}

PostgresStreamReader::~PostgresStreamReader()
{
    if (!m_inTransaction)
        return;
    // Stopped early (limit reached by the caller, cancel, error): drop the rest of the FETCH
    // and end the transaction, which also closes the cursor.
    m_fetch->finish();
    QSqlQuery rollback(m_connection->database());
    rollback.exec(u"ROLLBACK"_s);
}

Result<std::unique_ptr<StreamReader>> PostgresStreamReader::open(
    std::shared_ptr<SqlConnection> connection, const QString &select, const QList<QByteArray> &parameters,
    std::shared_ptr<const Schema> schema, const ReadOptions &options, const QString &sourceName,
    const QString &streamName, const QString &location)
{
    std::unique_ptr<PostgresStreamReader> reader(
        new PostgresStreamReader(std::move(schema), options, sourceName, streamName, location));
    reader->m_select = select;
    reader->m_parameters = parameters;
    if (Status started = reader->start(std::move(connection)); !started)
        return Error(started.error()); // the destructor rolls back
    return std::unique_ptr<StreamReader>(std::move(reader));
}

std::unique_ptr<StreamReader> PostgresStreamReader::openDeferred(
    Connect connect, const QString &select, const QList<QByteArray> &parameters,
    std::shared_ptr<const Schema> schema, const ReadOptions &options, const QString &sourceName,
    const QString &streamName, const QString &location)
{
    std::unique_ptr<PostgresStreamReader> reader(
        new PostgresStreamReader(std::move(schema), options, sourceName, streamName, location));
    reader->m_connect = std::move(connect);
    reader->m_select = select;
    reader->m_parameters = parameters;
    return reader;
}

Status PostgresStreamReader::start(std::shared_ptr<SqlConnection> connection)
{
    m_connection = std::move(connection);
    m_fetch.emplace(m_connection->database());
    // Forward-only makes the driver use libpq's single-row mode: it never buffers a whole FETCH.
    m_fetch->setForwardOnly(true);
    if (!m_fetch->exec(u"BEGIN TRANSACTION READ ONLY"_s))
        return failure(m_fetch->lastError());
    m_inTransaction = true;

    PGconn *conn = qtPostgresHandle(m_connection->database());
    if (!conn)
        return failure(tr("the Qt PostgreSQL driver did not expose its connection."));
    const PgResult declared =
        execParams(conn, u"DECLARE "_s + cursorName + u" NO SCROLL CURSOR FOR "_s + m_select, m_parameters);
    if (PQresultStatus(declared.get()) != PGRES_COMMAND_OK) {
        const QString message = cleanDriverText(QString::fromUtf8(PQresultErrorMessage(declared.get())));
        return failure(message.isEmpty() ? cleanDriverText(QString::fromUtf8(PQerrorMessage(conn)))
                                         : message);
    }
    return {};
}

Error PostgresStreamReader::failure(const QString &driverText) const
{
    return Error(tr("Cannot read stream '%1' of source '%2' (PostgreSQL at %3): %4")
                     .arg(streamName(), sourceName(), m_location, driverText));
}

Error PostgresStreamReader::failure(const QSqlError &error) const
{
    return failure(driverMessage(error));
}

Result<bool> PostgresStreamReader::fetchRow()
{
    if (m_connect) {
        // A deferred reader connects on the thread that reads.
        const Connect connect = std::exchange(m_connect, {});
        Result<std::shared_ptr<SqlConnection>> connection = connect();
        if (!connection)
            return Error(connection.error());
        if (Status started = start(std::move(*connection)); !started)
            return Error(started.error());
    }
    for (;;) {
        if (m_fetching) {
            if (m_fetch->next()) {
                ++m_rowsInFetch;
                return true;
            }
            if (m_fetch->lastError().type() != QSqlError::NoError)
                return failure(m_fetch->lastError());
            m_fetching = false;
            // A FETCH that returned fewer rows than asked for reached the end of the cursor;
            // asking again would only cost a round trip.
            if (m_rowsInFetch < fetchRows)
                return false;
        }
        if (!m_fetch->exec(u"FETCH FORWARD %1 FROM %2"_s.arg(fetchRows).arg(cursorName)))
            return failure(m_fetch->lastError());
        m_fetching = true;
        m_rowsInFetch = 0;
    }
}

Status PostgresStreamReader::finish()
{
    if (!m_inTransaction)
        return {};
    m_fetch->finish();
    m_fetching = false;
    if (!m_fetch->exec(u"CLOSE "_s + cursorName) || !m_fetch->exec(u"COMMIT"_s))
        return failure(m_fetch->lastError());
    m_inTransaction = false;
    m_fetch->finish();
    return {};
}

} // namespace miq
