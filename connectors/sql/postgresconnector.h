#pragma once

#include "connectors/connector.h"

#include <QCoreApplication>
#include <QRegularExpression>

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
    Result<std::unique_ptr<StreamReader>> openStream(const QString &stream,
                                                     const ReadOptions &options) override;

private:
    Result<std::shared_ptr<SqlConnection>> connect(const QString &purpose) const;
    Status ensureConnected();
    // What reading a stream needs beyond its StreamInfo.
    struct ReadPlan
    {
        QString quotedName;    // "schema"."table", from the catalogue's spelling
        QStringList baseTypes; // per column, domains resolved (pg_type.typname)
    };

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
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_user;
    QString m_password;
    QString m_sslMode;
    int m_connectTimeout = 10;
    QList<QRegularExpression> m_schemaPatterns;
    QString m_query;
    QString m_settingsError;
    std::shared_ptr<SqlConnection> m_connection;
};

} // namespace miq
