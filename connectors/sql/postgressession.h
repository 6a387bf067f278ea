#pragma once

#include "connectors/result.h"
#include "connectors/sql/postgressettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

struct pg_conn;
struct pg_result;
class QSqlDatabase;

namespace miq {

// Frees a libpq result.
struct PgResultDeleter
{
    void operator()(pg_result *result) const;
};
using PgResult = std::unique_ptr<pg_result, PgResultDeleter>;

// libpq's connection inside an open Qt QPSQL connection (nullptr when it is not one).
pg_conn *qtPostgresHandle(const QSqlDatabase &database);
// Runs one statement with text parameters ($1 ...; a null QByteArray is SQL NULL) through the
// extended protocol, which never runs more than one statement. Null only when out of memory.
PgResult execParams(pg_conn *conn, const QString &sql, const QList<QByteArray> &params);

// One libpq connection (PQconnectdbParams), owned by one object. Unlike a Qt Sql connection it
// is not bound to the thread that opened it: it may be handed to another thread, as long as only
// one thread uses it at a time (how verification reads parts of a table on a pool).
//
// Parameters go to libpq as separate keywords, never as one conninfo string, so no setting can
// add options. The session runs with client_encoding UTF8, TimeZone UTC and DateStyle ISO.
// Every message is cleaned of libpq's boilerplate and has the password masked.
class PostgresSession
{
    Q_DECLARE_TR_FUNCTIONS(PostgresSession)

public:
    // `purpose` becomes part of application_name ("MigrateIQ destination"), visible in
    // pg_stat_activity.
    static Result<std::unique_ptr<PostgresSession>> open(const PostgresSettings &settings,
                                                         const QString &purpose);
    ~PostgresSession();

    PostgresSession(const PostgresSession &) = delete;
    PostgresSession &operator=(const PostgresSession &) = delete;

    pg_conn *handle() const { return m_conn; }

    // Runs one statement with text parameters ($1, $2 ...; a null QByteArray is SQL NULL).
    // Returns the result when it succeeded (tuples or command), else the cleaned error text.
    Result<PgResult> exec(const QString &sql, const QList<QByteArray> &params = {});
    // exec() for statements without rows; returns the error text (empty on success).
    QString run(const QString &sql, const QList<QByteArray> &params = {});

    // The cleaned, masked text of libpq's last connection-level error.
    QString lastError() const;
    // The cleaned, masked text of a failed result (primary message, detail and hint).
    QString resultError(const pg_result *result) const;
    // Whether the connection is still usable (false after the server went away).
    bool isConnected() const;
    // Whether the session is inside a transaction block (open or failed).
    bool inTransaction() const;

    const PostgresSettings &settings() const { return m_settings; }

private:
    PostgresSession(PostgresSettings settings, pg_conn *conn);

    PostgresSettings m_settings;
    pg_conn *m_conn = nullptr;
};

} // namespace miq
