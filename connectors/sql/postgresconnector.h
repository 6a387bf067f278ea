#pragma once

#include "connectors/connector.h"
#include "connectors/sql/postgressettings.h"

#include <QCoreApplication>

#include <memory>

namespace miq {

class SqlConnection;

// A PostgreSQL database as a source: every table, view, materialized view and foreign table the
// user may SELECT from (streams named "schema.table"), plus a stream named "query" when the
// source has a query configured.
//
// Sessions are read-only (default_transaction_read_only). Each reader opens a connection of its
// own and reads through a server-side cursor in FETCHes of 10,000 rows, so neither the client nor
// the driver ever holds a whole table, and two readers of one connector never disturb each
// other's transaction. The password comes from ConnectionSettings::secrets["password"] and is
// masked in every message.
class PostgresConnector : public Connector
{
    Q_DECLARE_TR_FUNCTIONS(PostgresConnector)

public:
    explicit PostgresConnector(ConnectionSettings settings);
    ~PostgresConnector() override;

    static ConnectorSpec spec();

    // "PostgreSQL 15.4, tables: 12, views: 3"
    Result<QString> checkConnection() override;
    Result<QList<StreamInfo>> discover() override;
    // With ReadOptions::cursorColumn the SELECT gets WHERE column >= $1 (the lower bound as a
    // bind parameter, typed by the server) and ORDER BY column.
    Result<std::unique_ptr<StreamReader>> openStream(const QString &stream,
                                                     const ReadOptions &options) override;
    // A table with a one-column integer primary key is split into ranges of equal key width
    // between its minimum and maximum; any other plain table into ranges of heap pages (ctid,
    // a TID range scan). Views, partitioned tables, the query stream, small tables and reads with
    // a row limit or resume position come back as one reader. Each part is its own transaction
    // (there is no snapshot shared across parts) and connects at its first next(), on the thread
    // that reads it. Boundaries are bind parameters.
    Result<std::vector<std::unique_ptr<StreamReader>>> openStreamParts(const QString &stream,
                                                                        const ReadOptions &options,
                                                                        int parts) override;

private:
    Result<std::shared_ptr<SqlConnection>> connect(const QString &purpose) const;
    // Static, so that deferred readers can connect after the connector is gone.
    static Result<std::shared_ptr<SqlConnection>> connectWith(const PostgresSettings &pg,
                                                              const QString &purpose);
    Status ensureConnected();
    // What reading a stream needs beyond its StreamInfo.
    struct ReadPlan
    {
        QString quotedName;    // "schema"."table", from the catalogue's spelling
        QStringList baseTypes; // per column, domains resolved (pg_type.typname)
        QString kind;          // pg_class.relkind: r, p, v, m, f
    };
    // The SELECT of a stream, without WHERE, ORDER BY or LIMIT.
    struct ReadQuery
    {
        QString select;
        QList<ColumnInfo> columns;
        QStringList references; // per column, how the SELECT's WHERE can name it
        ReadPlan plan;          // tables only
        bool table = false;
    };
    Result<ReadQuery> readQuery(SqlConnection &connection, const QString &stream) const;
    Status applyCursor(const ReadQuery &read, const QString &stream, const ReadOptions &options,
                       QStringList &conditions, QList<QByteArray> &parameters, QString &orderBy) const;

    // Tables and views with their columns; only those spelt *stream when given (schema and table
    // names may both contain dots, so one stream name can match two relations).
    Result<QList<StreamInfo>> catalog(SqlConnection &connection, const QString *stream,
                                      QList<ReadPlan> *plans = nullptr) const;
    Result<QList<ColumnInfo>> describeQuery(SqlConnection &connection,
                                            QStringList *baseTypes = nullptr) const;
    bool schemaAllowed(const QString &schema) const;
    QString endpoint() const;
    Error failure(const QString &what, const QString &driverText) const;

    ConnectionSettings m_settings;
    PostgresSettings m_pg;
    std::shared_ptr<SqlConnection> m_connection;
};

} // namespace miq
