#include "connectors/sql/postgresstreamreader.h"

#include "connectors/sql/sqlconnection.h"
#include "connectors/sql/sqlsupport.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace miq {

namespace {

// One cursor per connection, and each reader has a connection of its own: a fixed name is safe.
const QString cursorName = u"miq_cursor"_s;

} // namespace

PostgresStreamReader::PostgresStreamReader(std::shared_ptr<SqlConnection> connection,
                                           std::shared_ptr<const Schema> schema,
                                           const ReadOptions &options, const QString &sourceName,
                                           const QString &streamName, QString location)
    : SqlStreamReader(std::move(schema), options, sourceName, streamName)
    , m_connection(std::move(connection))
    , m_fetch(m_connection->database())
    , m_location(std::move(location))
{
    // Forward-only makes the driver use libpq's single-row mode: it never buffers a whole FETCH.
    m_fetch.setForwardOnly(true);
}

PostgresStreamReader::~PostgresStreamReader()
{
    if (!m_inTransaction)
        return;
    // Stopped early (limit reached by the caller, cancel, error): drop the rest of the FETCH
    // and end the transaction, which also closes the cursor.
    m_fetch.finish();
    QSqlQuery rollback(m_connection->database());
    rollback.exec(u"ROLLBACK"_s);
}

Result<std::unique_ptr<StreamReader>> PostgresStreamReader::open(
    std::shared_ptr<SqlConnection> connection, const QString &select,
    std::shared_ptr<const Schema> schema, const ReadOptions &options, const QString &sourceName,
    const QString &streamName, const QString &location)
{
    std::unique_ptr<PostgresStreamReader> reader(new PostgresStreamReader(
        std::move(connection), std::move(schema), options, sourceName, streamName, location));
    QSqlQuery &q = reader->m_fetch;
    if (!q.exec(u"BEGIN TRANSACTION READ ONLY"_s))
        return reader->failure(q.lastError());
    reader->m_inTransaction = true;
    if (!q.exec(u"DECLARE "_s + cursorName + u" NO SCROLL CURSOR FOR "_s + select))
        return reader->failure(q.lastError()); // the destructor rolls back
    return std::unique_ptr<StreamReader>(std::move(reader));
}

Error PostgresStreamReader::failure(const QSqlError &error) const
{
    return Error(tr("Cannot read stream '%1' of source '%2' (PostgreSQL at %3): %4")
                     .arg(streamName(), sourceName(), m_location, driverMessage(error)));
}

Result<bool> PostgresStreamReader::fetchRow()
{
    for (;;) {
        if (m_fetching) {
            if (m_fetch.next()) {
                ++m_rowsInFetch;
                return true;
            }
            if (m_fetch.lastError().type() != QSqlError::NoError)
                return failure(m_fetch.lastError());
            m_fetching = false;
            // A FETCH that returned fewer rows than asked for reached the end of the cursor;
            // asking again would only cost a round trip.
            if (m_rowsInFetch < fetchRows)
                return false;
        }
        if (!m_fetch.exec(u"FETCH FORWARD %1 FROM %2"_s.arg(fetchRows).arg(cursorName)))
            return failure(m_fetch.lastError());
        m_fetching = true;
        m_rowsInFetch = 0;
    }
}

Status PostgresStreamReader::finish()
{
    if (!m_inTransaction)
        return {};
    m_fetch.finish();
    m_fetching = false;
    if (!m_fetch.exec(u"CLOSE "_s + cursorName) || !m_fetch.exec(u"COMMIT"_s))
        return failure(m_fetch.lastError());
    m_inTransaction = false;
    m_fetch.finish();
    return {};
}

} // namespace miq
